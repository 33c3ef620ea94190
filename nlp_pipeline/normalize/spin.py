"""Undo content-farm synonym spinning (安全 -> 平安, 发展 -> 开展 …) and censor stand-ins.

Spun words are real words too (开展工作 is right, 经济开展 is spun), so each occurrence is
decided by a model: the character bigram LM (`charlm.py`) scores the word with its neighbours
both ways, and the genre's own word frequencies (`data/normalize/genre_words.tsv`) add the prior
(安全 is common in the genre, 平安 rare). The original is put back only with a clear margin; a
neighbour already put back is seen in its restored form (平安题目 -> 安全问题 both ways). The
document is first tested as a whole: it counts as spun only when several occurrences over
several pairs gain a high margin, so clean text is never touched. In a spun document, a pair
whose original word (more common in the genre than its stand-in) no longer occurs at all was
swapped wholesale (spinners replace every occurrence), so its spun words lean further towards
the original. `data/normalize/spin_pairs.tsv`
lists the pairs and, where the model is weak, override contexts (force / keep).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import resources
from ..chars import HAN
from .charlm import char_lm
from .edits import Edit, apply_edits

STEP = "spin"
CENSOR_STEP = "censor_standin"
ACCEPT_MARGIN = 3.0  # log-odds the original needs over the spun word to be put back
EVIDENCE_MARGIN = 5.0  # log-odds that counts as evidence the document is spun at all
OVERRIDE_MARGIN = 20.0
WHOLESALE_BIAS = 2.0  # extra log-odds where the spun document lacks the original word   # what a force/keep context of the override table counts for
MIN_EVIDENCE = 3  # high-margin occurrences before a document counts as spun,
MIN_PAIRS = 2  # ... spread over at least this many pairs (or STRONG_EVIDENCE of one),
STRONG_EVIDENCE = 6
MIN_EVIDENCE_RATE = 2.0  # ... and at least this many per 1,000 characters
ROUNDS = 3  # re-scoring rounds with restored neighbours
# The prior's counts are read per this many genre words: the corpus the margins above were set on
# (3,600 characters, about 1,600 words). Raw counts of a larger corpus make the prior bolder with its
# size alone (题目 -> 问题 1.6 on 1,600 words, 4.6 on 25,500), so a document writing both words as meant
# was called spun (gbk94); read per 1,600 words, the ratio keeps its scale as the corpus grows.
PRIOR_WORDS = 1600


@dataclass(frozen=True)
class SpinPair:
    spun: str
    original: str
    force: tuple[tuple[str, str], ...]  # (left, right) collocations of the original word
    keep: tuple[tuple[str, str], ...]  # (left, right) contexts where the spun word is genuine
    prior: float  # log-odds of the original in the genre


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    pair: SpinPair


def undo_spinning(text: str) -> tuple[str, list]:
    pairs = spin_pairs()
    found = [(m.start(), m.end(), pairs[m.group()]) for m in spin_pattern().finditer(text)]
    if not could_be_spun(text, [pair for _, _, pair in found]):
        return text, []
    candidates = [Candidate(*match) for match in found]  # built only for a text that may be spun
    if not looks_spun(text, candidates, resolve(text, candidates, {})):
        return text, []
    margins = resolve(text, candidates, wholesale_bias(text, candidates))
    edits = [
        Edit(c.start, c.end, c.pair.original)
        for c, margin in zip(candidates, margins, strict=True)
        if margin >= ACCEPT_MARGIN
    ]
    return apply_edits(STEP, text, edits)


def could_be_spun(text: str, pairs: list[SpinPair]) -> bool:
    """The evidence `looks_spun` asks for, counted over every candidate's pair: the upper bound it can reach.

    Evidence is a subset of the candidates, so a document failing this bound is never spun; the
    check spares clean text the character model's load (issue 19: ~0.3 s of a one-document run).
    """
    return enough_evidence(text, [pair.spun for pair in pairs])


def looks_spun(text: str, candidates: list[Candidate], margins: list[float]) -> bool:
    return enough_evidence(
        text, [c.pair.spun for c, margin in zip(candidates, margins, strict=True) if margin >= EVIDENCE_MARGIN]
    )


def enough_evidence(text: str, spun_words: list[str]) -> bool:
    """Spun words (one per occurrence) enough, dense enough and varied enough to call `text` spun."""
    if len(spun_words) < MIN_EVIDENCE or 1000 * len(spun_words) / len(text) < MIN_EVIDENCE_RATE:
        return False
    return len(set(spun_words)) >= MIN_PAIRS or len(spun_words) >= STRONG_EVIDENCE


def wholesale_bias(text: str, candidates: list[Candidate]) -> dict[str, float]:
    """Only an original the genre uses more than its stand-in is missed when it is absent."""
    return {c.pair.spun: WHOLESALE_BIAS for c in candidates if c.pair.prior > 0 and c.pair.original not in text}


def resolve(text: str, candidates: list[Candidate], bias: dict[str, float]) -> list[float]:
    """Margins of every candidate; each round sees the neighbours the last round put back."""
    restored = [False] * len(candidates)
    margins: list[float] = []
    overrides = [override(text, c) for c in candidates]  # they do not depend on the neighbours
    for _ in range(ROUNDS):
        margins = [
            (
                fixed
                if fixed is not None
                else margin(
                    c,
                    neighbour_char(text, candidates, restored, i, -1),
                    neighbour_char(text, candidates, restored, i, +1),
                )
            )
            + bias.get(c.pair.spun, 0.0)
            for i, (c, fixed) in enumerate(zip(candidates, overrides, strict=True))
        ]
        now = [m >= ACCEPT_MARGIN for m in margins]
        if now == restored:
            break
        restored = now
    return margins


def neighbour_char(text: str, candidates: list[Candidate], restored: list[bool], i: int, side: int) -> str:
    """The character beside candidate i, as the restored neighbour would show it."""
    c = candidates[i]
    j = i + side
    if side < 0:
        if j >= 0 and candidates[j].end == c.start and restored[j]:
            return candidates[j].pair.original[-1]
        return text[c.start - 1] if c.start else ""
    if j < len(candidates) and candidates[j].start == c.end and restored[j]:
        return candidates[j].pair.original[0]
    return text[c.end] if c.end < len(text) else ""


def override(text: str, c: Candidate) -> float | None:
    """The override table's verdict on a candidate in its context, if it has one."""
    reach = context_reach()
    return override_between(c.pair.spun, text[max(0, c.start - reach) : c.start], text[c.end : c.end + reach])


