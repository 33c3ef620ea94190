"""One function does one document: `process(path or text) -> DocumentRecord`.

The CLI, the batch runner, the web app and the distributed engine all call `process`; nothing
else knows the order of the stages.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from . import __version__
from .extract import extract_fields
from .normalize import normalize
from .readers import RawDocument, read_document
from .record import DocumentRecord, Normalization, Source, pipeline_fingerprint


def raw_from_text(text: str, name: str = "text") -> RawDocument:
    return RawDocument(text=text, encoding="utf-8", format="txt", path=None,
                       sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), name=name)


def process_raw(raw: RawDocument, *, doc_id: str | None = None, date: str | None = None) -> DocumentRecord:
    normalized = normalize(raw.text)
    extraction = extract_fields(normalized.text, doc_date=date)
    return DocumentRecord(
        doc_id=doc_id or Path(raw.name).stem,
        source=Source(path=raw.path, sha256=raw.sha256, encoding=raw.encoding, format=raw.format,
                      characters=len(raw.text)),
        meta=extraction.meta,
        text=normalized.text,
        normalization=Normalization(source_script=normalized.source_script,
                                    changes=normalized.changes, counts=normalized.counts),
        sectors=extraction.sectors,
        tasks=extraction.tasks,
        pipeline_version=__version__,
        pipeline_fingerprint=pipeline_fingerprint(),
    )


def _names_a_file(source: str) -> bool:
    try:
        return "\n" not in source and len(source) < 4096 and Path(source).is_file()
    except (OSError, ValueError):  # a long one-line text is no valid file name
        return False


def process(source: str | Path, *, doc_id: str | None = None, date: str | None = None) -> DocumentRecord:
    """Process a file (a `Path`, or a string naming an existing file) or a text string."""
    if isinstance(source, Path) or _names_a_file(source):
        raw = read_document(Path(source))
    else:
        raw = raw_from_text(str(source))
    return process_raw(raw, doc_id=doc_id, date=date)


def read_and_normalize(path: Path):
    """The normalized text of one file (`nlp-pipeline normalize`)."""
    return normalize(read_document(Path(path)).text)
