"""Traditional -> simplified with OpenCC `t2s`, only where the text is traditional.

A simplified document is never converted (乾/干, 後/后 would damage names and quotes); a mixed
one is converted line by line, only in lines that are themselves traditional.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import resources
from .edits import Edit, apply_edits, diff_edits

STEP = "t2s"
HAN = re.compile(r"[\u3400-\u9fff]")
TRADITIONAL_SHARE = 0.04   # share of a text's Han characters OpenCC changes before we call it traditional
MIN_TRADITIONAL = 3        # fewer changed characters than this is a name or a quote, not a script
TRADITIONAL_LINE_SHARE = 0.8   # share of the lines with Han that must be traditional for a traditional text


class ScriptReading(NamedTuple):
    script: str                  # simplified, traditional or mixed
    converted: str               # the whole text through t2s
    traditional_lines: tuple[bool, ...]


def detect_script(text: str) -> str:
    return read_script(text).script


@lru_cache(maxsize=4)   # normalize() records the script and the t2s step acts on it: one reading
def read_script(text: str) -> ScriptReading:
    """One OpenCC pass over the whole text, then each line's share of changed Han characters."""
    converted = resources.opencc_converter("t2s").convert(text)
    if converted == text:
        return ScriptReading("simplified", converted, ())
    lines, converted_lines = text.split("\n"), converted.split("\n")
    if len(lines) != len(converted_lines):   # OpenCC keeps line breaks; if not, judge lines alone
        converted_lines = [resources.opencc_converter("t2s").convert(line) for line in lines]
    flags, changed_total = [], 0
    for line, converted_line in zip(lines, converted_lines):
        if line == converted_line:   # most lines: no need to count anything
            flags.append(False)
            continue
        changed, han = changed_han(line, converted_line)
        flags.append(is_traditional(changed, han))
        changed_total += changed
    traditional = sum(flags)
    if not traditional:
        script = "simplified"
    elif is_traditional(changed_total, len(HAN.findall(text))) \
            and traditional >= TRADITIONAL_LINE_SHARE * sum(1 for line in lines if HAN.search(line)):
        script = "traditional"
    else:
        script = "mixed"
    return ScriptReading(script, converted, tuple(flags))


def changed_han(line: str, converted: str) -> tuple[int, int]:
    """How many of the line's Han characters OpenCC changed, and how many it has."""
    if len(line) == len(converted):
        changed = sum(a != b and HAN.match(a) is not None for a, b in zip(line, converted))
    else:
        changed = sum(edit.end - edit.start for edit in diff_edits(line, converted))
    return changed, len(HAN.findall(line))


def is_traditional(changed: int, han: int) -> bool:
    return changed >= MIN_TRADITIONAL and changed >= TRADITIONAL_SHARE * han


def convert_traditional(text: str) -> tuple[str, list]:
    reading = read_script(text)
    if reading.script == "simplified":
        return text, []
    if reading.script == "traditional":
        return apply_edits(STEP, text, diff_edits(text, reading.converted))
    converter = resources.opencc_converter("t2s")
    edits: list[Edit] = []
    offset = 0
    for line, traditional in zip(text.split("\n"), reading.traditional_lines):
        if traditional:
            edits += [Edit(e.start + offset, e.end + offset, e.replacement)
                      for e in diff_edits(line, converter.convert(line))]
        offset += len(line) + 1
    return apply_edits(STEP, text, edits)
