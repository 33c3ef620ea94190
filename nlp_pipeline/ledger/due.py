"""The deadline ledger (督办台账): every indexed task with a deadline, placed against a reference day.

- A deadline with a day (kind date or period) that has passed is **overdue** unless the task is
  done or not applicable; one inside the window [on, on + within] is **due**; a finished one
  inside the window stays listed as **finished**.
- A recurring deadline with a calendar cycle (每月5日前, 按季度, 每周) is expanded into one entry
  per occurrence inside the window (never overdue: a past occurrence is not tracked).
- Urgency (立即), lasting duties (常态化), cycles without a calendar (定期, 每日, 24小时值班)
  and limits the text does not date (汛前) are listed apart as **standing** tasks, unfinished only.
- A document dated after the reference day is left out: its tasks were not yet issued then.

Entries are ordered overdue first (oldest first), then by day, unit and document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from ..dates import parse_date
from ..errors import LedgerError
from ..search.backend import Filters
from .recurrence import occurrences, recurrence_of
from .status import StatusTable, TaskStatus, task_keys

DEFAULT_WINDOW_DAYS = 30
LONGEST_WINDOW_DAYS = 3660
WINDOW = re.compile(r"(?P<count>[0-9]+)\s*(?P<unit>d|w|m|天|日|周|个月|月)?")
WINDOW_DAYS = {None: 1, "d": 1, "天": 1, "日": 1, "w": 7, "周": 7, "m": 30, "个月": 30, "月": 30}
STATE_ORDER = {"overdue": 0, "due": 1, "finished": 2}
DATED_KINDS = ("date", "period")


@dataclass
class LedgerEntry:
    doc_id: str
    title: str
    doc_date: str | None
    task_id: str
    key: str
    text: str
    source: str
    units: list[str]
    sectors: list[str]
    deadline: dict[str, Any]
    due: str | None = None  # the day this entry falls due; None for a standing task
    state: str | None = None  # overdue / due / finished; None for a standing task
    days_left: int | None = None  # negative when overdue
    recurring: bool = False
    standing: str | None = None  # why it is listed apart (data/ledger/ledger.toml "standing")
    status: str = "open"
    note: str = ""
    status_updated: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Ledger:
    on: str
    until: str
    unit: str | None
    sector: str | None
    overdue_only: bool
    entries: list[LedgerEntry] = field(default_factory=list)
    standing: list[LedgerEntry] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        states = Counter(entry.state for entry in self.entries)
        return {
            "overdue": states["overdue"],
            "due": states["due"],
            "finished": states["finished"],
            "standing": len(self.standing),
        }

    def by_unit(self) -> dict[str, dict[str, int]]:
        """Canonical unit -> how many of its entries are overdue, due and finished (most overdue first)."""
        table: dict[str, Counter] = {}
        for entry in self.entries:
            for unit in entry.units or ["未明确责任单位"]:
                table.setdefault(unit, Counter())[entry.state] += 1
        rows = {unit: {state: counts[state] for state in STATE_ORDER} for unit, counts in table.items()}
        return dict(sorted(rows.items(), key=lambda item: (-item[1]["overdue"], -item[1]["due"], item[0])))

    def to_dict(self) -> dict[str, Any]:
        return {
            "on": self.on,
            "until": self.until,
            "unit": self.unit,
            "sector": self.sector,
            "overdue_only": self.overdue_only,
            "counts": self.counts(),
            "by_unit": self.by_unit(),
            "entries": [entry.to_dict() for entry in self.entries],
            "standing": [entry.to_dict() for entry in self.standing],
        }


def reference_day(value: str | dt.date | None, today: dt.date | None = None) -> dt.date:
    """The ledger's reference day: a date in any written form (2024-06-01, 2024年6月1日), default today."""
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        return today or dt.date.today()
    day = parse_date(str(value))
    if day is None:
        raise LedgerError(f"无法识别的日期：{value!r}（示例：2024-06-01 或 2024年6月1日）")
    return day


