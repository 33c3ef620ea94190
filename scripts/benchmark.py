"""Speed and memory of every stage, measured against jieba.lcut and OpenCC t2s in the same run.

    python scripts/benchmark.py [--quick] [--json PATH] [--samples DIR]

Builds a corpus (>= 5 MB of UTF-8 text; --quick: a small one) from the sample documents, each
copy lightly varied by a seeded function so that no two files are alike, and measures chars/s of
reading, of each normalization step, of the whole normalizer, of extraction and of the full
pipeline, beside jieba.lcut and OpenCC t2s on the same text. This machine may be shared and noisy,
so in-process stages are timed in CPU seconds of this process, each figure is the median of the
repetitions, and the headline figures are ratios to jieba.lcut taken within one repetition
(`*_ratio` in the JSON); the normalizer's target ratio times each document through jieba.lcut and
the normalizer in turn, so that both sides meet the same load (its block-timed ratio beside it).
Then the corpus goes as files through `nlp-pipeline batch` with 1 and 2 workers (wall time,
speed-up, peak RSS of every process), and the start-up of `nlp-pipeline --version` and of a
one-document `extract` is timed beside a clerk's small batch (the first 10 sample documents,
default workers). A Markdown table goes to stdout.

    python scripts/benchmark.py --crossover

measures instead, for 1 to 10 sample documents, the batch in one process against the worker pool:
the crossover that `nlp_pipeline.batch.POOL_MIN_JOBS` is set from.

    python scripts/benchmark.py --startup [--repetitions N]

measures only the start-up rows (`--version`, one-document `extract`, the clerk's small batch)
in a few minutes: the run to alternate between two checkouts (PYTHONPATH) when start-up changes.

    python scripts/benchmark.py --batch [--repetitions N]

measures only the batch of the full corpus, 1 and 2 workers in pairs (N pairs, default 3): every
run's wall and CPU seconds and load average, and the speed-up two free cores would give from CPU
seconds; the run to alternate between two checkouts when the batch changes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import select
import statistics
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpora" / "sample"
FULL_BYTES = 5 * 2**20
QUICK_BYTES = 256 * 2**10
SEED = 20240506
YEAR = re.compile(r"(20[0-2]\d)年")
SMALL_BATCH_DOCUMENTS = 10
# the written sets' inputs: documents that differ, where the corpus is copies of the samples (speed85)
WRITTEN_SETS = REPO / "tests" / "extract"
WATCH_INTERVAL_S = 0.1  # how often a running command's /proc figures are read
# Targets of issues 8 and 19, as (figure, comparison, bound).
TARGETS = {
    "normalize_vs_jieba_ratio": (">=", 3.0),
    "pipeline_vs_jieba_ratio": (">=", 0.5),
    "batch_2_workers_speedup_ratio": (">=", 1.8),
    "batch_2_workers_free_cores_speedup_ratio": (">=", 1.8),
    "startup_version_s": ("<=", 0.5),
    "startup_extract_s": ("<=", 1.0),
    "small_batch_vs_extract_ratio": ("<=", 1.5),
    "peak_rss_mb_per_worker": ("<=", 400.0),
}
# The batch with the pool switched on or off whatever the number of documents (--crossover).
BATCH_WITH_POOL_MIN_JOBS = """
import sys
import nlp_pipeline.batch as batch
from nlp_pipeline.cli import console_main
batch.POOL_MIN_JOBS = int(sys.argv.pop(1))
sys.exit(console_main())
"""
# `batch` exits 3 when some documents failed, having written everything else.
BATCH_PARTLY_FAILED = 3


@dataclass
class CorpusFile:
    name: str
    data: bytes


# --- the corpus -------------------------------------------------------------------------------


def sample_files(folder: Path) -> list[Path]:
    from nlp_pipeline.readers import SUFFIX_FORMATS

    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIX_FORMATS
        and p.suffix
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def vary(text: str, rng: random.Random) -> str:
    """A light, seeded variation of a document: two body lines swapped, years shifted."""
    lines = text.split("\n")
    if len(lines) > 3:
        i = rng.randrange(1, len(lines) - 2)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    shift = rng.randint(-4, 4)
    return YEAR.sub(lambda m: f"{int(m.group(1)) + shift}年", "\n".join(lines))


def distinct_documents(folder: Path = WRITTEN_SETS) -> list[str]:
    """The normalized text of every written set's input (`folder`/<set>/<id>.txt), each text once. The corpus's
    copies of the samples let the extraction's memos answer a later copy from an earlier one; these documents
    share no sentences, so their row times what an inbox of new documents costs (docs/benchmarks.md, speed85)."""
    from nlp_pipeline.normalize import normalize
    from nlp_pipeline.readers import read_document

    texts = dict.fromkeys(read_document(path).text for path in sorted(folder.glob("*/*.txt")))
    return [normalize(text).text for text in texts]


def _encoded(text: str, encoding: str | None) -> bytes:
    try:
        return text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return text.encode("utf-8")


def build_corpus(samples: list[Path], target_bytes: int, seed: int = SEED) -> list[CorpusFile]:
    """Copies of the samples until their text reaches `target_bytes` of UTF-8: text files varied and
    written back in their own encoding, other formats (html, docx, pdf) copied as they are."""
    from nlp_pipeline.errors import DocumentError
    from nlp_pipeline.readers import read_document

    readable = []
    for path in samples:
        try:
            readable.append((path, read_document(path)))
        except DocumentError:
            continue
    if not readable:
        raise SystemExit(f"none of the {len(samples)} sample files is a readable document")
    rng = random.Random(seed)
    corpus: list[CorpusFile] = []
    size = 0
    while size < target_bytes:
        for path, raw in readable:
            name = f"{len(corpus):05d}-{path.stem}{path.suffix}"
            if raw.format == "txt":
                text = vary(raw.text, rng)
                corpus.append(CorpusFile(name, _encoded(text, raw.encoding)))
            else:
                text = raw.text
                corpus.append(CorpusFile(name, path.read_bytes()))
            size += len(text.encode("utf-8"))
            if size >= target_bytes:
                break
    return corpus


# --- in-process stages --------------------------------------------------------------------------


def _cpu_seconds(function, items) -> tuple[float, list]:
    start = time.process_time()
    results = [function(item) for item in items]
    return time.process_time() - start, results


def alternated_cpu_seconds(first, second, items) -> tuple[float, float]:
    """CPU seconds of `first` and of `second` over `items`, each item through one and then the
    other: both sides timed under the same conditions (load, caches), where two blocks of several
    seconds each meet whatever the machine did at their own moment (docs/benchmarks.md, speed72)."""
    first_s = second_s = 0.0
    for item in items:
        start = time.process_time()
        first(item)
        middle = time.process_time()
        second(item)
        second_s += time.process_time() - middle
        first_s += middle - start
    return first_s, second_s


def measure_stages(corpus: list[CorpusFile], distinct: list[str] | None = None) -> dict[str, float]:
    """chars/s of every stage in one repetition; chars are those of the read (input) text. `distinct`: the
    normalized texts of the distinct documents (`distinct_documents`), whose extraction is timed beside the
    corpus's (left out by a caller that reads only the normalizer's figures)."""
    import jieba

    from nlp_pipeline import resources
    from nlp_pipeline.extract import extract_fields
    from nlp_pipeline.normalize import STEPS, normalize
    from nlp_pipeline.pipeline import process_raw
    from nlp_pipeline.readers import read_bytes

    read_s, raws = _cpu_seconds(lambda f: read_bytes(f.data, f.name), corpus)
    texts = [raw.text for raw in raws]
    chars = sum(len(t) for t in texts)
    figures = {"read_chars_per_s": chars / read_s}
    jieba_s, _ = _cpu_seconds(jieba.lcut, texts)
    figures["jieba_lcut_chars_per_s"] = chars / jieba_s
    opencc_s, _ = _cpu_seconds(resources.opencc_converter("t2s").convert, texts)
    figures["opencc_t2s_chars_per_s"] = chars / opencc_s
    step_seconds = dict.fromkeys(resources.normalize_step_order(), 0.0)
    step_chars = dict.fromkeys(step_seconds, 0)
    for text in texts:  # each step on its real input: the output of the steps before it
        for name in step_seconds:
            step_chars[name] += len(text)
            start = time.process_time()
            text, _ = STEPS[name](text)
            step_seconds[name] += time.process_time() - start
    for name, seconds in step_seconds.items():
        figures[f"step_{name}_chars_per_s"] = step_chars[name] / max(seconds, 1e-9)
    normalize_s, normalized = _cpu_seconds(normalize, texts)
    figures["normalize_chars_per_s"] = chars / normalize_s
    extract_s, _ = _cpu_seconds(lambda n: extract_fields(n.text), normalized)
    figures["extract_chars_per_s"] = chars / extract_s
    if distinct:
        distinct_s, _ = _cpu_seconds(extract_fields, distinct)
        figures["extract_distinct_chars_per_s"] = sum(map(len, distinct)) / distinct_s
    pipeline_s, _ = _cpu_seconds(lambda f: process_raw(read_bytes(f.data, f.name)), corpus)
    figures["pipeline_chars_per_s"] = chars / pipeline_s
    for key in list(figures):
        if key != "jieba_lcut_chars_per_s":
            figures[key.replace("_chars_per_s", "_vs_jieba_ratio")] = figures[key] / figures["jieba_lcut_chars_per_s"]
    # the target's ratio: each document through jieba and the normalizer in turn (both warm by now);
    # the blocks above stay as the normalizer's block-timed row beside it
    jieba_turn_s, normalize_turn_s = alternated_cpu_seconds(jieba.lcut, normalize, texts)
    figures["normalize_in_blocks_vs_jieba_ratio"] = figures["normalize_vs_jieba_ratio"]
    figures["normalize_in_turn_chars_per_s"] = chars / normalize_turn_s
    figures["jieba_lcut_in_turn_chars_per_s"] = chars / jieba_turn_s
    figures["normalize_vs_jieba_ratio"] = jieba_turn_s / normalize_turn_s
    return figures


def warm_up(corpus: list[CorpusFile], samples: int) -> None:
    """Load every dictionary and model once (the stages load theirs lazily, some only for the
    damage they repair), so that no repetition pays for it: one copy of every sample goes through."""
    import logging

    import jieba

    from nlp_pipeline import resources
    from nlp_pipeline.pipeline import process_raw
    from nlp_pipeline.readers import read_bytes

    jieba.setLogLevel(logging.WARNING)
    for item in corpus[:samples]:
        raw = read_bytes(item.data, item.name)
        jieba.lcut(raw.text)
        resources.opencc_converter("t2s").convert(raw.text)
        process_raw(raw)


# --- commands: batch, start-up, memory ------------------------------------------------------------


def _command() -> list[str]:
    script = Path(sys.executable).with_name("nlp-pipeline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "nlp_pipeline.cli"]


def _proc_status(pid: int) -> tuple[int | None, float | None]:
    """(peak RSS in KB, CPU seconds so far) of a running process, from /proc (Linux), or Nones."""
    try:
        peak = next(
            int(line.split()[1])
            for line in Path(f"/proc/{pid}/status").read_text().splitlines()
            if line.startswith("VmHWM:")
        )
        utime, stime = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[11:13]
    except (OSError, StopIteration, ValueError):
        return None, None
    return peak, (int(utime) + int(stime)) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@dataclass
class Watched:
    seconds: float  # wall
    cpu_s: float  # user + system CPU of the command and every process it started, exact (getrusage)
    peak_kb: int | None  # peak RSS of the command's own process
    children_peak_kb: list[int]  # of each process it started
    children_cpu_s: float  # of the processes it started, as last seen while they ran (a little low)


def _children_cpu_s() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def command_environment() -> dict[str, str]:
    """The environment the timed commands run in: this one, with bytecode written. A shell with
    PYTHONDONTWRITEBYTECODE set (as some development and CI shells are) would make every command
    compile the package's modules again at each start, which an installed copy never does after
    its first run: 0.1 s of CPU of a one-document `extract` (docs/benchmarks.md, speed66)."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _ending(process: subprocess.Popen) -> Callable[[float], None]:
    """A wait of at most `seconds` that returns as soon as `process` ends, without reaping it: a
    fixed sleep between looks at /proc put up to a whole interval (0.1 s, a tenth of a one-document
    `extract`) on every wall time measured. Linux's pidfd says when the process ends; elsewhere
    Popen's own wait, which looks every few milliseconds."""
    try:
        descriptor = os.pidfd_open(process.pid)
    except (AttributeError, OSError):

        def looked(seconds: float) -> None:
            try:
                process.wait(timeout=seconds)
            except subprocess.TimeoutExpired:
                pass

        return looked
    watcher = select.poll()
    watcher.register(descriptor, select.POLLIN)

    def ready(seconds: float) -> None:
        watcher.poll(seconds * 1000)

    weakref.finalize(process, os.close, descriptor)
    return ready


