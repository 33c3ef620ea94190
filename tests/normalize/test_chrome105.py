"""A post's read-aloud player, a bare END over a recommended list whose last headline opens with a
cry, a portal's access-key marks before its top menu (issue 14, chrome105). Texts written for this
project."""

import pytest

from .replayed_text import assert_keeps_and_drops

TITLE = "关于做好小区电动自行车充电安全管理的通知"
BYLINE = "原创　某街道　某街道发布　2026年5月22日 18:06　浙江"
ITEM = "一、各物业企业于6月30日前完成楼道电动自行车清理，社区配合。"
LAST = "二、社区于7月10日前完成复查，发现问题当场整改。"
COUNTERS = "阅读 2.4万　　　　　　分享　收藏　赞 52　在看 17"


def post(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def portal(menu: str) -> str:
    return (
        "\n".join(
            [
                "某某縣政府全球資訊網",
                menu,
                "首頁 > 縣政新聞 > 新聞稿",
                "",
                "縣府啟動夏季工地安全專案檢查",
                "",
                "發布單位：勞動檢查處",
                "",
                "縣府勞動檢查處今日起啟動夏季專案檢查，違規工地一律勒令停工。",
            ]
        )
        + "\n"
    )


# (case, page, what stays, what goes)
CASES = [
    (
        "a read-aloud player with the reading's length under the byline",
        post(TITLE, BYLINE, "听全文　约6分钟", ITEM, LAST),
        [ITEM, LAST],
        ["听全文", "约6分钟"],
    ),
    (
        "a bare read-aloud player over the addressee",
        post(TITLE, BYLINE, "听全文", "各物业企业：", ITEM),
        ["各物业企业：", ITEM],
        ["听全文"],
    ),
    (
        "a bare END over the credits and a recommended list whose last headline opens with a cry",
        post(
            TITLE,
            ITEM,
            LAST,
            "END",
            "来源：某街道平安办\n编辑：某某",
            "往期推荐\n某街道安全生产月活动启动\n好消息！某社区新建集中充电棚投入使用",
            COUNTERS,
        ),
        [ITEM, LAST],
        ["END", "往期推荐", "好消息"],
    ),
    (
        "a portal's access-key marks and its top menu parted by one space",
        portal("::: 回首頁 | 網站導覽 | English | 雙語詞彙 | RSS"),
        ["启动夏季专案检查"],
        ["网站导览", "English"],
    ),
    (
        "the access-key marks before a menu parted by a full-width space",
        portal(":::　網站導覽　|　回首頁　|　English　|　RSS"),
        ["启动夏季专案检查"],
        ["网站导览", "RSS"],
    ),
]

# near misses: a sentence about listening, a body sentence after a cry, a table row under the title
KEPT = [
    (
        "a sentence that listens to the text goes on past the control",
        post(TITLE, "听全文传达会议精神后，各物业企业要于6月30日前完成清理。", ITEM),
        ["听全文传达会议精神"],
    ),
    (
        "a body's sentence after a cry ends with its full stop",
        post(TITLE, ITEM, "注意！各小区要于7月10日前完成复查。", LAST),
        ["注意！各小区要于7月10日前完成复查。", LAST],
    ),
    (
        "a table's row with marks before its first cell, under its head row",
        post(TITLE, "序号 | 单位 | 时限", "※ 1 | 县住建局 | 6月30日前", ITEM),
        ["县住建局", ITEM],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_chrome_goes(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes)


@pytest.mark.parametrize(("case", "page", "stays"), KEPT, ids=[c[0] for c in KEPT])
def test_near_misses_stay(case, page, stays):
    assert_keeps_and_drops(page, stays, [])


def test_section_bar_before_heading():  # passes since chrome107: the heading's bar goes, the title finder told
    assert_keeps_and_drops(post(TITLE, ITEM, "▍01　网格员：每周扫楼", LAST), ["网格员：每周扫楼"], ["▍"])


def test_document_site_strip():
    page = post(TITLE, ITEM, LAST, "还剩3页未读，继续免费阅读>>", "展开阅读全文↓", "相关资源", "某医院消防制度范本.doc")
    assert_keeps_and_drops(page, [ITEM], ["继续免费阅读", "相关资源"])
