#!/usr/bin/env python3
"""Score the pipeline on the evaluation sets (../shared/eval/dev and ../shared/eval/genre).

    .venv/bin/python scripts/evaluate.py                 # the real pipeline (batch: read, normalize, extract)
    .venv/bin/python scripts/evaluate.py --gold-text     # extraction alone, on the gold normalized text
    .venv/bin/python scripts/evaluate.py --per-doc --sets dev
    .venv/bin/python scripts/evaluate.py --speed         # extraction chars/s beside jieba.lcut
    .venv/bin/python scripts/evaluate.py --sets heldout3 tests/extract/realstyle  # in-repo sets or any folder
    .venv/bin/python scripts/evaluate.py --agreement tests/extract/realstyle tests/extract/realstyle/second_annotator

A set is a name under ../shared/eval, a held-out set under tests/extract, or a folder of
<doc_id>.txt + <doc_id>.gold.json. Scores come from ../shared/eval/score.py; in a clone without
../shared, from the project's own scripts/scoring.py (the same figures, checked by the quality
gate), and the default sets are then the in-repo ones. Prints one table of headline figures per set (eval/score.py's
`brief` lines) and the clerk's figure: the share of checklist rows that need no correction (task
found, the same canonical units, the deadline agreeing or both absent) among gold rows plus spurious
rows. With `--per-doc` also each document's task F1. Where the gold states titles (`meta.title`, or
`title` beside `meta` as the newer sets and the real pages keep it), also the title figures, which
eval/score.py does not give: exact match and similarity ≥ 0.9.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
import unicodedata
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_folder import SHARED  # scripts/shared_folder.py: $NLP_PIPELINE_SHARED or ../shared

REPO = Path(__file__).resolve().parents[1]


# the held-out sets in the repository: every folder of tests/extract that holds gold files
IN_REPO_SETS = sorted({gold.parent.name for gold in (REPO / "tests" / "extract").glob("*/*.gold.json")})


def load_scorer(shared: Path):
    """../shared/eval/score.py, or the project's own scripts/scoring.py when there is no ../shared."""
    if not (shared / "eval").is_dir():
        sys.path.insert(0, str(REPO / "scripts"))
        import scoring

        return scoring
    spec = importlib.util.spec_from_file_location("eval_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict_with_batch(gold_dir: Path, out: Path) -> Path:
    from nlp_pipeline.batch import run_batch

    # no time limit: a document the batch gives up on under a busy machine's load would score as an empty
    # record and lower the figures without a word (seen at load 9); a scored document's failure stops the
    # evaluation instead (a folder's other files, an annotator's notes or scripts, may fail to read)
    summary = run_batch(gold_dir, out, workers=1, timeout_s=0, progress=False)
    if summary["failed"]:
        errors = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
        scored = [line for line in errors if (gold_dir / f"{json.loads(line)['doc_id']}.gold.json").exists()]
        if scored:
            listed = "\n".join(scored)
            raise SystemExit(f"{gold_dir}: {len(scored)} document(s) failed, figures not scored:\n{listed}")
    return out / "docs"


def predict_on_gold_text(gold_dir: Path, out: Path) -> Path:
    """Records whose text is the gold normalized text: extraction measured without normalization."""
    from nlp_pipeline.extract import extract_fields

    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc_id = gold_file.name[: -len(".gold.json")]
        extraction = extract_fields(gold["text"])
        record = {
            "doc_id": doc_id,
            "text": gold["text"],
            "meta": asdict(extraction.meta),
            "sectors": extraction.sectors,
            "tasks": [asdict(t) for t in extraction.tasks],
        }
        (docs / f"{doc_id}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return docs


def gold_dir_of(name: str, shared: Path) -> Path:
    """A set name (../shared/eval/<name>, tests/extract/<name>) or a folder path."""
    for candidate in (shared / "eval" / name, REPO / "tests" / "extract" / name, Path(name)):
        if candidate.is_dir() and any(candidate.glob("*.gold.json")):
            return candidate
    sys.exit(f"no gold set named {name} (looked in {shared / 'eval'}, tests/extract and the path itself)")


def clerk_rows(scorer, gold_dir: Path, pred_dir: Path) -> tuple[int, int]:
    """(rows needing no correction, rows a clerk reads or misses): gold tasks matched as score.py
    matches them, with the same canonical units and an agreeing or equally absent deadline."""
    good = total = 0
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pred_file = pred_dir / gold_file.name.replace(".gold.json", ".json")
        pred = json.loads(pred_file.read_text(encoding="utf-8")) if pred_file.exists() else {}
        gold_text, pred_text = gold["text"], pred.get("text") or ""
        pmap = scorer.position_map(pred_text, gold_text) if pred_text else None
        p_tasks = pred.get("tasks") or []
        p_spans = [scorer.pred_span_in_gold(t, pred_text, gold_text, pmap) for t in p_tasks]
        pairs = []
        for gi, task in enumerate(gold["tasks"]):
            ga = gold_text.find(task["source"])
            gb = ga + len(task["source"])
            for pi, span in enumerate(p_spans):
                overlap = min(gb, span[1]) - max(ga, span[0]) if span else 0
                dice = 2 * overlap / ((gb - ga) + (span[1] - span[0])) if overlap > 0 else 0.0
                if dice >= scorer.MATCH_DICE:
                    pairs.append((dice, gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = gold["tasks"][gi], p_tasks[pi]
            gd, pd = g.get("deadline"), p.get("deadline")
            deadline_ok = (not gd and not pd) or bool(gd and pd and scorer.deadline_agrees(gd, pd))
            good += scorer.units_of(g) == scorer.units_of(p) and deadline_ok
        total += len(gold["tasks"]) + len(p_tasks) - len(used_p)
    return good, total


TITLE_SIMILAR = 0.9  # a title this close (character level) reads as the same headline to a clerk


def comparable_title(title: str | None) -> str:
    """A title as eval/score.py compares text: whitespace and the width of punctuation ignored."""
    return "".join(unicodedata.normalize("NFKC", title or "").split())


def gold_title(gold: dict) -> str | None:
    """The title a gold file states: `meta.title` in the older sets, `title` beside `meta` in the newer
    sets and the real pages (a page whose copy lost its title has neither)."""
    return gold["meta"].get("title", gold.get("title"))


def title_figures(gold_dir: Path, pred_dir: Path) -> dict:
    """Title accuracy (eval/score.py has none) over the documents whose gold states a title:
    the share of exact matches, and of titles whose character-level similarity is at least
    TITLE_SIMILAR (a dropped issuer or a stray character)."""
    from rapidfuzz.distance import Levenshtein

    exact = similar = total = 0
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        stated = gold_title(json.loads(gold_file.read_text(encoding="utf-8")))
        if stated is None:
            continue
        pred_file = pred_dir / gold_file.name.replace(".gold.json", ".json")
        pred_meta = (json.loads(pred_file.read_text(encoding="utf-8")).get("meta") or {}) if pred_file.exists() else {}
        gold_title_text, pred_title = comparable_title(stated), comparable_title(pred_meta.get("title"))
        total += 1
        exact += gold_title_text == pred_title
        similar += Levenshtein.normalized_similarity(gold_title_text, pred_title) >= TITLE_SIMILAR
    if not total:
        return {}
    return {
        "title_exact_acc": {"acc": round(exact / total, 3), "n": total},
        "title_similar_acc": {"acc": round(similar / total, 3), "n": total},
    }


def agreement(scorer, first: Path, second: Path) -> dict:
    """Two annotators' gold scored against each other, on the documents the second annotated
    (<doc_id>.json or <doc_id>.gold.json in `second`, the gold format): the ceiling for the
    pipeline's figures."""
    import shutil

    with tempfile.TemporaryDirectory() as tmp:
        firsts, seconds = Path(tmp) / "first", Path(tmp) / "second"
        firsts.mkdir()
        seconds.mkdir()
        for answer in second.glob("*.json"):
            doc_id = answer.name.removesuffix(".json").removesuffix(".gold")
            shutil.copy(first / f"{doc_id}.gold.json", firsts / f"{doc_id}.gold.json")
            shutil.copy(answer, seconds / f"{doc_id}.json")
        result = scorer.score(firsts, seconds)
        good, total = clerk_rows(scorer, firsts, seconds)
    result["clerk_rows_acc"] = {"acc": round(good / total, 3) if total else None, "n": total}
    return result


def measure_speed(gold_dirs: list[Path], rounds: int = 3) -> str:
    """Full extraction throughput beside jieba.lcut on the same texts, in the same run."""
    import jieba

    from nlp_pipeline.extract import extract_fields

    texts = [
        json.loads(f.read_text(encoding="utf-8"))["text"] for d in gold_dirs for f in sorted(d.glob("*.gold.json"))
    ]
    chars = sum(map(len, texts)) * rounds
    extract_fields(texts[0])  # build the cached models outside the clock
    jieba.lcut(texts[0])

    def rate(function) -> float:
        started = time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                function(text)
        return chars / (time.perf_counter() - started)

    jieba_rate, extract_rate = rate(jieba.lcut), rate(extract_fields)
    return (
        f"jieba.lcut {jieba_rate:,.0f} chars/s   extract_fields {extract_rate:,.0f} chars/s   "
        f"ratio {extract_rate / jieba_rate:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder holding eval/ (default ../shared)")
    parser.add_argument("--sets", nargs="+", help="default: dev and genre; without ../shared, the in-repo sets")
    parser.add_argument("--gold-text", action="store_true", help="extract from the gold normalized text")
    parser.add_argument("--per-doc", action="store_true", help="also each document's task F1")
    parser.add_argument("--json", type=Path, help="write all scores here as JSON")
    parser.add_argument("--speed", action="store_true", help="also measure extraction speed against jieba")
    parser.add_argument(
        "--table",
        type=Path,
        metavar="CSV",
        help="also write the headline figures per set as CSV (pandas) and as a Markdown table beside it",
    )
    parser.add_argument(
        "--agreement",
        nargs=2,
        type=Path,
        metavar=("FIRST", "SECOND"),
        help="score a second annotator's gold (SECOND/<id>.json) against the first's (FIRST/<id>.gold.json)",
    )
    args = parser.parse_args()
    if not (args.shared / "eval").is_dir():
        print(f"no eval/ under {args.shared}: scoring with scripts/scoring.py", file=sys.stderr)
    args.sets = args.sets or (["dev", "genre"] if (args.shared / "eval").is_dir() else IN_REPO_SETS)
    scorer = load_scorer(args.shared)
    if args.agreement:
        print(f"== agreement {args.agreement[1]} against {args.agreement[0]}")
        print(scorer.brief(agreement(scorer, *args.agreement)))
        return
    predict = predict_on_gold_text if args.gold_text else predict_with_batch
    results = {}
    for name in args.sets:
        gold_dir = gold_dir_of(name, args.shared)
        with tempfile.TemporaryDirectory() as tmp:
            pred_dir = predict(gold_dir, Path(tmp))
            result = scorer.score(gold_dir, pred_dir, per_doc=args.per_doc)
            good, total = clerk_rows(scorer, gold_dir, pred_dir)
            result |= title_figures(gold_dir, pred_dir)
        result["clerk_rows_acc"] = {"acc": round(good / total, 3) if total else None, "n": total}
        results[name] = result
        source = "gold text" if args.gold_text else "pipeline"
        print(f"== {name} ({source})")
        print(scorer.brief(result))
    if args.speed:
        print(measure_speed([gold_dir_of(name, args.shared) for name in args.sets]))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.table:
        write_table(results, args.table)


HEADLINES = {
    "text_cer": None,
    "tasks": "f1",
    "units_end_to_end": "f1",
    "deadlines_on_matched_tasks": "f1",
    "deadline_date_acc": "acc",
    "task_sectors_on_matched_tasks": "f1",
    "doc_sectors": "f1",
    "meta_date_acc": "acc",
    "doc_type_acc": "acc",
    "title_exact_acc": "acc",
    "title_similar_acc": "acc",
    "clerk_rows_acc": "acc",
}


def write_table(results: dict, path: Path) -> None:
    """One row per set, one column per headline figure: CSV for tools, Markdown for docs/."""
    import pandas

    rows = {
        name: {
            figure: (result[figure] if key is None else result[figure][key])
            for figure, key in HEADLINES.items()
            if figure in result  # title figures only where the gold states titles
        }
        | {"documents": result["documents"]}
        for name, result in results.items()
    }
    table = pandas.DataFrame.from_dict(rows, orient="index")
    table.index.name = "set"
    table.to_csv(path, float_format="%.3f")
    lines = ["| set | " + " | ".join(table.columns) + " |", "|---|" + "---:|" * len(table.columns)]
    for name, row in table.iterrows():
        cells = [
            "" if value is None or value != value else (str(int(value)) if column == "documents" else f"{value:.3f}")
            for column, value in row.items()
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    path.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
