"""Normalization: damaged document text -> clean simplified text, every change recorded.

`normalize(text)` runs the steps named in `data/normalize/steps.toml` in that order. Each step
is a pure function `text -> (text, changes)` gated by its own detector, so clean text passes
untouched; `replay(text, changes)` re-applies the change log and gives the same output.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import resources
from ..record import Change
from .boilerplate import remove_boilerplate
from .edits import replay
from .gbk_misalignment import repair_gbk_misalignment
from .layout import repair_layout, repair_punctuation
from .pinyin_annotation import remove_pinyin_annotations
from .script import convert_traditional, detect_script
from .spin import restore_censored, undo_spinning
from .unicode_hygiene import clean_unicode

__all__ = ["NormalizedText", "normalize", "replay", "STEPS"]

Step = Callable[[str], tuple[str, list[Change]]]

STEPS: dict[str, Step] = {
    "unicode_hygiene": clean_unicode,
    "gbk_misalignment": repair_gbk_misalignment,
    "pinyin_annotation": remove_pinyin_annotations,
    "t2s": convert_traditional,
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


def normalize(text: str) -> NormalizedText:
    changes: list[Change] = []
    source_script = "simplified"
    for name in resources.normalize_step_order():
        if name == "t2s":
            source_script = detect_script(text)
        text, step_changes = STEPS[name](text)
        changes += step_changes
    return NormalizedText(text, changes, dict(Counter(change.step for change in changes)), source_script)
