"""Remove web chrome and content-farm templates; the title, dateline and body stay.

The line classifier (`lines.py`) says what each line is; this step removes chrome, metadata and
caption lines, keeps of a chrome line what it carries (the dateline's date, the title a metadata
block names, a title without its 原标题： prefix) where the line stood, and removes chrome inside
kept lines (a reporter's credit after the last sentence, 【责任编辑：…】; data/normalize/line_kinds.toml
`inline`) and a chrome label left empty at a kept line's end (一、一\t来源：).

Page furniture goes with the blank lines around it, so that a sentence or a table the page break
cut reads on: page marks (- 3 -, 第3页 共5页) and running headers or footers, a line printed on
every page (青川县安委办工作通报    2025年: RUNNING_MIN times or more, next to a page mark,
not a heading, a field or a sentence's end). A document viewer's copy, each page a line, loses its page
numbers with the breaks before them and its page marks inside lines, and its items' lost line breaks
come back (`viewer_copy_edits`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from .. import resources
from ..dates import CHINESE_NUMERALS
from .edits import Edit, apply_edits, merge_deletions
from .layout import page_tables
from .lines import (
    FIELD,
    HEADING,
    PROSE,
    REMOVED,
    SPACES,
    TABLE_BAR_START,
    Line,
    features_of,
    inline_chrome,
    line_features,
    read_lines,
)

STEP = "boilerplate"


def remove_boilerplate(text: str) -> tuple[str, list]:
    lines = read_lines(text)
    furniture = page_furniture(text, lines)
    edits = furniture_edits(text, lines, furniture) + viewer_copy_edits(text, lines)
    row_numbers = table_row_numbers(text) | bar_row_numbers(text)
    for n, line in enumerate(lines):
        if n in furniture or n in row_numbers:
            continue
        if line.kind in REMOVED and line.keep is None:
            edits.append(Edit(line.start, min(line.end + 1, len(text)), ""))
        elif line.keep is not None:
            edits.append(Edit(line.start, line.end, line.keep))
        elif line.kind in (PROSE, FIELD, HEADING):
            content = text[line.start : line.end]
            edits += inline_edits(content, line.start) or empty_label_edits(content, line.start)
    # a removed line just before page furniture and the furniture both take the break between them
    return apply_edits(STEP, text, merge_deletions(edits, touching=False))


def table_row_numbers(text: str) -> set[int]:
    """The lines (by index) of the row numbers of the tables printed one cell a line that the layout
    step rebuilds (`cell_line_tables`): a row's bare number (1 … 8 under 序号) is short and alone like
    a page number, and the chrome evidence would take it, the row's cells then running into each
    other. Only the numbers: a site's footer under the last row is still the site's."""
    _, tables = page_tables(text)  # the layout step reads the same tables, mostly of the same text
    if not tables:  # most pages name no column: no table to read
        return set()
    stripped = [line.strip() for line in text.split("\n")]
    numbers = set()
    for first, last, rows in tables:
        labels = iter(row[0] for row in rows[1:])
        label = next(labels, None)
        for n in range(first, last + 1):
            if stripped[n] == label:
                numbers.add(n)
                label = next(labels, None)
    return numbers


BAR_ROW_MIN = 3  # a table's numbered rows: this many in a row at least (1, 2, 3), a page's marks never so close
BAR_ROW_REACH = 3  # the next row's number stands within this many lines (a row's cell and its empty cells)
BARE_NUMBER = re.compile(r"\d{1,3}")


def bar_row_numbers(text: str) -> set[int]:
    """The lines (by index) of the row numbers of a table copied a cell a line with its bars before the
    cells (1 ⏎ | 检查项目 ⏎ | | ⏎ 2 ⏎ | …): each number alone on its line and right above a line that
    opens with a bar, counting 1, 2, 3 … within a few lines of each other. Alone like a page number, the
    chrome evidence takes it; a page's marks are never a row's height apart, nor each over a bar."""
    if sum(map(text.count, TABLE_BAR_START)) < BAR_ROW_MIN:  # most pages hold no bar: no line to split
        return set()
    stripped = [line.strip() for line in text.split("\n")]
    if sum(line.startswith(TABLE_BAR_START) for line in stripped) < BAR_ROW_MIN:
        return set()
    numbered = [
        n
        for n, line in enumerate(stripped[:-1])
        if BARE_NUMBER.fullmatch(line) and stripped[n + 1].startswith(TABLE_BAR_START)
    ]
    runs: list[list[int]] = []
    for n in numbered:
        if runs and int(stripped[n]) == int(stripped[runs[-1][-1]]) + 1 and n - runs[-1][-1] <= BAR_ROW_REACH:
            runs[-1].append(n)
        else:
            runs.append([n])
    return {n for run in runs if len(run) >= BAR_ROW_MIN for n in run}


RUNNING_MIN = 3  # a running header or footer is printed on this many pages at least
RUNNING_MIN_HAN = 4
PARAGRAPH_END = "。！？；：）)"


def page_furniture(text: str, lines: Sequence[Line]) -> set[int]:
    """Indices of page marks and running header/footer lines, with the blank lines around them."""
    contents = page_contents(text)
    features = features_of(contents)
    marks = {n for n, content in enumerate(contents) if content and features[n].page_marker}
    if not marks:  # a running header or footer is furniture only beside a page mark
        return set()
    blank = [not content for content in contents]
    counts = Counter(contents)

    def nearest(n: int, step: int) -> int | None:
        k = n + step
        while 0 <= k < len(lines) and blank[k]:
            k += step
        return k if 0 <= k < len(lines) else None

    def running(n: int) -> bool:
        content = contents[n]
        # beside a page mark, blank lines between: a line repeated elsewhere (an issuer's name over
        # the title and under the signature) is the document's own
        set_off = nearest(n, -1) in marks or nearest(n, 1) in marks
        return (
            counts[content] >= RUNNING_MIN
            and features[n].han >= RUNNING_MIN_HAN
            and content[-1] not in "。！？；：，、"
            and lines[n].kind not in (HEADING, FIELD)
            and set_off
        )

    found = marks | {n for n, content in enumerate(contents) if content and running(n)}
    for n in sorted(found):  # the blank lines around each, up to the text on either side
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(lines) and (blank[k] or k in found):
                found.add(k)
                k += step
    return found


def page_contents(text: str) -> list[str]:
    """Each line (`text.split("\\n")`, as `read_lines` reads them) stripped, each run of spaces in it
    made one space: a running header printed with other spacing is the same line. A line whose
    only spaces are single ASCII ones, most lines, is taken as it is without a regex call (every
    other space, tab and line separator is unprintable)."""
    stripped = (line.strip() for line in text.split("\n"))
    return [line if line.isprintable() and "  " not in line else SPACES.sub(" ", line) for line in stripped]


def furniture_edits(text: str, lines: Sequence[Line], furniture: set[int]) -> list[Edit]:
    """One removal per run of furniture lines; the text either side meets across one line break."""
    edits = []
    for n in sorted(furniture):
        if n - 1 in furniture:
            continue
        last = n
        while last + 1 in furniture:
            last += 1
        if n == 0 or last == len(lines) - 1:
            # at the text's start or end: the run goes with the break after (or before) it
            start = lines[n].start if n == 0 else lines[n].start - 1
            edits.append(Edit(start, min(lines[last].end + (n == 0), len(text)), ""))
        else:
            # a paragraph that ended before the page break stays apart from the text after it
            ended = text[lines[n - 1].start : lines[n - 1].end].rstrip()[-1:] in PARAGRAPH_END
            edits.append(Edit(lines[n].start, lines[last].end + 1, "\n" if ended else ""))
    return edits


# A document viewer's copy (a 文库 preview) prints each page as one line, the page's paragraph breaks
# lost: it numbers the pages at their lines' starts (1、关于…的通知各部门… | 2、述和重要批示…, the
# break wherever the page ended, inside a sentence, a word even: 论 | 述), or leaves each page's mark
# where the page ended (line_kinds.toml `inline_page_mark`).
VIEWER_PAGE_NUMBER = re.compile(r"(\d{1,3})、")
VIEWER_PAGE_MIN = 100  # a page's line holds this many characters at least (an item of a list is shorter)
CLAUSE_END = re.compile("[。！？；：!?;:]")  # where a page's lost paragraph break may have stood


def viewer_copy_edits(text: str, lines: Sequence[Line]) -> list[Edit]:
    """A viewer's page numbers go with the break before each (the text reads on), its page marks
    inside lines go, and each of its pages breaks before an item opening after a sentence's end or a
    colon, where the page lost the item's line break (。二、加大隐患排查… → 。 | 二、加大隐患排查…)."""
    chunks = viewer_page_chunks(text, kept_lines(text, lines))
    edits = []
    if chunks:
        edits.append(Edit(chunks[0][0].start, chunks[0][0].start + chunks[0][1], ""))
        for (before, _), (line, number_end) in zip(chunks, chunks[1:], strict=False):
            edits.append(Edit(before.end, line.start + number_end, ""))
    page_mark = resources.line_kinds()["inline_page_mark"]
    marked = [
        line
        for line in (kept_lines(text, lines) if "页" in text else ())  # a page mark holds 页 (most texts: none)
        if "页" in text[line.start : line.end] and page_mark.search(text, line.start, line.end)
    ]
    for line in marked:
        edits += [Edit(found.start(), found.end(), "") for found in page_mark.finditer(text, line.start, line.end)]
    for line in {line for line, _ in chunks} | set(marked):
        edits += [Edit(at, at, "\n") for at in lost_item_breaks(text, line)]
    if chunks:
        edits += [Edit(at, at, "\n") for at in lost_title_break(text, lines, chunks[0])]
    return edits


