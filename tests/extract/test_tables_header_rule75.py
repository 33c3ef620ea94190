"""The rule a Markdown table draws under its header (`| --- | --- |`) is no row and so no task (issue 13, tasks75;
docs/extraction.md): the header's column roles go on to the rows below it. Invented tables; a line whose cells hold
words beside a dash (a blank cell written `---`) stays a row. The rule line was taken as a task only in a batch
beside its folder's other documents (a read set's plan); the case table pins the line's reading, the end-to-end case
that the header's roles still reach the rows below the rule."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.structure import Cell, _rules_a_header

TITLE = "柳岸县电动自行车安全隐患整治任务分工方案\n"
HEADER = "| 序号 | 整治任务 | 牵头单位 | 完成时限 |"
ROWS = "| 1 | 住宅小区集中充电设施建设 | 县住建局 | 10月31日前 |\n| 2 | 维修门店非法改装专项检查 | 县市场监管局 | 8月31日前 |"


def cells(line: str) -> list[Cell]:
    return [Cell(0, 0, part.strip()) for part in line.split("|")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("| --- | --- | --- | --- |", True),
        ("|---|---|---|---|", True),
        ("| :--- | :---: | ---: |", True),
        # a row whose cells hold words beside a dash, a short dash or a long dash is no rule
        ("| 3 | 燃气管道排查 | --- | 6月底前 |", False),
        ("| -- | -- |", False),
        ("| — | — |", False),
        ("| | |", False),
    ],
)
def test_a_header_rule(line, expected):
    assert _rules_a_header(cells(line)) is expected


@pytest.mark.parametrize("rule", ["| --- | --- | --- | --- |", "|---|---|---|---|", "| :--- | :---: | :---: | ---: |"])
def test_the_rows_under_a_rule_are_the_tasks(rule):
    record = nlp_pipeline.process(f"{TITLE}三、任务分工\n{HEADER}\n{rule}\n{ROWS}\n", date="2025-06-01")
    rows = [task for task in record.tasks if "|" in task.source]
    assert [task.source.split("|")[2].strip() for task in rows] == [
        "住宅小区集中充电设施建设",
        "维修门店非法改装专项检查",
    ]
    # the header's columns still reach the rows below the rule
    assert [[unit.mention for unit in task.units] for task in rows] == [["县住建局"], ["县市场监管局"]]
