"""One digest per document of the normalizer's output (text and change log), to prove that a speed
change altered no output: run it under two trees and compare the files.

    PYTHONPATH=/tmp/base .venv/bin/python scripts/normalize_fingerprint.py -o before.tsv
    PYTHONPATH=.        .venv/bin/python scripts/normalize_fingerprint.py -o after.tsv
    cmp before.tsv after.tsv

Documents: the benchmark's full mixed corpus (scripts/benchmark.py, read as the benchmark reads it)
and the text of every gold file of every evaluation set (../shared/eval/*, tests/extract/*). Each
line is `name<TAB>sha256` of the normalized text followed by every change's step, before, after and
offset, so a single differing byte anywhere shows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import benchmark  # noqa: E402  (the corpus is built exactly as the benchmark builds it)

from nlp_pipeline.normalize import normalize  # noqa: E402
from nlp_pipeline.readers import read_bytes  # noqa: E402

GOLD_FOLDERS = [*sorted((REPO.parent / "shared" / "eval").glob("*")), *sorted((REPO / "tests" / "extract").glob("*"))]


def documents() -> Iterator[tuple[str, str]]:
    samples = benchmark.sample_files(REPO / "corpora" / "sample")
    for item in benchmark.build_corpus(samples, benchmark.FULL_BYTES):
        yield f"corpus/{item.name}", read_bytes(item.data, item.name).text
    for folder in GOLD_FOLDERS:
        for gold in sorted(folder.glob("*.gold.json")):
            yield (
                f"{folder.parent.name}/{folder.name}/{gold.name}",
                json.loads(gold.read_text(encoding="utf-8"))["text"],
            )


def digest(text: str) -> str:
    result = normalize(text)
    parts = [
        result.text,
        result.source_script,
        *(f"{c.step}\0{c.before}\0{c.after}\0{c.offset}" for c in result.changes),
    ]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True, help="write the digests here")
    args = parser.parse_args(argv)
    lines = [f"{name}\t{digest(text)}\n" for name, text in documents()]
    args.output.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} documents -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
