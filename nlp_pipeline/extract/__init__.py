"""Extraction: normalized text -> metadata, tasks, units, deadlines, sectors."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Meta, Task


@dataclass
class Extraction:
    meta: Meta
    sectors: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


def extract_fields(text: str, *, doc_date: str | None = None) -> Extraction:
    """Placeholder until the extractors land."""
    return Extraction(meta=Meta(date=doc_date))
