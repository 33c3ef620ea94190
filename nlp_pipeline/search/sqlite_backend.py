"""The default search store: one SQLite file with FTS5 tables, facet tables and vector blobs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import SearchError
from .backend import DocumentRow, Filters, ParagraphRow, VectorSet
from .tokenize import Phrase

SCHEMA_VERSION = "1"
VECTOR_DTYPE = np.float32
# Title hits count three times a body hit; the facets column (filter tokens) never scores.
DOCUMENT_RANK = "bm25(3.0, 1.0, 0.0)"
TASK_RANK = "bm25(1.0, 0.0)"
# Filters on these are matched inside the full-text index, as tokens of a `facets` column, so
# FTS5 intersects them with the query words instead of SQLite checking every matching row.
TOKEN_FACETS = ("sector", "unit", "doc_type", "region")
FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 0'"

SCHEMA = f"""
CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL,
    title TEXT, date TEXT, doc_type TEXT NOT NULL, issuer TEXT, region TEXT,
    sectors TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX documents_date ON documents (date);
CREATE TABLE document_facets (
    facet TEXT NOT NULL, value TEXT NOT NULL, document INTEGER NOT NULL,
    PRIMARY KEY (facet, value, document)) WITHOUT ROWID;
CREATE INDEX document_facets_document ON document_facets (document);
CREATE TABLE paragraphs (
    document INTEGER NOT NULL, ordinal INTEGER NOT NULL, start INTEGER NOT NULL,
    end INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (document, ordinal)) WITHOUT ROWID;
CREATE TABLE vectors (
    document INTEGER NOT NULL, ordinal INTEGER NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (document, ordinal)) WITHOUT ROWID;
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY, document INTEGER NOT NULL, task_id TEXT NOT NULL, text TEXT NOT NULL,
    source TEXT NOT NULL, units TEXT NOT NULL, deadline TEXT, deadline_date TEXT,
    sectors TEXT NOT NULL, modality TEXT, section TEXT, paragraph INTEGER NOT NULL);
CREATE INDEX tasks_document ON tasks (document);
CREATE TABLE task_facets (
    facet TEXT NOT NULL, value TEXT NOT NULL, task INTEGER NOT NULL,
    PRIMARY KEY (facet, value, task)) WITHOUT ROWID;
