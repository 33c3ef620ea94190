"""Document structure: paragraphs, sentences, numbered parts, text tables and 责任单位/完成时限 lines.

The document model is a spaCy `Doc` whose tokens are pieces of text (markers, sentences, table
rows): segmenting the whole document with jieba, or even one token per character, costs as much as
jieba.lcut itself, and nothing here needs words. The components below (registered by factory, assembled from
`data/extract/pipeline.toml`) mark paragraphs, sentences and enumeration markers as spans;
`document_structure` turns those spans into the outline the task extractor reads.

Sentence rule (ANNOTATION.md): a sentence ends at 。！？； (closing quotes stay with it) or before the
next enumeration marker (一要/二要/一是/（一）/1./第一，); a line break always ends one.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import accumulate, groupby, pairwise
from pathlib import Path

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from spacy.vocab import Vocab

from .. import resources
from ..normalize.layout import (
    cell_line_tables,
    cell_separator,
    column_gaps,
    dash_gaps,
    dash_parted_rows,
    header_role,
    is_table_row,
    party_list_ends,
)
from .deadlines import parse_deadline_text
from .enterprise import names_staff, staff_units
from .units import closing_bracket_start, find_units

PARAGRAPHS, SENTENCES, MARKERS = "paragraphs", "sentences", "markers"
TABLE, FIELD, TEXT = "table", "field", "text"
SOURCE = "source"  # doc.user_data key: the text the tokenizer cut into pieces
LINES = "lines"  # doc.user_data key: the document's LineReadings
KEPT = "{}_kept"  # doc.user_data key of a span group's offsets and labels (`kept_spans`)
PIECE_TOKENIZER = "nlp_pipeline.piece_tokenizer.v1"
WITHOUT_LEXEME_ATTRIBUTES = "nlp_pipeline.without_lexeme_attributes.v1"
_ZONE_LOCK = threading.Lock()


@dataclass
class Cell:
    start: int
    end: int
    text: str
    role: str | None = None


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: str = "body"  # body | heading | title | table_row | table_header | field
    marker: str | None = None  # the enumeration marker as written, for headings
    part: Part | None = None  # the innermost numbered part; a heading's own part
    cells: list[Cell] = field(default_factory=list)
    # (role, value) of a 责任单位：/完成时限： line, or of each field of a （牵头单位：…；配合单位：…）
    # parenthesis: units | lead_units | cooperating_units | supervising_units | deadline
    field_pairs: list[tuple[str, str]] = field(default_factory=list)
    headed: bool = False  # a table row under a header row that named its columns

    def cell(self, role: str) -> Cell | None:
        return next((c for c in self.cells if c.role == role and c.text), None)


@dataclass(eq=False)
class Part:
    """A numbered part: its heading sentence, the sentences under it, the lines that qualify it."""

    kind: str
    heading: Sentence
    parent: Part | None
    inline: bool = False  # its heading shares a paragraph with body text: it ends with that paragraph
    lead_in: Sentence | None = None  # the sentence that introduces the enumeration it belongs to
    body: list[Sentence] = field(default_factory=list)  # direct body sentences, in order
    fields: list[Sentence] = field(default_factory=list)

    def ancestors(self) -> Iterator[Part]:
        part: Part | None = self
        while part is not None:
            yield part
            part = part.parent

    @cached_property
    def headings(self) -> tuple[str, ...]:
        """Its heading's text and its ancestors', innermost first, markers stripped: built once, as
        task detection asks for them 3-4 times per sentence (review section, task section, plan body, plan year)."""
        return tuple(strip_marker(part.heading) for part in self.ancestors())


def strip_marker(sentence: Sentence) -> str:
    """The sentence after its enumeration marker and the space a copy may leave after it (`2. 落实经费保障。`)."""
    marker = sentence.marker or ""
    rest = sentence.text[len(marker) :]
    return rest.lstrip(" ") if marker.endswith((".", "．")) else rest


@dataclass
class Structure:
    text: str
    sentences: list[Sentence]
    parts: list[Part]
    body_start: int  # index of the first sentence of the body (after title, number, salutation lines)


# --- compiled patterns -------------------------------------------------------------------------


@dataclass(frozen=True)
class OutlinePatterns:
    """outline.toml compiled into single alternations: the marker kinds are tried in one regex
    match instead of a loop, and sentence cuts are found by one scan instead of char by char."""

    spec: dict
    any_marker: re.Pattern  # a named group per kind, in the order of the file
    inline_marker: re.Pattern
    sentence_cut: re.Pattern  # an end mark with its closing quotes, or the point before an inline marker
    question_clause: re.Pattern  # what makes a clause before ？ a question (an interrogative word or particle)


@cache
def _outline() -> OutlinePatterns:
    spec = resources.read_rules("extract/outline.toml")

    def alternation(markers) -> str:
        return "|".join(f"(?P<{m['kind']}>{m['pattern'].removeprefix('^')})" for m in markers)

    inline = [m for m in spec["markers"] if m["inline"]]
    ends, closing = re.escape(spec["sentence_end"]), re.escape(spec["closing_marks"])
    before = re.escape(spec["split_before_marker_after"])
    return OutlinePatterns(
        spec=spec,
        any_marker=re.compile(alternation(spec["markers"])),
        inline_marker=re.compile(alternation(inline)),
        sentence_cut=re.compile(
            rf"[{ends}][{closing}]*|(?<=[{before}])(?=(?:{alternation(inline).replace('?P<', '?P<cut_')}))"
        ),
        question_clause=re.compile(spec["question_clause"]),
    )


QUESTION_MARKS = "？?"
CLAUSE_MARKS = re.compile("[，,。；;！!？?：:]")


def asks_nothing(line: str, cut: re.Match) -> bool:
    """Whether the cut is a question mark inside a sentence's run of clauses (after a comma) closing a clause
    that asks nothing: a byte the encoding lost (…，要求各企业切实增强?;钒踩管理意识), which the normalizer turned
    full-width and which ends no sentence. One after a heading or a line's first clause (二、…管理??h公安…) stays
    a cut: there the lost byte stood for the end mark itself."""
    if not cut.group().startswith(tuple(QUESTION_MARKS)):
        return False
    marks = list(CLAUSE_MARKS.finditer(line, 0, cut.start()))
    if not marks or marks[-1].group() not in "，,":
        return False
    return not _outline().question_clause.search(line[marks[-1].end() : cut.start()])


@cache
def _tables():
    spec = resources.read_rules("extract/tables.toml")
    roles = spec["field_lines"]
    names = sorted({n for role in ("units", "deadline") for n in roles[role]}, key=lambda name: (-len(name), name))
    field_re = re.compile(rf"^(?:({'|'.join(names)})[：:]\s*(.+)|[（(]({'|'.join(names)})[：:]\s*([^（）()]+)[）)])$")
    return spec, field_re


def match_marker(text: str, *, inline_only: bool = False):
    """(kind, marker text) when `text` opens with an enumeration marker."""
    patterns = _outline()
    found = (patterns.inline_marker if inline_only else patterns.any_marker).match(text)
    return (found.lastgroup, found.group(0)) if found else None


# --- the spaCy document model -------------------------------------------------------------------


@dataclass
class LineReadings:
    """One document's memo of its lines: the tokenizer and the paragraph and sentence components
    read every line twice. Made by the tokenizer for its document and kept on the Doc
    (`doc.user_data[LINES]`), so documents read side by side never share or clear it."""

    kinds: dict[str, str] = field(default_factory=dict)
    bounds: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    def kind(self, line: str) -> str:
        found = self.kinds.get(line)
        if found is None:
            found = self.kinds[line] = _line_kind(line)
        return found

    def sentence_bounds(self, line: str) -> tuple[tuple[int, int], ...]:
        found = self.bounds.get(line)
        if found is None:
            found = self.bounds[line] = _sentence_bounds(line)
        return found


class PieceTokenizer:
    """Tokens are whole pieces of text: enumeration markers, sentences, table rows, the whitespace
    and line breaks between them. A character-level Doc would cost as much as jieba itself. The
    pipeline's one Vocab holds the pieces only inside the memory zone `document_structure` opens,
    so that a long batch does not keep every sentence it saw.

    It has no state of its own (its rules are the package's data files), so it saves as nothing;
    it is registered (`PIECE_TOKENIZER`) so that a saved pipeline's config.cfg names it and
    `spacy.load` builds it again."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def to_disk(self, path, *, exclude=()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path, *, exclude=()) -> PieceTokenizer:
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=()) -> PieceTokenizer:
        return self

    def __call__(self, text: str) -> Doc:
        lines = LineReadings()
        lines.kinds.update(dict.fromkeys(_aligned_rows(text), TABLE))
        lines.kinds.update(dict.fromkeys(_dash_parted_rows(text), TABLE))
        words: list[str] = []
        for index, line in enumerate(text.split("\n")):
            if index:  # every break, even before the first piece: offsets are the text's own
                words.append("\n")
            stripped = line.strip()
            if not stripped:
                if line:
                    words.append(line)
                continue
            lead = line.index(stripped)
            if lead:
                words.append(line[:lead])
            position = 0
            bounds = lines.sentence_bounds(stripped) if lines.kind(stripped) == TEXT else [(0, len(stripped))]
            for a, b in bounds:
                if a > position:
                    words.append(stripped[position:a])
                marker = match_marker(stripped[a:b])
                if marker and len(marker[1]) < b - a:
                    words.extend((stripped[a : a + len(marker[1])], stripped[a + len(marker[1]) : b]))
                else:
                    words.append(stripped[a:b])
                position = b
            if position < len(stripped):
                words.append(stripped[position:])
            if lead + len(stripped) < len(line):
                words.append(line[lead + len(stripped) :])
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc.user_data[SOURCE] = "".join(words)
        doc.user_data[LINES] = lines
        return doc


