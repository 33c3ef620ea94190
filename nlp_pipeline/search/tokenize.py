"""Index and query tokens: CJK bigrams (chosen by measurement, see scripts/search_relevance.py).

Every CJK run becomes its overlapping character bigrams (a lone character stays a unigram), so
any substring of two or more characters is found by its bigrams, whatever a word segmenter
would have made of its context. Other letter/digit runs are single tokens, NFKC-folded and
lower-cased. Queries are cut into words (jieba, field synonyms kept whole): each word is one
term of the ranking (search/ranking.py), matched as its bigrams.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .. import resources
from ..chars import HAN_WITH_COMPATIBILITY

CJK_CHARS = HAN_WITH_COMPATIBILITY  # a compatibility ideograph in a query is still cut into bigrams
WORD_RUN = re.compile(rf"[{CJK_CHARS}]+|[^\W{CJK_CHARS}_]+")
CJK_RUN = re.compile(rf"[{CJK_CHARS}]+")
MONTH = re.compile(r"(?<![0-9])[0-9]{1,2}月")
# A date or month in a query (2024年6月, 6月底, 12月31日, 11月中旬): one term, not digits and characters apart.
DATE_WORD = re.compile(
    r"(?<![0-9])(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?"
    r"|[0-9]{1,2}月(?:[0-9]{1,2}[日号]|上旬|中旬|下旬|[初中底末])?)"
)


@dataclass(frozen=True)
class Phrase:
    """One spelling of a query word: its tokens; `prefix` when the last one is a lone CJK
    character, which the index holds only where no CJK character follows it (燃, 3月 → 3 月*)."""

    word: str
    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Term:
    """One word of a query, found in a text when any of its spellings is."""

    word: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class QueryPlan:
    terms: list[Term]
    # CJK runs of the query that were cut into several words: found verbatim, a text ranks higher.
    runs: list[Term] = field(default_factory=list)


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


def phrase(word: str) -> Phrase:
    tokens = tuple(index_tokens(word).split())
    return Phrase(word, tokens, prefix=bool(tokens) and len(tokens[-1]) == 1 and bool(CJK_RUN.match(tokens[-1])))


def query_plan(simplified: str, typed: str) -> QueryPlan:
    """The terms of a normalized query: `simplified` is it in simplified script, `typed` as typed.

    A CJK run is cut into words (field synonyms kept whole, the rest by jieba, a single character
    joined to the word before it; stop words dropped where others are left); each word is a term,
    searched in every spelling: simplified, as typed (a document may keep traditional
    characters), and with a field synonym put in.
    """
    words: list[tuple[str, str]] = []
    runs: list[Term] = []
    aligned = len(typed) == len(simplified)
    position = 0
    for date in [*DATE_WORD.finditer(simplified), None]:
        for match in WORD_RUN.finditer(simplified, position, date.start() if date else len(simplified)):
            run = match.group()
            typed_run = typed[match.start() : match.end()] if aligned else run
            spans = _word_spans(run) if CJK_RUN.fullmatch(run) else [(0, len(run))]
            words += [(run[start:end], typed_run[start:end]) for start, end in spans]
            if len(spans) > 1 or spans[0] != (0, len(run)):
                runs.append(Term(run, tuple(phrase(spelling) for spelling in dict.fromkeys([run, typed_run]))))
        if date:  # a date (6月底, 12月31日) is one word: its digits and characters found together
            words.append((date.group(), typed[date.start() : date.end()] if aligned else date.group()))
            position = date.end()
    words = [pair for pair in words if pair[0] not in resources.query_stopwords()] or words
    terms: dict[tuple[str, ...], Term] = {}
    for word, typed_word in words:
        spellings = [
            phrase(spelling)
            for spelling in dict.fromkeys(
                [
                    word,
                    typed_word,
                    *_synonym_spellings(word),
                    *_month_spellings(word),
                    *_unit_spellings(word),
                    *_sector_words(word),
                ]
            )
        ]
        terms.setdefault(spellings[0].tokens, Term(word, tuple(spellings)))
    return QueryPlan(list(terms.values()), runs)


def _unit_spellings(word: str) -> tuple[str, ...]:
    """A party's other names: 自然资源局 is also written 自然资源和规划局, 自然资源部门 … (the
    extractor's unit aliases; an abbreviation that is also a common word, 交通 or 教育, is none)."""
    return _names_of_same_party().get(word, ())


