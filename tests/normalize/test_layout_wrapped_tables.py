"""Tables whose cells wrap onto lines of their own, rebuilt by the layout step as a row a line
with tab-parted cells: columns lined up by runs of spaces (a cell's further lines go to the column
they start under) and a PDF copy's cells parted by single spaces. Own texts; negatives are prose
with double spaces, a schedule and names printed in columns."""

import pytest

from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.layout import aligned_tables, display_width, repair_layout, spaced_tables

# display columns: 序号 is four wide, so the task column starts at 7, the party column at 44
ALIGNED = (
    "附件\n"
    "序号   重点任务                             牵头单位                  完成时限\n"
    "1      排查城区老旧燃气管网，建立隐患台账   县住建局                  5月31日前\n"
    "       并逐项销号                           （县市场监管局配合）\n"
    "2      开展餐饮场所燃气报警器安装           各镇人民政府、街道办事处  6月30日至\n"
    "       专项检查                             县应急管理局              7月15日\n"
    "3      组织燃气安全宣传周活动               县委宣传部                每季度\n"
    "                                                                      开展一次\n"
    "注：以上时限均为2025年。"
)
ALIGNED_ROWS = [
    "序号\t重点任务\t牵头单位\t完成时限",
    "1\t排查城区老旧燃气管网，建立隐患台账并逐项销号\t县住建局（县市场监管局配合）\t5月31日前",
    "2\t开展餐饮场所燃气报警器安装专项检查\t各镇人民政府、街道办事处 县应急管理局\t6月30日至7月15日",
    "3\t组织燃气安全宣传周活动\t县委宣传部\t每季度开展一次",
]
SPACED = (
    "二、督办清单\n"
    "序号 存在问题 整改措施 整改时限 督办单位\n"
    "1 城东加油站卸油区静电接地\n"
    "装置失效 立即停用卸油区，更换接地\n"
    "装置 5月20日 县应急管理局\n"
    "2 鸿达建材公司粉尘清扫制度\n"
    "未落实 建立清扫台账，每班清扫 6月10日 县应急管理局、城关\n"
    "镇政府\n"
    "其余问题见附件，请各单位逐项整改。"
)
SPACED_ROWS = [
    "序号\t存在问题\t整改措施\t整改时限\t督办单位",
    "1\t城东加油站卸油区静电接地装置失效\t立即停用卸油区，更换接地装置\t5月20日\t县应急管理局",
    "2\t鸿达建材公司粉尘清扫制度未落实\t建立清扫台账，每班清扫\t6月10日\t县应急管理局、城关镇政府",
]


def test_header_offsets_are_display_columns():
    header = ALIGNED.split("\n")[1]
    assert display_width(header[: header.index("牵头单位")]) == 44


CASES = [
    (
        "space-aligned table, cells wrapped in every column",
        ALIGNED,
        "\n".join(["附件", *ALIGNED_ROWS, "注：以上时限均为2025年。"]),
    ),
    (
        "single-space PDF table, the last cell's tail kept",
        SPACED,
        "\n".join(["二、督办清单", *SPACED_ROWS, SPACED.split("\n")[-1]]),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_wrapped_tables_are_rebuilt_as_rows(name, text, expected):
    assert repair_layout(text)[0] == expected


NOT_TABLES = [
    ("prose with double spaces", "各单位要高度重视  认真组织排查。\n序号  工作要求\n要落实责任  加强值守。"),
    (
        "a schedule in columns",
        "8:30    签到          一楼大厅\n9:00    开幕讲话      三楼会议室\n9:30    专题培训      三楼会议室",
    ),
    ("names printed in columns", "参会人员：\n张建国    李明华    王晓东\n赵立新    陈志强    刘海波"),
    ("a header whose words name no task columns", "序号 姓名 职务 电话\n1 张建国 科长 1234"),
    ("a single-space header with no row under it", "序号 存在问题 整改措施 整改时限\n各单位要逐项整改。"),
]


@pytest.mark.parametrize(("name", "text"), NOT_TABLES, ids=[case[0] for case in NOT_TABLES])
def test_text_that_is_no_table_is_not_rebuilt(name, text):
    lines = text.split("\n")
    assert aligned_tables(lines) == spaced_tables(lines) == []
    assert "\t" not in repair_layout(text)[0]


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        # a row whose cells part otherwise than the header's ends the table before it
        ("序号 存在问题 整改措施 整改时限\n1 消防通道堵塞 清理通道 5月 20日", spaced_tables),
        # a line in the first column that is no next sequence number ends the table
        ("序号   重点任务        牵头单位\n说明   以下任务均需报送  县安委办", aligned_tables),
    ],
)
def test_rows_that_do_not_fit_make_no_table(text, reader):
    assert reader(text.split("\n")) == []


def test_a_heading_under_the_last_row_is_no_tail_of_its_cell():
    text = "序号 存在问题 整改措施 整改时限\n1 消防通道堵塞 清理通道 5月20日\n三、工作要求"
    assert (
        repair_layout(text)[0] == "序号\t存在问题\t整改措施\t整改时限\n1\t消防通道堵塞\t清理通道\t5月20日\n三、工作要求"
    )


@pytest.mark.parametrize("text", [ALIGNED, SPACED])
def test_rebuilt_tables_are_stable(text):
    once = repair_layout(text)[0]
    assert repair_layout(once)[0] == once


def test_rebuilt_rows_reach_the_extractor_with_their_cells():
    structure = document_structure(normalize(ALIGNED).text)
    rows = [s for s in structure.sentences if s.kind == "table_row"]
    # the party column's cell parts at the space between two parties, each a cell of the column's role
    parties = [[c.text for c in r.cells if c.role == "lead_units"] for r in rows]
    assert [(r.cell("task").text, party, r.cell("deadline").text) for r, party in zip(rows, parties, strict=True)] == [
        ("排查城区老旧燃气管网，建立隐患台账并逐项销号", ["县住建局（县市场监管局配合）"], "5月31日前"),
        ("开展餐饮场所燃气报警器安装专项检查", ["各镇人民政府、街道办事处", "县应急管理局"], "6月30日至7月15日"),
        ("组织燃气安全宣传周活动", ["县委宣传部"], "每季度开展一次"),
    ]
    spaced = [s for s in document_structure(normalize(SPACED).text).sentences if s.kind == "table_row"]
    assert [(r.cell("task").text, r.cell("deadline").text) for r in spaced] == [
        ("立即停用卸油区，更换接地装置", "5月20日"),
        ("建立清扫台账，每班清扫", "6月10日"),
    ]


@pytest.mark.parametrize(
    ("first_units", "second_units", "units"),
    [
        ("县交通运输", "局", "县交通运输局"),  # the column wrapped a name
        ("县（区）交通运", "输局", "县（区）交通运输局"),
        ("县交通运输局", "县水利局", "县交通运输局 县水利局"),  # a second party on a line of its own
        ("县交通运输局、", "县水利局", "县交通运输局、县水利局"),
        ("（县交通运输局", "配合）", "（县交通运输局配合）"),  # brackets still open
    ],
)
def test_a_party_cell_spaces_only_between_whole_parties(first_units, second_units, units):
    text = (
        "序号   重点任务                             责任单位\n"
        f"1      开展渡口                             {first_units}\n"
        f"       渡船检查                             {second_units}"
    )
    [(_, _, rows)] = aligned_tables(text.split("\n"))
    assert rows[1] == ["1", "开展渡口渡船检查", units]
