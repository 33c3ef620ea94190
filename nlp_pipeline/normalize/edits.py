"""Edits of one step, and the change log that replays them.

A step finds `Edit`s (start, end, replacement) in its input text; `apply_edits` turns them into
the step's output and its `Change`s (offset = position in the step's input). `replay` re-applies
a whole change log, step after step, and so proves the log explains the output.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import groupby
from typing import NamedTuple

import numpy as np

from ..record import Change


class Edit(NamedTuple):
    start: int
    end: int
    replacement: str


def line_starts(lines: Iterable[str]) -> list[int]:
    """Where each of `lines` (a text split at "\n") starts in the text, and one more: the text's
    length plus one, where a line after the last would start."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def lines_holding(pattern: re.Pattern, text: str, starts: list[int]) -> set[int]:
    """The lines (by index; `starts` from `line_starts`) in which `pattern`, a pattern that never
    matches a line break, matches: one scan of the whole text instead of a search of every line.
    Every line holding a match gets one (a match ends on its own line), so the set is exact."""
    return {bisect_right(starts, found.start()) - 1 for found in pattern.finditer(text)}


def merge_deletions(edits: Iterable[Edit], *, touching: bool = True) -> list[Edit]:
    """Deletions that overlap (or, with `touching`, meet end to start) become one deletion: two
    removals that both take the line break between them (a removed line and the page furniture
    after it) delete that break once. Replacements are left as they are."""
    merged: list[Edit] = []
    for edit in sorted(edits):
        last = merged[-1] if merged else None
        if (
            last is not None
            and not last.replacement
            and not edit.replacement
            and (edit.start < last.end or touching and edit.start == last.end)
        ):
            merged[-1] = Edit(last.start, max(last.end, edit.end), "")
        else:
            merged.append(edit)
    return merged


def apply_edits(step: str, text: str, edits: Iterable[Edit]) -> tuple[str, list[Change]]:
    """Apply non-overlapping edits (any order) to `text`; identity edits are dropped."""
    pieces: list[str] = []
    changes: list[Change] = []
    cursor = 0
    # a layout or gloss step hands thousands of edits: fields unpacked once, Change built by position
    for start, end, replacement in sorted(edits):
        before = text[start:end]
        if before == replacement:
            continue
        if start < cursor:
            raise ValueError(f"{step}: overlapping edits at {start}")
        pieces += (text[cursor:start], replacement)
        changes.append(Change(step, before, replacement, start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), changes


def diff_edits(before: str, after: str) -> list[Edit]:
    """The edits that turn `before` into `after` (for steps that rewrite text wholesale)."""
    if len(before) == len(after):
        return _same_length_edits(before, after)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [Edit(i1, i2, after[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _same_length_edits(before: str, after: str) -> list[Edit]:
    """Runs of differing characters, position by position (OpenCC keeps lengths in practice)."""
    return [Edit(start, end, after[start:end]) for start, end in differing_runs(before, after)]


def differing_runs(before: str, after: str) -> list[tuple[int, int]]:
    """[start, end) of each run of positions where two texts of one length differ."""
    # on the texts' code points: a character loop costs a conversion step more than OpenCC itself
    starts, ends = true_run_bounds(code_points(before) != code_points(after))
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def true_run_bounds(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[start, end) of each run of True positions of a boolean array, as two arrays."""
    bounds = np.flatnonzero(np.diff(np.concatenate(([False], mask, [False])).astype(np.int8)))
    return bounds[0::2], bounds[1::2]


def code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", errors="surrogatepass"), dtype=np.uint32)


def replay(text: str, changes: Iterable[Change]) -> str:
    """Reproduce a normalizer's output from its input and change log."""
    for step, step_changes in groupby(changes, key=lambda change: change.step):
        edits = []
        for change in step_changes:
            end = change.offset + len(change.before)
            if text[change.offset : end] != change.before:
                raise ValueError(f"change log does not fit the text: {change}")
            edits.append(Edit(change.offset, end, change.after))
        text, _ = apply_edits(step, text, edits)
    return text
