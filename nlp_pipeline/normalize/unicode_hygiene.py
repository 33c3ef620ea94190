"""Unicode hygiene: NFC, no zero-width, bidi or control characters, plain spaces, Unix line ends.

Line and paragraph separators (U+2028, U+2029, NEL) end lines like a newline; bidi controls and
the object replacement character (U+FFFC, an image a copy left behind) carry no text, and neither
do emoji, the pictographs a chat message or a public account strews over its lines (⚠️, 📞, 🔴,
🙏): a clerk typing the text up leaves them out. Symbols that a text uses as marks without an emoji's
variation selector stay (▶, ★, ●, ✔: bullets and ticks). A `?` that
stands where an encoder could not write a no-break space — at a line's start, or after a space
before a Chinese character (`???(一)第一组`, `胡某 ?杨 ?剑`) — was a space. Big5 pages write some
punctuation in its small forms (`﹔`, `﹐`, `﹑`, U+FE50–FE5A); they are the full-width marks a
clause ends on (`；`, `，`, `、`), and read as anything else they would leave a list of `﹔`-parted
directives one sentence."""

from __future__ import annotations

import re
import unicodedata

from ..chars import HAN
from .edits import Edit, apply_edits, diff_edits

STEP = "unicode_hygiene"
INVISIBLE_CHARS = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufffc\u00ad" "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
ODD_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
ODD_SPACE = re.compile(f"[{ODD_SPACE_CHARS}]")
# Emoji: the pictographs of the supplementary planes (U+1F000–1FAFF, skin tones included), the few
# symbols of the basic plane that show as emoji by default (Emoji_Presentation: ⏰ ⚡ ✅ ❌ ⭐ …), and
# any symbol a variation selector asks to show as emoji (⚠️ = U+26A0 U+FE0F, ▶️); a stray selector
# or keycap mark goes too (1️⃣ keeps its digit).
EMOJI_PICTOGRAPHS = "\U0001f000-\U0001faff"
EMOJI_PRESENTATION = (
    "\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1"
    "\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a"
    "\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55"
)
SELECTABLE = "\u2000-\u2bff\u3030\u303d\u3297\u3299"  # symbols a selector can show as emoji (holds the above)
STRAY_MARKS = "\ufe0f\u20e3"
# The matches of `[pictograph]|[presentation]|[selectable]\ufe0f|[stray mark]`, tried in that
# order, by a pattern that opens on one class: an alternation makes the regex engine try every
# position of the text (a quarter of a ms a document), a class lets it skip to a candidate. After
# the class, a pictograph, a presentation symbol or a stray mark stands alone — but a keycap mark
# followed by a selector takes it (the third alternative, before the fourth) — and any other
# selectable symbol needs its selector.
EMOJI_OPENING = f"[{EMOJI_PICTOGRAPHS}{SELECTABLE}{STRAY_MARKS}]"
EMOJI = re.compile(
    f"{EMOJI_OPENING}" f"(?:(?<=[{EMOJI_PICTOGRAPHS}{EMOJI_PRESENTATION}{STRAY_MARKS}])(?!(?<=\u20e3)\ufe0f)|\ufe0f)"
)
LINE_END_CHARS = "\r\u2028\u2029\u0085"
LINE_END = re.compile(f"[{LINE_END_CHARS}]")  # one class, not an alternation: scanned fast
# the small forms of clause marks and round brackets, as their full-width marks (NFKC would give the half-width
# ones); a document number's ﹝﹞ is written as it stands (annotators keep it: 大安办﹝2020﹞27号)
SMALL_FORMS = {
    "﹐": "，",
    "﹑": "、",
    "﹔": "；",
    "﹕": "：",
    "﹖": "？",
    "﹗": "！",
    "﹙": "（",
    "﹚": "）",
}
SMALL_FORM = re.compile(f"[{''.join(SMALL_FORMS)}]")
LOST_SPACE = re.compile(f"(?m)^[ \t]*\\?+(?=[ \t(（{HAN}])|(?<=[ \t])\\?(?=[{HAN}])")
# Every character a match of the scans above opens with, in one class. Each scan is a pass over the
# whole text, and most texts hold none of their characters, or only one kind (full-width spaces, curly
# quotes): one pass gathers the distinct ones, and a scan runs only on a text holding a character it
# opens with (INVISIBLE, SMALL_FORM, ODD_SPACE and LINE_END are one class each; EMOJI opens with one).
SIGN = re.compile(
    f"[{INVISIBLE_CHARS}{EMOJI_PICTOGRAPHS}{SELECTABLE}{STRAY_MARKS}{''.join(SMALL_FORMS)}{ODD_SPACE_CHARS}{LINE_END_CHARS}]"
)
EMOJI_START = re.compile(EMOJI_OPENING)


def clean_unicode(text: str) -> tuple[str, list]:
    signs = "".join(set(SIGN.findall(text)))  # the distinct characters a scan below can open at
    edits = []
    if INVISIBLE.search(signs):
        edits += [Edit(m.start(), m.end(), "") for m in INVISIBLE.finditer(text)]
    if EMOJI_START.search(signs):
        edits += [Edit(m.start(), m.end(), "") for m in EMOJI.finditer(text)]
    if SMALL_FORM.search(signs):
        edits += [Edit(m.start(), m.end(), SMALL_FORMS[m.group()]) for m in SMALL_FORM.finditer(text)]
    if ODD_SPACE.search(signs):
        edits += [Edit(m.start(), m.end(), " ") for m in ODD_SPACE.finditer(text)]
    if LINE_END.search(signs):
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
