"""False changes: how much the normalizer alters text that needs no repair.

    .venv/bin/python scripts/false_changes.py

Runs `normalize` over clean simplified texts and counts changed characters the way
eval/score.py compares texts (NFKC, whitespace ignored; Levenshtein distance): the gold `text` of
../shared/eval/dev and ../shared/eval/genre (when present), and the texts written for this project
(corpora/clean, the LM's training texts; corpora/sample-src; tests/extract/heldout*). Prints one
line per set and every change that is not whitespace, so a false change can be traced to its step.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from nlp_pipeline.normalize import normalize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_folder import SHARED  # scripts/shared_folder.py: $NLP_PIPELINE_SHARED or ../shared

REPO = Path(__file__).resolve().parents[1]


def canon(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def clean_sets() -> dict[str, dict[str, str]]:
    sets = {}
    for name in ("dev", "genre"):
        golds = sorted((SHARED / "eval" / name).glob("*.gold.json"))
        if golds:
            sets[f"{name} gold text"] = {p.name: json.loads(p.read_text(encoding="utf-8"))["text"] for p in golds}
    for label, pattern in (
        ("corpora/clean", "corpora/clean/*.txt"),
        ("corpora/sample-src", "corpora/sample-src/*.txt"),
        ("tests/extract/heldout*", "tests/extract/heldout*/*.txt"),
    ):
        sets[label] = {str(p.relative_to(REPO)): p.read_text(encoding="utf-8") for p in sorted(REPO.glob(pattern))}
    return sets


def main() -> int:
    grand_changed = grand_total = 0
    for label, texts in clean_sets().items():
        changed = total = 0
        for name, text in texts.items():
            result = normalize(text)
            changed += Levenshtein.distance(canon(result.text), canon(text))
            total += len(canon(text))
            for change in result.changes:
                if change.before.strip() or change.after.strip():
                    print(f"  {name}: {change.step} {change.before!r} -> {change.after!r} at {change.offset}")
        print(
            f"{label:<24} {len(texts):>3} texts {total:>7,} chars {changed:>4} changed ({changed / max(total, 1):.4%})"
        )
        grand_changed += changed
        grand_total += total
    print(
        f"{'all':<24}     {grand_total:>13,} chars {grand_changed:>4} changed ({grand_changed / max(grand_total, 1):.4%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
