"""Remove pinyin readings that annotators put after characters: `會(huì)` -> `會`, `直(zhi)` -> `直`.

A parenthesised syllable, with tone marks or without, goes only when it is a reading of the
character before it (pypinyin); a reading given twice (`鄉(xiang)(xiang)`) goes whole, so `(试行)`, `(2021)`, `(一)`, `(以下简称…)` and Latin words in
parentheses never match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..chars import is_han, pinyin_readings
from ..record import Change

STEP = "pinyin_annotation"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = rf"[(（][a-zü{TONED}]{{1,6}}[)）]"
# a character's readings: annotators that ran twice left two (鄉(xiang)(xiang)). The scan looks for
# the bracket, rare in text, and only then at the character before it: a pattern opening on the
# character would be tried at every Chinese character of the text. The first gloss is written out
# before the repeat: a pattern that opens with a repeated group gives the engine no first character
# to skip through the text by, and it tries the whole pattern at every position (about 2.5x slower)
GLOSSES = re.compile(rf"{GLOSS}(?:{GLOSS})*")
SYLLABLE = re.compile(rf"[a-zü{TONED}]+")


def remove_pinyin_annotations(text: str) -> tuple[str, list[Change]]:
    if "(" not in text and "（" not in text:
        return text, []
    changes: list[Change] = []

    def without_reading(found: re.Match) -> str:
        """The gloss's replacement: nothing where it is a reading of the character before it, each
        removal logged at its place in the input (the matches come in order and never overlap)."""
        start, glosses = found.start(), found.group()
        if start and is_reading(text[start - 1], glosses):
            changes.append(Change(STEP, glosses, "", start))
            return ""
        return glosses

    # an annotated text holds thousands of glosses: one cached test each, and the output built by
    # the scan itself in C rather than from thousands of edits sorted and sliced (speed98)
    return GLOSSES.sub(without_reading, text), changes


@lru_cache(maxsize=32768)  # annotated texts gloss the same characters over and over
def is_reading(ch: str, glosses: str) -> bool:
    """Whether `ch` is a Chinese character and every parenthesised syllable of `glosses` a reading of it."""
    return is_han(ch) and all(
        syllable in readings(ch) or syllable in toneless_readings(ch) for syllable in SYLLABLE.findall(glosses)
    )


@lru_cache(maxsize=32768)
def readings(ch: str) -> frozenset[str]:
    """Every toned reading pypinyin knows for a character (traditional ones included); a
    neutral-tone reading (的 de, 们 men) has no tone mark."""
    return pinyin_readings(ch, toned=True)


@lru_cache(maxsize=32768)
def toneless_readings(ch: str) -> frozenset[str]:
    """Every reading of a character without its tone, ü written as ü or as v (`绿(lv)`)."""
    plain = pinyin_readings(ch, toned=False)
    return plain | {reading.replace("v", "ü") for reading in plain}
