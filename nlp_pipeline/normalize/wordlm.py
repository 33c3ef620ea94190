"""A word model: how plausible is a string as a sequence of Chinese words?

The character bigram model (charlm.py) knows pairs inside words but hardly across them, so
`运输等企业` and `运输先企业` look alike to it. Scored as words, with jieba's dictionary (repacked in
the package, `jieba_lexicon`: jieba itself is not loaded), the best segmentation tells them apart:
运输/等/企业 uses a frequent function word where 先 leaves an odd one. The score is the
log-probability of jieba's best segmentation (the Viterbi route over its word lattice, as
jieba's own `calc` computes it), each character credited with the genre's mean, so that readings
of different length compare fairly. Loaded only when a repair has candidates to compare.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..jieba_lexicon import lexicon
from .charlm import simplified_char

# the genre's mean word log-probability per character under jieba's dictionary (the best
# segmentations of corpora/clean: 5.11 nats a character): text that segments as well as the
# genre's costs nothing
GENRE_WORD_NATS = 5.1
LONGEST_WORD = 8  # characters; longer dictionary entries are names of organisations
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


@lru_cache(maxsize=65536)
def segmentation_logprob(run: str) -> float:
    """Log-probability of the best segmentation of a run of Chinese characters into words."""
    lex = lexicon()
    n = len(run)
    best = [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        # a character is always a word
        score = math.log(lex.prefix_frequency(run[i]) or 1) - lex.log_total + best[i + 1]
        for j in range(i + 2, min(n, i + LONGEST_WORD) + 1):
            freq = lex.prefix_frequency(run[i:j])
            if freq is None:  # no word starts with this prefix
                break
            if freq:
                score = max(score, math.log(freq) - lex.log_total + best[j])
        best[i] = score
    return best[0]


def word_plausibility(text: str) -> float:
    """Segmentation log-probability of the text's Chinese runs (traditional read as simplified)
    relative to the genre's, per character."""
    simplified = "".join(map(simplified_char, text))
    return sum(segmentation_logprob(run) + GENRE_WORD_NATS * len(run) for run in HAN_RUN.findall(simplified))
