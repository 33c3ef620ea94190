"""Batch processing: every document under a directory -> records, checklist, errors, summary.

Inputs and outputs are local paths or any fsspec URL (`batch/io.py`).

Three phases, so that any scheduler can run the middle one:
1. `plan_batch` walks the input, gives each document its doc_id and decides what is current
   (a record with the same input sha256 and pipeline version is not redone);
2. an engine runs `process_job` on the jobs left (a local process pool by default); each job
   writes its own record atomically and returns a small `JobResult`, never raising;
3. `finish_batch` writes `errors.jsonl`, the combined checklist and `summary.json`.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .. import __version__
from ..errors import DocumentError, DocumentTimeout, MissingInput, UnreadableDocument, UsageError
from ..readers import SUFFIX_FORMATS
from .io import Location, remove_leftover_temps

# Files that sit beside documents in an inbox or evaluation folder but are not documents.
NON_DOCUMENT_SUFFIXES = {".json", ".jsonl", ".md", ".csv", ".tsv", ".log", ".db", ".sqlite"}
DEFAULT_TIMEOUT_S = 120.0


@dataclass
class Job:
    path: str
    doc_id: str
    output: str
    sha256: str
    timeout_s: float = DEFAULT_TIMEOUT_S


@dataclass
class JobResult:
    doc_id: str
    path: str
    ok: bool
    tasks: int = 0
    characters: int = 0
    error: str | None = None
    error_type: str | None = None


@dataclass
class BatchPlan:
    input_dir: str              # a path or an fsspec URL, as given
    output_dir: str
    jobs: list[Job]
    current: list[str]          # doc_ids whose record is up to date
    doc_ids: list[str]          # every document's doc_id, in input order


def _is_document(path: PurePosixPath, root: PurePosixPath) -> bool:
    relative = path.relative_to(root)
    return not any(part.startswith(".") for part in relative.parts) and \
        path.suffix.lower() not in NON_DOCUMENT_SUFFIXES


def _doc_ids(files: list[PurePosixPath], root: PurePosixPath) -> list[str]:
    """The file name without its suffix; where two files share it, the relative path, and
    where even that repeats (通知.docx beside 通知.pdf), the relative path with its suffix."""
    def repeated(names: list[str]) -> set[str]:
        return {n for n in names if names.count(n) > 1}

    stems = [p.stem for p in files]
    paths = ["_".join(p.relative_to(root).with_suffix("").parts) for p in files]
    clashing_stems, clashing_paths = repeated(stems), repeated(paths)
    ids = []
    for path, stem, relative in zip(files, stems, paths):
        if stem not in clashing_stems:
            ids.append(stem)
        elif relative not in clashing_paths:
            ids.append(relative)
        else:
            ids.append(f"{relative}_{path.suffix.lstrip('.').lower()}")
    return ids


def file_sha256(location: Location) -> str:
    digest = hashlib.sha256()
    with location.fs.open(location.path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_current(output: Location, sha256: str) -> bool:
    try:
        record = json.loads(output.read())
    except (OSError, ValueError):
        return False
    return (record.get("source") or {}).get("sha256") == sha256 and record.get("pipeline_version") == __version__


def plan_batch(input_dir: Path | str, output_dir: Path | str, timeout_s: float = DEFAULT_TIMEOUT_S) -> BatchPlan:
    source, target = Location.of(input_dir), Location.of(output_dir)
    if not source.fs.exists(source.path):
        raise MissingInput(source.url)
    if not source.fs.isdir(source.path):
        raise UsageError(f"{source.url}: not a directory (use `nlp-pipeline extract` for one file)")
    if target.fs.isfile(target.path):
        raise UsageError(f"{target.url}: the output path is a file, not a directory")
    root = PurePosixPath(source.path)
    files = [PurePosixPath(p) for p in sorted(source.fs.find(source.path)) if _is_document(PurePosixPath(p), root)]
    if not files:
        raise UsageError(f"{source.url}: no documents found (looked for {', '.join(sorted(set(SUFFIX_FORMATS) - {''}))})")
    jobs, current, doc_ids = [], [], []
    for path, doc_id in zip(files, _doc_ids(files, root)):
        doc_ids.append(doc_id)
        document = Location(source.fs, str(path), str(path) if source.is_local else source.fs.unstrip_protocol(str(path)))
        output = target.child("docs", f"{doc_id}.json")
        sha256 = file_sha256(document)
        if _is_current(output, sha256):
            current.append(doc_id)
        else:
            jobs.append(Job(document.url, doc_id, output.url, sha256, timeout_s))
    return BatchPlan(source.url, target.url, jobs, current, doc_ids)


class _Alarm:
    """A per-document time limit inside the worker (SIGALRM), so a stuck document fails alone."""

    def __init__(self, seconds: float, source: str) -> None:
        self.seconds, self.source = seconds, source

    def _expire(self, signum, frame):
        raise DocumentTimeout(self.source, f"over {self.seconds:g} s")

    def __enter__(self):
        import signal
        import threading

        self.active = self.seconds > 0 and hasattr(signal, "setitimer") and \
            threading.current_thread() is threading.main_thread()
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.active:
            import signal

            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _read(job: Job):
    from ..readers import read_bytes, read_document

    document = Location.of(job.path)
    if document.is_local:
        return read_document(Path(document.path))
    try:
        data = document.read()
    except FileNotFoundError:
        raise MissingInput(job.path) from None
    except OSError as error:
        raise UnreadableDocument(job.path, str(error)) from None
    return read_bytes(data, PurePosixPath(document.path).name, path=job.path)


def process_job(job: Job) -> JobResult:
    """Process one document and write its record; every failure becomes a JobResult."""
    from ..pipeline import process_raw

    try:
        with _Alarm(job.timeout_s, job.path):
            record = process_raw(_read(job), doc_id=job.doc_id)
        Location.of(job.output).write((record.to_json() + "\n").encode("utf-8"))
        return JobResult(job.doc_id, job.path, True, tasks=len(record.tasks), characters=len(record.text))
    except DocumentError as error:
        return JobResult(job.doc_id, job.path, False, error=str(error), error_type=type(error).__name__)
    except Exception as error:  # a bug must cost one document, not the batch
        return JobResult(job.doc_id, job.path, False, error=f"{job.path}: internal error: {error!r}",
                         error_type=type(error).__name__)


def load_records(docs: Location, doc_ids: list[str]):
    from ..record import DocumentRecord

    records = []
    for doc_id in doc_ids:
        record = docs.child(f"{doc_id}.json")
        if record.fs.exists(record.path):
            records.append(DocumentRecord.from_dict(json.loads(record.read())))
    return records


def finish_batch(plan: BatchPlan, results: list[JobResult], seconds: float, workers: int) -> dict:
    from ..export import to_csv, to_markdown, to_xlsx

    out = Location.of(plan.output_dir)
    failures = sorted((r for r in results if not r.ok), key=lambda r: r.doc_id)
    errors = "".join(json.dumps({"doc_id": r.doc_id, "path": r.path, "error_type": r.error_type,
                                 "reason": r.error}, ensure_ascii=False) + "\n" for r in failures)
    out.child("errors.jsonl").write(errors.encode("utf-8"))
    failed_ids = {r.doc_id for r in failures}
    for doc_id in failed_ids:  # a record of an earlier version of a now failing input is stale
        out.child("docs", f"{doc_id}.json").remove()
    records = load_records(out.child("docs"), [d for d in plan.doc_ids if d not in failed_ids])
    out.child("checklist.csv").write(to_csv(records))
    out.child("checklist.xlsx").write(to_xlsx(records))
    out.child("checklist.md").write(to_markdown(records).encode("utf-8"))
    processed = [r for r in results if r.ok]
    characters = sum(r.characters for r in processed)
    summary = {
        "documents": len(plan.doc_ids),
        "processed": len(processed),
        "skipped_current": len(plan.current),
        "failed": len(failures),
        "tasks": sum(len(r.tasks) for r in records),
        "characters": sum(len(r.text) for r in records),
        "seconds": round(seconds, 3),
        "chars_per_s": round(characters / seconds) if seconds > 0 else None,
        "workers": workers,
        "pipeline_version": __version__,
        "output_dir": plan.output_dir,
    }
    out.child("summary.json").write((json.dumps(summary, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return summary


def prepare_output(plan: BatchPlan) -> None:
    """Create the output folder; clear the temp files a killed run left there."""
    out = Location.of(plan.output_dir)
    out.fs.makedirs(out.path, exist_ok=True)
    if out.is_local:
        remove_leftover_temps(Path(out.path))


def _progress(total: int, enabled: bool | None):
    from tqdm import tqdm

    import sys

    disable = not sys.stderr.isatty() if enabled is None else not enabled
    return tqdm(total=total, unit="doc", disable=disable, desc="documents")


def run_local(jobs: list[Job], workers: int, progress: bool | None = None) -> list[JobResult]:
    """The default engine: a process pool; a crashed worker costs only its own documents."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    results: list[JobResult] = []
    with _progress(len(jobs), progress) as bar:
        if workers <= 1:
            for job in jobs:
                results.append(process_job(job))
                bar.update()
            return results
        pending = list(jobs)
        for attempt in range(2):
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {pool.submit(process_job, job): job for job in pending}
                pending = []
                try:
                    for future in as_completed(futures):
                        results.append(future.result())
                        bar.update()
                except BrokenProcessPool:
                    done = {r.doc_id for r in results}
                    pending = [job for job in futures.values() if job.doc_id not in done]
            if not pending:
                break
        for job in pending:
            results.append(JobResult(job.doc_id, job.path, False, error=f"{job.path}: the worker process died",
                                     error_type="WorkerCrash"))
            bar.update()
    return results


def run_batch(input_dir: Path | str, output_dir: Path | str, *, workers: int | None = None,
              timeout_s: float = DEFAULT_TIMEOUT_S, progress: bool | None = None) -> dict:
    started = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    plan = plan_batch(input_dir, output_dir, timeout_s)
    prepare_output(plan)
    results = run_local(plan.jobs, min(workers, max(1, len(plan.jobs))), progress)
    return finish_batch(plan, results, time.perf_counter() - started, workers)


__all__ = ["Job", "JobResult", "BatchPlan", "plan_batch", "prepare_output", "process_job", "finish_batch",
           "run_batch", "run_local"]
