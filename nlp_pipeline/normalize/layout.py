"""Layout and punctuation: one paragraph per line, Chinese punctuation full-width.

`repair_layout`: trims lines, drops blank ones, joins lines broken inside a sentence (hard
wrapping, a line that starts with closing punctuation), removes stray spaces between Chinese
characters, and breaks paragraphs that were run together with a space after a sentence end or
after a numbered heading, and before each item of a numbered list run into one line
(`inline_list_breaks`). Table rows (`cell|cell|cell` or `cell｜cell｜cell`, and cells parted by tabs
or column-aligning space runs, `column_gaps`) are left as they are: their gaps are the table's
columns. A table printed one cell per line (a PDF or Word copy) keeps one cell per line, its
wrapped cells joined and the page marks inside dropped (`cell_line_tables`). Tables whose rows
take several lines become a row a line with tab-parted cells: columns lined up by spaces
(`aligned_tables`), a PDF's single spaces (`spaced_tables`), tab rows whose cells hold line breaks
(`tab_tables`), a cell a line with a blank line after each row (`blank_parted_tables`) and a web
table with every cell a paragraph, its merged first column a word group a line (`lone_cell_tables`).
`repair_punctuation`: half-width punctuation in Chinese context becomes full-width (never in
numbers, times, URLs or Latin text), a half-width full stop between Chinese characters 。, straight quotes become “…”, doubled quotes collapse, a
comma typed twice or before another clause mark (`国家，、省`) goes, and a
closing quote that lost its opening one gets it back when the quoted words are unmistakable.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import combinations, pairwise
from math import comb
from typing import NamedTuple

from .. import resources
from ..chars import FULL_WIDTH_FORMS, HALF_TO_FULL_PUNCTUATION, HAN, HAN_CHAR
from ..dates import CHINESE_NUMERALS, chinese_number
from .charlm import char_lm
from .edits import Edit, apply_edits, diff_edits, line_starts, lines_holding, merge_deletions
from .lines import (
    CAPTION,
    CHROME,
    DATELINE,
    FIELD,
    HEADING,
    METADATA,
    PROSE,
    TABLE_ROW,
    TITLE,
    LineKind,
    is_page_mark,
    line_features,
    read_lines,
)

LAYOUT_STEP = "layout"
PUNCT_STEP = "punctuation"
CJK = rf"{HAN}{FULL_WIDTH_FORMS}\u3001-\u3011“”‘’…—·"
SENTENCE_END = "。！？；：!?;:"
OPENING_TAIL = "，、（“‘《,(\"'"  # a line ending in one of these goes on in the next line
CLOSING_HEAD = "。，、；：！？）”’》,.;:!?)"  # a line starting with one of these belongs to the line before
# running text, not a heading or a list item (half-width marks too: the punctuation step widens them
# after this one, and a second pass must decide as the first did)
INNER_PUNCT = re.compile(r"[，、,；;。！？!?“”\"（）()《》]")
TITLE_WRAP_MIN = 10  # a title's first line wrapped is at least this long (县政府办公室 above a title is not)
WRAP_MIN = 16  # a hard-wrapped line is at least this long (NARROW_WRAP_SHARE of the typical line where
# most lines run on: a phone's copy wraps at 12-15 characters) ...
NARROW_WRAP_SHARE = 0.8
NARROW_WRAP_MIN = 8  # ... never shorter than this
WRAP_SURE = 0.7  # ... and this share of the longest line near it,
WRAP_UNSURE = 0.45  # ... or this share when the break splits a word the character model knows
WRAP_WINDOW = 2  # lines either side that give the local width (paragraphs may wrap at different widths)
# a copy hard-wrapped at varying widths (web copy, a mail): at least this share of its running-text lines
# run on into the next ...
RAGGED_SHARE = 0.6
RAGGED_MIN = 0.3  # ... where a clause's line (marks inside it) is joined at this share of the longest near it
# ... and where the copy marks where its paragraphs start (an indent, a blank line before) after most of its
# full stops, a break with no mark after a clause's or a sentence's end is the wrap's too (…持续至3月15日； |
# 下一步将对…): the writer's window ended there, the paragraph goes on
PARAGRAPH_ENDS = "。！？!?"  # a line ending in one of these: is the next line marked as a paragraph's start?
GOES_ON_AFTER = "。！？；!?;"  # a break after one of these may be a wrap in a marked copy (never after a colon:
# a list follows it)
MARKED_MIN = 3  # marked paragraph starts, at least
# kinds (lines.py) a line is never joined to the next from, and never joined into from the line before
NOT_JOINED_FROM = {
    TITLE,
    DATELINE,
    TABLE_ROW,
    CHROME,
    CAPTION,
    METADATA,
}
NOT_JOINED_INTO = NOT_JOINED_FROM | {HEADING, FIELD}
WIDTH_KINDS = {PROSE, HEADING, FIELD}
# a document hard-wrapped at one width (a mobile page copied at ~10 characters a line, a PDF): most
# of its running-text lines end within DOC_WRAP_SLACK display columns of that width (a Chinese character
# is two columns, a digit one; a wrap never splits a character, and a mark may not start a line),
# and most of those lines end inside a sentence
DOC_WRAP_SLACK = 3
DOC_WRAP_MIN_LINES = 8
DOC_WRAP_SHARE = 0.5  # of the running-text lines, at the width
DOC_WRAP_OVER = 0.1  # of them wider than it, at most (a few long lines: a table's, a chrome line)
# a line a wrapped document never joins from (a title stays a line of its own, even wrapped)
NOT_WRAPPED_FROM = {TITLE, TABLE_ROW, CHROME, CAPTION, METADATA}
NOT_WRAPPED_INTO = NOT_WRAPPED_FROM | {DATELINE}
WRAP_BREAKS_AFTER = "。！？：!?:"  # a clause's ； goes on: an item's next clause fills the line after it
# a half-width mark or straight quote beside Chinese counts as Chinese: the punctuation step converts it next
# spaces before a run of half-width marks that the punctuation step will widen (`: ;,!，`) are
# judged as they will be beside the widened marks on a second pass (idempotence)
# (its first blank is matched before the character ahead of it is tested: a pattern that opens with
# a look-behind has the regex engine try every position)
SPACE_RUN = re.compile(rf"[ \t](?<=[{CJK}\d,;:!?)\"][ \t])[ \t]*(?=[{CJK}\d(\"]|[,;:!?)]+(?=[{CJK}]))")
TIME = re.compile(r"\d{1,2}[:：]\d{2}")
FIELD_LABEL = re.compile(rf"(?:^|(?<=\s))[{HAN}]{{2,8}}\s*[:：]")
CHROME_LABEL_HEAD = re.compile(r"\S{1,8}?[:：]")  # a label after a mark (x来源：)
SEGMENT_BREAK = re.compile(r"(?<=[。！？；：!?;:])|\s+")  # where a line's last segment before a space run starts
TITLE_PUNCT = re.compile("[，。；！？,;!?]")
TITLE_LINE_MAX = 40  # a title-shaped line is no longer than this (longer lines are running text)
CLAUSE_SEPARATOR = re.compile("[，；,;]")  # an issuer's line never holds one (several bodies part with 、 or blanks)


def column_gaps(line: str) -> list[re.Match]:
    """The gaps between the cells of a table row copied from Word, Excel or a PDF (tabs, runs of
    spaces lining columns up), or none when the line has fewer than a row has (tables.toml)."""
    gap, least = _cell_gap()
    gaps = list(gap.finditer(line.strip()))
    return gaps if len(gaps) >= least else []


@cache
def _cell_gap() -> tuple[re.Pattern, int]:
    spec = resources.read_rules("extract/tables.toml")
    return re.compile(spec["cell_gap"]), spec["row_gaps"]


@cache
def _party_line_end() -> re.Pattern:
    return re.compile(resources.read_rules("extract/tables.toml")["party_line_end"])


@cache
def _party_cell_start() -> re.Pattern:
    return re.compile(resources.read_rules("extract/tables.toml")["party_cell_start"])


def repair_layout(text: str) -> tuple[str, list]:
    lines = text.split("\n")
    stripped = list(map(str.strip, lines))
    starts = line_starts(lines)
    # each of these walks looks for a mark most pages lack: a page without it skips the walk
    row_marks = BLANK_OR_BAR.search(text) is not None  # a table row's gap or bar, a space run's blank
    maybe_rows = possible_table_rows(lines) if row_marks else set()
    spaced = (
        {i for i, line in enumerate(lines) if BLANK.search(line) and SPACE_RUN.search(line)} if row_marks else set()
    )
    dashed = dash_parted_rows(stripped) if any(dash in text for dash in TABLE_DASHES) else set()
    # two per-line tests answered by one scan of the page: most lines hold neither mark
    list_lines = inline_list_lines(text, starts)
    open_brackets = {i for i in lines_holding(OPENING_BRACKET, text, starts) if opens_bracket(stripped[i])}
    kinds = [line_read.kind for line_read in read_lines(text)]
    # only a dash-parted line or one with two row signs can be a row the classifier did not read as one
    for i in dashed | {i for i in maybe_rows if column_gaps(lines[i]) or is_table_row(lines[i])}:
        kinds[i] = TABLE_ROW
    edits: list[Edit] = []
    in_table: set[int] = set()  # lines a refolded table replaces, after its first
    table_starts: set[int] = set()
    for first, last, refolded in refolded_tables(text, lines):
        edits.append(Edit(starts[first], starts[last] + len(lines[last]), refolded))
        kinds[first : last + 1] = [TABLE_ROW] * (last + 1 - first)
        in_table.update(range(first + 1, last + 1))
        table_starts.add(first)
    widths = Widths(stripped, kinds, paragraph_starts(lines, stripped))
    offset = 0
    previous: int | None = None  # index of the last kept line
    after_blank = False
    at_top = True  # no kept line so far holds a sentence's or a clause's mark: a headline may still come
    for i, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        if i in in_table or i in table_starts:
            if i in table_starts and previous is not None:
                edits.append(Edit(start - 1, start, "\n"))  # the break before the table stays as it is
            previous, after_blank = i, False
            continue
        if not stripped[i]:
            # before the first kept line a blank line goes with the break after it, later with the one before
            edits.append(Edit(start - 1, end, "") if previous is not None else Edit(start, min(end + 1, len(text)), ""))
            after_blank = True
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        # a closing mark never starts a line and an opening one never ends a paragraph, not even
        # across a blank line (a second pass, the blank line gone, would join them)
        if (
            previous is not None
            and (not after_blank or stripped[i][0] in CLOSING_HEAD or stripped[previous][-1] in OPENING_TAIL)
            and joins(stripped, kinds, previous, i, line[:1].isspace(), widths, open_brackets)
        ):
            edits.append(Edit(start - 1, start + lead, ""))  # the line break and the indent
        elif lead:
            edits.append(Edit(start, start + lead, ""))
        if trail:
            edits.append(Edit(end - trail, end, ""))
        # running text (prose, a heading, a field) holds a list run into it, and so does a row's one filled cell
        cell = filled_cell(line) if kinds[i] == TABLE_ROW else None
        first, last = (0, len(line)) if cell is None else cell
        item_breaks = (
            [(first + a, first + b) for a, b in inline_list_breaks(line[first:last])]
            if i in list_lines and (kinds[i] in WIDTH_KINDS or cell is not None)
            else []
        )
        edits += [Edit(start + a, start + b, "\n") for a, b in item_breaks]
        one_cell = cell is not None and bool(item_breaks)
        if one_cell:  # the empty cells' bars go with their blanks: the cell's text is the document's
            edits += [Edit(start, start + first, ""), Edit(start + last, end, "")]
        if (kinds[i] != TABLE_ROW or one_cell) and i in spaced:
            broken = {b for _, b in item_breaks}
            edits += [edit for edit in inner_space_edits(line, start, lead, at_top) if edit.end - start not in broken]
        if kinds[i] == PROSE:
            glued = title_glued_to_addressee(stripped[i])
            if glued is not None:
                edits.append(Edit(start + lead + glued, start + lead + glued, "\n"))
        at_top = at_top and TITLE_PUNCT.search(stripped[i]) is None
        previous, after_blank = i, False
    return apply_edits(LAYOUT_STEP, text, merge_deletions(edits))


# Where a cell gap (tables.toml: a tab, or two blanks in a row) or a cell separator starts: every
# gap starts one of these (tests/normalize/test_layout_cell_tables.py checks it on every short mix
# of blanks and tabs), so a line with fewer than two is no table row. The exact patterns, slower to
# scan, are asked only of the few lines with two or more.
ROW_SIGN = re.compile("[\t \u3000](?:(?<=\t)|[\t \u3000])|[|｜]")
# What a line must hold for ROW_SIGN or SPACE_RUN to match in it: a plain character-set search,
# far faster than either pattern's own scan, turns away most lines of a document (no blank, no bar)
BLANK_OR_BAR = re.compile("[\t \u3000|｜]")
BLANK = re.compile("[ \t]")


def possible_table_rows(lines: list[str]) -> set[int]:
    """The lines (by index) with two signs of a table row or more."""
    return {i for i, line in enumerate(lines) if BLANK_OR_BAR.search(line) and len(ROW_SIGN.findall(line)) >= 2}


class Widths:
    """The longest line of running text near a line in its paragraph (up to a line that ends a
    sentence): the width a hard wrap would fill there. Asked only where a break is in doubt."""

    def __init__(self, stripped: list[str], kinds: list[LineKind], starts: list[bool]) -> None:
        self.lengths = [len(line) if kind in WIDTH_KINDS else 0 for line, kind in zip(stripped, kinds, strict=True)]
        self.goes_on = [
            bool(n) and line[-1] not in SENTENCE_END for n, line in zip(self.lengths, stripped, strict=True)
        ]
        self.document = (
            document_wrap_width(stripped, kinds)
            if may_be_wrapped_at_one_width(stripped, self.lengths, self.goes_on)
            else None
        )
        self.least = narrow_wrap_min(self.lengths, self.goes_on)
        self.ragged = hard_wrapped(self.lengths, self.goes_on)
        # a copy that marks its paragraphs shows its wrap by its unmarked lines: more than half of them running on
        self.starts = starts
        self.marked = hard_wrapped(self.lengths, self.goes_on, DOC_WRAP_SHARE) and marks_paragraphs(
            stripped, self.lengths, starts
        )

    def at(self, i: int) -> int:
        lengths, goes_on = self.lengths, self.goes_on
        lo = hi = i
        while lo > i - WRAP_WINDOW and lo > 0 and goes_on[lo - 1]:
            lo -= 1
        while hi < i + WRAP_WINDOW and hi < len(lengths) - 1 and goes_on[hi] and lengths[hi + 1]:
            hi += 1
        return max(lengths[lo : hi + 1])


def hard_wrapped(lengths: list[int], goes_on: list[bool], share: float = RAGGED_SHARE) -> bool:
    """Whether a text was hard-wrapped wherever its writer's window ended (a web page's or a mail's
    copy, each paragraph at its own width): most of its running-text lines (`share` of them) run on
    into the next. A text of whole lines ends most of them with a sentence's mark."""
    running = sum(1 for n in lengths if n)
    return running >= DOC_WRAP_MIN_LINES and sum(goes_on) >= share * running


