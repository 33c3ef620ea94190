"""The Unicode hygiene step's scans gated by one pass over the text (issue 19, speed80).

`clean_unicode` scans a text for invisible characters, emoji, Big5's small forms of clause marks,
odd spaces and foreign line ends: five passes over the whole text, though most texts hold none of
those characters or only one kind. One pass (`SIGN`, the union of what every scan opens with) now
gathers the distinct characters that can open a match, and each scan runs only on a text holding one
of its own. The gate must change no output: every character one of the scans can open at is one
`SIGN` finds, and the case texts below are cleaned as before.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.normalize import unicode_hygiene as hygiene
from nlp_pipeline.normalize.unicode_hygiene import SIGN, clean_unicode

BODY = "县应急管理局要求各乡镇于6月底前完成危险化学品企业隐患排查，并将整改情况报县安委办。"

# (name, text, the cleaned text)
CASES = [
    # positives: each scan's characters, alone and together
    ("zero-width space", f"县应急管理局\u200b要求{BODY}", f"县应急管理局要求{BODY}"),
    ("ascii control", f"第一条\x07{BODY}", f"第一条{BODY}"),
    ("full-width indent", f"\u3000\u3000{BODY}", f"  {BODY}"),
    ("no-break space", f"联系人：\u00a0王某{BODY}", f"联系人： 王某{BODY}"),
    ("crlf line ends", f"{BODY}\r\n{BODY}\r\n", f"{BODY}\n{BODY}\n"),
    ("line separator", f"{BODY}\u2028{BODY}", f"{BODY}\n{BODY}"),
    ("emoji with selector", f"\u26a0\ufe0f注意：{BODY}", f"注意：{BODY}"),
    ("pictograph", f"\U0001f4de联系电话：12345{BODY}", f"联系电话：12345{BODY}"),
    ("small forms", "一是排查隐患﹔二是整改到位﹐三是建立台账﹑档案", "一是排查隐患；二是整改到位，三是建立台账、档案"),
    ("every kind at once", f"\u3000{BODY}\u200b\r\n\u26a0\ufe0f{BODY}﹔", f" {BODY}\n{BODY}；"),
    # negatives: near misses that open a scan and stay, and text that opens none
    ("plain prose", BODY, BODY),
    ("curly quotes and a dash", f"“{BODY}”——县安委办", f"“{BODY}”——县安委办"),
    ("bullet without selector", f"\u25b6{BODY}\n\u2605{BODY}", f"\u25b6{BODY}\n\u2605{BODY}"),
    ("document number brackets", "大安办﹝2020﹞27号", "大安办﹝2020﹞27号"),
    ("ascii only", "Safety inspection, 2024-05-06.", "Safety inspection, 2024-05-06."),
    ("empty", "", ""),
]


@pytest.mark.parametrize("name, text, cleaned", CASES, ids=[case[0] for case in CASES])
def test_cleaned_as_before(name: str, text: str, cleaned: str) -> None:
    assert clean_unicode(text)[0] == cleaned


# the code points the scans' classes are drawn from: the basic plane and the emoji planes' block
SCANNED = [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000] + [
    chr(code) for code in range(0x1F000, 0x1FB00)
]


@pytest.mark.parametrize("scan", ["INVISIBLE", "EMOJI_START", "SMALL_FORM", "ODD_SPACE", "LINE_END"])
def test_every_opening_is_a_sign(scan: str) -> None:
    opening = getattr(hygiene, scan)
    missed = [ch for ch in SCANNED if opening.match(ch) and not SIGN.match(ch)]
    assert not missed


def test_sign_holds_nothing_else() -> None:
    scans = [hygiene.INVISIBLE, hygiene.EMOJI_START, hygiene.SMALL_FORM, hygiene.ODD_SPACE, hygiene.LINE_END]
    extra = [ch for ch in SCANNED if SIGN.match(ch) and not any(scan.match(ch) for scan in scans)]
    assert not extra


@pytest.mark.xfail(
    strict=True,
    reason="EMOJI opens with any symbol a selector can show as emoji (U+2000-2BFF), curly quotes and dashes "
    "among them: a text with “” still pays the emoji scan though it holds no selector (speed80, left)",
)
def test_curly_quotes_open_no_emoji_scan() -> None:
    assert not hygiene.EMOJI_START.search("“”——")
