"""Speed and memory of every stage, measured against jieba.lcut and OpenCC t2s in the same run.

    python scripts/benchmark.py [--quick] [--json PATH] [--samples DIR]

Builds a corpus (>= 5 MB of UTF-8 text; --quick: a small one) from the sample documents, each
copy lightly varied by a seeded function so that no two files are alike, and measures chars/s of
reading, of each normalization step, of the whole normalizer, of extraction and of the full
pipeline, beside jieba.lcut and OpenCC t2s on the same text. This machine may be shared and noisy,
so in-process stages are timed in CPU seconds of this process, each figure is the median of the
repetitions, and the headline figures are ratios to jieba.lcut taken within one repetition
(`*_ratio` in the JSON). Then the corpus goes as files through `nlp-pipeline batch` with 1 and 2
workers (wall time, speed-up, peak RSS of every process), and the start-up of `nlp-pipeline
--version` and of a one-document `extract` is timed. A Markdown table goes to stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpora" / "sample"
FULL_BYTES = 5 * 2**20
QUICK_BYTES = 256 * 2**10
SEED = 20240506
YEAR = re.compile(r"(20[0-2]\d)年")
# Targets of issue 8, as (figure, comparison, bound).
TARGETS = {
    "normalize_vs_jieba_ratio": (">=", 3.0),
    "pipeline_vs_jieba_ratio": (">=", 0.5),
    "batch_2_workers_speedup_ratio": (">=", 1.8),
    "startup_version_s": ("<=", 1.5),
    "startup_extract_s": ("<=", 1.5),
    "peak_rss_mb_per_worker": ("<=", 400.0),
}


@dataclass
class CorpusFile:
    name: str
    data: bytes


# --- the corpus -------------------------------------------------------------------------------

def sample_files(folder: Path) -> list[Path]:
    from nlp_pipeline.readers import SUFFIX_FORMATS

    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIX_FORMATS
                  and p.suffix and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def vary(text: str, rng: random.Random) -> str:
    """A light, seeded variation of a document: two body lines swapped, years shifted."""
    lines = text.split("\n")
    if len(lines) > 3:
        i = rng.randrange(1, len(lines) - 2)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    shift = rng.randint(-4, 4)
    return YEAR.sub(lambda m: f"{int(m.group(1)) + shift}年", "\n".join(lines))


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


def measure_stages(corpus: list[CorpusFile]) -> dict[str, float]:
    """chars/s of every stage in one repetition; chars are those of the read (input) text."""
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
    pipeline_s, _ = _cpu_seconds(lambda f: process_raw(read_bytes(f.data, f.name)), corpus)
    figures["pipeline_chars_per_s"] = chars / pipeline_s
    for key in list(figures):
        if key != "jieba_lcut_chars_per_s":
            figures[key.replace("_chars_per_s", "_vs_jieba_ratio")] = figures[key] / figures["jieba_lcut_chars_per_s"]
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


def _peak_rss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


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


def run_watched(argv: list[str]) -> tuple[float, int | None, list[int]]:
    """Wall seconds of a command, the peak RSS (KB) of its own process and of each child process
    (on Linux, read from /proc while it runs: the high-water mark survives until the process ends)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    own, children = None, {}
    while process.poll() is None:
        own = _peak_rss_kb(process.pid) or own
        for child in _children(process.pid):
            children[child] = _peak_rss_kb(child) or children.get(child, 0)
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"{' '.join(argv)} failed: {process.stderr.read().decode(errors='replace')}")
    return seconds, own, [kb for kb in children.values() if kb]


