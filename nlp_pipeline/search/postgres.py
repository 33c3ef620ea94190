"""The PostgreSQL search store: the SQLite store's tables, with tsvector full text and GIN indexes.

For an archive too large for one file, or shared by several servers. The tokens are the SQLite
store's (`index_tokens`: CJK bigrams), written into the tsvector with explicit positions, so the
`simple` configuration's parser never sees Chinese text and a query phrase matches exactly the
documents it matches in SQLite; only the scores differ (`ts_rank` instead of BM25, title hits
again weighted three times a body hit).

Connection: a `postgresql://` URL as libpq understands it; what it leaves out (password, host,
user) comes from libpq's own environment variables and files (PGPASSWORD, PGHOST, ~/.pgpass ...),
so no credentials need to be written in a command line. A bare ``postgresql://`` takes the whole
URL from NLP_PIPELINE_PG_URL. All tables live in their own schema, `nlp_pipeline_search`.

Vectors: Debian's archive has no pgvector package for the PostgreSQL it ships, so paragraph
vectors are float32 `bytea` values ranked in the application, as in the SQLite store.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from ..errors import SearchError
from .backend import DocumentRow, Filters, ParagraphRow, VectorSet
from .tokenize import Phrase

URL_VARIABLE = "NLP_PIPELINE_PG_URL"
URL_PREFIXES = ("postgresql://", "postgres://")
SCHEMA_NAME = "nlp_pipeline_search"
SCHEMA_VERSION = "1"
VECTOR_DTYPE = np.float32
# tsvector positions stop at 16383: a longer body is stored as several overlapping chunks, the
# overlap longer than any query phrase, so a phrase is never lost at a chunk border.
CHUNK_POSITIONS = 16_000
CHUNK_OVERLAP = 64
# PostgreSQL refuses lexemes over 2047 bytes (only a run of letters or digits that long, i.e.
# no word anyone searches for).
LONGEST_LEXEME_BYTES = 2047
# ts_rank weights {D, C, B, A}: bodies are D, titles A; a title hit counts three body hits.
RANK_WEIGHTS = "{0.1, 0.1, 0.1, 0.3}"
# Normalization 1: divide by 1 + log(length), so that long documents do not win on length alone.
RANK_NORMALIZATION = 1

# Kept apart so that an index built before records were kept gains the table when next written.
RECORDS = """CREATE TABLE IF NOT EXISTS records (
    document bigint PRIMARY KEY REFERENCES documents ON DELETE CASCADE, record text NOT NULL);"""

SCHEMA = f"""
CREATE SCHEMA {SCHEMA_NAME};
CREATE TABLE search_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE documents (
    id bigserial PRIMARY KEY, doc_id text NOT NULL UNIQUE, fingerprint text NOT NULL,
    title text, date text, doc_type text NOT NULL, issuer text, region text,
    sectors text NOT NULL, text text NOT NULL);
CREATE INDEX documents_date ON documents (date);
CREATE TABLE document_facets (
    facet text NOT NULL, value text NOT NULL,
    document bigint NOT NULL REFERENCES documents ON DELETE CASCADE,
    PRIMARY KEY (facet, value, document));
CREATE INDEX document_facets_document ON document_facets (document);
CREATE TABLE document_chunks (
    document bigint NOT NULL REFERENCES documents ON DELETE CASCADE, ordinal integer NOT NULL,
    tokens tsvector NOT NULL, PRIMARY KEY (document, ordinal));
CREATE INDEX document_chunks_tokens ON document_chunks USING gin (tokens);
CREATE TABLE paragraphs (
    document bigint NOT NULL REFERENCES documents ON DELETE CASCADE, ordinal integer NOT NULL,
    start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
    PRIMARY KEY (document, ordinal));
CREATE TABLE vectors (
    document bigint NOT NULL REFERENCES documents ON DELETE CASCADE, ordinal integer NOT NULL,
    vector bytea NOT NULL, PRIMARY KEY (document, ordinal));
