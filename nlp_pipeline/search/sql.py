"""What the two search stores do alike, in SQL both understand; a subclass supplies the dialect.

`SqlBackend` holds the tables, the writes and every read but the full-text look-ups. A store
subclasses it and supplies what truly differs: the connection and its transactions, the SQL
types (`Dialect`), how rows are loaded in bulk, and the full-text tables and queries
(FTS5 in SQLite, tsvector with GIN indexes in PostgreSQL). Statements are written with `?`
placeholders; `execute` of a store translates them where its driver wants another mark.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .backend import DocumentRow, Filters, ParagraphRow, TaskRow, VectorSet
from .ranking import Candidates, ScoringText
from .tokenize import Due, Party, Phrase

VECTOR_DTYPE = np.float32
# Documents whose vectors one read of `vector_batches` holds (about 50 MB at 31 paragraphs each).
VECTOR_BATCH_DOCUMENTS = 1000
# Longest list of values one statement names (SQLite takes at most 32,766 parameters).
LONGEST_IN_LIST = 10_000
# Facets kept as rows beside each document: the filters and the values the web page offers.
DOCUMENT_FACETS = ("sector", "unit", "doc_type", "region")


@dataclass(frozen=True)
class Dialect:
    """The words of a store's SQL that differ: column types and table options."""

    serial_key: str  # an integer primary key the database numbers itself
    key: str  # a column holding such a key
    blob: str
    # After a column that refers to a row of another table (documents, tasks): a foreign key
    # clause, or nothing where the store deletes dependent rows itself.
    references: str
    keyed_table: str  # after a table whose rows are found by their primary key only
    binary_collation: str  # code-point order, whatever the database's locale
    # Full-text columns a store keeps in the tasks table itself: (name, type) pairs.
    task_columns: tuple[tuple[str, str], ...] = ()


def schema(dialect: Dialect, version: str) -> str:
    """The tables both stores share, written in `dialect`."""

    def ref(table: str) -> str:
        return f"{dialect.key} NOT NULL" + dialect.references.format(table=table)

    task_columns = "".join(f", {name} {kind}" for name, kind in dialect.task_columns)

    return f"""
CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id {dialect.serial_key}, doc_id TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL,
    title TEXT, date TEXT, doc_type TEXT NOT NULL, issuer TEXT, region TEXT,
    sectors TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX documents_date ON documents (date);
CREATE TABLE document_facets (
    facet TEXT NOT NULL, value TEXT NOT NULL, document {ref("documents")},
    PRIMARY KEY (facet, value, document)){dialect.keyed_table};
CREATE INDEX document_facets_document ON document_facets (document);
CREATE TABLE paragraphs (
    document {ref("documents")}, ordinal INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (document, ordinal)){dialect.keyed_table};
CREATE TABLE vectors (
    document {ref("documents")}, ordinal INTEGER NOT NULL, vector {dialect.blob} NOT NULL,
    PRIMARY KEY (document, ordinal)){dialect.keyed_table};
CREATE TABLE tasks (
    id {dialect.serial_key}, document {ref("documents")}, task_id TEXT NOT NULL, text TEXT NOT NULL,
    source TEXT NOT NULL, units TEXT NOT NULL, deadline TEXT, deadline_date TEXT,
    sectors TEXT NOT NULL, modality TEXT, section TEXT, paragraph INTEGER NOT NULL{task_columns});
CREATE INDEX tasks_document ON tasks (document);
CREATE TABLE task_facets (
    facet TEXT NOT NULL, value TEXT NOT NULL, task {ref("tasks")},
    PRIMARY KEY (facet, value, task)){dialect.keyed_table};
CREATE INDEX task_facets_task ON task_facets (task);
{records_table(dialect)}
{DUE_INDEX}
INSERT INTO search_meta VALUES ('schema_version', '{version}'), ('generation', '0'),
                               ('tokenizer', 'cjk-bigram');
"""


# The tasks by the month their deadline falls in, for a date word's look-up (`document_tasks_held`,
# `task_rows_held`: newest first, as the full-text look-ups). Like the records table, a store opened
# for writing gives it to an index built before it.
DUE_INDEX = "CREATE INDEX IF NOT EXISTS tasks_due ON tasks ((substr(deadline_date, 6, 2)), document, id);"


def records_table(dialect: Dialect) -> str:
    """The table of whole records (the web page's document view). Apart from `schema`, so that a
    store opened for writing gives it to an index built before records were kept."""
    return (
        f"CREATE TABLE IF NOT EXISTS records (document {dialect.key} PRIMARY KEY"
        f"{dialect.references.format(table='documents')}, record TEXT NOT NULL);"
    )


@dataclass(frozen=True)
class FullTextTable:
    """Where a store's full text of documents (of tasks) is searched, in its SQL."""

    source: str  # the FROM item
    key: str  # the document's (task's) key in it
    match: str  # the condition that its text matches the query (one ? for the query)
    to_documents: str  # the joins that bring in documents `d` (for date filters)
    keys_of: str  # the table whose keys these are: documents or tasks
    grouped: bool = False  # several rows a key (PostgreSQL's chunks of a long document)


