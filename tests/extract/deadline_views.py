"""Each extracted task's deadline as the document-level deadline tests compare it: (text, date, kind)
keyed by the task's source, and the one task a test names by words in its source.

One home for what the dl92 and dl93 tables each wrote for themselves."""

from __future__ import annotations

import nlp_pipeline


def deadlines(text: str) -> dict[str, tuple[str, str | None, str] | None]:
    record = nlp_pipeline.process(text)
    return {
        task.source: (task.deadline.text, task.deadline.date, task.deadline.kind) if task.deadline else None
        for task in record.tasks
    }


def deadline_of(text: str, opening: str) -> tuple[str, str | None, str] | None:
    found = [value for source, value in deadlines(text).items() if opening in source]
    assert len(found) == 1, f"no single task holds {opening}"
    return found[0]