def measure_batch(inbox: Path, workdir: Path, repetitions: int) -> dict[str, float]:
    runs: dict[int, list[float]] = {1: [], 2: []}
    peaks = {"single": [], "coordinator": [], "worker": []}
    for rep in range(repetitions):
        for workers in runs:
            out = workdir / f"out-{workers}-{rep}"
            seconds, own, children = run_watched(_command() + ["batch", str(inbox), "-o", str(out),
                                                               "--workers", str(workers)])
            runs[workers].append(seconds)
            if workers == 1:
                peaks["single"].append(own or 0)
            else:
                peaks["coordinator"].append(own or 0)
                peaks["worker"].append(max(children, default=0))
    figures = {"batch_1_worker_s": statistics.median(runs[1]), "batch_2_workers_s": statistics.median(runs[2]),
               "batch_2_workers_speedup_ratio": statistics.median(a / b for a, b in zip(runs[1], runs[2]))}
    summary = json.loads((workdir / "out-1-0" / "summary.json").read_text(encoding="utf-8"))
    figures["batch_documents"] = summary["documents"]
    figures["batch_failed"] = summary["failed"]
    figures["batch_1_worker_chars_per_s"] = summary["characters"] / figures["batch_1_worker_s"]
    figures["batch_2_workers_chars_per_s"] = summary["characters"] / figures["batch_2_workers_s"]
    figures["peak_rss_mb_single_process"] = max(peaks["single"]) / 1024
    figures["peak_rss_mb_coordinator"] = max(peaks["coordinator"]) / 1024
    figures["peak_rss_mb_per_worker"] = max(peaks["worker"]) / 1024
    return figures


def measure_batch_phases(inbox: Path, workdir: Path) -> dict[str, float]:
    """Where batch time goes: the document jobs (parallel; workers forked from this warm process)
    and the finish (errors, combined checklist csv/xlsx/md, summary; serial)."""
    from nlp_pipeline.batch import finish_batch, plan_batch, prepare_output, run_local

    figures = {}
    for workers in (1, 2):
        plan = plan_batch(inbox, workdir / f"phases-{workers}")
        prepare_output(plan)
        start = time.perf_counter()
        results = run_local(plan.jobs, workers, progress=False)
        figures[f"batch_jobs_{workers}_workers_s"] = time.perf_counter() - start
    start = time.perf_counter()
    finish_batch(plan, results, 1.0, 2)
    figures["batch_finish_s"] = time.perf_counter() - start
    figures["batch_jobs_2_workers_speedup_ratio"] = figures["batch_jobs_1_workers_s"] / figures["batch_jobs_2_workers_s"]
    return figures


def measure_startup(document: Path, repetitions: int) -> dict[str, float]:
    version = [run_watched(_command() + ["--version"])[0] for _ in range(repetitions)]
    extract = [run_watched(_command() + ["extract", str(document)])[0] for _ in range(repetitions)]
    return {"startup_version_s": statistics.median(version), "startup_extract_s": statistics.median(extract)}


# --- report -----------------------------------------------------------------------------------------

def target_note(key: str, value: float) -> str:
    if key not in TARGETS:
        return ""
    comparison, bound = TARGETS[key]
    met = value >= bound if comparison == ">=" else value <= bound
    return f"{comparison} {bound:g}: {'met' if met else 'MISSED'}"


