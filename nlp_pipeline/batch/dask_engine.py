"""The Dask engine: the local engine's per-document work on a `dask.distributed` cluster.

The phases are the local engine's (`plan_batch` decides what is current, `process_job` does and
writes one document, `finish_batch` writes errors, checklists and summary); only the middle one is
scheduled differently. Guarantees kept:

- error isolation: `process_job` never raises; a worker process that dies costs the document it
  was running (the scheduler retries it elsewhere up to `allowed-failures` times, then it is
  reported as `WorkerCrash`, like the local engine does);
- the per-document time limit: Dask runs tasks in worker threads, where the local engine's
  SIGALRM cannot reach, so the limit is raised in the worker thread instead (same error);
- bounded memory: at most a few tasks per worker thread are submitted at a time, so a batch of
  millions of documents does not put millions of tasks on the scheduler.

Inputs and outputs are paths on a filesystem every worker mounts (the usual setup: NFS, a
cluster file system) or any fsspec URL the workers can reach (s3://, gcs://, memory:// …), as
for the local engine (`batch/io.py`).
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DocumentTimeout, UsageError
from . import DEFAULT_TIMEOUT_S, Job, JobResult, _progress, finish_batch, plan_batch, prepare_output, process_job

if TYPE_CHECKING:  # an optional extra: imported where it is used
    import distributed

# Tasks in flight per worker thread: enough to keep every thread busy between round trips.
TASKS_PER_THREAD = 4
# For the LocalCluster this module starts: one retry after a worker death (as the local engine),
# and exactly one task per thread on a worker, so a dying worker takes no queued neighbours along.
LOCAL_CLUSTER_CONFIG = {"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.worker-saturation": 1.0}


def run_batch_dask(
    input_dir: Path | str,
    output_dir: Path | str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    progress: bool | None = None,
) -> dict:
    """`nlp-pipeline batch --engine dask`: the local engine's outputs, computed on a Dask cluster.

    `scheduler`: a scheduler address (tcp://host:8786); without one a LocalCluster of `workers`
    single-threaded worker processes is started for the run."""
    started = time.perf_counter()
    plan = plan_batch(input_dir, output_dir, timeout_s)
    prepare_output(plan)
    with _client(scheduler, workers) as client:
        threads = sum(client.nthreads().values())
        results = run_on_dask(client, plan.jobs, process_job, progress)
    return finish_batch(plan, results, time.perf_counter() - started, threads)


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[distributed.Client]:
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise UsageError("--engine dask needs dask.distributed (pip install 'nlp-pipeline[distributed]')") from error
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as error:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from error
        with client:
            yield client
        return
    with (
        dask.config.set(LOCAL_CLUSTER_CONFIG),
        LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_on_dask(
    client, jobs: list[Job], work: Callable[[Job], JobResult] = process_job, progress: bool | None = None
) -> list[JobResult]:
    """Run `work` on every job on the cluster behind `client`; never raises for a document."""
    from distributed import as_completed

    window = TASKS_PER_THREAD * max(1, sum(client.nthreads().values()))
    pending = iter(jobs)
    submitted: dict = {}

    def submit_next(count: int) -> list:
        futures = []
        for job in _take(pending, count):
            future = client.submit(run_within_time_limit, work, job, pure=False)
            submitted[future.key] = job
            futures.append(future)
        return futures

    results: list[JobResult] = []
    with _progress(len(jobs), progress) as bar:
        running = as_completed(submit_next(window))
        for future in running:
            results.append(_result_of(future, submitted.pop(future.key)))
            future.release()
            bar.update()
            for follower in submit_next(1):
                running.add(follower)
    return results


def _take(iterator: Iterator[Job], count: int) -> list[Job]:
    return list(islice(iterator, count))


def _result_of(future, job: Job) -> JobResult:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        return JobResult(
            job.doc_id, job.path, False, error=f"{job.path}: the worker process died", error_type="WorkerCrash"
        )
    except Exception as error:  # a lost connection or a cancelled task: this document only
        return JobResult(
            job.doc_id, job.path, False, error=f"{job.path}: internal error: {error!r}", error_type=type(error).__name__
        )


class _Expired(BaseException):
    """Raised inside a worker thread when its document is over the time limit.

    A BaseException, so that the work's own `except Exception` does not turn it into an
    internal error; `run_within_time_limit` turns it into the local engine's DocumentTimeout."""


def _raise_in_thread(thread_id: int, exception: type[BaseException] | None) -> None:
    # CPython's documented way to interrupt another thread; None cancels one not yet delivered.
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )


def run_within_time_limit(work: Callable[[Job], JobResult], job: Job) -> JobResult:
    """`work(job)`, interrupted after `job.timeout_s` seconds like the local engine's alarm.

    Like SIGALRM, the interruption lands between Python bytecodes: a document stuck inside one
    C call (a runaway regular expression) is stopped when that call returns."""
    thread, lock, running = threading.get_ident(), threading.Lock(), [True]

    def expire() -> None:
        with lock:
            if running[0]:
                _raise_in_thread(thread, _Expired)

    timer = threading.Timer(job.timeout_s, expire) if job.timeout_s > 0 else None
    try:
        if timer:
            timer.daemon = True
            timer.start()
        try:
            return work(job)
        finally:
            with lock:
                running[0] = False
                if timer:
                    timer.cancel()
                    _raise_in_thread(thread, None)
    except _Expired:
        error = DocumentTimeout(job.path, f"over {job.timeout_s:g} s")
        return JobResult(job.doc_id, job.path, False, error=str(error), error_type=type(error).__name__)


__all__ = ["run_batch_dask", "run_on_dask", "run_within_time_limit"]
