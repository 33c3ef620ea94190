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
from functools import lru_cache
from typing import NamedTuple

from .. import resources
from .edits import Edit, apply_edits, diff_edits

STEP = "t2s"
HAN = re.compile(r"[\u3400-\u9fff]")
TRADITIONAL_SHARE = 0.1    # share of a line's Han characters that are traditional-only in a traditional line
TEXT_SHARE = 0.1           # share of a text's Han characters OpenCC changes in a traditional text
TRADITIONAL_LINE_SHARE = 0.8   # share of the lines with Han that must be traditional for a traditional text


class LineReading(NamedTuple):
    changed: int             # Han characters OpenCC changes
    traditional_only: int    # ... of which the simplified standard lacks
    han: int


class ScriptReading(NamedTuple):
    script: str                  # simplified, traditional or mixed
    converted: str               # the whole text through t2s
    lines: tuple[LineReading | None, ...]   # None: a line OpenCC leaves as it is


def detect_script(text: str) -> str:
    return read_script(text).script


@lru_cache(maxsize=4)   # normalize() records the script and the t2s step acts on it: one reading
def read_script(text: str) -> ScriptReading:
    """One OpenCC pass over the whole text, then each changed line's counts."""
    converted = resources.opencc_converter("t2s").convert(text)
    if converted == text:
        return ScriptReading("simplified", converted, ())
    lines, converted_lines = text.split("\n"), converted.split("\n")
    if len(lines) != len(converted_lines):   # OpenCC keeps line breaks; if not, judge lines alone
        converted_lines = [resources.opencc_converter("t2s").convert(line) for line in lines]
    readings = tuple(None if line == converted_line else read_line(line, converted_line)
                     for line, converted_line in zip(lines, converted_lines))
    converted_any = [r for r in readings if r and r.traditional_only]
    if not converted_any:
        script = "simplified"
    elif sum(map(is_traditional, converted_any)) >= TRADITIONAL_LINE_SHARE * sum(1 for line in lines if HAN.search(line)) \
            and sum(r.changed for r in converted_any) >= TEXT_SHARE * len(HAN.findall(text)):
        script = "traditional"
    else:
        script = "mixed"
    return ScriptReading(script, converted, readings)


def read_line(line: str, converted: str) -> LineReading:
    """How many of the line's Han characters OpenCC changed, how many of those are
    traditional-only, and how many it has."""
    if len(line) == len(converted):
        changed = [a for a, b in zip(line, converted) if a != b and HAN.match(a)]
    else:
        changed = [ch for edit in diff_edits(line, converted) for ch in line[edit.start:edit.end] if HAN.match(ch)]
    return LineReading(len(changed), sum(map(is_traditional_only, changed)), len(HAN.findall(line)))


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
    reading = read_script(text)
    if reading.script == "simplified":
        return text, []
    if reading.script == "traditional" and all(r is None or is_traditional(r) for r in reading.lines):
        return apply_edits(STEP, text, diff_edits(text, reading.converted))
    converter = resources.opencc_converter("t2s")
    edits: list[Edit] = []
    offset = 0
    for line, line_reading in zip(text.split("\n"), reading.lines):
        if line_reading and line_reading.traditional_only:
            line_edits = diff_edits(line, converter.convert(line))
            if not is_traditional(line_reading):   # only the runs that hold a traditional-only character
                line_edits = [e for e in line_edits if any(map(is_traditional_only, line[e.start:e.end]))]
            edits += [Edit(e.start + offset, e.end + offset, e.replacement) for e in line_edits]
        offset += len(line) + 1
    return apply_edits(STEP, text, edits)