def markdown(figures: dict) -> str:
    stages = [("reading", "read"), *[(f"· normalize step `{key[5:-12]}`", key[:-12]) for key in figures
                                     if key.startswith("step_") and key.endswith("_chars_per_s")],
              ("normalizer (all steps)", "normalize"), ("extraction", "extract"),
              ("full pipeline (read + normalize + extract)", "pipeline"), ("OpenCC t2s", "opencc_t2s")]
    lines = [f"Corpus: {figures['documents']} documents, {figures['corpus_chars']:,} characters "
             f"({figures['corpus_bytes'] / 2**20:.1f} MB UTF-8); median of {figures['repetitions']} repetitions; "
             f"load average {figures['load_average_start']:.1f} → {figures['load_average_end']:.1f} "
             f"on {os.cpu_count()} CPUs.", "",
             "| stage | chars/s | × jieba.lcut | target |", "|---|---:|---:|---|",
             f"| jieba.lcut (reference) | {figures['jieba_lcut_chars_per_s']:,.0f} | 1.00 | |"]
    for label, key in stages:
        ratio_key = f"{key}_vs_jieba_ratio"
        lines.append(f"| {label} | {figures[key + '_chars_per_s']:,.0f} | {figures[ratio_key]:.2f} | "
                     f"{target_note(ratio_key, figures[ratio_key])} |")
    rows = [("batch, 1 worker", f"{figures['batch_1_worker_s']:.1f} s "
             f"({figures['batch_1_worker_chars_per_s']:,.0f} chars/s)", ""),
            ("batch, 2 workers", f"{figures['batch_2_workers_s']:.1f} s "
             f"({figures['batch_2_workers_chars_per_s']:,.0f} chars/s)", ""),
            ("batch speed-up, 2 workers", f"{figures['batch_2_workers_speedup_ratio']:.2f}×",
             "batch_2_workers_speedup_ratio"),
            ("· document jobs alone, 1 → 2 workers", f"{figures['batch_jobs_1_workers_s']:.1f} s → "
             f"{figures['batch_jobs_2_workers_s']:.1f} s ({figures['batch_jobs_2_workers_speedup_ratio']:.2f}×)", ""),
            ("· finish (checklist csv/xlsx/md, serial)", f"{figures['batch_finish_s']:.1f} s", ""),
            ("start-up: `nlp-pipeline --version`", f"{figures['startup_version_s']:.2f} s", "startup_version_s"),
            ("start-up: one-document `extract`", f"{figures['startup_extract_s']:.2f} s", "startup_extract_s"),
            ("peak RSS per worker (2 workers)", f"{figures['peak_rss_mb_per_worker']:.0f} MB",
             "peak_rss_mb_per_worker"),
            ("peak RSS, batch coordinator (2 workers)", f"{figures['peak_rss_mb_coordinator']:.0f} MB", ""),
            ("peak RSS, batch in one process", f"{figures['peak_rss_mb_single_process']:.0f} MB", "")]
    lines += ["", f"Batch over the corpus as {figures['batch_documents']} files "
              f"({figures['batch_failed']} failed):", "", "| measure | value | target |", "|---|---:|---|"]
    lines += [f"| {label} | {value} | {target_note(key, figures[key]) if key else ''} |" for label, value, key in rows]
    return "\n".join(lines)


def run(quick: bool, samples: Path) -> dict:
    repetitions = 3
    files = sample_files(samples)
    corpus = build_corpus(files, QUICK_BYTES if quick else FULL_BYTES)
    figures: dict = {"quick": quick, "repetitions": repetitions, "documents": len(corpus),
                     "sample_documents": len(files), "load_average_start": os.getloadavg()[0]}
    warm_up(corpus, len(files))
    reps = [measure_stages(corpus) for _ in range(repetitions)]
    for key in reps[0]:
        figures[key] = statistics.median(rep[key] for rep in reps)
    with tempfile.TemporaryDirectory(prefix="nlp-pipeline-benchmark-") as workdir:
        inbox = Path(workdir) / "inbox"
        inbox.mkdir()
        for item in corpus:
            (inbox / item.name).write_bytes(item.data)
        from nlp_pipeline.readers import read_document

        texts = [read_document(inbox / item.name).text for item in corpus]
        figures["corpus_chars"] = sum(len(t) for t in texts)
        figures["corpus_bytes"] = sum(len(t.encode("utf-8")) for t in texts)
        figures.update(measure_batch(inbox, Path(workdir), 1 if quick else repetitions))
        figures.update(measure_batch_phases(inbox, Path(workdir)))
        figures.update(measure_startup(inbox / corpus[0].name, repetitions))
    figures["load_average_end"] = os.getloadavg()[0]
    figures["targets_missed"] = [key for key in TARGETS if "MISSED" in target_note(key, figures[key])]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small corpus and one batch run (about 30 s)")
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--samples", type=Path, default=SAMPLES, help=f"sample documents (default {SAMPLES})")
    args = parser.parse_args(argv)
    figures = run(args.quick, args.samples)
    print(markdown(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
