"""The records this server has processed, kept in memory under random ids.

Downloads and result pages look a record up here by its id and nothing else, so no request can
name a path on disk. The store is bounded: past `capacity` the oldest result is dropped.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass

from ..record import DocumentRecord

RESULT_ID = re.compile(r"[A-Za-z0-9_-]{22}")


@dataclass
class StoredResult:
    record: DocumentRecord
    indexed: bool = False
    index_error: str | None = None  # why adding it to the index failed (the result itself stands)


class ResultStore:
    def __init__(self, capacity: int = 64) -> None:
        self.capacity = capacity
        self._results: OrderedDict[str, StoredResult] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, record: DocumentRecord) -> str:
        result_id = secrets.token_urlsafe(16)
        with self._lock:
            self._results[result_id] = StoredResult(record)
            while len(self._results) > self.capacity:
                self._results.popitem(last=False)
        return result_id

    def get(self, result_id: str) -> StoredResult | None:
        if not RESULT_ID.fullmatch(result_id):
            return None
        with self._lock:
            return self._results.get(result_id)