class SqlBackend:
    """The shared part of a store; see the module docstring for what a subclass supplies."""

    dialect: Dialect
    document_text: FullTextTable
    task_text: FullTextTable
    # A statement each look-up, no round trip (`Backend.look_ups_batched`); a store that sends a
    # step's look-ups in one statement says True.
    look_ups_batched = False
    # Whether the index holds vectors, as last read (`has_vectors`); None: ask the database.
    _vectors_held: bool | None = None

    # -- what a store supplies -------------------------------------------------------------

    def execute(self, statement: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement with `?` placeholders on the checked connection; its rows."""
        raise NotImplementedError

    def execute_many(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        """Load many rows at once (a store may have a faster way than INSERT)."""
        if rows:
            self.execute_many(
                f"INSERT INTO {table} ({', '.join(columns)})" f" VALUES ({', '.join('?' * len(columns))})", rows
            )

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """A condition that `column` is one of `values`, and its parameters."""
        raise NotImplementedError

    def new_task_keys(self, count: int) -> list[int]:
        raise NotImplementedError

    def put_full_text(self, document: int, row: DocumentRow, task_keys: Sequence[int]) -> None:
        """Store the tokens of a document and its tasks that are not in the tasks table."""
        raise NotImplementedError

    def delete_full_text(self, document: int, task_keys: Sequence[int]) -> None:
        raise NotImplementedError

    def full_text_query(self, groups: Sequence[Sequence[Phrase]], filters: Filters, table: FullTextTable) -> str:
        """The store's query for `FullTextTable.match`: every group (any of its phrases, each by all
        its tokens) and the filters' facet tokens."""
        raise NotImplementedError

    def refresh_statistics(self) -> None:
        """After a large update: bring the query planner's statistics up to date (where it has any)."""

    def task_full_text(self, key: int, row: DocumentRow, task: TaskRow) -> tuple:
        """Values of `Dialect.task_columns` for the task of key `key` (none where the store keeps
        them apart)."""
        return ()

    # -- metadata --------------------------------------------------------------------------

    def generation(self) -> int:
        return int(self._meta("generation"))

    def tokenizer(self) -> str:
        return self._meta("tokenizer")

    def _meta(self, key: str) -> str:
        return self.execute("SELECT value FROM search_meta WHERE key = ?", (key,))[0][0]

    def bump_generation(self) -> None:
        self.execute(
            "UPDATE search_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)" " WHERE key = 'generation'"
        )

    # -- writing ---------------------------------------------------------------------------

    def fingerprints(self) -> dict[str, str]:
        return dict(self.execute("SELECT doc_id, fingerprint FROM documents"))

    def put_document(self, row: DocumentRow) -> None:
        self.delete_documents([row.doc_id])
        ((document,),) = self.execute(
            "INSERT INTO documents (doc_id, fingerprint, title, date, doc_type, issuer, region, sectors, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
        )
        self.execute("INSERT INTO records (document, record) VALUES (?, ?)", (document, row.record))
        task_keys = self.new_task_keys(len(row.tasks))
        self.insert_rows(
            "document_facets", ("facet", "value", "document"), _facet_rows(document, _document_facets(row))
        )
        self.insert_rows(
            "paragraphs",
            ("document", "ordinal", "start", '"end"', "text"),
            [(document, p.ordinal, p.start, p.end, p.text) for p in row.paragraphs],
        )
        self.insert_rows(
            "tasks",
            (
                "id",
                "document",
                "task_id",
                "text",
                "source",
                "units",
                "deadline",
                "deadline_date",
                "sectors",
                "modality",
                "section",
                "paragraph",
                *(name for name, _ in self.dialect.task_columns),
            ),
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
                    *self.task_full_text(key, row, task),
                )
                for key, task in zip(task_keys, row.tasks, strict=True)
            ],
        )
        self.insert_rows(
            "task_facets",
            ("facet", "value", "task"),
            [
                facet
                for key, task in zip(task_keys, row.tasks, strict=True)
                for facet in _facet_rows(
                    key, [*(("sector", s) for s in task.sectors), *(("unit", u) for u in task.units)]
                )
            ],
        )
        self.put_full_text(document, row, task_keys)

    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        self.forget_vectors_held()
        for doc_id in doc_ids:
            found = self.execute("SELECT id FROM documents WHERE doc_id = ?", (doc_id,))
            if not found:
                continue
            document = found[0][0]
            task_keys = [key for (key,) in self.execute("SELECT id FROM tasks WHERE document = ?", (document,))]
            self.delete_full_text(document, task_keys)
            if task_keys:
                condition, params = self.in_list("task", task_keys)
                self.execute(f"DELETE FROM task_facets WHERE {condition}", params)
            # Rows that refer to another go first: a store may check its foreign keys.
            for table, column in (
                ("tasks", "document"),
                ("paragraphs", "document"),
                ("vectors", "document"),
                ("records", "document"),
                ("document_facets", "document"),
                ("documents", "id"),
            ):
                self.execute(f"DELETE FROM {table} WHERE {column} = ?", (document,))

    def put_vectors(self, doc_id: str, ordinals: Sequence[int], matrix: np.ndarray) -> None:
        self.forget_vectors_held()
        ((document,),) = self.execute("SELECT id FROM documents WHERE doc_id = ?", (doc_id,))
        self.execute_many(
            "INSERT INTO vectors (document, ordinal, vector) VALUES (?, ?, ?)"
            " ON CONFLICT (document, ordinal) DO UPDATE SET vector = excluded.vector",
            [
                (document, ordinal, np.asarray(vector, VECTOR_DTYPE).tobytes())
                for ordinal, vector in zip(ordinals, matrix, strict=False)
            ],
        )

    # -- reading ---------------------------------------------------------------------------

    def document_matches_each(
        self, look_ups: Sequence[Sequence[Sequence[Phrase]]], filters: Filters, limit: int
    ) -> list[list[int]]:
        """For each of `look_ups` (groups of phrases), the keys of the newest `limit` documents that hold,
        for every group, one of its phrases' tokens, newest first: in one go where the store can."""
        return self._newest_matches(self.document_text, look_ups, filters, limit)

    def task_matches_each(
        self, look_ups: Sequence[Sequence[Sequence[Phrase]]], filters: Filters, limit: int
    ) -> list[list[int]]:
        return self._newest_matches(self.task_text, look_ups, filters, limit)

    def documents_holding_each(self, look_ups: Sequence[Sequence[Sequence[Phrase]]]) -> list[bool]:
        """Whether some document matches each of `look_ups` (groups of phrases), whatever the
        filters: what the respelling asks of a word and of its spellings (search/spelling.py)."""
        return self._held_each(self.document_text, look_ups)

    def tasks_holding_each(self, look_ups: Sequence[Sequence[Sequence[Phrase]]]) -> list[bool]:
        return self._held_each(self.task_text, look_ups)

    def _held_each(self, table: FullTextTable, look_ups: Sequence[Sequence[Sequence[Phrase]]]) -> list[bool]:
        return self.queries_held(table, [self.full_text_query(groups, Filters(), table) for groups in look_ups])

    def queries_held(self, table: FullTextTable, queries: Sequence[str]) -> list[bool]:
        """Which of the store's `queries` some row of `table` matches: here, whether each has a
        newest match (FTS5 stops at the first); a store whose look-up of the newest match costs
        more than the question overrides it."""
        return [bool(keys) for keys in self.newest_keys_each(table, queries, "", [], 1)]

    def _newest_matches(
        self, table: FullTextTable, look_ups: Sequence[Sequence[Sequence[Phrase]]], filters: Filters, limit: int
    ) -> list[list[int]]:
        """Keys of the newest texts matching each look-up, newest first."""
        where, params = self.document_filters(dates_only(filters))
        queries = [self.full_text_query(groups, filters, table) for groups in look_ups]
        return self.newest_keys_each(table, queries, where, params, limit)

    def newest_keys(self, table: FullTextTable, query: str, where: str, params: list[Any], limit: int) -> list[int]:
        """Keys of the newest rows of `table` matching the store's `query` and the ` AND …`
        conditions `where` on documents `d`, newest first."""
        return self.newest_keys_each(table, [query], where, params, limit)[0]

    def newest_keys_each(
        self, table: FullTextTable, queries: Sequence[str], where: str, params: list[Any], limit: int
    ) -> list[list[int]]:
        """`newest_keys` of each query: one statement each (FTS5 walks its doclists backwards and
        stops at the limit, and a statement costs no round trip); a store whose planner may choose
        worse, or whose statements cost a round trip, overrides it."""
        return [self.keys_matching(table, query, where, params, limit) for query in queries]

    def keys_matching(
        self,
        table: FullTextTable,
        query: str,
        where: str,
        params: list[Any],
        limit: int,
        *,
        match: str | None = None,
        bound: str = "",
        in_key_order: bool = True,
    ) -> list[int]:
        """`newest_keys`' statement (`keys_statement`), run."""
        statement, values = self.keys_statement(
            table, query, where, params, limit, match=match, bound=bound, in_key_order=in_key_order
        )
        return [key for (key,) in self.execute(statement, values)]

    def keys_statement(
        self,
        table: FullTextTable,
        query: str,
        where: str,
        params: list[Any],
        limit: int,
        *,
        match: str | None = None,
        bound: str = "",
        in_key_order: bool = True,
        oldest_first: bool = False,
    ) -> tuple[str, list[Any]]:
        """The statement of `newest_keys` and its parameters. `match` replaces the table's
        condition (same placeholder), `bound` is a further ` AND …` condition without parameters;
        without `in_key_order` the keys are ordered as `key + 0`, an expression no index keeps in
        order, so the planner must find every match and sort them rather than walk the key's index;
        `oldest_first` asks the oldest rows instead (SqliteBackend.keys_walked_forward)."""
        ordered = table.key if in_key_order else f"{table.key} + 0"
        statement = (
            f"SELECT {ordered} FROM {table.source}{table.to_documents if where else ''}"
            f" WHERE {match or table.match}{bound}{where}{f' GROUP BY {ordered}' if table.grouped else ''}"
            f" ORDER BY {ordered}{'' if oldest_first else ' DESC'} LIMIT ?"
        )
        return statement, [query, *params, limit]

    def asked_condition(self, asked: Due | Party) -> tuple[str, list[Any]]:
        """Tasks `t` whose deadline date (YYYY-MM-DD) is in a month of a `Due` (the month as the
        tasks_due index has it, the year checked beside), or labelled with a unit of a `Party`
        (the task_facets key: facet, value, task: one look-up a task and unit)."""
        if isinstance(asked, Party):
            # Asked of each task (a look-up in the key): `t.id IN (SELECT …)` built the list of
            # every task of the party first (173,202 rows for 公安机关 at 100,000 documents).
            condition, params = self.in_list("f.value", list(asked.canonicals))
            return (
                f"EXISTS (SELECT 1 FROM task_facets f WHERE f.facet = 'unit' AND {condition} AND f.task = t.id)",
                params,
            )
        months = [f"{month:02d}" for month in asked.months()]
        condition, params = (
            ("substr(t.deadline_date, 6, 2) = ?", months)
            if len(months) == 1
            else self.in_list("substr(t.deadline_date, 6, 2)", months)
        )
        if asked.year is None:
            return condition, params
        return f"{condition} AND substr(t.deadline_date, 1, 4) = ?", [*params, f"{asked.year:04d}"]

    def newest_due(self, asked: Due, where: str, params: list[Any], limit: int) -> tuple[str, list[Any]]:
        """A statement of the newest `limit` documents (their keys) with a task due in `asked`'s
        months and passing the ` AND …` conditions `where` on tasks `t` and documents `d`: one arm a
        month, each walking the tasks_due index (month, document, id) back from its newest entry and
        stopped at `limit`, the arms' union ordered again and cut. With the months `IN` one
        statement no index gives that order: every task due in them was read and sorted (a quarter
        under a sector and date filter: 400–450 ms at 100,000 documents)."""
        arm = (
            f"SELECT * FROM (SELECT DISTINCT t.document FROM {_tasks_for(where)}"
            f" WHERE substr(t.deadline_date, 6, 2) = ?{where} ORDER BY t.document DESC LIMIT ?) AS due"
        )
        months = [f"{month:02d}" for month in asked.months()]
        return (
            " UNION ".join([arm] * len(months)) + " ORDER BY 1 DESC LIMIT ?",
            [value for month in months for value in (month, *params, limit)] + [limit],
        )

    def document_tasks_held(self, asked: Due | Party, filters: Filters, limit: int) -> dict[int, list[str]]:
        """The newest documents passing `filters` with tasks due in `asked`'s months (labelled with
        its party): key -> the texts of those tasks, newest first (the ranking counts them and
        looks for the query's other words in them). A party's documents are a full-text look-up of its
        units' facet tokens (`labelled_query`), then their tasks labelled with it."""
        if isinstance(asked, Party):
            documents = self._newest_labelled(self.document_text, asked, filters, limit)
            if not documents:
                return {}
            condition, params = self.asked_condition(asked)
            document_condition, document_params = self.in_list("t.document", documents)
            return texts_by_document(
                self.execute(
                    f"SELECT t.document, t.text, t.source FROM tasks t WHERE {document_condition} AND {condition}"
                    " ORDER BY t.document DESC, t.id",
                    [*document_params, *params],
                )
            )
        condition, params = self.asked_condition(asked)
        walked = self.due_walked(asked, filters, limit)
        where, filter_params = self.document_filters(filters, each_row=walked)
        newest, newest_params = (
            self.newest_due(asked, where, filter_params, limit)
            if walked
            else (
                f"SELECT t.document FROM {_tasks_for(where)} WHERE {condition}{where}"
                " GROUP BY t.document ORDER BY t.document DESC LIMIT ?",
                [*params, *filter_params, limit],
            )
        )
        rows = self.execute(
            f"SELECT t.document, t.text, t.source FROM {_tasks_for(where)} WHERE {condition}{where}"
            f" AND t.document IN ({newest}) ORDER BY t.document DESC, t.id",
            [*params, *filter_params, *newest_params],
        )
        return texts_by_document(rows)

    def task_rows_held(self, asked: Due | Party, filters: Filters, limit: int) -> dict[int, list[str]]:
        """The newest tasks passing `filters` due in `asked`'s months (labelled with its party):
        key -> [""] (one task, the row itself, whose words the ranking reads from the row), newest
        first (a document's tasks take keys after those of every older document, so the order by
        document, then key, is the keys' order). A party's tasks are a full-text look-up of its units'
        facet tokens (`labelled_query`)."""
        if isinstance(asked, Party):
            return {key: [""] for key in self._newest_labelled(self.task_text, asked, filters, limit)}
        condition, params = self.asked_condition(asked)
        where, filter_params = self.task_filters(filters)
        rows = self.execute(
            f"SELECT t.id FROM {_tasks_for(where)} WHERE {condition}{where}"
            " ORDER BY t.document DESC, t.id DESC LIMIT ?",
            [*params, *filter_params, limit],
        )
        return {key: [""] for (key,) in rows}

    # -- a party's rows ------------------------------------------------------------------------
    # Found through task_facets, a party's newest rows were every task_facets row of the party (and
    # of a unit filter's unit) joined and sorted: 公安机关 read 173,202 rows at 100,000 documents
    # (2 s of CPU in SQLite, 1.35 s in PostgreSQL, a search). Every full-text row holds the facet
    # token of each unit of its task (of its document's tasks), so the party's rows are a full-text
    # look-up like any other, newest first and stopped at its limit, its filters' facets ANDed in.

    def labelled_query(self, party: Party, filters: Filters, table: FullTextTable) -> str:
        """The store's query of the rows of `table` labelled with one of `party`'s units and
        passing `filters`' facets (`task_facet_tokens`, `document_facet_tokens`)."""
        raise NotImplementedError

    def _newest_labelled(self, table: FullTextTable, party: Party, filters: Filters, limit: int) -> list[int]:
        where, params = self.document_filters(dates_only(filters))
        return self.newest_keys(table, self.labelled_query(party, filters, table), where, params, limit)

    def documents(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        condition, params = self.in_list("d.doc_id", list(doc_ids))
        return {
            row[0]: _document(row)
            for row in self.execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents d WHERE {condition}", params)
        }

    def record(self, doc_id: str) -> str | None:
        found = self.execute(
            "SELECT r.record FROM records r JOIN documents d ON d.id = r.document WHERE d.doc_id = ?", (doc_id,)
        )
        return found[0][0] if found else None

    def tasks_of(
        self,
        doc_ids: Sequence[str],
        task_ids: Sequence[str] | None = None,
        keep: Callable[[str, str, str, int], bool] | None = None,
    ) -> dict[tuple[str, str], dict[str, Any]]:
        """The tasks of `doc_ids`: only those with one of `task_ids`, when given, and only those
        that `keep(doc_id, text, source, paragraph)` wants (asked before the rest is decoded)."""
        condition, params = self._tasks_condition(doc_ids, task_ids)
        return _tasks(
            self.execute(f"SELECT {TASK_COLUMNS} FROM {TASKS_WITH_DOCUMENTS} WHERE {condition} ORDER BY t.id", params),
            keep,
        )

    def documents_and_tasks(
        self,
        doc_ids: Sequence[str],
        task_ids: Sequence[str] | None = None,
        keep: Callable[[str, str, str, int], bool] | None = None,
    ) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str], dict[str, Any]]]:
        """`documents(doc_ids)` and `tasks_of(doc_ids, task_ids, keep)` in one statement (a search's
        last: on a loaded server each statement waits for a CPU). The two row shapes share its
        columns, a document's row padded with NULLs; the first column tells them apart."""
        document_condition, document_params = self.in_list("d.doc_id", list(doc_ids))
        task_condition, task_params = self._tasks_condition(doc_ids, task_ids)
        rows = self.execute(
            f"SELECT 0, {DOCUMENT_COLUMNS}, NULL, NULL, d.id FROM documents d WHERE {document_condition}"
            f" UNION ALL SELECT 1, {TASK_COLUMNS}, t.id FROM {TASKS_WITH_DOCUMENTS} WHERE {task_condition}"
            " ORDER BY 1, 12",
            document_params + task_params,
        )
        return (
            {row[1]: _document(row[1:]) for row in rows if row[0] == 0},
            _tasks([row[1:] for row in rows if row[0] == 1], keep),
        )

    def _tasks_condition(self, doc_ids: Sequence[str], task_ids: Sequence[str] | None) -> tuple[str, list[Any]]:
        condition, params = self.in_list("d.doc_id", list(doc_ids))
        if task_ids is not None:
            task_condition, task_params = self.in_list("t.task_id", list(task_ids))
            condition, params = f"{condition} AND {task_condition}", params + task_params
        return condition, params

    def document_texts(self, keys: Sequence[int]) -> Candidates:
        return self._candidates(
            "documents",
            "documents d",
            "d.id",
            "d.doc_id, d.title, d.text",
            keys,
            lambda doc_id, title, text: ScoringText(doc_id, title or "", text),
        )

    def task_texts(self, keys: Sequence[int]) -> Candidates:
        # The task text is mostly a piece of its source sentence; where it is not, both count.
        return self._candidates(
            "tasks",
            f"({TASKS_WITH_DOCUMENTS})",
            "t.id",
            "d.doc_id, t.task_id, t.text, t.source",
            keys,
            lambda doc_id, task_id, text, source: ScoringText(
                (doc_id, task_id), "", source if text in source else f"{text}\n{source}"
            ),
        )

    def _candidates(
        self,
        table: str,
        source: str,
        key: str,
        columns: str,
        keys: Sequence[int],
        scoring: Callable[..., ScoringText],
    ) -> Candidates:
        """The `columns` of the rows of `source` whose `key` is one of `keys`, made `scoring` texts,
        with the lowest and highest key of `table` and whether the index holds vectors, in one
        statement: a row of those three, the texts joined to it (on a loaded server every
        statement of a search waits for a CPU). The vectors' presence is kept for `has_vectors`."""
        condition, params = self.in_list(key, list(keys))
        # Each of min() and max() a subquery of its own: one look-up in the key's index each,
        # where both in one subquery scan the table.
        rows = self.execute(
            f"SELECT s.low, s.high, s.vectors, {key}, {columns} FROM (SELECT"
            f" (SELECT min(id) FROM {table}) AS low, (SELECT max(id) FROM {table}) AS high,"
            f" EXISTS (SELECT 1 FROM vectors) AS vectors) s LEFT JOIN {source} ON {condition}",
            params,
        )
        low, high, vectors = rows[0][:3]
        self._vectors_held = bool(vectors)
        return Candidates(
            {row[3]: scoring(*row[4:]) for row in rows if row[3] is not None},
            None if low is None else (low, high),
        )

    def document_ids(self, filters: Filters, among: Sequence[str] | None = None) -> set[str]:
        """Which of the documents `among` (of all, when None) pass `filters`."""
        condition, params = self._among(among)
        where, filter_params = self.document_filters(filters)
        found = {
            doc_id
            for (doc_id,) in self.execute(
                f"SELECT doc_id FROM documents d WHERE {condition}{where}", params + filter_params
            )
        }
        return found if among is None else found & set(among)

    def task_paragraphs(self, filters: Filters, among: Sequence[str]) -> list[tuple[str, str, int]]:
        """(doc_id, task_id, paragraph) of the tasks of the documents `among` that pass `filters`."""
        condition, params = self._among(among)
        where, filter_params = self.task_filters(filters)
        wanted = set(among)
        return [
            tuple(row)
            for row in self.execute(
                "SELECT d.doc_id, t.task_id, t.paragraph FROM tasks t"
                f" JOIN documents d ON d.id = t.document WHERE {condition}{where}",
                params + filter_params,
            )
            if row[0] in wanted
        ]

    def _among(self, doc_ids: Sequence[str] | None) -> tuple[str, list[Any]]:
        # SQLite takes at most 32,766 parameters: a longer list is checked by the caller, not in SQL.
        if doc_ids is None or len(doc_ids) > LONGEST_IN_LIST:
            return "1 = 1", []
        return self.in_list("d.doc_id", list(doc_ids))

    def paragraphs_without_vectors(self) -> Iterator[tuple[str, list[ParagraphRow]]]:
        unembedded = (
            "FROM paragraphs p JOIN documents d ON d.id = p.document LEFT JOIN vectors v"
            " ON v.document = p.document AND v.ordinal = p.ordinal WHERE v.vector IS NULL"
        )
        pending = self.execute(f"SELECT DISTINCT d.doc_id, d.id {unembedded} ORDER BY d.id")
        for doc_id, _ in pending:
            rows = self.execute(
                f'SELECT p.ordinal, p.start, p."end", p.text {unembedded} AND d.doc_id = ?' " ORDER BY p.ordinal",
                (doc_id,),
            )
            yield doc_id, [ParagraphRow(*row) for row in rows]

    def vectors(self, among: Sequence[str] | None = None) -> VectorSet:
        """Every paragraph vector, or those of the documents `among` (a short list)."""
        where, params = self._among(among)
        rows = self.execute(
            "SELECT d.doc_id, v.ordinal, v.vector FROM vectors v"
            f" JOIN documents d ON d.id = v.document WHERE {where} ORDER BY d.id, v.ordinal",
            params,
        )
        return _vector_set(rows)

    def vector_holders(self) -> dict[int, tuple[str, str]]:
        """Key -> (doc_id, fingerprint) of every document holding vectors: what the approximate
        index compares with its own to find the documents added, replaced or deleted since it was
        kept (a replaced document gets a new key, or, where SQLite hands the highest key out again,
        a new fingerprint). One look-up of the vectors' key a document."""
        return {
            key: (doc_id, fingerprint)
            for key, doc_id, fingerprint in self.execute(
                "SELECT d.id, d.doc_id, d.fingerprint FROM documents d"
                " WHERE EXISTS (SELECT 1 FROM vectors v WHERE v.document = d.id) ORDER BY d.id"
            )
        }

    def vector_batches(
        self, keys: Sequence[int] | None = None, documents: int = VECTOR_BATCH_DOCUMENTS
    ) -> Iterator[VectorSet]:
        """The paragraph vectors of the documents of `keys` (default: every document holding
        vectors), `documents` documents' at a time in key order: an index built over millions of
        vectors never holds them all (3.1 million are 4.8 GB)."""
        keys = sorted(self.vector_holders() if keys is None else keys)
        for start in range(0, len(keys), documents):
            condition, params = self.in_list("v.document", keys[start : start + documents])
            yield _vector_set(
                self.execute(
                    "SELECT d.doc_id, v.ordinal, v.vector FROM vectors v JOIN documents d ON d.id = v.document"
                    f" WHERE {condition} ORDER BY v.document, v.ordinal",
                    params,
                )
            )

    def vector_count(self) -> int:
        """Paragraph vectors held: whether the approximate index is worth its recall (one count,
        where `counts` makes six)."""
        return int(self.execute("SELECT count(*) FROM vectors")[0][0])

    def has_vectors(self) -> bool:
        """Whether the index holds any vector: read once, then kept until this store writes
        vectors or deletes documents, or its connection closes; every keyword search's candidate
        statement reads it again (`_candidates`), so another process's writes show from the
        search after the next one. A statement a search saved."""
        if self._vectors_held is None:
            self._vectors_held = bool(self.execute("SELECT EXISTS (SELECT 1 FROM vectors)")[0][0])
        return self._vectors_held

    def forget_vectors_held(self) -> None:
        """After a write or a reconnection: `has_vectors` asks the database again."""
        self._vectors_held = None

    def facet_values(self) -> dict[str, list[str]]:
        """Each facet's values, in code-point order.

        The facet table's key starts with (facet, value): the recursive query jumps from one
        value to the next in its index (one look-up a value), where DISTINCT read every row
        (300 ms for the units of 100,000 documents). All the facets in one statement, each
        facet's walk seeded by its own row: a search that finds nothing checks its filters'
        values with it (four statements were four waits for a CPU on a loaded server)."""
        facets = " UNION ALL ".join("SELECT ? AS facet" for _ in DOCUMENT_FACETS)
        values: dict[str, list[str]] = {facet: [] for facet in DOCUMENT_FACETS}
        for facet, value in self.execute(
            f"WITH RECURSIVE facets (facet) AS ({facets}), next_value (facet, value) AS ("
            " SELECT facet, (SELECT min(f.value) FROM document_facets f WHERE f.facet = facets.facet) FROM facets"
            " UNION ALL SELECT n.facet, (SELECT min(f.value) FROM document_facets f"
            " WHERE f.facet = n.facet AND f.value > n.value) FROM next_value n WHERE n.value IS NOT NULL)"
            " SELECT facet, value FROM next_value WHERE value IS NOT NULL",
            DOCUMENT_FACETS,
        ):
            values[facet].append(value)
        return {facet: sorted(found) for facet, found in values.items()}

    def counts(self) -> dict[str, int]:
        def one(sql: str) -> int:
            return self.execute(sql)[0][0]

        return {
            "documents": one("SELECT count(*) FROM documents"),
            "paragraphs": one("SELECT count(*) FROM paragraphs"),
            "tasks": one("SELECT count(*) FROM tasks"),
            "vectors": one("SELECT count(*) FROM vectors"),
            "embedded_documents": one("SELECT count(DISTINCT document) FROM vectors"),
            "tasks_with_deadline": one("SELECT count(*) FROM tasks WHERE deadline IS NOT NULL"),
        }

    # -- filters ---------------------------------------------------------------------------

    def due_walked(self, asked: Due, filters: Filters, limit: int) -> bool:
        """Whether the documents with tasks due in `asked`'s months are best found by walking the
        tasks_due index newest first, a month at a time, each task's filters asked of it
        (`newest_due`), rather than by the planner's plan, which reads the list of a facet value's
        documents first. The walk reads about `limit` / p documents, p the share passing every
        filter (each facet value's share as the facet table counts it, the date filter's share,
        taken as independent; the highest key stands for the documents); the list, its documents.
        Not where a year is named (one year's tasks among every year's: the walk's share unknown)."""
        if asked.year is not None:
            return False
        facets = [(facet, getattr(filters, facet)) for facet in ("sector", "unit") if getattr(filters, facet)]
        dates, date_params = self.document_filters(dates_only(filters))
        counted = [
            "SELECT max(id) FROM documents",
            *["SELECT count(*) FROM document_facets WHERE facet = ? AND value = ?"] * len(facets),
            *[f"SELECT count(*) FROM documents d WHERE 1 = 1{dates}"] * bool(dates),
        ]
        highest, *counts = self.execute(
            "SELECT " + ", ".join(f"({statement})" for statement in counted),
            [value for pair in facets for value in pair] + date_params,
        )[0]
        share = math.prod(count / max(highest or 0, 1) for count in counts)
        return limit <= share * min(counts[: len(facets)], default=highest or 0)

    def document_filters(self, filters: Filters, *, each_row: bool = False) -> tuple[str, list[Any]]:
        """` AND …` conditions on documents `d` for `filters`; `each_row`: a facet asked of each row
        (`_facet_conditions`)."""
        clauses, params = _facet_conditions(filters, "d.id", "document_facets", "document", each_row=each_row)
        collation = self.dialect.binary_collation
        for condition, value in (
            ("d.doc_type = ?", filters.doc_type),
            ("d.region = ?", filters.region),
            (f"d.date >= ?{collation}", filters.date_from),
            (f"d.date <= ?{collation}", filters.date_to),
        ):
            if value:
                clauses.append(condition)
                params.append(value)
        return "".join(" AND " + clause for clause in clauses), params

    def task_filters(self, filters: Filters) -> tuple[str, list[Any]]:
        """` AND …` conditions on tasks `t` of documents `d` for `filters`."""
        clauses, params = _facet_conditions(filters, "t.id", "task_facets", "task", each_row=False)
        document_where, document_params = self.document_filters(
            Filters(
                doc_type=filters.doc_type, region=filters.region, date_from=filters.date_from, date_to=filters.date_to
            )
        )
        return "".join(" AND " + clause for clause in clauses) + document_where, params + document_params