def paragraph_starts(lines: list[str], stripped: list[str]) -> list[bool]:
    """Whether each line is marked as a paragraph's start: indented, or after a blank line (`stripped`:
    each line without its surrounding spaces)."""
    return [
        bool(content) and (line[:1].isspace() or i > 0 and not stripped[i - 1])
        for i, (line, content) in enumerate(zip(lines, stripped, strict=True))
    ]


def marks_paragraphs(stripped: list[str], lengths: list[int], starts: list[bool]) -> bool:
    """Whether a hard-wrapped copy marks its paragraphs' starts (an indent, a blank line before): the
    running-text line after most of its full stops is marked, at least MARKED_MIN times. There a break
    with no mark is the window's, wherever it falls; a copy that marks nothing gives no such evidence."""
    kept = [i for i, line in enumerate(stripped) if line]
    after_stop = [
        starts[j] for i, j in pairwise(kept) if lengths[i] and lengths[j] and stripped[i][-1] in PARAGRAPH_ENDS
    ]
    marked = sum(after_stop)
    return marked >= MARKED_MIN and 2 * marked > len(after_stop)


def narrow_wrap_min(lengths: list[int], goes_on: list[bool]) -> int:
    """The shortest line a hard wrap may have left: WRAP_MIN, or less in a text wrapped narrow
    (a phone's copy of a notice, 12-15 characters a line, wherever its writer pressed Enter):
    most of its running-text lines run on into the next, and the typical one is short."""
    running = [n for n in lengths if n]
    if len(running) < DOC_WRAP_MIN_LINES or sum(goes_on) <= DOC_WRAP_SHARE * len(running):
        return WRAP_MIN
    typical = sorted(n for n, on in zip(lengths, goes_on, strict=True) if on)[sum(goes_on) // 2]
    return max(NARROW_WRAP_MIN, min(WRAP_MIN, int(NARROW_WRAP_SHARE * typical)))


# Runs of characters whose East Asian width is W or F in every Unicode version: ideographs, CJK
# punctuation, full-width forms. One regex pass deletes them, leaving the others (few in Chinese text)
# in one string; only those not ASCII are looked up one by one.
COMMON_WIDE_RUN = re.compile("[\u3000-\u303e\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]+")


def display_width(line: str) -> int:
    """Columns a line fills: a wide (W) or full-width (F) character two, any other one."""
    if line.isascii():
        return len(line)
    rest = COMMON_WIDE_RUN.sub("", line)
    wide = len(line) - len(rest)
    if not rest.isascii():
        wide += sum(1 for ch in rest if not ch.isascii() and unicodedata.east_asian_width(ch) in "WF")
    return len(line) + wide


def may_be_wrapped_at_one_width(stripped: list[str], lengths: list[int], goes_on: list[bool]) -> bool:
    """Whether `document_wrap_width` can find a width, tested on the running-text lines that run on
    alone: the lines filling the width it finds are DOC_WRAP_MIN_LINES or DOC_WRAP_SHARE of the running
    ones, at least half of them running on, all within DOC_WRAP_SLACK of it. So some such window holds
    half that many running-on lines; most lines of a text never wrapped end a sentence and are not
    measured."""
    running = sum(1 for n in lengths if n)
    needed = max(DOC_WRAP_MIN_LINES, DOC_WRAP_SHARE * running) / 2
    if sum(goes_on) < needed:
        return False
    # a window that holds enough holds as many when it ends at its widest running-on line
    widths = sorted(display_width(line) for line, on in zip(stripped, goes_on, strict=True) if on)
    return any(bisect_right(widths, w) - bisect_left(widths, w - DOC_WRAP_SLACK) >= needed for w in set(widths))


def document_wrap_width(stripped: list[str], kinds: list[LineKind]) -> int | None:
    """The display width a whole document was hard-wrapped at, or None: the width most of its
    running-text lines fill (within DOC_WRAP_SLACK), few wider, most of those ending mid-sentence.
    Text that was never wrapped has lines of every length and gives None."""
    lines = [line for line, kind in zip(stripped, kinds, strict=True) if line and kind in WIDTH_KINDS]
    widths = [display_width(line) for line in lines]
    if len(widths) < DOC_WRAP_MIN_LINES:
        return None

    # how many lines fill each width: two bisections of the sorted widths (not a scan of every
    # line, or of every width within the slack, for every width)
    ordered = sorted(widths)

    def filling(width: int) -> int:
        return bisect_right(ordered, width) - bisect_left(ordered, width - DOC_WRAP_SLACK)

    width = max(set(widths), key=lambda w: (filling(w), -w))
    full = [line for line, w in zip(lines, widths, strict=True) if width - DOC_WRAP_SLACK <= w <= width]
    if (
        len(full) < max(DOC_WRAP_MIN_LINES, DOC_WRAP_SHARE * len(widths))
        or sum(w > width for w in widths) > DOC_WRAP_OVER * len(widths)
        or sum(line[-1] in SENTENCE_END for line in full) * 2 > len(full)
    ):
        return None
    return width


def wrapped_on(stripped: list[str], kinds: list[LineKind], i: int, j: int, wrap_width: int) -> bool:
    """In a document wrapped at one width, a line that fills it goes on in the next whatever that
    starts with (a digit, 月, a quote): the break is the wrap's. A sentence's end or a colon, an item marker or
    heading, a title, a table row or a dateline still break."""
    previous, line = stripped[i], stripped[j]
    return (
        display_width(previous) >= wrap_width - DOC_WRAP_SLACK
        and previous[-1] not in WRAP_BREAKS_AFTER
        and kinds[i] not in NOT_WRAPPED_FROM
        and kinds[j] not in NOT_WRAPPED_INTO
        and heading(line) is None
    )


def joins(
    stripped: list[str], kinds: list[LineKind], i: int, j: int, indented: bool, widths: Widths, open_brackets: set[int]
) -> bool:
    """Whether line j goes on from line i (the kept line before it): a break inside a sentence.
    `open_brackets`: the lines (by index) that open a bracket they do not close (`opens_bracket`)."""
    previous, line = stripped[i], stripped[j]
    if TABLE_ROW in (kinds[i], kinds[j]):
        return False
    if lost_numeral_heading(previous, line) or title_over_addressee(previous, line):
        return False
    if whole_title_under_field(kinds[i], line) or note_under_title(previous, line):
        return False
    if line[0] in CLOSING_HEAD or previous[-1] in OPENING_TAIL or (i in open_brackets and heading(line) is None):
        return True
    if not indented and widths.document is not None and wrapped_on(stripped, kinds, i, j, widths.document):
        return True
    if title_tail(previous, line, kinds[i], kinds[j]):
        return True
    ended = previous[-1] in SENTENCE_END
    if (ended and not widths.marked) or indented or kinds[i] in NOT_JOINED_FROM or kinds[j] in NOT_JOINED_INTO:
        return False
    numbered = heading(previous)
    if (
        (kinds[i] == HEADING and not INNER_PUNCT.search(previous, numbered.end() if numbered else 0))
        or heading(line)
        or issuer_or_number(previous)
        or issuer_or_number(line)
    ):
        return False  # a heading, an issuer or a document number is a line of its own
    if ended:  # in a copy that marks its paragraphs, an unmarked line after a clause's end goes on
        return one_paragraph_wrapped(previous, line, kinds[i], kinds[j], widths.starts[i])
    if len(previous) < widths.least:
        return False
    running = INNER_PUNCT.search(previous) is not None
    width = widths.at(i)
    if len(previous) >= WRAP_SURE * width and (running or INNER_PUNCT.search(line[:WRAP_MIN])):
        return True
    if widths.ragged and ragged_wrap(previous, line, kinds[i], kinds[j]) and len(previous) >= RAGGED_MIN * width:
        return True
    # shorter than its neighbours: a wrap only where the break splits a word (液化|气) the model knows
    return len(previous) >= WRAP_UNSURE * width and running and char_lm().seen(previous[-1], line[0])


def ragged_wrap(previous: str, line: str, previous_kind: LineKind, kind: LineKind) -> bool:
    """In a text hard-wrapped at varying widths, a break between two clauses' lines: running text on
    both sides, each holding a clause's marks (…赶工期、抢 | 进度的心态比较普遍，…). A list's line, a title or a
    name has no marks inside; a table row's cells (a tab, two blanks, a bar) are no clause."""
    return (
        previous_kind == kind == PROSE
        and INNER_PUNCT.search(previous) is not None
        and INNER_PUNCT.search(line) is not None
        and ROW_SIGN.search(previous) is None
        and ROW_SIGN.search(line) is None
    )


def one_paragraph_wrapped(previous: str, line: str, previous_kind: LineKind, kind: LineKind, opens: bool) -> bool:
    """In a copy that marks its paragraphs' starts, an unmarked line after a clause's or a sentence's end
    (…持续至3月15日； | 下一步将对…): two clauses' lines of one paragraph. A line that opens a paragraph
    and ends a sentence is a paragraph of one sentence (三要抓好…。, a subhead's sentence): it stays."""
    return previous[-1] in GOES_ON_AFTER and not opens and ragged_wrap(previous, line, previous_kind, kind)


def lost_numeral_heading(previous: str, line: str) -> bool:
    """A line opening with 、 after a sentence's end (…签订责任书。 | 、工作目标): an enumeration comma
    follows a word or a numeral, never a sentence's end mark, so the line is a heading whose
    numeral the copy lost, not the sentence's continuation."""
    return line[0] in "、､" and previous[-1] in SENTENCE_END


def whole_title_under_field(previous_kind: LineKind, line: str) -> bool:
    """A whole title under a field line (文件：2025安全会讲话（整理稿）.txt | 在全区…会议上的讲话): it opens as a title
    does and ends on a document's noun (line_kinds `whole_title`, `title_end`), so it starts anew; a field's value
    wrapped goes on in a fragment of its own (主题：关于开展燃气专项 | 整治工作的通知)."""
    shape = resources.line_kinds()
    return (
        previous_kind == FIELD
        and shape["whole_title"].match(line) is not None
        and shape["title_end"].search(line) is not None
        and not TITLE_PUNCT.search(line)
    )


def note_under_title(previous: str, line: str) -> bool:
    """A bracketed note under a title that says how its text was made (…会议上的讲话 | （根据录音整理，未经本人审阅）):
    a bracket holding a clause's comma (line_kinds `bracketed_note`) is a line of its own, not the title's tail."""
    shape = resources.line_kinds()
    return shape["bracketed_note"].match(line) is not None and shape["title_end"].search(previous) is not None


def title_over_addressee(previous: str, line: str) -> bool:
    """A title's last line over its addressee line (…检查活动的通知 | 县属各施工企业，县内各在建工程…单位：): the
    title ends on a document's noun and the line under it is a list of parties that ends in its colon, with
    no sentence and no word of obligation in it. The title is whole; a long title line over a line with
    commas is no wrap. A clause that ends on a document's noun (根据…关于…的通知) is no title."""
    shape = resources.line_kinds()
    return (
        line[-1] in "：:"
        and len(line) <= ADDRESSEE_SPAN
        and not ADDRESSEE_NOT_PARTIES.search(line)
        and not shape["body_opener"].match(previous)
        and ends_like_a_title(previous, shape)
    )


# Where a bracket opens: only a line holding one can leave it open (`opens_bracket`); `repair_layout`
# finds those lines in one scan of the page
OPENING_BRACKET = re.compile("[（(《]")


def opens_bracket(line: str) -> bool:
    """A parenthesis or a book title the line opened and did not close (…盲目施救。（责任 | 单位：省应急管理厅）,
    （责任单位： | 省应急管理厅）): the break after it is inside the bracket, and the next line goes on with it,
    a colon or a field's label there notwithstanding (`joins`); a new item's marker still starts a line."""
    return line.count("（") + line.count("(") > line.count("）") + line.count(")") or line.count("《") > line.count(
        "》"
    )


# a space between Chinese characters parts a subheadline's names or a slogan's halves (王某 李某分别出席…并讲话,
# 立即行动 全力以赴): a line of its own under a headline, never a wrapped title's tail
PARTED_WORDS = re.compile(rf"[{HAN}][ \u3000]+[{HAN}]")
# a line of short words parted by spaces, two gaps or more (后退 前进 登录注册 标准版: a page's menu left over),
# is no title's first line: the title under it stays a line of its own
MENU_GAPS = 2


def title_tail(previous: str, line: str, previous_kind: LineKind, kind: LineKind) -> bool:
    """A title wrapped over two lines (关于开展住建领域安全生产专项排查 | 整治工作的通知): a title or
    subtitle line that does not end as a title does, and a short line under it, with no
    punctuation of a sentence, that does. An issuer or a document number is never a title's part."""
    if previous_kind not in (TITLE, HEADING):  # most lines: asked of every line
        return False
    shape = resources.line_kinds()
    return (
        kind in (TITLE, HEADING, PROSE)
        and (len(previous) >= TITLE_WRAP_MIN or shape["official_title"].match(previous) is not None)
        and len(previous) + len(line) <= shape["title"]["max_chars"]
        and shape["title_end"].search(line) is not None
        and shape["title_end"].search(previous) is None
        and not TITLE_PUNCT.search(previous + line)
        and not PARTED_WORDS.search(line)
        and len(PARTED_WORDS.findall(previous)) < MENU_GAPS
        and not heading(previous)
        and not heading(line)
        and not not_title(previous)
        and not not_title(line)
    )


def heading(line: str) -> re.Match | None:
    return resources.line_kinds()["heading"].match(line)


def issuer_or_number(line: str) -> bool:
    """An issuer's or a document number's line: one that reads as neither a title nor a clause. A
    line with a comma or a semicolon inside is a clause's, though it ends in a body's name (…对照县市场监督管理局)."""
    return not_title(line) and CLAUSE_SEPARATOR.search(line) is None


def not_title(line: str) -> bool:
    return resources.line_kinds()["not_title"].search(line) is not None


def inner_space_edits(line: str, start: int, lead: int, at_top: bool = False) -> list[Edit]:
    """Spaces between Chinese characters: a paragraph break after a sentence or a heading, else
    nothing. A space between two numbers or before a time stays (2023-08-31 11:23), and so does
    one before a label in a line of `label：value` fields; after a label's colon nothing breaks.
    On a line `at_top` of the body a headline set off from its lede by a space is a line of its own
    and keeps its inner space (`headline_before_lede`)."""
    runs = list(SPACE_RUN.finditer(line, lead))
    if not runs:  # most lines
        return []
    edits = []
    headline_end = headline_before_lede(line, lead, runs) if at_top else None
    title = looks_like_title(line)
    fields = len(FIELD_LABEL.findall(line)) >= 2
    label_first = FIELD_LABEL.match(line, lead)  # 来源: 县应急管理局
    segment_start = lead  # a space run splits segments, so the last one never starts before the previous run
    for match in runs:
        segment = SEGMENT_BREAK.split(line[segment_start : match.start()])[-1]
        segment_start = match.end()
        if headline_end is not None and match.start() <= headline_end:
            if match.start() == headline_end:
                edits.append(Edit(start + match.start(), start + match.end(), "\n"))
            continue  # the headline's own space stays, as a title-shaped line's does
        before, after = line[match.start() - 1], line[match.end()]
        if (before.isdigit() or before == "日") and (
            after.isdigit() and before.isdigit() or TIME.match(line, match.end())
        ):
            continue
        if fields and FIELD_LABEL.match(line, match.end()):
            continue  # the space before the next label
        if chrome_label_follows(line, match.end()):
            continue  # never broken off onto a line of its own, where only a second pass would see chrome
        if (fields or label_first and match.start() == label_first.end()) and before in ":：":
            edits.append(Edit(start + match.start(), start + match.end(), ""))
            continue  # a label's colon never ends a paragraph
        numbered = heading(segment)
        breaks = (
            after not in CLOSING_HEAD
            and not inside_open_bracket(line[lead : match.start()])
            and (  # a line never starts with a closing mark (joins)
                before in SENTENCE_END
                and not headline_kicker(line[lead:])
                or (
                    numbered is not None
                    and numbered.end() < len(segment)
                    and after not in "的了和与及"
                    and before not in OPENING_TAIL  # 三、各队要保持戒备, 做好准备: the item's sentence goes on
                )
                or title_before_first_item(line[lead : match.start()], line[match.end() :])
                or title_before_body(line, lead, match.start() - len(segment), match.start(), match.end())
            )
        )
        if breaks:
            edits.append(Edit(start + match.start(), start + match.end(), "\n"))
        elif not title:
            edits.append(Edit(start + match.start(), start + match.end(), ""))
    return edits


HEADLINE_GAPS = 1  # a headline's halves part at one space at most (加强…检查 打造…台中); more is a menu's row
LEDE_SENTENCE_END = re.compile("[。！？；!?;]")
LEDE_CLAUSE_END = re.compile("[，。！？；,!?;]")
# a lede's first clause is at least this long (春节将至，…); a shorter run is a word's tail the space cut off
# (…省里的通知 精神，…)
LEDE_CLAUSE_MIN = 4
LEDE_CLAUSE_BREAK = "，,"  # the mark a lede's opening clause closes on
HEADLINE_CHARS = re.compile(rf"[{HAN}][{HAN} \u3000]*")


def headline_before_lede(line: str, lead: int, runs: list[re.Match]) -> int | None:
    """Where a headline that opens a line at the body's top ends before a space and its lede's first sentence
    (加强…检查 打造…大台中 为了加强…，消防局会同…。): the space run just before the line's first sentence's
    end, the run before it a headline — Han characters only (no clause's mark), at most one inner space, a
    title's length (a wrapped title's first line at least), its last part a title's word at least, neither a
    heading, a clause nor a line that is never a title — and the run after it opening with a clause at least
    `LEDE_CLAUSE_MIN` long and closing on a comma — a lede's opening clause (5月6日上午，…; 为了…，…), where a
    sentence's predicate after a space (…在汛期 一、二级应急响应期间要加强值守。) runs to its end. None when the line
    opens otherwise."""
    sentence_end = LEDE_SENTENCE_END.search(line, lead)
    if sentence_end is None:
        return None
    before_end = [match for match in runs if match.end() < sentence_end.start()]
    if not before_end:
        return None
    space = before_end[-1]
    head = line[lead : space.start()]
    parts = SPACE_RUN.split(head)
    clause_end = LEDE_CLAUSE_END.search(line, space.end())
    headline = (
        TITLE_WRAP_MIN <= len(head) <= TITLE_LINE_MAX  # 县政府下发通知 要求…: a sentence's subject, no headline
        and HEADLINE_CHARS.fullmatch(head) is not None
        and len(SPACE_RUN.findall(head)) <= HEADLINE_GAPS
        and len(parts[-1]) >= TITLE_BODY_MIN
        and not CLAUSE_NOT_TITLE.search(head)
        and not heading(head)
        and not not_title(head)
    )
    if not headline or clause_end is None or clause_end.group() not in LEDE_CLAUSE_BREAK:
        return None
    return space.start() if clause_end.start() - space.end() >= LEDE_CLAUSE_MIN else None


def inside_open_bracket(before: str) -> bool:
    """The space stands inside a bracket opened before it on the line and not yet closed (（一）…阶段(10 月 16 日至
    10 月 20 日)): a bracket's words never end a paragraph, whatever heading the line opens with."""
    return sum(before.count(mark) for mark in "(（") > sum(before.count(mark) for mark in ")）")


KICKER_END = "！？!?"  # a headline's kicker ends on one (日头赤炎炎! 北市启动…, 深夜暗访！ 区委书记…)


def headline_kicker(text: str) -> bool:
    """A headline whose kicker ends on ！ or ？ before a space (日头赤炎炎! 北市启动「热危害专案」替劳工降温): a
    line of a title's length whose only punctuation is that mark. The space is the typist's after a half-width
    mark, no line break: the kicker and the headline are one title (as 深夜暗访！区委书记… without the space).
    A line with a second mark, a comma or a sentence end of its own is running text and breaks as before."""
    marks = TITLE_PUNCT.findall(text)
    return (
        len(text.strip()) <= TITLE_LINE_MAX
        and len(marks) == 1
        and marks[0] in KICKER_END
        and text.rstrip()[-1] not in KICKER_END
    )


def title_before_first_item(before: str, after: str) -> bool:
    """A page copied onto one line: its title, then a space and its first item (关于做好…防火工作的通知 一、各村要…):
    the title is a line of its own. Only the line's opening run, title-shaped (no punctuation, a
    title's length), before a numbered item's marker and its text."""
    numbered = heading(after)
    return (
        numbered is not None
        and numbered.end() < len(after)
        and after[numbered.end()] not in CHINESE_NUMERALS  # 一、二级响应: a list of numerals, no item
        and len(before) >= TITLE_WRAP_MIN
        and looks_like_title(before)
        and not SPACE_RUN.search(before)
    )


TITLE_BODY_MIN = 6  # a title before its body is at least this long (安全生产监督计划书; not 下发通知)
ADDRESSEE_SPAN = 60  # an addressee line's colon comes within this many characters (各乡镇、街道…：)
# a run that opens with 各 (its subject: 各乡镇要落实…方案) or holds a word of obligation is a sentence's
# clause that ends on a document's noun, never a title
CLAUSE_NOT_TITLE = re.compile("^各|(?<!重)要(?!点)|必须|务必|应当|不得")
# an addressee line names parties only: a sentence's end or a word of obligation makes it a clause (…如下：)
ADDRESSEE_NOT_PARTIES = re.compile("[。！？；!?;]|(?<!重)要(?!点)|必须|务必|应当|不得|如下")


def title_before_body(line: str, lead: int, title_start: int, space_start: int, space_end: int) -> bool:
    """A page pasted onto one line: a title, a space, then its body's first paragraph (…休渔制度的通告
    为切实做好…) or its addressee line (…的紧急通知 各乡镇、街道：): the space is the title's line break.
    The title is the run before the space, opening the line or after another space (never inside a
    sentence), title-shaped (no sentence punctuation, a title's length), ending on a document's noun
    (line_kinds `title_end`: 通知, 通告, 方案, 计划书 …); what follows opens a body (`body_opener`:
    为, 根据, 按照, 近日 …) or is an addressee (`addressee`: 各…： up to its colon)."""
    title = line[title_start:space_start]
    if len(title) < TITLE_BODY_MIN or not (title_start == lead or line[title_start - 1].isspace()):
        return False
    shape = resources.line_kinds()
    if not ends_like_a_title(title, shape):
        return False
    after = line[space_end:]
    return bool(shape["body_opener"].match(after)) or addressee_colon(after, shape) is not None


def ends_like_a_title(title: str, shape: dict) -> bool:
    """The run is title-shaped (no sentence punctuation, a title's length, no clause, heading or line that is
    never a title) and ends on a document's noun (line_kinds `title_end`: 通知, 通告, 方案, 计划书 …)."""
    return (
        shape["title_end"].search(title) is not None
        and looks_like_title(title)
        and not CLAUSE_NOT_TITLE.search(title)
        and not heading(title)
        and not not_title(title)
    )


def addressee_colon(after: str, shape: dict) -> re.Match | None:
    """The colon that ends the addressee `after` opens with (`addressee`: 各…： up to its colon), or None."""
    colon = re.search("[:：]", after[: ADDRESSEE_SPAN + 2])
    return colon if colon is not None and shape["addressee"].match(after[: colon.end()]) else None


def title_glued_to_addressee(line: str) -> int | None:
    """Where a title glued to its addressee line without a space ends (…情况督查通知各乡镇人民政府，…：为切实…,
    a copy that lost the title's line break): the line opens with an official document's title — a
    title-shaped run that names its matter (`official_title`: 关于) and ends on a document's noun
    (`title_end`) — right before an addressee (各…： up to its colon) that holds no word of obligation
    (…关于防汛的通知各单位要…： is a sentence). None when the line opens otherwise."""
    shape = resources.line_kinds()
    at = line.find("各", TITLE_BODY_MIN, shape["title"]["max_chars"])
    if at < 0:
        return None
    title, after = line[:at], line[at:]
    colon = addressee_colon(after, shape)
    if (
        colon is None
        or CLAUSE_NOT_TITLE.search(after[1 : colon.end()])
        or shape["official_title"].search(title) is None
        or shape["body_opener"].match(title)
        or not ends_like_a_title(title, shape)
    ):
        return None
    return at


@cache
def inline_list() -> tuple[dict, tuple[tuple[tuple[str, ...], re.Pattern], ...]]:
    """inline_list.toml: its limits, and each marker kind's ways of writing its first marker beside its
    pattern (its number in group `n`) behind the characters that marker never follows."""
    spec = resources.read_rules("normalize/inline_list.toml")
    return spec, tuple(
        (
            tuple(kind["first"]),
            re.compile((f"(?<![{kind['not_after']}])" if kind["not_after"] else "") + kind["pattern"]),
        )
        for kind in spec["kinds"]
    )


def marker_runs(line: str, pattern: re.Pattern, item_min: int) -> list[list[re.Match]]:
    """Each run of one kind's markers counted in order from its first (1, 2, 3 …), each item at least
    `item_min` characters before the next marker; a marker out of sequence is passed over, and a
    run ends where the kind starts again from its first (a new section's sub-items)."""
    runs: list[list[re.Match]] = []
    for found in pattern.finditer(line):
        number = chinese_number(found["n"])
        if number == 1:
            runs.append([found])
        elif runs and number == len(runs[-1]) + 1 and found.start() - runs[-1][-1].end() >= item_min:
            runs[-1].append(found)
    return runs


def sentence_items(line: str, run: list[re.Match]) -> int:
    """How many items of a run end a sentence right before the next marker."""
    ends = sentence_end_mark()
    return sum(1 for item, after in pairwise(run) if ends.fullmatch(line[item.end() : after.start()].rstrip()[-1:]))


@cache
def sentence_end_mark() -> re.Pattern:
    """inline_list.toml's sentence end mark."""
    return re.compile(inline_list()[0]["sentence_end"])


@cache
def first_list_marker() -> re.Pattern:
    """Any marker kind's first marker (inline_list.toml `first`: 一、 （一） 1. …), written as it stands."""
    return re.compile("|".join(re.escape(marker) for first, _ in inline_list()[1] for marker in first))


def inline_list_lines(text: str, starts: list[int]) -> set[int]:
    """The lines (by index; `starts` from `line_starts`) that can hold a list run into them:
    `inline_list_breaks` finds runs only of a kind whose first marker stands in the line, so a line
    without any kind's first marker has none and is not searched. One scan of the page finds them."""
    return lines_holding(first_list_marker(), text, starts)


def inline_list_breaks(line: str) -> list[tuple[int, int]]:
    """Where a numbered list run into one line breaks (`…要求：1.请各单位…。2.妥善安排…。3.…`): the
    blanks before each of its markers after the line's first character, as (start, end) to replace
    by a line break. A line holds such a list when a run of one kind's markers in order from the
    first (`marker_runs`) is at least `run_min` long and `sentence_items_min` of its items end a
    sentence; then the runs of every kind from `nested_run_min` markers break too (a flattened
    notice's sub-items). A sentence's enumeration (一、二级; `（一）…；（二）…；`) breaks nothing."""
    spec, kinds = inline_list()
    # most lines hold fewer sentence ends than a list needs items ending one: no marker is looked for there
    if len(sentence_end_mark().findall(line)) < spec["sentence_items_min"]:
        return []
    runs = [
        run
        for first, pattern in kinds
        if any(marker in line for marker in first)
        for run in marker_runs(line, pattern, spec["item_min"])
    ]
    if not any(len(run) >= spec["run_min"] and sentence_items(line, run) >= spec["sentence_items_min"] for run in runs):
        return []
    lead = len(line) - len(line.lstrip())
    starts = sorted({m.start() for run in runs if len(run) >= spec["nested_run_min"] for m in run if m.start() > lead})
    return [(len(line[:at].rstrip()), at) for at in starts]


def filled_cell(line: str) -> tuple[int, int] | None:
    """Where the text of a `|`-parted row's one filled cell starts and ends, when the row has one: a
    whole notice flattened into one cell of a page's layout table, no table of the document's."""
    bounds = [-1, *(m.start() for m in cell_separator().finditer(line)), len(line)]
    cells = [(a + 1, b) for a, b in pairwise(bounds) if line[a + 1 : b].strip()]
    if len(cells) != 1:
        return None
    a, b = cells[0]
    text = line[a:b]
    return a + len(text) - len(text.lstrip()), b - len(text) + len(text.rstrip())


def chrome_label_follows(line: str, at: int) -> bool:
    """Whether the rest of the line from `at` opens with a chrome label (来源：县局, 作者：)."""
    label = FIELD_LABEL.match(line, at) or CHROME_LABEL_HEAD.match(line, at)
    return label is not None and line_features(line[at : label.end()]).labels > 0


def looks_like_title(line: str) -> bool:
    """A short line without sentence punctuation keeps its spaces (`立即行动 全力以赴`)."""
    return len(line.strip()) <= TITLE_LINE_MAX and not TITLE_PUNCT.search(line)


def is_table_row(line: str) -> bool:
    """A `cell|cell|cell` row; the full-width bar ｜ parts cells as | does (tables.toml)."""
    return len(cell_separator().findall(line)) >= 2


@cache
def cell_separator() -> re.Pattern:  # noqa: N802  (a pattern, read once from tables.toml)
    return re.compile(f"[{re.escape(resources.read_rules('extract/tables.toml')['cell_separator'])}]")


@cache
def dash_separator() -> re.Pattern:
    return re.compile(resources.read_rules("extract/tables.toml")["dash_separator"])


def dash_gaps(line: str) -> list[re.Match]:
    """The spaced dashes that part a timetable's cells (6月10日 — 燃气泄漏演练 — 金桂苑社区), or none when
    the line has fewer than a row has (tables.toml)."""
    gaps = list(dash_separator().finditer(line.strip()))
    return gaps if len(gaps) >= _cell_gap()[1] else []


TABLE_DASHES = ("—", "–")  # a dash-parted row's gaps hold one of these (tables.toml `dash_separator`)


def dash_parted_rows(stripped: list[str]) -> set[int]:
    """The lines (by index) of tables typed with spaced dashes between their columns: a line with
    `dash_gaps` next to a line with as many, blank lines between them aside. One such line alone is a
    sentence's aside, no table."""
    kept = [i for i, line in enumerate(stripped) if line]
    counts = [len(dash_gaps(stripped[i])) if any(dash in stripped[i] for dash in TABLE_DASHES) else 0 for i in kept]
    return {
        kept[k]
        for k, count in enumerate(counts)
        if count and (k > 0 and counts[k - 1] == count or k + 1 < len(counts) and counts[k + 1] == count)
    }


def refolded_tables(text: str, lines: list[str]) -> list[tuple[int, int, str]]:
    """(first line, last line, the text that replaces them) for each table the layout step
    rebuilds in `text` (`lines`: its lines): one printed one cell per line keeps a cell a line (`cell_line_tables`); one whose
    columns spaces line up (`aligned_tables`) or single spaces part (`spaced_tables`), its cells
    wrapped onto lines of their own, becomes a row a line, its cells parted by tabs, as a clerk
    copying it into a table keeps it."""
    signs, cell_tables = page_tables(text)
    found = [(first, last, "\n".join(cell for row in rows for cell in row)) for first, last, rows in cell_tables]
    readers = (
        (aligned_tables, signs.index_word),
        (spaced_tables, signs.index_word),
        (tab_tables, signs.tab),
        (blank_parted_tables, signs.column_names >= 2),
        (lone_cell_tables, signs.column_names >= 3),
    )
    for reader in (reader for reader, possible in readers if possible):
        taken = {i for first, last, _ in found for i in range(first, last + 1)}
        found += [
            (first, last, "\n".join("\t".join(row) for row in rows))
            for first, last, rows in reader(lines)
            if taken.isdisjoint(range(first, last + 1))
        ]
    return sorted(found)


class TableSigns(NamedTuple):
    """What the table readers need before they can find a table, read in one pass: most documents
    hold none, and each reader is a loop in Python over every line. A header names its columns in
    short lines (工作任务 / 责任单位 / 完成时限: two at least for a table a cell a line or a row a
    block, three for a web table a cell a paragraph), opens with an index column's name (序号: the
    space-parted readers') or parts its cells by tabs."""

    column_names: int  # lines that are a column's name (`_names_a_column`)
    index_word: bool  # the text holds an index column's name (序号, 编号)
    tab: bool


CellTable = tuple[int, int, list[list[str]]]  # a table printed one cell a line (`cell_line_tables`)


@lru_cache(maxsize=8)  # the boilerplate and layout steps read the same page's tables
def page_tables(text: str) -> tuple[TableSigns, tuple[CellTable, ...]]:
    """A page's table signs and its tables printed one cell a line (none where fewer than two lines
    name a column), read once per text: the boilerplate step keeps those tables' row numbers
    (`table_row_numbers`) and the layout step rebuilds the tables, and on most pages no step between
    them changes the text. Both only read what this returns."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    signs = table_signs(lines, stripped)
    return signs, tuple(cell_line_tables(stripped)) if signs.column_names >= 2 else ()


def table_signs(lines: list[str], stripped: list[str]) -> TableSigns:
    text = "\n".join(lines)
    return TableSigns(
        sum(1 for line in stripped if 0 < len(line) <= HEADER_CELL_MAX and _names_a_column(line)),
        any(name in text for name in resources.read_rules("extract/tables.toml")["column_roles"]["index"]),
        "\t" in text,
    )


# --- tables whose cells wrap onto lines of their own ------------------------------------------

SPACED_CONTINUATION_MAX = 8  # a wrapped last cell's tail under the table's last row (县政府)
HEADER_CELL_MAX = 8  # a header cell is a short name (序号, 整改期限, 牵头单位)
BLANK_PARTED_COLUMNS_MAX = 8  # a table printed a cell a line, rows parted by blank lines, has few columns
BROKEN_CELL_LINES_MAX = 8  # the lines one tab row's broken cells take (a cell of four lines, two such)
CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?]")  # a wrapped cell's tail holds none (a clause is running text)


def _header_cells(cells: list[str]) -> bool:
    """Cells a table's header row holds: 序号 first, then short names of columns that all mean a
    role, two at least (序号 工作事项 责任主体 时间节点)."""
    return len(cells) >= 3 and header_role(cells[0]) == "index" and all(_names_a_column(cell) for cell in cells[1:])


def _names_a_column(cell: str) -> bool:
    """A header cell after 序号: a short name whose words mean a column's role (工作事项, 责任主体)."""
    return len(cell) <= HEADER_CELL_MAX and header_role(cell) not in (None, "index")


def _opens_header(line: str) -> bool:
    """A line whose first word is 序号 or the like (one word read: most lines are prose)."""
    words = line.split(maxsplit=1)
    return len(words) == 2 and "\t" not in line and header_role(words[0]) == "index"


def _sequence_number(cell: str) -> int | None:
    bare = cell.rstrip(".、．")
    return int(bare) if bare.isdigit() and len(bare) <= 3 else None


def _fragments(line: str) -> list[tuple[int, str]]:
    """A line's pieces between column gaps, each with the display column it starts at."""
    gap, _ = _cell_gap()
    pieces, position = [], 0
    for found in [*gap.finditer(line), None]:
        end = found.start() if found else len(line)
        piece = line[position:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append((display_width(line[: position + lead]), piece.strip()))
        position = found.end() if found else end
    return pieces


def aligned_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """Tables whose columns runs of spaces line up (a PDF or a fixed-width copy) with cells that
    wrap onto lines of their own: under a header row (`_header_cells`) each row starts at its
    sequence number in the first column, and each further line's pieces go into the column whose
    header they start under (display columns: a Chinese character is two). Each is (first line,
    last line, its rows of cells, the header first); a table whose rows take a line each is none."""
    tables = []
    i = 0
    while i < len(lines):
        header = _fragments(lines[i]) if _opens_header(lines[i]) else []
        if not _header_cells([cell for _, cell in header]):
            i += 1
            continue
        offsets = [offset for offset, _ in header]
        rows: list[list[str]] = [[cell for _, cell in header]]
        party_columns = {c for c, (_, cell) in enumerate(header) if (header_role(cell) or "").endswith("units")}
        last, j = i, i + 1
        while j < len(lines) and lines[j].strip() and "\t" not in lines[j]:
            pieces = _fragments(lines[j])
            starts_row = pieces[0][0] < offsets[1] and _sequence_number(pieces[0][1]) == len(rows)
            if not starts_row and (len(rows) == 1 or pieces[0][0] < offsets[1]):
                break  # a line in the first column that is no next row: the table ended
            if starts_row:
                rows.append([""] * len(offsets))
            for column, piece in _columns(pieces, offsets):
                cell = rows[-1][column]
                rows[-1][column] += " " + piece if column in party_columns and party_list_ends(cell, piece) else piece
            last, j = j, j + 1
        wrapped = last - i + 1 > len(rows)  # rows a line each stay as they are: structure.py reads their gaps
        if wrapped and (len(rows) > 2 or len(rows) == 2 and all(rows[1])):
            tables.append((i, last, rows))
        i = last + 1
    return tables


def _columns(pieces: list[tuple[int, str]], offsets: list[int]) -> list[tuple[int, str]]:
    """Each piece with its column: in order when the line fills every column, else the column
    whose header starts nearest to where the piece starts."""
    if len(pieces) == len(offsets):
        return [(column, piece) for column, (_, piece) in enumerate(pieces)]
    return [(min(range(len(offsets)), key=lambda c: abs(offsets[c] - at)), piece) for at, piece in pieces]


def party_list_ends(cell: str, piece: str) -> bool:
    """Whether a party column's cell so far ends with a whole party, the next line naming another
    (tables.toml party_line_end), not a name the column wrapped."""
    return (
        bool(cell)
        and cell.count("（") == cell.count("）")
        and piece[0] not in CLOSING_HEAD + "（("
        and _party_line_end().search(cell) is not None
    )


def spaced_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """Tables a PDF copy prints with one space between cells, each row's lines wrapping its cells
    (`1 华澄公司甲类车间使` / `用非防爆电器 立即停用，…`): under a header row of such cells
    (`_header_cells`), a row starts at its sequence number and runs to the next; its lines joined,
    its spaces part as many cells as the header has. A row that parts otherwise ends the table.
    The last row ends where its cells are complete, but for short tails of its last cell (县政府)."""
    tables = []
    for i, line in enumerate(lines):
        if not _opens_header(line) or "  " in line.strip() or not _header_cells(header := line.split()):
            continue
        rows, last = [header], i
        runs = _numbered_runs(lines, i + 1)
        for n, (first, end) in enumerate(runs, 1):
            stop = end
            if n == len(runs):  # where the last row's cells are complete
                stop = next(
                    (s for s in range(first + 1, end) if len(_joined(lines, first, s).split()) >= len(header)), end
                )
                while stop < end and _tail_of_cell(lines[stop].strip()):
                    stop += 1
            cells = _joined(lines, first, stop).split()
            if len(cells) != len(header) or _sequence_number(cells[0]) != len(rows):
                break
            rows.append(cells)
            last = stop - 1
            if stop < end:
                break  # the text after the table
        if len(rows) > 1:
            tables.append((i, last, rows))
    return tables


def tab_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """Tab-parted tables (Word or Excel pasted as text) whose header or cells wrap onto lines of
    their own: a header of short cells naming two columns at least (序号 optional: 重点任务 / 责任单位 /
    完成时限), its second line's words (`\t任务\t单位\t时限` under `序号\t重点\t牵头\t完成`) joined to
    the cells above; a row's further lines that fill one cell only (`\t安全隐患并建立台账\t\t`) go
    into the cells above, a party column's next party after a space.
    Each row keeps as many cells as the header, its empty last cells too (a blank 备注). The table
    ends at the first line without a tab. Each is (first line, last line, its rows, header first);
    a table whose rows take a line each and keep their cells is none."""
    tables = []
    i = 0
    while i < len(lines):
        header = _tab_header(lines, i)
        if header is None:
            i += 1
            continue
        cells, last = header
        party_columns = {c for c, cell in enumerate(cells) if (header_role(cell) or "").endswith("units")}
        rows: list[list[str]] = [cells]
        j = last + 1
        while j < len(lines) and "\t" in lines[j] and len(pieces := _tab_cells(lines[j])) <= len(cells):
            if _sequence_number(pieces[0]) and (broken := _row_with_broken_cells(lines, j, len(cells))):
                row, j = broken
                rows.append(row)
                last, j = j, j + 1
                continue
            if len(rows) > 1 and _continues_row(pieces):
                for column, piece in enumerate(pieces):
                    if piece:
                        cell = rows[-1][column]
                        joiner = " " if column in party_columns and party_list_ends(cell, piece) else ""
                        rows[-1][column] = cell + joiner + piece
            elif pieces[0]:
                rows.append(pieces + [""] * (len(cells) - len(pieces)))
            else:  # a row under merged cells (序号, 阶段) keeps its cells only, as structure.py reads it
                rows.append(_tab_cells(lines[j].strip()))
            last, j = j, j + 1
        rebuilt = [lines[k].strip() for k in range(i, last + 1)]
        if len(rows) > 1 and rebuilt != ["\t".join(row) for row in rows]:
            tables.append((i, last, rows))
        i = last + 1
    return tables


def _row_with_broken_cells(lines: list[str], j: int, width: int) -> tuple[list[str], int] | None:
    """A numbered row from line j whose cells hold line breaks (a Word or Excel cell of several lines pasted
    as text: `1\t组织燃气经营企业` / `负责人专题培训\t区城管局\t区应急管理局、` / `各街道\t5月底前`): its
    lines up to the one that brings the row to `width` cells, each break inside a cell joined without
    a space, and that line. None when line j is a whole row, or when the lines after it never make up
    a row (prose after the table, another table): a row's break-off pieces are short."""
    cells = _tab_cells(lines[j].strip())
    k = j
    while len(cells) < width and k + 1 < len(lines) and k - j < BROKEN_CELL_LINES_MAX:
        k += 1
        pieces = _tab_cells(lines[k].strip())
        if (
            not pieces[0]
            or len(pieces[0]) > CELL_LINE_MAX
            or heading(pieces[0]) is not None
            or _sequence_number(pieces[0]) is not None  # the next row, the row above's last cells blank
        ):
            return None
        cells[-1] += pieces[0]
        cells += pieces[1:]
    return (cells, k) if k > j and len(cells) == width else None


def blank_parted_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """Tables a web page prints a cell a line with a blank line after each row (存在问题 / 整改措施 /
    整改时限 / 督办单位, a blank line, then each row's four lines): under a header block of N >= 3
    short lines, two at least naming columns, each following block of exactly N lines is a row, up
    to the first block of another size or one holding a heading after its first cell; two rows at
    least. Each is (first line, last line, its rows, header first)."""
    blocks: list[tuple[int, int]] = []  # the runs of non-blank lines, first and last
    for i, line in enumerate(lines):
        if line.strip():
            if blocks and blocks[-1][1] == i - 1:
                blocks[-1] = (blocks[-1][0], i)
            else:
                blocks.append((i, i))
    tables = []
    b = 0
    while b < len(blocks):
        first, last = blocks[b]
        header = [line.strip() for line in lines[first : last + 1]]
        width = len(header)
        rows = [header]
        if 3 <= width <= BLANK_PARTED_COLUMNS_MAX and (_named_columns(header) or 0) >= 2:
            while b + len(rows) < len(blocks):
                row_first, row_last = blocks[b + len(rows)]
                cells = [line.strip() for line in lines[row_first : row_last + 1]]
                if len(cells) != width or any(heading(cell) or "\t" in cell for cell in cells[1:]):
                    break
                rows.append(cells)
        if len(rows) > 2:
            tables.append((first, blocks[b + len(rows) - 1][1], rows))
            b += len(rows)
        else:
            b += 1
    return tables


PARTY_ROLES = ("units", "lead_units", "cooperating_units")
# a merged first column's text a web page prints a word group a line, each alone between blank
# lines (加强 / 城市 / 安全), before the first row it spans
ROWSPAN_FRAGMENT = re.compile(f"[{HAN}]{{2,4}}")
NUMBERED_CELL = re.compile(rf"[0-9]{{1,3}}[.．、](?=[{HAN}])")  # a task cell opening with its number (1.将…)


def lone_cell_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """Tables a web page prints with every cell a paragraph of its own, blank lines between (主要任务
    / 任务清单 / 牵头单位 / 配合单位, then each row's numbered task cell and its party cells): a header
    of N >= 3 short cells that all name columns, a task's and a party's among them; each row starts
    at the cell after the task column's, numbered 1, 2, …, and holds one short clause-free line for
    each party column after it. The columns before the task's are merged across rows: their text,
    a word group a line, is joined into the first row it spans. Two rows at least; each is (first
    line, last line, its rows, header first)."""
    kept = [i for i, line in enumerate(lines) if line.strip()]
    cells = [lines[i].strip() for i in kept]
    tables = []
    k = 0
    while k < len(kept):
        found = _lone_cell_table(kept, cells, k)
        if found is None:
            k += 1
            continue
        end, rows = found
        tables.append((kept[k], kept[end - 1], rows))
        k = end
    return tables


def _lone_cell_table(kept: list[int], cells: list[str], k: int) -> tuple[int, list[list[str]]] | None:
    """The table whose header starts at cells[k]: where it ends (an index into `kept`) and its rows."""
    width = 0
    while k + width < len(cells) and _names_a_column(cells[k + width]) and _alone(kept, k + width):
        width += 1
    roles = [header_role(cell) for cell in cells[k : k + width]]
    if width < 3 or "task" not in roles or not any(role in PARTY_ROLES for role in roles):
        return None
    task = len(roles) - 1 - roles[::-1].index("task")
    parties = width - task - 1
    if parties < 1 or not all(role in PARTY_ROLES for role in roles[task + 1 :]):
        return None
    rows = [cells[k : k + width]]
    j = k + width
    while True:
        stage = j
        while stage < len(cells) and ROWSPAN_FRAGMENT.fullmatch(cells[stage]) and _alone(kept, stage):
            stage += 1
        row = cells[stage : stage + parties + 1]
        if (
            len(row) < parties + 1
            or not all(_alone(kept, n) for n in range(stage, stage + parties + 1))
            or not (number := NUMBERED_CELL.match(row[0]))
            or _sequence_number(number.group()) != len(rows)
            or not all(_party_cell(cell) for cell in row[1:])
        ):
            break
        merged = "".join(cells[j:stage])
        rows.append([merged, *[""] * (task - 1), *row] if task else row)
        j = stage + parties + 1
    return (j, rows) if len(rows) > 2 else None


def _alone(kept: list[int], n: int) -> bool:
    """Whether kept line n stands between blank lines (the first line of the text counts as after one)."""
    return (n == 0 or kept[n] - kept[n - 1] > 1) and (n + 1 == len(kept) or kept[n + 1] - kept[n] > 1)


def _party_cell(cell: str) -> bool:
    """A cell that lists parties: a short line, no clause in it, not a numbered item."""
    return _cell_line(cell) and not CLAUSE_MARK.search(cell[:-1]) and not cell[0].isdigit()


def _named_columns(cells: list[str]) -> int | None:
    """How many of a would-be header's cells name a column (工作任务, 责任单位), or None when a cell is
    empty, longer than a header cell or holds a digit (a row, not a header)."""
    if not all(0 < len(cell) <= HEADER_CELL_MAX and not re.search(r"[0-9０-９]", cell) for cell in cells):
        return None
    return sum(header_role(cell) not in (None, "index") for cell in cells)


def _tab_cells(line: str) -> list[str]:
    return [cell.strip(" \u3000") for cell in line.rstrip("\r").split("\t")]


def _tab_header(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A tab row of short cells without a digit that name two columns at least, and the line its
    cells wrap onto (cells without a digit under a header that names fewer columns without them)."""
    if "\t" not in lines[i]:
        return None
    cells = _tab_cells(lines[i].strip())
    named = _named_columns(cells)
    if len(cells) < 2 or named is None:
        return None
    below = _tab_cells(lines[i + 1]) if i + 1 < len(lines) and "\t" in lines[i + 1] else []
    if len(below) == len(cells) and not re.search(r"[0-9０-９]", lines[i + 1]):
        joined = [cell + tail for cell, tail in zip(cells, below, strict=True)]
        if all(len(cell) <= HEADER_CELL_MAX for cell in below) and (
            sum(header_role(cell) not in (None, "index") for cell in joined) > named
        ):
            return joined, i + 1
    return (cells, i) if named >= 2 else None


def _continues_row(pieces: list[str]) -> bool:
    """A tab line that carries on the row above: one cell filled only (a line that fills several
    under empty first cells is a row of its own under merged 序号 and stage cells)."""
    return sum(bool(piece) for piece in pieces) == 1


def _joined(lines: list[str], first: int, end: int) -> str:
    return "".join(lines[k].strip() for k in range(first, end))


def _tail_of_cell(line: str) -> bool:
    return (
        len(line) <= SPACED_CONTINUATION_MAX
        and " " not in line
        and not CLAUSE_MARK.search(line)
        and heading(line) is None
    )


def _numbered_runs(lines: list[str], start: int) -> list[tuple[int, int]]:
    """The runs of lines from `start` to the next blank line, each opening with the next sequence
    number and a space and running up to the next such line."""
    runs: list[tuple[int, int]] = []
    j = start
    while j < len(lines) and lines[j].strip():
        stripped = lines[j].strip()
        if " " in stripped and _sequence_number(stripped.split(maxsplit=1)[0]) == len(runs) + 1:
            runs.append((j, j + 1))
        elif runs:
            runs[-1] = (runs[-1][0], j + 1)
        else:
            break
        j += 1
    return runs


# --- tables printed one cell per line ---------------------------------------------------------

CELL_LINE_MAX = 30  # a line of a cell printed in a narrow column
JOINED_CELL_MAX = 3 * CELL_LINE_MAX  # a cell of a few such lines joined


@cache
def _column_meanings() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple(
        (re.compile(rule["pattern"]), rule["role"])
        for rule in resources.read_rules("extract/tables.toml")["column_meaning"]
    )


@lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """A header cell's role: a name column_roles lists, else what its words mean (整改时限 → deadline); a
    bracketed gloss after the name (责任科室（单位）) leaves the name's role as it is."""
    spec = resources.read_rules("extract/tables.toml")
    text = re.sub(spec["header_gloss"], "", text)
    roles_spec = spec["column_roles"]
    named = next(
        (role for role, names in roles_spec.items() if any(text == n or text.startswith(n) for n in names)), None
    )
    if named or len(text) > 12:
        return named
    return next((role for pattern, role in _column_meanings() if pattern.search(text)), None)


def cell_line_tables(stripped: list[str]) -> list[CellTable]:
    """Tables printed one cell per line (PDF and Word copies): a header run of N >= 3 short lines
    naming columns, 序号 first (序号 / 整治任务 / 责任单位 / 完成时限), then each row as its sequence
    number and its cells' lines. Each is (first line, last line, its rows of N cells, the header
    first); page marks and running headers inside are left out. The layout step writes each cell
    on a line of its own, as a clerk copying the table does; structure.py reads the rows."""
    kept = [i for i, line in enumerate(stripped) if line]
    tables = []
    k = 0
    while k < len(kept):
        width = _header_width(stripped, kept, k)
        if width:
            header = [stripped[i] for i in kept[k + 1 : k + width]]  # the cells after 序号
            parties = {c for c, cell in enumerate(header) if header_role(cell) in PARTY_ROLES}
            rows, end = _rows(stripped, kept, k + width, width, set(stripped[: kept[k]]), parties)
        elif width := _unnumbered_header_width(stripped, kept, k):
            rows, end = _unnumbered_rows(stripped, kept, k, width)
        else:
            k += 1
            continue
        if rows:
            tables.append((kept[k], kept[end - 1], [[stripped[i] for i in kept[k : k + width]], *rows]))
            k = end
        else:
            k += 1
    return tables


def _header_width(stripped: list[str], kept: list[int], k: int) -> int:
    """The number of header lines starting at kept[k] (0 when none): 序号 first, then short lines
    that name columns, at least two naming parties, deadlines or tasks, and row 1 right below."""
    if header_role(stripped[kept[k]]) != "index":
        return 0
    n = 1
    while k + n < len(kept) and _names_a_column(stripped[kept[k + n]]):
        n += 1
    return n if n >= 3 and k + n < len(kept) and _is_number(stripped[kept[k + n]], 1) else 0


def _unnumbered_header_width(stripped: list[str], kept: list[int], k: int) -> int:
    """The number of header lines of a table without 序号 starting at kept[k] (0 when none): short
    lines naming columns, three at least, one the task's and the last the deadline's (工作任务 /
    责任单位 / 完成时限), whose rows `_unnumbered_rows` can tell apart by their dates."""
    n = 0
    while k + n < len(kept) and _names_a_column(stripped[kept[k + n]]):
        n += 1
    roles = [header_role(stripped[kept[k + i]]) for i in range(n)]
    return n if n >= 3 and "task" in roles and roles[-1] == "deadline" else 0


def _unnumbered_rows(stripped: list[str], kept: list[int], k: int, width: int) -> tuple[list[list[str]], int]:
    """The rows after the header, a line a cell, each row's last line its date (no number marks
    where a row starts, so a row must take one line a cell and end in a deadline)."""
    rows: list[list[str]] = []
    k += width
    while k + width <= len(kept):
        cells = [stripped[kept[i]] for i in range(k, k + width)]
        if not all(map(_cell_line, cells)) or not _deadline_like(cells[-1]):
            break
        rows.append(cells)
        k += width
    return rows, k


def _is_number(line: str, number: int) -> bool:
    return line.rstrip(".、．") == str(number)


def _later_number(line: str, number: int) -> bool:
    """A bare sequence number after `number` (the next, or one after it when a row's number was lost)."""
    return any(_is_number(line, later) for later in (number + 1, number + 2))


def _rows(
    stripped: list[str], kept: list[int], k: int, width: int, before: set[str], parties: set[int]
) -> tuple[list[list[str]], int]:
    """The rows from kept[k] on, each its number and width - 1 cells (`parties`: the party columns
    among them), and where they end."""
    rows: list[list[str]] = []
    number = 1
    while k < len(kept) and _is_number(stripped[kept[k]], number):
        pieces: list[str] = []
        j = k + 1
        while (
            j < len(kept)
            and not _later_number(stripped[kept[j]], number)
            and (_cell_line(stripped[kept[j]]) or len(pieces) < width - 1 and _joined_cell(stripped[kept[j]]))
        ):
            if not _page_furniture(stripped[kept[j]], before):
                pieces.append(stripped[kept[j]])
            j += 1
            if len(pieces) > 3 * width:
                break
        groups = _lost_numbers(pieces, width - 1)
        cells = [row for group in groups if (row := _cells_of(group, width - 1, parties)) is not None]
        if len(cells) < len(groups):
            break
        labels = [stripped[kept[k]], *(str(number + n) for n in range(1, len(groups)))]
        rows += [[label, *row] for label, row in zip(labels, cells, strict=True)]
        number, k = number + len(groups), j
    return rows, k


def _lost_numbers(pieces: list[str], count: int) -> list[list[str]]:
    """A row printed line by line across its columns (its last column's date among its first
    lines) that holds another such date further on took in the next row, whose number went with a
    page mark the boilerplate step removed: split there, the next row's first lines ending in it."""
    if len(pieces) <= count or not _deadline_like(pieces[count - 1]):
        return [pieces]
    for d in range(2 * count - 1, len(pieces)):
        if _deadline_like(pieces[d]):
            return [pieces[: d - count + 1], *_lost_numbers(pieces[d - count + 1 :], count)]
    return [pieces]


def _cell_line(line: str) -> bool:
    return len(line) <= CELL_LINE_MAX and heading(line) is None and line[-1] not in "。！？；："


def _joined_cell(line: str) -> bool:
    """A cell whose wrapped lines the layout step joined (the table read again from the normalized
    text, structure.py): longer than a line of its column, no sentence end. Read only for a row's
    first cells, so the prose after the last row stays outside."""
    return len(line) <= JOINED_CELL_MAX and heading(line) is None and line[-1] not in "。！？；："


def _page_furniture(line: str, before: set[str]) -> bool:
    """A page mark (— 3 —, － 2 －) or a running header (a line of the document's head repeated
    on each page, 岚安办〔2025〕31号)."""
    return is_page_mark(line) or line in before


WRAP_CHOICES_MAX = 2000  # the ways a row's wrapped lines may fall weighed one by one (a row has few)


def _cells_of(pieces: list[str], count: int, parties: set[int]) -> list[str] | None:
    """A row's `count` cells from its lines. Lines beyond `count` are wrapped cells. When the last
    column's first line came before the wrap (开展地下管网和窨井 / 市住建局、市城管局， / 8月31日 /
    设施普查…), the PDF printed the row line by line across the columns and each further line goes
    on the next column that wraps; else a cell's lines stand together, and of the ways the wraps may
    fall the one is taken whose party cells (the columns in `parties`) open and end as parties' names
    do and hold no clause (县应急管理局、县市场监督 / 管理局 is one cell, not a task's tail and a cell
    管理局; 各成员单位 / 收到通知后5个工作 parts a party cell from a deadline's), then whose
    breaks follow the longest lines (ones that filled their column) or come before closing
    punctuation."""
    if len(pieces) < count:
        return None
    extra = len(pieces) - count
    if extra and _deadline_like(pieces[count - 1]):
        cells = pieces[:count]
        for n, piece in enumerate(pieces[count:]):
            cells[n % (count - 1)] += piece
        return cells
    if not extra:
        return list(pieces)

    def wrap_score(b: int) -> int:
        previous, piece = pieces[b - 1], pieces[b]
        return 100 if previous[-1] in OPENING_TAIL or piece[0] in CLOSING_HEAD else len(previous)

    by_length = sorted(range(1, len(pieces)), key=wrap_score, reverse=True)
    choices: list[tuple[int, ...]] = [tuple(by_length[:extra])]
    if parties and comb(len(pieces) - 1, extra) <= WRAP_CHOICES_MAX:
        choices = list(combinations(range(1, len(pieces)), extra))

    def weight(wraps: Iterable[int]) -> tuple[int, int]:
        cells = _wrapped_cells(pieces, set(wraps))
        named = sum(
            bool(_party_cell_start().search(cells[c]))
            + bool(_party_line_end().search(cells[c]))
            + (CLAUSE_MARK.search(cells[c]) is None)
            for c in parties
        )
        return named, sum(map(wrap_score, wraps))

    return _wrapped_cells(pieces, set(max(choices, key=weight)))


def _wrapped_cells(pieces: list[str], wraps: set[int]) -> list[str]:
    """The cells of a row's lines, each line at a break in `wraps` joined to the one above."""
    cells: list[str] = []
    for b, piece in enumerate(pieces):
        if b in wraps:
            cells[-1] += piece
        else:
            cells.append(piece)
    return cells


def _deadline_like(cell: str) -> bool:
    return re.fullmatch(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?前?", cell) is not None


# --- punctuation -----------------------------------------------------------------------------

HALF_PUNCT = re.compile(r"[,;:!?()]")
WIDENED = re.compile(r"[,;:!?().]")  # what full_width_punctuation may change: HALF_PUNCT's marks and HALF_STOP's
# a half-width full stop after a Chinese character, before another or at the line's end, ends a
# sentence (工作.下一步); in numbers, names of files and addresses it stays (1.5, 附件.docx, www.)
# after a Chinese character or a closing bracket, before Chinese, an opening bracket, a date's
# number or the line's end (行为.（县市场监管局牵头）, （5月11日至9月30日）.对, 管理.8月底前)
HALF_STOP = re.compile(rf"(?<=[{HAN}）)])\.(?=[{HAN}“”（(]|\d{{1,4}}[年月日]|$)")
STRAIGHT_QUOTES = re.compile(r' ?" ?" ?|"')  # a doubled quote takes the stray spaces with it
# Both comma patterns open on the comma and look back at the character before it only there: a pattern
# that opens with a lookbehind gives the engine no first character to skip by, and is tried at every
# position of the line (three times slower on the lines the step reads; the same matches)
DOUBLED_COMMA = re.compile(rf"([，,])(?<=[{HAN}][，,])[，,]+(?=[{HAN}])")  # 短板,,部分: one comma typed twice
# a comma typed before another clause mark (落实国家,、省, 无死角,。): a clause ends at one mark, so the
# comma is the stray and the mark after it, which says more (a list's 、, a sentence's end), stays; a run
# of question marks is characters lost to encoding (精神,??h领导), not a question, and the comma stays
STRAY_COMMA = re.compile(rf"[，,](?<=[{HAN}][，,])[，,]*(?=[、。；！]|？(?!？))")
# what any of those needs: a half-width mark, a straight quote, a closing quote (lost_opening_quotes)
# or a doubled or stray comma; most lines of Chinese text hold none, and the step passes them at one
# search (one character class first, a full-width comma only before another mark: an alternation
# would have the regex engine try every position)
PUNCTUATION_WORK = re.compile(r"[,;:!?().\"”，](?:(?<!，)|(?=[，、。；！？]))")
CJK_CHAR = re.compile(f"[{CJK}]")
LATIN_ONLY = re.compile(r"[A-Za-z0-9 .\-]+")


def repair_punctuation(text: str) -> tuple[str, list]:
    edits: list[Edit] = []
    for offset, line in lines_matching(PUNCTUATION_WORK, text):
        if not is_table_row(line):
            edits += [Edit(e.start + offset, e.end + offset, e.replacement) for e in line_punctuation(line)]
    return apply_edits(PUNCT_STEP, text, edits)


def lines_matching(pattern: re.Pattern, text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of each line of `text` where `pattern` matches, for a pattern whose matches and
    lookarounds hold no line break: one scan of the text that goes on at the next line after a match,
    so the lines without one (most of a page) are never split out or searched alone."""
    found = pattern.search(text)
    while found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.start())
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        found = pattern.search(text, end + 1)


def line_punctuation(line: str) -> list[Edit]:
    quotes = quote_edits(line)
    doubled = ("," in line or "，" in line) and (DOUBLED_COMMA.search(line) or STRAY_COMMA.search(line)) is not None
    if not quotes and not doubled:
        converted = full_width_punctuation(line)
        if converted == line:
            return []
        # the widening changes these marks one for one and nothing else: only they are compared
        marks = (found.start() for found in WIDENED.finditer(line))
        return [Edit(i, i + 1, converted[i]) for i in marks if converted[i] != line[i]]
    # a quote put in makes its neighbours' context Chinese (`:0”` -> `：“0”`), so widths are
    # decided on the quoted line, and one pass reaches the fixpoint
    quoted, _ = apply_edits(PUNCT_STEP, line, quotes)
    return diff_edits(line, STRAY_COMMA.sub("", DOUBLED_COMMA.sub(r"\1", full_width_punctuation(quoted))))


def full_width_punctuation(line: str) -> str:
    """Convert until nothing changes: a mark converted makes its neighbour's context Chinese
    (`0,)㐀`: the `)` goes full-width, and then the `,` before it), so one pass would not be
    idempotent. Conversions keep the length and only go one way, so this ends. A line without a
    mark either pass changes (most lines the step reads hold only a closing quote) is left at once."""
    if WIDENED.search(line) is None:
        return line
    while True:
        converted = _full_width_pass(line)
        if converted == line:
            return line
        line = converted


def _full_width_pass(line: str) -> str:
    converted = HALF_PUNCT.sub(
        lambda m: HALF_TO_FULL_PUNCTUATION[m.group()] if in_chinese_context(line, m.start()) else m.group(), line
    )
    if "." in converted:
        converted = HALF_STOP.sub("。", converted)
    return converted


def in_chinese_context(line: str, i: int) -> bool:
    ch = line[i]
    before, after = line[i - 1 : i], line[i + 1 : i + 2]
    if ch in ",:" and before.isdigit() and after.isdigit():
        return False  # 1,000 and 09:30
    if ch == ":" and after == "/":
        return False  # http://
    if ch in "()":
        return paren_is_chinese(line, i)
    return is_cjk(before) or is_cjk(after) or (ch in "!?;:," and before != "" and before in "）”》")


def paren_is_chinese(line: str, i: int) -> bool:
    """A parenthesis pair goes full-width when its content or its outside is Chinese."""
    if line[i] == "(":
        close = line.find(")", i)
        inside = line[i + 1 : close] if close > 0 else line[i + 1 : i + 2]
        outside = line[i - 1 : i]
    else:
        open_ = line.rfind("(", 0, i)
        inside = line[open_ + 1 : i] if open_ >= 0 else line[i - 1 : i]
        outside = line[i + 1 : i + 2]
    return bool(HAN_CHAR.search(inside)) or (is_cjk(outside) and not LATIN_ONLY.fullmatch(inside or "x"))


def quote_edits(line: str) -> list[Edit]:
    """Straight quotes alternate open/close within a line; a doubled one counts once."""
    edits = []
    opening = True
    if '"' in line and HAN_CHAR.search(line):
        for m in STRAIGHT_QUOTES.finditer(line):
            edits.append(Edit(m.start(), m.end(), "“" if opening else "”"))
            opening = not opening
    if not edits:
        edits += lost_opening_quotes(line)
    return edits


CURLY_QUOTE = re.compile("[“”]")


QUOTED_TERM_CHARS = 12  # a quoted term (`“隐患清单”`) is short; a longer run between two closings is a quotation


def lost_opening_quotes(line: str) -> list[Edit]:
    """`…悲痛。6·3”事故` -> `…悲痛。“6·3”事故`: a short quoted term right after a sentence end; and
    `建立”隐患清单”机制` -> `建立“隐患清单”机制`: an opening printed as a closing, when a second closing
    follows it over a short term with no clause mark between (two closings never follow each other)."""
    if "”" not in line:
        return []
    edits = []
    depth = 0
    quotes = list(CURLY_QUOTE.finditer(line))  # only the quotes move the depth: no loop over every character
    for at, quote in enumerate(quotes):
        i = quote.start()
        if quote.group() == "“":
            depth += 1
        elif depth:
            depth -= 1
        elif is_misprinted_opening(line, i, quotes[at + 1 : at + 2]):
            edits.append(Edit(i, i + 1, "“"))
            depth += 1
        else:
            start = i
            while start > 0 and line[start - 1] not in "，。！？；：、“”（）,.!?;:" and i - start < 8:
                start -= 1
            if 0 < start < i and line[start - 1] in "。！？；：!?;:" and i - start <= 6:
                edits.append(Edit(start, start, "“"))
    return edits


def is_misprinted_opening(line: str, i: int, next_quote: list[re.Match]) -> bool:
    """The closing quote at `i` opens a term: the next quote closes too, a short run of Chinese later
    with no clause mark between (`”隐患清单”`)."""
    if not next_quote or next_quote[0].group() != "”":
        return False
    term = line[i + 1 : next_quote[0].start()]
    return 0 < len(term) <= QUOTED_TERM_CHARS and bool(HAN_CHAR.search(term)) and not INNER_PUNCT.search(term)


def is_cjk(ch: str) -> bool:
    return bool(ch) and bool(CJK_CHAR.match(ch))
