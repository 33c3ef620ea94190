"""Batch processing: every document under a directory -> records, checklist, errors, summary.

Inputs and outputs are local paths (read without fsspec) or any fsspec URL (`batch/io.py`).

Three phases, so that any scheduler can run the middle one:
1. `plan_batch` walks the input, gives each document its doc_id and decides what is current
   (a record with the same input sha256 and pipeline fingerprint is not redone);
2. an engine runs `process_job` on the jobs left (a local process pool by default); each job
   writes its own record atomically and returns a small `JobResult` with the document's share of
   the checklist, never raising;
3. `finish_batch` writes `errors.jsonl`, the combined checklist and `summary.json`.

The local engine overlaps the finish with the jobs: a `ChecklistStream` appends each document's
checklist rows, in input order, as results come in (to every sheet of the workbook, whose finished
rows become XML there and then: `export/streamed_sheet.py`), so that only the workbook's last rows,
its zip and writing the files are left when the last document is done. On Linux the
pool's workers are forked from a coordinator that has loaded the pipeline once (`warm_up`), and a
batch of fewer than `POOL_MIN_JOBS` documents runs in the coordinator alone. A pool call carries a
few documents (`jobs_per_call`), so that workers do not wait on the busy coordinator for each
next one, and the batch's last documents a call each (`pool_calls`), so that the workers' last
calls end together (docs/benchmarks.md has the figures).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, NoReturn

from .. import __version__
from ..collector import frozen_when_done
from ..errors import DocumentError, DocumentTimeout, MissingInput, UnreadableDocument, UsageError
from ..readers import SUFFIX_FORMATS
from .io import Location, remove_leftover_temps, write_all
from .read_ahead import ReadAhead

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from tqdm import tqdm

    from ..export import Checklist, DocumentChecklist
    from ..readers import RawDocument

# Files that sit beside documents in an inbox or evaluation folder but are not documents.
NON_DOCUMENT_SUFFIXES = {".json", ".jsonl", ".md", ".csv", ".tsv", ".log", ".db", ".sqlite"}
DEFAULT_TIMEOUT_S = 120.0
# Below this many documents to process, one process is faster than a worker pool: forking and
# feeding workers costs more than the documents take (measured: docs/benchmarks.md, crossover).
POOL_MIN_JOBS = 6
# A pool worker gets up to this many documents a call, and each worker at least this many calls
# (docs/benchmarks.md: two workers on the benchmark corpus)
JOBS_PER_CALL = 4
CALLS_PER_WORKER = 8


@dataclass
class Job:
    path: str
    doc_id: str
    output: str
    sha256: str
    timeout_s: float = DEFAULT_TIMEOUT_S
    # what its reader imports at its first document of the kind (readers.READER_LIBRARIES' keys)
    reader_needs: tuple[str, ...] = ()
    # its text, where the pool's reader read it during the warm-up (read_ahead.py); else read by its worker
    raw: RawDocument | None = None


@dataclass
class JobResult:
    doc_id: str
    path: str
    ok: bool
    tasks: int = 0
    characters: int = 0  # of the text as read (the input)
    output_characters: int = 0  # of the normalized text
    error: str | None = None
    error_type: str | None = None
    checklist: DocumentChecklist | None = None  # the document's checklist rows; with every ok result


@dataclass
class BatchPlan:
    input_dir: str  # a path or an fsspec URL, as given
    output_dir: str
    jobs: list[Job]
    current: list[str]  # doc_ids whose record is up to date
    doc_ids: list[str]  # every document's doc_id, in input order
    current_results: dict[str, JobResult] = field(default_factory=dict)  # what their records hold


def _is_document(path: PurePosixPath, root: PurePosixPath) -> bool:
    relative = path.relative_to(root)
    return not any(part.startswith(".") for part in relative.parts) and path.suffix.lower() not in NON_DOCUMENT_SUFFIXES


def _doc_ids(files: list[PurePosixPath], root: PurePosixPath) -> list[str]:
    """The file name without its suffix; where two files share it, the relative path, and
    where even that repeats (通知.docx beside 通知.pdf), the relative path with its suffix."""

    def repeated(names: list[str]) -> set[str]:  # counted once: `names.count` per name was quadratic
        return {name for name, times in Counter(names).items() if times > 1}

    stems = [p.stem for p in files]
    paths = ["_".join(p.relative_to(root).with_suffix("").parts) for p in files]
    clashing_stems, clashing_paths = repeated(stems), repeated(paths)
    ids = []
    for path, stem, relative in zip(files, stems, paths, strict=True):
        if stem not in clashing_stems:
            ids.append(stem)
        elif relative not in clashing_paths:
            ids.append(relative)
        else:
            ids.append(f"{relative}_{path.suffix.lstrip('.').lower()}")
    return ids


# The first bytes of a file by which its encoding is judged (readers/encoding.py, needs_guess)
HEAD_BYTES = 8192


def _hash_and_head(location: Location) -> tuple[str, bytes]:
    """The SHA-256 of a file and its first `HEAD_BYTES`, in one reading."""
    digest = hashlib.sha256()
    head = b""
    with location.fs.open(location.path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            head = head or block[:HEAD_BYTES]
            digest.update(block)
    return digest.hexdigest(), head


def reader_needs(name: str, head: bytes) -> tuple[str, ...]:
    """What a document's reader will import for it (`READER_LIBRARIES`' keys), from its suffix and
    first bytes: a PDF or Word reader's library, or the encoding guesser for a text that is not
    Unicode. A guess: the reader still decides by the whole file."""
    from ..readers.encoding import needs_guess

    declared = SUFFIX_FORMATS.get(PurePosixPath(name).suffix.lower())
    if declared in ("pdf", "docx"):
        return (declared,)
    return ("guess",) if needs_guess(head) else ()


def _result_of_record(record, path: str) -> JobResult:
    from ..export import document_checklist

    return JobResult(
        record.doc_id,
        path,
        True,
        tasks=len(record.tasks),
        characters=record.source.characters or 0,
        output_characters=len(record.text),
        checklist=document_checklist(record),
    )


def _current_result(output: Location, sha256: str, path: str) -> JobResult | None:
    """The result an existing record stands for, if it is of this input and this pipeline's code
    and data (`pipeline_fingerprint`); None when the document must be (re)done."""
    from ..record import DocumentRecord, pipeline_fingerprint

    try:
        data = json.loads(output.read())
        if (data.get("source") or {}).get("sha256") != sha256 or data.get(
            "pipeline_fingerprint"
        ) != pipeline_fingerprint():
            return None
        return _result_of_record(DocumentRecord.from_dict(data), path)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # missing, torn or foreign: redo it
        return None


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
        raise UsageError(
            f"{source.url}: no documents found (looked for {', '.join(sorted(set(SUFFIX_FORMATS) - {''}))})"
        )
    jobs, doc_ids, current = [], [], {}
    for path, doc_id in zip(files, _doc_ids(files, root), strict=True):
        doc_ids.append(doc_id)
        document = Location(
            source.fs, str(path), str(path) if source.is_local else source.fs.unstrip_protocol(str(path))
        )
        output = target.child("docs", f"{doc_id}.json")
        sha256, head = _hash_and_head(document)
        result = _current_result(output, sha256, document.url)
        if result:
            current[doc_id] = result
        else:
            jobs.append(Job(document.url, doc_id, output.url, sha256, timeout_s, reader_needs(path.name, head)))
    return BatchPlan(source.url, target.url, jobs, list(current), doc_ids, current)


class _Alarm:
    """A per-document time limit inside the worker (SIGALRM), so a stuck document fails alone."""

    def __init__(self, seconds: float, source: str) -> None:
        self.seconds, self.source = seconds, source

    def _expire(self, signum, frame):
        raise DocumentTimeout(self.source, f"over {self.seconds:g} s")

    def __enter__(self):
        import signal
        import threading

        self.active = (
            self.seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )
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
            record = process_raw(job.raw if job.raw is not None else _read(job), doc_id=job.doc_id)
            Location.of(job.output).write((record.to_json() + "\n").encode("utf-8"))
            return _result_of_record(record, job.path)
    except DocumentError as error:
        return JobResult(job.doc_id, job.path, False, error=str(error), error_type=type(error).__name__)
    except Exception as error:  # a bug must cost one document, not the batch
        return JobResult(
            job.doc_id, job.path, False, error=f"{job.path}: internal error: {error!r}", error_type=type(error).__name__
        )


class ChecklistStream:
    """The combined checklist, fed in input order while results arrive in any order.

    Current documents' rows come from the plan; a failed document adds nothing. Each result is
    added as soon as every document before it is settled, so the rows are written while the
    workers are still busy. The checklist's writers are made at the first rows they take (or at
    the finish): the workbook's library is then imported beside the workers' first documents,
    not before the pool's fork, where it was the coordinator's serial time (issue 19, speed82)."""

    def __init__(self, plan: BatchPlan) -> None:
        self.order = plan.doc_ids
        self._checklist: Checklist | None = None
        self.settled: dict[str, JobResult] = dict(plan.current_results)
        self.included: list[JobResult] = []
        self.position = 0
        self._advance()

    @property
    def checklist(self) -> Checklist:
        if self._checklist is None:
            from ..export import Checklist

            self._checklist = Checklist()
        return self._checklist

    def offer(self, result: JobResult) -> None:
        self.settled[result.doc_id] = result
        self._advance()

    def _advance(self) -> None:
        while self.position < len(self.order) and self.order[self.position] in self.settled:
            result = self.settled.pop(self.order[self.position])
            self.position += 1
            if result.ok:
                assert result.checklist is not None, "every ok result carries its checklist rows"
                self.checklist.add(result.checklist)
                self.included.append(result)


def finish_batch(
    plan: BatchPlan, results: list[JobResult], seconds: float, workers: int, stream: ChecklistStream | None = None
) -> dict:
    """Write errors.jsonl, the checklists and summary.json. `stream`: the checklist the engine fed
    while it ran (else it is built here from `results`)."""
    from ..record import pipeline_fingerprint

    if stream is None:
        stream = ChecklistStream(plan)
        for result in results:
            stream.offer(result)
    out = Location.of(plan.output_dir)
    failures = sorted((r for r in results if not r.ok), key=lambda r: r.doc_id)
    errors = "".join(
        json.dumps(
            {"doc_id": r.doc_id, "path": r.path, "error_type": r.error_type, "reason": r.error}, ensure_ascii=False
        )
        + "\n"
        for r in failures
    )
    for failure in failures:  # a record of an earlier version of a now failing input is stale
        out.child("docs", f"{failure.doc_id}.json").remove()
    processed = [r for r in results if r.ok]
    characters = sum(r.characters for r in processed)
    summary = {
        "documents": len(plan.doc_ids),
        "processed": len(processed),
        "skipped_current": len(plan.current),
        "failed": len(failures),
        "tasks": sum(r.tasks for r in stream.included),
        "characters": sum(r.characters for r in stream.included),
        "output_characters": sum(r.output_characters for r in stream.included),
        "seconds": round(seconds, 3),
        "chars_per_s": round(characters / seconds) if seconds > 0 else None,
        "workers": workers,
        "pipeline_version": __version__,
        "pipeline_fingerprint": pipeline_fingerprint(),
        "output_dir": plan.output_dir,
    }
    # All made before any is written, then written together: their flushes to disk overlap
    # (`write_all`), where one after another each waited for the disk (issue 19, speed88)
    write_all(
        [
            (out.child("errors.jsonl"), errors.encode("utf-8")),
            (out.child("checklist.csv"), stream.checklist.csv()),
            (out.child("checklist.xlsx"), stream.checklist.xlsx()),
            (out.child("checklist.md"), stream.checklist.markdown().encode("utf-8")),
            (out.child("summary.json"), (json.dumps(summary, ensure_ascii=False, indent=1) + "\n").encode("utf-8")),
        ]
    )
    return summary


def prepare_output(plan: BatchPlan) -> None:
    """Create the output folder; clear the temp files a killed run left there."""
    out = Location.of(plan.output_dir)
    out.fs.makedirs(out.path, exist_ok=True)
    if out.is_local:
        remove_leftover_temps(Path(out.path))


def _progress(total: int, enabled: bool | None) -> tqdm[NoReturn]:
    from tqdm import tqdm

    disable = not sys.stderr.isatty() if enabled is None else not enabled
    return tqdm(total=total, unit="doc", disable=disable, desc="documents")


# --- the local engine's worker pool ----------------------------------------------------------------


def warm_up(needs: Iterable[str] = ()) -> None:
    """Load what most documents need (modules, dictionaries, compiled patterns) in this process by
    processing a small document of our own (data/batch/warm_up.txt), and the reader libraries of
    `needs` (`READER_LIBRARIES`' keys: `shared_needs`)."""
    from .. import resources
    from ..pipeline import process_raw, raw_from_text

    try:
        process_raw(raw_from_text("\n".join(resources.read_lines("batch/warm_up.txt")), "warm_up.txt"))
    except Exception:  # noqa: BLE001 - only a head start: a bug here must not stop the batch
        pass
    import_reader_libraries(needs)


def import_reader_libraries(needs: Iterable[str]) -> None:
    """The reader libraries of `needs` (`READER_LIBRARIES`' keys), imported in this process."""
    import importlib

    from ..readers import READER_LIBRARIES

    try:
        for need in needs:
            for library in READER_LIBRARIES[need]:
                importlib.import_module(library)
    except Exception:  # noqa: BLE001 - only a head start: a bug here must not stop the batch
        pass


def shared_needs(jobs: list[Job], workers: int) -> list[str]:
    """The reader libraries that at least `workers` of the jobs need: each worker would likely
    import its own copy after the fork, so the coordinator imports one before it, for all of them
    (the same wall time on free cores, one copy's CPU and memory instead of one a worker). A need
    of fewer documents stays with the workers that meet it: before the fork its import would be
    serial time."""
    counts = Counter(need for job in jobs for need in job.reader_needs)
    return sorted(need for need, count in counts.items() if count >= workers)


def _fork_context():
    """Workers forked from a warmed-up coordinator share its loaded pipeline, copy-on-write. Only on
    Linux: elsewhere forking a process that has loaded system libraries is unsafe (macOS) or
    impossible (Windows), and each worker loads the pipeline for itself."""
    import multiprocessing

    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def _worker_started(coordinator: int) -> None:
    """A pool worker's first act: end when its coordinator ends, whatever the way (a kill -9
    included), and let SIGTERM end it even where the coordinator's start ignored the signal."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    else:
        _watch_coordinator(coordinator)
    if os.getppid() != coordinator:  # it was gone before the death signal was asked for
        os.kill(os.getpid(), signal.SIGTERM)


def _watch_coordinator(coordinator: int, interval_s: float = 1.0) -> None:
    """Where there is no parent-death signal: a thread that ends this worker once its parent is gone."""
    import signal
    import threading

    def watch() -> None:
        while os.getppid() == coordinator:
            time.sleep(interval_s)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="watch-coordinator", daemon=True).start()


def process_jobs(jobs: list[Job]) -> list[JobResult]:
    """Several documents in one pool call, each on its own (`process_job` never raises)."""
    return [process_job(job) for job in jobs]


def jobs_per_call(jobs: int, workers: int) -> int:
    """Documents handed to a pool worker at once: a few, so that a worker does not wait for the
    coordinator (busy adding checklist rows) to hand it its next small document; one where there
    are few documents a worker, so that the last calls still end together."""
    return max(1, min(JOBS_PER_CALL, jobs // (CALLS_PER_WORKER * workers)))


def pool_calls(jobs: list[Job], workers: int, per_call: int) -> list[list[Job]]:
    """The pool's calls, in input order: `per_call` documents each, but the last `workers` calls'
    worth of documents one a call. A worker that ends its last call early idles until the other
    ends theirs; a call of one document bounds that wait by one document, not `per_call`."""
    grouped = max(0, len(jobs) - workers * per_call)
    return [jobs[i : min(i + per_call, grouped)] for i in range(0, grouped, per_call)] + [
        [job] for job in jobs[grouped:]
    ]


def _run_in_pool(
    jobs: list[Job], workers: int, done: Callable[[JobResult], None], per_call: int | None = None
) -> list[Job]:
    """Run `jobs` on a pool of `workers`, `per_call` documents a call (default `jobs_per_call`);
    returns the jobs left undone when a worker died."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    per_call = per_call or jobs_per_call(len(jobs), workers)
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_fork_context(), initializer=_worker_started, initargs=(os.getpid(),)
    )
    finished: set[str] = set()
    settled = interrupted = False
    try:
        futures = [pool.submit(process_jobs, call) for call in pool_calls(jobs, workers, per_call)]
        for future in as_completed(futures):
            for result in future.result():
                finished.add(result.doc_id)
                done(result)
        settled = True
    except BrokenProcessPool:
        return [job for job in jobs if job.doc_id not in finished]
    except BaseException:
        interrupted = True
        raise
    finally:
        # Interrupted: drop the queued jobs. Settled: every record is written and every result is
        # here, so the workers' exits (the kernel unmapping each one's memory, tens of ms) overlap
        # the coordinator's finish instead of preceding it; the pool's own thread still joins
        # them, and the interpreter waits for that thread before it exits.
        pool.shutdown(wait=not (interrupted or settled), cancel_futures=interrupted)
    return []


