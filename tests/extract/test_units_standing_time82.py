"""A standing time between a party and its act (issue 13, units82).

`units.predicate_follows` reads what follows a mention: a predicate, a dated time and an act, a campaign announced. A
plan's standing duties put a time of another kind there (unit_rules.toml `standing_time`):

- how often the party acts, before a preposition or an act (`燃气企业每年对居民用户…`, `班主任每周至少通过…`);
- the days it is set to act on, before an act and with no 了 after it (`总务处、保卫科于1月12日至14日开展…`);
- a span counted from an event of its own work, before a modal (`施工单位开工前3个工作日内须…`).

A frequency before a bare verb counts what is done to the noun before it (`每家企业每年检查不少于2次`), and a dated act
with 了 reports the past (`县应急局于3月5日开展了检查`). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import predicate_follows


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("每年对居民用户至少入户安检一次", True),  # how often: a preposition opens the act
        ("每周至少通过电话了解一次学生动态", True),
        ("每季度开展一次督导", True),
        ("每月向县应急局报送隐患台账", True),
        ("于1月12日至14日开展一次全面安全检查", True),  # the days it is set to act on
        ("于3月10日前完成整改", True),
        ("开工前3个工作日内须与燃气企业现场交底", True),  # a span from its own work's event, then a modal
        ("每年检查不少于2次", False),  # a bare verb: what is done to the noun before
        ("每年的事故起数", False),  # a frequency that qualifies a noun
        ("于3月5日开展了燃气安全检查", False),  # a past act reported
        ("于2月3日召开会议", False),  # no act of a party's work
        ("施工前应", False),  # no span counted: predicate_after's own business
    ],
)
def test_a_standing_time_before_the_act(rest: str, expected: bool) -> None:
    assert predicate_follows(rest) is expected


NOTICE = """青禾县住房和城乡建设局关于做好城镇燃气安全工作的通知
各乡镇人民政府，县直有关部门：
一、燃气企业每年对居民用户至少入户安检一次，对工商业用户每季度安检一次。
二、县市场监管局于3月2日至6日开展一次液化气瓶专项检查。
三、燃气企业要落实安全主体责任。
"""


def task_units(words: str) -> set[tuple[str, str]]:
    (units,) = [
        {(unit.mention, unit.canonical) for unit in task.units}
        for task in extract_fields(NOTICE).tasks
        if words in task.source
    ]
    return units


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("每年对居民用户", {("燃气企业", "企业")}),  # an operator class, its frequency before its act
        ("液化气瓶", {("县市场监管局", "市场监督管理部门")}),  # a body, its days before its act
        ("主体责任", {("燃气企业", "企业")}),  # a modal: as before
    ],
)
def test_the_party_before_a_standing_time(words: str, expected: set[tuple[str, str]]) -> None:
    assert task_units(words) == expected


@pytest.mark.xfail(strict=True, reason="a frequency and a time before a bare verb: measured, left (units82)")
def test_a_frequency_before_a_bare_verb() -> None:
    assert predicate_follows("每天放学前检查本班门窗")
