"""A character bigram model: how plausible is a string as simplified Chinese?

Counts come from `data/normalize/char_lm.tsv` (scripts/train_char_lm.py). Traditional
characters are scored through their simplified form, so one model serves both scripts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache, lru_cache
from itertools import pairwise

from .. import resources

UNSEEN_BIGRAM = 0.02  # share of the unigram estimate a never-seen pair keeps (interpolation weight)


class CharLM:
    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        self.total, self.vocab = resources.unigram_sums(counts)
        self._bigram_cache: dict[str, float] = {}  # the repairs score the same pairs over and over
        self._seen_cache: dict[str, bool] = {}
        # and the same few thousand characters after a candidate: each pair's score asks for one
        self._unigram_cache: dict[str, float] = {}
        # and a character's own count: every new pair asked the counts for its first character again
        self._char_count_cache: dict[str, int] = {}

    def unigram(self, ch: str) -> float:
        cached = self._unigram_cache.get(ch)
        if cached is None:
            cached = self._unigram_cache[ch] = (self.char_count(ch) + 0.5) / (self.total + 0.5 * self.vocab)
        return cached

    def char_count(self, ch: str) -> int:
        """How often `ch` (read as simplified) occurs in the training text."""
        count = self._char_count_cache.get(ch)
        if count is None:
            count = self._char_count_cache[ch] = self.counts.get(simplified_char(ch), 0)
        return count

    def bigram_logprob(self, a: str, b: str) -> float:
        """log P(b | a), interpolated with the unigram so an unseen pair is costly, not fatal."""
        cached = self._bigram_cache.get(a + b)
        if cached is None:
            cached = self._bigram_cache[a + b] = self._bigram_logprob(a, b)
        return cached

    def _bigram_logprob(self, a: str, b: str) -> float:
        pair = self.counts.get(simplified_char(a) + simplified_char(b), 0)
        left = self.char_count(a)
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


@lru_cache(maxsize=65536)
def simplified_char(ch: str) -> str:
    converted = resources.opencc_converter("t2s").convert(ch)
    return converted if len(converted) == 1 else ch


@cache
def char_lm() -> CharLM:
    return CharLM(resources.char_lm_counts())
