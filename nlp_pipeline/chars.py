"""Character classes and width maps: what the package counts as a Han character, and the
half-width punctuation the genre's damaged pages put where full-width belongs.

One definition, used by the normalizer, the character model, the extractor, align and search:

- `HAN` (U+3400–U+9FFF: CJK Extension A and the Unified Ideographs) as a regex class body
  (`[{HAN}]`), `HAN_CHAR` compiled, `is_han` for one character, `HAN_FIRST`/`HAN_LAST` for
  code-point arrays;
- `HAN_WITH_COMPATIBILITY`, the one wider variant: HAN plus the compatibility ideographs
  (U+F900–U+FAFF, 﨑, 塚), which a query typed on another system or a converted PDF may hold. Only
  search needs it, so that such a character is still cut into bigrams and found; the normalizer
  leaves them to OpenCC and the model, which know them as symbols;
- `HALF_TO_FULL_PUNCTUATION` and `FULL_TO_HALF_PUNCTUATION`: the seven marks a half-width
  keyboard or a lossy converter leaves in Chinese text (`,;:!?()`), and back (for the damage
  scripts that simulate it);
- `FULL_WIDTH_FORMS`: the full-width forms of ASCII (！ to ～, each U+FEE0 above its ASCII twin).
"""

from __future__ import annotations

import re

HAN = "\u3400-\u9fff"
HAN_FIRST, HAN_LAST = 0x3400, 0x9FFF  # the same range as code points, for numpy arrays of them
HAN_CHAR = re.compile(f"[{HAN}]")
HAN_WITH_COMPATIBILITY = f"{HAN}\uf900-\ufaff"
FULL_WIDTH_FORMS = "\uff01-\uff5e"

HALF_TO_FULL_PUNCTUATION = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
FULL_TO_HALF_PUNCTUATION = {full: half for half, full in HALF_TO_FULL_PUNCTUATION.items()}


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"
