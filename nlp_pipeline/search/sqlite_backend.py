"""The default search store: one SQLite file with FTS5 tables, facet tables and vector blobs.

The tables, writes and reads are `SqlBackend`'s; this module holds the connection, the FTS5
tables and the MATCH queries."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import SearchError
from . import sql
from .backend import DocumentRow, Filters
from .tokenize import Party, Phrase

SCHEMA_VERSION = "1"
DIALECT = sql.Dialect(
    serial_key="INTEGER PRIMARY KEY",
    key="INTEGER",
    blob="BLOB",
    references="",  # no foreign keys: delete_documents removes the dependent rows first
    keyed_table=" WITHOUT ROWID",  # rows kept in their key's B-tree: a look-up by key reads one
    binary_collation="",  # SQLite compares text by code point already
)
# Facet tokens (sql.py) stand in a `facets` column of their own, which no query word searches.
FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 0'"

FULL_TEXT_SCHEMA = f"""
CREATE VIRTUAL TABLE document_fts USING fts5 (title, body, facets, {FTS_OPTIONS});
CREATE VIRTUAL TABLE task_fts USING fts5 (tokens, facets, {FTS_OPTIONS});
"""


def match_expression(groups: Sequence[Sequence[Phrase]], filters: Filters, text_columns: str) -> str:
    """Every group, each by any of its phrases, each phrase by all its tokens; and the facets.

    Tokens hold only letters and digits, so quoting them makes every FTS operator plain text."""

    words = " AND ".join("(" + factored(unabsorbed(group)) + ")" for group in groups)
    return " AND ".join(
        [f"{text_columns} : ({words})", *(f'facets : "{token}"' for token in sql.filter_tokens(filters))]
    )


def unabsorbed(group: Sequence[Phrase]) -> list[Phrase]:
    """The phrases of a group that no other phrase of it already matches. A phrase matches a row
    holding all its tokens (in any order: `("a" "b")` is an AND), so one holding every token of a
    shorter one matches only rows the shorter one matches (A OR (A AND B) = A) and is dropped; a
    prefix phrase (last token `*`) neither absorbs nor is absorbed. FTS5 advances an iterator per
    token of each phrase, so the row set is the same and the walk shorter: a party word's spellings
    under a unit filter at 100,000 documents (主管部门: 26 phrases, 17 left) took 300 → 165 ms."""
    plain = [frozenset(p.tokens) for p in group if not p.prefix]
    return [p for p in group if p.prefix or not any(other < frozenset(p.tokens) for other in plain)]


def factored(phrases: Sequence[Phrase]) -> str:
    """The phrases ORed, a token that several plain phrases share asked once for them all:
    (A B) OR (A C) OR D is written ("A" AND ((B) OR (C))) OR (D), the same rows. FTS5 walks a
    token's doclist once for each place it stands in the query: 分管领导's 14 spellings under a unit
    filter at 100,000 documents ask 领导 in six, and the statement that finds none walks every list
    to its end. The token most phrases share goes first, then the rest again; prefix phrases are
    left as they are (their last token is not a token of the index)."""
    plain = [p for p in phrases if not p.prefix]
    shares = Counter(token for p in plain for token in dict.fromkeys(p.tokens))
    shared = max(shares, key=shares.__getitem__, default="")
    if shares[shared] < 2:
        return " OR ".join(map(_phrase, phrases))
    holding = [p for p in plain if shared in p.tokens]
    rests = [replace(p, tokens=tuple(t for t in p.tokens if t != shared)) for p in holding]
    # a phrase of the shared token alone matches every row the others holding it match
    common = f'"{shared}"' if not all(r.tokens for r in rests) else f'("{shared}" AND ({factored(rests)}))'
    others = [p for p in phrases if p.prefix or shared not in p.tokens]
    return " OR ".join([common, *([factored(others)] if others else [])])


def _phrase(p: Phrase) -> str:
    """A phrase as FTS5 asks it: every token (an implicit AND), the last as a prefix where it is one."""
    return "(" + " ".join(f'"{token}"' for token in p.tokens) + (" *" if p.prefix else "") + ")"


def _fts5_table(name: str, keys_of: str, to_documents: str) -> sql.FullTextTable:
    """An FTS5 table whose rowid is the key of a row of `keys_of`."""
    return sql.FullTextTable(name, f"{name}.rowid", f"{name} MATCH ?", to_documents, keys_of)


class SqliteBackend(sql.SqlBackend):
    dialect = DIALECT

    def __init__(self, db_path: str | Path, *, read_only: bool = False) -> None:
        """`read_only`: open the file as immutable (SQLite's `immutable=1`): no lock, no write-ahead
        log, nothing written beside it, every write refused. Only for an index that nothing changes
        while it is open (a benchmark's, a copy being served)."""
        self.path = Path(db_path)
        self.read_only = read_only
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
                db.executescript("BEGIN;" + sql.schema(DIALECT, SCHEMA_VERSION) + FULL_TEXT_SCHEMA + "COMMIT;")
            finally:
                db.close()
        # opening checks the file is one of our indexes; one built before records were kept gains
        # their table (its documents show no view until re-indexed), and the tasks' due index
        self.execute(sql.records_table(DIALECT))
        self.execute(sql.DUE_INDEX)

    def _open(self) -> sqlite3.Connection:
        if self.read_only and self._pending_log():
            raise SearchError(
                f"{self.path} has a write-ahead log beside it (a writer open, or one that was stopped); "
                "an immutable reader would not see what it holds: open the index for writing once"
            )
        target = f"{self.path.resolve().as_uri()}?immutable=1" if self.read_only else str(self.path)
        db = sqlite3.connect(target, uri=self.read_only, isolation_level=None, check_same_thread=False)
        try:
            if not self.read_only:
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

    def _pending_log(self) -> bool:
        """Whether a write-ahead log beside the file holds pages (a writer still open, or one stopped
        before it closed, as an interrupted build): an immutable reader would not see them."""
        log = self.path.with_name(self.path.name + "-wal")
        return log.is_file() and log.stat().st_size > 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.read_only:
            raise SearchError(f"{self.path} is open read-only; nothing was written")
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.bump_generation()
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self.forget_vectors_held()

    # -- the dialect -------------------------------------------------------------------------

    def execute(self, statement: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.db.execute(statement, params).fetchall()

    def execute_many(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        self.db.executemany(statement, rows)

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} IN ({', '.join('?' * len(values))})", list(values)

    def record(self, doc_id: str) -> str | None:
        try:
            return super().record(doc_id)
        except sqlite3.OperationalError:  # an index from before records were kept, opened read-only
            return None

    def new_task_keys(self, count: int) -> list[int]:
        first = self.execute("SELECT coalesce(max(id), 0) + 1 FROM tasks")[0][0]
        return list(range(first, first + count))

    def put_full_text(self, document: int, row: DocumentRow, task_keys: Sequence[int]) -> None:
        self.execute(
            "INSERT INTO document_fts (rowid, title, body, facets) VALUES (?, ?, ?, ?)",
            (document, row.title_tokens, row.body_tokens, " ".join(sql.document_facet_tokens(row))),
        )
        self.execute_many(
            "INSERT INTO task_fts (rowid, tokens, facets) VALUES (?, ?, ?)",
            [
                (key, task.tokens, " ".join(sql.task_facet_tokens(row, task)))
                for key, task in zip(task_keys, row.tasks, strict=True)
            ],
        )

    def delete_full_text(self, document: int, task_keys: Sequence[int]) -> None:
        self.execute_many("DELETE FROM task_fts WHERE rowid = ?", [(key,) for key in task_keys])
        self.execute("DELETE FROM document_fts WHERE rowid = ?", (document,))

    # -- full-text look-ups ------------------------------------------------------------------

    document_text = _fts5_table("document_fts", "documents", " JOIN documents d ON d.id = document_fts.rowid")
    task_text = _fts5_table(
        "task_fts", "tasks", " JOIN tasks t ON t.id = task_fts.rowid JOIN documents d ON d.id = t.document"
    )

    def task_matches_each(
        self, look_ups: Sequence[Sequence[Sequence[Phrase]]], filters: Filters, limit: int
    ) -> list[list[int]]:
        """Under a unit filter, each look-up walks forward first (`keys_walked_forward`)."""
        if not filters.unit:
            return super().task_matches_each(look_ups, filters, limit)
        where, params = self.document_filters(sql.dates_only(filters))
        queries = [self.full_text_query(groups, filters, self.task_text) for groups in look_ups]
        return [self.keys_walked_forward(self.task_text, query, where, params, limit) for query in queries]

    def keys_walked_forward(
        self, table: sql.FullTextTable, query: str, where: str, params: list[Any], limit: int
    ) -> list[int]:
        """`newest_keys`, found by walking the doclists oldest first: a look-up that finds fewer
        rows than `limit` walks every list to its end whichever way it walks, so its rows reversed
        are the newest, and FTS5 reads a doclist forward at about two thirds of the cost of reading
        it backward. Only a look-up that fills the window walks back as well. Under a unit filter
        most look-ups find fewer (its facet token labels one task row in 15 at 100,000 documents,
        and 264 of the benchmark's 300 queries find none), where without one most fill it and would
        walk twice (the documents' look-ups measured about twice as slow this way)."""
        statement, values = self.keys_statement(table, query, where, params, limit, oldest_first=True)
        keys = [key for (key,) in self.execute(statement, values)]
        if len(keys) < limit:
            return keys[::-1]
        return self.keys_matching(table, query, where, params, limit)

    def full_text_query(self, groups: Sequence[Sequence[Phrase]], filters: Filters, table: sql.FullTextTable) -> str:
        return match_expression(groups, filters, "{title body}" if table is self.document_text else "tokens")

    def labelled_query(self, party: Party, filters: Filters, table: sql.FullTextTable) -> str:
        units = [Phrase(unit, (sql.facet_token("unit", unit),)) for unit in party.canonicals]
        return match_expression([units], filters, "facets")
