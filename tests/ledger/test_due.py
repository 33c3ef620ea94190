"""The ledger's placement of each kind of deadline against a reference day, its filters and errors."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.errors import LedgerError
from nlp_pipeline.ledger import ledger_of, set_status
from nlp_pipeline.ledger.due import reference_day, window_days

from .conftest import ON


def _rows(ledger):
    return [(e.state, e.due, e.doc_id, e.task_id) for e in ledger.entries]


def test_overdue_first_then_due_in_the_window(db):
    ledger = ledger_of(db, on=ON, within="30d")
    assert (ledger.on, ledger.until) == ("2024-06-01", "2024-07-01")
    assert _rows(ledger) == [
        ("overdue", "2024-05-20", "gas-plan", "T1"),
        ("overdue", "2024-05-31", "flood-notice", "T1"),
        ("due", "2024-06-05", "gas-plan", "T4"),  # 每月5日前, from the reference day on
        ("due", "2024-06-15", "gas-plan", "T2"),
        ("due", "2024-06-30", "flood-notice", "T5"),  # 按季度: the quarter's last day
    ]
    assert [e.days_left for e in ledger.entries] == [-12, -1, 4, 14, 29]
    assert [e.recurring for e in ledger.entries] == [False, False, True, False, True]


def test_standing_tasks_are_listed_apart(db):
    standing = {(e.doc_id, e.task_id): e.standing for e in ledger_of(db, on=ON).standing}
    assert standing == {
        ("gas-plan", "T5"): "immediate",
        ("flood-notice", "T2"): "undated",
        ("flood-notice", "T3"): "ongoing",
        ("flood-notice", "T4"): "daily",
    }
    assert all(e.due is None and e.state is None for e in ledger_of(db, on=ON).standing)


def test_outside_the_window_and_documents_issued_later_are_left_out(db):
    keys = {(e.doc_id, e.task_id) for e in ledger_of(db, on=ON).entries}
    assert ("gas-plan", "T3") not in keys  # 9月底前: past the window
    assert not any(doc_id == "future-plan" for doc_id, _ in keys)
    later = ledger_of(db, on="2024-07-02", within="10d")
    assert ("future-plan", "T1") in {(e.doc_id, e.task_id) for e in later.entries}


def test_recurring_deadlines_are_expanded_into_the_window(db):
    monthly = [e.due for e in ledger_of(db, on=ON, within="3m").entries if (e.doc_id, e.task_id) == ("gas-plan", "T4")]
    assert monthly == ["2024-06-05", "2024-07-05", "2024-08-05"]
    # a recurring duty starts with its document: nothing before the plan was issued
    early = ledger_of(db, on="2024-03-01", within="10d").entries
    assert not [e for e in early if e.recurring and e.doc_id == "gas-plan"]


def test_finished_tasks_are_not_overdue_and_stay_listed_in_the_window(db):
    set_status(db, "gas-plan", "T1", "done", note="5月18日已完成")
    set_status(db, "gas-plan", "T2", "not_applicable")
    set_status(db, "gas-plan", "T5", "done")
    ledger = ledger_of(db, on=ON)
    states = {(e.doc_id, e.task_id): e.state for e in ledger.entries}
    assert ("gas-plan", "T1") not in states
    assert states[("gas-plan", "T2")] == "finished"
    assert ("gas-plan", "T5") not in {(e.doc_id, e.task_id) for e in ledger.standing}
    assert ledger.counts() == {"overdue": 1, "due": 2, "finished": 1, "standing": 3}


def test_in_progress_stays_overdue_and_shows_its_note(db):
    set_status(db, "flood-notice", "T1", "in_progress", note="已完成八成")
    entry = next(e for e in ledger_of(db, on=ON).entries if e.task_id == "T1" and e.doc_id == "flood-notice")
    assert (entry.state, entry.status, entry.note) == ("overdue", "in_progress", "已完成八成")
    assert entry.status_updated


def test_filters_by_unit_and_sector(db):
    ledger = ledger_of(db, on=ON, unit="应急管理部门")
    assert {e.doc_id for e in ledger.entries} == {"flood-notice"}
    assert all("应急管理部门" in e.units for e in [*ledger.entries, *ledger.standing])
    assert {e.doc_id for e in ledger_of(db, on=ON, sector="城镇燃气").entries} == {"gas-plan"}


def test_overdue_only(db):
    ledger = ledger_of(db, on=ON, overdue_only=True)
    assert [e.state for e in ledger.entries] == ["overdue", "overdue"] and ledger.standing == []


def test_per_unit_counts_most_overdue_first(db):
    by_unit = ledger_of(db, on=ON).by_unit()
    # both have one overdue task; the emergency department has a due one besides
    assert list(by_unit) == ["应急管理部门", "住房和城乡建设部门", "乡镇街道", "市场监督管理部门"]
    assert by_unit["应急管理部门"] == {"overdue": 1, "due": 1, "finished": 0}


@pytest.mark.parametrize(
    "option, message",
    [
        ({"unit": "核电部门"}, "没有责任单位 '核电部门'"),
        ({"sector": "核电"}, "没有行业领域 '核电'"),
        ({"on": "明天"}, "无法识别的日期"),
        ({"within": "soon"}, "无法识别的时间窗口"),
        ({"within": "9999d"}, "时间窗口应在"),
    ],
)
def test_bad_requests_are_refused_with_a_reason(db, option, message):
    with pytest.raises(LedgerError, match=message):
        ledger_of(db, **option)


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2024-06-01", dt.date(2024, 6, 1)),
        ("2024年6月1日", dt.date(2024, 6, 1)),
        ("二〇二四年六月一日", dt.date(2024, 6, 1)),
        (" 2024/6/1 ", dt.date(2024, 6, 1)),
    ],
)
def test_reference_day_in_any_written_form(written, expected):
    assert reference_day(written) == expected


def test_reference_day_defaults_to_today():
    assert reference_day(None, today=dt.date(2030, 1, 2)) == dt.date(2030, 1, 2)
    assert reference_day("") == dt.date.today()


@pytest.mark.parametrize(
    "written, days",
    [
        ("30d", 30),
        ("2w", 14),
        ("3m", 90),
        ("14天", 14),
        ("2周", 14),
        ("1个月", 30),
        ("7", 7),
        (None, 30),
        ("0d", 0),
    ],
)
def test_window_days(written, days):
    assert window_days(written) == days


@pytest.mark.parametrize("written", ["-3d", "2 years", "d", "三十天"])
def test_bad_windows(written):
    with pytest.raises(LedgerError):
        window_days(written)
