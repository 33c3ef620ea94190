"""Traditional -> simplified with OpenCC `t2s`, in every line that holds traditional-only characters.

A traditional-only character is one OpenCC changes and the simplified standard (GB2312) does not
contain (會, 發, 號); 乾, 後, 於, 著 are simplified characters too (乾隆, a surname, 显著), which
OpenCC would change in a simplified text. A line is converted whole when its traditional-only
characters show it is written in traditional script (a share of its Han characters); in
any other line only the runs OpenCC changes that hold a traditional-only character are converted
(a traditional name or headline in a simplified text), so 乾隆年间的后街 stays as it is. The
document's script is `traditional` when most of its lines are, `mixed` when some are converted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from .. import resources
from ..chars import HAN_CHAR, HAN_FIRST, HAN_LAST
from .edits import Edit, apply_edits, code_points, diff_edits, differing_runs

STEP = "t2s"
NEWLINE = re.compile("\n")
TRADITIONAL_SHARE = 0.1  # share of a line's Han characters that are traditional-only in a traditional line
TEXT_SHARE = 0.1  # share of a text's Han characters OpenCC changes in a traditional text
MERGE_GAP = 4  # runs of one line closer than this are recorded as one change
TRADITIONAL_LINE_SHARE = 0.8  # share of the lines with Han that must be traditional for a traditional text


class LineReading(NamedTuple):
    changed: int  # Han characters OpenCC changes
    traditional_only: int  # ... of which the simplified standard lacks
    han: int


class ScriptReading(NamedTuple):
    script: str  # simplified, traditional or mixed
    converted: str  # the whole text through t2s
    lines: tuple[LineReading | None, ...]  # None: a line OpenCC leaves as it is


def detect_script(text: str) -> str:
    return read_script(text).script


def read_script(text: str) -> ScriptReading:
    """One OpenCC pass over the whole text, then each changed line's counts."""
    converted = resources.opencc_converter("t2s").convert(text)
    if converted == text:
        return ScriptReading("simplified", converted, ())
    if len(converted) == len(text):  # OpenCC keeps lengths in practice: count on code points
        readings = same_length_readings(text, converted)
    else:  # judge lines alone
        readings = tuple(
            None
            if line == (converted_line := resources.opencc_converter("t2s").convert(line))
            else read_line(line, converted_line)
            for line in text.split("\n")
        )
    converted_any = [r for r in readings if r and r.traditional_only]
    if not converted_any:
        script = "simplified"
    elif sum(map(is_traditional, converted_any)) >= TRADITIONAL_LINE_SHARE * sum(
        1 for line in text.split("\n") if HAN_CHAR.search(line)
    ) and sum(r.changed for r in converted_any) >= TEXT_SHARE * len(HAN_CHAR.findall(text)):
        script = "traditional"
    else:
        script = "mixed"
    return ScriptReading(script, converted, readings)


def same_length_readings(text: str, converted: str) -> tuple[LineReading | None, ...]:
    """Each line's counts from the two texts' code points, summed per line."""
    before, after = code_points(text), code_points(converted)
    han = (before >= HAN_FIRST) & (before <= HAN_LAST)
    differs = before != after
    changed = differs & han
    traditional = np.zeros(len(before), dtype=bool)
    positions = np.flatnonzero(changed)
    traditional[positions] = [is_traditional_only(text[i]) for i in positions.tolist()]
    breaks = np.flatnonzero(before == 10)
    starts, ends = np.concatenate(([0], breaks + 1)), np.concatenate((breaks, [len(before)]))

    def per_line(mask: np.ndarray) -> list[int]:
        totals = np.concatenate(([0], np.cumsum(mask)))
        return (totals[ends] - totals[starts]).tolist()

    return tuple(
        LineReading(c, t, h) if d else None
        for d, c, t, h in zip(per_line(differs), per_line(changed), per_line(traditional), per_line(han), strict=True)
    )


def read_line(line: str, converted: str) -> LineReading:
    """How many of the line's Han characters OpenCC changed, how many of those are
    traditional-only, and how many it has."""
    changed = [ch for edit in diff_edits(line, converted) for ch in line[edit.start : edit.end] if HAN_CHAR.match(ch)]
    return LineReading(len(changed), sum(map(is_traditional_only, changed)), len(HAN_CHAR.findall(line)))


@lru_cache(maxsize=8192)
def is_traditional_only(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def is_traditional(line: LineReading) -> bool:
    return line.traditional_only > 0 and line.traditional_only >= TRADITIONAL_SHARE * line.han


def convert_traditional(text: str) -> tuple[str, list]:
    return convert_read_script(text, read_script(text))


def convert_read_script(text: str, reading: ScriptReading) -> tuple[str, list]:
    """The t2s step on a text already read (normalize() records the reading's script too)."""
    if reading.script == "simplified":
        return text, []
    edits: list[Edit] = []
    if len(reading.converted) == len(text):  # OpenCC's runs, kept by the line they stand in
        line_starts = [0] + [match.end() for match in NEWLINE.finditer(text)]
        kept: list[list[int]] = []
        for start, end in differing_runs(text, reading.converted):
            index = bisect_right(line_starts, start) - 1
            line_reading = reading.lines[index]
            if (
                line_reading
                and line_reading.traditional_only
                and (is_traditional(line_reading) or any(map(is_traditional_only, text[start:end])))
            ):
                if kept and kept[-1][2] == index and start - kept[-1][1] <= MERGE_GAP:
                    kept[-1][1] = end  # one change for nearby runs of a line: a traditional line has many
                else:
                    kept.append([start, end, index])
            elif kept:
                kept[-1][2] = -1  # a run left as it is never ends up inside a merged change
        edits = [Edit(start, end, reading.converted[start:end]) for start, end, _ in kept]
        return apply_edits(STEP, text, edits)
    converter = resources.opencc_converter("t2s")
    offset = 0
    for line, line_reading in zip(text.split("\n"), reading.lines, strict=False):
        if line_reading and line_reading.traditional_only:
            line_edits = diff_edits(line, converter.convert(line))
            if not is_traditional(line_reading):  # only the runs that hold a traditional-only character
                line_edits = [e for e in line_edits if any(map(is_traditional_only, line[e.start : e.end]))]
            edits += [Edit(e.start + offset, e.end + offset, e.replacement) for e in line_edits]
        offset += len(line) + 1
    return apply_edits(STEP, text, edits)
