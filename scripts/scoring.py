"""The project's own scorer: document records (CONTRACT.md) against gold files (ANNOTATION.md), so
that the in-repo sets (tests/extract/heldout*, realstyle*) are scored in a clone without
../shared. It measures what ../shared/eval/score.py measures, by the same definitions, and
tests/test_quality_gate.py checks that both give the same figures wherever ../shared is present.

    .venv/bin/python scripts/scoring.py GOLD_DIR PRED_DIR     # prints the figures as JSON

The definitions:
- text: character error rate of the record's text against the gold text, both compared after
  NFKC (the width of punctuation does not count) and without whitespace (ANNOTATION.md).
- tasks: a predicted task is located in the gold text (its own text, carried through the edit
  script from the record's text to the gold text; else the best fuzzy alignment of at least 60),
  and pairs with the gold task whose sentence it overlaps most, when the Dice overlap
  2·|common| / (|gold| + |predicted|) is at least 0.5; each task pairs at most once, best first.
- on paired tasks: canonical units, sectors and deadlines as sets; a deadline agrees when the
  dates are equal or the texts (as scored) contain one another or are 70 % alike; its date and
  kind are then scored as accuracies. End to end, the units of unpaired tasks count as missed or
  spurious.
- document level: the sectors as a set; the date and the type as accuracies, where gold has one.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

MATCH_DICE = 0.5  # the least Dice overlap of a gold and a predicted task sentence that pairs them
FUZZY_LOCATE = 60  # the least partial-ratio score that locates a task not found in its own text
DEADLINE_TEXTS_ALIKE = 70  # the least ratio at which two deadline texts agree


@dataclass
class Counts:
    """True positives, false positives and false negatives of one figure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def add_sets(self, gold: set, predicted: set) -> None:
        self.add(len(gold & predicted), len(predicted - gold), len(gold - predicted))

    def result(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rounded = {"p": precision, "r": recall, "f1": f1}
        return {name: round(value, 4) for name, value in rounded.items()} | {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Share:
    """The share of right answers among the cases that have one in gold."""

    right: int = 0
    cases: int = 0

    def add(self, right: bool) -> None:
        self.cases += 1
        self.right += bool(right)

    def result(self) -> dict:
        return {"acc": round(self.right / self.cases, 4) if self.cases else None, "n": self.cases}


def as_scored(text: str) -> str:
    """Text as it is compared: NFKC, whitespace left out."""
    return "".join(char for char in unicodedata.normalize("NFKC", text) if not char.isspace())


def position_map(pred_text: str, gold_text: str) -> list[int]:
    """Where each position of the record's text (and its end) falls in the gold text, along the
    edit script between them; a replaced run is spread evenly over its replacement."""
    where = [0] * (len(pred_text) + 1)
    for edit in Levenshtein.opcodes(pred_text, gold_text):
        run = edit.src_end - edit.src_start
        for offset in range(run):
            if edit.tag == "equal":
                where[edit.src_start + offset] = edit.dest_start + offset
            elif edit.tag == "replace":
                where[edit.src_start + offset] = edit.dest_start + offset * (edit.dest_end - edit.dest_start) // run
            else:  # the record has characters the gold text lacks: they fall where the gap is
                where[edit.src_start + offset] = edit.dest_start
    where[len(pred_text)] = len(gold_text)
    return where


def pred_span_in_gold(
    task: dict, pred_text: str, gold_text: str, positions: list[int] | None
) -> tuple[int, int] | None:
    """The gold-text span of a predicted task, or None when it cannot be located."""
    sentence = task.get("source") or task.get("text") or ""
    if not sentence:
        return None
    start, end = task.get("start"), task.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and pred_text[start:end] == sentence):
        start = pred_text.find(sentence) if pred_text else -1
        end = start + len(sentence)
    if positions is not None and start >= 0:
        return positions[start], positions[end]
    alignment = fuzz.partial_ratio_alignment(sentence, gold_text)
    if alignment is None or alignment.score < FUZZY_LOCATE:
        return None
    return alignment.dest_start, alignment.dest_end


def units_of(task: dict) -> set:
    return {unit.get("canonical") for unit in task.get("units") or [] if unit.get("canonical")}


def deadline_agrees(gold: dict, pred: dict) -> bool:
    if gold.get("date") and gold.get("date") == pred.get("date"):
        return True
    gold_words, pred_words = as_scored(gold.get("text") or ""), as_scored(pred.get("text") or "")
    if not (gold_words and pred_words):
        return False
    return (
        gold_words in pred_words
        or pred_words in gold_words
        or fuzz.ratio(gold_words, pred_words) >= DEADLINE_TEXTS_ALIKE
    )


def dice(gold_span: tuple[int, int], pred_span: tuple[int, int] | None) -> float:
    if pred_span is None:
        return 0.0
    overlap = min(gold_span[1], pred_span[1]) - max(gold_span[0], pred_span[0])
    if overlap <= 0:
        return 0.0
    return 2 * overlap / ((gold_span[1] - gold_span[0]) + (pred_span[1] - pred_span[0]))


def paired_tasks(gold_spans: list[tuple[int, int]], pred_spans: list[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, the best overlaps first, each task in one pair at most."""
    candidates = sorted(
        (
            (overlap, gold_index, pred_index)
            for gold_index, gold_span in enumerate(gold_spans)
            for pred_index, pred_span in enumerate(pred_spans)
            if (overlap := dice(gold_span, pred_span)) >= MATCH_DICE
        ),
        reverse=True,
    )
    pairs: list[tuple[int, int]] = []
    gold_paired: set[int] = set()
    pred_paired: set[int] = set()
    for _, gold_index, pred_index in candidates:
        if gold_index not in gold_paired and pred_index not in pred_paired:
            gold_paired.add(gold_index)
            pred_paired.add(pred_index)
            pairs.append((gold_index, pred_index))
    return pairs


FIGURES = {  # in the order the figures are reported: a set's counts, or a label's share
    "tasks": Counts,
    "units_on_matched_tasks": Counts,
    "units_end_to_end": Counts,
    "deadlines_on_matched_tasks": Counts,
    "deadline_date_acc": Share,
    "deadline_kind_acc": Share,
    "task_sectors_on_matched_tasks": Counts,
    "doc_sectors": Counts,
    "modality_acc": Share,
    "meta_date_acc": Share,
    "doc_type_acc": Share,
}


@dataclass
class Tally:
    """Every figure of a set, summed over its documents."""

    text_edits: int = 0
    text_length: int = 0

    def __post_init__(self) -> None:
        self.counts = {name: Counts() for name, kind in FIGURES.items() if kind is Counts}
        self.shares = {name: Share() for name, kind in FIGURES.items() if kind is Share}

    def result(self) -> dict:
        figures = self.counts | self.shares
        return {"text_cer": round(self.text_edits / max(1, self.text_length), 4)} | {
            name: figures[name].result() for name in FIGURES
        }


def gold_spans_of(gold: dict, gold_file: Path) -> list[tuple[int, int]]:
    spans = []
    for task in gold["tasks"]:
        start = gold["text"].find(task["source"])
        if start < 0:
            sys.exit(f"{gold_file.name}: a task's source is not in the gold text: {task['source'][:40]}")
        spans.append((start, start + len(task["source"])))
    return spans


def score_document(tally: Tally, gold: dict, pred: dict, gold_file: Path) -> dict:
    """Adds one document to the tally; returns its own task counts and error rate."""
    gold_text, pred_text = gold["text"], pred.get("text") or ""
    gold_scored = as_scored(gold_text)
    edits = Levenshtein.distance(as_scored(pred_text), gold_scored)
    tally.text_edits += edits
    tally.text_length += len(gold_scored)
    counts, shares = tally.counts, tally.shares

    gold_meta, pred_meta = gold.get("meta") or {}, pred.get("meta") or {}
    for field, share in (("date", "meta_date_acc"), ("doc_type", "doc_type_acc")):
        if gold_meta.get(field):
            shares[share].add(pred_meta.get(field) == gold_meta[field])
    counts["doc_sectors"].add_sets(set(gold.get("sectors") or []), set(pred.get("sectors") or []))

    gold_tasks, pred_tasks = gold["tasks"], pred.get("tasks") or []
    gold_spans = gold_spans_of(gold, gold_file)
    positions = position_map(pred_text, gold_text) if pred_text else None
    pairs = paired_tasks(gold_spans, [pred_span_in_gold(task, pred_text, gold_text, positions) for task in pred_tasks])
    document_tasks = Counts(len(pairs), len(pred_tasks) - len(pairs), len(gold_tasks) - len(pairs))
    counts["tasks"].add(document_tasks.tp, document_tasks.fp, document_tasks.fn)

    for gold_index, pred_index in pairs:
        gold_task, pred_task = gold_tasks[gold_index], pred_tasks[pred_index]
        counts["units_on_matched_tasks"].add_sets(units_of(gold_task), units_of(pred_task))
        counts["units_end_to_end"].add_sets(units_of(gold_task), units_of(pred_task))
        counts["task_sectors_on_matched_tasks"].add_sets(
            set(gold_task.get("sectors") or []), set(pred_task.get("sectors") or [])
        )
        shares["modality_acc"].add(pred_task.get("modality") == gold_task.get("modality"))
        gold_deadline, pred_deadline = gold_task.get("deadline"), pred_task.get("deadline")
        if gold_deadline and pred_deadline and deadline_agrees(gold_deadline, pred_deadline):
            counts["deadlines_on_matched_tasks"].add(tp=1)
            shares["deadline_kind_acc"].add(pred_deadline.get("kind") == gold_deadline.get("kind"))
            if gold_deadline.get("date"):
                shares["deadline_date_acc"].add(pred_deadline.get("date") == gold_deadline["date"])
        else:
            counts["deadlines_on_matched_tasks"].add(fp=int(bool(pred_deadline)), fn=int(bool(gold_deadline)))
    gold_paired = {gold_index for gold_index, _ in pairs}
    pred_paired = {pred_index for _, pred_index in pairs}
    for index, task in enumerate(gold_tasks):
        if index not in gold_paired:
            counts["units_end_to_end"].add(fn=len(units_of(task)))
    for index, task in enumerate(pred_tasks):
        if index not in pred_paired:
            counts["units_end_to_end"].add(fp=len(units_of(task)))
    return {"cer": round(edits / max(1, len(gold_scored)), 4), "tasks": document_tasks.result()}


def score(gold_dir: Path, pred_dir: Path, per_doc: bool = False) -> dict:
    """The figures of a set: gold_dir holds <doc_id>.gold.json, pred_dir the records <doc_id>.json
    (the docs/ folder `nlp-pipeline batch` writes); a document without a record is all missed."""
    gold_files = sorted(gold_dir.glob("*.gold.json"))
    if not gold_files:
        sys.exit(f"no *.gold.json in {gold_dir}")
    tally, documents = Tally(), []
    for gold_file in gold_files:
        doc_id = gold_file.name.removesuffix(".gold.json")
        pred_file = pred_dir / f"{doc_id}.json"
        try:
            pred = json.loads(pred_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pred = {}
        own = score_document(tally, json.loads(gold_file.read_text(encoding="utf-8")), pred, gold_file)
        documents.append({"doc_id": doc_id, "predicted": pred_file.exists()} | own)
    result = {"documents": len(gold_files)} | tally.result()
    if per_doc:
        result["per_doc"] = documents
    return result


def brief(result: dict) -> str:
    """The headline figures, one a line: F1 (with P and R) for sets, accuracy for labels."""
    lines = [f"documents            {result['documents']}", f"text_cer             {result['text_cer']:.4f}"]
    for name, value in result.items():
        if isinstance(value, dict) and "f1" in value:
            lines.append(f"{name:<32} F1 {value['f1']:.3f}  (P {value['p']:.3f} R {value['r']:.3f})")
        elif isinstance(value, dict) and "acc" in value:
            shown = "n/a" if value["acc"] is None else f"{value['acc']:.3f}"
            lines.append(f"{name:<32} acc {shown}  (n {value['n']})")
    lines.extend(
        f"  {doc['doc_id']}: cer {doc['cer']}  tasks F1 {doc['tasks']['f1']}" for doc in result.get("per_doc", [])
    )
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: scoring.py GOLD_DIR PRED_DIR")
    print(json.dumps(score(Path(sys.argv[1]), Path(sys.argv[2])), ensure_ascii=False, indent=1))