def run_watched(argv: list[str], ok_codes: tuple[int, ...] = (0,)) -> Watched:
    """Run a command and watch it: wall and CPU seconds, and on Linux the peak RSS and CPU of its own
    process and of each child process, read from /proc while it runs (the RSS high-water mark
    survives until the process ends; a child's CPU is the last figure seen, up to 0.1 s old)."""
    cpu, start = _children_cpu_s(), time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=command_environment())
    own: int | None = None
    children: dict[int, tuple[int, float]] = {}
    ended = _ending(process)
    while process.poll() is None:
        own = _proc_status(process.pid)[0] or own
        for child in _children(process.pid):
            peak, child_cpu = _proc_status(child)
            if peak is not None and child_cpu is not None:
                children[child] = (peak, child_cpu)
        ended(WATCH_INTERVAL_S)
    seconds = time.perf_counter() - start
    if process.returncode not in ok_codes:
        _, errors = process.communicate()
        raise SystemExit(f"{' '.join(argv)} failed: {errors.decode(errors='replace')}")
    return Watched(
        seconds,
        _children_cpu_s() - cpu,
        own,
        [peak for peak, _ in children.values() if peak],
        sum(child_cpu for _, child_cpu in children.values()),
    )


def free_cores_speedup(one_worker_cpu_s: float, two_workers_cpu_s: float, workers_cpu_s: float) -> float:
    """The speed-up of 2 workers over 1 that two free cores would give, from CPU seconds, which a
    shared machine hardly changes. On free cores one worker's wall is its CPU time; with two, the
    workers' CPU splits over the two cores and all the coordinator does (start, plan, warm-up,
    taking in the results, the finish) is counted as serial. Counting the coordinator's work
    beside the jobs as serial, and the workers' CPU as last seen (a little low), both make the
    figure a lower bound, as long as the two workers get even shares of the documents."""
    coordinator_cpu_s = two_workers_cpu_s - workers_cpu_s
    return one_worker_cpu_s / (coordinator_cpu_s + workers_cpu_s / 2)


