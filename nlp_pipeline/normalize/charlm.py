"""A character bigram model: how plausible is a string as simplified Chinese?

Counts come from `data/normalize/char_lm.tsv` (scripts/train_char_lm.py). Traditional
characters are scored through their simplified form, so one model serves both scripts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import pairwise

from .. import resources
from ..chars import HAN, is_han

UNSEEN_BIGRAM = 0.02  # share of the unigram estimate a never-seen pair keeps (interpolation weight)
# weight of a document's own counts beside the model's (a cache model: P = P_model + w * P_document);
# 0.3 chosen on the GBK damage benchmark's seed 7 among 0.1, 0.3 and 1
DOCUMENT_WEIGHT = 0.3
HAN_RUN = re.compile(f"[{HAN}]+")


class CharLM:
    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.total = sum(n for key, n in counts.items() if len(key) == 1)
        self.vocab = sum(1 for key in counts if len(key) == 1)
        self._bigram_cache: dict[str, float] = {}  # the repairs score the same pairs over and over
        self._seen_cache: dict[str, bool] = {}

    def unigram(self, ch: str) -> float:
        return (self.counts.get(simplified_char(ch), 0) + 0.5) / (self.total + 0.5 * self.vocab)

    def bigram_logprob(self, a: str, b: str) -> float:
        """log P(b | a), interpolated with the unigram so an unseen pair is costly, not fatal."""
        cached = self._bigram_cache.get(a + b)
        if cached is None:
            cached = self._bigram_cache[a + b] = self._bigram_logprob(a, b)
        return cached

    def _bigram_logprob(self, a: str, b: str) -> float:
        a, b = simplified_char(a), simplified_char(b)
        pair = self.counts.get(a + b, 0)
        left = self.counts.get(a, 0)
        seen = pair / left if left else 0.0
        return math.log(0.98 * seen + UNSEEN_BIGRAM * self.unigram(b))

    def seen(self, a: str, b: str) -> bool:
        pair = a + b
        known = self._seen_cache.get(pair)
        if known is None:
            known = self._seen_cache[pair] = simplified_char(a) + simplified_char(b) in self.counts
        return known

    def logprob(self, text: str) -> float:
        """Sum of bigram log-probabilities inside `text` (its first character is context)."""
        return sum(self.bigram_logprob(a, b) for a, b in pairwise(text))


class DocumentCounts:
    """A document's own characters and character pairs, outside the stretches it cannot vouch for.

    A document repeats its own words — its places, its organisations, its subject's terms
    (梅川区, 县公安局, 燃放) — which a general model hardly knows, so a repair that reads one of them
    back is likelier than the model alone says: a cache model, whose bonus for `b` after `a` is
    log(1 + w * P_document / P_model), nothing where the document never shows the pair."""

    def __init__(self, text: str, skipped: list[tuple[int, int]]) -> None:
        kept, at = [], 0
        for start, end in sorted(skipped):  # the text between skipped spans, each piece counted apart
            kept.append(text[at : max(at, start)])
            at = max(at, end)
        kept.append(text[at:])
        self.chars: Counter[str] = Counter()
        self.pairs: Counter[str] = Counter()
        for piece in kept:
            for run in HAN_RUN.findall(piece):
                self.chars.update(run)
                self.pairs.update(map(str.__add__, run, run[1:]))
        self.total = sum(self.chars.values())
        self.followers: dict[str, set[str]] = {}
        self.preceders: dict[str, set[str]] = {}
        for pair in self.pairs:
            self.followers.setdefault(pair[0], set()).add(pair[1])
            self.preceders.setdefault(pair[1], set()).add(pair[0])
        self._bonus: dict[str, float] = {}

    def vouched(self, before: str, candidates: frozenset[str], after: str) -> set[str]:
        """The candidates to which the document lends a bonus beside `before` or `after` (the
        rest score as the model alone scores them): a set operation, not a lookup per candidate."""
        shown = set(self.followers.get(before, ()) if is_han(before) else self.chars) & candidates
        shown |= self.preceders.get(after, set()) & candidates
        if after in self.chars:  # after a mark, `after` gets its unigram bonus
            shown |= marks_among(candidates)
        return shown

    def bonus(self, a: str, b: str) -> float:
        """What the document's counts add to the model's log P(b | a) (a Chinese `b` only; after
        anything else than a Chinese character, to its unigram log-probability)."""
        cached = self._bonus.get(a + b)
        if cached is None:
            cached = self._bonus[a + b] = self._document_bonus(a, b)
        return cached

    def _document_bonus(self, a: str, b: str) -> float:
        if not is_han(b):
            return 0.0
        lm = char_lm()
        if is_han(a):
            seen = self.pairs.get(a + b, 0)
            return (
                math.log1p(DOCUMENT_WEIGHT * seen / self.chars[a] / math.exp(lm.bigram_logprob(a, b))) if seen else 0.0
            )
        seen = self.chars.get(b, 0)
        return math.log1p(DOCUMENT_WEIGHT * seen / self.total / lm.unigram(b)) if seen else 0.0


@lru_cache(maxsize=4096)
def marks_among(candidates: frozenset[str]) -> frozenset[str]:
    """The candidates that are no Chinese characters (the repairs ask for the same sets again and again)."""
    return frozenset(c for c in candidates if not is_han(c))


@lru_cache(maxsize=65536)
def simplified_char(ch: str) -> str:
    converted = resources.opencc_converter("t2s").convert(ch)
    return converted if len(converted) == 1 else ch


@cache
def char_lm() -> CharLM:
    return CharLM(resources.char_lm_counts())
