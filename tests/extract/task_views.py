"""The task sources an opening and an item yield, and the item line a case table names: one home for what the
item-table tests (tasks122, tasks123, tasks125) each wrote for themselves."""

from __future__ import annotations

from nlp_pipeline.extract import extract_fields


def task_sources(opening: str, text: str) -> list[str]:
    """The source of every task extracted from `opening` (a notice's head) followed by `text`."""
    return [task.source for task in extract_fields(opening + text).tasks]


def last_line(text: str) -> str:
    """The case's item: the last line of its text, the lines above it being its section's heading."""
    return text.rstrip("\n").split("\n")[-1]
