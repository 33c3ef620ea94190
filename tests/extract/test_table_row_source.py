"""A table row's task stands at the whole row (conv54, issue 13 point 5; docs/evaluation.md "Conventions settled").

The shared genre gold (g02) gives each row of a 序号|工作任务|责任单位|完成时限 table as a task whose `source` is the
whole row, and so do the gold of heldout, heldout2, heldout3, realstyle and realstyle_sealed to 6; the sets that took
the 工作任务 / 整改措施 cell were re-annotated to the row. The pipeline reads a row's parties and time from its cells
and keeps the row as the task's source, whatever separates its cells. Measured and dropped under the one convention:
reading the task cell as the source (every headed row, or pipe tables only) lowered thirteen sets. Every text here is
written for the test.
"""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402


def notice(*lines: str) -> str:
    return "关于开展仓储物流园区消防安全整治的通知\n\n各有关单位：\n" + "\n".join(lines) + "\n"


# (case, header, rows): each row is a task whose source is the row as written
TABLES = [
    (
        "tab-separated task table",
        "序号\t工作任务\t牵头单位\t完成时限",
        [
            "1\t清理园区消防车通道堆放物，建立每日巡查记录\t园区管委会\t6月10日前",
            "2\t检测冷库氨制冷管道，更换锈蚀阀门\t县市场监管局\t6月30日前",
        ],
    ),
    (
        "bar-separated task table",
        "序号|工作任务|责任单位|完成时限",
        [
            "1|清理园区消防车通道堆放物，建立巡查记录|园区管委会|6月10日前",
            "2|检测冷库氨制冷管道，更换锈蚀阀门|县市场监管局|6月30日前",
        ],
    ),
    (
        "pipe table framed by bars",
        "| 序号 | 工作任务 | 牵头单位 | 完成时限 |",
        [
            "| 1 | 清理园区消防车通道堆放物 | 园区管委会 | 6月10日前 |",
            "| 2 | 检测冷库氨制冷管道 | 县市场监管局 | 6月30日前 |",
        ],
    ),
    (
        "columns aligned by spaces",
        "序号  工作任务                          责任单位        完成时限",
        [
            "1     清理园区消防车通道堆放物，建立巡查记录    园区管委会      6月10日前",
            "2     检测冷库氨制冷管道，更换锈蚀阀门          县市场监管局    6月30日前",
        ],
    ),
    (
        "rectification list: problem, measure, party, time",
        "序号\t存在问题\t整改措施\t责任单位\t整改时限",
        [
            "1\t三号库房电动叉车在库内充电\t设置室外集中充电区，库内禁止充电\t宏达物流公司\t5月31日前",
            "2\t消防水池液位计损坏\t更换液位计，每周记录水位\t宏达物流公司\t立即整改",
        ],
    ),
]


def cells(row: str) -> list[str]:
    parts = row.replace("|", "\t").split("\t") if ("|" in row or "\t" in row) else row.split()
    return [part.strip() for part in parts if part.strip()]


@pytest.mark.parametrize("case, header, rows", TABLES, ids=[case for case, _, _ in TABLES])
def test_a_headed_row_is_its_tasks_source(case, header, rows):
    tasks = extract_fields(notice("一、任务分工", header, *rows, "二、工作要求")).tasks
    found = [task.source for task in tasks]
    for row in rows:
        assert row in found, (case, row)


@pytest.mark.parametrize("case, header, rows", TABLES, ids=[case for case, _, _ in TABLES])
def test_neither_the_header_nor_a_lone_cell_is_a_source(case, header, rows):
    found = {task.source for task in extract_fields(notice("一、任务分工", header, *rows)).tasks}
    assert header not in found, case
    for row in rows:
        assert not found & set(cells(row)), (case, row)


def test_a_rows_time_is_the_words_of_its_cell():
    """ANNOTATION.md: a time in the item's table column belongs to its task, its text the words of that cell."""
    case, header, rows = TABLES[0]
    tasks = extract_fields(notice("一、任务分工", header, *rows)).tasks
    by_source = {task.source: task for task in tasks}
    assert by_source[rows[0]].deadline is not None
    assert by_source[rows[0]].deadline.text == "6月10日前"


def test_prose_after_a_table_keeps_its_sentence():
    case, header, rows = TABLES[0]
    sentence = "各单位要于7月5日前将整治情况报县安委办。"
    found = [task.source for task in extract_fields(notice("一、任务分工", header, *rows, sentence)).tasks]
    assert sentence in found
