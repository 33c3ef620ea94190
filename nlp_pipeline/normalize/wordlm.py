"""A word model: how plausible is a string as a sequence of Chinese words?

The character bigram model (charlm.py) knows pairs inside words but hardly across them, so
`运输等企业` and `运输先企业` look alike to it. Scored as words, with jieba's dictionary (its
word frequencies ship with the package, no download), the best segmentation tells them apart:
运输/等/企业 uses a frequent function word where 先 leaves an odd one. The score is the
log-probability of jieba's best segmentation (the Viterbi route over its word lattice, as
jieba's own `calc` computes it), each character credited with the genre's mean, so that readings
of different length compare fairly. Loaded only when a repair has candidates to compare.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import sys
from functools import cache, lru_cache
from pathlib import Path

from .. import resources
from ..user_cache import cache_folder, write_cache_file
from .charlm import simplified_char

# the genre's mean word log-probability per character under jieba's dictionary (the best
# segmentations of corpora/clean: 5.11 nats a character): text that segments as well as the
# genre's costs nothing
GENRE_WORD_NATS = 5.1
LONGEST_WORD = 8  # characters; longer dictionary entries are names of organisations
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


# Names the compact copy of jieba's word frequencies kept in the user's cache folder.
JIEBA_FREQ_MAGIC = b"nlp_pipeline jieba word frequencies v1\n"


@cache
def word_freqs() -> tuple[dict[str, int], float]:
    """jieba's word frequencies (prefixes of words map to 0) and the log of their total.

    jieba keeps its dictionary as one marshalled dict of 498,000 words and prefixes, which takes
    0.7 s of CPU to load (and 0.1 s to import jieba), in every process that repairs damage or reads
    a 著: each batch worker pays it. The same counts in compact form (`resources.counts_compact`)
    load in about a quarter of that, without jieba: the first process derives the copy from jieba
    and keeps it in the user's cache folder (`user_cache`), named by the hash of the dictionary
    jieba ships, so an upgraded jieba is never answered from a stale copy. A process that has
    imported jieba already (search cuts queries with it) reads jieba's own, as it may have been
    set up otherwise."""
    dictionary_hash = None if "jieba" in sys.modules else _default_dictionary_hash()
    folder = cache_folder()
    if folder is None or dictionary_hash is None:
        freqs, total = _jieba_freqs()
    else:
        freqs, total = _through_compact_copy(folder / f"jieba-freq-{dictionary_hash[:16]}.bin", dictionary_hash)
    return freqs, math.log(total)


def _through_compact_copy(path: Path, dictionary_hash: str) -> tuple[dict[str, int], int]:
    """The counts from the compact copy at `path`; where it is missing, stale or damaged, from
    jieba, and the copy written for the next process."""
    read = _read_compact_copy(path, dictionary_hash)
    if read is None:
        read = _jieba_freqs()
        _write_compact_copy(path, dictionary_hash, *read)
    return read


def _jieba_freqs() -> tuple[dict[str, int], int]:
    import jieba  # its dictionary takes a second to load: only for texts with damage to repair

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, jieba.dt.total


def _default_dictionary_hash() -> str | None:
    """SHA-256 of the dictionary jieba loads by default (dict.txt in its package, found without
    importing it), or None where there is none to read."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        return hashlib.sha256((Path(spec.submodule_search_locations[0]) / "dict.txt").read_bytes()).hexdigest()
    except OSError:
        return None


def _read_compact_copy(path: Path, dictionary_hash: str) -> tuple[dict[str, int], int] | None:
    try:
        read = resources.read_counts_compact(path.read_bytes(), JIEBA_FREQ_MAGIC, dictionary_hash)
    except OSError:
        return None
    if read is None or not isinstance(read[1].get("total"), int):
        return None
    return read[0], read[1]["total"]


def _write_compact_copy(path: Path, dictionary_hash: str, freqs: dict[str, int], total: int) -> None:
    try:
        compact = resources.counts_compact(freqs, JIEBA_FREQ_MAGIC, dictionary_hash, total=total)
    except ValueError:  # a word or a count this form cannot hold: jieba's own load every time
        return
    write_cache_file(path, compact)


@lru_cache(maxsize=65536)
def segmentation_logprob(run: str) -> float:
    """Log-probability of the best segmentation of a run of Chinese characters into words."""
    freqs, log_total = word_freqs()
    n = len(run)
    best = [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        score = math.log(freqs.get(run[i]) or 1) - log_total + best[i + 1]  # a character is always a word
        for j in range(i + 2, min(n, i + LONGEST_WORD) + 1):
            freq = freqs.get(run[i:j])
            if freq is None:  # no word starts with this prefix
                break
            if freq:
                score = max(score, math.log(freq) - log_total + best[j])
        best[i] = score
    return best[0]


def word_plausibility(text: str) -> float:
    """Segmentation log-probability of the text's Chinese runs (traditional read as simplified)
    relative to the genre's, per character."""
    simplified = "".join(map(simplified_char, text))
    return sum(segmentation_logprob(run) + GENRE_WORD_NATS * len(run) for run in HAN_RUN.findall(simplified))
