"""The PostgreSQL search store: the SQLite store's tables, with tsvector full text and GIN indexes.

For an archive too large for one file, or shared by several servers. The tokens are the SQLite
store's (`index_tokens`: CJK bigrams), written into the tsvector with explicit positions, so the
`simple` configuration's parser never sees Chinese text and a query matches exactly the
documents it matches in SQLite. The GIN indexes answer the look-ups of search/ranking.py (the
newest texts holding some words, `ORDER BY key DESC LIMIT n`); the ranking itself runs outside
the database, so both stores give the same results and scores.

Connection: a `postgresql://` URL as libpq understands it; what it leaves out (password, host,
user) comes from libpq's own environment variables and files (PGPASSWORD, PGHOST, ~/.pgpass ...),
so no credentials need to be written in a command line. A bare ``postgresql://`` takes the whole
URL from NLP_PIPELINE_PG_URL. All tables live in their own schema, `nlp_pipeline_search`.

Vectors: Debian's archive has no pgvector package for the PostgreSQL it ships, so paragraph
vectors are float32 `bytea` values ranked in the application, as in the SQLite store.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from functools import cache
from typing import Any

from ..errors import SearchError
from . import sql
from .backend import DocumentRow, Filters, TaskRow
from .tokenize import Party, Phrase, party_names, phrase, sector_words

URL_VARIABLE = "NLP_PIPELINE_PG_URL"
URL_PREFIXES = ("postgresql://", "postgres://")
SCHEMA_NAME = "nlp_pipeline_search"
SCHEMA_VERSION = "3"  # 3: age-band and party lexemes in every tsvector (a rebuild)
DIALECT = sql.Dialect(
    serial_key="bigserial PRIMARY KEY",
    key="bigint",
    blob="bytea",
    references=" REFERENCES {table} ON DELETE CASCADE",
    keyed_table="",
    binary_collation=' COLLATE "C"',
    task_columns=(("tokens", "tsvector NOT NULL"),),
)
# `?` placeholders of the shared statements become psycopg's; a literal % is doubled.
PLACEHOLDER = re.compile(r"[?%]")
# tsvector positions stop at 16383: a longer body is stored as several overlapping chunks, the
# overlap longer than any query phrase, so a phrase is never lost at a chunk border.
CHUNK_POSITIONS = 16_000
CHUNK_OVERLAP = 64
# PostgreSQL refuses lexemes over 2047 bytes (only a run of letters or digits that long, i.e.
# no word anyone searches for).
LONGEST_LEXEME_BYTES = 2047

FULL_TEXT_SCHEMA = """
CREATE TABLE document_chunks (
    document bigint NOT NULL REFERENCES documents ON DELETE CASCADE, ordinal integer NOT NULL,
    tokens tsvector NOT NULL, PRIMARY KEY (document, ordinal));
