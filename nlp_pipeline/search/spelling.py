"""Homophone respelling of query words that no indexed text holds: 防讯 → 防汛, 燃汽 → 燃气.

A clerk types with a pinyin input method, so a misspelt word is nearly always a word of the same
sound with one character picked wrong. A word none of the index's texts hold is given the
spellings that change one character for another read the same way (one of the 3,500 common
characters, data/readers/common_chars.txt) and that are words: in jieba's dictionary, or cut by
jieba into dictionary words of two or more characters only (挂牌督办 → 挂牌 督办, where the typo
挂牌都办 leaves 都 and 办 alone). Same-tone readings are tried first; the toneless ones only when
those give no word (自建方 fāng → 自建房 fáng). The spellings are added to the term, never put in
its place, and a word the index holds is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .. import resources
from ..chars import pinyin_readings
from .tokenize import CJK_RUN, Term, phrase

# At most this many respellings a word, the most frequent in jieba's dictionary first: a short
# word has many homophones, and each spelling is one more full-text look-up.
MOST_RESPELLINGS = 3


def respelled(term: Term, held: Callable[[list[str]], list[str]] | None = None) -> Term | None:
    """`term` with the homophone respellings of its spellings added; None when there are none.
    `held` (which of some words the index's texts hold) lets the index's own words count too, when
    no dictionary word does: a field's compound jieba does not know (煤改气, typed 煤改汽)."""
    known = {p.word for p in term.phrases}
    found = [word for p in term.phrases for word in homophone_words(p.word) if word not in known]
    if not found and held is not None:
        candidates = [word for p in term.phrases for word in same_toned_spellings(p.word) if word not in known]
        found = held(list(dict.fromkeys(candidates)))[:MOST_RESPELLINGS]
    if not found:
        return None
    return Term(term.word, (*term.phrases, *(phrase(word) for word in dict.fromkeys(found))))


@cache
def homophone_words(word: str) -> tuple[str, ...]:
    """Words that differ from `word` in one character read the same way (toned readings first)."""
    if not CJK_RUN.fullmatch(word) or len(word) < 2:
        return ()
    for chars_read in (_same_toned, _same_toneless):
        candidates = {
            word[:at] + other + word[at + 1 :]
            for at, char in enumerate(word)
            for other in chars_read(char)
            if other != char
        }
        words = sorted((c for c in candidates if _word_frequency(c)), key=lambda c: -_word_frequency(c))
        if words:
            return tuple(words[:MOST_RESPELLINGS])
    return ()


@cache
def same_toned_spellings(word: str) -> tuple[str, ...]:
    """Every spelling of `word` with one character changed for another read in the same tone."""
    if not CJK_RUN.fullmatch(word) or len(word) < 2:
        return ()
    return tuple(
        sorted(
            {
                word[:at] + other + word[at + 1 :]
                for at, char in enumerate(word)
                for other in _same_toned(char)
                if other != char
            }
        )
    )


def _word_frequency(candidate: str) -> int:
    """How often jieba's dictionary has the candidate, or the rarest of the words jieba cuts it
    into when every one of them has two characters or more; 0 when it is no word."""
    import jieba  # loaded already: the query was cut by it

    frequencies = jieba.dt.FREQ
    if frequencies.get(candidate):
        return frequencies[candidate]
    pieces = list(jieba.cut(candidate, HMM=False))
    if len(pieces) > 1 and all(len(piece) > 1 and frequencies.get(piece) for piece in pieces):
        return min(frequencies[piece] for piece in pieces)
    return 0


def _same_toned(char: str) -> set[str]:
    return {other for reading in _readings(char, toned=True) for other in _chars_by_reading(True).get(reading, ())}


def _same_toneless(char: str) -> set[str]:
    return {other for reading in _readings(char, toned=False) for other in _chars_by_reading(False).get(reading, ())}


@cache
def _chars_by_reading(toned: bool) -> dict[str, tuple[str, ...]]:
    """Reading -> the common characters read so."""
    index: dict[str, list[str]] = {}
    for char in sorted(resources.common_chars()):
        for reading in _readings(char, toned=toned):
            index.setdefault(reading, []).append(char)
    return {reading: tuple(chars) for reading, chars in index.items()}


@cache
def _readings(char: str, *, toned: bool) -> frozenset[str]:
    return pinyin_readings(char, toned=toned)
