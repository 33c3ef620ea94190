"""What `nlp-pipeline due` and `nlp-pipeline status` do; `cli.py` only parses arguments."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ..errors import LedgerError
from ..search import Index
from .due import Ledger, build_ledger, reference_day, window_days
from .render import FORMATS, render
from .status import StatusTable, TaskStatus, statuses, task_keys


def ledger_of(
    db_path: str | Path,
    *,
    on: str | dt.date | None = None,
    within: str | int | None = None,
    unit: str | None = None,
    sector: str | None = None,
    overdue_only: bool = False,
) -> Ledger:
    with Index(db_path) as index:
        return build_ledger(
            index,
            on=reference_day(on),
            within_days=window_days(within),
            unit=unit,
            sector=sector,
            overdue_only=overdue_only,
        )


def run_due(db_path: str | Path, *, format: str = "table", **options: Any) -> bytes | str:  # noqa: A002
    """The ledger as `nlp-pipeline due` prints or writes it (options: those of `ledger_of`)."""
    if format not in FORMATS:
        raise LedgerError(f"未知的输出格式 {format!r}，可用：{'、'.join(FORMATS)}")
    return render(ledger_of(db_path, **options), format)


def find_task(index: Index, doc_id: str, task: str) -> tuple[dict[str, Any], str]:
    """An indexed task and its status key, named by its number (T3) or its key."""
    if not index.backend.documents([doc_id]):
        raise LedgerError(f"检索库中没有文档 {doc_id!r}")
    tasks = list(index.backend.tasks_of([doc_id]).values())
    for found, key in zip(tasks, task_keys(tasks), strict=False):
        if task in (found["task_id"], key):
            return found, key
    shown = "、".join(found["task_id"] for found in tasks[:30]) or "无任务"
    raise LedgerError(f"文档 {doc_id} 中没有任务 {task!r}（任务编号：{shown}）")


def set_status(db_path: str | Path, doc_id: str, task: str, status: str, note: str = "") -> dict[str, Any]:
    """Record the status of one indexed task; it lasts across re-indexing (see status.py)."""
    with Index(db_path) as index:
        found, key = find_task(index, doc_id, task)
        recorded = StatusTable.of(index).put(doc_id, key, found["text"], status, note)
    return _status_result(doc_id, found, key, recorded)


def get_status(db_path: str | Path, doc_id: str, task: str) -> dict[str, Any]:
    with Index(db_path) as index:
        found, key = find_task(index, doc_id, task)
        recorded = StatusTable.of(index).all().get((doc_id, key), TaskStatus())
    return _status_result(doc_id, found, key, recorded)


def _status_result(doc_id: str, task: dict[str, Any], key: str, recorded: TaskStatus) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "task_id": task["task_id"],
        "key": key,
        "text": task["text"],
        "status": recorded.status,
        "label": statuses()[recorded.status],
        "note": recorded.note,
        "updated": recorded.updated,
    }


def run_status(
    db_path: str | Path,
    doc_id: str,
    task: str,
    status: str | None = None,
    note: str | None = None,
    format: str = "table",
) -> str:  # noqa: A002 - the CLI option is called --format
    """Set (when `status` or `note` is given) or show one task's status, as `nlp-pipeline status` prints it."""
    if status is None and note is None:
        result = get_status(db_path, doc_id, task)
    else:
        if status is None:  # a note alone keeps the recorded status
            status = get_status(db_path, doc_id, task)["status"]
        result = set_status(db_path, doc_id, task, status, note or "")
    if format == "json":
        return json.dumps(result, ensure_ascii=False, indent=1)
    note_text = f"：{result['note']}" if result["note"] else ""
    return f"{result['doc_id']} {result['task_id']} {result['text']} → {result['label']}{note_text}"
