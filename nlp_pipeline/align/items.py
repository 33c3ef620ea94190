"""The tasks of a plan, as a 承接对照 compares them.

A plan (实施方案, 工作方案) lists its main tasks as numbered items, each closed by who does it and by
when: `责任单位：…`/`完成时限：…` lines, a closing parenthesis (`（县住建局牵头，6月底前完成）`,
`（责任单位：市住建局；完成时限：9月底前）`), or the cells of a `序号|工作任务|责任单位|完成时限`
table. Each such qualified **item** is one task: the innermost numbered part that carries a
qualifier, with everything nested under it (its heading and its sentences together).

Around them a plan gives other directives, and they are compared too:
- a **heading** that is itself a task (`（二）提升企业安全管理能力`) over items is taken up where
  its items are: it is not scored, it takes the partners of the items under it;
- every other extracted **task** (`各县要对照本方案制定本地实施方案`, `（一）加强组织领导。专班设在…`,
  `每月25日前报送工作进展`): the line it stands on (with a heading that shares the line), or its
  sentence where the line also holds an item.
Framing sections (指导思想, 工作目标) hold no tasks (the extraction leaves them out).

A document with fewer than `MIN_PLAN_ITEMS` qualified items (a notice, a speech) is compared task
by task, with the extracted tasks of its record.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..extract.structure import Part, Sentence, document_structure, match_marker
from ..extract.tasks import find_deadline, find_sectors, find_units
from ..extract.units import resolve_issuer_references
from ..record import Deadline, DocumentRecord, Unit

MIN_PLAN_ITEMS = 3
TRAILING_PARENTHESIS = re.compile(r"[（(](?P<inside>[^（）()]+)[）)]\s*[。；;]?\s*$")
UNIT_CELLS = ("units", "lead_units", "cooperating_units", "supervising_units")


ITEM, HEADING, TASK = "item", "heading", "task"


@dataclass(eq=False)
class PlanItem:
    number: int  # its place among the document's tasks, from 1
    kind: str  # item, heading or task (see the module's docstring)
    text: str  # the task's words: marker, qualifier and field lines left out
    source: str  # the item as it stands in the document
    start: int
    end: int
    units: list[Unit] = field(default_factory=list)
    deadline: Deadline | None = None
    sectors: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)  # ids of the record's tasks inside the item
    children: list[int] = field(default_factory=list)  # a heading's items, by number

    @property
    def due(self) -> dt.date | None:
        return dt.date.fromisoformat(self.deadline.date) if self.deadline and self.deadline.date else None

    def canonicals(self) -> list[str]:
        return list(dict.fromkeys(unit.canonical for unit in self.units))


def plan_items(record: DocumentRecord) -> list[PlanItem]:
    """The items, headings and other tasks of a plan in document order, or else one per extracted task."""
    structure = document_structure(record.text)
    doc_date = _doc_date(record)
    items = _table_items(structure.sentences, doc_date) + _part_items(structure.parts, record.text, doc_date)
    spans: dict[PlanItem, int] = {}
    if len(items) < MIN_PLAN_ITEMS:
        found = [_task_item(task) for task in record.tasks]
    else:
        spans = _heading_items(structure, record, items)
        found = items + list(spans) + _other_tasks(structure, record, items, list(spans))
    found.sort(key=lambda item: item.start)
    for number, item in enumerate(found, start=1):
        item.number = number
    for item in found:
        item.tasks = [task.id for task in record.tasks if item.start <= task.start < item.end]
        if item.kind == HEADING:
            item.children = [
                other.number for other in found if other.kind == ITEM and item.end <= other.start < spans[item]
            ]
        if not item.units or not item.deadline:
            inside = [task for task in record.tasks if task.id in item.tasks]
            item.units = item.units or _unique(unit for task in inside for unit in task.units)
            item.deadline = item.deadline or next((task.deadline for task in inside if task.deadline), None)
    return found


def _subtree_end(part: Part, parts: list[Part]) -> int:
    ends = [s.end for p in parts if any(a is part for a in p.ancestors()) for s in [p.heading, *p.body, *p.fields]]
    return max(ends)


def _heading_items(structure, record: DocumentRecord, items: list[PlanItem]) -> dict[PlanItem, int]:
    """Headings that are tasks (the extraction made a task of the heading sentence) over items,
    each with the end of the part it heads."""
    task_starts = {task.start for task in record.tasks}
    headings = {}
    for part in structure.parts:
        heading = part.heading
        if heading.start not in task_starts:
            continue
        end = _subtree_end(part, structure.parts)
        if any(heading.end <= item.start < end for item in items):
            marker = match_marker(heading.text)
            words = heading.text[len(marker[1]) :] if marker else heading.text
            headings[
                PlanItem(
                    number=0,
                    kind=HEADING,
                    text=words.strip(),
                    source=heading.text,
                    start=heading.start,
                    end=heading.end,
                    sectors=find_sectors(words),
                )
            ] = end
    return headings


def _other_tasks(structure, record: DocumentRecord, items: list[PlanItem], headings: list[PlanItem]) -> list[PlanItem]:
    """The extracted tasks outside items and task headings, one per line they stand on: a heading
    on the line of its sentences (（一）加强组织领导。专班设在…) is one task with them, the pieces
    of a sentence cut at ； stay together, and a section title on a line of its own is left out."""
    taken = [(item.start, item.end) for item in [*items, *headings]]
    by_start = {sentence.start: sentence for sentence in structure.sentences}
    lines: dict[int, list[Sentence]] = {}
    for sentence in structure.sentences:
        lines.setdefault(sentence.paragraph, []).append(sentence)
    units: dict[int, PlanItem] = {}
    for task in record.tasks:
        sentence = by_start.get(task.start)
        if sentence is None or sentence.paragraph in units or any(a <= task.start < b for a, b in taken):
            continue
        members = [s for s in lines[sentence.paragraph] if s.kind != "field"]
        if any(a < members[-1].end and members[0].start < b for a, b in taken):
            members = [sentence]  # the line also holds an item: the task's own sentence
        words = "".join(record.text[s.start : s.end] for s in members)
        marker = match_marker(words)
        words = words[len(marker[1]) :] if marker else words
        units[sentence.paragraph] = PlanItem(
            number=0,
            kind=TASK,
            text=words.strip(),
            source=record.text[members[0].start : members[-1].end],
            start=members[0].start,
            end=members[-1].end,
            sectors=find_sectors(words),
        )
    return list(units.values())


def _doc_date(record: DocumentRecord) -> dt.date | None:
    day = record.meta.date or record.meta.reference_date
    try:
        return dt.date.fromisoformat(day) if day else None
    except ValueError:
        return None


def _unique(units) -> list[Unit]:
    return list({(unit.mention, unit.canonical): unit for unit in units}.values())


def _item(
    text: str,
    source: str,
    start: int,
    end: int,
    qualifier: str,
    doc_date: dt.date | None,
    deadline_text: str | None = None,
) -> PlanItem:
    return PlanItem(
        number=0,
        kind=ITEM,
        text=text.strip(),
        source=source,
        start=start,
        end=end,
        units=resolve_issuer_references(find_units(qualifier), None),  # a plan item knows no issuer yet
        deadline=find_deadline(deadline_text if deadline_text is not None else qualifier, doc_date),
        sectors=find_sectors(text),
    )


def _table_items(sentences: list[Sentence], doc_date: dt.date | None) -> list[PlanItem]:
    items = []
    for sentence in sentences:
        task_cell = sentence.cell("task") if sentence.kind == "table_row" else None
        if task_cell is None:
            continue
        units = "，".join(cell.text for cell in sentence.cells if cell.role in UNIT_CELLS and cell.text)
        deadline = sentence.cell("deadline")
        if units or deadline:
            items.append(
                _item(
                    task_cell.text,
                    sentence.text,
                    sentence.start,
                    sentence.end,
                    units,
                    doc_date,
                    deadline.text if deadline else "",
                )
            )
    return items


def _part_items(parts: list[Part], text: str, doc_date: dt.date | None) -> list[PlanItem]:
    """The innermost parts that carry a qualifier, each with the parts nested in it."""
    own = {id(part): _own_sentences(part) for part in parts}
    qualifiers = {id(part): _qualifier(own[id(part)]) for part in parts}
    children: dict[int, list[Part]] = {}
    for part in parts:
        if part.parent is not None:
            children.setdefault(id(part.parent), []).append(part)

    def subtree(part: Part) -> list[Part]:
        return [part, *(p for child in children.get(id(part), []) for p in subtree(child))]

    items = []
    for part in parts:
        qualifier, qualifier_start = qualifiers[id(part)]
        below = subtree(part)
        if not qualifier or any(qualifiers[id(p)][0] for p in below[1:]):
            continue
        members = sorted((s for p in below for s in own[id(p)]), key=lambda s: s.start)
        if any(s.kind in ("title", "table_row", "table_header") for s in members):
            continue
        start, end = members[0].start, members[-1].end
        words = "".join(
            text[s.start : min(s.end, qualifier_start)]
            for s in members
            if s.kind != "field" and s.start < qualifier_start
        )
        marker = match_marker(words)
        items.append(
            _item(words[len(marker[1]) :] if marker else words, text[start:end], start, end, qualifier, doc_date)
        )
    return items


def _own_sentences(part: Part) -> list[Sentence]:
    return sorted([part.heading, *part.body, *part.fields], key=lambda s: s.start)


def _qualifier(sentences: list[Sentence]) -> tuple[str, int]:
    """The words naming a part's parties and deadline — a closing parenthesis (whether or not the
    sentence splitter cut it at its ；) or else field lines — and the offset they start at;
    ('', -1) when there are none."""
    pieces, position = [], 0
    for sentence in sentences:
        pieces.append((position, sentence))
        position += len(sentence.text)
    joined = "".join(sentence.text for sentence in sentences)
    found = TRAILING_PARENTHESIS.search(joined)
    if found and (find_units(found.group("inside")) or find_deadline(found.group("inside"), None)):
        offset, sentence = next((o, s) for o, s in reversed(pieces) if o <= found.start())
        return found.group("inside"), sentence.start + found.start() - offset
    fields = [s for s in sentences if s.kind == "field"]
    if fields:
        return "；".join(f.text for f in fields), min(f.start for f in fields)
    return "", -1


def _task_item(task) -> PlanItem:
    return PlanItem(
        number=0,
        kind=TASK,
        text=task.text,
        source=task.source,
        start=task.start,
        end=task.end,
        units=list(task.units),
        deadline=task.deadline,
        sectors=list(task.sectors),
    )