@lru_cache(maxsize=16384)  # the same words stand in the same few contexts over and over
def override_between(spun: str, left: str, right: str) -> float | None:
    pair = spin_pairs()[spun]
    if in_context(left, right, pair.force):  # 上报平安隐患: 隐患 outweighs 报平安
        return OVERRIDE_MARGIN
    if in_context(left, right, pair.keep):
        return -OVERRIDE_MARGIN
    return None


@cache
def context_reach() -> int:
    """The longest context word of the override table: how far either side a verdict looks."""
    return max(
        (len(word) for pair in spin_pairs().values() for context in pair.force + pair.keep for word in context),
        default=0,
    )


def margin(c: Candidate, left: str, right: str) -> float:
    """Log-odds that the original word stood here rather than the spun one."""
    return word_margin(c.pair.spun, left, right)


@lru_cache(maxsize=16384)  # a spun word stands between the same few characters over and over
def word_margin(spun: str, left: str, right: str) -> float:
    pair = spin_pairs()[spun]
    lm = char_lm()
    return lm.logprob(left + pair.original + right) - lm.logprob(left + spun + right) + pair.prior


def in_context(left_text: str, right_text: str, contexts) -> bool:
    return any(right_text.startswith(right) and left_text.endswith(left) for left, right in contexts)


# a stand-in's shape: capitals between Chinese characters (对D和人民). Its scan starts at
# every Chinese character, so a text is first searched for a capital at all (most hold none)
CAPITAL = re.compile("[A-Z]")
STANDIN_SHAPE = re.compile(rf"[{HAN}] ?[A-Z]+ ?[{HAN}]")


def restore_censored(text: str) -> tuple[str, list]:
    if not CAPITAL.search(text) or not STANDIN_SHAPE.search(text):
        return text, []
    edits: list[Edit] = []
    for standin, pattern, original in censor_patterns():
        at = text.find(standin)
        while at >= 0:  # the pattern tried where its stand-in is (or at the space before it), not everywhere
            found = pattern.match(text, at - 1) if at and text[at - 1] == " " else None
            found = found or pattern.match(text, at)
            if found and (not edits or found.start() >= edits[-1].end):
                edits.append(Edit(found.start(), found.end(), original))
            at = text.find(standin, max(at + 1, found.end() if found else 0))
    return apply_edits(CENSOR_STEP, text, edits)


@cache
def spin_pairs() -> dict[str, SpinPair]:
    rows = resources.spin_pairs()
    swaps = {row["original"]: row["spun"] for row in rows}
    genre = resources.genre_word_counts()
    per_prior_words = PRIOR_WORDS / max(sum(genre.values()), 1)
    return {
        row["spun"]: SpinPair(
            row["spun"],
            row["original"],
            contexts(row["force"], swaps),
            contexts(row["keep"], {}),
            prior_log_odds(
                genre.get(row["original"], 0) * per_prior_words, genre.get(row["spun"], 0) * per_prior_words
            ),
        )
        for row in rows
    }


def prior_log_odds(original: float, spun: float) -> float:
    """Log-odds of the original word from the two words' counts per `PRIOR_WORDS`, one added to each
    (a word the corpus lacks is rare, not impossible)."""
    return math.log((original + 1) / (spun + 1))


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
def censor_patterns() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(stand-in, its pattern, the original word): a pattern is tried only where its stand-in occurs."""
    compiled = []
    for row in resources.censor_standins():
        standin = re.escape(row["standin"])
        left = "|".join(f"(?<={re.escape(word)})" for word in row["left"].split("|") if word)
        right = "|".join(map(re.escape, filter(None, row["right"].split("|"))))
        grade = "|".join(map(re.escape, filter(None, (row.get("not_before") or "").split("|"))))
        not_grade = f"(?! ?(?:{grade}))" if grade else ""
        alternatives = [f"(?:{left}) ?{standin}{not_grade} ?(?=[{HAN}])"] if left else []
        if right:
            alternatives.append(f"(?<=[{HAN}]) ?{standin} ?(?={right})")
        compiled.append((row["standin"], re.compile("|".join(alternatives)), row["original"]))
    return tuple(compiled)
