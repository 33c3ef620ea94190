"""Pseudo-relevance feedback for hybrid document search: the first documents of the fused ranking
stand for what the query means, and the rest of the fused list is ranked again by how much each
document resembles them.

A clerk's query names a concept in a few words; the relevant documents beyond the first few say
it in others (中暑 where the query says 高温, 钢瓶 where it says 液化气罐) or hold the query's words
once among many. On the four read relevance sets most of the relevant documents the first ten
miss are in the fused list already, ranked 11th to 50th. The first few fused documents are right
(MRR above 0.9), so their words say what the query is about:

- **expansion words** (`expansion_words`): the words (jieba, two characters or more, no query
  word, no stop word) that at least two of the first `FEEDBACK_DOCUMENTS` fused documents hold
  in their paragraphs most like the query (`FEEDBACK_PARAGRAPHS`), by how often they hold them
  times how rare the word is among the fused documents;
- each fused document scored by them with BM25 over its whole text (`expansion_scores`), scaled
  to 0–1 and raised by FEEDBACK_FLOOR, weighs the fused score as one more factor of the
  geometric mean (`reweighted`), with a low exponent: feedback reorders the fused list, it never
  brings a document neither ranking listed, and a document that holds none of the expansion
  words keeps FEEDBACK_FLOOR ** EXPANSION_WEIGHT (0.50) of its score.

Document search only: a task row is one sentence, too short to be scored by the words of whole
documents.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from .. import resources
from .tokenize import CJK_RUN

# How many of the fused ranking's first documents stand for the query.
FEEDBACK_DOCUMENTS = 3
# A word is an expansion word only when this many of the feedback documents hold it (fewer when
# fewer documents were found): a word of one document is that document's subject, not the query's.
SHARED_BY = 2
EXPANSION_WORDS = 10
# How many of the fused documents are read and scored by the expansion words (the rest count as
# holding none): the IDF's pool.
FEEDBACK_POOL = 100
# How many of the words the feedback documents share most are weighed by their rarity (counted in
# every fused text, the costliest step).
CANDIDATE_WORDS = 60
# The words are drawn from a feedback document's title and its paragraphs most like the query,
# this many (None: its whole text): where it speaks of the query's matter; cutting ten paragraphs
# costs a fraction of cutting a long document whole.
FEEDBACK_PARAGRAPHS: int | None = 10
# jieba's HMM (words outside its dictionary) on the feedback texts: off, the dictionary's words
# only, which is faster and scored as well.
FEEDBACK_HMM = False
# The exponent of the feedback factor in the fused score, and what a document with no expansion
# word gets on the 0-1 scale (as semantic.FUSION_FLOOR). Chosen on the four read relevance sets
# with the archive set as the bound (docs/search.md, "Pseudo-relevance feedback").
EXPANSION_WEIGHT = 0.3
FEEDBACK_FLOOR = 0.1
K1 = 1.2
B = 0.75

Key = TypeVar("Key", bound=Hashable)


def expansion_words(
    feedback: Sequence[str], pool: Sequence[str], asked: Sequence[str], count: int = EXPANSION_WORDS
) -> list[tuple[str, float]]:
    """The expansion words of a query and their weights (IDF over `pool`), best first.

    `feedback`: the texts of the first fused documents; `pool`: the texts of every fused
    document (the feedback ones among them); `asked`: the query's words and their spellings —
    a word holding one or held by one is the keyword ranking's already."""
    import jieba

    stop = resources.query_stopwords()
    held: Counter[str] = Counter()
    weight: defaultdict[str, float] = defaultdict(float)
    for text in feedback:
        words = Counter(
            word
            for word in jieba.cut(text, HMM=FEEDBACK_HMM)
            if len(word) >= 2 and CJK_RUN.fullmatch(word) and word not in stop and not _overlaps(word, asked)
        )
        for word, times in words.items():
            held[word] += 1
            weight[word] += math.log1p(times)
    needed = min(SHARED_BY, len(feedback))
    shared = sorted((word for word in weight if held[word] >= needed), key=lambda word: (-weight[word], word))
    shared = shared[:CANDIDATE_WORDS]
    idf = {word: _idf(sum(word in text for text in pool), len(pool)) for word in shared}
    best = sorted(shared, key=lambda word: (-weight[word] * idf[word], word))[:count]
    return [(word, idf[word]) for word in best]


def expansion_scores(words: Sequence[tuple[str, float]], texts: Mapping[Key, str]) -> dict[Key, float]:
    """Each text's BM25 score over the expansion words (the length norm over `texts`)."""
    if not texts:
        return {}
    average = statistics.fmean(max(1, len(text)) for text in texts.values())
    scores: dict[Key, float] = {}
    for key, text in texts.items():
        norm = K1 * (1 - B + B * max(1, len(text)) / average)
        scores[key] = sum(idf * _saturated(text.count(word), norm) for word, idf in words)
    return scores


def reweighted(fused: Sequence[tuple[Key, float]], scores: Mapping[Key, float]) -> list[tuple[Key, float]]:
    """`fused` with each score times (its expansion score over the highest, plus FEEDBACK_FLOOR)
    ** EXPANSION_WEIGHT, best first; a key `scores` lacks counts as 0. Nothing changes when no
    text holds an expansion word."""
    high = max(scores.values(), default=0.0)
    if high <= 0:
        return list(fused)
    reordered = [
        (key, score * (scores.get(key, 0.0) / high + FEEDBACK_FLOOR) ** EXPANSION_WEIGHT) for key, score in fused
    ]
    return sorted(reordered, key=lambda item: -item[1])


def _overlaps(word: str, asked: Sequence[str]) -> bool:
    return any(word in other or other in word for other in asked)


def _idf(holders: int, total: int) -> float:
    return math.log(1 + (total - holders + 0.5) / (holders + 0.5))


def _saturated(frequency: int, norm: float) -> float:
    return frequency * (K1 + 1) / (frequency + norm) if frequency else 0.0
