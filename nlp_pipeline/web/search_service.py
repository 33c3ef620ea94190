"""The archive index behind the search and document pages and the search API, or none when the
server was started without --db. One instance per app (`app.state.search`), shared by the
routers through the `archive` dependency; a lock lets one request at a time use the index."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import HTTPException

from ..errors import SearchError
from ..record import DocumentRecord

if TYPE_CHECKING:
    from ..search import Index

NO_INDEX = "未配置检索库：请用 nlp-pipeline serve --db 检索库文件 启动服务"
BROKEN_INDEX = (
    "检索库无法打开（不是本程序的检索库、版本不符或已损坏）："
    "请让管理员用 nlp-pipeline index 重建检索库，或换一个 --db 文件"
)
NOT_INDEXED = "检索库中没有这份文档（可能已被删除），请重新检索"
NO_RECORD = "这份文档入库时还没有保存完整记录，无法打开：请用 nlp-pipeline index 把它重新入库"
SEARCH_FILTERS = ("sector", "unit", "doc_type", "date_from", "date_to")


class SearchService:
    """The archive index, opened on first use and checked to be one.

    Every failure of the index file itself becomes one Chinese message without the file's path
    (the page is not the place to show the server's folders)."""

    def __init__(self, db_path: str | Path | None) -> None:
        self.db_path = db_path
        self._index: Index | None = None
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.db_path is not None

    def _opened(self, *, create: bool = False):
        """The index, checked to be one; None when it has no documents yet and `create` is false."""
        if self.db_path is None:  # not enabled
            raise HTTPException(503, NO_INDEX)
        from ..search import Index

        if self._index is None:
            self._index = Index(self.db_path)
        try:
            if create:
                self._index.backend.create()
            elif not self._index.backend.exists():
                return None
            self._index.backend.tokenizer()  # opens the file and checks it is an index
        except SearchError:
            self._index.close()
            self._index = None
            raise HTTPException(503, BROKEN_INDEX) from None
        return self._index

    @property
    def empty(self) -> bool:
        with self._lock:
            return self._opened() is None

    def _run(self, action, *, create: bool = False, default=None):
        with self._lock:
            index = self._opened(create=create)
            if index is None:
                return default
            try:
                return action(index)
            except SearchError as error:
                raise HTTPException(400, str(error)) from None

    def search(self, query: str, filters: dict[str, str], tasks: bool, limit: int) -> list[dict]:
        return self._run(lambda index: index.search(query, tasks=tasks, limit=limit, **filters), default=[])

    def facets(self) -> dict[str, list[str]]:
        return self._run(lambda index: index.facets(), default={})

    def add(self, record: DocumentRecord) -> None:
        self._run(lambda index: index.update([record]), create=True)

    def replace(self, record: DocumentRecord) -> None:
        self._run(lambda index: index.replace(record), create=True)

    def delete(self, doc_id: str) -> None:
        removed = self._run(lambda index: index.delete([doc_id])["removed"], default=0)
        if not removed:
            raise HTTPException(404, NOT_INDEXED)

    def record(self, doc_id: str) -> DocumentRecord:
        def stored(index) -> DocumentRecord:
            record = index.record(doc_id)
            if record is None:
                indexed = doc_id in index.backend.fingerprints()
                raise HTTPException(409 if indexed else 404, NO_RECORD if indexed else NOT_INDEXED)
            return record

        found = self._run(stored)
        if found is None:
            raise HTTPException(404, NOT_INDEXED)
        return found


def search_filters(**values: str | None) -> dict[str, str]:
    """The facet filters a request sets; empty form fields set none."""
    return {name: value.strip() for name, value in values.items() if value and value.strip()}
