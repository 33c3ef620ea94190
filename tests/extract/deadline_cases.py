"""How the deadline case tables read a finding: (text, date, kind), or None where there is none —
for one sentence (`triple` of `find_deadline`) and for every task of a whole document."""

from __future__ import annotations

from nlp_pipeline.extract import extract_fields


def triple(deadline) -> tuple | None:
    return (deadline.text, deadline.date, deadline.kind) if deadline else None


def deadlines_of(text: str, doc_date: str | None = None) -> dict[str, tuple | None]:
    """Each task's source and its deadline's triple, the document dated `doc_date`."""
    return {task.source: triple(task.deadline) for task in extract_fields(text, doc_date=doc_date).tasks}