def measure_batch(inbox: Path, workdir: Path, repetitions: int) -> dict:
    """`nlp-pipeline batch` over the corpus with 1 and 2 workers, interleaved: every run's wall and
    CPU seconds and load average, and the medians. CPU per wall second says how much of the
    cores a run got (1.0: a core of its own all the time)."""
    runs: list[dict] = []
    for rep in range(repetitions):
        for workers in (1, 2):
            load = os.getloadavg()[0]
            watched = run_watched(
                _command()
                + ["batch", str(inbox), "-o", str(workdir / f"out-{workers}-{rep}"), "--workers", str(workers)],
                ok_codes=(0, BATCH_PARTLY_FAILED),
            )
            runs.append(
                {
                    "repetition": rep + 1,
                    "workers": workers,
                    "wall_s": watched.seconds,
                    "cpu_s": watched.cpu_s,
                    "workers_cpu_s": watched.children_cpu_s,
                    "cpu_per_wall": watched.cpu_s / watched.seconds,
                    "load_average": load,
                    "peak_rss_mb": (watched.peak_kb or 0) / 1024,
                    "peak_rss_mb_per_worker": max(watched.children_peak_kb, default=0) / 1024,
                }
            )
    one = [run for run in runs if run["workers"] == 1]
    two = [run for run in runs if run["workers"] == 2]
    figures: dict = {
        "batch_runs": runs,
        "batch_1_worker_s": statistics.median(run["wall_s"] for run in one),
        "batch_2_workers_s": statistics.median(run["wall_s"] for run in two),
        "batch_2_workers_speedup_ratio": statistics.median(
            a["wall_s"] / b["wall_s"] for a, b in zip(one, two, strict=True)
        ),
        "batch_1_worker_cpu_s": statistics.median(run["cpu_s"] for run in one),
        "batch_2_workers_cpu_s": statistics.median(run["cpu_s"] for run in two),
        "batch_2_workers_workers_cpu_s": statistics.median(run["workers_cpu_s"] for run in two),
        "batch_2_workers_free_cores_speedup_ratio": statistics.median(
            free_cores_speedup(a["cpu_s"], b["cpu_s"], b["workers_cpu_s"]) for a, b in zip(one, two, strict=True)
        ),
    }
    summary = json.loads((workdir / "out-1-0" / "summary.json").read_text(encoding="utf-8"))
    figures["batch_documents"] = summary["documents"]
    figures["batch_failed"] = summary["failed"]
    figures["batch_1_worker_chars_per_s"] = summary["characters"] / figures["batch_1_worker_s"]
    figures["batch_2_workers_chars_per_s"] = summary["characters"] / figures["batch_2_workers_s"]
    figures["peak_rss_mb_single_process"] = max(run["peak_rss_mb"] for run in one)
    figures["peak_rss_mb_coordinator"] = max(run["peak_rss_mb"] for run in two)
    figures["peak_rss_mb_per_worker"] = max(run["peak_rss_mb_per_worker"] for run in two)
    return figures