def doc_text(doc: Doc) -> str:
    """The text of a Doc, kept by the tokenizer: `Doc.text` and `Span.text` join tokens on every
    call, which the components would pay once per paragraph and sentence."""
    return doc.user_data[SOURCE]


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """The span of the tokens that cover [start, end): there always are some, as every span asked
    for here lies inside the text."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    assert span is not None, f"no tokens cover characters {start}-{end}"
    return span


def _set_spans(doc: Doc, name: str, spans: list[Span]) -> None:
    """The span group `name`, its spans' offsets and labels kept beside it: a span read back from a
    group is built anew (three Tokens each), which the next components and the outline would pay
    for every paragraph, sentence and marker."""
    doc.spans[name] = spans
    doc.user_data[KEPT.format(name)] = [(span.start_char, span.end_char, span.label_) for span in spans]


def kept_spans(doc: Doc, name: str) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label_) of each span of the group `name`, as `_set_spans` kept them."""
    return doc.user_data[KEPT.format(name)]


# --- spaCy components --------------------------------------------------------------------------


def _line_kind(line: str) -> str:
    """Table row, field line or running text (asked through the document's LineReadings; rows of
    space-aligned columns it is told beforehand, `_aligned_rows`)."""
    if is_table_row(line) or "\t" in line and column_gaps(line) and not _tabbed_prose(line):
        return TABLE
    if field_run(line):
        return FIELD
    return TEXT


def _tabbed_prose(line: str) -> bool:
    """Running text a tab indents clause by clause (各乡镇要开展排查，\t确保不留死角，\t…): each piece
    but the last ends a clause, as no row's index, party or deadline cell does."""
    pieces = [piece for piece in line.split("\t") if piece.strip()]
    return all(piece.rstrip()[-1] in "，。；：、,;:" for piece in pieces[:-1])


def _dash_parted_rows(text: str) -> set[str]:
    """Lines of a timetable typed with spaced dashes between its columns (日期 — 内容 — 负责单位)."""
    lines = [line.strip() for line in text.split("\n")]
    return {lines[i] for i in dash_parted_rows(lines)}


def _aligned_rows(text: str) -> set[str]:
    """Lines whose cells runs of spaces part, in a run of such lines two of which have as many cells: a
    table copied from a PDF or a fixed-width layout. A line of the run with fewer gaps than the run's most
    common count is a row too: a cell longer than its column leaves one space before the next (`…控制室未抗爆
    湾北区`), and a short first column the same (`序号 企业名称`). A line with more gaps is none (a phone
    number's spaces, a note beside a roster). One such line alone (签发人：…        签发日期：…) is no table."""
    lines = [line.strip() for line in text.split("\n")]
    counts = [len(column_gaps(line)) if "\t" not in line else 0 for line in lines]
    rows = set()
    for lined_up, run in groupby(enumerate(counts), key=lambda pair: pair[1] > 0):
        indexed = list(run)
        tally = Counter(count for _, count in indexed)
        times = max(tally.values())
        common = max(count for count, seen in tally.items() if seen == times)  # of two as common, the fuller
        block = [lines[i] for i, count in indexed if count <= common]
        # 联系人  张明  电话  … on every line: labels laid out in columns, a field list, not a table
        if lined_up and times > 1 and len({line.split(maxsplit=1)[0] for line in block}) > 1:
            rows.update(block)
    return rows