CREATE TABLE tasks (
    id bigserial PRIMARY KEY, document bigint NOT NULL REFERENCES documents ON DELETE CASCADE,
    task_id text NOT NULL, text text NOT NULL, source text NOT NULL, units text NOT NULL,
    deadline text, deadline_date text, sectors text NOT NULL, modality text, section text,
    paragraph integer NOT NULL, tokens tsvector NOT NULL);
CREATE INDEX tasks_document ON tasks (document);
CREATE INDEX tasks_tokens ON tasks USING gin (tokens);
CREATE TABLE task_facets (
    facet text NOT NULL, value text NOT NULL, task bigint NOT NULL REFERENCES tasks ON DELETE CASCADE,
    PRIMARY KEY (facet, value, task));
CREATE INDEX task_facets_task ON task_facets (task);
{RECORDS}
INSERT INTO search_meta VALUES ('schema_version', '{SCHEMA_VERSION}'), ('generation', '0'),
                               ('tokenizer', 'cjk-bigram');
"""


def is_postgres_url(db: object) -> bool:
    return str(db).startswith(URL_PREFIXES)


def connection_url(url: str) -> str:
    """The URL to connect with: `url`, or NLP_PIPELINE_PG_URL for a bare postgresql://."""
    if url.rstrip("/") in {prefix.rstrip("/") for prefix in URL_PREFIXES}:
        configured = os.environ.get(URL_VARIABLE)
        if not configured:
            raise SearchError(f"--db {url} names no database and {URL_VARIABLE} is not set")
        return configured
    return url