# a removed line that is only a shared file's name: the document's title, then its extension
SHARED_FILE_NAME = re.compile(r"\s*(?P<name>[^\s.。，,《》]{6,60})\.(?i:docx?|pdf|wps)\s*$")


def lost_title_break(text: str, lines: Sequence[Line], first_page: tuple[Line, int]) -> list[int]:
    """Where a viewer's first page runs its title into the body: a sharing site names the file above
    the pages (某县防汛工作方案.docx), and when the first page opens with that name followed by more text,
    the title's line break was lost after it (1、某县防汛工作方案为做好… → 某县防汛工作方案 | 为做好…). The
    name is compared ignoring case: sites print the file's name as it was uploaded (xx县 for XX县)."""
    line, number_end = first_page
    opening = text[line.start + number_end : line.end]
    for named in lines:
        if named.kind not in REMOVED or named.start >= line.start:
            continue
        found = SHARED_FILE_NAME.fullmatch(text, named.start, named.end)
        if found is None:
            continue
        name = found.group("name")
        if (
            opening.casefold().startswith(name.casefold())
            and len(opening) > len(name)
            and opening[len(name)] not in PARAGRAPH_END + "，、,."
        ):
            return [line.start + number_end + len(name)]
    return []


def kept_lines(text: str, lines: Sequence[Line]) -> Iterator[Line]:
    """The lines the step keeps that hold text, read as far as the caller asks (a viewer's page
    numbers are looked for from the first on, and most texts' first kept line has none)."""
    return (line for line in lines if line.kind not in REMOVED and text[line.start : line.end].strip())