# What `documents` and `tasks_of` read of a document and of a task, in the order `_document` and
# `_tasks` decode.
DOCUMENT_COLUMNS = "d.doc_id, d.title, d.date, d.doc_type, d.issuer, d.region, d.sectors, d.text"
TASK_COLUMNS = (
    "d.doc_id, t.task_id, t.text, t.source, t.units, t.deadline, t.sectors, t.modality, t.section, t.paragraph"
)
TASKS_WITH_DOCUMENTS = "tasks t JOIN documents d ON d.id = t.document"


def _document(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "doc_id": row[0],
        "title": row[1],
        "date": row[2],
        "doc_type": row[3],
        "issuer": row[4],
        "region": row[5],
        "sectors": json.loads(row[6]),
        "text": row[7],
    }


def _tasks(
    rows: Iterable[Sequence[Any]], keep: Callable[[str, str, str, int], bool] | None
) -> dict[tuple[str, str], dict[str, Any]]:
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
        if keep is None or keep(row[0], row[2], row[3], row[9])
    }


def texts_by_document(rows: Iterable[Sequence[Any]]) -> dict[int, list[str]]:
    """(document key, task text, source) rows as `document_tasks_held` returns them: key -> the
    texts of its tasks, in the rows' order (the source, with the task text where it is not in it)."""
    found: dict[int, list[str]] = {}
    for key, text, source in rows:
        found.setdefault(key, []).append(source if text in source else f"{text}\n{source}")
    return found


