"""The kind of short and relative limits and of quarters (issue 13, dl62; docs/extraction.md, "The kind of counted
hours and of a quarter; period phrases measured"). A count of hours or minutes (24小时内, 30分钟内) is a relative limit:
kind `date`, date null, by the settled convention, while it keeps urgency's rank and urgency's part in choosing among
timings and in an item's inheritance. A quarter or half-year named without a limit (在三季度组织…, 第四季度开展…) is
the span the work is done in (`period`, dated to its last day); 前/内, 末/底 or a completing verb after it make it a
limit (`date`). Readings measured and dropped stay as strict xfails. Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import all_candidates, find_deadline
from nlp_pipeline.extract.tasks import binds_an_act_to_a_limit, urgent
from nlp_pipeline.record import Deadline

from .deadline_cases import triple

MAY = dt.date(2026, 5, 12)


def found(sentence: str, day: dt.date = MAY) -> tuple | None:
    return triple(find_deadline(sentence, day))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a counted window is a relative limit of unknown start: date null, kind date
        ("发现非法采砂行为的，必须在12小时内报告县水利局。", ("12小时内", None, "date")),
        ("值守人员须在10分钟内到达现场。", ("10分钟内", None, "date")),
        ("接报后两个小时以内完成人员清点。", ("两个小时以内", None, "date")),
        # its rank is urgency's: sharper than a bare 立即, behind a stated day and a frequency
        ("须立即关闭阀门，并在24小时内书面报告。", ("24小时内", None, "date")),
        ("6月5日前完成自查，发现问题2小时内上报。", ("6月5日前", "2026-06-05", "date")),
        ("每日巡查一次，险情1小时内报告。", ("每日", None, "recurring")),
        # negatives: a frequency in hours and a window in which work is barred are no counted limit
        ("每2小时测定一次气体浓度。", ("每2小时", None, "recurring")),
        ("午间最热时段3小时内不得安排露天作业。", None),
        ("要立即组织人员撤离。", ("立即", None, "immediate")),
    ],
)
def test_counted_hours_are_relative_limits(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "deadline, expected",
    [
        (Deadline("立即", None, "immediate"), True),
        (Deadline("30分钟内", None, "date"), True),
        (Deadline("3日内", None, "date"), False),
        (Deadline("6月30日前", "2026-06-30", "date"), False),
    ],
)
def test_urgent_reads_counted_hours_as_urgency(deadline, expected):
    assert urgent(deadline) is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a quarter or half-year without a limit: the span the work is done in, dated to its last day
        ("区应急局要在三季度组织一次交叉执法检查。", ("三季度", "2026-09-30", "period")),
        ("第四季度开展乡镇安全生产考核巡查。", ("第四季度", "2026-12-31", "period")),
        ("县住建局将把复查结果列为下半年重点追踪对象。", ("下半年", "2026-12-31", "period")),
        # negatives: 前/内, the quarter's end or a completing verb after it make a limit
        ("各乡镇要在二季度完成人员调整。", ("二季度", "2026-06-30", "date")),
        ("三季度末前完成救援队伍轮训。", ("三季度末前", "2026-09-30", "date")),
        ("下半年前建成应急物资库。", ("下半年前", "2026-12-31", "date")),
        ("一季度内完成补库。", ("一季度内", "2027-03-31", "date")),
        # a frequency stays one
        ("每季度开展一次联合检查。", ("每季度", None, "recurring")),
    ],
)
def test_a_bare_quarter_is_a_span(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an act bound to a calendar time, a quarter among them, is directed without a modal
        ("三季度组织检查，9月20日前报送检查结果。", True),
        ("区住建局8月20日前向区政府报送排查台账。", True),
        # negatives: a frequency or a counted window beside the day is no calendar time
        ("每月组织检查，9月20日前报送检查结果。", False),
        ("9月20日前报送检查结果，险情24小时内报告。", False),
    ],
)
def test_an_act_bound_to_a_calendar_time(sentence, expected):
    assert binds_an_act_to_a_limit(sentence, all_candidates(sentence, None)) is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # any occasion's 期间 at the head of a clause (measured, dropped: four check sets fell, see the docs)
        ("台风信号生效期间，工地须停止一切吊装作业。", ("台风信号生效期间", None, "period")),
        ("限期整改期间，原则上应停止相关作业。", ("限期整改期间", None, "period")),
        ("期间，县市场监管局将组织抽查。", ("期间", None, "period")),
        # a count from an unstated start, null (measured in the gold only: the older sets resolve it, a convention question)
        ("收到通知后，请于5日内完成自查。", ("5日内", None, "date")),
    ],
)
@pytest.mark.xfail(strict=True, reason="measured and dropped (dl62): see docs/extraction.md")
def test_dropped_readings(sentence, expected):
    assert found(sentence) == expected
