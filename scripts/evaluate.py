#!/usr/bin/env python3
"""Score the pipeline on the evaluation sets (../shared/eval/dev and ../shared/eval/genre).

    .venv/bin/python scripts/evaluate.py                 # the real pipeline (batch: read, normalize, extract)
    .venv/bin/python scripts/evaluate.py --gold-text     # extraction alone, on the gold normalized text
    .venv/bin/python scripts/evaluate.py --per-doc --sets dev
    .venv/bin/python scripts/evaluate.py --speed         # extraction chars/s beside jieba.lcut

Prints one table of headline figures per set (eval/score.py's `brief` lines), with `--per-doc`
also each document's task F1.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("eval_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict_with_batch(gold_dir: Path, out: Path) -> Path:
    from nlp_pipeline.batch import run_batch

    run_batch(gold_dir, out, workers=1, progress=False)
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
        record = {"doc_id": doc_id, "text": gold["text"], "meta": asdict(extraction.meta),
                  "sectors": extraction.sectors, "tasks": [asdict(t) for t in extraction.tasks]}
        (docs / f"{doc_id}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return docs


def measure_speed(gold_dirs: list[Path], rounds: int = 3) -> str:
    """Full extraction throughput beside jieba.lcut on the same texts, in the same run."""
    import jieba

    from nlp_pipeline.extract import extract_fields

    texts = [json.loads(f.read_text(encoding="utf-8"))["text"]
             for d in gold_dirs for f in sorted(d.glob("*.gold.json"))]
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
    return (f"jieba.lcut {jieba_rate:,.0f} chars/s   extract_fields {extract_rate:,.0f} chars/s   "
            f"ratio {extract_rate / jieba_rate:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder holding eval/ (default ../shared)")
    parser.add_argument("--sets", nargs="+", default=["dev", "genre"])
    parser.add_argument("--gold-text", action="store_true", help="extract from the gold normalized text")
    parser.add_argument("--per-doc", action="store_true", help="also each document's task F1")
    parser.add_argument("--json", type=Path, help="write all scores here as JSON")
    parser.add_argument("--speed", action="store_true", help="also measure extraction speed against jieba")
    args = parser.parse_args()
    if not (args.shared / "eval").is_dir():
        sys.exit(f"no eval/ under {args.shared}: pass --shared")
    scorer = load_scorer(args.shared)
    predict = predict_on_gold_text if args.gold_text else predict_with_batch
    results = {}
    for name in args.sets:
        gold_dir = args.shared / "eval" / name
        with tempfile.TemporaryDirectory() as tmp:
            result = scorer.score(gold_dir, predict(gold_dir, Path(tmp)), per_doc=args.per_doc)
        results[name] = result
        source = "gold text" if args.gold_text else "pipeline"
        print(f"== {name} ({source})")
        print(scorer.brief(result))
    if args.speed:
        print(measure_speed([args.shared / "eval" / name for name in args.sets]))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
