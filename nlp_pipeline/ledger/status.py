"""What a clerk records about a task (done, in progress, not applicable, with a note), kept in
the search index beside the documents.

A status is keyed by the document and the task's source text (a hash), never by the task's row
or number: re-indexing a document deletes and re-inserts its tasks, and a re-issued document may
number them differently, but a task whose sentence is unchanged keeps its status. Two tasks drawn
from one sentence are told apart by their task text as well.

The statuses live in their own table, `task_status`, which the index's own writes never touch;
the same SQL serves SQLite and PostgreSQL (both take ON CONFLICT … DO UPDATE), only the
parameter marks differ.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import resources
from ..errors import LedgerError

OPEN = "open"
FINISHED = ("done", "not_applicable")
KEY_CHARS = 16
WHITESPACE = re.compile(r"\s+")
LONGEST_NOTE = 2000

TABLE = """
CREATE TABLE IF NOT EXISTS task_status (
    doc_id TEXT NOT NULL, task_key TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL,
    updated TEXT NOT NULL, task_text TEXT NOT NULL, PRIMARY KEY (doc_id, task_key))
"""
UPSERT = (
    "INSERT INTO task_status (doc_id, task_key, status, note, updated, task_text) VALUES ({marks})"
    " ON CONFLICT (doc_id, task_key) DO UPDATE SET status = excluded.status, note = excluded.note,"
    " updated = excluded.updated, task_text = excluded.task_text"
)


def statuses() -> dict[str, str]:
    """status code -> its Chinese label, `open` first."""
    return dict(resources.ledger_spec()["statuses"])


@dataclass(frozen=True)
class TaskStatus:
    status: str = OPEN
    note: str = ""
    updated: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


def _hash(text: str) -> str:
    return hashlib.sha256(WHITESPACE.sub("", text).encode("utf-8")).hexdigest()[:KEY_CHARS]


def task_keys(tasks: Iterable[Mapping[str, Any]]) -> list[str]:
    """The status key of each task of one document, in order: the hash of its source sentence,
    and of its text too where several tasks share that sentence."""
    tasks = list(tasks)
    shared = Counter(_hash(task["source"]) for task in tasks)
    keys = []
    for task in tasks:
        key = _hash(task["source"])
        keys.append(f"{key}-{_hash(task['text'])[:8]}" if shared[key] > 1 else key)
    return keys


def checked_status(status: str, note: str) -> tuple[str, str]:
    if status not in statuses():
        shown = "、".join(f"{code}（{label}）" for code, label in statuses().items())
        raise LedgerError(f"未知的办理状态 {status!r}，可用：{shown}")
    note = (note or "").strip()
    if len(note) > LONGEST_NOTE:
        raise LedgerError(f"备注过长（{len(note)} 字），最多 {LONGEST_NOTE} 字")
    return status, note


class StatusTable:
    """The `task_status` table in the index's database (an SQLite or a psycopg connection)."""

    def __init__(self, connection: Any, mark: str) -> None:
        self.db = connection
        self.mark = mark
        self.db.execute(TABLE)

    @classmethod
    def of(cls, index: Any) -> StatusTable:
        """The status table of an open `search.Index` (created on first use)."""
        from ..search.sqlite_backend import SqliteBackend

        return cls(index.backend.db, "?" if isinstance(index.backend, SqliteBackend) else "%s")

    def all(self) -> dict[tuple[str, str], TaskStatus]:
        rows = self.db.execute("SELECT doc_id, task_key, status, note, updated FROM task_status").fetchall()
        return {(row[0], row[1]): TaskStatus(row[2], row[3], row[4]) for row in rows}

    def put(
        self, doc_id: str, key: str, task_text: str, status: str, note: str = "", now: dt.datetime | None = None
    ) -> TaskStatus:
        """Record a status; `open` without a note forgets the task's status."""
        status, note = checked_status(status, note)
        if status == OPEN and not note:
            self.db.execute(
                f"DELETE FROM task_status WHERE doc_id = {self.mark} AND task_key = {self.mark}", (doc_id, key)
            )
            return TaskStatus()
        updated = (now or dt.datetime.now()).isoformat(timespec="seconds")
        marks = ", ".join([self.mark] * 6)
        self.db.execute(UPSERT.format(marks=marks), (doc_id, key, status, note, updated, task_text))
        return TaskStatus(status, note, updated)