CREATE INDEX task_facets_task ON task_facets (task);
CREATE TABLE records (document INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE VIRTUAL TABLE document_fts USING fts5 (title, body, facets, {FTS_OPTIONS});
CREATE VIRTUAL TABLE task_fts USING fts5 (tokens, facets, {FTS_OPTIONS});
INSERT INTO document_fts (document_fts, rank) VALUES ('rank', '{DOCUMENT_RANK}');
INSERT INTO task_fts (task_fts, rank) VALUES ('rank', '{TASK_RANK}');
INSERT INTO search_meta VALUES ('schema_version', '{SCHEMA_VERSION}'), ('generation', '0'),
                               ('tokenizer', 'cjk-bigram');
"""


def match_expression(phrases: Sequence[Phrase], filters: Filters, text_columns: str) -> str:
    # Tokens hold only letters and digits, so quoting them makes every FTS operator plain text.
    words = " OR ".join('"' + " ".join(p.tokens) + '"' + (" *" if p.prefix else "") for p in phrases)
    required = [
        f'facets : "{facet_token(facet, getattr(filters, facet))}"' for facet in TOKEN_FACETS if getattr(filters, facet)
    ]
    return " AND ".join([f"{text_columns} : ({words})", *required])


def facet_token(facet: str, value: str) -> str:
    """One index token for a facet value: hex keeps any value a single letters-and-digits token."""
    return f"{facet.replace('_', '')}x{value.encode('utf-8').hex()}"


def facet_tokens(pairs: Iterable[tuple[str, str | None]]) -> str:
    return " ".join(facet_token(facet, value) for facet, value in pairs if value)


class SqliteBackend:
    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(db_path)
        self._db: sqlite3.Connection | None = None

    # -- connection and transactions ------------------------------------------------------

    def exists(self) -> bool:
        return self.path.is_file()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            if not self.exists():
                raise SearchError(f"no search index at {self.path}; build one with `nlp-pipeline index`")
            self._db = self._open()
        return self._db

    def create(self) -> None:
        """Open the index, creating an empty one first when the file does not exist."""
        if self._db is None and not self.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, isolation_level=None)
            try:
                db.executescript("BEGIN;" + SCHEMA + "COMMIT;")
            finally:
                db.close()
        # an index built before records were kept gains their table; its documents show no view
        self.db.execute("CREATE TABLE IF NOT EXISTS records (document INTEGER PRIMARY KEY, record TEXT NOT NULL)")

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            version = db.execute("SELECT value FROM search_meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as error:
            db.close()
            raise SearchError(f"{self.path} is not a search index or is corrupt ({error})") from error
        if not version or version[0] != SCHEMA_VERSION:
            db.close()
            raise SearchError(f"{self.path} was built by another version of the index; rebuild it")
        db.execute("PRAGMA synchronous = NORMAL")
        return db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
            db.execute("UPDATE search_meta SET value = value + 1 WHERE key = 'generation'")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def generation(self) -> int:
        return int(self._meta("generation"))

    def tokenizer(self) -> str:
        return self._meta("tokenizer")

    def _meta(self, key: str) -> str:
        return self.db.execute("SELECT value FROM search_meta WHERE key = ?", (key,)).fetchone()[0]

    # -- writing ---------------------------------------------------------------------------

    def fingerprints(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT doc_id, fingerprint FROM documents"))

    def put_document(self, row: DocumentRow) -> None:
        self.delete_documents([row.doc_id])
        db = self.db
        document = db.execute(
            "INSERT INTO documents (doc_id, fingerprint, title, date, doc_type, issuer, region, sectors, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.doc_id,
                row.fingerprint,
                row.title,
                row.date,
                row.doc_type,
                row.issuer,
                row.region,
                _json(row.sectors),
                row.text,
            ),
        ).lastrowid
        document_facets = [("doc_type", row.doc_type), ("region", row.region)]
        db.execute(
            "INSERT INTO document_fts (rowid, title, body, facets) VALUES (?, ?, ?, ?)",
            (
                document,
                row.title_tokens,
                row.body_tokens,
                facet_tokens(
                    [*document_facets, *(("sector", s) for s in row.sectors), *(("unit", u) for u in row.units)]
                ),
            ),
        )
        db.executemany(
            "INSERT OR IGNORE INTO document_facets VALUES (?, ?, ?)",
            [(facet, value, document) for facet, value in document_facets if value]
            + [("sector", s, document) for s in row.sectors]
            + [("unit", u, document) for u in row.units],
        )
        db.execute("INSERT INTO records (document, record) VALUES (?, ?)", (document, row.record))
        db.executemany(
            "INSERT INTO paragraphs (document, ordinal, start, end, text) VALUES (?, ?, ?, ?, ?)",
            [(document, p.ordinal, p.start, p.end, p.text) for p in row.paragraphs],
        )
        first_task = db.execute("SELECT coalesce(max(id), 0) + 1 FROM tasks").fetchone()[0]
        keyed = list(enumerate(row.tasks, start=first_task))
        db.executemany(
            "INSERT INTO tasks (id, document, task_id, text, source, units, deadline, deadline_date, sectors,"
            " modality, section, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    key,
                    document,
                    task.task_id,
                    task.text,
                    task.source,
                    _json(task.units),
                    _json(task.deadline) if task.deadline else None,
                    (task.deadline or {}).get("date"),
                    _json(task.sectors),
                    task.modality,
                    task.section,
                    task.paragraph,
                )
                for key, task in keyed
            ],
        )
        db.executemany(
            "INSERT INTO task_fts (rowid, tokens, facets) VALUES (?, ?, ?)",
            [
                (
                    key,
                    task.tokens,
                    facet_tokens(
                        [*document_facets, *(("sector", s) for s in task.sectors), *(("unit", u) for u in task.units)]
                    ),
                )
                for key, task in keyed
            ],
        )
        db.executemany(
            "INSERT OR IGNORE INTO task_facets VALUES (?, ?, ?)",
            [
                (facet, value, key)
                for key, task in keyed
                for facet, values in (("sector", task.sectors), ("unit", task.units))
                for value in values
            ],
        )

    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        db = self.db
        for doc_id in doc_ids:
            found = db.execute("SELECT id FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            if not found:
                continue
            document = found[0]
            task_keys = [(key,) for (key,) in db.execute("SELECT id FROM tasks WHERE document = ?", (document,))]
            db.executemany("DELETE FROM task_fts WHERE rowid = ?", task_keys)
            db.executemany("DELETE FROM task_facets WHERE task = ?", task_keys)
            for table, column in (
                ("tasks", "document"),
                ("paragraphs", "document"),
                ("vectors", "document"),
                ("records", "document"),
                ("document_facets", "document"),
                ("document_fts", "rowid"),
                ("documents", "id"),
            ):
                db.execute(f"DELETE FROM {table} WHERE {column} = ?", (document,))

    def put_vectors(self, doc_id: str, ordinals: Sequence[int], matrix: np.ndarray) -> None:
        (document,) = self.db.execute("SELECT id FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        self.db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
            [
                (document, ordinal, np.asarray(vector, VECTOR_DTYPE).tobytes())
                for ordinal, vector in zip(ordinals, matrix, strict=False)
            ],
        )

    # -- reading ---------------------------------------------------------------------------

    def keyword_documents(self, phrases: Sequence[Phrase], filters: Filters, limit: int) -> list[tuple[str, float]]:
        where, params = _date_filters(filters)
        sql = (
            "SELECT d.doc_id, -document_fts.rank FROM document_fts JOIN documents d ON d.id = document_fts.rowid"
            f" WHERE document_fts MATCH ? {where} ORDER BY document_fts.rank LIMIT ?"
        )
        return self.db.execute(sql, [match_expression(phrases, filters, "{title body}"), *params, limit]).fetchall()

    def keyword_tasks(self, phrases: Sequence[Phrase], filters: Filters, limit: int) -> list[tuple[str, str, float]]:
        where, params = _date_filters(filters)
        sql = (
            "SELECT d.doc_id, t.task_id, -task_fts.rank FROM task_fts JOIN tasks t ON t.id = task_fts.rowid"
            f" JOIN documents d ON d.id = t.document WHERE task_fts MATCH ? {where}"
            " ORDER BY task_fts.rank LIMIT ?"
        )
        return self.db.execute(sql, [match_expression(phrases, filters, "tokens"), *params, limit]).fetchall()

    def documents(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        rows = self.db.execute(
            "SELECT doc_id, title, date, doc_type, issuer, region, sectors, text FROM documents"
            f" WHERE doc_id IN ({_marks(doc_ids)})",
            list(doc_ids),
        )
        return {
            row[0]: {
                "doc_id": row[0],
                "title": row[1],
                "date": row[2],
                "doc_type": row[3],
                "issuer": row[4],
                "region": row[5],
                "sectors": json.loads(row[6]),
                "text": row[7],
            }
            for row in rows
        }

    def record(self, doc_id: str) -> str | None:
        try:
            found = self.db.execute(
                "SELECT r.record FROM records r JOIN documents d ON d.id = r.document" " WHERE d.doc_id = ?", (doc_id,)
            ).fetchone()
        except sqlite3.OperationalError:  # an index from before records were kept, opened read-only
            return None
        return found[0] if found else None

    def tasks_of(self, doc_ids: Sequence[str]) -> dict[tuple[str, str], dict[str, Any]]:
        rows = self.db.execute(
            "SELECT d.doc_id, t.task_id, t.text, t.source, t.units, t.deadline, t.sectors, t.modality,"
            " t.section, t.paragraph FROM tasks t JOIN documents d ON d.id = t.document"
            f" WHERE d.doc_id IN ({_marks(doc_ids)}) ORDER BY t.id",
            list(doc_ids),
        )
        return {
            (row[0], row[1]): {
                "doc_id": row[0],
                "task_id": row[1],
                "text": row[2],
                "source": row[3],
                "units": json.loads(row[4]),
                "deadline": json.loads(row[5]) if row[5] else None,
                "sectors": json.loads(row[6]),
                "modality": row[7],
                "section": row[8],
                "paragraph": row[9],
            }
            for row in rows
        }

    def document_ids(self, filters: Filters) -> set[str]:
        where, params = _document_filters(filters)
        return {doc_id for (doc_id,) in self.db.execute(f"SELECT doc_id FROM documents d WHERE 1 {where}", params)}

    def task_paragraphs(self, filters: Filters) -> list[tuple[str, str, int]]:
        where, params = _task_filters(filters)
        return self.db.execute(
            "SELECT d.doc_id, t.task_id, t.paragraph FROM tasks t"
            f" JOIN documents d ON d.id = t.document WHERE 1 {where}",
            params,
        ).fetchall()

    def paragraphs_without_vectors(self) -> Iterator[tuple[str, list[ParagraphRow]]]:
        unembedded = (
            "FROM paragraphs p JOIN documents d ON d.id = p.document LEFT JOIN vectors v"
            " ON v.document = p.document AND v.ordinal = p.ordinal WHERE v.vector IS NULL"
        )
        pending = self.db.execute(f"SELECT DISTINCT d.doc_id, d.id {unembedded} ORDER BY d.id").fetchall()
        for doc_id, _ in pending:
            rows = self.db.execute(
                f"SELECT p.ordinal, p.start, p.end, p.text {unembedded} AND d.doc_id = ?" " ORDER BY p.ordinal",
                (doc_id,),
            )
            yield doc_id, [ParagraphRow(*row) for row in rows]

    def vectors(self) -> VectorSet:
        rows = self.db.execute(
            "SELECT d.doc_id, v.ordinal, v.vector FROM vectors v" " JOIN documents d ON d.id = v.document"
        ).fetchall()
        if not rows:
            return VectorSet([], [], np.zeros((0, 0), VECTOR_DTYPE))
        matrix = np.frombuffer(b"".join(row[2] for row in rows), VECTOR_DTYPE).reshape(len(rows), -1)
        return VectorSet([row[0] for row in rows], [row[1] for row in rows], matrix)

    def has_vectors(self) -> bool:
        return bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM vectors)").fetchone()[0])

    def facet_values(self) -> dict[str, list[str]]:
        db = self.db
        # The facet table's key starts with (facet, value): each list is one index range.
        return {
            facet: [
                value
                for (value,) in db.execute(
                    "SELECT DISTINCT value FROM document_facets WHERE facet = ? ORDER BY value", (facet,)
                )
            ]
            for facet in TOKEN_FACETS
        }

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "paragraphs": one("SELECT count(*) FROM paragraphs"),
            "tasks": one("SELECT count(*) FROM tasks"),
            "vectors": one("SELECT count(*) FROM vectors"),
            "embedded_documents": one("SELECT count(DISTINCT document) FROM vectors"),
            "tasks_with_deadline": one("SELECT count(*) FROM tasks WHERE deadline IS NOT NULL"),
        }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _date_filters(filters: Filters) -> tuple[str, list[Any]]:
    bounds = [
        (condition, value)
        for condition, value in (("d.date >= ?", filters.date_from), ("d.date <= ?", filters.date_to))
        if value
    ]
    return "".join(f" AND {condition}" for condition, _ in bounds), [value for _, value in bounds]


def _document_filters(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for facet in ("sector", "unit"):
        if getattr(filters, facet):
            clauses.append("d.id IN (SELECT document FROM document_facets WHERE facet = ? AND value = ?)")
            params += [facet, getattr(filters, facet)]
    for condition, value in (("d.doc_type = ?", filters.doc_type), ("d.region = ?", filters.region)):
        if value:
            clauses.append(condition)
            params.append(value)
    dates, date_params = _date_filters(filters)
    return "".join(" AND " + clause for clause in clauses) + dates, params + date_params


def _task_filters(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for facet in ("sector", "unit"):
        if getattr(filters, facet):
            clauses.append("t.id IN (SELECT task FROM task_facets WHERE facet = ? AND value = ?)")
            params += [facet, getattr(filters, facet)]
    document_where, document_params = _document_filters(
        Filters(doc_type=filters.doc_type, region=filters.region, date_from=filters.date_from, date_to=filters.date_to)
    )
    return "".join(" AND " + clause for clause in clauses) + document_where, params + document_params
