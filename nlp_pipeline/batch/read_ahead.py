"""A pool batch's costly reads done while the coordinator loads the pipeline (issue 19, speed103).

Before a pool's fork the coordinator loads the pipeline (`warm_up`): most of a small batch's
serial time, on one core while the other idles. Reading a PDF or a Word file (its library's
import, the parse) or guessing a text's encoding needs none of the pipeline, so a reader process,
forked before the loading while the coordinator is still small, reads those documents on the idle
core and hands back their `RawDocument`s; the workers then start from the text instead of reading
(docs/benchmarks.md: 0.1 s of the sample batch's workers' CPU is such reading).

Only a head start: a document the reader has not read by the end of the warm-up, or could not
read, is read by its worker as before, under its time limit, so a failure reads the same; the
reader is ended there, with whatever it was doing.
"""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from typing import TYPE_CHECKING

from .io import Location

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkContext

    from ..readers import RawDocument
    from . import Job


def worth_reading_ahead(job: Job) -> bool:
    """A local document whose reading imports a library or guesses an encoding (2-60 ms of a
    worker's CPU in the sample batch), not a UTF-8 text or page (0.2 ms) nor a remote URL (an
    fsspec filesystem is not forked)."""
    return bool(job.reader_needs) and Location.of(job.path).is_local


def _read_all(jobs: list[Job], sending: Connection, coordinator: int) -> None:
    """The reader process: each document read in input order (the pool's first calls first), sent
    as soon as it is read; one that fails is left to its worker."""
    from . import _read, _worker_started

    _worker_started(coordinator)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the coordinator ends it; no traceback of its own
    for job in jobs:
        try:
            raw = _read(job)
        except Exception:  # noqa: BLE001, S112 - its worker reads it again and reports the failure
            continue
        sending.send((job.doc_id, raw))
    sending.close()


class ReadAhead:
    """The reader process over `jobs`' costly documents, started at once; `with_texts` takes what it
    has read and ends it. A context manager, so that it never outlives the warm-up."""

    def __init__(self, jobs: list[Job], context: ForkContext) -> None:
        wanted = [job for job in jobs if worth_reading_ahead(job)]
        self.process = None
        if wanted:
            self.receiving, sending = context.Pipe(duplex=False)
            self.process = context.Process(
                target=_read_all, args=(wanted, sending, os.getpid()), name="read-ahead", daemon=True
            )
            self.process.start()
            sending.close()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.end()

    def with_texts(self, jobs: list[Job]) -> list[Job]:
        """`jobs`, each the reader has read carrying its text (`Job.raw`); the reader is ended."""
        texts = self._received()
        self.end()
        return [replace(job, raw=texts[job.doc_id]) if job.doc_id in texts else job for job in jobs]

    def _received(self) -> dict[str, RawDocument]:
        texts: dict[str, RawDocument] = {}
        if self.process is None:
            return texts
        try:
            while self.receiving.poll():  # a message begun is read whole: its sender is still alive
                doc_id, raw = self.receiving.recv()
                texts[doc_id] = raw
        except EOFError:  # it has read all it could
            pass
        return texts

    def end(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.join()
            self.receiving.close()
            self.process = None
