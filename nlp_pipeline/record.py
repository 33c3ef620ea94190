"""Typed classes for the document record of CONTRACT.md.

`DocumentRecord.to_dict()` gives exactly the JSON the contract promises; `from_dict` reads it
back (the batch resume check and the search indexer use that). The JSON Schema beside these
classes is `data/record.schema.json`.

`pipeline_fingerprint()` names the code and data that shaped a record: batch resume and the
search index treat a record with another fingerprint as stale (docs/benchmarks.md, "Record
fingerprint").
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
DOC_TYPES = ("speech", "meeting_report", "notice", "plan", "minutes", "news", "other")
DEADLINE_KINDS = ("date", "period", "immediate", "recurring", "ongoing")
ROLES = ("lead", "responsible", "cooperating", "supervising")
MODALITIES = ("must", "should", "prohibit")

# What shapes a record: the reading, normalization and extraction code, their rule data, and the
# record's own serialisation (jieba_lexicon.py: the dictionary both normalization and extraction
# read; chars.py and dates.py: the character classes and date parsing extraction uses; resources.py
# and toml_cache.py: how the rule data is read). Web labels, the schema and the exports shape no record.
FINGERPRINTED_CODE = (
    "readers",
    "normalize",
    "extract",
    "jieba_lexicon.py",
    "chars.py",
    "dates.py",
    "resources.py",
    "toml_cache.py",
    "pipeline.py",
    "record.py",
)
FINGERPRINTED_DATA = ("data/readers", "data/normalize", "data/extract")


@cache
def pipeline_fingerprint() -> str:
    """`<version>+<16 hex digits>`: the package version and a hash of every file that shapes a record.

    Any edit of a rule data file or of reading/normalization/extraction code changes it, so a
    record written before an upgrade is never taken as current, even when the version was not
    bumped."""
    from importlib import resources

    from . import __version__

    return tree_fingerprint(Path(str(resources.files("nlp_pipeline"))), __version__)


def tree_fingerprint(package: Path, version: str) -> str:
    """The fingerprint of the package at `package`. Line endings are hashed as LF, so that a
    checkout with CRLF endings agrees."""
    files = []
    for name in FINGERPRINTED_CODE + FINGERPRINTED_DATA:
        path = package / name
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        elif path.is_file():
            files.append(path)
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(lf_endings(path.read_bytes()) + b"\0")
    return f"{version}+{digest.hexdigest()[:16]}"


def lf_endings(data: bytes) -> bytes:
    """`data` with CRLF written LF. Every `extract` hashes some 10 MB of code and rule data: the search
    for the two-byte CRLF cost more than the hash even where it found nothing, a search for the one
    byte CR next to nothing (docs/benchmarks.md, speed75)."""
    return data.replace(b"\r\n", b"\n") if b"\r" in data else data


@dataclass
class Source:
    path: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    format: str | None = None
    characters: int | None = None  # of the text as read, before normalization

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["characters"] is None:
            data.pop("characters")
        return data


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
    # a step that raised (step -> error): its input went on unchanged; written only where one did
    failed_steps: dict[str, str] = field(default_factory=dict)


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
    pipeline_fingerprint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        ordered = {"schema_version": data.pop("schema_version"), "doc_id": data.pop("doc_id")}
        ordered.update(data)
        ordered["source"] = self.source.to_dict()
        for optional in ("pipeline_version", "pipeline_fingerprint"):
            if ordered.get(optional) is None:
                ordered.pop(optional)
        if not self.normalization.failed_steps:
            ordered["normalization"].pop("failed_steps")
        return ordered

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentRecord:
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
                failed_steps=dict(norm.get("failed_steps") or {}),
            ),
            sectors=list(data.get("sectors") or []),
            tasks=[_task_from_dict(t) for t in data.get("tasks") or []],
            schema_version=data.get("schema_version", SCHEMA_VERSION),
            pipeline_version=data.get("pipeline_version"),
            pipeline_fingerprint=data.get("pipeline_fingerprint"),
        )


def _task_from_dict(data: dict[str, Any]) -> Task:
    values = dict(data)
    values["units"] = [Unit(**u) for u in values.get("units") or []]
    deadline = values.get("deadline")
    values["deadline"] = Deadline(**deadline) if deadline else None
    return Task(**values)
