"""Normalizer speed beside jieba.lcut and OpenCC t2s, on the same texts in the same run.

    .venv/bin/python scripts/normalize_speed.py [DIR ...]
    .venv/bin/python scripts/normalize_speed.py --mixed [--full]

Texts: every *.txt under the given folders (default: corpora/clean and, when present,
../shared/eval/genre and ../shared/eval/dev). Resources are warmed up first; the figure that
matters is the ratio, which does not depend on the machine.

`--mixed`: the benchmark's mixed corpus instead (scripts/benchmark.py: varied copies of every
sample document, damaged ones included; the quick size unless --full), timed as the benchmark
times it — CPU seconds, the median of three repetitions — with each step's own ratio, so that the
step that costs most is named.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import jieba

from nlp_pipeline import resources
from nlp_pipeline.normalize import normalize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_folder import SHARED  # scripts/shared_folder.py: $NLP_PIPELINE_SHARED or ../shared

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [
    REPO / "corpora" / "clean",
    SHARED / "eval" / "genre",
    SHARED / "eval" / "dev",
]


def chars_per_second(function, texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return sum(map(len, texts)) / best


def by_folder(dirs: list[Path]) -> None:
    groups = {d.name: [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))] for d in dirs}
    everything = [text for texts in groups.values() for text in texts]
    converter = resources.opencc_converter("t2s")
    for text in everything[:3]:  # warm-up: dictionaries, models, caches
        normalize(text), jieba.lcut(text), converter.convert(text)
    jieba_speed = chars_per_second(jieba.lcut, everything)
    opencc_speed = chars_per_second(converter.convert, everything)
    print(f"{'texts':<12}{'chars':>8}{'normalize c/s':>16}{'x jieba':>9}{'x opencc':>10}")
    for name, texts in list(groups.items()) + [("all", everything)]:
        speed = chars_per_second(normalize, texts)
        print(
            f"{name:<12}{sum(map(len, texts)):>8}{speed:>16,.0f}{speed / jieba_speed:>9.2f}"
            f"{speed / opencc_speed:>10.2f}"
        )
    print(f"jieba.lcut {jieba_speed:,.0f} c/s, OpenCC t2s {opencc_speed:,.0f} c/s")


def mixed(full: bool) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    import benchmark  # scripts/benchmark.py, beside this script

    files = benchmark.sample_files(benchmark.SAMPLES)
    corpus = benchmark.build_corpus(files, benchmark.FULL_BYTES if full else benchmark.QUICK_BYTES)
    benchmark.warm_up(corpus, len(files))
    reps = [benchmark.measure_stages(corpus) for _ in range(3)]
    ratios = {key: statistics.median(rep[key] for rep in reps) for key in reps[0] if key.endswith("_vs_jieba_ratio")}
    print(f"{len(corpus)} documents; ratios to jieba.lcut (median of 3, CPU time)")
    for key in ["normalize_vs_jieba_ratio"] + [k for k in ratios if k.startswith("step_")]:
        print(f"  {key.removesuffix('_vs_jieba_ratio'):<32}{ratios[key]:>8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--mixed", action="store_true", help="the benchmark's mixed corpus, step by step")
    parser.add_argument("--full", action="store_true", help="with --mixed: the full 5 MB corpus")
    args = parser.parse_args()
    if args.mixed:
        mixed(args.full)
    else:
        by_folder(args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()])


if __name__ == "__main__":
    main()
