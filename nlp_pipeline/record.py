"""Typed classes for the document record of CONTRACT.md.

`DocumentRecord.to_dict()` gives exactly the JSON the contract promises; `from_dict` reads it
back (the batch resume check and the search indexer use that). The JSON Schema beside these
classes is `data/record.schema.json`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1
DOC_TYPES = ("speech", "meeting_report", "notice", "plan", "minutes", "news", "other")
DEADLINE_KINDS = ("date", "period", "immediate", "recurring", "ongoing")
ROLES = ("lead", "responsible", "cooperating", "supervising")
MODALITIES = ("must", "should", "prohibit")


@dataclass
class Source:
    path: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    format: str | None = None


@dataclass
class Meta:
    title: str | None = None
    date: str | None = None
    doc_type: str = "other"
    issuer: str | None = None
    region: str | None = None
    # when `date` is unknown: the day relative deadlines were resolved against, and its evidence
    reference_date: str | None = None
    reference_source: str | None = None


@dataclass
class Change:
    """One edit of one normalization step; `offset` is in that step's input text."""

    step: str
    before: str
    after: str
    offset: int


@dataclass
class Normalization:
    source_script: str = "simplified"
    changes: list[Change] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Unit:
    mention: str
    canonical: str
    role: str = "responsible"


@dataclass
class Deadline:
    text: str
    date: str | None
    kind: str


@dataclass
class Task:
    id: str
    text: str
    source: str
    start: int
    end: int
    units: list[Unit] = field(default_factory=list)
    deadline: Deadline | None = None
    sectors: list[str] = field(default_factory=list)
    modality: str = "must"
    parent: str | None = None
    section: str | None = None


@dataclass
class DocumentRecord:
    doc_id: str
    source: Source
    meta: Meta
    text: str
    normalization: Normalization
    sectors: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    pipeline_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        ordered = {"schema_version": data.pop("schema_version"), "doc_id": data.pop("doc_id")}
        ordered.update(data)
        if ordered.get("pipeline_version") is None:
            ordered.pop("pipeline_version")
        return ordered

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocumentRecord":
        norm = data.get("normalization") or {}
        return cls(
            doc_id=data["doc_id"],
            source=Source(**(data.get("source") or {})),
            meta=Meta(**(data.get("meta") or {})),
            text=data.get("text") or "",
            normalization=Normalization(
                source_script=norm.get("source_script", "simplified"),
                changes=[Change(**c) for c in norm.get("changes") or []],
                counts=dict(norm.get("counts") or {}),
            ),
            sectors=list(data.get("sectors") or []),
            tasks=[_task_from_dict(t) for t in data.get("tasks") or []],
            schema_version=data.get("schema_version", SCHEMA_VERSION),
            pipeline_version=data.get("pipeline_version"),
        )


def _task_from_dict(data: dict[str, Any]) -> Task:
    values = dict(data)
    values["units"] = [Unit(**u) for u in values.get("units") or []]
    deadline = values.get("deadline")
    values["deadline"] = Deadline(**deadline) if deadline else None
    return Task(**values)
