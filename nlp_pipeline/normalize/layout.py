"""Layout and punctuation: one paragraph per line, Chinese punctuation full-width.

`repair_layout`: trims lines, drops blank ones, joins lines broken inside a sentence (hard
wrapping, a line that starts with closing punctuation), removes stray spaces between Chinese
characters, and breaks paragraphs that were run together with a space after a sentence end or
after a numbered heading. Table rows (`cell|cell|cell`) are left as they are.
`repair_punctuation`: half-width punctuation in Chinese context becomes full-width (never in
numbers, times, URLs or Latin text), straight quotes become “…”, doubled quotes collapse, and a
closing quote that lost its opening one gets it back when the quoted words are unmistakable.
"""
from __future__ import annotations

import re
from collections import Counter

from .edits import Edit, apply_edits, diff_edits

LAYOUT_STEP = "layout"
PUNCT_STEP = "punctuation"
HAN = "\u3400-\u9fff"
CJK = rf"{HAN}\uff01-\uff5e\u3001-\u3011“”‘’…—·"
SENTENCE_END = "。！？；：!?;:"
OPENING_TAIL = "，、（“‘《,(\"'"   # a line ending in one of these goes on in the next line
CLOSING_HEAD = "。，、；：！？）”’》,.;:!?)"  # a line starting with one of these belongs to the line before
HEADING = re.compile(r"^(第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])")
WRAP_MIN = 20          # hard-wrapped lines are at least this long ...
WRAP_SHARE = 0.3       # ... and share one length (±1) with this part of the long lines
# a half-width mark or straight quote beside Chinese counts as Chinese: the punctuation step converts it next
SPACE_RUN = re.compile(rf"(?<=[{CJK}\d,;:!?)\"])[ \t]+(?=[{CJK}\d(\"]|[,;:!?)](?=[{CJK}]))")


def repair_layout(text: str) -> tuple[str, list]:
    lines = text.split("\n")
    width = wrap_width(lines)
    edits: list[Edit] = []
    offset = 0
    previous: str | None = None   # last kept line's stripped text
    after_blank = False
    for i, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            # before the first kept line a blank line goes with the break after it, later with the one before
            edits.append(Edit(start - 1, end, "") if previous is not None else Edit(start, min(end + 1, len(text)), ""))
            after_blank = True
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        # a closing mark never starts a line and an opening one never ends a paragraph, not even
        # across a blank line (a second pass, the blank line gone, would join them)
        if previous is not None and (not after_blank or stripped[0] in CLOSING_HEAD or previous[-1] in OPENING_TAIL) \
                and joins(previous, stripped, line, width):
            edits.append(Edit(start - 1, start + lead, ""))   # the line break and the indent
        elif lead:
            edits.append(Edit(start, start + lead, ""))
        if trail:
            edits.append(Edit(end - trail, end, ""))
        if not is_table_row(stripped):
            edits += inner_space_edits(line, start, lead)
        previous, after_blank = stripped, False
    return apply_edits(LAYOUT_STEP, text, merge_touching(edits))


def merge_touching(edits: list[Edit]) -> list[Edit]:
    """Blank-line removals may touch or overlap; keep them as one edit each run."""
    merged: list[Edit] = []
    for edit in sorted(edits):
        if merged and edit.start <= merged[-1].end and not merged[-1].replacement and not edit.replacement:
            last = merged.pop()
            merged.append(Edit(last.start, max(last.end, edit.end), ""))
        else:
            merged.append(edit)
    return merged


def wrap_width(lines: list[str]) -> int | None:
    """The line length of a hard-wrapped text, if it is one."""
    lengths = [len(line.strip()) for line in lines if len(line.strip()) >= WRAP_MIN]
    if len(lengths) < 5:
        return None
    common, _ = Counter(lengths).most_common(1)[0]
    near = sum(1 for n in lengths if abs(n - common) <= 1)
    return common if near >= WRAP_SHARE * len(lengths) else None


def joins(previous: str, stripped: str, raw_line: str, width: int | None) -> bool:
    if is_table_row(previous) or is_table_row(stripped):
        return False
    if stripped[0] in CLOSING_HEAD:
        return True
    if previous[-1] in OPENING_TAIL:
        return True
    if previous[-1] in SENTENCE_END or HEADING.match(stripped) or raw_line[:1].isspace():
        return False
    if width is None or len(previous) < width - 3:
        return False
    # a heading without sentence punctuation shorter than the wrap width is a line of its own
    return not (HEADING.match(previous) and not re.search("[，。；,;]", previous) and len(previous) < width - 1)


