"""Each time after an event or an act (`每次…后`) and each run of a vehicle (`每趟次`) as a frequency: built, measured and
dropped (issue 13, dl118; docs/extraction.md, "Each time after an event, each run of a vehicle: a measured no"). The
golds split the kind of `每次…后` (a frequency in two, a limit of kind date in two) and a run of a vehicle is one
document's word, so these stay strict xfails; what the rules already read is pinned beside them. Texts are written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

SUMMER = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # read already: each time the named weather comes (every_occasion_re) and each time before an act
        ("各村巡查员每次暴雨过后要及时巡查山塘堤坝。", ("每次暴雨过后", None, "recurring")),
        ("每次进入有限空间作业前必须检测气体浓度。", ("每次进入有限空间作业前", None, "recurring")),
        # a stated date of the same sentence is the sharper limit
        ("各乡镇于7月15日前完成排查，每次大雨过后再复查一遍。", ("7月15日前", "2025-07-15", "date")),
    ],
)
def test_each_time_read_already(sentence, expected):
    assert triple(find_deadline(sentence, SUMMER)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # 后 opening a noun is no postposition; 每次 that tells how things were found times nothing
        "每次事故的后果都要向群众讲清楚。",
        "每次检查发现的问题都要建立台账。",
        # a count of times, not each time; 趟 as a verb's count, not each run
        "全年共开展检查十余次，每次均形成书面报告。",
        "驾驶员要多跑几趟确认路况。",
    ],
)
def test_other_words_of_each_time_stay_untimed(sentence):
    assert find_deadline(sentence, SUMMER) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # left: 每次…后 after an act or a weather the lexicon lacks; the golds split its kind (recurring 2, date 2) and
        # reading it lowered two check sets' deadlines and kinds
        pytest.param(
            "施工单位每次动火作业结束后必须清理现场余火。",
            ("每次动火作业结束后", None, "recurring"),
            marks=pytest.mark.xfail(strict=True, reason="每次…后 after an act: golds split on kind, not built"),
        ),
        pytest.param(
            "组织防汛突击队，每次大雨过后及时检查隐患。",
            ("每次大雨过后", None, "recurring"),
            marks=pytest.mark.xfail(strict=True, reason="每次…过后 after a weather not in every_occasion_re"),
        ),
        # left: each run of a vehicle, one document's word
        pytest.param(
            "驾驶员每趟次收车后要检查车内有无滞留人员。",
            ("每趟次", None, "recurring"),
            marks=pytest.mark.xfail(strict=True, reason="a vehicle's run as a frequency unit: one gold row, not built"),
        ),
        # left: the routine moment of a day without 每 (下班前, 打烊前): a frequency in two golds, a local limit of kind
        # date (出海之前) in a third
        pytest.param(
            "人员下班离开车间前，必须检查电源是否切断。",
            ("下班离开车间前", None, "recurring"),
            marks=pytest.mark.xfail(strict=True, reason="a daily moment without 每 is not read as a frequency"),
        ),
        # left: a fishing season's rest (休渔期间) is a word of one trade, not read as a span
        pytest.param(
            "休渔期间，渔政部门要加强港口巡查。",
            ("休渔期间", None, "period"),
            marks=pytest.mark.xfail(strict=True, reason="a trade's season word is not in the span grammar"),
        ),
    ],
)
def test_left_each_time_after_runs_routine_moments_and_trade_seasons(sentence, expected):
    assert triple(find_deadline(sentence, SUMMER)) == expected
