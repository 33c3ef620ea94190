"""Repeated blocks: a paragraph or a metadata block printed twice in a row loses its second copy.

A copy-paste that doubles a block leaves the same lines twice, one copy right after the other.
The second copy goes (one recorded deletion) when the two copies are equal line by line, spaces at
line ends and blank lines between aside, and hold `min_chars` characters or more
(`data/normalize/repeated_block.toml`). Nothing is done where no line occurs twice, the common case.
"""

from __future__ import annotations

import re
from collections import Counter
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
    if not any_line_twice(text):
        return text, []
    lines = [(found.group().strip(), found.start(), found.end()) for found in NON_BLANK_LINE.finditer(text)]
    contents = [content for content, _, _ in lines]
    repeated = {content for content, count in Counter(contents).items() if count > 1}  # where a block can start
    min_chars, max_lines = repeat_limits()
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        size = repeated_block_size(contents, i, min_chars, max_lines) if contents[i] in repeated else 0
        if size:
            # from the end of the first copy to the end of the second: the line break after stays
            edits.append(Edit(lines[i + size - 1][2], lines[i + 2 * size - 1][2], ""))
            i += 2 * size
        else:
            i += 1
    return apply_edits(STEP, text, edits)


def any_line_twice(text: str) -> bool:
    """Whether a non-blank line occurs twice, spaces at its ends aside (strip() and the pattern's \\S
    agree on what a space is)."""
    contents = [content for content in (line.strip() for line in text.split("\n")) if content]
    return len(set(contents)) < len(contents)


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
