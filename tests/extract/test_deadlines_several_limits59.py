"""Which of several limits in one sentence is the task's deadline (issue 13, dl59; docs/extraction.md, "Several
limits in one sentence: the sentence's structure against the gold's choice, measured"). Over the sentences with two
or more timings in realstyle_sealed20–23, the real pages r23, r24 and the dev and genre gold, no clause structure
(main predicate or a later reporting clause, a party of the later clause's own, a span over a frequency, the limit
nearest the modal) predicts the gold's choice on 80 % of them; the tier of each limit does (82 %, all of dev and
genre). These cases pin that rule: the sharper tier wins in either order, and of one tier the first is taken. Two
readings of one tier within one clause were built, measured and dropped; their strict xfails keep the reading the
newer gold takes. Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

SEPTEMBER = dt.date(2026, 9, 21)


def found(sentence: str) -> tuple | None:
    return triple(find_deadline(sentence, SEPTEMBER))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the sharper tier decides, first or last in the sentence
        ("锅炉房立即停用故障燃烧器，10月15日前完成更换。", ("10月15日前", "2026-10-15", "date")),
        ("各校8月底前完成校舍排查，每半年至少复查一次。", ("8月底前", "2027-08-31", "date")),
        ("国庆期间，各村要严格执行24小时值班制度，遇险情要第一时间报告。", ("24小时值班", None, "recurring")),
        # of one tier, the first: the gold of the older sets takes it, the newer gold takes either
        ("各乡镇于每月5日前报送进展，12月20日前报送年度总结。", ("每月5日前", None, "recurring")),
        ("各企业10月20日前完成自查，区应急局11月10日前完成抽查。", ("10月20日前", "2026-10-20", "date")),
        ("各校每月巡查一次教学楼，每学期组织一次疏散演练。", ("每月", None, "recurring")),
        # a bracket that glosses the limit before it names the same day
        ("在一周内（即9月28日或之前）完成检修。", ("一周内", "2026-09-28", "date")),
    ],
)
def test_the_sharper_tier_then_the_first(sentence, expected):
    assert found(sentence) == expected


# Limits of one tier in one clause, the last (built as deadlines.last_in_its_clause): realstyle_sealed21–23 rose, and
# realstyle, realstyle_sealed, 4, 7, 8, 14, 16 and 19 fell; limited to counted minutes and hours (N分钟内电话报告、
# M小时内书面报告), realstyle, realstyle_sealed, 4, 14, 16 and 19 still fell: the older gold takes the first.
# A limit in the parenthesis that closes the item (deadlines.closing_parenthesis) moved only realstyle_sealed21: a fit.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param(
            "事发单位要在15分钟内电话报告、45分钟内书面报告镇安办。",
            ("45分钟内", None, "date"),
            marks=pytest.mark.xfail(strict=True, reason="of one tier the first is taken (last_in_its_clause dropped)"),
        ),
        pytest.param(
            "开展国庆节前消防安全大检查（9月28日前）；",
            ("9月28日前", "2026-09-28", "date"),
            marks=pytest.mark.xfail(strict=True, reason="of one tier the first is taken (closing_parenthesis dropped)"),
        ),
        # what stays: each limit in a clause of its own keeps the first
        ("须在20分钟内电话报告县防指，2小时内书面报告。", ("20分钟内", None, "date")),
    ],
)
def test_one_tier_in_one_clause_the_last(sentence, expected):
    assert found(sentence) == expected
