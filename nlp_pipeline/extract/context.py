"""The per-document context: what reading one document's tasks needs to know of the document.

`extract_fields` makes one `DocumentContext` per document, from its metadata, and passes it down
to task detection; nothing about the document under way is kept in a module. Documents read side
by side (two web requests, the threads of a server, a batch in one process) therefore never see
or clear each other's state. The memo of a document's lines lives on its spaCy Doc
(`structure.LineReadings`), made by the tokenizer for that document alone.

What may stay module-level is what is the same for every document: compiled rules and loaded
resources (`@cache`), and bounded memos of pure functions of a text (`lru_cache`: a sentence's
modal cues, its opening, its unit mentions), whose answers do not depend on the document they
are asked from and which are never cleared per document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..record import Meta
from .meta import plan_year, reference_day


@dataclass(frozen=True)
class DocumentContext:
    doc_type: str
    reference_day: dt.date | None  # the document's date, or a YearOnly when only its year is known
    plan_year: int | None  # the year a plan issued late in the year before is for (its 年底前)
    title: str | None  # the metadata's title: never a task, and it may name whose work plan this is

    @classmethod
    def of(cls, meta: Meta) -> DocumentContext:
        day = reference_day(meta)
        return cls(meta.doc_type, day, plan_year(meta.title, day), meta.title)