def measure_batch_phases(inbox: Path, workdir: Path) -> dict[str, float]:
    """Where batch time goes: the document jobs with the checklist rows streamed as results arrive
    (workers forked from this warm process), and what is left when the last document is done (the
    workbook's unit sheets, writing the files, the summary)."""
    import resource

    from nlp_pipeline.batch import ChecklistStream, finish_batch, plan_batch, prepare_output, run_local

    figures = {}
    for workers in (1, 2):
        plan = plan_batch(inbox, workdir / f"phases-{workers}")
        prepare_output(plan)
        stream = ChecklistStream(plan)
        start, cpu, children = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
        results = run_local(plan.jobs, workers, progress=False, on_result=stream.offer)
        figures[f"batch_jobs_{workers}_workers_s"] = time.perf_counter() - start
        # CPU seconds of this process (the coordinator) and of its workers while the jobs ran
        figures[f"batch_jobs_{workers}_workers_coordinator_cpu_s"] = time.process_time() - cpu
        ended = resource.getrusage(resource.RUSAGE_CHILDREN)
        figures[f"batch_jobs_{workers}_workers_workers_cpu_s"] = (ended.ru_utime + ended.ru_stime) - (
            children.ru_utime + children.ru_stime
        )
        start, cpu = time.perf_counter(), time.process_time()
        finish_batch(plan, results, 1.0, workers, stream)
        figures[f"batch_finish_{workers}_workers_s"] = time.perf_counter() - start
        figures[f"batch_finish_{workers}_workers_cpu_s"] = time.process_time() - cpu
    figures["batch_finish_s"] = statistics.mean(figures[f"batch_finish_{w}_workers_s"] for w in (1, 2))
    figures["batch_finish_cpu_s"] = statistics.mean(figures[f"batch_finish_{w}_workers_cpu_s"] for w in (1, 2))
    figures["batch_jobs_2_workers_speedup_ratio"] = (
        figures["batch_jobs_1_workers_s"] / figures["batch_jobs_2_workers_s"]
    )
    # one worker runs the jobs in this process: its CPU is the coordinator's
    figures["batch_jobs_2_workers_free_cores_speedup_ratio"] = free_cores_speedup(
        figures["batch_jobs_1_workers_coordinator_cpu_s"],
        figures["batch_jobs_2_workers_coordinator_cpu_s"] + figures["batch_jobs_2_workers_workers_cpu_s"],
        figures["batch_jobs_2_workers_workers_cpu_s"],
    )
    return figures


