"""Unicode hygiene: NFC, no zero-width or control characters, plain spaces, Unix line ends."""
from __future__ import annotations

import re
import unicodedata

from .edits import Edit, apply_edits, diff_edits

STEP = "unicode_hygiene"
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
LINE_END = re.compile("\r\n?")


def clean_unicode(text: str) -> tuple[str, list]:
    edits = [Edit(m.start(), m.end(), "") for m in INVISIBLE.finditer(text)]
    edits += [Edit(m.start(), m.end(), " ") for m in ODD_SPACE.finditer(text)]
    edits += [Edit(m.start(), m.end(), "\n") for m in LINE_END.finditer(text)]
    if not unicodedata.is_normalized("NFC", text):
        cleaned, _ = apply_edits(STEP, text, edits)
        edits = diff_edits(text, unicodedata.normalize("NFC", cleaned))
    return apply_edits(STEP, text, edits)
