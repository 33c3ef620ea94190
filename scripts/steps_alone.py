"""Run every normalization step alone, and the steps in their order, on every input the repository
holds, and list each step that raises: no step may raise on any text (a step that does costs the
document its repair; `normalize` goes on without it and names it in `failed_steps`).

    PYTHONPATH=. .venv/bin/python scripts/steps_alone.py [--skip SET ...] [--extra FOLDER ...]

Inputs: every document of every evaluation set (tests/extract/*, the shared folder's eval/*) read as the batch
reads it, and its gold text; corpora/*; the written web copies of tests/normalize/webcopies; the damage
benchmark's damaged copies of corpora/sample-src, every damage type at seeds 7, 11, 23 and 42; and
the documents of any `--extra` folder (the real pages). Each text is given to each step as it is
(alone) and to each step as normalize hands it on (in order), so a step sees both the raw input and
what the steps before it leave. Exit status 1 when any step raised.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import damage_benchmark  # noqa: E402  (the damaged copies are made exactly as the benchmark makes them)
from shared_folder import SHARED  # noqa: E402

from nlp_pipeline import resources  # noqa: E402
from nlp_pipeline.errors import PipelineError  # noqa: E402
from nlp_pipeline.normalize import STEPS, run_step  # noqa: E402
from nlp_pipeline.readers import read_document  # noqa: E402

SEEDS = (7, 11, 23, 42)
NOT_DOCUMENTS = {".json", ".md", ".csv", ".tsv", ".py"}


def documents_in(folder: Path) -> Iterator[tuple[str, str]]:
    """Each document of `folder` read as the batch reads it (a file the reader refuses is no text)."""
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix not in NOT_DOCUMENTS and not path.name.startswith("."):
            try:
                yield str(path.relative_to(folder.parent)), read_document(path).text
            except PipelineError:
                continue


def set_folders(skip: set[str]) -> list[Path]:
    folders = [*sorted((SHARED / "eval").glob("*")), *sorted((REPO / "tests" / "extract").glob("*"))]
    return [folder for folder in folders if folder.is_dir() and folder.name not in skip]


def inputs(skip: set[str], extra: list[Path]) -> Iterator[tuple[str, str]]:
    for folder in set_folders(skip):
        yield from documents_in(folder)
        for gold in sorted(folder.glob("*.gold.json")):
            yield f"{folder.name}/{gold.name}", json.loads(gold.read_text(encoding="utf-8"))["text"]
    for folder in [*sorted(p for p in (REPO / "corpora").iterdir() if p.is_dir()), *extra]:
        yield from documents_in(folder)
    webcopies = REPO / "tests" / "normalize" / "webcopies"
    if webcopies.is_dir():
        yield from documents_in(webcopies)
    clean = [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpora" / "sample-src").glob("*.txt"))]
    for seed in SEEDS:
        for name, damage_text in damage_benchmark.DAMAGE.items():
            rng = random.Random(seed)
            for k, text in enumerate(clean):
                yield f"damaged/{name}/seed{seed}/{k}", damage_text(text, rng)


def failures(text: str) -> Iterator[tuple[str, str, str]]:
    """(step, how it was fed, the traceback's last lines) for each step that raises on `text`: fed
    the text alone, and fed what the steps before it left where that differs."""
    facts: dict = {}
    chained = text
    for name in resources.normalize_step_order():
        feeds = [("alone", text)] + ([("in order", chained)] if chained != text else [])
        outputs = {}
        for fed, given in feeds:
            try:
                outputs[fed], _ = run_step(STEPS[name], given, facts)
            except Exception:  # noqa: BLE001  (the survey lists every error)
                yield name, fed, "".join(traceback.format_exc().strip().splitlines(keepends=True)[-3:])
                outputs[fed] = given
        chained = outputs[feeds[-1][0]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip", nargs="*", default=[], help="evaluation sets not to read (score-only sets)")
    parser.add_argument("--extra", nargs="*", type=Path, default=[], help="more folders of documents")
    args = parser.parse_args(argv)
    count = raised = 0
    for name, text in inputs(set(args.skip), args.extra):
        count += 1
        for step, fed, error in failures(text):
            raised += 1
            print(f"{name}\t{step}\t{fed}\t{error!r}", flush=True)
    print(f"{count} texts, {raised} step runs raised")
    return 1 if raised else 0


if __name__ == "__main__":
    raise SystemExit(main())