CREATE INDEX document_chunks_tokens ON document_chunks USING gin (tokens);
CREATE INDEX tasks_tokens ON tasks USING gin (tokens);
ALTER TABLE document_chunks ALTER COLUMN tokens SET STATISTICS 2000;
ALTER TABLE tasks ALTER COLUMN tokens SET STATISTICS 2000;
"""
# Statistics of 20,000 lexemes (the default keeps 1,000): the planner then knows a word absent
# from its list is rare and asks the GIN index, where it guessed 10,000 tasks for a word no task
# held and walked all 3.2 million backwards (1.4 s at 100,000 documents; 2 ms after).

# How many of the newest keys a look-up walks backwards before it asks the GIN index for the
# older matches (see PostgresBackend.newest_keys). The walk is what makes a common word cheap: one
# that fills the window (TASK_WINDOW, 500 task rows; DOCUMENT_WINDOW, 200 documents) within it
# costs this one scan, stopped at the window. A word rarer than that pays the whole walk for
# nothing the GIN step would not answer by its matches alone: a task row's tsvector is tested in
# about 1 µs on a loaded server, so the walk of 20,000 task rows cost 9-36 ms a look-up, and a
# search of five look-ups paid it five times (docs/search.md, "Shorter task walks"). So the task
# walk covers a quarter of the age band: a word that fills no window within it is rarer than 1 in
# 10 task rows, fewer than 2,000 matches in a band, which the GIN step reads by posting list. The
# document walk is a quarter of its band too: a chunk's tsvector is detoasted to be tested (about
# 8 µs), so the walk of 1,000 documents cost 6-8 ms on a quiet server; with filters a word fills
# the window of 200 within it only when a fifth of the documents hold it and pass them (消防 since
# 2020: a third pass), so nearly every filtered look-up paid the whole walk, then the GIN step.
NEWEST_WALK = {"tasks": 5_000, "documents": 250}

# Age bands: every tsvector also holds a lexeme naming its key's band (key // AGE_BAND), so that
# the GIN step asks for `query & (band | band …)`, the newest bands first, and reads only the
# matches of those bands' rows, never every older match (at 100,000 documents the step for 攻坚
# visited the heap pages of 50,600 task rows to return the newest 196: 393 ms). Each round
# covers BAND_WIDENING times as many bands as the one before; the last covers every older key
# without a band lexeme. A band is four walks long: a word the walk found too few of has fewer
# than four windows' matches in each band, so a round reads at most 4 × BAND_WIDENING times more
# matches than it needs. A task round's cost is mostly the posting lists of the bands it ORs,
# 20,000 rows each, whatever the query matches (at 100,000 documents a round of 16 task bands took
# 53 ms for no row, 3.3 ms a band), so each task round covers only twice the bands before it: the
# rounds then OR at most about twice the bands that hold the rows still wanted, where four times
# as many ORed up to four times (a unit-filtered word that needed 3 more bands read 16 of them:
# 30 ms, docs/search.md, pg47). The extra rounds of a word that goes far cost no round trip: a
# look-up's rounds are one statement. A document band is 1,000 documents, and a chunk read costs
# ten times a task row (detoasted): there the matches read, not the bands, are the cost.
# Changing AGE_BAND changes the lexemes: raise SCHEMA_VERSION.
AGE_BAND = {"tasks": 20_000, "documents": 1_000}
BAND_WIDENING = {"tasks": 2, "documents": 4}
# Each round trip waits for a CPU on a loaded server, and a search makes many look-ups: when the
# keys searched so far (the walk's, then each round's) hold matches so sparsely that all the older
# keys would hold at most REST_AT_MOST times as many as still wanted, the next round is the last
# (every older key). A word the walk never met costs three statements, not five.
REST_AT_MOST = 4


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


def document_chunks(title_tokens: str, body_tokens: str, lexemes: Sequence[str] = ()) -> list[str]:
    """tsvector literals for a document: the title (weight A) then its body, chunked; `lexemes`
    (facet tokens, the age band: without positions) in every chunk, since a filter is ANDed with
    a chunk's words, and the name lexemes of the chunk's own tokens."""
    title, body = _searchable(title_tokens), _searchable(body_tokens)
    # One position left empty after the title: a phrase must not run from the title into the body.
    body_start = len(title) + 2 if title else 1
    first_room = max(CHUNK_POSITIONS - body_start, CHUNK_OVERLAP + 1)
    chunks = [(_positioned(title, 1, "A") + _positioned(body[:first_room], body_start), title + body[:first_room])]
    step = CHUNK_POSITIONS - CHUNK_OVERLAP
    for start in range(first_room - CHUNK_OVERLAP, len(body) - CHUNK_OVERLAP, step):
        tokens = body[start : start + CHUNK_POSITIONS]
        chunks.append((_positioned(tokens, 1), tokens))
    return [" ".join([*positioned, *map(_lexeme, [*lexemes, *name_lexemes(tokens)])]) for positioned, tokens in chunks]


def task_vector(tokens: str, lexemes: Sequence[str] = ()) -> str:
    """A task row's tsvector literal: its tokens, `lexemes` and the name lexemes of its tokens."""
    kept = _searchable(tokens)[:CHUNK_POSITIONS]
    return " ".join([*_positioned(kept, 1), *map(_lexeme, [*lexemes, *name_lexemes(kept)])])


def band_lexeme(keys_of: str, key: int) -> str:
    """The lexeme of the age band of `key`, a key of `keys_of` (documents or tasks)."""
    return f"agex{key // AGE_BAND[keys_of]}"


# -- name lexemes: parties and sectors ------------------------------------------------------------
# A query word that names a party (党政领导干部) stands for all the party's names, up to 22 of
# them, each a conjunction of common bigrams (领导, 负责 …); the GIN index intersected the posting
# lists of every one (850 ms for a task-row look-up that found nothing at 100,000 documents). A
# sector's name (道路交通) stands for the words that name the sector (客运, 货车, 校车 …): their OR
# cost the GIN index 110–130 ms a round with a unit filter at 20,000 documents.
# Each tsvector also holds one lexeme per party or sector one of whose names has all its tokens
# in it, and a query asks for that lexeme instead of the names: the same condition, one posting
# list.


