"""Character classes and width maps: what the package counts as a Han character, and the
half-width punctuation the genre's damaged pages put where full-width belongs.

One definition, used by the normalizer, the character model, the extractor, align and search:

- `HAN` (U+3400–U+9FFF: CJK Extension A and the Unified Ideographs) as a regex class body
  (`[{HAN}]`), `HAN_CHAR` compiled, `is_han` for one character, `HAN_FIRST`/`HAN_LAST` for
  code-point arrays;
- `HAN_WITH_COMPATIBILITY`, the one wider variant: HAN plus the compatibility ideographs
  (U+F900–U+FAFF, 﨑, 塚), which a query typed on another system or a converted PDF may hold. Only
  search needs it, so that such a character is still cut into bigrams and found; the normalizer
  leaves them to OpenCC and the model, which know them as symbols;
- `HALF_TO_FULL_PUNCTUATION` and `FULL_TO_HALF_PUNCTUATION`: the seven marks a half-width
  keyboard or a lossy converter leaves in Chinese text (`,;:!?()`), and back (for the damage
  scripts that simulate it);
- `FULL_WIDTH_FORMS`: the full-width forms of ASCII (！ to ～, each U+FEE0 above its ASCII twin);
- `pinyin_readings`: every reading pypinyin knows for one character (the pinyin-gloss step, the
  GBK step's candidates, search's spelling variants).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from functools import cache, partial

HAN = "\u3400-\u9fff"
HAN_FIRST, HAN_LAST = 0x3400, 0x9FFF  # the same range as code points, for numpy arrays of them
HAN_CHAR = re.compile(f"[{HAN}]")
HAN_WITH_COMPATIBILITY = f"{HAN}\uf900-\ufaff"
FULL_WIDTH_FORMS = "\uff01-\uff5e"

HALF_TO_FULL_PUNCTUATION = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
FULL_TO_HALF_PUNCTUATION = {full: half for half, full in HALF_TO_FULL_PUNCTUATION.items()}


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def pinyin_readings(char: str, *, toned: bool) -> frozenset[str]:
    """Every reading pypinyin knows for one character, with tone marks or without (heteronyms).

    A character in pypinyin's character table (`pinyin_dict`: code point -> its toned readings) is
    read from there, each reading put in the style by pypinyin's own style converter: what
    `pypinyin.pinyin(char, heteronym=True)` gives for one character (its phrase readings are for
    two and more; tests/test_chars_pinyin.py compares every character of the table), without
    `pinyin`'s segmenting and per-call set-up: the GBK step asks for 17,000 characters' readings
    when it builds its indexes, in every worker that meets a damaged page and in a one-document
    `extract` of one (docs/benchmarks.md, speed48). Anything else (punctuation, Latin, more than
    one character) goes through `pinyin`."""
    table = _pinyin_table()  # imports pypinyin (without phrases) for the call below too
    readings = table.get(ord(char)) if len(char) == 1 else None
    if readings is None:
        from pypinyin import Style, pinyin

        return frozenset(pinyin(char, style=Style.TONE if toned else Style.NORMAL, heteronym=True)[0])
    return frozenset(map(_in_style(toned), readings.split(",")))


@cache
def _pinyin_table() -> dict[int, str]:
    """pypinyin's character table: code point -> its toned readings, parted by commas."""
    import_pypinyin_without_phrases()
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@cache
def _in_style(toned: bool) -> Callable[[str], str]:
    """A toned reading as pypinyin's `pinyin` writes it in the style asked for."""
    import_pypinyin_without_phrases()
    from pypinyin import Style
    from pypinyin.style import convert

    return partial(convert, style=Style.TONE if toned else Style.NORMAL, strict=True)


def import_pypinyin_without_phrases() -> None:
    """pypinyin loads its dictionary of 47,111 phrase readings at import unless PYPINYIN_NO_PHRASES
    is set (its documented switch): 0.16 s of CPU against 0.03-0.04 s without, in every process
    that reads a gloss or repairs a GBK character. The package only ever asks for one character,
    whose readings come from the character table alone (all 34,282 characters tried: the same with
    and without phrases). The variable is set for the import only. A process that wants phrase
    readings from pypinyin too can load them: `pypinyin.load_phrases_dict(
    pypinyin.phrases_dict.phrases_dict)`."""
    if "pypinyin" in sys.modules:
        return
    before = os.environ.get("PYPINYIN_NO_PHRASES")
    os.environ["PYPINYIN_NO_PHRASES"] = "1"
    try:
        import pypinyin  # noqa: F401
    finally:
        if before is None:
            del os.environ["PYPINYIN_NO_PHRASES"]
        else:
            os.environ["PYPINYIN_NO_PHRASES"] = before
