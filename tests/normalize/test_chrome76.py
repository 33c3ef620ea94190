"""Real copies (issue 14, chrome76): a site's menu bar under the body, and one behind an access key's marks.

A government site prints a bar of links under the page's end (`今日新闻 | 新闻公报 | 政府新闻网`, under
the body's date and over the copyright row): parted by bars, it read as a table row, and
`mark_header_menus` only looked above the first running text. A bar below the last running text is now
read the same way — every cell short, no clause, no other row of bars beside it — unless a cell holds a
date or a body's name (a signature laid out as a table: `县应急局 | 县住建局 | 2025年5月8日`).

A Taiwanese site opens its menu with its access key's marks (`:::  回首页 | 网站导览 | English`): the
part `:::` held a colon, a clause's mark, so the bar was no menu. A part of marks alone is no link
(`menu_cells`).

Every text here is invented."""

import pytest

from nlp_pipeline.normalize.lines import menu_cells

from .replayed_text import assert_keeps_and_drops, kept

TITLE = "某县开展汛期建筑工地安全检查\n\n"
BODY = (
    "县住建局今日宣布，即日起至8月底开展建筑工地汛期安全专项检查。\n\n"
    "各施工单位要在6月30日前完成深基坑和塔吊的自查，发现隐患立即整改。\n\n"
)
DATE = "2025年6月2日（星期一）\n\n"
FOOTER_BAR = TITLE + BODY + DATE + "今日要闻  |  新闻发布  |  通知公告  |  县政府网\n"
ACCESS_KEY_BAR = "某县政府网\n:::  回首页 | 网站导览 | English | RSS | 手机版\n\n" + TITLE + BODY

# a document's own table under the body: a head row with its rows
BODY_TABLE = TITLE + BODY + "序号 | 单位 | 完成时限\n1 | 县住建局 | 6月30日\n2 | 县应急局 | 7月15日\n"
# a Markdown table's head under the body, its rows read as other kinds
FRAMED_HEAD = (
    TITLE
    + BODY
    + "| 序号 | 整治内容 | 责任单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 清理楼道杂物，疏通消防通道 | 各社区 | 6月30日 |\n"
)
# a signature laid out as a table row under the body: units and the date
SIGNED_ROW = TITLE + BODY + "县住建局 | 县应急局 | 县消防救援大队\n"
DATED_ROW = TITLE + BODY + "联合检查组 | 检查表 | 2025年6月2日\n"
# a row of fields under the body: each cell a label and its value
FIELD_ROW = TITLE + BODY + "联系人：张明 | 电话：12345678 | 邮箱：a@example.com\n"
# a bar inside the body, between two paragraphs: the document's
INNER_ROW = (
    TITLE
    + "县住建局今日宣布，即日起开展建筑工地汛期安全专项检查。\n"
    + "深基坑 | 塔吊 | 临时用电\n"
    + "各施工单位要在6月30日前完成自查，发现隐患立即整改。\n"
)

CASES = [
    (
        "menu bar under the body",
        FOOTER_BAR,
        ["各施工单位要在6月30日前", "2025年6月2日"],
        ["今日要闻", "通知公告", "县政府网"],
    ),
    ("access key before a menu", ACCESS_KEY_BAR, ["各施工单位要在6月30日前"], ["回首页", "网站导览", "RSS"]),
    ("body table", BODY_TABLE, ["完成时限", "县住建局", "7月15日"], []),
    ("framed table head", FRAMED_HEAD, ["整治内容", "责任单位"], []),
    ("signature row", SIGNED_ROW, ["县住建局", "县消防救援大队"], []),
    ("dated row", DATED_ROW, ["联合检查组", "2025年6月2日"], []),
    ("field row", FIELD_ROW, ["联系人：张明"], []),
    ("row inside the body", INNER_ROW, ["深基坑", "临时用电"], []),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_chrome76(case: str, page: str, stays: list[str], goes: list[str]) -> None:
    assert_keeps_and_drops(page, stays, goes, case)


@pytest.mark.parametrize(
    ("bar", "cells"),
    [
        (":::  回首页 | 网站导览 | English", ["回首页", "网站导览", "English"]),
        ("今日要闻  |  新闻发布", ["今日要闻", "新闻发布"]),
        ("说明：单位 | 任务", ["说明：单位", "任务"]),  # a cell with words keeps its colon: a clause's mark
    ],
)
def test_menu_cells(bar: str, cells: list[str]) -> None:
    assert menu_cells(bar) == cells


def test_document_site_tail() -> None:
    """Read since chrome79: the preview's lines talk of the file and getting it (mark_footer_block)."""
    page = (
        TITLE
        + BODY
        + "县住建局\n2025年6月2日\n\n下载文档到电脑，查找使用更方便\n5 积分\n还剩3页未读，继续阅读\n\n"
        + "相关文档：\n工地防汛预案.doc\n塔吊检查表.xls\n"
    )
    assert "还剩3页未读" not in kept(page)
