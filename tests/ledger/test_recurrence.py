"""Recurring deadline words -> their cycle and the days they fall due on."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.ledger.recurrence import Recurrence, occurrences, recurrence_of

FIRST, LAST = dt.date(2024, 5, 20), dt.date(2024, 9, 30)


def days(*written: str) -> list[dt.date]:
    return [dt.date.fromisoformat(day) for day in written]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("每月5日前", days("2024-06-05", "2024-07-05", "2024-08-05", "2024-09-05")),
        ("每月二十日前", days("2024-05-20", "2024-06-20", "2024-07-20", "2024-08-20", "2024-09-20")),
        ("每月", days("2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30")),
        ("按月", days("2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30")),
        ("月报告", days("2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30")),
        ("每季度", days("2024-06-30", "2024-09-30")),
        ("按季度", days("2024-06-30", "2024-09-30")),
        ("每季度10日前", days("2024-07-10")),  # the month after the quarter
        ("每季度末月25日前", days("2024-06-25", "2024-09-25")),
        ("每半年", days("2024-06-30")),
        ("每年", []),  # 12-31: past this window
        (
            "每旬",
            days(
                "2024-05-20",
                "2024-05-31",
                "2024-06-10",
                "2024-06-20",
                "2024-06-30",
                "2024-07-10",
                "2024-07-20",
                "2024-07-31",
                "2024-08-10",
                "2024-08-20",
                "2024-08-31",
                "2024-09-10",
                "2024-09-20",
                "2024-09-30",
            ),
        ),
    ],
)
def test_occurrences(text, expected):
    assert occurrences(recurrence_of(text), FIRST, LAST, text) == expected


def test_weekly_falls_on_fridays():
    found = occurrences(recurrence_of("每周"), dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert found == days("2024-06-07", "2024-06-14", "2024-06-21", "2024-06-28")
    assert all(day.weekday() == 4 for day in found)


def test_february_and_leap_years():
    assert occurrences(recurrence_of("每月"), dt.date(2024, 2, 1), dt.date(2024, 2, 29)) == days("2024-02-29")
    assert occurrences(recurrence_of("每月"), dt.date(2023, 2, 1), dt.date(2023, 3, 1)) == days("2023-02-28")


@pytest.mark.parametrize(
    "text", ["每日", "每天", "每班", "零报告", "24小时值班", "24小时巡查", "全天候值守", "每日8时、18时"]
)
def test_daily_duties_are_standing_not_calendar(text):
    recurrence = recurrence_of(text)
    assert recurrence.standing() == "daily"
    assert occurrences(recurrence, FIRST, LAST, text) == []


@pytest.mark.parametrize("text", ["定期", "常态化", ""])
def test_words_without_a_cycle(text):
    assert recurrence_of(text) is None


def test_an_empty_window():
    assert occurrences(Recurrence("月"), LAST, FIRST) == []
