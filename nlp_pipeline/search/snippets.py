"""Snippets: the stretch of text where the query words stand densest, hits marked."""

from __future__ import annotations

import re
from collections.abc import Iterable

MARK_START = "«"
MARK_END = "»"
SNIPPET_CHARS = 120
LEAD_IN_CHARS = 20


def hit_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so that 安全生产 is marked whole rather than as 安全 + 生产.
    ordered = sorted({word for word in words if word}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if ordered else None


def snippet(text: str, words: Iterable[str], width: int = SNIPPET_CHARS) -> str:
    """A window of `text` about `width` characters long holding the most distinct query words."""
    pattern = hit_pattern(words)
    hits = list(pattern.finditer(text)) if pattern else []
    start = _best_window_start(hits, width) if hits else 0
    end = min(len(text), start + width)
    window = _mark(text, hits, start, end).replace("\n", " ")
    return ("…" if start > 0 else "") + window + ("…" if end < len(text) else "")


def _best_window_start(hits: list[re.Match[str]], width: int) -> int:
    def distinct_words_from(index: int) -> int:
        limit = hits[index].start() + width - LEAD_IN_CHARS
        return len({hit.group().casefold() for hit in hits[index:] if hit.end() <= limit})

    best = max(range(len(hits)), key=lambda index: (distinct_words_from(index), -index))
    return max(0, hits[best].start() - LEAD_IN_CHARS)


def _mark(text: str, hits: list[re.Match[str]], start: int, end: int) -> str:
    pieces, position = [], start
    for hit in hits:
        if hit.start() < start or hit.end() > end:
            continue
        pieces += [text[position : hit.start()], MARK_START, hit.group(), MARK_END]
        position = hit.end()
    pieces.append(text[position:end])
    return "".join(pieces)
