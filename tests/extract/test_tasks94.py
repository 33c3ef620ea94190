"""Task failures of realstyle_sealed34, r45 and r46 by class (issue 13, tasks94; docs/extraction.md).
Built: a table drawn with box-drawing characters (┌─┬─┐ rules, │ between cells, long cells wrapped
inside their column) is rebuilt as one `|` line per row before anything else reads it, so each row
is one task with its cells' parties and limit, and no slice of a wrapped cell is a task of its own.
Near misses: a frame around a note, a divider rule, a `|` table, a table of one line. Invented
tables and sentences."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.normalize import STEPS, replay

RULED_TABLE = """\
┌──┬──────────┬──────────┬──────┬──────┐
│序号│问题                │整改措施            │责任单位    │整改时限    │
├──┼──────────┼──────────┼──────┼──────┤
│1   │东关村两处民房改作加│停止加工，清除可燃杂│东关镇人民政│5月20日前   │
│    │工点，未设疏散通道  │物，另行安排住宿    │府（牵头）  │            │
├──┼──────────┼──────────┼──────┼──────┤
│2   │县道Y103线弯道护栏缺│增设护栏和警示标志  │县交通运输局│6月底前     │
│    │失                  │                    │            │            │
└──┴──────────┴──────────┴──────┴──────┘"""

HEADER_RULED_TABLE = """\
┌──┬──────────┬──────┐
│序号│整改措施            │责任单位    │
├──┼──────────┼──────┤
│1   │更换老化的燃气软管，│县住建局    │
│    │加装报警装置        │            │
│2   │清理楼道堆放的杂物  │县消防救援大│
│    │                    │队          │
└──┴──────────┴──────┘"""

HEAD = "关于挂牌督办安全隐患的通知\n各乡镇人民政府，县直有关单位：\n现将督办问题清单印发给你们，请按期整改。\n附件\n"


def normalized(text: str) -> str:
    output, changes = STEPS["box_table"](text)
    assert replay(text, changes) == output
    return output


@pytest.mark.parametrize(
    "table, rows",
    [
        # a rule between rows closes each row; every cell's slices join in order
        (
            RULED_TABLE,
            [
                "序号|问题|整改措施|责任单位|整改时限",
                "1|东关村两处民房改作加工点，未设疏散通道|停止加工，清除可燃杂物，另行安排住宿|东关镇人民政府（牵头）|5月20日前",
                "2|县道Y103线弯道护栏缺失|增设护栏和警示标志|县交通运输局|6月底前",
            ],
        ),
        # a rule under the header only: a line whose first cell is blank continues the row above
        (
            HEADER_RULED_TABLE,
            [
                "序号|整改措施|责任单位",
                "1|更换老化的燃气软管，加装报警装置|县住建局",
                "2|清理楼道堆放的杂物|县消防救援大队",
            ],
        ),
    ],
)
def test_box_table_rows_are_rebuilt(table: str, rows: list[str]) -> None:
    assert normalized("附件\n" + table + "\n注：表内单位为牵头单位。") == "\n".join(
        ["附件", *rows, "注：表内单位为牵头单位。"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "│注：本表由各乡镇填报│\n各乡镇要于5月底前报送。",  # a frame around one note: one line of bars
        "县应急管理局\n──────────\n各乡镇要于5月底前报送。",  # a divider rule between paragraphs
        "序号|整改措施|责任单位\n1|清理杂物|县消防救援大队\n2|更换软管|县住建局",  # a `|` table already
        "│序号│整改措施│责任单位│",  # a table of one line
    ],
)
def test_text_without_a_box_table_is_untouched(text: str) -> None:
    assert normalized(text) == text


def test_each_row_of_a_box_table_is_one_task() -> None:
    record = nlp_pipeline.process(HEAD + RULED_TABLE + "\n", doc_id="doc", date="2025-05-06")
    rows = [task for task in record.tasks if "|" in task.source]
    assert [task.source.split("|")[0] for task in rows] == ["1", "2"]
    assert not [task for task in record.tasks if "│" in task.source]
    assert {unit.mention for unit in rows[1].units} == {"县交通运输局"}
    assert rows[0].deadline is not None and rows[0].deadline.date == "2025-05-20"


@pytest.mark.xfail(
    strict=True,
    reason="measured: in a table ruled under its header only, a first cell that wraps (a name over two "
    "lines) opens a second row; nothing in a line tells a wrapped first cell from a new row",
)
def test_a_wrapped_first_cell_without_row_rules() -> None:
    table = (
        "┌──────┬──────┐\n│责任单位    │整改措施    │\n├──────┼──────┤\n"
        "│县消防救援大│清理楼道杂物│\n│队          │            │\n└──────┴──────┘"
    )
    assert normalized(table).split("\n")[1] == "县消防救援大队|清理楼道杂物"
