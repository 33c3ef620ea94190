"""A rare compound of a short query also searched by its parts: 高温作业 as 高温 · 作业, 今冬明春
as 今冬 · 明春, the compound written whole still ranking first.

jieba keeps a dictionary compound whole (高温作业, 煤气中毒, 更新改造), so a query of one such word
asks for it verbatim; the texts about the thing often write it in its parts (高温时段 … 露天作业,
老旧管网更新 … 改造). A word of a short query (`neighbours.MOST_TERMS`) that few texts hold
(`neighbours.RARE_HOLDERS`), that has no other spelling (a field synonym, a party's or sector's
other names already widen it) and that jieba's search mode tiles exactly with dictionary words of
two characters or more, is searched as those words, each a term, with the compound as a run: a text
holding it verbatim gains the run's score, as a longer query's run does (search/ranking.py).

A word the query's cutting glued together and no text holds is searched by its dictionary word:
jieba leaves function words and verbs of a long question single (整改 · 不 · 到位 · 会, 台风 · 来),
and a single character joins the word before it (燃气管 + 道), so the terms became 整改不 and 到位会,
phrases no text writes, and the query lost its 整改 and 到位. A term held by no text whose word
jieba cuts into one dictionary word of two characters or more and single characters is searched
as that word (`unglued`); a glued word some text holds (燃气管道, 青石镇) stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .. import resources
from .neighbours import MOST_TERMS, RARE_HOLDERS
from .tokenize import CJK_RUN, QueryPlan, Term, phrase


def split(plan: QueryPlan, holders: Callable[[Term], int]) -> QueryPlan:
    """`plan` with each rare compound replaced by its parts and kept as a run (`holders`: how many
    texts hold a term, as far as its look-up counts)."""
    if len(plan.terms) > MOST_TERMS:
        return plan
    terms, runs = [], list(plan.runs)
    for term in plan.terms:
        parts = compound_parts(term.word) if _plain(term) and holders(term) < RARE_HOLDERS else ()
        if not parts:
            terms.append(term)
            continue
        terms += [Term(part, (phrase(part),)) for part in parts]
        runs.append(term)
    return QueryPlan(terms, runs) if len(terms) > len(plan.terms) else plan


def unglued(plan: QueryPlan, holders: Callable[[Term], int]) -> QueryPlan:
    """`plan` with each term no text holds that the cutting glued from one dictionary word and
    single characters searched as the dictionary word (`holders`: how many texts hold a term)."""
    terms = [_unglued(term) if term.asked is None and not holders(term) else term for term in plan.terms]
    return QueryPlan(terms, plan.runs) if terms != plan.terms else plan


def _unglued(term: Term) -> Term:
    """The term of the dictionary word `term.word` was glued from, each spelling cut alike (its
    traditional spelling as typed too); `term` itself when its word is no such gluing."""
    head = glued_head(term.word)
    if head is None:
        return term
    start = term.word.index(head)
    spellings = dict.fromkeys(p.word[start : start + len(head)] for p in term.phrases if len(p.word) == len(term.word))
    return Term(head, tuple(phrase(spelling) for spelling in spellings))


@cache
def glued_head(word: str) -> str | None:
    """The one dictionary word of two characters or more that jieba cuts from `word` beside single
    characters only (整改不 → 整改, 台风来 → 台风: a question's function word or verb glued on;
    大货车 → 货车, where no text holds 大货车 the wider word is the nearest answer); None for a word
    jieba knows or cuts otherwise (级还 has no such word)."""
    if not CJK_RUN.fullmatch(word) or len(word) < 3:
        return None
    import jieba  # loaded already: the query was cut by it

    if jieba.dt.FREQ.get(word):
        return None
    pieces = jieba.lcut(word, HMM=False)
    heads = [piece for piece in pieces if len(piece) > 1]
    return heads[0] if len(heads) == 1 and len(pieces) > 1 else None


def _plain(term: Term) -> bool:
    """A term searched as its word alone (or also as typed, in traditional script): no synonym,
    party, sector, date or nearest word (煤气中毒 keeps its 一氧化碳中毒 whole)."""
    to_simplified = resources.opencc_converter("t2s").convert
    return term.asked is None and all(p.weight == 1 and to_simplified(p.word) == term.word for p in term.phrases)


@cache
def compound_parts(word: str) -> tuple[str, ...]:
    """The dictionary words of two characters or more that jieba's search mode finds in `word` and
    that tile it end to end (高温作业 → 高温 · 作业); none when they leave a character out (大货车:
    大 · 货车) or overlap only (自建房: 自建 · 建房)."""
    if not CJK_RUN.fullmatch(word) or len(word) < 4:
        return ()
    import jieba  # loaded already: the query was cut by it

    pieces = {piece for piece in jieba.cut_for_search(word) if 2 <= len(piece) < len(word)}
    parts: list[str] = []
    at = 0
    while at < len(word):
        part = next((piece for piece in sorted(pieces, key=len, reverse=True) if word.startswith(piece, at)), None)
        if part is None:
            return ()
        parts.append(part)
        at += len(part)
    return tuple(parts) if len(parts) > 1 else ()