def corpus_inbox(corpus: list[CorpusFile], workdir: Path) -> Path:
    """The corpus's documents written as files into `workdir`/inbox, the folder a batch reads."""
    inbox = workdir / "inbox"
    inbox.mkdir()
    for item in corpus:
        (inbox / item.name).write_bytes(item.data)
    return inbox


def small_inbox(samples: Path, folder: Path, documents: int = SMALL_BATCH_DOCUMENTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sample_files(samples)[:documents]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def measure_startup(document: Path, small_batch: Path, workdir: Path, repetitions: int) -> dict[str, float]:
    """Start-up of `--version` and of a one-document `extract`, and a clerk's small batch (default
    workers) beside that `extract`, interleaved so that both see the same machine. One `extract`
    runs first untimed: it writes what a user's copy holds after its first run (bytecode, the
    regex and rule caches of `user_cache`), so that no timed run pays for them."""
    run_watched(_command() + ["extract", str(document)])
    version = [run_watched(_command() + ["--version"]).seconds for _ in range(repetitions)]
    extract: list[Watched] = []
    batch: list[Watched] = []
    for rep in range(repetitions):
        extract.append(run_watched(_command() + ["extract", str(document)]))
        batch.append(
            run_watched(
                _command() + ["batch", str(small_batch), "-o", str(workdir / f"small-{rep}")],
                ok_codes=(0, BATCH_PARTLY_FAILED),
            )
        )
    return {
        "startup_version_s": statistics.median(version),
        "startup_extract_s": statistics.median(run.seconds for run in extract),
        "startup_extract_fastest_s": min(run.seconds for run in extract),
        "startup_extract_cpu_s": statistics.median(run.cpu_s for run in extract),
        "small_batch_s": statistics.median(run.seconds for run in batch),
        "small_batch_cpu_s": statistics.median(run.cpu_s for run in batch),
        "small_batch_documents": len(list(small_batch.iterdir())),
        "small_batch_vs_extract_ratio": statistics.median(
            b.seconds / e.seconds for b, e in zip(batch, extract, strict=True)
        ),
    }


def startup_report(samples: Path, repetitions: int) -> str:
    """The start-up rows alone, with the load they were measured under and CPU seconds beside wall."""
    import nlp_pipeline  # which checkout PYTHONPATH chose

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="nlp-pipeline-startup-") as workdir:
        small = small_inbox(samples, Path(workdir) / "small")
        figures = measure_startup(samples / "notice-fireworks.utf8.txt", small, Path(workdir), repetitions)
    return (
        f"{os.cpu_count()} CPUs, load average {load:.1f} → {os.getloadavg()[0]:.1f}; {repetitions} runs each, "
        f"nlp_pipeline from {nlp_pipeline.__path__[0]}\n"
        f"--version median {figures['startup_version_s']:.2f} s; extract median {figures['startup_extract_s']:.2f} s, "
        f"fastest {figures['startup_extract_fastest_s']:.2f} s, CPU median {figures['startup_extract_cpu_s']:.2f} s; "
        f"{figures['small_batch_documents']}-document batch median {figures['small_batch_s']:.2f} s "
        f"(CPU {figures['small_batch_cpu_s']:.2f} s); batch / extract {figures['small_batch_vs_extract_ratio']:.2f}"
    )


