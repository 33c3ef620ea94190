"""Task detection on realstyle_sealed36 and r49 (issue 13, tasks101; docs/extraction.md): a plan's month table
(月份|检查重点|…|责任科室（单位）) assigns each month's work to its column's parties, so every row is a task due
within its month, whether its cells name an action (审批, 检查) or only the matter checked (粉尘涉爆企业除尘系统); a
header cell's bracketed gloss (（单位）) leaves its name's role. Every text here is invented; the convention:
ANNOTATION.md (table rows are tasks)."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.normalize.layout import header_role


def plan(table: str) -> str:
    return (
        "柳溪区应急管理局2026年度安全生产监督检查计划\n"
        "一、月度检查安排\n" + table + "\n二、工作要求\n（一）各中队要于每月25日前报送当月检查情况。\n"
    )


MONTH_TABLE = (
    "月份|检查重点|检查对象|计划户次|责任科室（单位）\n"
    "3月|涉氨制冷企业液氨储罐；冷库门禁|冷库企业|20|执法一中队\n"
    "4月|有限空间作业专项检查|酿造企业|18|执法二中队\n"
    "5月|粮食仓储企业粉尘清扫制度|粮食仓储企业|15|工贸监管科"
)


def rows(text: str) -> list:
    return [task for task in nlp_pipeline.process(text, date="2026-01-20").tasks if "|" in task.source]


def test_every_row_of_a_month_table_is_a_task_due_in_its_month():
    found = rows(plan(MONTH_TABLE))
    assert len(found) == 3
    assert [task.deadline.date for task in found] == ["2026-03-31", "2026-04-30", "2026-05-31"]
    assert all(task.deadline.kind == "period" for task in found)


def test_a_row_naming_only_the_matter_checked_takes_its_columns_party():
    noun_row = next(task for task in rows(plan(MONTH_TABLE)) if "粉尘清扫" in task.source)
    assert [unit.mention for unit in noun_row.units] == ["工贸监管科"]


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("责任科室（单位）", "units"),  # the gloss names the kind of party: the name's role stands
        ("完成时限(月)", "deadline"),
        ("月份", "deadline"),
        # near misses: a cell that is all brackets, a bracket inside the name, a cell of counts
        ("（单位）", None),
        ("计划户次", None),
        ("检查对象", None),
    ],
)
def test_header_cells(cell, role):
    assert header_role(cell) == role


def test_a_month_statistics_table_is_no_task_table():
    # near miss: 月份 beside counts only names one column, so the table assigns nothing
    table = "月份|事故起数|死亡人数\n1月|2|0\n2月|1|1"
    assert rows(plan(table)) == []


def test_a_month_table_of_figures_gives_no_row_task():
    # near miss: a month column beside figures and a note names no party and no work
    table = "月份|检查户次|备注\n3月|20|无\n4月|18|无"
    assert not [task for task in rows(plan(table)) if task.source.startswith(("3月", "4月"))]


@pytest.mark.xfail(
    strict=True,
    reason="measured and left (tasks101): a heading naming two topics after a verb (检查对象和分类) is read as a "
    "directive; the older golds read run-in headings both ways (tasks96)",
)
def test_a_heading_naming_topics_after_a_verb_is_no_task():
    text = plan(MONTH_TABLE).replace(
        "一、月度检查安排\n", "一、检查对象和分类\n（一）A类企业每年检查不少于2次。\n二、月度检查安排\n"
    )
    assert not any(task.source == "一、检查对象和分类" for task in nlp_pipeline.process(text).tasks)