def lost_item_breaks(text: str, line: Line) -> list[int]:
    """Where in a viewer's page an item's marker (二、, （三）, 4、) follows a sentence's end or a colon,
    its text after it (not a list of numerals: 一、二级)."""
    heading = resources.line_kinds()["heading"]
    breaks = []
    for end in CLAUSE_END.finditer(text, line.start, line.end):
        rest = text[end.end() : line.end]  # the heading pattern is anchored at its text's start
        item = heading.match(rest)
        if (
            item
            and item.end() < len(rest)
            and rest[item.end()] not in CHINESE_NUMERALS + "、"
            and not rest[item.end()].isdigit()
        ):
            breaks.append(end.end())
    return breaks


def viewer_page_chunks(text: str, kept: Iterable[Line]) -> list[tuple[Line, int]]:
    """A viewer's numbered pages (each line and where its number ends): the text's kept lines from
    its first that open with 1、, 2、, 3、… in turn, two at least, every one but the last a page of
    running text that ends inside a sentence — a list's items end their sentences, or are short."""
    chunks: list[tuple[Line, int]] = []
    for line in kept:
        found = VIEWER_PAGE_NUMBER.match(text, line.start, line.end)
        if found is None or int(found.group(1)) != len(chunks) + 1:
            break
        chunks.append((line, found.end() - line.start))
    if len(chunks) < 2 or any(not page_chunk(text[line.start : line.end]) for line, _ in chunks[:-1]):
        return []
    return chunks


def page_chunk(content: str) -> bool:
    """A page's worth of running text (clauses parted by commas) cut at the page's end, inside a sentence."""
    content = content.rstrip()
    return (
        len(content) >= VIEWER_PAGE_MIN
        and content[-1] not in PARAGRAPH_END + ".!?;:"
        and any(mark in content for mark in "，,")
    )


# a last part of a line, after a space or tab, that is only a label (一、总体要求\t来源：)
TRAILING_LABEL_SPACES = " \t\u3000"
TRAILING_LABEL = re.compile(r"[ \t\u3000]+(\S{1,8}[:：])[ \t\u3000]*$")


def empty_label_edits(content: str, start: int) -> list[Edit]:
    """A chrome label with nothing after it that ends a kept line (`content`, at `start` in the text)
    goes with the space before it: the layout step would break it off onto a line of its own,
    chrome only a second pass would see. TRAILING_LABEL's search tries every place in the line, so
    it is asked only of a line whose last mark before its end's spaces is a label's colon (few are)."""
    if content.rstrip(TRAILING_LABEL_SPACES)[-1:] not in (":", "："):
        return []
    found = TRAILING_LABEL.search(content)
    if found and found.start() > 0 and line_features(found.group(1)).labels:
        return [Edit(start + found.start(), start + found.end(), "")]
    return []


def inline_edits(content: str, start: int) -> list[Edit]:
    """Chrome inside a kept line (`content`, at `start` in the text): a credit, an editor's tag. The
    line classifier found it already in the line's stripped text (`Features.inline`); a line with
    spaces around it is read as it stands, where the match's offsets count them."""
    features = line_features(content)
    glued = features.inline if features.text == content else inline_chrome(content, resources.line_kinds())
    if glued is None:
        return []
    found, replacement = glued
    return [Edit(start + found.start(), start + found.end(), found.expand(replacement))]