def run_local(
    jobs: list[Job], workers: int, progress: bool | None = None, on_result: Callable[[JobResult], None] | None = None
) -> list[JobResult]:
    """The default engine: a process pool; a crashed worker costs only its own documents.
    `on_result` is called in this process with each result as it arrives."""
    results: list[JobResult] = []
    bars: list[tqdm[NoReturn]] = []

    def done(result: JobResult) -> None:
        if not bars:  # made at the first result, after the pool's fork: workers get no copy of its thread
            bars.append(_progress(len(jobs), progress))
        results.append(result)
        if on_result:
            on_result(result)
        bars[0].update()

    try:
        if workers <= 1 or len(jobs) < POOL_MIN_JOBS:
            for job in jobs:
                done(process_job(job))
            return results
        context = _fork_context()
        if context:
            # What warm-up loaded lives as long as the batch: loaded with the collector paused (its
            # walks would find nothing to free, collector.py), then out of its sight, so that each
            # worker's collections no longer walk it (nor copy its pages, which stay shared);
            # given back to the collector when the batch ends (a long-lived caller: `search index`).
            # Meanwhile a reader process reads the costly documents on the idle core (read_ahead.py);
            # only the libraries of those it has not read are imported for the workers.
            with ReadAhead(jobs, context) as ahead, frozen_when_done():
                warm_up()
                jobs = ahead.with_texts(jobs)
                import_reader_libraries(shared_needs([job for job in jobs if job.raw is None], workers))
        pending = _run_in_pool(jobs, workers, done)
        if pending:  # a worker died: once more in a fresh pool, a document a call, then those left are its victims
            pending = _run_in_pool(pending, min(workers, len(pending)), done, per_call=1)
        for job in pending:
            done(
                JobResult(
                    job.doc_id, job.path, False, error=f"{job.path}: the worker process died", error_type="WorkerCrash"
                )
            )
        return results
    finally:
        gc.unfreeze()
        for bar in bars:
            bar.close()


def run_batch(
    input_dir: Path | str,
    output_dir: Path | str,
    *,
    workers: int | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    progress: bool | None = None,
) -> dict:
    started = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    plan = plan_batch(input_dir, output_dir, timeout_s)
    prepare_output(plan)
    stream = ChecklistStream(plan)
    results = run_local(plan.jobs, min(workers, max(1, len(plan.jobs))), progress, on_result=stream.offer)
    return finish_batch(plan, results, time.perf_counter() - started, workers, stream)


__all__ = [
    "Job",
    "JobResult",
    "BatchPlan",
    "ChecklistStream",
    "plan_batch",
    "prepare_output",
    "process_job",
    "finish_batch",
    "run_batch",
    "run_local",
    "warm_up",
    "POOL_MIN_JOBS",
]
