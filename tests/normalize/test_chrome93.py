"""An office system's record of a file, a run of fields between its button bar and a rule above the
document (issue 14, chrome93). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops

BUTTONS = "【阅读】【打印】【转发】【收藏】【关闭】"
RULE = "-" * 60
RECORD = [
    "文件标题：2024年第二次安全生产工作例会纪要",
    "文    号：桐卫院纪〔2024〕9号",
    "来文单位：院办公室            密    级：内部",
    "拟 稿 人：党政办 孔云舒        签 发：屠远山",
    "分    送：院领导，各职能科室，各临床科室",
]
ISSUER = "桐川市中医医院"
TITLE = "2024年第二次安全生产工作例会纪要"
OPENING = "2024年6月12日上午，院长屠远山主持召开安全生产工作例会，研究部署汛期安全生产工作。"
ITEM = "（一）后勤保障科于6月20日前完成配电房、地下车库防汛设施检查，保卫科配合。"
SIGN_OFF = ["桐川市中医医院办公室", "2024年6月14日印发"]


def page(*header: str) -> str:
    return "\n\n".join([*header, ISSUER, TITLE, OPENING, ITEM, *SIGN_OFF]) + "\n"


def record_lines(*record: str) -> str:
    return "\n".join(record)


# (case, page, what stays, what goes)
CASES = [
    (
        "an office system's record of the file between its button bar and a rule",
        page("公文管理 > 收文管理 > 查看", BUTTONS, record_lines(*RECORD), RULE),
        [ISSUER, TITLE, OPENING, ITEM],
        ["文件标题", "桐卫院纪", "拟 稿 人", "分    送"],
    ),
    (
        "the record with blank lines between its fields",
        page(BUTTONS, *RECORD, RULE),
        [TITLE, OPENING, ITEM],
        ["来文单位", "孔云舒", "各临床科室"],
    ),
]

# near misses: a letter's own header fields under its title; two fields between the chrome (a publish
# line); fields not closed by chrome below; a record standing under the document's first sentence
KEPT = [
    (
        "a letter's own number and signer under its title, with no chrome around them, stay",
        "\n\n".join(
            [
                BUTTONS,
                TITLE,
                record_lines("文    号：桐卫院纪〔2024〕9号", "签 发 人：屠远山", "密    级：内部"),
                OPENING,
                ITEM,
            ]
        )
        + "\n",
        ["桐卫院纪〔2024〕9号", "屠远山", OPENING],
        [],
    ),
    (
        "two fields between the chrome stay (a page's publish line is no record)",
        page(BUTTONS, record_lines("来文单位：院办公室", "主 题 词：安全生产  会议纪要"), RULE),
        ["来文单位：院办公室", "会议纪要", OPENING],
        [],
    ),
    (
        "fields with the document's title, not the site's chrome, under them stay",
        page(BUTTONS, record_lines(*RECORD)),
        ["桐卫院纪〔2024〕9号", "孔云舒", OPENING],
        [],
    ),
    (
        "fields under the document's first sentence are the document's, chrome around them or not",
        "\n\n".join([TITLE, OPENING, BUTTONS, record_lines(*RECORD), RULE, ITEM]) + "\n",
        ["桐卫院纪〔2024〕9号", "孔云舒", ITEM],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES + KEPT)
def test_office_record_between_chrome(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


def test_readers_notes_under_the_imprint():
    """Passed since chrome95 (mark_stamped_notes; its own cases in test_chrome95)."""
    text = page(BUTTONS, *RECORD, RULE).rstrip("\n") + "\n\n" + RULE + "\n阅办意见：\n"
    text += "后勤保障科 屈文   2024-06-14 09:30   已阅，请各班组按分工落实。\n" + RULE + "\n"
    text += "[上一篇] 关于开展夏季消防检查的通知     [下一篇] 关于调整院安委会成员的通知\n"
    assert_keeps_and_drops(text, [ITEM, "2024年6月14日印发"], ["阅办意见", "已阅"], "readers' notes")
