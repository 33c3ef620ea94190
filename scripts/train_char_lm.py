"""Build the character bigram model the normalizer uses to judge how plausible a reading is.

    .venv/bin/python scripts/train_char_lm.py [--corpus corpora/clean] [--min-count 2]

Sources: jieba's dictionary (word frequencies give the bigrams inside words) and the clean
simplified texts under `corpora/clean/` (they give the bigrams across words, weighted up because
they are few). Writes `nlp_pipeline/data/normalize/char_lm.tsv`: one `chars<TAB>count` line per
unigram and bigram, `char_lm.bin`: the same counts in the compact form the pipeline loads
(`resources.read_char_lm_compact`; `--compact-only` rebuilds it alone from the TSV as it stands),
`frequent_chars.txt`: the Han characters counted at least `gbk_misalignment.RARE_COUNT` times
(the GBK step's detector reads them without loading the model), and `genre_words.tsv`: how often
each word (jieba's segmentation) occurs in the corpus, the genre's own word frequencies (the spin
step's prior: 安全 is common here, 平安 rare). Rerun it after adding texts to the corpus.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import jieba

from nlp_pipeline import resources
from nlp_pipeline.chars import HAN, is_han
from nlp_pipeline.normalize.gbk_misalignment import RARE_COUNT

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "nlp_pipeline" / "data" / "normalize"
OUT = REPO / "nlp_pipeline" / "data" / resources.CHAR_LM_TSV
COMPACT = REPO / "nlp_pipeline" / "data" / resources.CHAR_LM_COMPACT
GENRE_WORDS = DATA / "genre_words.tsv"
FREQUENT_CHARS = DATA / "frequent_chars.txt"
FREQUENT_LINE = 50  # characters per line of frequent_chars.txt
HAN_RUN = re.compile(f"[{HAN}]+")
CORPUS_WEIGHT = 200  # one corpus occurrence counts as much as a mid-frequency dictionary word


def dictionary_counts() -> Counter:
    counts: Counter = Counter()
    with jieba.get_dict_file() as handle:
        for raw in handle:
            word, freq = raw.decode("utf-8").split(" ")[:2]
            freq = int(freq)
            for ch in word:
                counts[ch] += freq
            for a, b in pairwise(word):
                counts[a + b] += freq
    return counts


def corpus_counts(corpus: Path) -> Counter:
    counts: Counter = Counter()
    for path in sorted(corpus.glob("*.txt")):
        for run in HAN_RUN.findall(path.read_text(encoding="utf-8")):
            counts.update(run)
            counts.update(a + b for a, b in pairwise(run))
    return Counter({key: n * CORPUS_WEIGHT for key, n in counts.items()})


def genre_word_counts(corpus: Path) -> Counter:
    counts: Counter = Counter()
    for path in sorted(corpus.glob("*.txt")):
        counts.update(word for word in jieba.lcut(path.read_text(encoding="utf-8")) if HAN_RUN.fullmatch(word))
    return counts


def write_counts(path: Path, header: str, key: str, counts) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"# {header}; built by scripts/train_char_lm.py\n{key}\tcount\n")
        handle.writelines(f"{k}\t{n}\n" for k, n in counts)


def write_frequent_chars(path: Path, counts) -> int:
    """The Han unigrams counted at least RARE_COUNT times, in code-point order; returns how many."""
    frequent = sorted(key for key, n in counts.items() if len(key) == 1 and is_han(key) and n >= RARE_COUNT)
    lines = ("".join(frequent[i : i + FREQUENT_LINE]) for i in range(0, len(frequent), FREQUENT_LINE))
    path.write_text(
        f"# Han characters char_lm.tsv counts at least {RARE_COUNT} times; built by scripts/train_char_lm.py\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return len(frequent)


def write_compact(path: Path, tsv_path: Path) -> int:
    """char_lm.bin from the TSV as the pipeline reads it (comment lines dropped alike), so the two
    forms cannot disagree; returns the number of entries."""
    tsv = tsv_path.read_bytes()
    counts = resources.parse_char_lm_tsv(tsv)
    path.write_bytes(resources.counts_compact(counts, resources.CHAR_LM_MAGIC, resources.char_lm_tsv_hash(tsv)))
    return len(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpora" / "clean")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--compact-only", action="store_true", help="only rebuild char_lm.bin from char_lm.tsv")
    args = parser.parse_args()
    if args.compact_only:
        print(f"{write_compact(COMPACT, OUT)} entries -> {COMPACT}")
        return
    counts = dictionary_counts() + corpus_counts(args.corpus)
    kept = sorted((key, n) for key, n in counts.items() if n >= args.min_count)
    write_counts(OUT, "character unigram and bigram counts", "chars", kept)
    print(f"{len(kept)} entries -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")
    print(f"{write_compact(COMPACT, OUT)} entries -> {COMPACT} ({COMPACT.stat().st_size / 1e6:.1f} MB)")
    print(f"{write_frequent_chars(FREQUENT_CHARS, dict(kept))} characters -> {FREQUENT_CHARS}")
    words = sorted(genre_word_counts(args.corpus).items())
    write_counts(GENRE_WORDS, "word counts of the clean genre corpus", "word", words)
    print(f"{len(words)} words -> {GENRE_WORDS}")


if __name__ == "__main__":
    main()