def batch_runs_table(runs: list[dict]) -> list[str]:
    """Every batch run over the corpus, in the order run."""
    return [
        "| run | workers | wall | CPU | workers' CPU | CPU / wall | load average at start |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {run['repetition']} | {run['workers']} | {run['wall_s']:.1f} s | {run['cpu_s']:.1f} s | "
            f"{run['workers_cpu_s']:.1f} s | {run['cpu_per_wall']:.2f} | {run['load_average']:.1f} |"
            for run in runs
        ),
    ]


def batch_report(samples: Path, pairs: int) -> tuple[str, dict]:
    """The corpus batch rows alone (1 and 2 workers, `pairs` pairs), with the load they ran under."""
    import nlp_pipeline  # which checkout PYTHONPATH chose

    corpus = build_corpus(sample_files(samples), FULL_BYTES)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="nlp-pipeline-batch-") as workdir:
        figures = measure_batch(corpus_inbox(corpus, Path(workdir)), Path(workdir), pairs)
    lines = [
        f"{os.cpu_count()} CPUs, load average {load:.1f} → {os.getloadavg()[0]:.1f}; {len(corpus)} documents, "
        f"{pairs} pairs; nlp_pipeline from {nlp_pipeline.__path__[0]}",
        f"batch 1 worker median {figures['batch_1_worker_s']:.2f} s (CPU {figures['batch_1_worker_cpu_s']:.2f} s); "
        f"2 workers median {figures['batch_2_workers_s']:.2f} s (CPU {figures['batch_2_workers_cpu_s']:.2f} s, "
        f"workers {figures['batch_2_workers_workers_cpu_s']:.2f} s); speed-up {figures['batch_2_workers_speedup_ratio']:.2f}×, "
        f"two free cores (from CPU seconds, a lower bound) {figures['batch_2_workers_free_cores_speedup_ratio']:.2f}×",
        "",
        *batch_runs_table(figures["batch_runs"]),
    ]
    return "\n".join(lines), figures


def measure_crossover(samples: Path, workdir: Path, repetitions: int, most: int = SMALL_BATCH_DOCUMENTS) -> list[dict]:
    """Batch wall time for 1..`most` sample documents in one process and with the worker pool
    (default workers), interleaved. On a shared machine other work only ever slows a run, so the
    fastest of the repetitions is the figure; the ratio is of those fastest runs."""
    rows = []
    for documents in range(1, most + 1):
        inbox = small_inbox(samples, workdir / f"crossover-{documents}", documents)
        seconds: dict[str, list[float]] = {"one_process": [], "pool": []}
        for rep in range(repetitions):
            for mode, pool_min_jobs in (("one_process", 10**9), ("pool", 1)):
                out = workdir / f"crossover-{documents}-{mode}-{rep}"
                seconds[mode].append(
                    run_watched(
                        [
                            sys.executable,
                            "-c",
                            BATCH_WITH_POOL_MIN_JOBS,
                            str(pool_min_jobs),
                            "batch",
                            str(inbox),
                            "-o",
                            str(out),
                        ],
                        ok_codes=(0, BATCH_PARTLY_FAILED),
                    ).seconds
                )
        fastest = {mode: min(runs) for mode, runs in seconds.items()}
        rows.append(
            {
                "documents": documents,
                "one_process_s": fastest["one_process"],
                "pool_s": fastest["pool"],
                "pool_vs_one_process_ratio": fastest["pool"] / fastest["one_process"],
            }
        )
    return rows


# --- report -----------------------------------------------------------------------------------------


def target_note(key: str, value: float) -> str:
    if key not in TARGETS:
        return ""
    comparison, bound = TARGETS[key]
    met = value >= bound if comparison == ">=" else value <= bound
    return f"{comparison} {bound:g}: {'met' if met else 'MISSED'}"


