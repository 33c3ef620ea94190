"""Normalizer speed beside jieba.lcut and OpenCC t2s, on the same texts in the same run.

    .venv/bin/python scripts/normalize_speed.py [DIR ...]

Texts: every *.txt under the given folders (default: corpora/clean and, when present,
../shared/eval/genre and ../shared/eval/dev). Resources are warmed up first; the figure that
matters is the ratio, which does not depend on the machine.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import jieba

from nlp_pipeline import resources
from nlp_pipeline.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [REPO / "corpora" / "clean", REPO.parent / "shared" / "eval" / "genre",
                REPO.parent / "shared" / "eval" / "dev"]


def chars_per_second(function, texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return sum(map(len, texts)) / best


def main() -> None:
    dirs = [Path(d) for d in sys.argv[1:]] or [d for d in DEFAULT_DIRS if d.is_dir()]
    groups = {d.name: [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))] for d in dirs}
    everything = [text for texts in groups.values() for text in texts]
    converter = resources.opencc_converter("t2s")
    for text in everything[:3]:   # warm-up: dictionaries, models, caches
        normalize(text), jieba.lcut(text), converter.convert(text)
    jieba_speed = chars_per_second(jieba.lcut, everything)
    opencc_speed = chars_per_second(converter.convert, everything)
    print(f"{'texts':<12}{'chars':>8}{'normalize c/s':>16}{'x jieba':>9}{'x opencc':>10}")
    for name, texts in list(groups.items()) + [("all", everything)]:
        speed = chars_per_second(normalize, texts)
        print(f"{name:<12}{sum(map(len, texts)):>8}{speed:>16,.0f}{speed / jieba_speed:>9.2f}"
              f"{speed / opencc_speed:>10.2f}")
    print(f"jieba.lcut {jieba_speed:,.0f} c/s, OpenCC t2s {opencc_speed:,.0f} c/s")


if __name__ == "__main__":
    main()
