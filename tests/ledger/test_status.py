"""Statuses last: across re-indexing (keyed by document and source sentence), a re-issued document
with renumbered tasks, and a new connection (a server restart)."""

from __future__ import annotations

import pytest

from nlp_pipeline.errors import LedgerError, SearchError
from nlp_pipeline.ledger import ledger_of, set_status
from nlp_pipeline.ledger.commands import get_status
from nlp_pipeline.ledger.status import StatusTable, task_keys
from nlp_pipeline.record import Deadline
from nlp_pipeline.search import Index

from .conftest import DOCUMENTS, ON, make_record


def _status(db, doc_id, task):
    return get_status(db, doc_id, task)["status"]


def test_a_status_is_set_shown_and_forgotten(db):
    result = set_status(db, "gas-plan", "T2", "in_progress", note="已检查12座")
    assert (result["status"], result["label"], result["note"]) == ("in_progress", "办理中", "已检查12座")
    assert get_status(db, "gas-plan", "T2")["note"] == "已检查12座"
    set_status(db, "gas-plan", "T2", "open")
    assert get_status(db, "gas-plan", "T2") | {"key": None} == {
        "doc_id": "gas-plan",
        "task_id": "T2",
        "key": None,
        "text": "完成液化石油气钢瓶充装站检查",
        "status": "open",
        "label": "未办理",
        "note": "",
        "updated": None,
    }


def test_a_task_is_named_by_its_number_or_its_key(db):
    key = get_status(db, "gas-plan", "T3")["key"]
    set_status(db, "gas-plan", key, "done")
    assert _status(db, "gas-plan", "T3") == "done"


def test_statuses_survive_a_reissued_document(db):
    set_status(db, "gas-plan", "T2", "done", note="已完成")
    set_status(db, "gas-plan", "T1", "in_progress")
    title, date, sectors, tasks = DOCUMENTS["gas-plan"]
    # re-issued: a new first task (all numbers shift), the old first task reworded
    reissued = [
        (
            "各县区要在5月10日前制定燃气整治方案。",
            "制定燃气整治方案",
            ["乡镇街道"],
            Deadline("5月10日前", "2024-05-10", "date"),
            ["城镇燃气"],
        ),
        ("住建部门要在5月25日前完成餐饮场所燃气管道排查。", *tasks[0][1:]),
        *tasks[1:],
    ]
    with Index(db) as index:
        summary = index.sync(
            [
                make_record("gas-plan", title, date, sectors, reissued, version="2"),
                *(make_record(d, *v) for d, v in DOCUMENTS.items() if d != "gas-plan"),
            ]
        )
    assert summary["replaced"] == 1
    assert get_status(db, "gas-plan", "T3")["text"] == "完成液化石油气钢瓶充装站检查"
    assert _status(db, "gas-plan", "T3") == "done"  # unchanged sentence, new number
    assert _status(db, "gas-plan", "T2") == "open"  # its sentence changed
    finished = [e for e in ledger_of(db, on=ON).entries if e.state == "finished"]
    assert [(e.task_id, e.note) for e in finished] == [("T3", "已完成")]


def test_statuses_survive_a_new_connection(db):
    set_status(db, "flood-notice", "T1", "done")
    with Index(db) as reopened:
        assert len(StatusTable.of(reopened).all()) == 1
    assert _status(db, "flood-notice", "T1") == "done"


def test_tasks_of_one_sentence_have_their_own_keys():
    shared = {"source": "各地要常态化开展隐患排查，实行24小时值班。"}
    keys = task_keys(
        [
            {**shared, "text": "常态化开展隐患排查"},
            {**shared, "text": "实行24小时值班"},
            {"source": "水利部门要在汛前完成水库除险加固。", "text": "完成水库除险加固"},
        ]
    )
    assert len(set(keys)) == 3
    # the key ignores whitespace (a re-wrapped line) and not the words
    assert task_keys([{"source": "完成 水库\n除险加固。", "text": "x"}]) == task_keys(
        [{"source": "完成水库除险加固。", "text": "y"}]
    )
    assert task_keys([{"source": "完成水库除险加固。", "text": "x"}]) != task_keys(
        [{"source": "完成水库加固。", "text": "x"}]
    )


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda db: set_status(db, "gas-plan", "T2", "finished"), LedgerError, "未知的办理状态"),
        (lambda db: set_status(db, "gas-plan", "T99", "done"), LedgerError, "没有任务 'T99'"),
        (lambda db: set_status(db, "no-such-doc", "T1", "done"), LedgerError, "没有文档 'no-such-doc'"),
        (lambda db: set_status(db, "gas-plan", "T1", "done", note="很长" * 1001), LedgerError, "备注过长"),
        (lambda db: set_status(db.parent / "missing.db", "gas-plan", "T1", "done"), SearchError, "no search index"),
    ],
)
def test_bad_status_requests(db, call, error, message):
    with pytest.raises(error, match=message):
        call(db)
    assert StatusTable.of(Index(db)).all() == {}
