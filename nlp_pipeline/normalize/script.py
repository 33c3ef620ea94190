"""Traditional -> simplified with OpenCC `t2s`, only where the text is traditional.

A simplified document is never converted (乾/干, 後/后 would damage names and quotes); a mixed
one is converted line by line, only in lines that are themselves traditional.
"""
from __future__ import annotations

import re

from .. import resources
from .edits import Edit, apply_edits, diff_edits

STEP = "t2s"
HAN = re.compile(r"[\u3400-\u9fff]")
TRADITIONAL_SHARE = 0.04   # share of a text's Han characters OpenCC changes before we call it traditional
MIN_TRADITIONAL = 3        # fewer changed characters than this is a name or a quote, not a script


def detect_script(text: str) -> str:
    lines = text.split("\n")
    traditional = [is_traditional(line) for line in lines if HAN.search(line)]
    if not traditional or not any(traditional):
        return "simplified"
    if is_traditional(text) and sum(traditional) >= 0.8 * len(traditional):
        return "traditional"
    return "mixed"


def convert_traditional(text: str) -> tuple[str, list]:
    script = detect_script(text)
    if script == "simplified":
        return text, []
    converter = resources.opencc_converter("t2s")
    if script == "traditional":
        return apply_edits(STEP, text, diff_edits(text, converter.convert(text)))
    edits: list[Edit] = []
    offset = 0
    for line in text.split("\n"):
        if is_traditional(line):
            edits += [Edit(e.start + offset, e.end + offset, e.replacement)
                      for e in diff_edits(line, converter.convert(line))]
        offset += len(line) + 1
    return apply_edits(STEP, text, edits)


def is_traditional(text: str) -> bool:
    han = HAN.findall(text)
    if not han:
        return False
    converted = resources.opencc_converter("t2s").convert("".join(han))
    changed = sum(a != b for a, b in zip(han, converted))
    return changed >= MIN_TRADITIONAL and changed >= TRADITIONAL_SHARE * len(han)
