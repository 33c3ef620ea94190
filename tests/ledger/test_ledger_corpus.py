"""The ledger over a real index: the bundled sample corpus and ../shared/eval/genre, processed by
the whole pipeline (`nlp-pipeline index` on a folder of documents), then re-indexed."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from nlp_pipeline.ledger import ledger_of, render, set_status
from nlp_pipeline.ledger.commands import get_status
from nlp_pipeline.search.commands import run_index

from .conftest import corpus_index

ON = "2024-06-01"


@pytest.fixture(scope="module")
def db(tmp_path_factory, shared_dir):
    return corpus_index(tmp_path_factory.mktemp("ledger-corpus"), shared_dir)


@pytest.fixture(scope="module")
def corpus(db):
    return db.parent / "in"


def test_the_ledger_places_every_dated_task(db):
    ledger = ledger_of(db, on=ON, within="60d")
    on, until = dt.date(2024, 6, 1), dt.date(2024, 7, 31)
    states = [entry.state for entry in ledger.entries]
    assert states == sorted(states, key=["overdue", "due", "finished"].index)
    assert states.count("overdue") >= 5 and states.count("due") >= 10
    for entry in ledger.entries:
        due = dt.date.fromisoformat(entry.due)
        assert (due < on) if entry.state == "overdue" else (on <= due <= until)
    assert any(entry.recurring for entry in ledger.entries)
    assert {"immediate", "ongoing"} <= {entry.standing for entry in ledger.standing}
    assert {entry.doc_id for entry in ledger.entries} & {"g01", "g07", "g08"}
    assert "plan-selfbuilt-housing.utf8" in {entry.doc_id for entry in ledger.entries}


def test_ics_of_the_corpus_reads_back(db):
    ledger = ledger_of(db, on=ON, within="60d")
    events = list(icalendar.Calendar.from_ical(render(ledger, "ics")).walk("VEVENT"))
    assert len(events) == len(ledger.entries)
    assert len({str(event["uid"]) for event in events}) == len(events)
    assert [event.decoded("dtstart").isoformat() for event in events] == [entry.due for entry in ledger.entries]


def test_a_unit_ledger(db):
    ledger = ledger_of(db, on=ON, within="60d", unit="住房和城乡建设部门")
    assert ledger.entries and all("住房和城乡建设部门" in entry.units for entry in ledger.entries)


def test_statuses_survive_reindexing_a_changed_document(db, corpus):
    overdue = next(
        e for e in ledger_of(db, on=ON).entries if e.state == "overdue" and e.doc_id == "plan-selfbuilt-housing.utf8"
    )
    set_status(db, overdue.doc_id, overdue.task_id, "done", note="已办结并上报")
    document = corpus / "plan-selfbuilt-housing.utf8.txt"
    original = document.read_text(encoding="utf-8")
    document.write_text(original.replace("制定本方案。", "制定本方案。\n请各单位认真贯彻执行。", 1), encoding="utf-8")
    try:
        assert run_index(corpus, db, progress=False)["replaced"] == 1
        assert get_status(db, overdue.doc_id, overdue.key)["status"] == "done"
        keys = {(e.doc_id, e.key) for e in ledger_of(db, on=ON).entries}
        assert (overdue.doc_id, overdue.key) not in keys  # done: no longer overdue
    finally:
        document.write_text(original, encoding="utf-8")
