"""What a storage backend of the search index must do, and the rows it stores.

`Index` does everything that is the same for every store (turning records into rows,
tokenizing, planning and ranking queries, snippets, embeddings, rank fusion); a backend only
stores rows and answers full-text, facet and vector look-ups. `SqliteBackend` is the default; a second backend
(PostgreSQL) implements the same protocol and runs the same tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from .ranking import Candidates
from .tokenize import Due, Party, Phrase


@dataclass
class ParagraphRow:
    """One embedding unit: a paragraph, or a piece of a long one; offsets are in the text."""

    ordinal: int
    start: int
    end: int
    text: str


@dataclass
class TaskRow:
    task_id: str
    text: str
    source: str
    units: list[str]
    deadline: dict[str, Any] | None
    sectors: list[str]
    modality: str
    section: str | None
    paragraph: int
    tokens: str


@dataclass
class DocumentRow:
    doc_id: str
    fingerprint: str
    title: str | None
    date: str | None
    doc_type: str
    issuer: str | None
    region: str | None
    sectors: list[str]
    units: list[str]
    text: str
    title_tokens: str
    body_tokens: str
    paragraphs: list[ParagraphRow] = field(default_factory=list)
    tasks: list[TaskRow] = field(default_factory=list)
    record: str = ""  # the whole DocumentRecord as JSON: the web page's document view


@dataclass(frozen=True)
class Filters:
    sector: str | None = None
    unit: str | None = None
    doc_type: str | None = None
    region: str | None = None
    date_from: str | None = None
    date_to: str | None = None


@dataclass
class VectorSet:
    """Paragraph vectors of the documents passing some filters, one row per paragraph."""

    doc_ids: list[str]
    ordinals: list[int]
    matrix: np.ndarray


class Backend(Protocol):
    def exists(self) -> bool: ...
    def create(self) -> None: ...
    def tokenizer(self) -> str: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def fingerprints(self) -> dict[str, str]: ...
    def put_document(self, row: DocumentRow) -> None: ...
    def delete_documents(self, doc_ids: Iterable[str]) -> None: ...
    def refresh_statistics(self) -> None: ...
    # Full-text look-ups, several at once (one round trip where the store has them): for each, keys
    # of the newest documents (tasks) that hold, for every group, one of its phrases' tokens, newest
    # first; then what search/ranking.py scores them from.
    def document_matches_each(
        self, look_ups: Sequence[Sequence[Sequence[Phrase]]], filters: Filters, limit: int
    ) -> list[list[int]]: ...
    def task_matches_each(
        self, look_ups: Sequence[Sequence[Sequence[Phrase]]], filters: Filters, limit: int
    ) -> list[list[int]]: ...

    # Whether `*_matches_each` answers its look-ups in one round trip (then a search asks them
    # together), or a statement each at no round trip's cost (then one after another, each knowing
    # the answers before it: search/empty_look_ups.py).
    look_ups_batched: bool

    # Whether any document (task) holds each look-up, whatever the filters (the respelling asks).
    def documents_holding_each(self, look_ups: Sequence[Sequence[Sequence[Phrase]]]) -> list[bool]: ...
    def tasks_holding_each(self, look_ups: Sequence[Sequence[Sequence[Phrase]]]) -> list[bool]: ...
    # Keys of the newest documents (tasks) with tasks due in some months or labelled with a party,
    # each with those tasks' texts.
    def document_tasks_held(self, asked: Due | Party, filters: Filters, limit: int) -> dict[int, list[str]]: ...
    def task_rows_held(self, asked: Due | Party, filters: Filters, limit: int) -> dict[int, list[str]]: ...
    # The candidates' texts and their table's key range, in one statement (ranking.Candidates).
    def document_texts(self, keys: Sequence[int]) -> Candidates: ...
    def task_texts(self, keys: Sequence[int]) -> Candidates: ...
    def documents(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]: ...
    def record(self, doc_id: str) -> str | None: ...
    def tasks_of(
        self,
        doc_ids: Sequence[str],
        task_ids: Sequence[str] | None = None,
        keep: Callable[[str, str, str, int], bool] | None = None,
    ) -> dict[tuple[str, str], dict[str, Any]]: ...
    # `documents` and `tasks_of` in one statement.
    def documents_and_tasks(
        self,
        doc_ids: Sequence[str],
        task_ids: Sequence[str] | None = None,
        keep: Callable[[str, str, str, int], bool] | None = None,
    ) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str], dict[str, Any]]]: ...
    def document_ids(self, filters: Filters, among: Sequence[str] | None = None) -> set[str]: ...
    def task_paragraphs(self, filters: Filters, among: Sequence[str]) -> list[tuple[str, str, int]]: ...
    def paragraphs_without_vectors(self) -> Iterator[tuple[str, list[ParagraphRow]]]: ...
    def put_vectors(self, doc_id: str, ordinals: Sequence[int], matrix: np.ndarray) -> None: ...
    def vectors(self, among: Sequence[str] | None = None) -> VectorSet: ...
    def vector_holders(self) -> dict[int, tuple[str, str]]: ...
    def vector_batches(self, keys: Sequence[int] | None = None, documents: int = ...) -> Iterator[VectorSet]: ...
    def vector_count(self) -> int: ...
    def has_vectors(self) -> bool: ...
    def generation(self) -> int: ...
    def facet_values(self) -> dict[str, list[str]]: ...
    def counts(self) -> dict[str, int]: ...
    def close(self) -> None: ...