def _sector_words(word: str) -> tuple[str, ...]:
    """The words that name a sector, for the sector's own name: 道路交通 is also found as 交通事故,
    客运, 货车 … (the extractor's sector keywords that name this sector alone)."""
    return sector_words().get(word, ())


@cache
def sector_words() -> dict[str, tuple[str, ...]]:
    """Each sector's canonical name and the keywords that name that sector alone."""
    words: dict[str, list[str]] = {}
    for keyword, sectors in resources.sector_keywords().items():
        if len(sectors) == 1 and keyword != sectors[0]:
            words.setdefault(sectors[0], []).append(keyword)
    return {sector: tuple(keywords) for sector, keywords in words.items() if sector in resources.sector_canonicals()}


@cache
def party_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every party's names a query word stands for (the extractor's unit aliases that are not
    strict), by the party's canonical names."""
    names: dict[tuple[str, ...], list[str]] = {}
    for alias, (canonicals, strict) in resources.unit_aliases().items():
        if not strict:
            names.setdefault(canonicals, []).append(alias)
    return {canonicals: tuple(group) for canonicals, group in names.items()}


@cache
def _names_of_same_party() -> dict[str, tuple[str, ...]]:
    return {
        alias: tuple(other for other in group if other != alias) for group in party_names().values() for alias in group
    }


def _month_spellings(word: str) -> list[str]:
    """A date's month alone: 6月底 is also found as 6月30日, 6月份 (6月 matched as a prefix)."""
    month = MONTH.search(word) if DATE_WORD.fullmatch(word) else None
    return [month.group()] if month and month.group() != word else []


def _word_spans(run: str) -> list[tuple[int, int]]:
    """Where the words of a CJK run stand: field synonyms whole, the pieces between cut by
    jieba; a single character that is no stop word is joined to the word before it (the one
    after it at the start), since jieba splits off what it does not know (燃气管 + 道)."""
    if len(run) <= 2:
        return [(0, len(run))]
    spans, position = [], 0
    for start, end in _synonym_spans(run) + [(len(run), len(run))]:
        spans += [(position + a, position + b) for a, b in _jieba_spans(run[position:start])]
        if end > start:
            spans.append((start, end))
        position = end
    joined: list[tuple[int, int]] = []
    pending_start = None
    for start, end in spans:
        single = end - start == 1 and run[start] not in resources.query_stopwords()
        if single and joined and joined[-1][1] == start:
            joined[-1] = (joined[-1][0], end)
        elif single:
            pending_start = start if pending_start is None else pending_start
        else:
            joined.append((start if pending_start is None else pending_start, end))
            pending_start = None
    if pending_start is not None:
        joined.append((pending_start, len(run)))
    return joined or spans


def _jieba_spans(text: str) -> list[tuple[int, int]]:
    if not text:
        return []
    import jieba  # loading its dictionary takes a second: only for queries that need cutting

    spans, position = [], 0
    for word in jieba.cut(text):
        spans.append((position, position + len(word)))
        position += len(word)
    return spans


def _synonym_spans(run: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of field synonyms in `run`, the longest taken first."""
    taken: list[tuple[int, int]] = []
    for word in sorted(resources.search_synonyms(), key=len, reverse=True):
        start = run.find(word)
        while start >= 0:
            span = (start, start + len(word))
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
            start = run.find(word, start + 1)
    return sorted(taken)


def _synonym_spellings(word: str) -> list[str]:
    spellings = []
    for start, end in _synonym_spans(word):
        for other in resources.search_synonyms()[word[start:end]]:
            spellings.append(word[:start] + other + word[end:])
    return spellings