def inner_space_edits(line: str, start: int, lead: int) -> list[Edit]:
    """Spaces between Chinese characters: a paragraph break after a sentence or a heading, else nothing."""
    edits = []
    title = looks_like_title(line)
    segment_start = lead  # a space run splits segments, so the last one never starts before the previous run
    for match in SPACE_RUN.finditer(line, lead):
        segment = re.split(r"(?<=[。！？；：!?;:])|\s+", line[segment_start:match.start()])[-1]
        segment_start = match.end()
        after = line[match.end()]
        heading = HEADING.match(segment)
        breaks = after not in CLOSING_HEAD and (   # a line never starts with a closing mark (joins)
            line[match.start() - 1] in SENTENCE_END or (heading is not None and heading.end() < len(segment)
                                                        and after not in "的了和与及"))
        if breaks:
            edits.append(Edit(start + match.start(), start + match.end(), "\n"))
        elif not title:
            edits.append(Edit(start + match.start(), start + match.end(), ""))
    return edits


def looks_like_title(line: str) -> bool:
    """A short line without sentence punctuation keeps its spaces (`立即行动 全力以赴`)."""
    return len(line.strip()) <= 40 and not re.search("[，。；！？,;!?]", line)


def is_table_row(line: str) -> bool:
    return line.count("|") >= 2


# --- punctuation -----------------------------------------------------------------------------

HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
HALF_PUNCT = re.compile(r"[,;:!?()]")
STRAIGHT_QUOTES = re.compile(r' ?" ?" ?|"')   # a doubled quote takes the stray spaces with it


def repair_punctuation(text: str) -> tuple[str, list]:
    edits: list[Edit] = []
    offset = 0
    for line in text.split("\n"):
        if not is_table_row(line):
            edits += [Edit(e.start + offset, e.end + offset, e.replacement) for e in line_punctuation(line)]
        offset += len(line) + 1
    return apply_edits(PUNCT_STEP, text, edits)


def line_punctuation(line: str) -> list[Edit]:
    quotes = quote_edits(line)
    if not quotes:
        converted = full_width_punctuation(line)
        if converted == line:
            return []
        return [Edit(i, i + 1, new) for i, (old, new) in enumerate(zip(line, converted)) if old != new]
    # a quote put in makes its neighbours' context Chinese (`:0”` -> `：“0”`), so widths are
    # decided on the quoted line, and one pass reaches the fixpoint
    quoted, _ = apply_edits(PUNCT_STEP, line, quotes)
    return diff_edits(line, full_width_punctuation(quoted))


def full_width_punctuation(line: str) -> str:
    """Convert until nothing changes: a mark converted makes its neighbour's context Chinese
    (`0,)㐀`: the `)` goes full-width, and then the `,` before it), so one pass would not be
    idempotent. Conversions keep the length and only go one way, so this ends."""
    while True:
        converted = HALF_PUNCT.sub(lambda m: HALF_TO_FULL[m.group()] if in_chinese_context(line, m.start())
                                   else m.group(), line)
        if converted == line:
            return line
        line = converted


def in_chinese_context(line: str, i: int) -> bool:
    ch = line[i]
    before, after = line[i - 1:i], line[i + 1:i + 2]
    if ch in ",:" and before.isdigit() and after.isdigit():
        return False          # 1,000 and 09:30
    if ch == ":" and after == "/":
        return False          # http://
    if ch in "()":
        return paren_is_chinese(line, i)
    return is_cjk(before) or is_cjk(after) or (ch in "!?;:," and before != "" and before in "）”》")


def paren_is_chinese(line: str, i: int) -> bool:
    """A parenthesis pair goes full-width when its content or its outside is Chinese."""
    if line[i] == "(":
        close = line.find(")", i)
        inside = line[i + 1:close] if close > 0 else line[i + 1:i + 2]
        outside = line[i - 1:i]
    else:
        open_ = line.rfind("(", 0, i)
        inside = line[open_ + 1:i] if open_ >= 0 else line[i - 1:i]
        outside = line[i + 1:i + 2]
    return bool(re.search(f"[{HAN}]", inside)) or (is_cjk(outside) and not re.fullmatch(r"[A-Za-z0-9 .\-]+", inside or "x"))


def quote_edits(line: str) -> list[Edit]:
    """Straight quotes alternate open/close within a line; a doubled one counts once."""
    edits = []
    opening = True
    if '"' in line and re.search(f"[{HAN}]", line):
        for m in STRAIGHT_QUOTES.finditer(line):
            edits.append(Edit(m.start(), m.end(), "“" if opening else "”"))
            opening = not opening
    if not edits:
        edits += lost_opening_quotes(line)
    return edits


def lost_opening_quotes(line: str) -> list[Edit]:
    """`…悲痛。6·3”事故` -> `…悲痛。“6·3”事故`: a short quoted term right after a sentence end."""
    if "”" not in line:
        return []
    edits = []
    depth = 0
    for i, ch in enumerate(line):
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth:
                depth -= 1
                continue
            start = i
            while start > 0 and line[start - 1] not in "，。！？；：、“”（）,.!?;:" and i - start < 8:
                start -= 1
            if 0 < start < i and line[start - 1] in "。！？；：!?;:" and i - start <= 6:
                edits.append(Edit(start, start, "“"))
    return edits


def is_cjk(ch: str) -> bool:
    return bool(ch) and bool(re.match(f"[{CJK}]", ch))