def window_days(value: str | int | None) -> int:
    """30d, 2w, 3m (30 days each), 14天, 2周 or a bare number of days."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return DEFAULT_WINDOW_DAYS
    match = WINDOW.fullmatch(str(value).strip().lower())
    if not match:
        raise LedgerError(f"无法识别的时间窗口：{value!r}（示例：30d、2w、3m、14天）")
    days = int(match["count"]) * WINDOW_DAYS[match["unit"]]
    if not 0 <= days <= LONGEST_WINDOW_DAYS:
        raise LedgerError(f"时间窗口应在 0 到 {LONGEST_WINDOW_DAYS} 天之间，收到 {days} 天")
    return days


def build_ledger(
    index: Any,
    *,
    on: dt.date,
    within_days: int = DEFAULT_WINDOW_DAYS,
    unit: str | None = None,
    sector: str | None = None,
    overdue_only: bool = False,
) -> Ledger:
    """The ledger of an open `search.Index` on day `on`."""
    _check_filter(index, "unit", unit)
    _check_filter(index, "sector", sector)
    until = on + dt.timedelta(days=within_days)
    ledger = Ledger(on.isoformat(), until.isoformat(), unit or None, sector or None, overdue_only)
    recorded = StatusTable.of(index).all()
    backend = index.backend
    doc_ids = sorted(backend.document_ids(Filters()))
    documents = backend.documents(doc_ids)
    by_document: dict[str, list[dict[str, Any]]] = {}
    for (doc_id, _), task in backend.tasks_of(doc_ids).items():
        by_document.setdefault(doc_id, []).append(task)
    for doc_id, tasks in by_document.items():
        document = documents[doc_id]
        if document["date"] and document["date"] > ledger.on:
            continue
        for task, key in zip(tasks, task_keys(tasks), strict=False):
            wanted = (not unit or unit in task["units"]) and (not sector or sector in task["sectors"])
            if not task["deadline"] or not wanted:
                continue
            status = recorded.get((doc_id, key), TaskStatus())
            _place(ledger, _entry(document, task, key, status), on, until, status.finished)
    ledger.entries.sort(key=_entry_order)
    ledger.standing.sort(key=lambda e: (e.standing, e.units[:1], e.doc_id, e.task_id))
    if overdue_only:
        ledger.entries = [entry for entry in ledger.entries if entry.state == "overdue"]
        ledger.standing = []
    return ledger


def _check_filter(index: Any, facet: str, value: str | None) -> None:
    if not value:
        return
    known = index.facets().get(facet, [])
    if value not in known:
        name = {"unit": "责任单位", "sector": "行业领域"}[facet]
        raise LedgerError(f"检索库中没有{name} {value!r}（已有：{'、'.join(known[:40]) or '无'}）")


def _entry(document: dict[str, Any], task: dict[str, Any], key: str, status: TaskStatus) -> LedgerEntry:
    title = document["title"] or next(
        (line.strip() for line in document["text"].split("\n") if line.strip()), document["doc_id"]
    )
    return LedgerEntry(
        doc_id=document["doc_id"],
        title=title,
        doc_date=document["date"],
        task_id=task["task_id"],
        key=key,
        text=task["text"],
        source=task["source"],
        units=list(task["units"]),
        sectors=list(task["sectors"]),
        deadline=dict(task["deadline"]),
        status=status.status,
        note=status.note,
        status_updated=status.updated,
    )


def _place(ledger: Ledger, entry: LedgerEntry, on: dt.date, until: dt.date, finished: bool) -> None:
    deadline = entry.deadline
    if deadline["kind"] == "recurring":
        recurrence = recurrence_of(deadline["text"])
        if recurrence is None:
            _stand(ledger, entry, "regular", finished)
            return
        if reason := recurrence.standing():
            _stand(ledger, entry, reason, finished)
            return
        first = max(on, dt.date.fromisoformat(entry.doc_date)) if entry.doc_date else on
        for day in occurrences(recurrence, first, until, deadline["text"]):
            ledger.entries.append(_dated(entry, day, on, "finished" if finished else "due", recurring=True))
        return
    if deadline["kind"] in DATED_KINDS and deadline.get("date"):
        day = dt.date.fromisoformat(deadline["date"])
        if day < on and not finished:
            ledger.entries.append(_dated(entry, day, on, "overdue"))
        elif on <= day <= until:
            ledger.entries.append(_dated(entry, day, on, "finished" if finished else "due"))
        return
    _stand(ledger, entry, deadline["kind"] if deadline["kind"] in ("immediate", "ongoing") else "undated", finished)


def _entry_order(entry: LedgerEntry) -> tuple[int, str, list[str], str, str]:
    """Overdue first, then by day; the entries of the ledger are dated (_dated gives them both)."""
    assert entry.state is not None and entry.due is not None
    return STATE_ORDER[entry.state], entry.due, entry.units[:1], entry.doc_id, entry.task_id


def _stand(ledger: Ledger, entry: LedgerEntry, reason: str, finished: bool) -> None:
    if not finished:
        entry.standing = reason
        ledger.standing.append(entry)


def _dated(entry: LedgerEntry, day: dt.date, on: dt.date, state: str, recurring: bool = False) -> LedgerEntry:
    values = entry.to_dict()
    values.update(due=day.isoformat(), state=state, days_left=(day - on).days, recurring=recurring)
    return LedgerEntry(**values)
