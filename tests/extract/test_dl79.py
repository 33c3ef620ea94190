"""Deadline failures of realstyle_sealed32, r41 and r42 on matched tasks (issue 13, dl79; docs/extraction.md, "An
event's limit before a ban is its condition, and each time before an act recurs"). Two readings: an undated
event's 前 followed by a prohibition says until when the ban holds (no time of the task), and 每次 + an act + 前
is a frequency bound to the act. The strict xfails are classes counted and left. Texts are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

DAY = dt.date(2026, 1, 10)


def deadline(sentence: str) -> tuple[str, str | None, str] | None:
    return triple(find_deadline(sentence, DAY))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an event's 前 before a ban: the condition that lifts it, no limit
        ("在防护设施安装到位前，严禁任何人员进入基坑。", None),
        ("该公司在联锁系统投用前，反应釜不得投料；", None),
        # the ban's limit gives way to the act's own timing of the same sentence
        ("督促企业立即停用问题设备，在隐患消除前不得恢复生产。", ("立即", None, "immediate")),
        # each time before an act: a frequency
        ("外来人员每次进厂作业前，由车间安全员进行安全交底。", ("每次进厂作业前", None, "recurring")),
        ("须于每次使用前由合资格人士检查吊船。", ("每次使用前", None, "recurring")),
        ("焊工每次动火作业之前，须办理动火审批。", ("每次动火作业之前", None, "recurring")),
    ],
)
def test_a_ban_until_an_event_and_each_time_before_an_act(sentence, expected):
    assert deadline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # work between the 前 and the ban: the 前 limits that work
        ("在节前开展隐患排查，不得走过场。", ("节前", None, "date")),
        # an event's 前 before a duty, not a ban
        ("在汛期到来前，各水库管理单位要完成溢洪道清障。", ("汛期到来前", None, "date")),
        # a date before a ban still states the day
        ("6月30日前不得擅自复工。", ("6月30日前", "2026-06-30", "date")),
        # 每次 with no 前: how things were found, not a frequency
        ("每次检查发现问题，要立即整改。", ("立即", None, "immediate")),
        # the weather's occasion keeps its own reader
        ("每次暴雨过后，由项目部组织巡查。", ("每次暴雨过后", None, "recurring")),
    ],
)
def test_what_is_no_ban_condition_nor_act_frequency(sentence, expected):
    assert deadline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an occasion's span opening the sentence before a frequency (the first limit; the older gold reads the duty)
        ("国庆期间实行值班制度，请各村每日16时前报送值班情况。", ("国庆期间", None, "period")),
        # a bare 节前 inside a purpose clause
        ("各部门要逐项跟踪督办，确保节前全部整改到位。", ("节前", None, "date")),
    ],
)
@pytest.mark.xfail(strict=True, reason="dl79: counted on realstyle_sealed32 and left (docs/extraction.md, dl79)")
def test_classes_counted_and_left(sentence, expected):
    assert deadline(sentence) == expected
