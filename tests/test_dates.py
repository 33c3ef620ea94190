"""nlp_pipeline.dates: the one home of date parsing — typed dates (CLI, web form, search range)
beside the written ones the metadata and deadline readers use."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.dates import find_dates, iso_date, parse_date, period_bound


@pytest.mark.parametrize("value, expected", [("2024-06-01", "2024-06-01"), ("2024-02-29", "2024-02-29")])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "2024年6月1日", "6/1/2024", "", "2024-6"])
def test_iso_date_refuses_other_forms(value):
    with pytest.raises(ValueError):
        iso_date(value)


@pytest.mark.parametrize(
    "value, end, expected",
    [
        ("2024", False, dt.date(2024, 1, 1)),
        ("2024", True, dt.date(2024, 12, 31)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2023-02", True, dt.date(2023, 2, 28)),
        ("2024-3-5", False, dt.date(2024, 3, 5)),
        (" 2024-03-05 ", True, dt.date(2024, 3, 5)),
        ("２０２４", False, dt.date(2024, 1, 1)),  # full-width digits typed in a form
    ],
)
def test_period_bound(value, end, expected):
    assert period_bound(value, end=end) == expected


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "24", "2024/03", "2024年", ""])
def test_period_bound_refuses_what_is_no_period(value):
    with pytest.raises(ValueError):
        period_bound(value, end=False)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024年6月1日", dt.date(2024, 6, 1)),
        ("二〇二四年六月一日", dt.date(2024, 6, 1)),
        ("113年10月31日", dt.date(2024, 10, 31)),
        ("12/6/2024", dt.date(2024, 6, 12)),
        ("2023 11/15", dt.date(2023, 11, 15)),  # a news site's stamp: the year, a space, month/day
        ("2024 3/5", None),  # month and day of one digit: a year beside a fraction, not a stamp
        ("2024 13/05", None),
        ("6月1日", None),  # no year
        ("发文日期2024年6月1日", None),  # not the whole value
    ],
)
def test_parse_date_reads_a_whole_written_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # full-width digits in running text read like ASCII ones, at the same offsets
        ("请各镇于２０２４年５月３１日前报送台账。", [("2024-05-31", 4, 14)]),
        ("请各镇于2024年5月31日前报送台账。", [("2024-05-31", 4, 14)]),
        ("２０２３年９月２７日晚，某村开展演练。", [("2023-09-27", 0, 10)]),
        # negatives: full-width digits that make no date stay none
        ("全县共排查隐患１２３处。", []),
        ("２０２４年１３月５日", []),
    ],
)
def test_find_dates_reads_full_width_digits(text, expected):
    assert [(f.date.isoformat(), f.start, f.end) for f in find_dates(text)] == expected
