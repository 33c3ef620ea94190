"""The rows of a table drawn with ASCII read as tasks (issues 13 and 14, table113; docs/normalization.md).

Once the box_table step has written each row of a `+----+` / `|` grid as one line `cell|cell|…`,
extraction reads it as it reads any table: each row one task whose source is the whole row, its
parties from the 责任单位 cell (two stacked parties, two units), its limit from the 完成时限 cell, and
no slice of a wrapped cell or line of the frame is a task of its own. Invented notice and table.
"""

from __future__ import annotations

import pytest

import nlp_pipeline

NOTICE = """\
县安全生产委员会办公室
关于挂牌督办一批安全隐患的通知
各乡镇人民政府，县直有关单位：
现将挂牌督办隐患清单印发给你们。
+----+------------------+--------------+--------------+
|序号| 问题             | 责任单位     | 完成时限     |
+----+------------------+--------------+--------------+
| 1  | 城南农贸市场消防 | 县市场监管局 | 2025年7月15日|
|    | 通道被摊位占用   | 县消防救援大 | 前           |
|    |                  | 队           |              |
+----+------------------+--------------+--------------+
| 2  | 吉祥小区燃气管道 | 县住建局     | 8月底前      |
|    | 锈蚀，安排专人24 | 县应急管理局 |              |
|    | 小时巡查         |              |              |
+----+------------------+--------------+--------------+
县安全生产委员会办公室
2025年6月20日
"""


@pytest.fixture(scope="module")
def rows():
    record = nlp_pipeline.process(NOTICE, doc_id="notice", date="2025-06-20")
    assert not [task for task in record.tasks if "+--" in task.source or task.source.startswith("|")]
    return [task for task in record.tasks if "|" in task.source]


def test_each_row_is_one_task_with_the_whole_row_as_source(rows) -> None:
    assert [task.source for task in rows] == [
        "1|城南农贸市场消防通道被摊位占用|县市场监管局、县消防救援大队|2025年7月15日前",
        "2|吉祥小区燃气管道锈蚀，安排专人24小时巡查|县住建局、县应急管理局|8月底前",
    ]


@pytest.mark.parametrize(
    "row, units, date",
    [
        (0, {"县市场监管局", "县消防救援大队"}, "2025-07-15"),
        (1, {"县住建局", "县应急管理局"}, "2025-08-31"),
    ],
)
def test_a_rows_units_and_limit_come_from_its_cells(rows, row: int, units: set[str], date: str) -> None:
    assert {unit.mention for unit in rows[row].units} == units
    assert rows[row].deadline is not None and rows[row].deadline.date == date


@pytest.mark.xfail(
    strict=True,
    reason="measured: a 安监分局 before 、 is not read as a party of its own, the mention runs on to the next "
    "party (高新区安监分局、相关企业 one unit, 企业), in a table cell as in a sentence; the units owner's class",
)
def test_a_branch_bureau_before_an_enterprise() -> None:
    record = nlp_pipeline.process(
        "关于督办的通知\n县安监分局、相关企业要立即清理通道。\n", doc_id="d", date="2025-06-20"
    )
    assert {unit.mention for unit in record.tasks[0].units} == {"县安监分局", "相关企业"}
