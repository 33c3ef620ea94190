"""Worker processes that read and process documents for the web app, each job under a time limit.

Reading and processing run in separate processes, not in the server's threads: a thread cannot
be stopped, a process can. A job past the time limit has its worker killed and replaced (only
that job fails); the memory a large document took goes with its worker; a worker that dies (the
kernel's out-of-memory killer) costs only its own job. The batch bounds its workers the same way
(`--timeout`), with a process pool of its own.

Each worker is a spawned interpreter (no fork of a threaded server) holding one end of a pipe;
it exits when the server does, since its `recv` then reads the end of the pipe. At most
`workers` jobs run at once; a request waits up to `wait_s` for a free worker.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from typing import Any

from ..errors import DocumentTimeout, ProcessingFailed, ServiceBusy

DEFAULT_TIME_LIMIT_S = 120.0  # as the batch's default --timeout
DEFAULT_WAIT_S = 60.0


def _serve(connection) -> None:
    """A worker's loop: run each (function, args) received and send back (ok, value or error)."""
    while True:
        try:
            function, args = connection.recv()
        except (EOFError, OSError):  # the server has gone
            return
        try:
            reply = (True, function(*args))
        except Exception as error:  # noqa: BLE001 - every failure goes back to the request
            reply = (False, error)
        try:
            connection.send(reply)
        except (EOFError, OSError):
            return
        except Exception as error:  # noqa: BLE001 - a reply that does not pickle
            connection.send((False, RuntimeError(f"{type(error).__name__}: {error}")))


class _Worker:
    def __init__(self, context) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True, name="nlp-pipeline-web-worker")
        self.process.start()
        child.close()

    def call(self, function: Callable, args: tuple, timeout_s: float) -> Any:
        """The function's result; raises what it raised, TimeoutError, or EOFError if the worker died."""
        self.connection.send((function, args))
        if not self.connection.poll(timeout_s):
            raise TimeoutError
        ok, value = self.connection.recv()
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        self.process.kill()
        self.process.join(timeout=10)
        self.connection.close()


class DocumentWorkers:
    def __init__(
        self, workers: int = 2, time_limit_s: float = DEFAULT_TIME_LIMIT_S, wait_s: float = DEFAULT_WAIT_S
    ) -> None:
        if workers < 1 or time_limit_s <= 0:
            raise ValueError("workers must be at least 1 and the time limit positive")
        self.workers, self.time_limit_s, self.wait_s = workers, time_limit_s, wait_s
        self._context = multiprocessing.get_context("spawn")
        # free slots; None is a slot whose worker is not started yet (started on first use)
        self._free: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        for _ in range(workers):
            self._free.put(None)
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()

    def run(self, function: Callable, *args, source: str = "文档") -> Any:
        """`function(*args)` in a worker process; blocks the calling thread (call it from a thread pool).

        `function` and its arguments must pickle (a module-level function, plain data). `source`
        names the document in the error a timeout or a dying worker gives."""
        try:
            worker = self._free.get(timeout=self.wait_s)
        except queue.Empty:
            raise ServiceBusy(self.wait_s) from None
        try:
            if worker is None or not worker.process.is_alive():
                worker = self._started()
            return worker.call(function, args, self.time_limit_s)
        except TimeoutError:
            self._retire(worker)
            worker = None
            raise DocumentTimeout(source, f"超过 {self.time_limit_s:g} 秒") from None
        except (EOFError, OSError):  # the worker died, or (OSError) none could be started
            self._retire(worker)
            worker = None
            raise ProcessingFailed(source) from None
        finally:
            self._free.put(worker)

    def warm(self, function: Callable, *args) -> None:
        """Start every worker and run `function(*args)` in each at once (loads what processing needs)."""
        slots: list[_Worker | None] = [self._free.get() for _ in range(self.workers)]
        try:
            workers = [slot if slot is not None and slot.process.is_alive() else self._started() for slot in slots]
            slots = list(workers)
            for worker in workers:
                worker.connection.send((function, args))
            for index, worker in enumerate(workers):
                if not worker.connection.poll(self.time_limit_s):
                    self._retire(worker)
                    slots[index] = None
                    continue
                ok, value = worker.connection.recv()
                if not ok:
                    raise value
        finally:
            for slot in slots:
                self._free.put(slot)

    def _started(self) -> _Worker:
        worker = _Worker(self._context)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker | None) -> None:
        """Stop `worker` and forget it; its slot becomes None (a worker started on next use)."""
        if worker is not None:
            worker.stop()
            with self._lock:
                self._all.discard(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()
