"""Scores `nlp-pipeline align` against the 承接对照 gold: pair precision and recall, and the
recall (and precision) of superior tasks not taken up.

A gold folder holds pairs of documents NN_superior.txt + NN_subordinate.txt and NN.align.json:
    {"pairs": [[superior task source, subordinate task source], ...],
     "not_taken_up": [superior task source, ...]}
The gold's tasks are sentences (an item's title and its body sentences apart); the aligner's are
whole items. A gold task is the aligner's task whose span overlaps the most of the gold source
once the source is found in the normalized text (exactly, or by fuzzy alignment as eval/score.py
does); at least half of the gold source must lie inside it. Gold pairs are compared as pairs of
the aligner's tasks, so an item's title and body paired with one counterpart count once. A gold
source no task covers counts as missed (its pairs are false negatives). `leaf_pair` scores only
the pairs with a heading on neither side (tests/align/NOTES-ALIGN.md, convention 5).

    python scripts/align_eval.py [tests/align] [--per-pair] [--json] [--only 01,02]

(The speed of `align` is measured by scripts/align_benchmark.py.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp_pipeline.align import align_records  # noqa: E402
from nlp_pipeline.align.items import HEADING, PlanItem  # noqa: E402
from nlp_pipeline.normalize import normalize  # noqa: E402
from nlp_pipeline.pipeline import process  # noqa: E402

MIN_COVERED = 0.5
MIN_FUZZY = 80


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Result:
    pairs: Counts = field(default_factory=Counts)
    leaf_pairs: Counts = field(default_factory=Counts)  # pairs with a heading on neither side
    not_taken_up: Counts = field(default_factory=Counts)
    unmapped: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


def locate(source: str, text: str) -> tuple[int, int] | None:
    """Where a gold source stands in the normalized text."""
    for candidate in (source.strip(), normalize(source.strip()).text.strip()):
        found = text.find(candidate)
        if found >= 0 and candidate:
            return found, found + len(candidate)
    alignment = fuzz.partial_ratio_alignment(normalize(source).text.strip(), text)
    if alignment is not None and alignment.score >= MIN_FUZZY:
        return alignment.dest_start, alignment.dest_end
    return None


def item_of(source: str, text: str, items: list[PlanItem]) -> int | None:
    """The number of the item covering most of a gold source, or None."""
    span = locate(source, text)
    if span is None:
        return None
    start, end = span
    best, best_overlap = None, 0
    for item in items:
        overlap = min(end, item.end) - max(start, item.start)
        if overlap > best_overlap:
            best, best_overlap = item.number, overlap
    return best if best_overlap >= MIN_COVERED * (end - start) else None


def score_pair(folder: Path, name: str, result: Result) -> float:
    """Align one gold pair, add its counts to `result`; returns the seconds the alignment took."""
    gold = json.loads((folder / f"{name}.align.json").read_text(encoding="utf-8"))
    superior = process(folder / f"{name}_superior.txt")
    subordinate = process(folder / f"{name}_subordinate.txt")
    started = time.perf_counter()
    alignment = align_records(superior, subordinate)
    seconds = time.perf_counter() - started

    def mapped(source: str, record, items) -> int | None:
        number = item_of(source, record.text, items)
        if number is None:
            result.unmapped.append(f"{name}: {source[:40]}")
        return number

    # a gold task no task of the aligner covers is named "missing:…", so that its pairs count as missed
    gold_pairs: set[tuple[int | str, int | str]] = set()
    for above, below in gold["pairs"]:
        number_above = mapped(above, superior, alignment.superior_items)
        number_below = mapped(below, subordinate, alignment.subordinate_items)
        if number_above is None or number_below is None:
            gold_pairs.add((f"missing:{above[:20]}", f"missing:{below[:20]}"))
        else:
            gold_pairs.add((number_above, number_below))
    gold_dropped: set[int | str] = {
        mapped(s, superior, alignment.superior_items) or f"missing:{s[:20]}" for s in gold["not_taken_up"]
    }
    predicted: set[tuple[int | str, int | str]] = {
        (pair.superior.number, pair.subordinate.number) for pair in alignment.pairs
    }
    dropped: set[int | str] = {item.number for item in alignment.not_taken_up}
    result.pairs.add(predicted, gold_pairs)
    headings = (
        {item.number for item in alignment.superior_items if item.kind == HEADING},
        {item.number for item in alignment.subordinate_items if item.kind == HEADING},
    )
    leaf = lambda pairs: {(a, b) for a, b in pairs if a not in headings[0] and b not in headings[1]}  # noqa: E731
    result.leaf_pairs.add(leaf(predicted), leaf(gold_pairs))
    result.not_taken_up.add(dropped, gold_dropped)
    for label, items in (
        ("false pair", predicted - gold_pairs),
        ("missed pair", gold_pairs - predicted),
        ("dropped, but taken up", dropped - gold_dropped),
        ("taken up, but dropped", gold_dropped - dropped),
    ):
        result.details += [f"{name} {label}: {item}" for item in sorted(items, key=str)]
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?", default=REPO / "tests" / "align")
    parser.add_argument("--only", help="comma-separated pair names (01,02)")
    parser.add_argument("--per-pair", action="store_true", help="list every false and missed pair")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    names = sorted(path.name.split(".")[0] for path in args.folder.glob("*.align.json"))
    if args.only:
        names = [name for name in names if name in args.only.split(",")]
    if not names:
        parser.error(f"no *.align.json gold in {args.folder}")
    result = Result()
    seconds = [score_pair(args.folder, name, result) for name in names]
    report = {
        "pairs": len(names),
        "pair": result.pairs.scores(),
        "leaf_pair": result.leaf_pairs.scores(),
        "not_taken_up": result.not_taken_up.scores(),
        "unmapped_gold_sources": len(result.unmapped),
        "align_s_mean": round(sum(seconds) / len(seconds), 2),
    }
    if args.json:
        print(
            json.dumps({**report, "details": result.details, "unmapped": result.unmapped}, ensure_ascii=False, indent=1)
        )
        return 0
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if args.per_pair:
        print("\n".join(result.details + [f"unmapped gold source: {u}" for u in result.unmapped]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
