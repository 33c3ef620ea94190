"""Index and query tokens: CJK bigrams (chosen by measurement, see scripts/search_relevance.py).

Every CJK run becomes its overlapping character bigrams (a lone character stays a unigram), so
any substring of two or more characters is found as a phrase of bigrams, whatever a word
segmenter would have made of its context. Other letter/digit runs are single tokens, NFKC-folded
and lower-cased. Queries are segmented into words (jieba) only to decide what to match as one
phrase; each word is then matched as its bigram phrase.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass

from ..chars import HAN_WITH_COMPATIBILITY

CJK_CHARS = HAN_WITH_COMPATIBILITY  # a compatibility ideograph in a query is still cut into bigrams
WORD_RUN = re.compile(rf"[{CJK_CHARS}]+|[^\W{CJK_CHARS}_]+")
CJK_RUN = re.compile(rf"[{CJK_CHARS}]+")
# Query runs up to this length are matched whole (燃气, 安全生产, 隐患排查治理); longer ones are
# a sentence typed as a question and are split into words.
LONGEST_PHRASE_RUN = 6


@dataclass(frozen=True)
class Phrase:
    """One query word: match its tokens in order; `prefix` for a lone CJK character."""

    word: str
    tokens: tuple[str, ...]
    prefix: bool = False


def run_tokens(run: str) -> list[str]:
    if not CJK_RUN.match(run):
        return [unicodedata.normalize("NFKC", run).casefold()]
    if len(run) == 1:
        return [run]
    return list(map(operator.add, run, run[1:]))


def index_tokens(text: str) -> str:
    """The space-separated token string stored in the full-text index for `text`."""
    tokens: list[str] = []
    for run in WORD_RUN.findall(text):
        tokens.extend(run_tokens(run))  # a run is all CJK or all not: its first character tells
    return " ".join(tokens)


def query_phrases(normalized_query: str) -> list[Phrase]:
    """The phrases a (normalized) query searches for, duplicates removed, in query order."""
    words: list[str] = []
    for run in WORD_RUN.findall(normalized_query):
        words.extend(_segment(run) if len(run) > LONGEST_PHRASE_RUN and CJK_RUN.fullmatch(run) else [run])
    phrases: dict[tuple[str, ...], Phrase] = {}
    for word in words:
        tokens = tuple(run_tokens(word))
        phrases.setdefault(tokens, Phrase(word, tokens, prefix=len(word) == 1 and bool(CJK_RUN.match(word))))
    return list(phrases.values())


def _segment(run: str) -> list[str]:
    """Words of a long CJK run; single characters (的, 要, 和 ...) dropped when longer words exist."""
    import jieba  # loading its dictionary takes a second: only for long queries

    words = [word for word in jieba.cut(run) if CJK_RUN.fullmatch(word)]
    longer = [word for word in words if len(word) > 1]
    return longer or words
