"""Tables copied out of Word, Excel or a web page whose rows are not one line each, rebuilt by the
layout step as a row a line with tab-parted cells: a tab table whose cells hold line breaks (a cell
of several lines pasted as text), and a table printed a cell a line with a blank line after each
row. Own texts; negatives are rows under merged cells, prose after a table and blocks of lines that
only look like a header."""

import pytest

from nlp_pipeline import extract
from nlp_pipeline.normalize.layout import blank_parted_tables, repair_layout, tab_tables

BROKEN_CELLS = (
    "附件\n"
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t修订乡镇街道安全生产\n"
    "“两个清单”并报备\t区安委办\t区委组织部、各街道\n"
    "（乡镇）\t2026年3月底前\n"
    "2\t组织燃气经营企业\n"
    "负责人专题培训\t区城管局\t区应急管理局\t2026年5月底前\n"
    "3\t老旧小区消防通道\n"
    "画线和标识设置\n"
    "（首批12个小区）\t各街道\t区消防救援大队、\n"
    "区住建局\t持续推进\n"
    "备注：完成时限为持续推进的，牵头单位在子方案中明确节点。"
)
BROKEN_ROWS = [
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
    "1\t修订乡镇街道安全生产“两个清单”并报备\t区安委办\t区委组织部、各街道（乡镇）\t2026年3月底前",
    "2\t组织燃气经营企业负责人专题培训\t区城管局\t区应急管理局\t2026年5月底前",
    "3\t老旧小区消防通道画线和标识设置（首批12个小区）\t各街道\t区消防救援大队、区住建局\t持续推进",
]

BLANK_PARTED = (
    "现将督查发现的问题交办如下：\n"
    "\n"
    "存在问题\n"
    "整改措施\n"
    "整改时限\n"
    "督办单位\n"
    "\n"
    "1.南山冷库氨制冷机房未设泄漏报警装置\n"
    "加装氨气泄漏报警并与排风联动，完成后组织验收\n"
    "7月10日前\n"
    "区应急管理局\n"
    "\n"
    "2.滨河小区地下车库电动自行车违规充电\n"
    "清理违规充电车辆，增设集中充电桩\n"
    "立即整改，7月5日前报送照片\n"
    "区消防救援大队、滨河街道\n"
    "\n"
    "请于7月15日前将整改情况书面报区安委办。"
)
BLANK_PARTED_ROWS = [
    "存在问题\t整改措施\t整改时限\t督办单位",
    "1.南山冷库氨制冷机房未设泄漏报警装置\t加装氨气泄漏报警并与排风联动，完成后组织验收\t7月10日前\t区应急管理局",
    "2.滨河小区地下车库电动自行车违规充电\t清理违规充电车辆，增设集中充电桩\t立即整改，7月5日前报送照片\t区消防救援大队、滨河街道",
]

CASES = [
    (
        "a tab table whose cells hold line breaks",
        BROKEN_CELLS,
        "\n".join(["附件", *BROKEN_ROWS, BROKEN_CELLS.split("\n")[-1]]),
    ),
    (
        "a table printed a cell a line, a blank line after each row",
        BLANK_PARTED,
        "\n".join(["现将督查发现的问题交办如下：", *BLANK_PARTED_ROWS, BLANK_PARTED.split("\n")[-1]]),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_rows_broken_over_lines_are_rebuilt(name, text, expected):
    assert repair_layout(text)[0] == expected


@pytest.mark.parametrize("text", [BROKEN_CELLS, BLANK_PARTED])
def test_rebuilt_tables_are_stable(text):
    once = repair_layout(text)[0]
    assert repair_layout(once)[0] == once


def test_rows_under_merged_cells_are_not_glued_to_the_row_above():
    # the second and third lines sit under a merged 序号 and 阶段 cell: rows of their own, not a
    # broken cell of row 1, although their cells add up to the header's count
    text = (
        "序号\t阶段\t工作内容\t责任单位\t完成时限\n"
        "1\t排查\t建立企业名录\t各街道\t3月31日前\n"
        "行业企业底数核实\t区经信局\t4月10日前\n"
        "重点企业抽查\t区应急管理局\t全年\n"
        "2\t整治\t督促企业整改\t各街道\t6月30日前"
    )
    [(_, _, rows)] = tab_tables(text.split("\n"))
    assert rows[2:4] == [
        ["行业企业底数核实", "区经信局", "4月10日前", "", ""],
        ["重点企业抽查", "区应急管理局", "全年", "", ""],
    ]


def test_a_row_with_blank_last_cells_takes_no_prose_after_the_table():
    text = "序号\t工作任务\t责任单位\t完成时限\t备注\n1\t清理消防通道\t各街道\t5月底前\n请各单位认真落实。"
    assert repair_layout(text)[0].split("\n")[-1] == "请各单位认真落实。"


NOT_BLANK_PARTED = [
    (
        "blocks of unequal size after a header-like block",
        "工作任务\n责任单位\n完成时限\n\n一是排查燃气管线\n二是清理通道\n\n请各单位抓好落实。",
    ),
    ("one row only", "存在问题\n整改措施\n整改时限\n\n消防通道堵塞\n清理通道\n5月20日前\n\n特此通知。"),
    ("short lines that name no columns", "张建国\n李明华\n王晓东\n\n赵立新\n陈志强\n刘海波\n\n孙立军\n周文斌\n吴国华"),
    (
        "a row holding a heading after its first cell",
        "存在问题\n整改措施\n整改时限\n\n问题一\n清理通道\n5月20日前\n\n问题二\n二、工作要求\n6月1日前",
    ),
]


@pytest.mark.parametrize(("name", "text"), NOT_BLANK_PARTED, ids=[case[0] for case in NOT_BLANK_PARTED])
def test_blocks_that_are_no_table_are_left(name, text):
    assert blank_parted_tables(text.split("\n")) == []
    assert "\t" not in repair_layout(text)[0]


def test_rebuilt_rows_become_tasks_with_their_units_and_deadlines():
    tasks = {task.text: task for task in extract(BROKEN_CELLS, date="2026-01-10").tasks}
    assert tasks["老旧小区消防通道画线和标识设置（首批12个小区）"].units and {
        unit.mention for unit in tasks["老旧小区消防通道画线和标识设置（首批12个小区）"].units
    } >= {"各街道", "区消防救援大队", "区住建局"}
    assert tasks["修订乡镇街道安全生产“两个清单”并报备"].deadline.date == "2026-03-31"
    tasks = extract(BLANK_PARTED, date="2026-07-01").tasks
    assert [(task.text, [unit.mention for unit in task.units], task.deadline.date) for task in tasks[:2]] == [
        ("加装氨气泄漏报警并与排风联动", ["区应急管理局"], "2026-07-10"),
        ("清理违规充电车辆", ["区消防救援大队", "滨河街道"], "2026-07-05"),
    ]
