"""Extraction: normalized text -> metadata, tasks, units, deadlines, sectors.

structure (spaCy doc model) ─▶ meta ─▶ context ─▶ tasks (units, deadlines, inheritance) ─▶ ids, parents
                                                         document sectors ◀─ the whole text

The context (context.DocumentContext: type, reference day, plan year, title) is made once per
document and passed down; no module keeps state of the document under way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# isort: off
from . import spacy_import  # noqa: F401 - first: spaCy imported without its command line, before any module below

# isort: on
from ..record import Meta, Task
from .context import DocumentContext
from .enterprise import writing_institution
from .meta import extract_meta, forwarding_note_day
from .sectors import document_sectors
from .structure import Part, document_structure
from .tasks import TaskDraft, detect_tasks


@dataclass
class Extraction:
    meta: Meta
    sectors: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


def section_of(part: Part | None) -> str | None:
    return part.heading.text.rstrip("。；;：: ") if part is not None else None


def number_tasks(drafts: list[TaskDraft]) -> list[Task]:
    """Ids in document order; `parent` is the nearest enclosing part whose heading is a task."""
    id_of_heading = {d.sentence.index: f"T{i}" for i, d in enumerate(drafts, 1)}
    tasks = []
    for i, draft in enumerate(drafts, 1):
        part = draft.sentence.part
        enclosing = part.parent if (part is not None and part.heading is draft.sentence) else part
        parent = next(
            (
                id_of_heading[p.heading.index]
                for p in (enclosing.ancestors() if enclosing else ())
                if p.heading.index in id_of_heading
            ),
            None,
        )
        sectors = list(dict.fromkeys(draft.sectors))
        tasks.append(
            Task(
                id=f"T{i}",
                text=draft.summary,
                source=draft.source,
                start=draft.start,
                end=draft.end,
                units=draft.units,
                deadline=draft.deadline,
                sectors=sectors,
                modality=draft.modality,
                parent=parent,
                section=section_of(part),
            )
        )
    return tasks


def extract_fields(
    text: str,
    *,
    doc_date: str | None = None,
    removed_chrome: tuple[str, ...] = (),
    marked_headings: tuple[str, ...] = (),
) -> Extraction:
    """All extracted fields of one normalized text; `doc_date` ('YYYY-MM-DD') overrides the
    document's own date for resolving deadlines; `removed_chrome`, the header lines normalization
    removed, may still give the document's year; `marked_headings`, the lines whose section marks
    normalization removed, are no title."""
    structure = document_structure(text)
    meta = extract_meta(structure, doc_date, removed_chrome, marked_headings)
    # a forwarding note's own limits count from its day; a date given from outside dates every limit
    note_day = forwarding_note_day(structure) if doc_date is None else None
    document = DocumentContext.of(meta, marked_headings, note_day)
    drafts = detect_tasks(structure, document)
    named = document_sectors(sentence.text for sentence in structure.sentences)
    # a hospital writing of its own meeting is a hospital's paper though no sentence names a hospital (我院, 科室)
    institution = writing_institution(document.issuer, document.issuer_name, structure.text)
    return Extraction(
        meta=meta,
        sectors=named + [sector for sector in institution if sector not in named],
        tasks=number_tasks(drafts),
    )