def markdown(figures: dict) -> str:
    stages = [
        ("reading", "read"),
        *[
            (f"· normalize step `{key[5:-12]}`", key[:-12])
            for key in figures
            if key.startswith("step_") and key.endswith("_chars_per_s")
        ],
        ("normalizer (all steps)", "normalize"),
        ("extraction", "extract"),
        (f"· extraction of {figures['distinct_documents']} distinct documents (the written sets)", "extract_distinct"),
        ("full pipeline (read + normalize + extract)", "pipeline"),
        ("OpenCC t2s", "opencc_t2s"),
    ]
    lines = [
        f"Corpus: {figures['documents']} documents, {figures['corpus_chars']:,} characters "
        f"({figures['corpus_bytes'] / 2**20:.1f} MB UTF-8); median of {figures['repetitions']} repetitions; "
        f"load average {figures['load_average_start']:.1f} → {figures['load_average_end']:.1f} "
        f"on {os.cpu_count()} CPUs.",
        "",
        "| stage | chars/s | × jieba.lcut | target |",
        "|---|---:|---:|---|",
        f"| jieba.lcut (reference) | {figures['jieba_lcut_chars_per_s']:,.0f} | 1.00 | |",
    ]
    for label, key in stages:
        ratio_key = f"{key}_vs_jieba_ratio"
        if key == "normalize":  # the target's ratio is timed in turn with jieba (`alternated_cpu_seconds`)
            lines.append(
                f"| normalizer (all steps), timed in blocks | {figures['normalize_chars_per_s']:,.0f} | "
                f"{figures['normalize_in_blocks_vs_jieba_ratio']:.2f} | |"
            )
            label = (
                f"normalizer, each document in turn with jieba.lcut ({figures['jieba_lcut_in_turn_chars_per_s']:,.0f})"
            )
            key = "normalize_in_turn"
        lines.append(
            f"| {label} | {figures[key + '_chars_per_s']:,.0f} | {figures[ratio_key]:.2f} | "
            f"{target_note(ratio_key, figures[ratio_key])} |"
        )
    rows = [
        (
            "batch, 1 worker",
            f"{figures['batch_1_worker_s']:.1f} s " f"({figures['batch_1_worker_chars_per_s']:,.0f} chars/s)",
            "",
        ),
        (
            "batch, 2 workers",
            f"{figures['batch_2_workers_s']:.1f} s " f"({figures['batch_2_workers_chars_per_s']:,.0f} chars/s)",
            "",
        ),
        (
            "batch speed-up, 2 workers",
            f"{figures['batch_2_workers_speedup_ratio']:.2f}×",
            "batch_2_workers_speedup_ratio",
        ),
        (
            "· CPU seconds, 1 worker / 2 workers (coordinator and workers together)",
            f"{figures['batch_1_worker_cpu_s']:.1f} s / {figures['batch_2_workers_cpu_s']:.1f} s",
            "",
        ),
        (
            "· speed-up two free cores would give (from CPU seconds, a lower bound)",
            f"{figures['batch_2_workers_free_cores_speedup_ratio']:.2f}×",
            "batch_2_workers_free_cores_speedup_ratio",
        ),
        (
            "· document jobs alone, 1 → 2 workers",
            f"{figures['batch_jobs_1_workers_s']:.1f} s → "
            f"{figures['batch_jobs_2_workers_s']:.1f} s ({figures['batch_jobs_2_workers_speedup_ratio']:.2f}×)",
            "",
        ),
        (
            "· document jobs alone, speed-up two free cores would give",
            f"{figures['batch_jobs_2_workers_free_cores_speedup_ratio']:.2f}×",
            "",
        ),
        (
            "· CPU while the jobs ran, 2 workers: coordinator / workers",
            f"{figures['batch_jobs_2_workers_coordinator_cpu_s']:.1f} s / "
            f"{figures['batch_jobs_2_workers_workers_cpu_s']:.1f} s",
            "",
        ),
        (
            "· left after the last document (saving the workbook, the files, the summary)",
            f"{figures['batch_finish_s']:.2f} s ({figures['batch_finish_cpu_s']:.2f} s CPU)",
            "",
        ),
        ("start-up: `nlp-pipeline --version`", f"{figures['startup_version_s']:.2f} s", "startup_version_s"),
        ("start-up: one-document `extract`", f"{figures['startup_extract_s']:.2f} s", "startup_extract_s"),
        (
            "· fastest run / CPU seconds (median)",
            f"{figures['startup_extract_fastest_s']:.2f} s / {figures['startup_extract_cpu_s']:.2f} s",
            "",
        ),
        (
            f"batch of {figures['small_batch_documents']} sample documents (default workers)",
            f"{figures['small_batch_s']:.2f} s",
            "",
        ),
        (
            "· small batch / one-document `extract`",
            f"{figures['small_batch_vs_extract_ratio']:.2f}×",
            "small_batch_vs_extract_ratio",
        ),
        ("peak RSS per worker (2 workers)", f"{figures['peak_rss_mb_per_worker']:.0f} MB", "peak_rss_mb_per_worker"),
        ("peak RSS, batch coordinator (2 workers)", f"{figures['peak_rss_mb_coordinator']:.0f} MB", ""),
        ("peak RSS, batch in one process", f"{figures['peak_rss_mb_single_process']:.0f} MB", ""),
    ]
    lines += [
        "",
        f"Batch over the corpus as {figures['batch_documents']} files " f"({figures['batch_failed']} failed):",
        "",
        "| measure | value | target |",
        "|---|---:|---|",
    ]
    lines += [f"| {label} | {value} | {target_note(key, figures[key]) if key else ''} |" for label, value, key in rows]
    lines += ["", "Every batch run over the corpus, in the order run:", "", *batch_runs_table(figures["batch_runs"])]
    return "\n".join(lines)


