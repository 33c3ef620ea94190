"""What one search's look-ups that found nothing say about its later look-ups (issue 18, search72).

A look-up asks for the rows holding, for every group, one of its phrases (each phrase: all its
tokens), under the search's filters. When one found no row, a later look-up of the same search
whose rows must lie among its rows finds none either, and needs no statement: under a unit
filter at 100,000 documents a party word's group asked alone and then again inside the whole
question walked both doclists to their end twice (党政领导干部安全生产责任制, 115 ms each). And a
spelling that was found empty in a context can be left out of a wider group in that context: a
respelt or widened word keeps the spelling already found empty (安全隐患 → 安全隐患 | 事故隐患 |
安全事故), and the statement walks its doclists again for nothing.

The rows of look-up N lie among those of look-up E when every group of E has a group of N each
of whose phrases matches only rows some phrase of that group of E matches: the same phrase, or a
plain phrase's tokens all held by it (A AND B matches only rows A matches). Only the phrases'
tokens count (a neighbour's weight is the ranking's, not the match's). The state is one search's:
its filters are the same for all its look-ups, and another search's filters are not.
"""

from __future__ import annotations

from collections.abc import Sequence

from .tokenize import Phrase

LookUp = Sequence[Sequence[Phrase]]


class EmptyLookUps:
    """The look-ups of one search that found nothing, and what follows from them."""

    def __init__(self) -> None:
        self._empty: list[list[list[Phrase]]] = []

    def record(self, groups: LookUp, keys: Sequence[int]) -> None:
        """Note a look-up's answer: one that found no row is kept, with every phrase it asked."""
        if not keys:
            self._empty.append([list(group) for group in groups])

    def pruned(self, groups: LookUp) -> list[list[Phrase]] | None:
        """`groups` without the phrases that, in place of their group, would give a look-up known
        empty (the rows they add are none); None when a group keeps no phrase: the look-up itself
        is known empty and needs no statement. The rows it matches are the same."""
        kept = []
        for number, group in enumerate(groups):
            phrases = [p for p in group if not self.known_empty([*groups[:number], [p], *groups[number + 1 :]])]
            if not phrases:
                return None
            kept.append(phrases)
        return kept

    def known_empty(self, groups: LookUp) -> bool:
        """Whether the rows of `groups` lie among those of a look-up that found none."""
        return any(all(any(_within(narrow, wide) for narrow in groups) for wide in empty) for empty in self._empty)


def _within(narrow: Sequence[Phrase], wide: Sequence[Phrase]) -> bool:
    """Whether every row one of `narrow`'s phrases matches is matched by one of `wide`'s."""
    return all(any(_matches_only_rows_of(p, q) for q in wide) for p in narrow)


def _matches_only_rows_of(p: Phrase, q: Phrase) -> bool:
    """Whether a row matching phrase `p` matches phrase `q`: the same tokens, or `q` plain and
    every token of it one of `p`'s whole tokens (a prefix phrase's last token is only a prefix)."""
    if (p.tokens, p.prefix) == (q.tokens, q.prefix):
        return True
    whole = p.tokens[:-1] if p.prefix else p.tokens
    return not q.prefix and set(q.tokens) <= set(whole)
