"""Repeated blocks: a paragraph or a metadata block printed twice in a row loses its second copy;
a preview of the opening printed again at the end goes.

A copy-paste that doubles a block leaves the same lines twice, one copy right after the other.
The second copy goes (one recorded deletion) when the two copies are equal line by line, spaces at
line ends and blank lines between aside, and hold `min_chars` characters or more
(`data/normalize/repeated_block.toml`). A preview of the text's opening lines pasted again under
its end, cut short where the copy stopped, goes too (`echoed_tail`). Nothing is done where no line
occurs twice, the common case.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import accumulate

from .. import resources
from .edits import Edit, apply_edits

STEP = "repeated_block"

NON_BLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")


@cache
def repeat_limits() -> tuple[int, int]:
    spec = resources.read_rules("normalize/repeated_block.toml")
    return spec["min_chars"], spec["max_lines"]


def remove_repeated_blocks(text: str) -> tuple[str, list]:
    contents = non_blank_contents(text)
    if len(set(contents)) == len(contents):  # no line twice: no block can repeat, no tail echo
        return text, []
    repeated = {content for content, count in Counter(contents).items() if count > 1}  # where a block can start
    min_chars, max_lines = repeat_limits()
    blocks: list[tuple[int, int]] = []  # (first line, lines) of each block whose second copy goes
    i = 0
    while i < len(contents):
        size = repeated_block_size(contents, i, min_chars, max_lines) if contents[i] in repeated else 0
        if size:
            blocks.append((i, size))
            i += 2 * size
        else:
            i += 1
    tail = echoed_tail(contents, min_chars)
    if not blocks and not tail:  # most texts with a line twice repeat no block: their offsets are not read
        return text, []
    spans = [found.span() for found in NON_BLANK_LINE.finditer(text)]  # one a content line, in order
    # from the end of the first copy to the end of the second: the line break after stays
    edits = [Edit(spans[i + size - 1][1], spans[i + 2 * size - 1][1], "") for i, size in blocks]
    if tail and not any(edit.end > spans[-tail][0] for edit in edits):
        # from the end of the line before the echo to the text's end: the break before it goes too
        edits.append(Edit(spans[-tail - 1][1], len(text), ""))
    return apply_edits(STEP, text, edits)


def echoed_tail(contents: list[str], min_chars: int) -> int:
    """The number of lines at the text's end that print an earlier run of its lines again, the last
    one cut short where the copy stopped (a page's preview of its opening, pasted under the full
    text: 一、检查时间 / 6月3日至6月28日。/ 二、检查重), or 0. Two lines at least, `min_chars`
    characters at least; the last line of the earlier run starts with the echo's last line."""
    if not contents or not contents[-1]:
        return 0
    # an echo of two lines or more repeats every line of it but its cut last one: the line before the
    # text's last stands earlier too (most texts end on a line of their own, and no map is built)
    if len(contents) < 4 or contents.count(contents[-2]) < 2:
        return 0
    where: dict[str, list[int]] = {}
    for i, line in enumerate(contents):
        where.setdefault(line, []).append(i)
    tail_chars = list(accumulate(len("".join(line.split())) for line in reversed(contents)))
    for size in range(len(contents) // 2, 1, -1):
        tail = contents[-size:]
        if tail_chars[size - 1] < min_chars:
            break  # shorter tails hold fewer characters still
        for start in where[tail[0]]:
            if start + size > len(contents) - size:
                break
            if contents[start : start + size - 1] == tail[:-1] and contents[start + size - 1].startswith(tail[-1]):
                return size
    return 0


def non_blank_contents(text: str) -> list[str]:
    """The text's non-blank lines, each without the spaces at its ends: the lines NON_BLANK_LINE
    finds, in order (strip() and the pattern's \\S agree on what a space is), read by a split."""
    return list(filter(None, map(str.strip, text.split("\n"))))  # mapped in C: no call in Python a line


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