def field_line(text: str) -> tuple[str, str] | None:
    """(role, value) of a field line: a label field_lines names (责任单位：…, 完成时限：…), or one
    whose words mean a party or a time limit as a table header's would (督办单位：… supervising,
    配合部门：… cooperating, 整改期限：… deadline; field_label in tables.toml), or a 责任人 line naming
    staff by post and name (责任人：叉车班组长 陈刚；电气维修 孙浩; enterprise.py). A label meaning
    a task (整改要求：, 隐患内容：), a bare 时间： (a meeting's) or a party label that names no
    responsibility (专班成员单位：, 参会单位： list members and attendees) is no field."""
    spec, field_re = _tables()
    found = field_re.match(text)
    if found:
        name, value = found.group(1) or found.group(3), found.group(2) or found.group(4)
        if name not in spec["field_lines"]["units"]:
            return "deadline", value
        # 牵头单位：/配合单位： keep their label's role, as a table's 牵头单位 column does
        role = header_role(name)
        return (role if role is not None and role in spec["unit_column_roles"] else "units"), value
    label = _field_label().match(text)
    if label is None:
        return None
    if names_staff(label.group("label"), label.group("value")):
        return "units", label.group("value")
    role = header_role(label.group("label"))
    party_label = bool(role and role.endswith("units"))
    wanted = spec["field_label"]["units" if party_label else "deadline"]
    if (
        role is not None
        and role in (*spec["unit_column_roles"], "units", "deadline")
        and re.search(wanted, label.group("label"))
        and (not party_label or re.search(spec["field_label"]["responsibility"], label.group("label")))
    ):
        return role, label.group("value")
    return None


@cache
def _field_label() -> re.Pattern:
    return re.compile(_tables()[0]["field_label"]["line"])


