"""jieba's dictionary, repacked: the words both jieba-like models read, loaded once per process.

scripts/build_pos_lexicon.py writes jieba's dict.txt as nlp_pipeline/data/extract/pos_lexicon.tsv.gz:
every word's frequency (and tag) and the dictionary's total, the data jieba's own prefix dict
(`jieba.dt.FREQ`, `jieba.dt.total`) is built from. Two steps read it: extraction's first-verb
tagger (extract/pos.py) and the normalizer's word model (normalize/wordlm.py, normalize/script.py).
One copy serves both, so a batch's workers, forked after the coordinator's warm-up loaded it, load
no dictionary of their own: jieba's prefix dict of 498,000 words and prefixes took a worker 0.14 s
of CPU (from a compact copy) or 0.8 s (from jieba) on every page with damage to repair or a 著
(docs/benchmarks.md, speed32). It lives outside `extract`, whose import loads spaCy.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from math import log

from . import model_cache, resources

LEXICON = "extract/pos_lexicon.tsv.gz"
ADDITIONS = "extract/lexicon_words.toml"  # the project's words kept whole (约谈), with their examples
LEXICON_CACHE_NAME = "pos-lexicon-1"  # a change to what `_read_artefact` returns needs a new name


@dataclass(frozen=True)
class Lexicon:
    """jieba's words as sorted `word<TAB>frequency<TAB>tag` lines, searched by bisection: splitting
    the lines is all the loading there is (a dict of 349k words would take several times longer).
    The lines stay UTF-8 bytes, whose order is the words' order: decoding them all took a third of
    the loading, and a search decodes only the line it finds."""

    lines: list[bytes]
    log_total: float  # log of the dictionary's frequency total, as jieba's route uses it

    def entry(self, word: str) -> tuple[int, str] | None:
        """(frequency, tag) of a word; None when it is not one."""
        key = f"{word}\t".encode()
        index = bisect_left(self.lines, key)
        if index < len(self.lines) and self.lines[index].startswith(key):
            _, frequency, tag = self.lines[index].decode("utf-8").split("\t")
            return int(frequency), tag
        return None

    def frequency(self, word: str) -> int:
        entry = self.entry(word)
        return entry[0] if entry else 0

    def prefix_frequency(self, prefix: str) -> int | None:
        """None when no word begins with `prefix`, else the frequency of `prefix` as a word (0: it
        is none itself) — whether the route goes on and what the word weighs, in one search: a
        word's own line is the first at or after it (`word<TAB>…` sorts before the longer words it begins)."""
        key = prefix.encode()
        index = bisect_left(self.lines, key)
        if index == len(self.lines) or not self.lines[index].startswith(key):
            return None
        line = self.lines[index]
        return int(line.split(b"\t")[1]) if line.startswith(key + b"\t") else 0


@cache
def lexicon() -> Lexicon:
    """The artefact's entries and total. The command line keeps them in the user's cache
    (`model_cache`): a start then reads the lines marshalled instead of decompressing and splitting
    the artefact (0.035 s of CPU, about half of it saved: docs/benchmarks.md, speed75)."""
    lines, total = model_cache.derived(LEXICON_CACHE_NAME, resources.data_path(LEXICON).read_bytes(), _read_artefact)
    return with_additions(lines, total)


def with_additions(lines: list[bytes], total: int) -> Lexicon:
    """jieba's entries and total with the project's words kept whole (ADDITIONS), in a copy of the lines
    (the cache's list stays as read)."""
    lines = list(lines)
    for addition in resources.read_rules(ADDITIONS)["kept_whole"]:
        total += _keep_whole(lines, total, addition["word"], addition["tag"])
    return Lexicon(lines, log(total))


def _keep_whole(lines: list[bytes], total: int, word: str, tag: str) -> int:
    """Writes `word` into the sorted lines with the frequency that keeps it whole on jieba's route, as
    jieba's suggest_freq(word, tune=True) sets it: one more than the total times the product of its pieces'
    probabilities, for the likeliest cut into two pieces (a piece no word counts once), and never less than
    its own. Returns what the total grows by: the whole frequency, as jieba's add_word counts it."""
    base = Lexicon(lines, log(total))
    own = base.frequency(word)
    likeliest_cut = max(
        max(base.frequency(word[:k]), 1) * max(base.frequency(word[k:]), 1) / total for k in range(1, len(word))
    )
    frequency = max(own, int(likeliest_cut) + 1)
    key = f"{word}\t".encode()
    index = bisect_left(lines, key)
    line = f"{word}\t{frequency}\t{tag}".encode()
    if own or (index < len(lines) and lines[index].startswith(key)):
        lines[index] = line
    else:
        lines.insert(index, line)
    return frequency


def _read_artefact(compressed: bytes) -> tuple[list[bytes], int]:
    """The artefact: comment lines, a `#total` line, then the sorted entries."""
    lines = gzip.decompress(compressed).splitlines()
    header = next(index for index, line in enumerate(lines) if not line.startswith(b"#"))
    total = next(int(line.split(b"\t")[1]) for line in lines[:header] if line.startswith(b"#total\t"))
    return lines[header:], total
