#!/usr/bin/env python3
"""Train and evaluate the learned task-sentence classifier (issue 13; nlp_pipeline/extract/task_classifier.py).

    .venv/bin/python scripts/train_task_classifier.py --evaluate           # leave-one-set-out table
    .venv/bin/python scripts/train_task_classifier.py --evaluate --test-only /path/r1 …   # + folders only tested
    .venv/bin/python scripts/train_task_classifier.py --write              # train on every set, write the model

Data: every gold set in the repository (tests/extract/*/) and ../shared/eval/dev and genre. Each
document goes through the pipeline (read, normalize, structure, metadata) to the task step; every
sentence the step judges (TaskDetection.candidates) is one example, with the rules' decision and
cues. Its label: whether it pairs with a gold task, by scripts/scoring.py's own pairing (the
candidate spans carried into the gold text, Dice ≥ 0.5, best pairs first). Gold tasks no candidate
pairs with cannot be learnt here; they stay misses either way.

Model: logistic regression (numpy; L2, full-batch Adam) over the hashed features of
task_classifier.feature_indices. The override thresholds (drop a rule-accepted sentence below
`low`, take a rule-rejected one above `high`) are chosen on out-of-fold probabilities of the
training sets only (grouped by set), for the best task F1 there; (0, 1) leaves the rules alone.

Evaluation: for each set S, train on the others and score S end to end with scripts/scoring.py
(tasks, units end to end) and evaluate.py's clerk rows, rules alone against rules + classifier.
Folders passed with --test-only (third-party pages) and sets named by --score-only are never trained on
(--write leaves the score-only sets out too): every other set trains their model.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import evaluate  # noqa: E402 - scripts/ is not a package
import scoring  # noqa: E402

from nlp_pipeline.extract import number_tasks  # noqa: E402
from nlp_pipeline.extract.context import DocumentContext  # noqa: E402
from nlp_pipeline.extract.meta import extract_meta  # noqa: E402
from nlp_pipeline.extract.structure import document_structure  # noqa: E402
from nlp_pipeline.extract.task_classifier import DIMENSION, feature_indices  # noqa: E402
from nlp_pipeline.extract.tasks import TaskDetection, find_sectors  # noqa: E402
from nlp_pipeline.normalize import normalize  # noqa: E402
from nlp_pipeline.pipeline import removed_chrome  # noqa: E402
from nlp_pipeline.readers import read_document  # noqa: E402
from nlp_pipeline.resources import TASK_CLASSIFIER, data_path  # noqa: E402

L2 = 1e-3
EPOCHS = 300
LEARNING_RATE = 0.05
LOW_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
HIGH_GRID = (1.0, 0.98, 0.95, 0.9, 0.85, 0.8, 0.7)


@dataclass
class Document:
    """One gold document as the task step saw it."""

    doc_id: str
    record: dict  # text, meta, sectors: the record without its tasks
    features: list[np.ndarray] = field(default_factory=list)  # one per candidate
    rules: list[bool] = field(default_factory=list)  # the rules' decision per candidate
    labels: list[bool] = field(default_factory=list)  # pairs with a gold task
    tasks: list[dict] = field(default_factory=list)  # the record's task of each candidate, were it accepted
    unreachable: int = 0  # gold tasks no candidate pairs with


def candidate_labels(gold: dict, text: str, tasks: list[dict], gold_file: Path) -> tuple[list[bool], int]:
    gold_spans = scoring.gold_spans_of(gold, gold_file)
    positions = scoring.position_map(text, gold["text"]) if text else None
    spans = [scoring.pred_span_in_gold(task, text, gold["text"], positions) for task in tasks]
    pairs = scoring.paired_tasks(gold_spans, spans)
    paired = {pred for _, pred in pairs}
    return [index in paired for index in range(len(tasks))], len(gold_spans) - len(pairs)


def read_set(gold_dir: Path) -> list[Document]:
    documents = []
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        doc_id = gold_file.name.removesuffix(".gold.json")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        normalized = normalize(read_document(gold_dir / f"{doc_id}.txt").text)
        structure = document_structure(normalized.text)
        meta = extract_meta(structure, None, removed_chrome(normalized.changes))
        detection = TaskDetection(structure, DocumentContext.of(meta))
        document = Document(doc_id, {"doc_id": doc_id, "text": normalized.text, "meta": asdict(meta)})
        document.record["sectors"] = find_sectors(normalized.text)
        drafts = []
        for sentence in detection.candidates():
            accepted = detection.ruled(sentence)
            draft = detection.draft(sentence)
            drafts.append(draft)
            document.features.append(feature_indices(sentence.text, detection.rule_cues(sentence, accepted)))
            document.rules.append(accepted)
            if accepted:  # a later line continuing it is judged as the rules alone would see it
                detection.drafts.append(draft)
        document.tasks = [asdict(task) for task in number_tasks(drafts)]
        document.labels, document.unreachable = candidate_labels(gold, normalized.text, document.tasks, gold_file)
        documents.append(document)
    return documents


# --- the model ----------------------------------------------------------------------------------


def flatten(documents: list[Document]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(feature index, its row) of every active feature, the labels and the rules' decisions."""
    rows = [features for document in documents for features in document.features]
    indices = np.concatenate(rows) if rows else np.zeros(0, np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    labels = np.array([label for d in documents for label in d.labels], dtype=np.float64)
    rules = np.array([rule for d in documents for rule in d.rules], dtype=bool)
    return indices, row_of, labels, rules


def scores(weights: np.ndarray, bias: float, indices: np.ndarray, row_of: np.ndarray, rows: int) -> np.ndarray:
    return np.bincount(row_of, weights=weights[indices], minlength=rows) + bias


def train(documents: list[Document]) -> tuple[np.ndarray, float]:
    indices, row_of, labels, _ = flatten(documents)
    rows = len(labels)
    params = np.zeros(DIMENSION + 1)
    moment, velocity = np.zeros_like(params), np.zeros_like(params)
    for step in range(1, EPOCHS + 1):
        probability = 1 / (1 + np.exp(-scores(params[:-1], params[-1], indices, row_of, rows)))
        error = (probability - labels) / rows
        gradient = np.append(np.bincount(indices, weights=error[row_of], minlength=DIMENSION), error.sum())
        gradient[:-1] += L2 * params[:-1]
        moment = 0.9 * moment + 0.1 * gradient
        velocity = 0.999 * velocity + 0.001 * gradient**2
        params -= LEARNING_RATE * (moment / (1 - 0.9**step)) / (np.sqrt(velocity / (1 - 0.999**step)) + 1e-8)
    return params[:-1].astype(np.float32), float(params[-1])


def probabilities(model: tuple[np.ndarray, float], documents: list[Document]) -> np.ndarray:
    indices, row_of, labels, _ = flatten(documents)
    return 1 / (1 + np.exp(-scores(model[0].astype(np.float64), model[1], indices, row_of, len(labels))))


def decisions(probability: np.ndarray, rules: np.ndarray, low: float, high: float) -> np.ndarray:
    return np.where(rules, probability >= low, probability > high)


def candidate_f1(decided: np.ndarray, labels: np.ndarray, unreachable: int) -> float:
    tp = int((decided & (labels > 0)).sum())
    fp = int((decided & (labels == 0)).sum())
    fn = int((~decided & (labels > 0)).sum()) + unreachable
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_thresholds(sets: dict[str, list[Document]]) -> tuple[float, float]:
    """The (low, high) with the best task F1 on out-of-fold probabilities, one training set held out
    at a time; ties keep the smaller override (rules first)."""
    out_of_fold, labels, rules, unreachable = [], [], [], 0
    for name, documents in sets.items():
        model = train([d for other, docs in sets.items() if other != name for d in docs])
        out_of_fold.append(probabilities(model, documents))
        _, _, set_labels, set_rules = flatten(documents)
        labels.append(set_labels)
        rules.append(set_rules)
        unreachable += sum(d.unreachable for d in documents)
    probability, label, rule = np.concatenate(out_of_fold), np.concatenate(labels), np.concatenate(rules)
    best = (candidate_f1(rule, label, unreachable), 0.0, 1.0)
    for low in LOW_GRID:
        for high in HIGH_GRID:
            f1 = candidate_f1(decisions(probability, rule, low, high), label, unreachable)
            if f1 > best[0] + 1e-9:
                best = (f1, low, high)
    return best[1], best[2]


# --- scoring ------------------------------------------------------------------------------------


def figures(gold_dir: Path, documents: list[Document], accepted: list[np.ndarray]) -> dict:
    """scoring.py's figures and the clerk rows of the set's records with the accepted candidates as tasks."""
    with tempfile.TemporaryDirectory() as tmp:
        for document, chosen in zip(documents, accepted, strict=True):
            tasks = [task for task, keep in zip(document.tasks, chosen, strict=True) if keep]
            record = document.record | {"tasks": tasks}
            (Path(tmp) / f"{document.doc_id}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        result = scoring.score(gold_dir, Path(tmp))
        good, total = evaluate.clerk_rows(scoring, gold_dir, Path(tmp))
    return {"tasks": result["tasks"], "units": result["units_end_to_end"], "clerk": good / total if total else 0.0}


def split(values: np.ndarray, documents: list[Document]) -> list[np.ndarray]:
    return np.split(values, np.cumsum([len(d.rules) for d in documents])[:-1])


def fold_row(name: str, gold_dir: Path, documents: list[Document], training: dict[str, list[Document]]) -> str:
    low, high = choose_thresholds(training)
    model = train([d for docs in training.values() for d in docs])
    probability = probabilities(model, documents)
    rules = flatten(documents)[3]
    before = figures(gold_dir, documents, split(rules, documents))
    after = figures(gold_dir, documents, split(decisions(probability, rules, low, high), documents))
    changed = int((decisions(probability, rules, low, high) != rules).sum())

    def cell(result: dict) -> str:
        t = result["tasks"]
        return f"{t['p']:.3f}/{t['r']:.3f}/{t['f1']:.3f} | {result['units']['f1']:.3f} | {result['clerk']:.3f}"

    return f"| {name} | {len(documents)} | {low:g}/{high:g} | {changed} | {cell(before)} | {cell(after)} |"


def in_repo_sets(shared: Path) -> dict[str, Path]:
    sets = {name: REPO / "tests" / "extract" / name for name in evaluate.IN_REPO_SETS}
    for name in ("dev", "genre"):
        if (shared / "eval" / name).is_dir():
            sets[name] = shared / "eval" / name
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evaluate", action="store_true", help="print the leave-one-set-out table")
    parser.add_argument("--test-only", nargs="*", type=Path, default=[], help="folders only ever tested")
    parser.add_argument(
        "--score-only",
        nargs="*",
        default=[],
        help="in-repo sets never trained on (a developer's score-only sets): tested like --test-only",
    )
    parser.add_argument("--write", action="store_true", help=f"train on every set and write {TASK_CLASSIFIER}")
    parser.add_argument("--shared", type=Path, default=evaluate.SHARED, help="the folder holding eval/dev and genre")
    args = parser.parse_args()
    paths = in_repo_sets(args.shared)
    held_back = [paths.pop(name) for name in args.score_only]  # their figures stay honest: no model learns them
    sets = {name: read_set(path) for name, path in paths.items()}
    print(f"candidates: {sum(len(d.rules) for docs in sets.values() for d in docs)}", file=sys.stderr)
    if args.evaluate:
        print(
            "| held out | docs | low/high | changed | rules: tasks P/R/F1 | units e2e F1 | clerk rows "
            "| + classifier: tasks P/R/F1 | units e2e F1 | clerk rows |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for name, documents in sets.items():
            training = {other: docs for other, docs in sets.items() if other != name}
            print(fold_row(name, paths[name], documents, training), flush=True)
        for folder in held_back + args.test_only:
            print(fold_row(folder.name, folder, read_set(folder), sets), flush=True)
    if args.write:
        low, high = choose_thresholds(sets)
        weights, bias = train([d for docs in sets.values() for d in docs])
        np.savez_compressed(data_path(TASK_CLASSIFIER), weights=weights, bias=bias, low=low, high=high)
        print(f"wrote {TASK_CLASSIFIER}: low {low}, high {high}", file=sys.stderr)


if __name__ == "__main__":
    main()
