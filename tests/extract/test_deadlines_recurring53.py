"""Deadlines of issue 13 (dl53): times that come round by what they are, read on realstyle_sealed20 and 21
(docs/extraction.md, "Deadlines: each day of a kind recurs"). 每个 + a kind of day (每个赶集日, 每个开放日) is a
frequency, as 每日 is (built: every_named_day_re). A slot of the day or week that times the clause's work
(在放学高峰时段…) was built too and dropped: it lowered heldout, realstyle_sealed10 and the score-only
realstyle_sealed11, whose gold leaves such slots bare; its strict xfails keep the reading beside the cases any
rule must leave alone. Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

MAY = dt.date(2026, 5, 12)


def found(sentence: str) -> tuple | None:
    return triple(find_deadline(sentence, MAY))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # each day of a kind: a frequency
        ("景区每个开放日安排两名安全员在观景台值守。", ("每个开放日", None, "recurring")),
        ("各农贸市场每个赶圩日安排专人疏导人流，疏导台账留存备查。", ("每个赶圩日", None, "recurring")),
        ("各仓库每个工作日下班后检查电源是否切断。", ("每个工作日", None, "recurring")),
        ("各渡口每个节假日增派一名安全员，汛期每日报送水情。", ("每个节假日", None, "recurring")),
        # what stays: 每个 before a party, a per-head figure, a day counted from another frequency
        ("每个企业要明确一名专职安全员。", None),
        ("施工人员每个人日均饮水不少于2升。", None),
        ("每个单位每日报送一次巡查情况。", ("每日", None, "recurring")),
        ("每个乡镇要在6月10日前完成自查。", ("6月10日前", "2026-06-10", "date")),
    ],
)
def test_each_day_of_a_kind_recurs(sentence, expected):
    assert found(sentence) == expected


# A slot of the day or week after 在 or opening its clause, before the clause's work. Built as time_slot_re (a
# 时段 head after 在/，/；/：, with an action after it): realstyle_sealed20 rose, heldout 1.000 → 0.993,
# realstyle_sealed10 0.834 → 0.823 and realstyle_sealed11 0.661 → 0.650 fell.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param(
            "交警中队在放学高峰时段加强校门口路面巡逻。",
            ("放学高峰时段", None, "recurring"),
            marks=pytest.mark.xfail(strict=True, reason="a 时段 slot is read as no timing (time_slot_re dropped)"),
        ),
        pytest.param(
            "各村要落实护塘责任，夜间和周末时段安排人员巡塘。",
            ("夜间和周末时段", None, "recurring"),
            marks=pytest.mark.xfail(strict=True, reason="a 时段 slot is read as no timing (time_slot_re dropped)"),
        ),
        # what stays: a slot the clause only names, a limit before a slot
        ("运输车辆须按交警部门核定的路线和时段通行。", None),
        ("各工地要调整露天作业时段。", None),
    ],
)
def test_a_slot_of_the_day_that_times_the_work(sentence, expected):
    assert found(sentence) == expected
