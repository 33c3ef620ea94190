"""Variant characters a traditional page keeps after t2s: `痺` → `痹`, `銲` → `焊`, `䅁` → `案`.

Taiwan's and Hong Kong's standards (and Big5's extensions) write some characters in a form of
their own that OpenCC's `t2s` table does not hold, so a converted page keeps them, outside the
simplified standard (GB2312). OpenCC's variant tables (`tw2t`, `hk2t`) map such a form to the
traditional standard's character, which `t2s` then converts; a form those tables lack is looked
up in `data/normalize/variant_chars.tsv` (one character each, of the same reading). Only a
character outside GB2312 whose result is one character inside it is replaced: a character of the
simplified standard (著, 乾) is never touched here, and a form no table knows stays as it is.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..chars import is_han
from ..record import Change
from .edits import Edit, apply_edits
from .script import in_simplified_standard

STEP = "variant_chars"
VARIANT_CONFIGS = ("tw2t", "hk2t")  # OpenCC's regional variant → traditional standard tables


def standardize_variants(text: str) -> tuple[str, list[Change]]:
    if in_simplified_standard(text):
        return text, []
    edits = [
        Edit(position, position + 1, standard)
        for position, ch in enumerate(text)
        if ch > "\x7f" and (standard := standard_char(ch)) != ch
    ]
    return apply_edits(STEP, text, edits)


@lru_cache(maxsize=8192)
def standard_char(ch: str) -> str:
    """The simplified standard's character for a variant form, or `ch` itself where no table
    gives one character of GB2312."""
    if not is_han(ch) or in_simplified_standard(ch):
        return ch
    t2s = resources.opencc_converter("t2s")
    for config in VARIANT_CONFIGS:
        standard = t2s.convert(resources.opencc_converter(config).convert(ch))
        if standard != ch and len(standard) == 1 and in_simplified_standard(standard):
            return standard
    standard = resources.variant_chars().get(ch, ch)
    return standard if in_simplified_standard(standard) else ch