@cache
def _field_run_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(where a field parenthesis may open, the separator before each later field of a run, a
    field's own label)."""
    label = _tables()[0]["field_run"]["label"]
    return (
        re.compile(rf"[（(](?={label}[：:])"),
        re.compile(rf"[；;，,]\s*(?={label}[：:])"),
        re.compile(rf"{label}[：:]"),
    )


def field_run(text: str) -> list[tuple[str, str]]:
    """(role, value) of every field of a field line or parenthesis: `责任单位：县住建局`,
    `（牵头单位：县应急管理局；配合单位：县商务局；完成时限：5月20日前）` → lead_units, cooperating_units
    and deadline, without the closing bracket. Every piece of a run must be `label：value`; a piece
    whose label names no field (责任领导：) gives nothing, and a run with no field at all is none
    (`（注：…；下同）`, a parenthesis in running text). A quoted or 【】-bracketed label
    (`请在“牵头单位：”栏填写…`, `【牵头单位：…】各乡镇要…`) is no field."""
    inner = text.rstrip().rstrip("。")
    if inner[:1] in "（(" and inner[-1:] in "）)":
        inner = inner[1:-1]
    elif inner[:1] in "（(":
        return []  # a parenthesis that does not close the line is an aside, not fields
    whole = field_line(text)
    if whole is not None and staff_units(whole[1]):
        # a field whose value lists staff by post and name (责任人：叉车班组长 陈刚；配合：…, and as
        # well 责任单位：安环部 王立新；配合：…) is one list: enterprise.staff_units reads its 配合 entries
        return [whole]
    _, separator, own_label = _field_run_patterns()
    pieces = separator.split(inner)
    if not all(own_label.match(piece) and not _closes_unopened(piece) for piece in pieces):
        return []
    if len(pieces) == 1:
        found = whole or field_line(inner)
        return [found] if found else []
    pieces = [piece.rstrip("；;，,。 ") for piece in pieces]
    pairs = [field_line(piece) for piece in pieces]
    if any(pair is not None and pair[0] != "deadline" for pair in pairs):
        # beside the item's parties a bare 时间： is the item's time; in (时间：…；地点：…) a meeting's
        pairs = [pair or _run_time(piece) for pair, piece in zip(pairs, pieces, strict=True)]
    return [split for pair in pairs if pair is not None for split in _with_time_tail(pair)]


def _run_time(piece: str) -> tuple[str, str] | None:
    """("deadline", value) of a run's piece labelled by a bare time word (field_run.time_label in tables.toml); a
    run's unlabelled piece (…；一季度完成) is _with_time_tail's."""
    label = _field_run_patterns()[2].match(piece)
    if label is None or not _time_label().match(piece[: label.end() - 1]):
        return None
    return "deadline", piece[label.end() :].strip()


@cache
def _time_label() -> re.Pattern:
    return re.compile(_tables()[0]["field_run"]["time_label"])


def _with_time_tail(pair: tuple[str, str]) -> list[tuple[str, str]]:
    """A party field whose value ends with an unlabelled time after ；or ，(`配合单位：县司法局；
    一季度完成`, `…；11月`): the time is the item's deadline, as a clause of its own is in a parenthesis of
    closing clauses, not one more party."""
    role, value = pair
    clauses = _top_level_clauses(value)
    if role == "deadline" or len(clauses) < 2:
        return [pair]
    tail = clauses[-1]
    if find_units(tail, listed=True) or not _clause_time(tail):
        return [pair]
    head = value[: value.rindex(tail)].rstrip("；;，, ")
    return [(role, head), ("deadline", tail)]


def _clause_time(clause: str) -> bool:
    """The clause states a time: a limit (年底前完成) or, as a cell would, only a span (11月, 全年)."""
    return parse_deadline_text(clause, None) is not None


def _closes_unopened(piece: str) -> bool:
    """`配合单位：县商务局】各乡镇要…`: the field ends at a bracket it never opened; what follows is text."""
    depth = 0
    for character in piece:
        depth += character in "（(【〔" or -(character in "）)】〕")
        if depth < 0:
            return True
    return False


def closing_clauses(text: str) -> list[tuple[str, str]]:
    """(role, value) of each clause of a parenthesis that closes an item, its clauses parted by ；
    or ， outside nested brackets: `label：value` (its label's role), parties with what they do
    (`县住建局牵头`, `各街道负责日常巡护`: units; `区城管局指导`: supervising_units), a bare list of
    parties (`市安委办`: units) or a time (`上半年完成`: deadline) — `（各街道负责，区城管局指导；办结时限：
    2026年3月底前）`, `（区安委办，四季度）`. A parenthesis with a clause of any other kind, or with no
    party and no field, is none (`（12月底前完成）` is read by closing_deadline, `（注：…）` is an aside)."""
    inner = text.rstrip().rstrip("。")
    if closing_bracket_start(inner) != 0:
        return []
    return list(_parenthesis_clauses(inner))


def party_note_clauses(text: str) -> list[tuple[str, str]]:
    """(role, value) of each clause of a sentence standing after an item's last sentence that only
    names who does the item: the parties after a dash (`——县应急管理局`, `——各乡镇、开发区管委会`) or a
    parenthesis of nothing but them (`（县应急管理局、县工业和信息化局）`, one bare list, which
    closing_clauses leaves as a possible gloss). None for a signature (`——办公室 许`), a credit or a
    note: every clause must be a party, a field or a time, and one a party (party_note_dash in tables.toml)."""
    inner = text.rstrip().rstrip("。；;")
    dash = re.match(_tables()[0]["party_note_dash"], inner)
    if dash is not None:
        inner = inner[dash.end() :]
    elif closing_bracket_start(inner) == 0:
        inner = inner[1:-1]
    else:
        return []
    pairs = []
    for clause in _top_level_clauses(inner):
        pair = _closing_clause(clause)
        if pair is None:
            return []
        pairs.extend(pair)
    return pairs if any(role != "deadline" for role, _ in pairs) else []


@lru_cache(maxsize=1024)
def _parenthesis_clauses(inner: str) -> tuple[tuple[str, str], ...]:
    """closing_clauses of a whole parenthesis. Cached (a pure memo, never cleared): a parenthesis
    closing its item's line is read when the line is cut into sentences and again as its sentence's
    fields, and every clause runs find_units and parse_deadline_text."""
    pairs = []
    for clause in _top_level_clauses(inner[1:-1]):
        pair = _closing_clause(clause)
        if pair is None:
            return ()
        pairs.extend(pair)
    if not any(role != "deadline" for role, _ in pairs) or len(pairs) < 2:
        return ()
    return tuple(pairs)


def _top_level_clauses(inner: str) -> list[str]:
    """`各县（市、区）政府负责，市应急局指导` → its clauses, cut at ；/， outside nested brackets."""
    clauses, depth, start = [], 0, 0
    for position, character in enumerate(inner):
        depth += character in "（(【〔" or -(character in "）)】〕")
        if depth == 0 and character in "；;，,":
            clauses.append(inner[start:position])
            start = position + 1
    clauses.append(inner[start:])
    return [clause.strip() for clause in clauses if clause.strip()]


def _closing_clause(clause: str) -> list[tuple[str, str]] | None:
    """The pairs one clause of a closing parenthesis gives (a label naming no field gives none), or
    None when the clause is no label, party or time."""
    acting_clause, supervising_verb, list_joiner = _closing_clause_patterns()
    if _field_run_patterns()[2].match(clause):
        # （县住建局牵头；时间：年底前）: the bracket names a party, so a bare 时间： is the item's time
        found = field_line(clause) or _run_time(clause)
        return [found] if found else []
    acting = acting_clause.fullmatch(clause)
    if acting and find_units(acting.group("parties"), listed=True):
        if supervising_verb.fullmatch(acting.group("verb")):
            return [("supervising_units", acting.group("parties"))]
        return [("units", clause)]
    listed = find_units(clause, listed=True)
    if listed and not list_joiner.sub("", _without_mentions(clause, listed)):
        return [("units", clause)]
    if not listed and _clause_time(clause):
        return [("deadline", clause)]
    return None


@cache
def _closing_clause_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(parties with what they do, a verb of overseeing, what may join a bare list of parties), compiled
    once: every clause of every closing parenthesis asks them."""
    spec = _tables()[0]["closing_clause"]
    return re.compile(spec["acting"]), re.compile(spec["supervising"]), re.compile(spec["list_joiner"])


def _without_mentions(text: str, units) -> str:
    """`text` with each unit's mention taken out once: what is left of a bare list of parties is
    only what joins them (、, 和)."""
    for unit in units:
        text = text.replace(unit.mention, "", 1)
    return text


def _field_run_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) of each bracketed field run in a line, and of a parenthesis of closing clauses
    that ends it: no sentence ends inside one, so the `；` between its fields does not cut the lead
    from the cooperating parties and the deadline."""
    spans = []
    body = line.rstrip().rstrip("。")
    closing = closing_bracket_start(body)
    if closing is not None and closing_clauses(body[closing:]):
        spans.append((closing, len(body)))
    for opening in _field_run_patterns()[0].finditer(line):
        depth = 0
        for position in range(opening.start(), len(line)):
            depth += line[position] in "（(" or -(line[position] in "）)")
            if depth == 0:
                if field_run(line[opening.start() : position + 1]):
                    spans.append((opening.start(), position + 1))
                break
    return spans


def limit_line_sentences(line: Sentence) -> list[Sentence]:
    """The sentences of a limit line (`整改期限：①立即整改；②…；③4月25日前完成…。`) cut as running text is, at its end
    marks and before an inline marker: the line is one field, but where it states the record's acts each of its
    sentences is a task of its own (ANNOTATION.md: one task per sentence). A line of one sentence is itself."""
    bounds = list(_cut_sentences(line.text, runs=[]))
    # 整改期限：①…: the label opens the first sentence, not one of its own
    if len(bounds) > 1 and line.text[: bounds[0][1]].endswith(("：", ":")):
        bounds[:2] = [(bounds[0][0], bounds[1][1])]
    pieces = [
        replace(line, start=line.start + start, end=line.start + end, text=line.text[start:end])
        for start, end in bounds
    ]
    return pieces if len(pieces) > 1 else [line]


def _cut_sentences(line: str, runs: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """[start, end) of each sentence of a line: a cut at every end mark or inline marker outside the field `runs`."""
    inner_cuts = [
        found.end()
        for found in _outline().sentence_cut.finditer(line)
        if not any(start < found.end() < end for start, end in runs) and not asks_nothing(line, found)
    ]
    cuts = [0, *inner_cuts, len(line)]
    bounds = []
    for a, b in pairwise(cuts):
        piece = line[a:b]
        stripped = piece.strip()
        if stripped:
            lead = a + piece.index(stripped)
            bounds.append((lead, lead + len(stripped)))
    return tuple(bounds)


@Language.factory("paragraph_lines", assigns=["doc.spans"])
def make_paragraph_lines(nlp: Language, name: str):
    def paragraph_lines(doc: Doc) -> Doc:
        spans: list[Span] = []
        offset = 0
        lines: LineReadings = doc.user_data[LINES]
        for raw in doc_text(doc).split("\n"):
            stripped = raw.strip()
            if stripped:
                start = offset + raw.index(stripped)
                spans.append(_char_span(doc, start, start + len(stripped), lines.kind(stripped)))
            offset += len(raw) + 1
        _set_spans(doc, PARAGRAPHS, spans)
        return doc

    return paragraph_lines


def _sentence_bounds(line: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans inside one paragraph of running text (asked through the document's
    LineReadings: the tokenizer and the sentencizer both cut every paragraph)."""
    # a field run needs its colon; a closing parenthesis of clauses (（县住建局牵头；…；6月底前完成）) needs none
    holds_fields = "：" in line or ":" in line or line.rstrip().rstrip("。").endswith(("）", ")"))
    return _cut_sentences(line, _field_run_spans(line) if holds_fields else [])


@Language.factory("enumeration_sentencizer", assigns=["token.is_sent_start", "doc.spans"])
def make_enumeration_sentencizer(nlp: Language, name: str):
    def enumeration_sentencizer(doc: Doc) -> Doc:
        sentences: list[Span] = []
        text = doc_text(doc)
        lines: LineReadings = doc.user_data[LINES]
        for base, end, label in kept_spans(doc, PARAGRAPHS):
            bounds = lines.sentence_bounds(text[base:end]) if label == TEXT else ((0, end - base),)
            for a, b in bounds:
                sentences.append(_char_span(doc, base + a, base + b, label))
        # one array write: setting token.is_sent_start one token at a time re-checks the whole
        # doc's annotation on every call, which made this step quadratic in the number of pieces
        sent_starts = numpy.full((len(doc), 1), -1, dtype="int64")
        sent_starts[[span.start for span in sentences], 0] = 1
        sent_starts = sent_starts.astype("uint64")  # spaCy's attribute type; -1 wraps as spaCy expects
        # spaCy's annotation asks for thinc's Ints2d, its name for a numpy integer array like this one
        doc.from_array([SENT_START], sent_starts)  # type: ignore[arg-type]
        _set_spans(doc, SENTENCES, sentences)
        return doc

    return enumeration_sentencizer


@Language.factory("outline_markers", assigns=["doc.spans"])
def make_outline_markers(nlp: Language, name: str):
    def outline_markers(doc: Doc) -> Doc:
        spans: list[Span] = []
        paragraph_starts = {start for start, _, _ in kept_spans(doc, PARAGRAPHS)}
        text = doc_text(doc)
        for start, end, label in kept_spans(doc, SENTENCES):
            if label != TEXT:
                continue
            found = match_marker(text[start:end], inline_only=start not in paragraph_starts)
            if found:
                kind, marker = found
                spans.append(_char_span(doc, start, start + len(marker), kind))
        _set_spans(doc, MARKERS, spans)
        return doc

    return outline_markers


@registry.tokenizers(PIECE_TOKENIZER)
def make_piece_tokenizer() -> Callable[[Language], PieceTokenizer]:
    def create_tokenizer(nlp: Language) -> PieceTokenizer:
        return PieceTokenizer(nlp.vocab)

    return create_tokenizer


@registry.callbacks(WITHOUT_LEXEME_ATTRIBUTES)
def make_without_lexeme_attributes() -> Callable[[Language], Language]:
    """An `after_creation` callback: the vocabulary computes no lexical attributes (shape,
    like_num …). A token here is a whole sentence that nothing asks such questions of, and with a
    shared Vocab every sentence is a new lexeme: computing them tripled the model's time."""

    def without_lexeme_attributes(nlp: Language) -> Language:
        nlp.vocab.lex_attr_getters = {}  # type: ignore[attr-defined]  # public in vocab.pxd, missing from vocab.pyi
        return nlp

    return without_lexeme_attributes


@cache
def document_model() -> Language:
    """The cached spaCy pipeline; built once per process. Its config (`nlp.config`) names the
    registered tokenizer and the component factories, so `nlp.to_disk` and `spacy.load` give it
    back once this module is imported."""
    import spacy

    config = {
        "nlp": {
            "tokenizer": {"@tokenizers": PIECE_TOKENIZER},
            "after_creation": {"@callbacks": WITHOUT_LEXEME_ATTRIBUTES},
        }
    }
    nlp = spacy.blank("zh", config=config)
    for step in resources.read_rules("extract/pipeline.toml")["steps"]:
        nlp.add_pipe(step)
    return nlp


# --- from spans to the outline -----------------------------------------------------------------


def _cells(sentence: Sentence) -> list[Cell]:
    """A row's cells, parted by `|` or `｜`, else by each tab (two tabs close an empty cell), else by
    the runs of spaces that line its columns up, else by spaced dashes (6月10日 — 演练 — 社区)."""
    text = sentence.text
    if is_table_row(text):
        bounds = [found.span() for found in cell_separator().finditer(text)]
    elif "\t" in text:
        bounds = [found.span() for found in re.finditer("\t", text)]
    else:
        bounds = [found.span() for found in column_gaps(text) or dash_gaps(text)]
    cells = []
    for start, end in pairwise([(0, 0), *bounds, (len(text), len(text))]):
        raw = text[start[1] : end[0]]
        stripped = raw.strip()
        lead = start[1] + (raw.index(stripped) if stripped else 0)
        cells.append(Cell(sentence.start + lead, sentence.start + lead + len(stripped), stripped))
    return cells


def _header_roles(cells: list[Cell]) -> list[str | None] | None:
    """Column roles when these cells are a header row (two or more cells name a role). A 问题
    column is the task only when no action column (任务, 措施) stands beside it; without either, the
    first column the header does not name is."""
    if any(re.search(r"[0-9０-９]", cell.text) for cell in cells):
        return None
    roles = [header_role(cell.text) for cell in cells]
    if "task" not in roles:
        roles = ["task" if role == "problem" else role for role in roles]
    # a problem beside an action column and a date that records the row's matter name no field of the task
    roles = [None if role in ("problem", "record_date") else role for role in roles]
    roles = _without_inspected_columns(cells, roles)
    if sum(r is not None for r in roles) < 2:
        return None
    if "task" not in roles:
        # 专项整治行业名称|时间安排|责任单位: the table assigns what its first unnamed column names
        # (ANNOTATION.md: an assignment table's rows are tasks though the first cell names a sector)
        first = next(
            (i for i, (cell, role) in enumerate(zip(cells, roles, strict=True)) if role is None and cell.text), None
        )
        if first is not None:
            roles[first] = "task"
    return roles


def _without_inspected_columns(cells: list[Cell], roles: list[str | None]) -> list[str | None]:
    """序号|单位/项目|主要问题|责任单位|整改时限: beside a party column whose header says who answers for the work
    (`responsibility`: 责任单位, 牵头部门, 整改责任人), a party column whose header says no such thing (单位/项目,
    被检查单位) names what the row is about — the inspected enterprise, the project — and no party told to act; with
    no task column of its own the table's first such column is then its task (_header_roles). Alone it is the row's
    party (被检查单位|发现问题|整改要求: the enterprise rectifies), and so it is beside a column that oversees or helps
    (督办单位|整改单位, 配合单位): they say who watches or assists, not who answers, and so does a column of the place's
    or the regulator's duty (`oversight_responsibility`: 单位名称|…|督办单位|属地责任单位: the listed firm rectifies)."""
    labels = _tables()[0]["field_label"]
    answering = [
        role in ("units", "lead_units")
        and re.search(labels["responsibility"], cell.text) is not None
        and re.search(labels["oversight_responsibility"], cell.text) is None
        for cell, role in zip(cells, roles, strict=True)
    ]
    if not any(answering):
        return roles
    return [None if role == "units" and not answers else role for role, answers in zip(roles, answering, strict=True)]


def _guess_roles(cells: list[Cell]) -> list[str | None]:
    """Columns of a table without a header: index first, task the longest, deadline/units after it."""
    roles: list[str | None] = [None] * len(cells)
    if cells and re.fullmatch(r"[0-9]{1,3}", cells[0].text):
        roles[0] = "index"
    rest = [i for i in range(len(cells)) if roles[i] is None]
    if not rest:
        return roles
    task = max(rest, key=lambda i: len(cells[i].text))
    roles[task] = "task"
    after = [i for i in rest if i > task]
    if after:
        roles[after[-1]] = "deadline" if len(after) > 1 else "units"
        for i in after[:-1]:
            roles[i] = "units"
    return roles


def _fold_cell_lines(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A table printed one cell per line (`cell_line_tables`: the normalized text keeps each cell
    on a line of its own, as a clerk copying a PDF table does) read as one header and one row per
    table line: the header stands at its first cell, a row at its task cell (the row's source, as
    the sentence the clerk sees), and the lines of the other cells go into their cells only."""
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    covered: set[int] = set()  # sentences folded into a row's cells
    for first, _, rows in cell_line_tables([line.strip() for line in lines]):
        spans = [
            (starts[i] + len(lines[i]) - len(lines[i].lstrip()), starts[i] + len(lines[i].rstrip()))
            for i in range(first, first + sum(map(len, rows)))
        ]
        if [text[a:b] for a, b in spans] != [cell for row in rows for cell in row]:
            continue  # blank lines inside: the layout step has not tidied this table
        roles = _header_roles([Cell(a, b, text[a:b]) for a, b in spans[: len(rows[0])]])
        if roles is None or "task" not in roles:
            continue
        roles = _last_task_column(roles)
        for r, row in enumerate(rows):
            row_spans = spans[r * len(row) : (r + 1) * len(row)]
            cells = [Cell(a, b, text[a:b]) for a, b in row_spans]
            anchor_start, anchor_end = row_spans[0 if r == 0 else roles.index("task")]
            on_lines = [s for s in sentences if row_spans[0][0] <= s.start < row_spans[-1][1]]
            anchor = next(s for s in on_lines if s.start == anchor_start)
            anchor.end, anchor.text, anchor.kind, anchor.cells = (
                anchor_end,
                text[anchor_start:anchor_end],
                "table_row",
                cells,
            )
            covered.update(s.index for s in on_lines if s is not anchor)
    if not covered:
        return sentences
    kept = [s for s in sentences if s.index not in covered]
    for i, sentence in enumerate(kept):
        sentence.index = i
    return kept


def _last_task_column(roles: list[str | None]) -> list[str | None]:
    """A header that names two task columns (重点任务 | 具体内容) heads each row with a topic and then
    the work itself: the last is the row's task, the topic names no field of it (as `lone_cell_tables`
    reads a merged topic column)."""
    last = len(roles) - 1 - roles[::-1].index("task")
    return [None if role == "task" and c != last else role for c, role in enumerate(roles)]


def _mark_tables(sentences: list[Sentence]) -> None:
    roles = None
    for sentence in sentences:
        if sentence.kind != "table_row":
            roles = None
            continue
        sentence.cells = sentence.cells or _cells(sentence)
        if _rules_a_header(sentence.cells):
            continue  # | --- | --- |: the rule under a Markdown header, no row; the header's roles go on below it
        space_aligned = _space_aligned(sentence)
        header = _header_roles(_named_columns(sentence.cells) if space_aligned else sentence.cells)
        if header:
            sentence.cells = _named_columns(sentence.cells) if space_aligned else sentence.cells
            roles, sentence.kind = header, "table_header"
            continue
        sentence.headed = roles is not None
        row_roles = roles
        if (
            space_aligned
            and roles
            and len(sentence.cells) < len(roles)
            and len(overflowed := _spaced_words(sentence.cells)) == len(roles)
        ):
            sentence.cells = overflowed  # a cell longer than its column left one space before the next
        if roles and len(sentence.cells) < len(roles):
            # a row shorter than its header lost its empty cells: its last ones (a blank 备注) when it
            # starts with its number under 序号, else its leading ones (a merged 序号 cell)
            numbered = roles[0] == "index" and re.fullmatch(r"[0-9]{1,3}", sentence.cells[0].text)
            row_roles = roles[: len(sentence.cells)] if numbered else roles[-len(sentence.cells) :]
        if row_roles and not _names_parties_or_time(row_roles):
            row_roles = None  # 序号|项目|落实|要求: a header naming no party or time column; read the cells
        for cell, role in zip(sentence.cells, row_roles or _guess_roles(sentence.cells), strict=False):
            cell.role = role
        sentence.cells = [part for cell in sentence.cells for part in _party_cells(cell)]


def _space_aligned(sentence: Sentence) -> bool:
    """A row whose cells only runs of spaces part (no tab, no bar): a fixed-width copy, where one space may
    part two cells too (`_named_columns`, `_spaced_words`); in a tab or bar table a space is inside a cell."""
    return "\t" not in sentence.text and not is_table_row(sentence.text)


def _named_columns(cells: list[Cell]) -> list[Cell]:
    """A header's cells with a cell that names two columns parted at its one space (`序号 企业名称` in a
    space-aligned copy, whose short first column leaves a single space before the next): each word names a
    column (`header_role`), so each is a cell of its own and the rows' cells fall under their columns."""
    return [
        part
        for cell in cells
        for part in (_spaced_words([cell]) if all(header_role(word.text) for word in _spaced_words([cell])) else [cell])
    ]


def _spaced_words(cells: list[Cell]) -> list[Cell]:
    """The cells parted at every single space inside them: in a space-aligned copy, where a cell as long as
    its column or longer leaves one space before the next, a space inside a cell is a gap between two."""
    return [
        Cell(cell.start + word.start(), cell.start + word.end(), word.group())
        for cell in cells
        for word in re.finditer(r"[^ \u3000]+", cell.text)
    ]


def _rules_a_header(cells: list[Cell]) -> bool:
    """Whether a table line is the rule a Markdown table draws under its header (tables.toml `header_rule`): every
    cell a run of dashes (the bars at the line's ends leave empty cells). Its cells keep no role, so it is no task."""
    rule = re.compile(_tables()[0]["header_rule"])
    filled = [cell.text for cell in cells if cell.text]
    return bool(filled) and all(rule.match(text) for text in filled)


def _names_parties_or_time(roles: list[str | None]) -> bool:
    return any(role == "deadline" or (role or "").endswith("units") for role in roles)


SPACE_RUN = re.compile("[ \u3000]+")


def _party_cells(cell: Cell) -> list[Cell]:
    """A party column's cell naming several parties parted by spaces (县教育局 县交通运输局, a
    wrapped cell's next party) as one cell a party, each with the column's role; a name the column
    wrapped (县市场 监管局) or any other cell stays whole."""
    if not (cell.role or "").endswith("units"):
        return [cell]
    parts, start = [], 0
    for gap in SPACE_RUN.finditer(cell.text):
        if party_list_ends(cell.text[start : gap.start()], cell.text[gap.end() :]):
            parts.append((start, gap.start()))
            start = gap.end()
    parts.append((start, len(cell.text)))
    return [
        Cell(cell.start + a, cell.start + b, cell.text[a:b], cell.role) if len(parts) > 1 else cell for a, b in parts
    ]


@cache
def _closing_parentheses() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a parenthesis naming an item's parties, a parenthesis stating its time, a sentence naming
    only the item's parties)."""
    spec = _tables()[0]
    return (
        re.compile(spec["closing_parenthesis"]),
        re.compile(spec["closing_deadline"]),
        re.compile(spec["closing_party_sentence"]),
    )


def heading_limit(heading: Sentence) -> str | None:
    """The time a heading states in the parenthesis that closes its line (`一、开学前准备（8月31日前完成）`), as an
    item's closing parenthesis states it after its last sentence (closing_deadline in tables.toml): the limit of the
    work under the heading. A parenthesis inside the heading's sentence (`9.取暖期前（10月底前）完成…；…`,
    `五、汛期结束后（预计9月底），请…`) times that sentence only. None when no such parenthesis closes it."""
    closing = _HEADING_CLOSING_PARENTHESIS.search(strip_marker(heading).rstrip("。；;：: "))
    found = _closing_parentheses()[1].match(closing.group("parenthesis")) if closing else None
    return found.group("value") if found else None


# the parenthesis that closes a heading's line, after a title of its own
_HEADING_CLOSING_PARENTHESIS = re.compile(r"[^（()）]{2}(?P<parenthesis>[（(][^（()）]{2,20}[）)])$")


def _mark_fields(sentences: list[Sentence]) -> None:
    """`责任单位：…` lines, the same label in brackets after an item's sentence
    (`1.…职责。（责任单位：县安委办）`), several labels in one parenthesis (`…。（牵头单位：…；配合单位：…；
    完成时限：…）`, each value with its label's role), and a parenthesis or a sentence naming the item's parties
    after its last sentence (`…备案。（县住建局牵头，县水利局配合）`, `…备案。由县住建局牵头负责，县水利局配合。`),
    or only listing them after a dash or in a bare parenthesis (`…承诺书。——县应急管理局`; party_note_clauses),
    on the item's line or the line under it (_closes_an_item)."""
    previous: Sentence | None = None
    item_lines: set[int] = set()
    for sentence in sentences:
        if previous is None or previous.paragraph != sentence.paragraph:
            if match_marker(sentence.text):
                item_lines.add(sentence.paragraph)
        found = field_run(sentence.text) if sentence.kind in ("field", "body") else None
        closing = closing_time = clauses = None
        if not found and sentence.kind == "body" and _closes_an_item(previous, sentence, item_lines):
            parties, time, party_sentence = _closing_parentheses()
            clauses = closing_clauses(sentence.text) or party_note_clauses(sentence.text)
            closing = parties.match(sentence.text) or party_sentence.match(sentence.text)
            closing_time = time.match(sentence.text)
        previous = sentence
        if found:
            pairs = found
        elif clauses:
            pairs = clauses
        elif closing is not None:
            pairs = [("units", closing.group("value"))]
        elif closing_time is not None:
            pairs = [("deadline", closing_time.group("value"))]
        else:
            continue
        sentence.kind = "field"
        sentence.field_pairs = [(role, value.strip()) for role, value in pairs]


def _closes_an_item(previous: Sentence | None, sentence: Sentence, item_lines: set[int]) -> bool:
    """`sentence` may name the parties or the time of what stands before it: it follows a sentence of
    its own paragraph, or it is the line right under a numbered item's line that ends a sentence
    (`3.开展一次专项检查。` / `——县应急管理局`), a 责任单位 line without its label."""
    if previous is None:
        return False
    if previous.paragraph == sentence.paragraph:
        return True
    ends = _outline().spec["sentence_end"]
    return previous.paragraph in item_lines and previous.text.rstrip()[-1:] in ends


def _body_start(sentences: list[Sentence], paragraph_counts: dict[int, int]) -> int:
    """The header zone is the lines before the first paragraph of running text (one that ends a
    sentence): titles, document numbers, datelines, news subtitles. They are never tasks."""
    ends = _outline().spec["sentence_end"] + "：:"
    for sentence in sentences:
        if sentence.kind != "body" or match_marker(sentence.text):
            return sentence.index
        if sentence.text[-1] in ends or paragraph_counts[sentence.paragraph] > 1:
            return sentence.index
    return len(sentences)


def opens_enumeration(marker: str) -> bool:
    """一、/（一）/1./一要/第一， — the first item of an enumeration."""
    return bool(re.search(r"(?<![一二三四五六七八九十0-9])(?:一|1)(?![一二三四五六七八九十0-9])", marker))


def _build_outline(sentences: list[Sentence], markers: dict[int, tuple[str, str]]) -> list[Part]:
    """Parts nest as their markers appear; a marker kind already open closes back to that level.
    The lead-in of an enumeration is the sentence before its first item; later items share it."""
    parts: list[Part] = []
    stack: list[Part] = []
    last_of_kind: dict[tuple[int, str], Part] = {}
    paragraph_sizes: dict[int, int] = {}
    for s in sentences:
        paragraph_sizes[s.paragraph] = paragraph_sizes.get(s.paragraph, 0) + 1
    last_part: Part | None = None
    previous: Sentence | None = None
    for s in sentences:
        if previous is not None and previous.paragraph != s.paragraph and s.kind != "field":
            # an item runs on past a line that ends with ； (a PDF copy's line break inside the item)
            while stack and stack[-1].inline and _last_paragraph(stack[-1]) == previous.paragraph:
                if previous.text.rstrip().endswith(("；", ";")) and previous.part is stack[-1]:
                    break
                if _announces_items(stack[-1], previous) and s.start in markers:
                    break
                stack.pop()
        if s.start in markers and s.kind == "body":
            kind, marker = markers[s.start]
            if not any(p.kind == kind for p in stack) and not opens_enumeration(marker):
                _close_to_open_sibling_list(stack, kind, last_of_kind)
            if any(p.kind == kind for p in stack):
                while stack[-1].kind != kind:
                    stack.pop()
                stack.pop()
            parent = stack[-1] if stack else None
            key = (id(parent), kind)
            if key in last_of_kind and not opens_enumeration(marker):
                lead_in = last_of_kind[key].lead_in
            else:
                lead_in = previous if previous is not None and previous.kind in ("body", "heading") else None
            s.kind, s.marker = "heading", marker
            part = Part(kind, s, parent, inline=paragraph_sizes[s.paragraph] > 1, lead_in=lead_in)
            last_of_kind[key] = part
            parts.append(part)
            stack.append(part)
            s.part = part
        elif s.kind == "field":
            s.part = last_part
            if last_part is not None:
                last_part.fields.append(s)
        else:
            s.part = stack[-1] if stack else None
            if s.part is not None:
                s.part.body.append(s)
        last_part = s.part
        previous = s
    return parts


def _announces_items(part: Part, line_end: Sentence) -> bool:
    """A run-in part whose line closes on a lead-in colon (`（一）井工煤矿。各井工煤矿要做到以下几点：`) goes on past
    its line: the numbered items that follow are its own, as under a heading on a line of its own."""
    return (
        line_end.part is part
        and line_end.paragraph == part.heading.paragraph
        and line_end is not part.heading
        and line_end.text.rstrip().endswith(("：", ":"))
    )


def _close_to_open_sibling_list(stack: list[Part], kind: str, last_of_kind: dict[tuple[int, str], Part]) -> None:
    """A later item (`（二）…`, no first item) of a kind no open part has goes on the list of that kind an open part
    already holds, closing the items of other styles after it: `（一）露天矿山。…。` on one line, items `1.`–`3.`
    beside it, then `（二）…` is `（一）`'s sibling, never a child of item 3."""
    for depth in range(len(stack) - 1, -1, -1):
        if (id(stack[depth]), kind) in last_of_kind:
            del stack[depth + 1 :]
            return


def _release_paragraphs_after_sentence_items(parts: list[Part]) -> None:
    """A list whose items are whole sentences, one item a line, none with text under it (`（一）委托维保单位…保养；` /
    `（二）…` / `（三）…。`), ends with its last item's line: the paragraphs after it go back to the list's
    parent (the release's next paragraph, `发言人补充，…`), as its items are parallel and none of the others has
    a body past its own line. An item that is a title (`（三）总结评估`), holds sub-items or has field lines of its
    own (责任单位：…) keeps the paragraphs under it: keeping them after field lines held realstyle_sealed4's
    deadlines."""
    parents_of_parts = {id(part.parent) for part in parts if part.parent is not None}
    siblings: dict[tuple[int, str], list[Part]] = {}
    for part in parts:
        siblings.setdefault((id(part.parent), part.kind), []).append(part)
    for items in siblings.values():
        last = items[-1]
        if len(items) < 2 or any(_runs_past_its_line(item) for item in items[:-1]) or id(last) in parents_of_parts:
            continue
        if last.fields or not last.heading.text.rstrip().endswith(("。", "；", ";", "！", "!")):
            continue
        after = [s for s in last.body if s.paragraph != last.heading.paragraph]
        last.body = [s for s in last.body if s.paragraph == last.heading.paragraph]
        for s in after:
            s.part = last.parent
            if last.parent is not None:
                last.parent.body.append(s)


def _runs_past_its_line(part: Part) -> bool:
    """The part has body text in a paragraph after its heading's."""
    return any(s.paragraph != part.heading.paragraph for s in part.body)


def _last_paragraph(part: Part) -> int:
    """The paragraph of the part's latest line: its heading's, or the last it ran on into."""
    return part.body[-1].paragraph if part.body else part.heading.paragraph


def _lift_closing_fields(parts: list[Part]) -> None:
    """责任单位：/完成时限： lines after the last of several sub-items, none of which has lines of
    its own, close the enclosing item: they belong to all its sub-items, not to the last one. Not where the
    sub-items go on counting from an earlier item's (`_numbered_on`: 4. 5. 6. under 二、) in a document that gives
    its sub-items lines of their own (`_items_carry_own_fields`): there the items are the document's one list of
    work, and a line after the last of them is that item's, as its siblings' lines are theirs."""
    children: dict[int, list[Part]] = {}
    for part in parts:
        if part.parent is not None:
            children.setdefault(id(part.parent), []).append(part)
    own_fields = _items_carry_own_fields(children.values())
    for part in parts:
        parent = part.parent
        if not part.fields or parent is None or parent.fields:
            continue
        siblings = children[id(parent)]
        if own_fields and _numbered_on(siblings):
            continue
        if (
            len(siblings) > 1
            and siblings[-1] is part
            and not any(p.fields for p in siblings[:-1])
            and not _names_its_field_parties(part)
        ):
            parent.fields, part.fields = part.fields, []


def _items_carry_own_fields(lists: Iterable[list[Part]]) -> bool:
    """Some list of the document closes two or more of its sub-items with field lines of their own (`1.…签订责任书。` /
    `（责任单位：县交通运输局）` / `2.…` / `3.…` / `（责任单位：县安委办）`): the writer marks each item's parties
    under that item, and an item with no line has none stated."""
    return any(sum(1 for part in items if part.fields) > 1 for items in lists)


def _numbered_on(items: list[Part]) -> bool:
    """The first of the items is numbered past 1 in Arabic digits (`4.` as the first item under `二、`): the count goes on
    from the items under an earlier heading."""
    first = re.search(r"\d+", items[0].heading.marker or "")
    return first is not None and int(first.group()) > 1


def _names_its_field_parties(part: Part) -> bool:
    """`4.严管野外用火。各乡镇要…，县林业局负责…。责任单位：各乡镇人民政府、县林业局`: a party line
    whose parties the last sub-item itself names, all of them, is that sub-item's own, not the
    enclosing item's."""
    party_roles = ("units", *_tables()[0]["unit_column_roles"])
    listed = {
        unit.canonical
        for line in part.fields
        for role, value in line.field_pairs
        if role in party_roles and value
        for unit in find_units(value, listed=True)
    }
    named = {unit.canonical for sentence in (part.heading, *part.body) for unit in find_units(sentence.text)}
    return bool(listed) and listed <= named


def document_structure(text: str) -> Structure:
    nlp = document_model()
    # the Doc and the strings of its pieces live only in this memory zone; one zone at a time, as
    # the Vocab is shared (spaCy's zones do not nest)
    with _ZONE_LOCK, nlp.memory_zone():
        return _structure(text, nlp(text))


def _structure(text: str, doc: Doc) -> Structure:
    source = doc_text(doc)
    paragraph_index = {start: i for i, (start, _, _) in enumerate(kept_spans(doc, PARAGRAPHS))}
    current = -1
    kinds = {TEXT: "body", TABLE: "table_row", FIELD: "field"}
    sentences = []
    for i, (start, end, label) in enumerate(kept_spans(doc, SENTENCES)):
        current = paragraph_index.get(start, current)
        sentences.append(Sentence(i, start, end, source[start:end], current, kinds[label]))
    sentences = _fold_cell_lines(source, sentences)
    _mark_tables(sentences)
    _mark_fields(sentences)
    counts: dict[int, int] = {}
    for s in sentences:
        counts[s.paragraph] = counts.get(s.paragraph, 0) + 1
    body_start = _body_start(sentences, counts)
    for s in sentences[:body_start]:
        s.kind = "title"
    markers = {start: (label, source[start:end]) for start, end, label in kept_spans(doc, MARKERS)}
    parts = _build_outline(sentences, markers)
    _release_paragraphs_after_sentence_items(parts)
    _lift_closing_fields(parts)
    return Structure(text, sentences, parts, body_start)
