"""Table lines in the layout step: `｜` rows are never glued, and a table printed one cell per
line keeps one cell per line, wrapped cells joined and page marks dropped; structure.py reads its
rows under their header (own texts)."""

import itertools

import pytest

from nlp_pipeline import resources
from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.normalize.layout import ROW_SIGN, _cell_gap, is_table_row, repair_layout

CELL_PER_LINE = "四、任务分工\n序号\n整改任务\n责任单位\n整改期限\n1\n排查辖区液化气\n供应站点\n县住建局\n6月30日\n— 3 —\n2\n更换老化燃气软管\n各镇人民政府、县市场\n监管局\n8月底前\n五、工作要求"
REFOLDED = "四、任务分工\n序号\n整改任务\n责任单位\n整改期限\n1\n排查辖区液化气供应站点\n县住建局\n6月30日\n2\n更换老化燃气软管\n各镇人民政府、县市场监管局\n8月底前\n五、工作要求"
# a PDF that printed the row line by line across its columns: each column's first line, then the wraps
ACROSS = "序号\n治理任务\n责任单位\n完成时限\n1\n开展窨井设施普查，建\n县城管局、县住建\n9月30日\n立台账\n局\n2\n更换破损井盖\n各权属单位\n10月31日\n六、保障措施"
ACROSS_REFOLDED = "序号\n治理任务\n责任单位\n完成时限\n1\n开展窨井设施普查，建立台账\n县城管局、县住建局\n9月30日\n2\n更换破损井盖\n各权属单位\n10月31日\n六、保障措施"

CASES = [
    ("cell per line, wrapped cells and a page mark", CELL_PER_LINE, REFOLDED),
    ("row printed across columns", ACROSS, ACROSS_REFOLDED),
    # negatives: nothing here is a table
    (
        "short heading lines",
        "工作任务\n责任单位\n完成时限\n各单位要认真落实。",
        "工作任务\n责任单位\n完成时限\n各单位要认真落实。",
    ),
    ("numbered one-line items", "1\n排查燃气隐患。\n2\n整治违规用气。", "1\n排查燃气隐患。\n2\n整治违规用气。"),
    (
        "title block",
        "县安委办\n关于开展燃气安全检查的通知\n县直各单位：",
        "县安委办\n关于开展燃气安全检查的通知\n县直各单位：",
    ),
    (
        "header without a row 1",
        "序号\n整改任务\n责任单位\n各单位要认真落实。",
        "序号\n整改任务\n责任单位\n各单位要认真落实。",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_cell_per_line_tables(name, text, expected):
    assert repair_layout(text)[0] == expected


def test_refolding_is_idempotent():
    assert repair_layout(REFOLDED)[0] == REFOLDED


FULL_WIDTH_BAR_ROWS = "序号｜重点任务｜牵头单位｜完成时限\n1｜排查燃气管道隐患排查整治工作｜县住建局｜2025年6月30日\n2｜瓶装液化气钢瓶赋码追溯｜县市场监管局｜2025年8月31日"


@pytest.mark.parametrize(
    ("line", "is_row"),
    [("1｜排查｜县住建局", True), ("1|排查|县住建局", True), ("排查｜县住建局", False), ("各单位要认真落实。", False)],
)
def test_full_width_bar_parts_cells(line, is_row):
    assert is_table_row(line) is is_row


def test_full_width_bar_rows_are_never_joined():
    assert repair_layout(FULL_WIDTH_BAR_ROWS)[0] == FULL_WIDTH_BAR_ROWS


def test_refolded_rows_reach_structure_with_their_header():
    structure = document_structure(REFOLDED)
    rows = [s for s in structure.sentences if s.kind == "table_row"]
    assert [row.text for row in rows] == ["排查辖区液化气供应站点", "更换老化燃气软管"]  # a row stands at its task cell
    assert [s.kind for s in structure.sentences if s.kind.startswith("table")].count("table_header") == 1
    assert [(row.cell("task").text, row.cell("units").text, row.cell("deadline").text) for row in rows] == [
        ("排查辖区液化气供应站点", "县住建局", "6月30日"),
        ("更换老化燃气软管", "各镇人民政府、县市场监管局", "8月底前"),
    ]
    bars = [s for s in document_structure(FULL_WIDTH_BAR_ROWS).sentences if s.kind == "table_row"]
    assert [row.cell("lead_units").text for row in bars] == ["县住建局", "县市场监管局"]


@pytest.mark.xfail(
    strict=True,
    reason="a wrap of a later column only (the blank line is the task column's empty slot) goes to the task column",
)
def test_across_columns_wrap_of_a_later_column_only():
    text = (
        "序号\n治理任务\n责任单位\n完成时限\n1\n道路塌陷隐患点探测\n县城管局、县交通运输\n11月30日\n\n局\n六、保障措施"
    )
    assert (
        repair_layout(text)[0]
        == "序号\n治理任务\n责任单位\n完成时限\n1\n道路塌陷隐患点探测\n县城管局、县交通运输局\n11月30日\n六、保障措施"
    )


def test_row_signs_start_every_cell_gap_and_separator():
    """The layout step asks the exact cell patterns only of lines with two row signs or more: every
    cell gap must start a sign, on every mix of blanks, tabs and text up to six characters."""
    gap, _ = _cell_gap()
    for length in range(1, 7):
        for chars in itertools.product(" \t\u3000x", repeat=length):
            line = "甲" + "".join(chars) + "乙"
            assert len(ROW_SIGN.findall(line)) >= len(gap.findall(line)), repr(line)
    for separator in resources.read_rules("extract/tables.toml")["cell_separator"]:
        assert ROW_SIGN.fullmatch(separator)
    assert not ROW_SIGN.search("安全 生产，x y")  # negative: single blanks are no sign


DASH_TIMETABLE = (
    "日期 — 内容 — 负责单位\n7月3日 — 开展地铁站疏散演练（东湖站） — 区应急管理局、地铁运营公司\n"
    "7月9日 — 检查沿河商铺用电安全 — 区市场监管局"
)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("timetable rows stay rows, their dashes and spaces kept", DASH_TIMETABLE, DASH_TIMETABLE),
        # negatives: a lone line with spaced dashes is prose; a dash without spaces parts nothing
        (
            "one sentence with spaced dashes",
            "会议强调 — 各乡镇 — 要落实属地责任，\n确保汛期安全。",
            "会议强调—各乡镇—要落实属地责任，确保汛期安全。",
        ),
        ("unspaced dashes", "4月—5月为排查阶段\n6月—7月为整治阶段", "4月—5月为排查阶段\n6月—7月为整治阶段"),
    ],
)
def test_dash_parted_timetables(name, text, expected):
    assert repair_layout(text)[0] == expected