def _tasks_for(where: str) -> str:
    """Tasks `t`, joined to their documents `d` where conditions on them follow."""
    return TASKS_WITH_DOCUMENTS if where else "tasks t"


def _facet_conditions(
    filters: Filters, key: str, table: str, column: str, *, each_row: bool
) -> tuple[list[str], list[Any]]:
    """`key IN (SELECT …)`: the planner may read the list of the value's rows first and go from
    it; `each_row`: each row's facet asked of it, a look-up in the facet table's key (facet, value,
    row), so that a walk of an index in the wanted order stops at its limit (a quarter's tasks under
    the sector 消防, 67,256 documents at 100,000: the list read three times and 400 ms sorting)."""
    clauses, params = [], []
    for facet in ("sector", "unit"):
        if getattr(filters, facet):
            clauses.append(
                f"EXISTS (SELECT 1 FROM {table} f WHERE f.facet = ? AND f.value = ? AND f.{column} = {key})"
                if each_row
                else f"{key} IN (SELECT {column} FROM {table} WHERE facet = ? AND value = ?)"
            )
            params += [facet, getattr(filters, facet)]
    return clauses, params


# -- facets as full-text tokens ------------------------------------------------------------------
# Both stores also put every facet value of a document (of a task) into its full text, as one
# token, and filter by ANDing that token with the query's words: the full-text index intersects
# them. Checked row by row instead, a filter whose value most texts have (unit 应急管理部门)
# made PostgreSQL walk 200,000 tasks for a word none of them held.


