"""Remove web chrome and content-farm templates; the title, dateline and body stay.

All patterns live in `data/normalize/boilerplate.json`; this module only decides where they
apply: whole lines, lines of the document's trailing footer block, bullet lists under a
"related news" header, and spans inside lines (a dateline keeps its date, loses its 来源).
"""
from __future__ import annotations

from .. import resources
from .edits import Edit, apply_edits

STEP = "boilerplate"


def remove_boilerplate(text: str) -> tuple[str, list]:
    patterns = resources.boilerplate_patterns()
    lines = line_spans(text)
    drop = chrome_lines(text, lines, patterns)
    edits = [Edit(start, min(end + 1, len(text)), "") for i, (start, end) in enumerate(lines) if drop[i]]
    for i, (start, end) in enumerate(lines):
        if not drop[i]:
            edits += span_edits(text, start, end, patterns["spans"])
    return apply_edits(STEP, text, edits)


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def chrome_lines(text: str, lines: list[tuple[int, int]], patterns: dict) -> list[bool]:
    stripped = [text[s:e].strip() for s, e in lines]
    drop = [patterns["lines"].search(line) is not None for line in stripped]
    in_related = False
    for i, line in enumerate(stripped):
        if patterns["related_headers"].search(line):
            drop[i] = in_related = True
        elif in_related and patterns["related_items"].search(line):
            drop[i] = True
        elif line:
            in_related = False
    tail = footer_block(stripped, drop, patterns["tail_lines"])
    for i in tail:
        drop[i] = True
    return drop


def footer_block(stripped: list[str], drop: list[bool], tail_patterns) -> list[int]:
    """Lines of the trailing block made only of chrome and footer lines (one hard chrome line at least)."""
    block: list[int] = []
    for i in range(len(stripped) - 1, -1, -1):
        line = stripped[i]
        if not line or drop[i] or tail_patterns.search(line):
            block.append(i)
        else:
            break
    return block if any(drop[i] for i in block if stripped[i]) else []


def span_edits(text: str, start: int, end: int, span_patterns) -> list[Edit]:
    line = text[start:end]
    for pattern, replacement in span_patterns:
        match = pattern.search(line)
        if match:
            return [Edit(start + match.start(), start + match.end(), match.expand(replacement))]
    return []
