"""Keyword ranking, the same for every store: BM25 times the share of the query's terms a text
holds, and a date word held by the texts with tasks due in its month.

A store only answers one question fast, at any size: the keys of the newest texts (highest
keys) that hold every one of some terms, at most a window of them. The ranking asks it for the
texts holding all the query's terms and, when the query has several, for those holding each
term; for a date word (5月底, 元旦前) also for the texts with tasks due in its month; it scores
the candidates here, from their texts:

- BM25 (k1 1.2, b 0.75) over the terms, a title occurrence counting three body ones; a CJK run
  that the query cut into several words adds its own BM25 term when it stands verbatim, so
  隐患排查治理 written as such ranks above its words far apart. The length norm is the mean
  length of the candidates scored. IDF comes from how many texts hold the term: counted where
  its window did not fill, else extrapolated from how far back the window reached in the keys.
- times the coverage: the share of the query's terms a text holds (any spelling of a term
  counts); of a question's subject terms only, not its frame (哪个部门, 要完成哪些:
  search/question.py), which nearly every document holds and BM25 still weighs. A text holding
  three of four words often weighs most where the fourth is a common one
  (专项整治方案 beside 渔船), so coverage weighs the score rather than ranking tiers of texts by
  it (tiers put a plan about gas that names 渔船 once above a plan about 渔船 that lacks 专项).
  A text holding one term of many still comes.
- a date word's frequency in a text counts its occurrences and the text's tasks (a task row:
  itself) whose parsed deadline falls in the word's months: 元旦前 is found in a notice whose
  tasks are due 12月20日前, where no 元旦 is written; 7到9月 and 三季度 by tasks due July to
  September. A party's name (市场监管局) likewise counts the tasks labelled with the party.
- times 1 + TASK_MATCH_WEIGHT × the largest share of the query's other terms that one of those
  tasks holds: a document's task due in June about 餐饮场所燃气 answers 6月底前餐饮场所燃气报警器;
  a June task about flood plans beside 燃气 written elsewhere does not.

Why windows: a word held by most of 100,000 documents cannot be scored over all of them in a
few milliseconds by any full-text index here (FTS5's bm25() and PostgreSQL's ts_rank() both read
every match). So a term held by more texts than the window is ranked among its newest holders;
the all-terms look-up runs first and the candidates fill from there.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from .tokenize import CJK_RUN, WORD_RUN, Due, Party, Phrase, QueryPlan, Term, run_tokens

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 3
# How many of the newest matches one look-up returns: documents are scored from their whole
# text (about 200 KB read for 200 documents), task rows from one sentence each (500 rows took
# half the time of 1,000 at 100,000 documents; the scoring in Python grows with the window).
DOCUMENT_WINDOW = 200
TASK_WINDOW = 500

# A store's look-up: keys of the newest texts holding every term of a group, newest first.
Find = Callable[[Sequence[Sequence[Phrase]], int], list[int]]
# A store's look-up of the newest texts with tasks due in some months, or labelled with a party:
# key -> the texts of those tasks ("" for a task row itself), newest first.
FindHeld = Callable[[Due | Party, int], dict[int, list[str]]]
# How much a document gains when one of its tasks due in the asked months (labelled with the asked
# party) holds the query's other words: its score times 1 + TASK_MATCH_WEIGHT × the share of
# those words the best such task holds.
TASK_MATCH_WEIGHT = 3.0


@dataclass(frozen=True)
class ScoringText:
    """What the ranking reads of one candidate: the key of its result, its title and body."""

    result: Hashable
    title: str
    body: str


@dataclass(frozen=True)
class Candidates:
    """What a store reads for the ranking in one statement: the candidates' texts by key, and the
    lowest and highest key of their table (None when it is empty), which the IDF estimates need."""

    texts: dict[int, ScoringText]
    key_range: tuple[int, int] | None


@dataclass(frozen=True)
class Ranked:
    """A result of the keyword ranking: its key, score, and the share of the query's terms it holds."""

    result: Hashable
    score: float
    coverage: float


def rank(
    plan: QueryPlan,
    find: Find,
    texts: Callable[[Sequence[int]], Candidates],
    window: int,
    find_held: FindHeld | None = None,
) -> list[Ranked]:
    """Candidates of `plan` scored and ordered, best first (at most `window` of them)."""
    groups = [term.phrases for term in plan.terms]
    every_term, *per_term = [find(look_up, window) for look_up in look_ups(plan)]
    per_term = per_term or [every_term]
    due = [find_held(term.asked, window) if term.asked and find_held else {} for term in plan.terms]
    per_term = [sorted({*keys, *held}, reverse=True)[:window] for keys, held in zip(per_term, due, strict=True)]
    estimate = Counter(key for keys in per_term for key in set(keys))
    estimate.update({key: len(groups) - estimate[key] for key in every_term})
    candidates = sorted(estimate, key=lambda key: (-estimate[key], -key))[:window]
    read = texts(candidates)
    found, key_range = read.texts, read.key_range
    if not found or key_range is None:
        return []
    idf = [_idf(keys, window, key_range) for keys in per_term]
    counted = [[_counting(phrase) for phrase in group] for group in groups]
    counted_runs = [[_counting(phrase) for phrase in run.phrases] for run in plan.runs]
    covered = subject_terms(plan)
    average_length = statistics.fmean(max(1, len(found[key].body)) for key in candidates if key in found)
    ranked = []
    for key in candidates:
        if key not in found:
            continue
        text = _Searchable(found[key])
        frequencies = [text.frequency(group) + len(held.get(key, ())) for group, held in zip(counted, due, strict=True)]
        if not any(frequencies):  # the store's match by tokens held a word's bigrams apart
            continue
        coverage = sum(frequency > 0 for frequency, counts in zip(frequencies, covered, strict=True) if counts)
        norm = K1 * (1 - B + B * max(1, len(text.body)) / average_length)
        score = sum(weight * _saturated(frequency, norm) for weight, frequency in zip(idf, frequencies, strict=False))
        run_weight = statistics.fmean(idf)
        score += sum(run_weight * _saturated(text.frequency(run), norm) for run in counted_runs)
        score *= 1 + TASK_MATCH_WEIGHT * _task_match(key, plan, due, counted)
        share = coverage / sum(covered)
        ranked.append((score * share, key, found[key].result, share))
    ranked.sort(key=lambda item: (-item[0], -item[1]))
    return [Ranked(result, score, share) for score, _, result, share in ranked]


