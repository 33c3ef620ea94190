"""Injected junk: random Latin letters, digits and symbols a spam mirror glues between Chinese
characters (安全生kQ7z产 -> 安全生产), removed by shape (`data/normalize/injected_junk.toml`).

A run goes only where its shape is junk (it mixes letters of both cases, digits or symbols and is
no number with a unit) and the two Chinese characters around it are a pair the character model
has seen, so the text reads on once the run is gone. Codes (GB50016, Q235B), units (10kV) and
pinyin letters have fewer classes or another shape and stay. A run printed one character at a time
(堤Z W Y Q W 7 B坝) goes by the same test with two classes enough."""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .charlm import char_lm
from .edits import Edit, apply_edits

STEP = "injected_junk"


@cache
def junk_rules() -> tuple[re.Pattern, re.Pattern, int]:
    spec = resources.read_rules("normalize/injected_junk.toml")
    return re.compile(spec["run"]), re.compile(spec["number_with_unit"]), spec["min_classes"]


@cache
def spaced_rules() -> tuple[re.Pattern, int]:
    spec = resources.read_rules("normalize/injected_junk.toml")
    return re.compile(spec["spaced_run"]), spec["spaced_min_classes"]


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


def remove_injected_junk(text: str) -> tuple[str, list]:
    run, _, _ = junk_rules()
    spaced, _ = spaced_rules()
    edits = [Edit(m.start(), m.end(), "") for m in run.finditer(text) if is_junk(text, m)]
    if " " in text:  # a letter-spaced run holds spaces; its pattern's scan is slow, and most texts hold none
        edits += [Edit(m.start(), m.end(), "") for m in spaced.finditer(text) if is_spaced_junk(text, m)]
    return apply_edits(STEP, text, edits)
