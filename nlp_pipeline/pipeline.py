"""One function does one document: `process(path or text) -> DocumentRecord`.

The CLI, the batch runner, the web app and the distributed engine all call `process`; nothing
else knows the order of the stages.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from . import __version__
from .errors import DocumentTooLarge
from .normalize import normalize
from .readers import MAX_CHARACTERS, RawDocument, check_characters, read_document
from .record import DocumentRecord, Normalization, Source, pipeline_fingerprint

# What a doc_id may not hold, since it becomes a file name (docs/<doc_id>.json), a download
# name and a label on the page: characters Windows forbids in file names, and (below) control
# and format characters — NUL, and the bidi overrides that make `exe.txt` read as `txt.exe`.
PATH_CHARACTERS = re.compile(r'[<>:"/\\|?*]')
WINDOWS_DEVICE_NAMES = re.compile(r"(?i)(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?")
DOC_ID_LENGTH = 120


def clean_doc_id(name: str) -> str:
    """A doc_id safe as a file name on any system and as a label: the one place ids are cleaned."""
    visible = "".join(
        " " if c.isspace() else c for c in name if c.isspace() or not unicodedata.category(c).startswith("C")
    )
    kept = " ".join(PATH_CHARACTERS.sub("_", visible).split())[:DOC_ID_LENGTH].strip(". ")
    if WINDOWS_DEVICE_NAMES.fullmatch(kept):
        kept = f"_{kept}"
    return kept or "document"


def raw_from_text(text: str, name: str = "text") -> RawDocument:
    return RawDocument(
        text=text,
        encoding="utf-8",
        format="txt",
        path=None,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        name=name,
    )


def process_raw(raw: RawDocument, *, doc_id: str | None = None, date: str | None = None) -> DocumentRecord:
    from .extract import extract_fields  # imports spaCy (half a second): not for `normalize`

    source = raw.path or raw.name
    check_characters(raw.text, source)
    normalized = normalize(raw.text)
    if len(normalized.text) > MAX_CHARACTERS:  # normalizing hardly ever lengthens a text; if it did
        raise DocumentTooLarge(source, f"规范化后 {len(normalized.text):,} 字，上限 {MAX_CHARACTERS:,} 字")
    extraction = extract_fields(
        normalized.text,
        doc_date=date,
        removed_chrome=removed_chrome(normalized.changes),
        marked_headings=marked_headings(normalized.changes),
    )
    return DocumentRecord(
        doc_id=clean_doc_id(doc_id or Path(raw.name).stem),
        source=Source(
            path=raw.path, sha256=raw.sha256, encoding=raw.encoding, format=raw.format, characters=len(raw.text)
        ),
        meta=extraction.meta,
        text=normalized.text,
        normalization=Normalization(
            source_script=normalized.source_script,
            changes=normalized.changes,
            counts=normalized.counts,
            failed_steps=normalized.failed_steps,
        ),
        sectors=extraction.sectors,
        tasks=extraction.tasks,
        pipeline_version=__version__,
        pipeline_fingerprint=pipeline_fingerprint(),
    )


def reextract(record: DocumentRecord) -> DocumentRecord:
    """`record` with its fields extracted again, by the rules installed now, from its normalized
    text and against its date. The original file is not kept (an index holds records), so the
    text and its change log stay as they were made."""
    from .extract import extract_fields

    changes = record.normalization.changes
    extraction = extract_fields(
        record.text,
        doc_date=record.meta.date,
        removed_chrome=removed_chrome(changes),
        marked_headings=marked_headings(changes),
    )
    return replace(
        record, meta=extraction.meta, sectors=extraction.sectors, tasks=extraction.tasks, pipeline_version=__version__
    )


def removed_chrome(changes) -> tuple[str, ...]:
    """The page chrome normalization removed (a metadata block: 文号：苍安委办〔2025〕7号): the text
    has lost it, but the year of its document number still dates the document's relative deadlines;
    a chat copy's sender lines (县应急局-周明  7月11日 21:07) still date a copy that has no other date."""
    return tuple(
        c.before for c in changes if c.step in ("boilerplate", "chat_copy") and not c.after and c.before.strip()
    )


def marked_headings(changes) -> tuple[str, ...]:
    """The lines normalization kept as their words without the marks around them (▌约谈要求 → 约谈要求,
    ======== 具体安排 ======== → 具体安排): a bar or a frame set them off as a section's heading, which the
    text no longer shows; what the line lost holds no letter, digit or Han character."""
    return tuple(
        c.after.strip()
        for c in changes
        if c.step == "boilerplate" and c.after.strip() and "\n" not in c.after and only_marks_around(c.before, c.after)
    )


def only_marks_around(before: str, after: str) -> bool:
    """`before` is `after` with marks, symbols or spaces on either side and nothing else."""
    start = before.find(after.strip())
    if start < 0:
        return False
    rest = before[:start] + before[start + len(after.strip()) :]
    return bool(rest.strip()) and all(unicodedata.category(char)[0] in "PSZ" for char in rest)


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
