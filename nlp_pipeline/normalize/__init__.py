"""Normalization: damaged document text -> clean simplified text, every change recorded.

`normalize(text)` runs the steps named in `data/normalize/steps.toml` in that order. Each step
is a pure function `text -> (text, changes)` gated by its own detector, so clean text passes
untouched; `replay(text, changes)` re-applies the change log and gives the same output. A step
whose first pass over the text also tells something of the source (t2s: the script) is a
`ReadingStep`: normalize() reads once, records what the reading tells and hands it to the step.
A step that raises never loses the document: its input goes on to the next step unchanged, and
`failed_steps` names the step and the error (a bug to report, not a reason to drop the text).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .. import resources
from ..record import Change
from .boilerplate import remove_boilerplate
from .box_table import rebuild_box_tables
from .chat_copy import repair_chat_copy
from .edits import replay
from .gbk_misalignment import repair_gbk_misalignment
from .injected_junk import remove_injected_junk
from .layout import repair_layout, repair_punctuation
from .pinyin_annotation import remove_pinyin_annotations
from .repeated_block import remove_repeated_blocks
from .script import convert_read_script, read_script
from .spin import restore_censored, undo_spinning
from .unicode_hygiene import clean_unicode
from .variant_chars import standardize_variants

__all__ = ["NormalizedText", "normalize", "replay", "STEPS"]

log = logging.getLogger(__name__)

Step = Callable[[str], tuple[str, list[Change]]]
Reading = TypeVar("Reading")


@dataclass(frozen=True)
class ReadingStep(Generic[Reading]):
    """A step in two parts: `read` (one costly pass: t2s's OpenCC conversion) and `act` on that
    reading; `facts` names what the reading tells of the source, as NormalizedText fields. Called
    alone it is a plain step."""

    read: Callable[[str], Reading]
    act: Callable[[str, Reading], tuple[str, list[Change]]]
    facts: Callable[[Reading], dict[str, Any]]

    def __call__(self, text: str) -> tuple[str, list[Change]]:
        return self.act(text, self.read(text))


STEPS: dict[str, Step] = {
    "unicode_hygiene": clean_unicode,
    "box_table": rebuild_box_tables,
    "gbk_misalignment": repair_gbk_misalignment,
    "pinyin_annotation": remove_pinyin_annotations,
    "injected_junk": remove_injected_junk,
    "t2s": ReadingStep(read_script, convert_read_script, lambda reading: {"source_script": reading.script}),
    "variant_chars": standardize_variants,
    "repeated_block": remove_repeated_blocks,
    "chat_copy": repair_chat_copy,
    "boilerplate": remove_boilerplate,
    "spin": undo_spinning,
    "censor_standin": restore_censored,
    "layout": repair_layout,
    "punctuation": repair_punctuation,
}


@dataclass
class NormalizedText:
    text: str
    changes: list[Change] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    source_script: str = "simplified"
    failed_steps: dict[str, str] = field(default_factory=dict)  # step -> its error, where one raised


def normalize(text: str) -> NormalizedText:
    changes: list[Change] = []
    facts: dict[str, Any] = {}
    failed_steps: dict[str, str] = {}
    for name in resources.normalize_step_order():
        try:
            text, step_changes = run_step(STEPS[name], text, facts)
        except Exception as error:  # noqa: BLE001  (any bug of one step: the document goes on without it)
            log.warning("normalization step %s failed, its input kept: %r", name, error)
            failed_steps[name] = f"{type(error).__name__}: {error}"
            continue
        changes += step_changes
    counts = dict(Counter(change.step for change in changes))
    return NormalizedText(text, changes, counts, failed_steps=failed_steps, **facts)


def run_step(step: Step, text: str, facts: dict[str, Any]) -> tuple[str, list[Change]]:
    """One step over `text`; a `ReadingStep` adds what its reading tells to `facts`."""
    if not isinstance(step, ReadingStep):
        return step(text)
    reading = step.read(text)
    facts.update(step.facts(reading))
    return step.act(text, reading)