def facet_token(facet: str, value: str) -> str:
    """One index token for a facet value: hex keeps any value a single letters-and-digits token."""
    return f"{facet.replace('_', '')}x{value.encode('utf-8').hex()}"


def filter_tokens(filters: Filters) -> list[str]:
    return [facet_token(facet, getattr(filters, facet)) for facet in DOCUMENT_FACETS if getattr(filters, facet)]


def document_facet_tokens(row: DocumentRow) -> list[str]:
    return [facet_token(facet, value) for facet, value in _document_facets(row) if value]


def task_facet_tokens(row: DocumentRow, task: TaskRow) -> list[str]:
    """A task's own sectors and units, and its document's type and region."""
    pairs = [
        ("doc_type", row.doc_type),
        ("region", row.region),
        *(("sector", s) for s in task.sectors),
        *(("unit", u) for u in task.units),
    ]
    return list(dict.fromkeys(facet_token(facet, value) for facet, value in pairs if value))


def dates_only(filters: Filters) -> Filters:
    """What of `filters` is left to SQL once the facets are full-text tokens."""
    return Filters(date_from=filters.date_from, date_to=filters.date_to)


def _document_facets(row: DocumentRow) -> list[tuple[str, str | None]]:
    return [
        ("doc_type", row.doc_type),
        ("region", row.region),
        *(("sector", s) for s in row.sectors),
        *(("unit", u) for u in row.units),
    ]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _facet_rows(key: int, pairs: Iterable[tuple[str, str | None]]) -> list[tuple[str, str, int]]:
    return list(dict.fromkeys((facet, value, key) for facet, value in pairs if value))


def _vector_set(rows: Sequence[tuple]) -> VectorSet:
    """(doc_id, ordinal, vector bytes) rows as one matrix."""
    if not rows:
        return VectorSet([], [], np.zeros((0, 0), VECTOR_DTYPE))
    matrix = np.frombuffer(b"".join(bytes(row[2]) for row in rows), VECTOR_DTYPE).reshape(len(rows), -1)
    return VectorSet([row[0] for row in rows], [row[1] for row in rows], matrix)
