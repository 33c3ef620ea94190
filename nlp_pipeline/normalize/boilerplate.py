"""Remove web chrome and content-farm templates; the title, dateline and body stay.

The line classifier (`lines.py`) says what each line is; this step removes chrome, metadata and
caption lines, keeps of a chrome line what it carries (the dateline's date, the title a metadata
block names, a title without its 原标题： prefix) where the line stood, and removes chrome inside
kept lines (a reporter's credit after the last sentence, 【责任编辑：…】; data/normalize/line_kinds.toml
`inline`) and a chrome label left empty at a kept line's end (一、一\t来源：).
"""

from __future__ import annotations

import re

from .. import resources
from .edits import Edit, apply_edits
from .lines import REMOVED, Line, LineKind, line_features, read_lines

STEP = "boilerplate"


def remove_boilerplate(text: str) -> tuple[str, list]:
    lines = read_lines(text)
    edits: list[Edit] = []
    for line in lines:
        if line.kind in REMOVED and line.keep is None:
            edits.append(Edit(line.start, min(line.end + 1, len(text)), ""))
        elif line.keep is not None:
            edits.append(Edit(line.start, line.end, line.keep))
        elif line.kind in (LineKind.PROSE, LineKind.FIELD, LineKind.HEADING):
            edits += inline_edits(text, line) or empty_label_edits(text, line)
    return apply_edits(STEP, text, edits)


# a last part of a line, after a space or tab, that is only a label (一、总体要求\t来源：)
TRAILING_LABEL = re.compile(r"[ \t\u3000]+(\S{1,8}[:：])[ \t\u3000]*$")


def empty_label_edits(text: str, line: Line) -> list[Edit]:
    """A chrome label with nothing after it that ends a kept line goes with the space before it:
    the layout step would break it off onto a line of its own, chrome only a second pass would see."""
    found = TRAILING_LABEL.search(text, line.start, line.end)
    if found and found.start() > line.start and line_features(found.group(1)).labels:
        return [Edit(found.start(), found.end(), "")]
    return []


def inline_edits(text: str, line: Line) -> list[Edit]:
    content = text[line.start : line.end]
    if not resources.line_kinds()["inline_hint"].search(content):
        return []
    for pattern, replacement in resources.line_kinds()["inline"]:
        match = pattern.search(content)
        if match:
            return [Edit(line.start + match.start(), line.start + match.end(), match.expand(replacement))]
    return []
