"""The deadline ledger (督办台账) over the search index, and the statuses clerks record.

Python API (the CLI and the web page use exactly this)::

    from nlp_pipeline.ledger import ledger_of, render, set_status
    ledger = ledger_of("archive.db", on="2024-06-01", within="30d", unit="应急管理部门")
    ledger.entries      # LedgerEntry: overdue first, then due, then finished, each with `due`
    ledger.standing     # immediate / ongoing / undated / regular tasks, listed apart
    render(ledger, "ics")                          # table, json, csv, xlsx or ics
    set_status("archive.db", "plan-01", "T3", "done", note="已上报")

See `due.py` for how tasks are placed, `status.py` for how statuses last across re-indexing,
`recurrence.py` for recurring deadlines and `render.py` for the formats.
"""

from __future__ import annotations

from .commands import ledger_of, run_due, run_status, set_status
from .due import Ledger, LedgerEntry, build_ledger
from .render import FORMATS, render

__all__ = [
    "FORMATS",
    "Ledger",
    "LedgerEntry",
    "build_ledger",
    "ledger_of",
    "render",
    "run_due",
    "run_status",
    "set_status",
]
