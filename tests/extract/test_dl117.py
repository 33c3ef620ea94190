"""A bare month with 前, no day and no year of its own (`6月前完成`, `每年5月前`) is a limit before the month begins: the
end of the month before, as `十月份之前` already was (issue 13, dl117; docs/extraction.md, "A bare month with 前 is before
the month"). A month's end or third, a day, or a month without 前 keep their own readings. Texts are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

SPRING = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the month with 前, with or without 份, 之 or 以: the last day of the month before
        ("各村要在6月前完成山塘水库安全鉴定。", ("6月前", "2025-05-31", "date")),
        ("各校九月份前完成校舍安全排查。", ("九月份前", "2025-08-31", "date")),
        ("各企业要在11月以前完成冬季消防设施检修。", ("11月以前", "2025-10-31", "date")),
        ("十月份之前完成全部整改。", ("十月份之前", "2025-09-30", "date")),
        # January's month before is December of the year before
        ("各乡镇于2026年1月份前上报本年度隐患整改台账。", ("2026年1月份前", "2025-12-31", "date")),
        # negatives: a month's end, a third of it and a day are read at their own end; a month without 前 is its period
        ("各村要在6月底前完成山塘水库安全鉴定。", ("6月底前", "2025-06-30", "date")),
        ("各村要在6月中旬前完成山塘水库安全鉴定。", ("6月中旬前", "2025-06-20", "date")),
        ("各村要在6月15日前完成山塘水库安全鉴定。", ("6月15日前", "2025-06-15", "date")),
        ("县应急管理局将在6月份组织一次联合检查。", ("6月份", "2025-06-30", "period")),
        # a count of months back is no month of the calendar
        ("3个月前发生的事故要在本周内复盘。", ("本周内", "2025-03-16", "date")),
    ],
)
def test_a_bare_month_with_qian_is_before_the_month(sentence, expected):
    assert triple(find_deadline(sentence, SPRING)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month of every year with 前 and no day is this year's month, before it begins (the gold that has one
        # reads it so); 或之前 takes the month in
        ("各企业每年5月前完成一次应急演练。", ("5月前", "2025-04-30", "date")),
        ("各村要在6月或之前完成山塘水库安全鉴定。", ("6月或之前", "2025-06-30", "date")),
        # left: with its year stated the golds split (one each way): the month's end, as before
        ("县水利局于2026年6月前完成病险水闸除险加固。", ("2026年6月前", "2026-06-30", "date")),
        # left: 前后 is around the month, the weather's time, not a limit
        pytest.param(
            "6月前后雨水偏多，各村要加强巡查。",
            None,
            marks=pytest.mark.xfail(strict=True, reason="N月前后 (around the month) is read as the limit N月前"),
        ),
    ],
)
def test_other_months_with_qian(sentence, expected):
    assert triple(find_deadline(sentence, SPRING)) == expected
