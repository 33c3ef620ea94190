"""Normalization: damaged document text -> clean simplified text, every change recorded."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..record import Change


@dataclass
class NormalizedText:
    text: str
    changes: list[Change] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    source_script: str = "simplified"


def normalize(text: str) -> NormalizedText:
    """Placeholder until the normalization steps land: NFC only."""
    return NormalizedText(unicodedata.normalize("NFC", text))
