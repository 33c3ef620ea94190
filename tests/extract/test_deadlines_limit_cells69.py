"""A table's limit column and a `完成时限：` line read by their form where no timing pattern reads their words, a
cell naming a dated stage, and the second year of a plan's span of years (issue 13, dl69; docs/extraction.md, "A
limit cell by its form, a cell naming a stage, a plan's span of years"). Readings counted and left stay as strict
xfails. Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import limit_cell
from nlp_pipeline.extract.meta import plan_year

from .deadline_cases import deadlines_of, triple

# --- a limit cell by its form ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("秋收农忙到来前", ("秋收农忙到来前", None, "date")),
        ("雨季结束后两周内完成加固", ("雨季结束后两周内完成加固", None, "date")),
        ("主体封顶之前", ("主体封顶之前", None, "date")),
        ("贯穿整治全程", ("贯穿整治全程", None, "period")),
        # no limit word at the end: a status, a party, a duty of two limits (the several-limits question)
        ("已完成", None),
        ("县住建局", None),
        ("入冬前完成检查，冬季每周复查", None),
        ("全程监控", None),
    ],
)
def test_a_limit_cell_by_its_form(cell: str, expected: tuple | None) -> None:
    assert triple(limit_cell(cell)) == expected


PLAN = (
    "关于印发《某县农村道路交通安全整治行动方案》的通知\n"
    "一、工作任务\n"
    "序号 | 工作任务 | 牵头单位 | 完成时限\n"
    "1 | 农用车违法载人整治 | 县公安局交警大队 | 贯穿行动全程\n"
    "2 | 乡村客运站点安全检查 | 县交通运输局 | 秋收农忙到来前\n"
    "3 | 临崖路段护栏修复 | 县公路事业发展中心 | 雨季结束后两周内完成修复\n"
    "二、时间安排\n"
    "整治时间：2026年5月1日至2026年10月31日。\n"
)


def test_a_plans_limit_column_gives_each_row_its_cell() -> None:
    found = {source.split(" | ")[1]: deadline for source, deadline in deadlines_of(PLAN, "2026-04-20").items()}
    assert found["农用车违法载人整治"] == ("贯穿行动全程", "2026-10-31", "period")
    assert found["乡村客运站点安全检查"] == ("秋收农忙到来前", None, "date")
    assert found["临崖路段护栏修复"] == ("雨季结束后两周内完成修复", None, "date")


FIELD_LINE = "（一）开展渡口设施检查。各乡镇要对辖区渡口逐一检查。\n完成时限：汛期到来之前。\n"


def test_a_time_limit_line_by_its_form() -> None:
    assert deadlines_of(FIELD_LINE, "2026-03-02")["各乡镇要对辖区渡口逐一检查。"] == ("汛期到来之前", None, "date")


# --- a cell naming a dated stage of the document ---------------------------------------------------------------

STAGED = (
    "某区燃气安全专项整治实施方案\n"
    "一、整治步骤\n"
    "（一）自查自改阶段（3月1日—3月31日）。各单位开展自查。\n"
    "（二）集中整治阶段（4月1日—6月30日）。各部门开展检查。\n"
    "二、任务分工\n"
    "序号 | 任务 | 责任单位 | 完成时限\n"
    "1 | 瓶装液化气非法经营查处 | 区市场监管局 | 集中整治期间持续开展\n"
    "2 | 餐饮场所报警装置安装 | 区商务局 | 自查自改阶段同步开展\n"
    "3 | 燃气管道占压清理 | 区城管局 | 持续开展\n"
)


def test_a_cell_naming_a_stage_takes_its_span() -> None:
    rows = deadlines_of(STAGED, "2026-02-20").items()
    found = {source.split(" | ")[1]: deadline for source, deadline in rows if " | " in source}
    assert found["瓶装液化气非法经营查处"] == ("集中整治期间持续开展", "2026-06-30", "period")
    assert found["餐饮场所报警装置安装"] == ("自查自改阶段同步开展", "2026-03-31", "period")
    # a cell that names no stage keeps its own reading
    assert found["燃气管道占压清理"] == ("持续开展", None, "ongoing")


# --- a plan's span of years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, day, expected",
    [
        ("某镇2026—2027年度森林防灭火工作方案", dt.date(2026, 11, 3), None),
        ("某县2025-2026年度冬春火灾防控方案", dt.date(2025, 10, 20), None),
        ("某县2027年安全生产工作要点", dt.date(2026, 12, 18), 2027),
        ("某县2027年度燃气安全整治方案", dt.date(2026, 11, 5), 2027),
    ],
)
def test_the_second_year_of_a_span_is_no_plan_year(title: str, day: dt.date, expected: int | None) -> None:
    assert plan_year(title, day) == expected


# --- counted and left -------------------------------------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="a cell of two limits: the several-limits convention, not changed (dl69)")
def test_a_cell_of_a_limit_and_a_frequency() -> None:
    table = "序号 | 任务 | 责任单位 | 完成时限\n1 | 渡口安全检查 | 县海事所 | 汛前完成检查，汛期每日巡查\n"
    assert list(deadlines_of(table, "2026-03-02").values()) == [("汛前完成检查，汛期每日巡查", None, "recurring")]
