"""Injected junk: random Latin letters, digits and symbols a spam mirror glues between Chinese
characters (安全生kQ7z产 -> 安全生产), removed by shape (`data/normalize/injected_junk.toml`).

A run goes only where its shape is junk (it mixes letters of both cases, digits or symbols and is
no number with a unit) and the two Chinese characters around it are a pair the character model
has seen, so the text reads on once the run is gone. Codes (GB50016, Q235B), units (10kV) and
pinyin letters have fewer classes or another shape and stay. A run printed one character at a time
(堤Z W Y Q W 7 B坝) goes by the same test with two classes enough. A forum's anti-copy jammer (tokens of
one or two characters a space apart, 6 Q4 W, p# |( k2 S, as a line of its own or at a line's ends) goes
by its length and its mix of classes.

An advertiser's site name pasted into a sentence (重申，ab外汇官网各级各部门要…) goes by its shape — a
Latin brand glued to a trade word and a site's suffix, or a Chinese brand's title with its region tag —
where the sentence reads on without it: after a clause's mark, at a line's end, or between two Chinese
characters the model reads as a pair. A Chinese brand begins where the model reads the sentence break
(总书记|星河体育网·(中国)…: the least likely pair before its 网)."""

from __future__ import annotations

import math
import re
from functools import cache

from .. import resources
from .charlm import char_lm
from .edits import Edit, apply_edits, merge_deletions

STEP = "injected_junk"


@cache
def junk_rules() -> tuple[re.Pattern, re.Pattern, int]:
    spec = resources.read_rules("normalize/injected_junk.toml")
    return re.compile(spec["run"]), re.compile(spec["number_with_unit"]), spec["min_classes"]


@cache
def spaced_rules() -> tuple[re.Pattern, int]:
    spec = resources.read_rules("normalize/injected_junk.toml")
    return re.compile(spec["spaced_run"]), spec["spaced_min_classes"]


@cache
def jammer_rules() -> tuple[re.Pattern, int]:
    spec = resources.read_rules("normalize/injected_junk.toml")
    return re.compile(spec["jammer_run"]), spec["jammer_min_classes"]


@cache
def site_name_rules() -> tuple[re.Pattern, str, tuple[str, ...]]:
    spec = resources.read_rules("normalize/injected_junk.toml")
    return re.compile(spec["site_name"]), spec["clause_marks"], tuple(spec["site_name_hints"])


def is_chinese(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def site_name_start(text: str, found: re.Match) -> int:
    """Where a pasted site name begins: a Latin brand at its first letter; a Chinese brand at the pair
    before its `网·` that the character model reads worst (the match may have taken the sentence's
    last characters into the brand), keeping two characters of the brand."""
    start = found.start()
    if not is_chinese(text[start]):
        return start
    brand_end = text.index("网·", start)
    lm = char_lm()
    return min(
        range(start, brand_end - 1),
        key=lambda at: lm.bigram_logprob(text[at - 1], text[at]) if at else -math.inf,
    )


def is_inserted_site_name(text: str, start: int, end: int) -> bool:
    """The sentence reads on without the span at `start:end`: it follows a clause's mark or a line's
    start, or it ends the line, or the Chinese characters around it are a pair the model has seen; a
    Chinese brand's title also where the model reads a break before it."""
    _, clause_marks, _ = site_name_rules()
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if not (is_chinese(after) or after == "\n"):
        return False
    if before == "\n" or before in clause_marks or after == "\n":
        return True
    if not is_chinese(before):
        return False
    if is_chinese(text[start]):
        return not char_lm().seen(before, text[start])
    return char_lm().seen(before, after)


def inserted_site_names(text: str, other_junk: bool) -> list[Edit]:
    """The site names a spam mirror pasted into the text's sentences. One such name alone is also how
    a clean report mentions a site after a clause's mark (据悉，某某直聘官网已下架…), so they go only
    where the page shows the mirror's hand: two or more of them, or junk runs beside them."""
    site_name, _, hints = site_name_rules()
    if not any(hint in text for hint in hints):
        return []
    edits = []
    for found in site_name.finditer(text):
        start = site_name_start(text, found)
        if is_inserted_site_name(text, start, found.end()):
            edits.append(Edit(start, found.end(), ""))
    return edits if len(edits) >= 2 or other_junk else []


def character_classes(run: str) -> int:
    """How many of lower-case letters, capitals, digits and symbols a run mixes."""
    return (
        any(ch.islower() for ch in run)
        + any(ch.isupper() for ch in run)
        + any(ch.isdigit() for ch in run)
        + any(not ch.isalnum() for ch in run)
    )


def is_junk(text: str, found: re.Match) -> bool:
    _, number_with_unit, min_classes = junk_rules()
    run = found.group()
    if character_classes(run) < min_classes or number_with_unit.match(run):
        return False
    return char_lm().seen(text[found.start() - 1], text[found.end()])


def is_spaced_junk(text: str, found: re.Match) -> bool:
    """A letter-spaced run (Z W Y Q W 7 B): junk when it mixes two classes and the text reads on."""
    _, min_classes = spaced_rules()
    run = found.group().replace(" ", "")
    return character_classes(run) >= min_classes and char_lm().seen(text[found.start() - 1], text[found.end()])


def opens_clear(text: str, found: re.Match) -> bool:
    """The run starts a line or follows a space after a non-ASCII character (人参加了会议。 ! e9 v1 …): never glued
    to the text before it. A run starting inside ASCII text has no clear start anywhere, as its tokens are ASCII."""
    start = found.start()
    if start == 0 or text[start - 1] == "\n":
        return True
    return start >= 2 and text[start - 1] == " " and text[start - 2] > "\x7f"


def is_jammer(text: str, found: re.Match) -> bool:
    """A forum's anti-copy run (6 Q4 W, p# |( k2 S) between paragraphs, clear of the text before it: junk when it
    mixes enough classes; a grid reference or a list of letters mixes fewer."""
    _, min_classes = jammer_rules()
    return opens_clear(text, found) and character_classes(found.group().replace(" ", "")) >= min_classes


def remove_injected_junk(text: str) -> tuple[str, list]:
    run, _, _ = junk_rules()
    spaced, _ = spaced_rules()
    edits = [Edit(m.start(), m.end(), "") for m in run.finditer(text) if is_junk(text, m)]
    if " " in text:  # a letter-spaced run holds spaces; its pattern's scan is slow, and most texts hold none
        edits += [Edit(m.start(), m.end(), "") for m in spaced.finditer(text) if is_spaced_junk(text, m)]
        jammer, _ = jammer_rules()
        edits += [Edit(m.start(), m.end(), "") for m in jammer.finditer(text) if is_jammer(text, m)]
    edits += inserted_site_names(text, other_junk=bool(edits))
    return apply_edits(STEP, text, merge_deletions(edits, touching=False))  # a site name may hold a junk run
