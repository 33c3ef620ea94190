"""Undo content-farm synonym spinning (安全 -> 平安, 发展 -> 开展 …) and censor stand-ins.

Spun words are real words too (开展工作 is right, 经济开展 is spun), so a document is first
tested for spinning as a whole: only when several swaps stand in collocations of the original
word (平安生产, 经济开展, 根底设施) is the step applied, and then each swap is decided by its
context. Pairs, contexts and keep-contexts: `data/normalize/spin_pairs.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from .edits import Edit, apply_edits

STEP = "spin"
CENSOR_STEP = "censor_standin"
MIN_EVIDENCE = 3        # swaps in original-word collocations before a document counts as spun
MIN_PAIRS = 2           # ... spread over at least this many different pairs,
STRONG_EVIDENCE = 6     # ... unless one pair alone shows this many
HAN = r"\u3400-\u9fff"


@dataclass(frozen=True)
class SpinPair:
    spun: str
    original: str
    always: bool
    contexts: tuple[tuple[str, str], ...]   # (left, right) collocations of the original word
    keep: tuple[tuple[str, str], ...]       # (left, right) contexts where the spun word is genuine


def undo_spinning(text: str) -> tuple[str, list]:
    pairs = spin_pairs()
    candidates = [(m, pairs[m.group()]) for m in spin_pattern().finditer(text)]
    evidence = [pair for m, pair in candidates if in_context(text, m.start(), m.end(), pair.contexts)]
    if len(evidence) < MIN_EVIDENCE or (len({pair.spun for pair in evidence}) < MIN_PAIRS
                                        and len(evidence) < STRONG_EVIDENCE):
        return text, []
    edits = [Edit(m.start(), m.end(), pair.original) for m, pair in candidates if should_undo(text, m, pair)]
    return apply_edits(STEP, text, edits)


def should_undo(text: str, match: re.Match, pair: SpinPair) -> bool:
    if in_context(text, match.start(), match.end(), pair.keep):
        return False
    return pair.always or in_context(text, match.start(), match.end(), pair.contexts)


def in_context(text: str, start: int, end: int, contexts) -> bool:
    return any(text.startswith(right, end) and text.endswith(left, 0, start) for left, right in contexts)


def restore_censored(text: str) -> tuple[str, list]:
    if not re.search(rf"[{HAN}] ?[A-Z]+ ?[{HAN}]", text):
        return text, []
    edits = [Edit(m.start(), m.end(), original) for pattern, original in censor_patterns()
             for m in pattern.finditer(text)]
    return apply_edits(CENSOR_STEP, text, edits)


@cache
def spin_pairs() -> dict[str, SpinPair]:
    rows = resources.spin_pairs()
    swaps = {row["original"]: row["spun"] for row in rows}
    return {row["spun"]: SpinPair(row["spun"], row["original"], row["mode"] == "always",
                                  contexts(row["contexts"], swaps), contexts(row["keep"], {}))
            for row in rows}


def contexts(field: str | None, swaps: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Parse `经济~|~理念`; a context word that is itself often spun also counts in spun form."""
    out = set()
    for item in (field or "").split("|"):
        if "~" not in item:
            continue
        left, right = item.split("~", 1)
        out.add((left, right))
        for original, spun in swaps.items():
            out.add((left.replace(original, spun), right.replace(original, spun)))
    return tuple(sorted(out))


@cache
def spin_pattern() -> re.Pattern:
    words = sorted(spin_pairs(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def censor_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    compiled = []
    for row in resources.censor_standins():
        standin = re.escape(row["standin"])
        left = "|".join(f"(?<={re.escape(word)})" for word in row["left"].split("|") if word)
        right = "|".join(map(re.escape, filter(None, row["right"].split("|"))))
        alternatives = [f"(?:{left}) ?{standin} ?(?=[{HAN}])"] if left else []
        if right:
            alternatives.append(f"(?<=[{HAN}]) ?{standin} ?(?={right})")
        compiled.append((re.compile("|".join(alternatives)), row["original"]))
    return tuple(compiled)
