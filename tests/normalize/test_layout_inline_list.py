"""Layout: a numbered list run into one line (a content farm's or a PDF's copy that lost the items'
line breaks, or a whole notice flattened into one table cell) breaks before each item when its
markers run in order from the first and its items end sentences (issue 14, wrap72). Invented sentences."""

import pytest

from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.layout import inline_list_breaks, repair_layout


def layout_lines(text: str) -> list[str]:
    return repair_layout(text)[0].split("\n")


SPLIT = [
    (  # figures with a dot, after a lead-in's colon, blanks between the items
        "现就防汛工作提出以下要求：1.各乡镇要在汛前完成山塘水库巡查。 2.县水利局要落实24小时值班。 3.各单位要备足防汛物资。",
        [
            "现就防汛工作提出以下要求：",
            "1.各乡镇要在汛前完成山塘水库巡查。",
            "2.县水利局要落实24小时值班。",
            "3.各单位要备足防汛物资。",
        ],
    ),
    (  # Chinese numerals with 、, no blank between the items; a heading's sub-items in brackets
        "一、工作目标全面排查燃气隐患。二、工作措施（一）县住建局要逐户检查餐饮场所。（二）县市场监管局要抽查气瓶。"
        "三、工作要求各单位要在6月底前报送总结。",
        [
            "一、工作目标全面排查燃气隐患。",
            "二、工作措施",
            "（一）县住建局要逐户检查餐饮场所。",
            "（二）县市场监管局要抽查气瓶。",
            "三、工作要求各单位要在6月底前报送总结。",
        ],
    ),
    (  # figures in brackets
        "请各企业做好以下工作：（1）开展一次消防演练。（2）清理疏散通道。（3）检查灭火器材。",
        ["请各企业做好以下工作：", "（1）开展一次消防演练。", "（2）清理疏散通道。", "（3）检查灭火器材。"],
    ),
]

KEPT = [
    "检查重点：（一）非煤矿山；（二）危险化学品；（三）消防安全；（四）道路运输。",  # one sentence's enumeration
    "对一、二级重大危险源企业开展检查，三、四级由各乡镇负责。",  # levels, not items
    "附件：1.检查表2.责任人名单3.联系表",  # items that end no sentence
    "全年投入资金1.5万元。2.3万元用于培训。3.1万元用于演练。",  # decimals
    "会议要求，一是压实责任。二是加强巡查。三是做好值守。",  # a speech's points stay in their paragraph
    "2.各乡镇要开展巡查。3.县应急管理局要加强督导。4.各单位要做好值守。",  # the run never starts from its first
    "依据《安全生产法》第二十一条、第四十一条，1.生产经营单位应当建立制度。",  # one marker alone
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_a_list_run_into_one_line_breaks_before_each_item(text: str, expected: list[str]) -> None:
    assert layout_lines(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_markers_out_of_sequence_or_inside_a_sentence_break_nothing(text: str) -> None:
    assert inline_list_breaks(text) == []
    assert layout_lines(text) == [text]


@pytest.mark.parametrize(
    "row",
    [
        "为做好假期安全工作，提出以下要求： 1.各单位要开展一次安全教育。 2.要安排好值班。 3.要检查门窗水电。 | |",
        "| 为做好假期安全工作，提出以下要求：1.各单位要开展一次安全教育。2.要安排好值班。3.要检查门窗水电。 |",
    ],
)
def test_a_notice_flattened_into_one_table_cell_breaks_and_loses_its_empty_cells(row: str) -> None:
    assert layout_lines(row) == [
        "为做好假期安全工作，提出以下要求：",
        "1.各单位要开展一次安全教育。",
        "2.要安排好值班。",
        "3.要检查门窗水电。",
    ]


def test_a_one_cell_row_without_a_list_is_left_alone() -> None:
    row = "县应急管理局 | |"
    assert layout_lines(row) == [row]


def test_a_table_row_with_several_filled_cells_is_left_alone() -> None:
    row = "县住建局 | 1.开展排查。2.建立台账。3.完成整改。 | 6月底前"
    assert layout_lines(row) == [row]


def test_the_breaks_are_recorded_in_the_change_log() -> None:
    result = normalize("提出以下要求：1.各乡镇要开展巡查。2.各部门要加强督导。3.各单位要做好值守。")
    assert result.text.split("\n")[1:] == ["1.各乡镇要开展巡查。", "2.各部门要加强督导。", "3.各单位要做好值守。"]
    assert any(change.step == "layout" and change.after == "\n" for change in result.changes)


@pytest.mark.xfail(strict=True, reason="a section's one sub-item after its heading: a run of one marker breaks nothing")
def test_a_lone_first_sub_item_after_its_heading() -> None:
    text = "一、工作目标全面排查隐患。二、工作措施加强巡查。三、工作要求（一）各单位要按时报送。"
    assert layout_lines(text)[-2:] == ["三、工作要求", "（一）各单位要按时报送。"]
