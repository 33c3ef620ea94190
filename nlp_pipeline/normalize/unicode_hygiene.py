"""Unicode hygiene: NFC, no zero-width, bidi or control characters, plain spaces, Unix line ends.

Line and paragraph separators (U+2028, U+2029, NEL) end lines like a newline; bidi controls and
the object replacement character (U+FFFC, an image a copy left behind) carry no text. A `?` that
stands where an encoder could not write a no-break space — at a line's start, or after a space
before a Chinese character (`???(一)第一组`, `胡某 ?杨 ?剑`) — was a space."""

from __future__ import annotations

import re
import unicodedata

from ..chars import HAN
from .edits import Edit, apply_edits, diff_edits

STEP = "unicode_hygiene"
INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufffc\u00ad" "\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
)
ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
LINE_END = re.compile("[\r\u2028\u2029\u0085]")  # one class, not an alternation: scanned fast
LOST_SPACE = re.compile(f"(?m)^[ \t]*\\?+(?=[ \t(（{HAN}])|(?<=[ \t])\\?(?=[{HAN}])")


def clean_unicode(text: str) -> tuple[str, list]:
    edits = [Edit(m.start(), m.end(), "") for m in INVISIBLE.finditer(text)]
    edits += [Edit(m.start(), m.end(), " ") for m in ODD_SPACE.finditer(text)]
    edits += [
        Edit(m.start(), m.start() + 2 if text.startswith("\r\n", m.start()) else m.end(), "\n")
        for m in LINE_END.finditer(text)
    ]
    if "?" in text:
        edits += [Edit(m.start(), m.end(), " " * len(m.group())) for m in LOST_SPACE.finditer(text)]
    if not unicodedata.is_normalized("NFC", text):
        cleaned, _ = apply_edits(STEP, text, edits)
        edits = diff_edits(text, unicodedata.normalize("NFC", cleaned))
    return apply_edits(STEP, text, edits)