def shown_url(url: str) -> str:
    """The URL without a password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")))


# -- tokens -> tsvector / tsquery literals ------------------------------------------------------


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _searchable(tokens: str) -> list[str]:
    return [token for token in tokens.split() if len(token.encode("utf-8")) <= LONGEST_LEXEME_BYTES]


def _positioned(tokens: list[str], first: int, weight: str = "") -> list[str]:
    return [f"{_lexeme(token)}:{first + offset}{weight}" for offset, token in enumerate(tokens)]


def document_chunks(title_tokens: str, body_tokens: str) -> list[str]:
    """tsvector literals for a document: the title (weight A) then its body, chunked."""
    title, body = _searchable(title_tokens), _searchable(body_tokens)
    # One position left empty after the title: a phrase must not run from the title into the body.
    body_start = len(title) + 2 if title else 1
    first_room = max(CHUNK_POSITIONS - body_start, CHUNK_OVERLAP + 1)
    chunks = [" ".join(_positioned(title, 1, "A") + _positioned(body[:first_room], body_start))]
    step = CHUNK_POSITIONS - CHUNK_OVERLAP
    for start in range(first_room - CHUNK_OVERLAP, len(body) - CHUNK_OVERLAP, step):
        chunks.append(" ".join(_positioned(body[start : start + CHUNK_POSITIONS], 1)))
    return chunks


def task_vector(tokens: str) -> str:
    return " ".join(_positioned(_searchable(tokens)[:CHUNK_POSITIONS], 1))


def tsquery(phrases: Sequence[Phrase]) -> str:
    """The query of the SQLite store's MATCH expression: any phrase, each one's tokens in order."""

    def phrase(p: Phrase) -> str:
        if p.prefix:
            return f"{_lexeme(p.tokens[0])}:*"
        return "(" + " <-> ".join(map(_lexeme, p.tokens)) + ")"

    return " | ".join(phrase(p) for p in phrases)


class PostgresBackend:
    def __init__(self, url: str) -> None:
        self.url = url
        self._db = None

    # -- connection and transactions ------------------------------------------------------

    def _connect(self):
        try:
            import psycopg
        except ImportError as error:
            raise SearchError(
                "a postgresql:// index needs psycopg (pip install 'nlp-pipeline[distributed]')"
            ) from error
        try:
            db = psycopg.connect(connection_url(self.url), autocommit=True)
        except psycopg.Error as error:
            raise SearchError(f"cannot connect to {shown_url(self.url)}: {str(error).strip()}") from error
        db.execute(f"SET search_path TO {SCHEMA_NAME}")  # the schema may not exist yet: that is fine
        return db

    @property
    def connection(self):
        if self._db is None:
            self._db = self._connect()
        return self._db

    def exists(self) -> bool:
        return self.connection.execute(
            "SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA_NAME}.search_meta",)
        ).fetchone()[0]

    @property
    def db(self):
        """The connection, once it is known to hold one of our indexes."""
        db = self.connection
        if not self.exists():
            if db.execute("SELECT to_regnamespace(%s) IS NOT NULL", (SCHEMA_NAME,)).fetchone()[0]:
                raise SearchError(f"{shown_url(self.url)}: schema {SCHEMA_NAME} is not a search index")
            raise SearchError(f"no search index at {shown_url(self.url)}; build one with `nlp-pipeline index`")
        version = db.execute("SELECT value FROM search_meta WHERE key = 'schema_version'").fetchone()
        if not version or version[0] != SCHEMA_VERSION:
            raise SearchError(f"{shown_url(self.url)} was built by another version of the index; rebuild it")
        return db

    def create(self) -> None:
        """Create the index's schema when the database does not hold one yet."""
        db = self.connection
        if not self.exists():
            import psycopg

            try:
                with db.transaction():
                    db.execute(SCHEMA)
            except psycopg.errors.DuplicateSchema as error:
                raise SearchError(f"{shown_url(self.url)}: schema {SCHEMA_NAME} is not a search index") from error
        self.db.execute(RECORDS)  # also checks the schema version

    @contextmanager
    def transaction(self) -> Iterator[None]:
        db = self.db
        with db.transaction():
            yield
            db.execute("UPDATE search_meta SET value = (value::bigint + 1)::text WHERE key = 'generation'")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def generation(self) -> int:
        return int(self._meta("generation"))

    def tokenizer(self) -> str:
        return self._meta("tokenizer")

    def _meta(self, key: str) -> str:
        return self.db.execute("SELECT value FROM search_meta WHERE key = %s", (key,)).fetchone()[0]

    # -- writing ---------------------------------------------------------------------------

    def fingerprints(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT doc_id, fingerprint FROM documents").fetchall())

    def put_document(self, row: DocumentRow) -> None:
        # COPY and ids drawn ahead: a handful of round trips per document, not one per row.
        self.delete_documents([row.doc_id])
        db = self.db
        document = db.execute(
            "INSERT INTO documents (doc_id, fingerprint, title, date, doc_type, issuer, region, sectors, text)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
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
        ).fetchone()[0]
        db.execute("INSERT INTO records (document, record) VALUES (%s, %s)", (document, row.record))
        task_keys = [
            key
            for (key,) in db.execute(
                "SELECT nextval(pg_get_serial_sequence('tasks', 'id')) FROM generate_series(1, %s)", (len(row.tasks),)
            ).fetchall()
        ]
        with db.cursor() as cursor:
            _copy(
                cursor,
                "document_chunks (document, ordinal, tokens)",
                [
                    (document, ordinal, chunk)
                    for ordinal, chunk in enumerate(document_chunks(row.title_tokens, row.body_tokens))
                ],
            )
            _copy(cursor, "document_facets (facet, value, document)", _facet_rows(row.sectors, row.units, document))
            _copy(
                cursor,
                'paragraphs (document, ordinal, start, "end", text)',
                [(document, p.ordinal, p.start, p.end, p.text) for p in row.paragraphs],
            )
            _copy(
                cursor,
                "tasks (id, document, task_id, text, source, units, deadline, deadline_date, sectors,"
                " modality, section, paragraph, tokens)",
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
                        task_vector(task.tokens),
                    )
                    for key, task in zip(task_keys, row.tasks, strict=False)
                ],
            )
            _copy(
                cursor,
                "task_facets (facet, value, task)",
                [
                    facet
                    for key, task in zip(task_keys, row.tasks, strict=False)
                    for facet in _facet_rows(task.sectors, task.units, key)
                ],
            )

    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        # Facets, chunks, paragraphs and tasks go with their document (ON DELETE CASCADE).
        self.db.execute("DELETE FROM documents WHERE doc_id = ANY(%s)", (list(doc_ids),))

    def put_vectors(self, doc_id: str, ordinals: Sequence[int], matrix: np.ndarray) -> None:
        (document,) = self.db.execute("SELECT id FROM documents WHERE doc_id = %s", (doc_id,)).fetchone()
        with self.db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO vectors VALUES (%s, %s, %s)"
                " ON CONFLICT (document, ordinal) DO UPDATE SET vector = EXCLUDED.vector",
                [
                    (document, ordinal, np.asarray(vector, VECTOR_DTYPE).tobytes())
                    for ordinal, vector in zip(ordinals, matrix, strict=False)
                ],
            )

    # -- reading ---------------------------------------------------------------------------

    def keyword_documents(self, phrases: Sequence[Phrase], filters: Filters, limit: int) -> list[tuple[str, float]]:
        where, params = _document_filters(filters)
        sql = (
            f"SELECT d.doc_id, max(ts_rank('{RANK_WEIGHTS}', c.tokens, q, {RANK_NORMALIZATION})) AS score"
            " FROM document_chunks c JOIN documents d ON d.id = c.document, CAST(%s AS tsquery) q"
            f" WHERE c.tokens @@ q {where} GROUP BY d.id ORDER BY score DESC, d.id LIMIT %s"
        )
        return [
            (doc_id, float(score))
            for doc_id, score in self.db.execute(sql, [tsquery(phrases), *params, limit]).fetchall()
        ]

    def keyword_tasks(self, phrases: Sequence[Phrase], filters: Filters, limit: int) -> list[tuple[str, str, float]]:
        where, params = _task_filters(filters)
        sql = (
            f"SELECT d.doc_id, t.task_id, ts_rank('{RANK_WEIGHTS}', t.tokens, q, {RANK_NORMALIZATION}) AS score"
            " FROM tasks t JOIN documents d ON d.id = t.document, CAST(%s AS tsquery) q"
            f" WHERE t.tokens @@ q {where} ORDER BY score DESC, t.id LIMIT %s"
        )
        return [
            (doc_id, task_id, float(score))
            for doc_id, task_id, score in self.db.execute(sql, [tsquery(phrases), *params, limit]).fetchall()
        ]

    def documents(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        rows = self.db.execute(
            "SELECT doc_id, title, date, doc_type, issuer, region, sectors, text FROM documents"
            " WHERE doc_id = ANY(%s)",
            (list(doc_ids),),
        ).fetchall()
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
        found = self.db.execute(
            "SELECT r.record FROM records r JOIN documents d ON d.id = r.document" " WHERE d.doc_id = %s", (doc_id,)
        ).fetchone()
        return found[0] if found else None

    def tasks_of(self, doc_ids: Sequence[str]) -> dict[tuple[str, str], dict[str, Any]]:
        rows = self.db.execute(
            "SELECT d.doc_id, t.task_id, t.text, t.source, t.units, t.deadline, t.sectors, t.modality,"
            " t.section, t.paragraph FROM tasks t JOIN documents d ON d.id = t.document"
            " WHERE d.doc_id = ANY(%s) ORDER BY t.id",
            (list(doc_ids),),
        ).fetchall()
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
        return {
            doc_id
            for (doc_id,) in self.db.execute(f"SELECT doc_id FROM documents d WHERE TRUE {where}", params).fetchall()
        }

    def task_paragraphs(self, filters: Filters) -> list[tuple[str, str, int]]:
        where, params = _task_filters(filters)
        return [
            tuple(row)
            for row in self.db.execute(
                "SELECT d.doc_id, t.task_id, t.paragraph FROM tasks t"
                f" JOIN documents d ON d.id = t.document WHERE TRUE {where}",
                params,
            ).fetchall()
        ]

    def paragraphs_without_vectors(self) -> Iterator[tuple[str, list[ParagraphRow]]]:
        unembedded = (
            "FROM paragraphs p JOIN documents d ON d.id = p.document LEFT JOIN vectors v"
            " ON v.document = p.document AND v.ordinal = p.ordinal WHERE v.vector IS NULL"
        )
        pending = self.db.execute(f"SELECT DISTINCT d.doc_id, d.id {unembedded} ORDER BY d.id").fetchall()
        for doc_id, _ in pending:
            rows = self.db.execute(
                f'SELECT p.ordinal, p.start, p."end", p.text {unembedded} AND d.doc_id = %s' " ORDER BY p.ordinal",
                (doc_id,),
            ).fetchall()
            yield doc_id, [ParagraphRow(*row) for row in rows]

    def vectors(self) -> VectorSet:
        rows = self.db.execute(
            "SELECT d.doc_id, v.ordinal, v.vector FROM vectors v"
            " JOIN documents d ON d.id = v.document ORDER BY d.id, v.ordinal"
        ).fetchall()
        if not rows:
            return VectorSet([], [], np.zeros((0, 0), VECTOR_DTYPE))
        matrix = np.frombuffer(b"".join(bytes(row[2]) for row in rows), VECTOR_DTYPE).reshape(len(rows), -1)
        return VectorSet([row[0] for row in rows], [row[1] for row in rows], matrix)

    def has_vectors(self) -> bool:
        return bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM vectors)").fetchone()[0])

    def facet_values(self) -> dict[str, list[str]]:
        db = self.db
        # COLLATE "C": code-point order, the order SQLite gives, whatever the database's locale.
        values = {
            facet: [
                v
                for (v,) in db.execute(
                    'SELECT DISTINCT value COLLATE "C" AS v FROM document_facets WHERE facet = %s ORDER BY v', (facet,)
                ).fetchall()
            ]
            for facet in ("sector", "unit")
        }
        for column in ("doc_type", "region"):
            values[column] = [
                v
                for (v,) in db.execute(
                    f'SELECT DISTINCT {column} COLLATE "C" AS v FROM documents WHERE {column} IS NOT NULL ORDER BY v'
                ).fetchall()
            ]
        return values

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


