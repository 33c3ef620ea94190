"""Measure the per-sentence extractors on the gold tasks of ../shared/eval/{dev,genre}.

For every gold task, the extractors run on the gold `source` sentence alone:
- units: predicted canonical set vs the gold units whose mention is written in the sentence
  ("stated"; the rest are inherited from lead-ins and table columns, which the structure step adds),
  and vs all gold units (what inheritance still has to bring);
- deadlines: `find_deadline(source, meta.date)` vs gold, agreement as in score.py (same date, or
  texts that contain each other or are 70% alike); a table row (cells joined by |) reads its last
  cell with `parse_deadline_text`, as the structure step does;
- sectors: task sectors vs `find_sectors(source)`, and document sectors vs `find_sectors(text)`.

    .venv/bin/python scripts/eval_sentence_extractors.py [--shared ../shared] [--show FIELD] [--speed]

--speed also times the three extractors over every gold sentence beside `jieba.lcut` on the same
sentences in the same run, and prints chars/s and the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from nlp_pipeline.extract.deadlines import find_deadline, parse_deadline_text
from nlp_pipeline.extract.sectors import find_sectors
from nlp_pipeline.extract.units import find_units

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_folder import SHARED  # scripts/shared_folder.py: $NLP_PIPELINE_SHARED or ../shared

REPO = Path(__file__).resolve().parents[1]


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def __str__(self) -> str:
        return (
            f"P {self.precision():.3f}  R {self.recall():.3f}  F1 {self.f1():.3f}"
            f"  (tp {self.tp} fp {self.fp} fn {self.fn})"
        )


class Accuracy:
    def __init__(self) -> None:
        self.ok = self.n = 0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.ok += bool(ok)

    def value(self) -> float:
        return self.ok / self.n if self.n else 1.0

    def __str__(self) -> str:
        return f"{self.value():.3f} (n {self.n})"


def canon(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def deadline_agrees(gold: dict, pred) -> bool:
    if gold.get("date") and pred.date and gold["date"] == pred.date:
        return True
    g, p = canon(gold.get("text") or ""), canon(pred.text or "")
    return bool(g and p) and (g in p or p in g or fuzz.ratio(g, p) >= 70)


def sentence_deadline(source: str, doc_date: dt.date | None):
    if "|" in source:
        return parse_deadline_text(source.rsplit("|", 1)[1], doc_date)
    return find_deadline(source, doc_date)


def evaluate(gold_dir: Path, show: str | None = None) -> dict[str, Counts | Accuracy]:
    """The figures of one gold folder; `show` prints the disagreements of one field."""
    # by name, a Counts or an Accuracy: measure_task knows which each is
    figures: dict[str, Any] = {
        "units_stated": Counts(),
        "units_all": Counts(),
        "deadlines": Counts(),
        "deadline_date": Accuracy(),
        "deadline_kind": Accuracy(),
        "task_sectors": Counts(),
        "doc_sectors": Counts(),
    }
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc_date = dt.date.fromisoformat(gold["meta"]["date"]) if gold["meta"].get("date") else None
        doc_pred = find_sectors(gold["text"])
        figures["doc_sectors"].add(set(gold["sectors"]), set(doc_pred))
        if show == "sectors" and set(gold["sectors"]) != set(doc_pred):
            print(f"[{gold_file.name}] DOC gold {gold['sectors']}\n    pred {doc_pred}")
        for task in gold["tasks"]:
            measure_task(task, doc_date, figures, show, gold_file.name)
    return figures


def measure_task(task: dict, doc_date: dt.date | None, figures: dict, show: str | None, name: str) -> None:
    source = task["source"]
    units = find_units(source)
    pred = {u.canonical for u in units}
    gold_stated = {u["canonical"] for u in task["units"] if u["mention"] in source}
    figures["units_stated"].add(gold_stated, pred)
    figures["units_all"].add({u["canonical"] for u in task["units"]}, pred)
    if show == "units" and gold_stated != pred:
        print(
            f"[{name}] {source}\n    gold {sorted(gold_stated)}\n    pred "
            f"{[(u.mention, u.canonical, u.role) for u in units]}"
        )
    gd, pd = task["deadline"], sentence_deadline(source, doc_date)
    if gd and pd and deadline_agrees(gd, pd):
        figures["deadlines"].tp += 1
        figures["deadline_kind"].add(pd.kind == gd["kind"])
        if gd.get("date"):
            figures["deadline_date"].add(pd.date == gd["date"])
        if show == "deadlines" and (pd.date != gd.get("date") or pd.kind != gd["kind"]):
            print(f"[{name}] DATE/KIND {source}\n    gold {gd}\n    pred {pd}")
    else:
        figures["deadlines"].fp += bool(pd)
        figures["deadlines"].fn += bool(gd)
        if show == "deadlines" and (gd or pd):
            print(f"[{name}] {source}\n    gold {gd}\n    pred {pd}")
    predicted_sectors = find_sectors(source)
    figures["task_sectors"].add(set(task["sectors"]), set(predicted_sectors))
    if show == "task-sectors" and set(task["sectors"]) != set(predicted_sectors):
        print(f"[{name}] {source}\n    gold {task['sectors']}\n    pred {predicted_sectors}")


LABELS = {
    "units_stated": "units stated in the sentence",
    "units_all": "units vs all gold (incl. inherited)",
    "deadlines": "deadlines",
    "deadline_date": "deadline date acc",
    "deadline_kind": "deadline kind acc",
    "task_sectors": "task sectors vs gold (incl. inherited)",
    "doc_sectors": "document sectors",
}


def speed(eval_dir: Path, rounds: int = 5) -> str:
    import jieba

    sentences = [
        task["source"]
        for gold_file in sorted(eval_dir.glob("*/*.gold.json"))
        for task in json.loads(gold_file.read_text(encoding="utf-8"))["tasks"]
    ]
    chars = rounds * sum(map(len, sentences))
    jieba.lcut(sentences[0])  # loads the dictionary outside the timing

    def timed(step) -> float:
        begin = time.perf_counter()
        for _ in range(rounds):
            for sentence in sentences:
                step(sentence)
        return chars / (time.perf_counter() - begin)

    day = dt.date(2024, 6, 1)
    ours = timed(lambda s: (find_units(s), find_deadline(s, day), find_sectors(s)))
    theirs = timed(jieba.lcut)
    return f"units+deadline+sectors {ours:,.0f} chars/s, jieba.lcut {theirs:,.0f} chars/s, ratio {ours / theirs:.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument(
        "--show", choices=("units", "deadlines", "sectors", "task-sectors"), help="print the disagreements of one field"
    )
    parser.add_argument("--speed", action="store_true", help="time the extractors beside jieba.lcut")
    args = parser.parse_args()
    eval_dir = args.shared / "eval"
    if not eval_dir.is_dir():
        sys.exit(f"no gold here: {eval_dir}")
    for name in ("dev", "genre"):
        figures = evaluate(eval_dir / name, args.show)
        print(f"== {name}")
        for key, value in figures.items():
            print(f"  {LABELS[key]:<40} {value}")
    if args.speed:
        print("== speed\n  " + speed(eval_dir))


if __name__ == "__main__":
    main()