@cache
def party_aliases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each party's lexeme and the tokens of its names (those a query matches token by token,
    without a prefix), for the parties of more than one such name."""
    return _named_by_lexeme("party", {"|".join(canonicals): names for canonicals, names in party_names().items()})


@cache
def sector_aliases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each sector's lexeme and the tokens of its name and of the words that name it alone (the
    spellings a query for the sector's name searches), for the sectors of more than one."""
    return _named_by_lexeme("sectorname", {sector: (sector, *words) for sector, words in sector_words().items()})


def _named_by_lexeme(kind: str, names_of: dict[str, Sequence[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    named = {}
    for value, names in names_of.items():
        spellings = [phrase(name) for name in names]
        exact = tuple(dict.fromkeys(p.tokens for p in spellings if p.tokens and not p.prefix))
        if len(exact) > 1:
            named[sql.facet_token(kind, value)] = exact
    return named


@cache
def name_aliases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every name lexeme (parties', sectors') and the tokens of the names it stands for."""
    return {**party_aliases(), **sector_aliases()}


@cache
def _names_by_first_token() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for lexeme, names in name_aliases().items():
        for tokens in names:
            first.setdefault(tokens[0], []).append((lexeme, tokens))
    return first


@cache
def names_fingerprint() -> str:
    """Names the name lexemes of this version of the unit aliases and sector keywords (kept in the
    index's metadata: lexemes written from other names must not stand for these)."""
    return hashlib.sha256(repr(sorted(name_aliases().items())).encode("utf-8")).hexdigest()[:16]


def name_lexemes(tokens: Iterable[str]) -> list[str]:
    """The lexemes of the parties and sectors one of whose names has all its tokens among `tokens`."""
    present = set(tokens)
    return sorted(
        {
            lexeme
            for token in present
            for lexeme, name in _names_by_first_token().get(token, ())
            if present.issuperset(name)
        }
    )


def tsquery(
    groups: Sequence[Sequence[Phrase]],
    filters: Filters | None = None,
    *,
    lexemes_of: Mapping[str, tuple[tuple[str, ...], ...]] | None = None,
) -> str:
    """The query of the SQLite store's MATCH expression: every group, each by any of its phrases,
    each phrase by all its tokens, and the filters' facet tokens. Tokens ANDed, not ordered
    (<->): the GIN index answers that alone, where a phrase makes PostgreSQL read every
    candidate's tsvector to check positions. With `lexemes_of` (the name lexemes the index
    holds, `name_aliases`, and the names each stands for), all of a party's or sector's names in
    a group become its lexeme."""

    def alternatives(group: Sequence[Phrase]) -> list[str]:
        lexemes: list[str] = []
        named: set[tuple[str, ...]] = set()
        if lexemes_of:
            exact = {p.tokens for p in group if not p.prefix}
            for lexeme, spellings in lexemes_of.items():
                if exact.issuperset(spellings):
                    lexemes.append(_lexeme(lexeme))
                    named.update(spellings)
        return [
            *(one_phrase(p) for p in group if p.prefix or p.tokens not in named),
            *lexemes,
        ]

    def one_phrase(p: Phrase) -> str:
        return "(" + " & ".join(map(_lexeme, p.tokens)) + (":*" if p.prefix else "") + ")"

    return " & ".join(
        [
            *("(" + " | ".join(alternatives(group)) + ")" for group in groups),
            *map(_lexeme, sql.filter_tokens(filters or Filters())),
        ]
    )


def labelled_tsquery(party: Party, filters: Filters) -> str:
    """The query of the rows labelled with one of `party`'s units and passing `filters`' facets:
    a task row's tsvector holds the facet token of each of its units, a document's of each unit
    of its tasks (`task_facet_tokens`, `document_facet_tokens`)."""
    return tsquery([[Phrase(unit, (sql.facet_token("unit", unit),)) for unit in party.canonicals]], filters)


class PostgresBackend(sql.SqlBackend):
    dialect = DIALECT
    look_ups_batched = True  # a step's look-ups in one statement (`newest_keys_each`)

    def __init__(self, url: str) -> None:
        self.url = url
        self._db = None
        self._checked = False  # the connection's schema was found to be an index of this version
        self._names_hold = False  # its name lexemes are of the aliases and keywords loaded here
        self._names_noted = False  # a write on this connection has checked them
        # The highest key of each table the last walk read (or `queries_held`): the next look-ups'
        # age bands start from it, in the walk's statement (`newest_keys_each`).
        self._highest_walked: dict[str, int] = {}

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
        # The schema may not exist yet: that is fine. No parallel plans: a search's statements are
        # short and bounded, and the GIN step's rounds rely on a UNION ALL running its branches in
        # order (PostgresBackend._one_after_another). No JIT: the rounds' UNION ALL is estimated
        # far above jit_above_cost though it reads a few hundred rows, and at 100,000 documents
        # compiling it took 1.6 s of a task search's 1.7 s (docs/search.md, "PostgreSQL at 100,000
        # documents on a quiet machine").
        db.execute(f"SET search_path TO {SCHEMA_NAME}; SET max_parallel_workers_per_gather = 0; SET jit = off")
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
        """The connection, once it is known to hold one of our indexes (checked once a connection:
        two round trips before every statement cost more than a look-up)."""
        db = self.connection
        if self._checked:
            return db
        if not self.exists():
            if db.execute("SELECT to_regnamespace(%s) IS NOT NULL", (SCHEMA_NAME,)).fetchone()[0]:
                raise SearchError(f"{shown_url(self.url)}: schema {SCHEMA_NAME} is not a search index")
            raise SearchError(f"no search index at {shown_url(self.url)}; build one with `nlp-pipeline index`")
        version = db.execute("SELECT value FROM search_meta WHERE key = 'schema_version'").fetchone()
        if not version or version[0] != SCHEMA_VERSION:
            raise SearchError(f"{shown_url(self.url)} was built by another version of the index; rebuild it")
        # The key keeps its first name: an index written before the sector lexemes holds another
        # fingerprint there, so its queries ask for the sector words (no rebuild needed).
        written = db.execute("SELECT value FROM search_meta WHERE key = 'party_names'").fetchone()
        self._names_hold = bool(written) and written[0] == names_fingerprint()
        self._checked = True
        return db

    def create(self) -> None:
        """Create the index's schema when the database does not hold one yet."""
        db = self.connection
        if not self.exists():
            import psycopg

            try:
                with db.transaction():
                    db.execute(f"CREATE SCHEMA {SCHEMA_NAME};" + sql.schema(DIALECT, SCHEMA_VERSION) + FULL_TEXT_SCHEMA)
                    db.execute("INSERT INTO search_meta VALUES ('party_names', %s)", (names_fingerprint(),))
            except psycopg.errors.DuplicateSchema as error:
                raise SearchError(f"{shown_url(self.url)}: schema {SCHEMA_NAME} is not a search index") from error
        self.execute(sql.records_table(DIALECT))  # also checks the schema version
        self.execute(sql.DUE_INDEX)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.transaction():
            yield
            self.bump_generation()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
            self._checked = False
            self._names_noted = False
        self.forget_vectors_held()

    # -- the dialect -------------------------------------------------------------------------

    def execute(self, statement: str, params: Sequence[Any] = ()) -> list[tuple]:
        cursor = self.db.execute(_placeholders(statement), params)
        return [tuple(row) for row in cursor.fetchall()] if cursor.description else []

    def execute_by_gin_index(self, statement: str, params: Sequence[Any] = ()) -> list[tuple]:
        """`execute`, planned with neither sequential nor plain index scans, so that a full-text
        condition is answered by the GIN index. Where the query is a value the planner cannot see,
        it estimates a default share of matching rows and may scan the table for the first one:
        every row's tsvector read for a word no row holds, where the GIN index answers in
        microseconds. The settings hold for a transaction of their own (`set_config(..., true)`),
        and the statements go in one round trip where libpq can pipeline them."""
        import psycopg

        db = self.db
        with db.pipeline() if psycopg.Pipeline.is_supported() else nullcontext(), db.transaction():
            db.execute("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)")
            cursor = db.execute(_placeholders(statement), params)
        return [tuple(row) for row in cursor.fetchall()]

    def execute_many(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.db.cursor() as cursor:
            cursor.executemany(_placeholders(statement), rows)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        # COPY: one round trip for all the rows of a table.
        if rows:
            with self.db.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} = ANY(?)", [list(values)]

    def new_task_keys(self, count: int) -> list[int]:
        # Drawn ahead, so that the tasks and their facets go in by COPY.
        return [
            key
            for (key,) in self.execute(
                "SELECT nextval(pg_get_serial_sequence('tasks', 'id')) FROM generate_series(1, ?)", (count,)
            )
        ]

    def refresh_statistics(self) -> None:
        # Without statistics of the tsvector columns the planner guesses how many rows a word
        # matches, and may scan the table instead of the GIN index (autovacuum comes later).
        self.execute("ANALYZE documents, document_facets, document_chunks, tasks, task_facets")

    def task_full_text(self, key: int, row: DocumentRow, task: TaskRow) -> tuple:
        return (task_vector(task.tokens, [*sql.task_facet_tokens(row, task), band_lexeme("tasks", key)]),)

    def put_full_text(self, document: int, row: DocumentRow, task_keys: Sequence[int]) -> None:
        self._note_names()  # in the transaction that writes the tasks' tsvectors too
        lexemes = [*sql.document_facet_tokens(row), band_lexeme("documents", document)]
        self.insert_rows(
            "document_chunks",
            ("document", "ordinal", "tokens"),
            [
                (document, ordinal, chunk)
                for ordinal, chunk in enumerate(document_chunks(row.title_tokens, row.body_tokens, lexemes))
            ],
        )

    def _note_names(self) -> None:
        """Before the first write of a connection: when the index's name lexemes were written from
        other unit aliases or sector keywords than these, mixing the two would make a lexeme stand
        for different names, so the index stops using them (a rebuild brings them back)."""
        if self._names_noted:
            return
        self.execute(
            "UPDATE search_meta SET value = 'mixed' WHERE key = 'party_names' AND value <> ?", (names_fingerprint(),)
        )
        self._names_hold = self._meta("party_names") == names_fingerprint()
        self._names_noted = True

    def delete_full_text(self, document: int, task_keys: Sequence[int]) -> None:
        self.execute("DELETE FROM document_chunks WHERE document = ?", (document,))

    # -- full-text look-ups ------------------------------------------------------------------

    document_text = sql.FullTextTable(
        "document_chunks c",
        "c.document",
        "c.tokens @@ CAST(? AS tsquery)",
        " JOIN documents d ON d.id = c.document",
        "documents",
        grouped=True,
    )
    task_text = sql.FullTextTable(
        "tasks t", "t.id", "t.tokens @@ CAST(? AS tsquery)", " JOIN documents d ON d.id = t.document", "tasks"
    )

    # The tokens of a table's rows, as `document_text` and `task_text` name them.
    tokens_of = {"documents": "c.tokens", "tasks": "t.tokens"}

    # The walk tests each row with the function behind @@: a function call is no condition the
    # GIN index can answer, so the planner cannot turn the walk into a scan of every match.
    walk_match = {table: f"ts_match_vq({tokens}, CAST(? AS tsquery))" for table, tokens in tokens_of.items()}

    def queries_held(self, table: sql.FullTextTable, queries: Sequence[str]) -> list[bool]:
        """Which of `queries` some row of `table` matches, all in one statement planned once.

        The respelling asks this of every spelling of a word no row holds that changes one
        character for another read the same (search/spelling.py): up to a hundred, nearly all held
        by none. Asked as look-ups of one key, each cost a walk of the newest keys that found
        nothing (1,000 documents' tsvectors read, 6-10 ms) and a plan of its own (2 ms): at
        100,000 documents a search for such a word spent 0.5-3.4 s on them, most of the task
        searches' p95 (docs/search.md). Here the queries are the values of one plan (`unnest`),
        each asked of the GIN index only (`execute_by_gin_index`): in the newest age band (a word
        most rows hold is found among one band's matches, not all of them), then in every row
        (rows newer than the band too); EXISTS stops at the first row. A word the newest band
        holds none of is rare (the walk's argument), so every row's matches are few; the wider
        rounds of `band_spans` in between cost more than that for a word none holds (the OR of 64
        bands' posting lists: 15 ms at 100,000 documents, every row 0.8 ms)."""
        highest = self._highest_key(table.keys_of) if queries else None
        if highest is None:
            return [False for _ in queries]
        spans = band_spans(table.keys_of, highest)[0][:1]
        tokens = self.tokens_of[table.keys_of]
        rounds = [
            *(f"SELECT FROM {table.source} WHERE {tokens} @@ (u.q && CAST(? AS tsquery))" for _ in spans),
            f"SELECT FROM {table.source} WHERE {tokens} @@ u.q",
        ]
        held = {
            number
            for (number,) in self.execute_by_gin_index(
                "SELECT u.n FROM unnest(CAST(? AS tsquery[])) WITH ORDINALITY AS u (q, n)"
                f" WHERE EXISTS ({' UNION ALL '.join(rounds)})",
                [list(queries), *(" | ".join(map(_lexeme, bands)) for bands, _ in spans)],
            )
        }
        return [number in held for number in range(1, len(queries) + 1)]

    def _highest_key(self, keys_of: str) -> int | None:
        """The highest key of `keys_of` the last walk read, or read now (None: no rows). One older
        than the newest makes the age bands counted from it less apt, never a result wrong."""
        if keys_of not in self._highest_walked:
            ((highest,),) = self.execute(f"SELECT max(id) FROM {keys_of}")
            if highest is None:
                return None
            self._highest_walked[keys_of] = highest
        return self._highest_walked[keys_of]

    def newest_keys_each(
        self, table: sql.FullTextTable, queries: Sequence[str], where: str, params: list[Any], limit: int
    ) -> list[list[int]]:
        """The newest matches of each query, each statement bounded whatever the planner estimates,
        all the queries' statements of a step in one (a search's look-ups, a statement each, made
        up to 31 round trips, each waiting for a CPU on a loaded server).

        Left to itself, the planner walks the key index backwards testing every row when it
        expects many matches, and asks the GIN index when it expects few; it estimates words
        ANDed as if independent, so a unit filter and a word that never meet in one row made it
        walk all 3.2 million task rows (1.6 s). Here the walk covers the newest keys only
        (NEWEST_WALK, counted back from the highest key in the same statement), and tests rows
        with a function the GIN index cannot serve; common words cost this one statement. Only
        when those keys hold too few matches of a query is the GIN index asked for the older ones,
        age band by age band (`older_by_band`)."""
        newest = f"(SELECT max(id) FROM {table.keys_of}) - {NEWEST_WALK[table.keys_of]}"
        walks = [
            self.keys_statement(
                table,
                query,
                where,
                params,
                limit,
                match=self.walk_match[table.keys_of],
                bound=f" AND {table.key} > {newest}",
            )
            for query in queries
        ]
        highest_key = f"SELECT max(id) FROM {table.keys_of}"
        known = self._highest_walked.get(table.keys_of)
        if known is not None and known > NEWEST_WALK[table.keys_of]:
            # Each look-up's walk and then its age-band rounds, counted down from the highest key
            # the last walk read, one statement (`_walk_then_rounds`). The first round is bounded
            # by the walk's own bound, so the two meet whatever the highest key is now; the bands
            # hold while it stays in the same band (another process's writes may move it on).
            band = AGE_BAND[table.keys_of]
            found, highest = self._keys_of_each(
                [
                    self._walk_then_rounds(table, query, walk, where, params, limit, known - NEWEST_WALK[table.keys_of])
                    for query, walk in zip(queries, walks, strict=True)
                ],
                highest_key,
            )
            if highest is not None:
                self._highest_walked[table.keys_of] = highest
            if (
                highest is None
                or (highest - NEWEST_WALK[table.keys_of]) // band == (known - NEWEST_WALK[table.keys_of]) // band
            ):
                return found
        # The highest key, which the walk counted back from, comes in the same statement: the
        # rounds below start from it.
        found, highest = self._keys_of_each(walks, highest_key)
        if highest is None:
            return found
        self._highest_walked[table.keys_of] = highest
        short = [number for number, keys in enumerate(found) if len(keys) < limit]
        if short:
            older = self.older_by_band(
                table,
                [queries[number] for number in short],
                where,
                params,
                [limit - len(found[number]) for number in short],
                walked=[len(found[number]) for number in short],
                highest=highest,
            )
            for number, keys in zip(short, older, strict=True):
                found[number] += keys
        return found

    def older_by_band(
        self,
        table: sql.FullTextTable,
        queries: Sequence[str],
        where: str,
        params: list[Any],
        wanted: Sequence[int],
        walked: Sequence[int],
        highest: int,
    ) -> list[list[int]]:
        """For each query, the newest `wanted` matches older than the walk's keys (which held
        `walked`), from the GIN index: first in the age band below the walk, then in BAND_WIDENING
        times as many bands at a time, the last round in every older key (at once where the walk
        found matches sparse: REST_AT_MOST). All the queries' rounds are one statement
        (`_one_after_another`), where each round was a statement that waited for the one before.
        Each round is bounded and ordered by `key + 0`, so that the key's index can serve it
        neither as an order nor as a range (at 100,000 documents the planner intersected the GIN
        bitmap with the 3.2 million keys of the range, 251 ms, or tested every older chunk instead
        of asking the GIN index, 2.6 s): it reads the matches of its bands and sorts them.
        `highest`: the highest key, read by the walk's statement."""
        older_than_walk = highest - NEWEST_WALK[table.keys_of]  # the walk's `newest`
        if older_than_walk <= 0:  # keys start at 1: the walk saw them all
            return [[] for _ in queries]
        walk = min(NEWEST_WALK[table.keys_of], highest)
        statements = [
            self._one_after_another(
                self._round_statements(
                    table,
                    where,
                    params,
                    want,
                    band_rounds(
                        query,
                        table.keys_of,
                        older_than_walk,
                        sparse=bool(walk) and seen * older_than_walk <= REST_AT_MOST * want * walk,
                    ),
                ),
                want,
            )
            for query, want, seen in zip(queries, wanted, walked, strict=True)
        ]
        return self._keys_of_each(statements)[0]

    def _walk_then_rounds(
        self,
        table: sql.FullTextTable,
        query: str,
        walk: tuple[str, list[Any]],
        where: str,
        params: list[Any],
        limit: int,
        older_than_walk: int,
    ) -> tuple[str, list[Any]]:
        """One look-up as one statement: its walk, then (`_one_after_another`) the age-band rounds
        of `older_than_walk` and below, or, where the walk's matches are sparse (REST_AT_MOST),
        every older key at once. The walk's keys are kept in a CTE whose count decides which of
        the two runs: a condition on it alone is a one-time filter, so the other never reads an
        index."""
        walked = min(NEWEST_WALK[table.keys_of], older_than_walk + NEWEST_WALK[table.keys_of])
        # The walk's matches are sparse when all the older keys would hold at most REST_AT_MOST
        # times as many as still wanted: seen * older <= REST_AT_MOST * (limit - seen) * walked.
        sparse_at_most = REST_AT_MOST * limit * walked // (older_than_walk + REST_AT_MOST * walked)
        seen = "(SELECT count(*) FROM walked)"
        newest = f"(SELECT max(id) FROM {table.keys_of}) - {NEWEST_WALK[table.keys_of]}"
        rounds = [
            *self._round_statements(
                table,
                where,
                params,
                limit,
                band_rounds(query, table.keys_of, older_than_walk, sparse=False),
                first_below=newest,
                only_if=f"{seen} > {sparse_at_most}",
            ),
            *self._round_statements(
                table,
                where,
                params,
                limit,
                band_rounds(query, table.keys_of, older_than_walk, sparse=True),
                first_below=newest,
                only_if=f"{seen} <= {sparse_at_most}",
            ),
        ]
        statement, values = self._one_after_another([("SELECT * FROM walked", []), *rounds], limit)
        return f"WITH walked AS MATERIALIZED ({walk[0]}) {statement}", [*walk[1], *values]

    def _round_statements(
        self,
        table: sql.FullTextTable,
        where: str,
        params: list[Any],
        wanted: int,
        rounds: Sequence[tuple[str, int]],
        first_below: str = "",
        only_if: str = "",
    ) -> list[tuple[str, list[Any]]]:
        """The statements of one query's rounds (`band_rounds`: each its banded query and the
        highest key it may return; `first_below`, an expression, replaces the first one's; each
        runs `only_if` that condition holds)."""
        return [
            self.keys_statement(
                table,
                query,
                where,
                params,
                wanted,
                bound=f" AND {table.key} + 0 <= {first_below if number == 0 and first_below else below}"
                + (f" AND {only_if}" if only_if else ""),
                in_key_order=False,
            )
            for number, (query, below) in enumerate(rounds)
        ]

    @staticmethod
    def _one_after_another(statements: Sequence[tuple[str, list[Any]]], wanted: int) -> tuple[str, list[Any]]:
        """`statements` (keys, each newest first, each older than the one before) as one: their
        UNION ALL, LIMIT `wanted`. PostgreSQL runs a UNION ALL's branches one after the other and
        stops when the LIMIT is met, so a statement runs only when the ones before it found too
        few, as when each was a round trip; a parallel plan would run them side by side and
        return any of them first, which is why the store's connections plan no parallel query
        (`_connect`; a pooler that resets sessions would lose that setting)."""
        if len(statements) == 1:
            return statements[0]
        return (
            " UNION ALL ".join(f"({statement})" for statement, _ in statements) + " LIMIT ?",
            [*(value for _, values in statements for value in values), wanted],
        )

    def _keys_of_each(
        self, statements: Sequence[tuple[str, list[Any]]], also: str | None = None
    ) -> tuple[list[list[int]], int | None]:
        """The keys each `keys_statement` returns, newest first, all in one round trip: UNION ALL
        of the statements, each row tagged with the number of its statement; and the value of
        `also` (a statement of one integer, no parameters), read in the same round trip."""
        if len(statements) == 1 and also is None:
            statement, values = statements[0]
            return [[key for (key,) in self.execute(statement, values)]], None
        branches = [
            f"SELECT {number} AS look_up, key FROM ({statement}) AS look_up_{number} (key)"
            for number, (statement, _) in enumerate(statements)
        ]
        if also is not None:  # tagged -1: no statement's number
            branches.append(f"SELECT -1, ({also})")
        found: list[list[int]] = [[] for _ in statements]
        value = None
        for number, key in self.execute(
            " UNION ALL ".join(branches), [param for _, values in statements for param in values]
        ):
            if number < 0:
                value = key
            else:
                found[number].append(key)
        # UNION ALL keeps each branch's order here because the store's connections plan no parallel
        # query (`_connect`, the same guarantee `_one_after_another` relies on); SQL itself does not
        # promise it, so each statement's keys are sorted again (at most its LIMIT of them).
        return [sorted(keys, reverse=True) for keys in found], value

    # A party's rows (sql.py, `labelled_query`): the GIN look-up of its units' facet tokens, bounded
    # by the walk and the age bands like any other (pg43).
    def labelled_query(self, party: Party, filters: Filters, table: sql.FullTextTable) -> str:
        return labelled_tsquery(party, filters)

    def full_text_query(self, groups: Sequence[Sequence[Phrase]], filters: Filters, table: sql.FullTextTable) -> str:
        return tsquery(groups, filters, lexemes_of=name_aliases() if self.name_lexemes_hold() else None)

    def name_lexemes_hold(self) -> bool:
        """Whether the index's name lexemes were written from the aliases and keywords loaded here (read
        with the schema's version, once a connection)."""
        _ = self.db
        return self._names_hold


def band_rounds(query: str, keys_of: str, below: int, *, sparse: bool) -> list[tuple[str, int]]:
    """The GIN step's rounds for the keys from `below` down, newest first: each round's query and
    the highest key it may return. The first round asks for the band of `below`, each next one
    for BAND_WIDENING times as many bands, the last for every key left (no band lexeme); a
    `sparse` query asks for every key at once."""
    spans, left = ([], below) if sparse else band_spans(keys_of, below)
    rounds = [(f"({query}) & ({' | '.join(map(_lexeme, bands))})", highest) for bands, highest in spans]
    return rounds if left is None else [*rounds, (query, left)]


def band_spans(keys_of: str, below: int) -> tuple[list[tuple[list[str], int]], int | None]:
    """The banded rounds for the keys from `below` down, newest first: each round's band lexemes
    (the band of `below`, then BAND_WIDENING times as many bands as the round before) and the
    highest key it may return; and the highest key the bands leave for a last round (None when
    they reach the first key)."""
    band = AGE_BAND[keys_of]
    spans: list[tuple[list[str], int]] = []
    newest_band, width = below // band, 1
    while (oldest_band := newest_band - width + 1) > 0:
        bands = [band_lexeme(keys_of, number * band) for number in range(newest_band, oldest_band - 1, -1)]
        spans.append((bands, below))
        newest_band, width, below = oldest_band - 1, width * BAND_WIDENING[keys_of], oldest_band * band - 1
        if below <= 0:  # keys start at 1
            return spans, None
    return spans, below


def _placeholders(statement: str) -> str:
    return PLACEHOLDER.sub(lambda mark: "%s" if mark.group() == "?" else "%%", statement)