def run(quick: bool, samples: Path) -> dict:
    repetitions = 3
    files = sample_files(samples)
    corpus = build_corpus(files, QUICK_BYTES if quick else FULL_BYTES)
    figures: dict = {
        "quick": quick,
        "repetitions": repetitions,
        "documents": len(corpus),
        "sample_documents": len(files),
        "load_average_start": os.getloadavg()[0],
    }
    distinct = distinct_documents()
    figures["distinct_documents"] = len(distinct)
    warm_up(corpus, len(files))
    reps = [measure_stages(corpus, distinct) for _ in range(repetitions)]
    for key in reps[0]:
        figures[key] = statistics.median(rep[key] for rep in reps)
    with tempfile.TemporaryDirectory(prefix="nlp-pipeline-benchmark-") as workdir:
        inbox = corpus_inbox(corpus, Path(workdir))
        from nlp_pipeline.readers import read_document

        texts = [read_document(inbox / item.name).text for item in corpus]
        figures["corpus_chars"] = sum(len(t) for t in texts)
        figures["corpus_bytes"] = sum(len(t.encode("utf-8")) for t in texts)
        figures.update(measure_batch(inbox, Path(workdir), 1 if quick else repetitions))
        figures.update(measure_batch_phases(inbox, Path(workdir)))
        small = small_inbox(samples, Path(workdir) / "small")
        figures.update(measure_startup(inbox / corpus[0].name, small, Path(workdir), repetitions))
    figures["load_average_end"] = os.getloadavg()[0]
    figures["targets_missed"] = [key for key in TARGETS if "MISSED" in target_note(key, figures[key])]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small corpus and one batch run (about 30 s)")
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--samples", type=Path, default=SAMPLES, help=f"sample documents (default {SAMPLES})")
    parser.add_argument(
        "--crossover",
        action="store_true",
        help="only the batch of 1-10 documents in one process against the worker pool",
    )
    parser.add_argument(
        "--startup", action="store_true", help="only the start-up rows: --version, extract, a small batch"
    )
    parser.add_argument(
        "--batch", action="store_true", help="only the corpus batch, 1 and 2 workers in pairs (--repetitions pairs)"
    )
    parser.add_argument(
        "--repetitions",
        type=int,
        help="runs of each command with --startup (default 7); pairs of batch runs with --batch (default 3)",
    )
    args = parser.parse_args(argv)
    if args.startup:
        print(startup_report(args.samples, args.repetitions or 7))
        return 0
    if args.batch:
        report, figures = batch_report(args.samples, args.repetitions or 3)
        print(report)
        if args.json:
            args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.crossover:
        with tempfile.TemporaryDirectory(prefix="nlp-pipeline-crossover-") as workdir:
            load = os.getloadavg()[0]
            rows = measure_crossover(args.samples, Path(workdir), 7)
        print(f"{os.cpu_count()} CPUs, load average {load:.1f} → {os.getloadavg()[0]:.1f}; fastest of 7 runs each\n")
        print("| documents | one process | worker pool | pool / one process |\n|---:|---:|---:|---:|")
        for row in rows:
            print(
                f"| {row['documents']} | {row['one_process_s']:.2f} s | {row['pool_s']:.2f} s | "
                f"{row['pool_vs_one_process_ratio']:.2f} |"
            )
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
        return 0
    figures = run(args.quick, args.samples)
    print(markdown(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
