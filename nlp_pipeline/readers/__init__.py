"""Readers: bytes of a document -> text plus what was learned (encoding, format)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass
class RawDocument:
    text: str
    encoding: str | None
    format: str
    path: str | None
    sha256: str
    name: str


def read_document(path: Path) -> RawDocument:
    data = Path(path).read_bytes()
    return RawDocument(text=data.decode("utf-8-sig"), encoding="utf-8", format="txt", path=str(path),
                       sha256=hashlib.sha256(data).hexdigest(), name=Path(path).name)