def subject_terms(plan: QueryPlan) -> list[bool]:
    """Which of `plan`'s terms the coverage counts: a question's subject words, not its frame
    (哪个部门牵头: search/question.py), which nearly every document holds; every term of a query
    whose words are all frame or none is."""
    subject = [not term.frame for term in plan.terms]
    return subject if any(subject) else [True] * len(subject)


def _task_match(key: int, plan: QueryPlan, held: list[dict[int, list[str]]], counted: list[list[_Counting]]) -> float:
    """The largest share of the query's other terms (not date words nor parties) that one task of
    the text held through a term's tasks holds: 6月底前餐饮场所燃气报警器 asks for a task due in
    June about 燃气 in 餐饮场所, not a June task about something else beside 燃气 elsewhere;
    市场监管局 电梯检查 for a task of 市场监督管理部门 about 电梯."""
    others = [group for term, group in zip(plan.terms, counted, strict=True) if not term.asked]
    tasks = [_Searchable(ScoringText(None, "", task)) for found in held for task in found.get(key, ()) if task]
    if not others or not tasks:
        return 0.0
    return max(sum(task.frequency(group) > 0 for group in others) for task in tasks) / len(others)


def look_ups(plan: QueryPlan) -> list[Sequence[Sequence[Phrase]]]:
    """The look-ups `rank` (and `respelled`) make for `plan`, each its groups: every term, then each
    term alone when there are several. A store whose statements cost a round trip answers them
    all in one go before the ranking asks (a caching `find`)."""
    groups = [term.phrases for term in plan.terms]
    return [groups, *([group] for group in groups)] if len(groups) > 1 else [groups]


def respelled(plan: QueryPlan, find: Find, window: int, respell: Callable[[Term], Term | None]) -> QueryPlan:
    """`plan` with `respell` applied to the terms that no text holds (the look-up is the one
    `rank` makes for the term: a caching `find` answers it once). A date word or party's name the
    query's reading recognised is spelt right, and held by its tasks where no text writes it (春节前
    by the tasks due in January or February): it is not respelt."""
    terms = []
    for term in plan.terms:
        if term.asked is None and not find([term.phrases], window):
            term = respell(term) or term
        terms.append(term)
    return QueryPlan(terms, plan.runs)


def _saturated(frequency: float, norm: float) -> float:
    return frequency * (K1 + 1) / (frequency + norm) if frequency else 0.0


def _idf(keys: list[int], window: int, key_range: tuple[int, int]) -> float:
    low, high = key_range
    total = high - low + 1
    # A full window stops at its oldest key: the share of texts holding the term is estimated
    # over the keys it covered.
    covered = high - keys[-1] + 1 if len(keys) >= window else total
    holders = len(keys) * total / max(1, covered)
    return math.log(1 + (total - holders + 0.5) / (holders + 0.5))


class _Searchable:
    """A candidate's title and body, counted the way the full-text index matches."""

    def __init__(self, text: ScoringText) -> None:
        self.title, self.body = text.title, text.body
        self._tokens: dict[str, Counter[str]] = {}

    def frequency(self, group: Sequence[_Counting]) -> float:
        return sum(
            phrase.weight * (TITLE_WEIGHT * self._count(self.title, phrase) + self._count(self.body, phrase))
            for phrase in group
        )

    def _count(self, text: str, phrase: _Counting) -> int:
        if phrase.pattern is None:
            return text.count(phrase.word)
        if phrase.pattern is not TOKEN:
            return len(phrase.pattern.findall(text))
        # Letters and digits are whole tokens, NFKC-folded and lower-cased, as index_tokens makes them.
        if text not in self._tokens:
            self._tokens[text] = Counter(
                token
                for run in WORD_RUN.findall(unicodedata.normalize("NFKC", text))
                if not CJK_RUN.match(run)
                for token in run_tokens(run)
            )
        return self._tokens[text][phrase.word]


@dataclass(frozen=True)
class _Counting:
    """How one spelling is counted in a text: a substring (CJK words), a pattern (dates), or a token."""

    word: str
    pattern: re.Pattern[str] | None
    weight: float = 1.0


TOKEN = re.compile("")  # stands for "count as a whole letters-and-digits token"


def _counting(phrase: Phrase) -> _Counting:
    if CJK_RUN.fullmatch(phrase.word):
        return _Counting(phrase.word, None, phrase.weight)
    if CJK_RUN.search(phrase.word):  # a date: 6月 must not be found in 16月, 6日 in 26日
        return _Counting(phrase.word, re.compile(rf"(?<![0-9０-９]){re.escape(phrase.word)}"), phrase.weight)
    return _Counting(phrase.tokens[0] if len(phrase.tokens) == 1 else "", TOKEN, phrase.weight)
