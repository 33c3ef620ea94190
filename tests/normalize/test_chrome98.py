"""A table printed one cell a line at a document's end: its bare row numbers against a PDF's page
furniture (issue 14, chrome98). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops, page

BODY = [
    "青岚县防汛抗旱指挥部办公室",
    "关于做好2025年汛前准备工作的通知",
    "各乡镇人民政府，县防指各成员单位：",
    "为做好今年防汛准备工作，现将有关事项通知如下。",
    "一、各乡镇要于6月10日前完成山洪沟隐患排查，建立台账。",
    "二、县水利局要加强小型水库巡查，发现险情立即处置。",
    "青岚县防汛抗旱指挥部办公室",
    "2025年5月20日",
]
HEADER = ["附件", "青岚县汛前准备任务分工表", "序号", "重点任务", "牵头单位", "完成时限"]
ROWS = [
    ["1", "山洪沟隐患排查", "各乡镇人民政府", "6月10日前"],
    ["2", "小型水库安全鉴定复核", "县水利局", "6月15日前"],
    ["3", "防汛物资仓库清点补充", "县应急管理局", "6月5日前"],
]
TAIL = ["【打印本页】 【关闭窗口】", "主办：青岚县人民政府办公室  承办：青岚县大数据中心"]


# near misses that pass today: a PDF's page marks between prose paragraphs go, the body stays
KEPT = [
    (
        "page marks between prose paragraphs go, the paragraphs stay",
        page(*BODY[:5], "", "                — 1 —", "", *BODY[5:]),
        ["山洪沟隐患排查，建立台账", "加强小型水库巡查"],
        ["— 1 —"],
    ),
    (
        "the site's buttons and footer under the document go, the signature stays",
        page(*BODY, *TAIL),
        ["2025年5月20日", "立即处置"],
        ["打印本页", "承办"],
    ),
]


@pytest.mark.parametrize(("case", "page_text", "stays", "goes"), KEPT)
def test_page_furniture_near_tables(case, page_text, stays, goes):
    assert_keeps_and_drops(page_text, stays, goes, case)


# kept since table108: the boilerplate step leaves the lines of a table `cell_line_tables` reads
def test_row_numbers_of_a_cell_line_table_stay():
    text = page(*BODY, *HEADER, *(cell for row in ROWS for cell in row), *TAIL)
    assert_keeps_and_drops(text, ["1\n山洪沟隐患排查", "2\n小型水库", "3\n防汛物资"], ["打印本页"], "row numbers")
