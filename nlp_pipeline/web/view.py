"""What the result page shows of a record: the normalized text cut into segments that carry the
highlighted changes and the task sentences, and the changes grouped by step for the side list.

A change's `offset` is in the input of its own step. The change log is complete (replaying it
gives the normalized text), so each change's output span is carried through the edits of every
later step to its place in the final text; a change that a later step rewrote, a deletion, and a
whitespace-only change are listed but not highlighted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate, groupby, pairwise

from ..record import Change, DocumentRecord

SIDE_LIST_LIMIT = 200


@dataclass
class LocatedChange:
    number: int
    change: Change
    start: int | None = None
    end: int | None = None

    @property
    def located(self) -> bool:
        return self.start is not None


@dataclass
class Segment:
    offset: int
    text: str
    change: LocatedChange | None = None
    tasks: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()


@dataclass
class StepChanges:
    step: str
    count: int
    shown: list[LocatedChange] = field(default_factory=list)


class StepEdits:
    """One step's changes as edits of its input, for mapping input positions to output ones."""

    def __init__(self, changes: list[Change]) -> None:
        self.starts = [c.offset for c in changes]
        self.ends = [c.offset + len(c.before) for c in changes]
        self.shift_before = [0, *accumulate(len(c.after) - len(c.before) for c in changes)]

    def output_span(self, index: int, change: Change) -> tuple[int, int]:
        start = change.offset + self.shift_before[index]
        return start, start + len(change.after)

    def carry(self, start: int, end: int) -> tuple[int, int] | None:
        """Where [start, end) of this step's input lands in its output; None if an edit touches it."""
        # edits are sorted and disjoint, so those ending by `start` come first and only the next
        # one can reach into the span (an insertion exactly at `start` counts as before it)
        edits_before = bisect_right(self.ends, start)
        if edits_before < len(self.starts) and self.starts[edits_before] < end:
            return None
        shift = self.shift_before[edits_before]
        return start + shift, end + shift


def locate_changes(text: str, changes: list[Change]) -> list[LocatedChange]:
    located = [LocatedChange(number, change) for number, change in enumerate(changes)]
    live: dict[int, tuple[int, int]] = {}
    number = 0
    for _, group in groupby(changes, key=lambda change: change.step):
        step_changes = list(group)
        edits = StepEdits(step_changes)
        live = {key: span for key, (start, end) in live.items() if (span := edits.carry(start, end))}
        for index, change in enumerate(step_changes):
            if change.after.strip():
                live[number + index] = edits.output_span(index, change)
        number += len(step_changes)
    for key, (start, end) in live.items():
        if text[start:end] == located[key].change.after:
            located[key].start, located[key].end = start, end
    return located


def _spans(located: list[LocatedChange]) -> list[tuple[LocatedChange, int, int]]:
    """(change, start, end) of each change found in the normalized text."""
    return [(item, item.start, item.end) for item in located if item.start is not None and item.end is not None]


def _boundaries(text: str, located: list[LocatedChange], record: DocumentRecord) -> list[int]:
    points = {0, len(text)}
    for _, start, end in _spans(located):
        points.update((start, end))
    for task in record.tasks:
        if 0 <= task.start < task.end <= len(text):
            points.update((task.start, task.end))
    return sorted(points)


def text_segments(record: DocumentRecord, located: list[LocatedChange]) -> list[Segment]:
    """The normalized text as consecutive segments; each knows its change and its tasks."""
    text = record.text
    changes_at = {start: (item, end) for item, start, end in _spans(located)}
    starts: dict[int, list[str]] = defaultdict(list)
    ends: dict[int, list[str]] = defaultdict(list)
    for task in record.tasks:
        if 0 <= task.start < task.end <= len(text):
            starts[task.start].append(task.id)
            ends[task.end].append(task.id)
    segments: list[Segment] = []
    active_tasks: dict[str, None] = {}
    active_change: LocatedChange | None = None
    active_end = 0
    points = _boundaries(text, located, record)
    for start, end in pairwise(points):
        for task_id in ends.get(start, ()):
            active_tasks.pop(task_id, None)
        active_tasks.update(dict.fromkeys(starts.get(start, ())))
        if active_change is not None and active_end <= start:
            active_change = None
        if start in changes_at:
            active_change, active_end = changes_at[start]
        segments.append(
            Segment(start, text[start:end], active_change, tuple(active_tasks), tuple(starts.get(start, ())))
        )
    return segments


def changes_by_step(located: list[LocatedChange], limit: int = SIDE_LIST_LIMIT) -> list[StepChanges]:
    """The side list: one group per step in first-seen order, at most `limit` entries each."""
    groups: dict[str, StepChanges] = {}
    for item in located:
        group = groups.setdefault(item.change.step, StepChanges(item.change.step, 0))
        group.count += 1
        if len(group.shown) < limit:
            group.shown.append(item)
    return list(groups.values())
