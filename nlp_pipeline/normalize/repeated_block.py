"""Repeated blocks: a paragraph or a metadata block printed twice in a row loses its second copy.

A copy-paste that doubles a block leaves the same lines twice, one copy right after the other.
The second copy goes (one recorded deletion) when the two copies are equal line by line, spaces at
line ends and blank lines between aside, and hold `min_chars` characters or more
(`data/normalize/repeated_block.toml`). Nothing is done where no line occurs twice, the common case.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .edits import Edit, apply_edits

STEP = "repeated_block"

NON_BLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")


@cache
def repeat_limits() -> tuple[int, int]:
    spec = resources.read_rules("normalize/repeated_block.toml")
    return spec["min_chars"], spec["max_lines"]


def remove_repeated_blocks(text: str) -> tuple[str, list]:
    lines = [(found.group().strip(), found.start(), found.end()) for found in NON_BLANK_LINE.finditer(text)]
    contents = [content for content, _, _ in lines]
    if len(set(contents)) == len(contents):
        return text, []
    min_chars, max_lines = repeat_limits()
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        size = repeated_block_size(contents, i, min_chars, max_lines)
        if size:
            # from the end of the first copy to the end of the second: the line break after stays
            edits.append(Edit(lines[i + size - 1][2], lines[i + 2 * size - 1][2], ""))
            i += 2 * size
        else:
            i += 1
    return apply_edits(STEP, text, edits)


def repeated_block_size(contents: list[str], i: int, min_chars: int, max_lines: int) -> int:
    """The number of lines of the shortest block starting at line i that the next lines repeat
    exactly, or 0."""
    for size in range(1, min(max_lines, (len(contents) - i) // 2) + 1):
        if contents[i + size] != contents[i]:
            continue
        block = contents[i : i + size]
        if (
            block == contents[i + size : i + 2 * size]
            and sum(len("".join(line.split())) for line in block) >= min_chars
        ):
            return size
    return 0