def _facet_rows(sectors: Sequence[str], units: Sequence[str], key: int) -> list[tuple[str, str, int]]:
    return list(dict.fromkeys([("sector", s, key) for s in sectors] + [("unit", u, key) for u in units]))


def _copy(cursor, table: str, rows: Sequence[tuple]) -> None:
    if rows:
        with cursor.copy(f"COPY {table} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def _document_filters(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for facet in ("sector", "unit"):
        if getattr(filters, facet):
            clauses.append("d.id IN (SELECT document FROM document_facets WHERE facet = %s AND value = %s)")
            params += [facet, getattr(filters, facet)]
    for condition, value in (
        ("d.doc_type = %s", filters.doc_type),
        ("d.region = %s", filters.region),
        ('d.date >= %s COLLATE "C"', filters.date_from),
        ('d.date <= %s COLLATE "C"', filters.date_to),
    ):
        if value:
            clauses.append(condition)
            params.append(value)
    return "".join(" AND " + clause for clause in clauses), params


def _task_filters(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for facet in ("sector", "unit"):
        if getattr(filters, facet):
            clauses.append("t.id IN (SELECT task FROM task_facets WHERE facet = %s AND value = %s)")
            params += [facet, getattr(filters, facet)]
    document_where, document_params = _document_filters(
        Filters(doc_type=filters.doc_type, region=filters.region, date_from=filters.date_from, date_to=filters.date_to)
    )
    return "".join(" AND " + clause for clause in clauses) + document_where, params + document_params
