"""The PostgreSQL search store against a real server: a throwaway cluster (initdb + pg_ctl in a
temporary folder, Unix socket only), the same search cases as the SQLite store, the same results."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest

psycopg = pytest.importorskip("psycopg")

from nlp_pipeline.errors import SearchError  # noqa: E402
from nlp_pipeline.search import Index, sql  # noqa: E402
from nlp_pipeline.search import postgres as postgres_store  # noqa: E402
from nlp_pipeline.search.postgres import (  # noqa: E402
    CHUNK_OVERLAP,
    CHUNK_POSITIONS,
    SCHEMA_NAME,
    PostgresBackend,
    document_chunks,
    shown_url,
)
from nlp_pipeline.search.tokenize import index_tokens, party_names, phrase, query_plan  # noqa: E402

from ..conftest import load_module  # noqa: E402

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[2]


def _invented_documents(folder: str):
    """Another test folder's invented documents (tests/FOLDER/conftest.py), loaded by path."""
    return load_module(f"{folder}_corpus", REPO / "tests" / folder / "conftest.py")


CORPUS = _invented_documents("search")
# the throwaway cluster the benchmarks start too
SERVER = load_module("postgres_server", REPO / "scripts" / "postgres_server.py")
MISSING = SERVER.MISSING

# (query, search options): the cases of tests/search/test_index.py, run on both stores.
CASES = [
    ("燃气", {}),
    ("消防", {}),
    ("安全生产", {}),
    ("尾矿库", {}),
    ("隐患排查", {}),
    ("燃气 消防", {}),
    ("液化石油气钢瓶", {}),
    ("哪些文件要求住建部门排查燃气管道", {}),
    ("燃气管道", {}),
    ("安全", {}),
    ("燃", {}),  # a lone character matches as a prefix
    ("隐患排查", {}),
    ("安全生产", {}),
    ("隐患排查治理", {}),  # words apart: partial matches
    ("燃汽管道", {}),  # 燃汽 held by no text: respelt 燃气
    ("住建局燃气", {"tasks": True}),  # a party's other names
    ("安全生产月", {}),
    ("住房和城乡建设部门燃气管道排查", {"tasks": True}),
    ("核电站", {}),
    ("气燃", {}),
    ("Gas", {}),  # misses
    ('"燃气', {}),
    ("燃气 OR", {}),
    ("NEAR(燃气)", {}),  # query syntax is plain text
    ("燃氣", {}),
    ("危險化學品", {}),  # traditional queries
    ("安全", {"sector": "城镇燃气"}),
    ("安全", {"unit": "消防救援机构"}),
    ("安全", {"doc_type": "plan"}),
    ("安全", {"region": "东川市"}),
    ("安全", {"date_from": "2023"}),
    ("安全", {"date_to": "2023-11"}),
    ("安全", {"date_from": "2023-11-21", "date_to": "2024-03-05"}),
    ("安全", {"sector": "消防", "doc_type": "notice"}),
    ("尾矿库", {"sector": "城镇燃气"}),
    ("安全", {"limit": 2}),
    ("燃气", {"tasks": True}),
    ("燃气", {"tasks": True, "unit": "住房和城乡建设部门"}),
    ("检查", {"tasks": True, "sector": "城镇燃气"}),
    ("检查", {"tasks": True}),
    ("每月", {"tasks": True}),
    ("危险化学品", {}),  # a sector's name: its words (危化品, 化工 …) asked for as its lexeme
    ("消防检查", {"tasks": True, "unit": "消防救援机构"}),
    ("消防安全检查", {"tasks": True}),
    ("6月底前完成的排查", {}),  # a date word: also the texts with tasks due in its month
    ("6月底前完成的排查", {"tasks": True}),
    ("6月底前完成的排查", {"unit": "住房和城乡建设部门", "date_from": "2024"}),
    ("2024年6月 检查", {"tasks": True, "sector": "城镇燃气"}),
    ("7到9月开展的燃气排查", {}),  # a span of months: the tasks due in any of them
    ("三季度完成的排查", {"tasks": True}),
    ("住建局燃气管道排查", {}),  # a party's name: also the tasks labelled with the party
    ("住建局燃气管道排查", {"tasks": True, "date_from": "2024"}),
    # a party's labelled rows with facet filters: asked of the GIN index with the filters' tokens
    ("住建局排查", {"tasks": True, "unit": "住房和城乡建设部门"}),
    ("住建局排查", {"tasks": True, "unit": "消防救援机构"}),  # the party and the filter never meet
    ("住建局燃气管道排查", {"sector": "城镇燃气", "date_from": "2024"}),
    ("消防救援大队检查", {"doc_type": "minutes"}),
    ("消防救援大队检查", {"tasks": True, "region": "西岭县"}),
]
BAD_OPTIONS = [
    ({"sector": "核电"}, "没有行业领域为“核电”的文档"),
    ({"doc_type": "poem"}, "文件类型"),
    ({"date_from": "2024-13-01"}, "格式不对"),
    ({"mode": "semantic"}, "no embeddings"),
]


@pytest.fixture(scope="module")
def server_url():
    binaries = SERVER.postgres_binaries()
    if binaries is None:
        if os.environ.get("CI") == "true":
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    with SERVER.throwaway_server(binaries) as url:
        yield url


@pytest.fixture
def empty_url(server_url):
    with psycopg.connect(server_url, autocommit=True) as db:
        db.execute(f"DROP SCHEMA IF EXISTS {SCHEMA_NAME} CASCADE")
    return server_url


@pytest.fixture
def records():
    return [CORPUS.make_record(*row) for row in CORPUS.DOCUMENTS]


@pytest.fixture
def indexes(tmp_path, empty_url, records):
    """The same records in an SQLite index and a PostgreSQL index."""
    with Index(tmp_path / "search.db") as sqlite, Index(empty_url) as postgres:
        assert sqlite.update(records) == postgres.update(records)
        yield sqlite, postgres


def _without_scores(results: list[dict]) -> list[dict]:
    return [{key: value for key, value in result.items() if key != "score"} for result in results]


@pytest.mark.parametrize("query, options", CASES)
def test_same_results_as_sqlite(indexes, query, options):
    """The ranking is computed outside the store: the same results, scores included."""
    sqlite, postgres = indexes
    expected = sqlite.search(query, mode="keyword", **options)
    assert postgres.search(query, mode="keyword", **options) == expected
    assert all(result["score"] > 0 for result in expected)


@pytest.mark.parametrize("query, options", CASES)
def test_the_gin_step_finds_what_the_walk_left(indexes, monkeypatch, query, options):
    """A walk of the newest two keys only: the older matches come from the GIN index, and the
    results are still SQLite's."""
    sqlite, postgres = indexes
    monkeypatch.setattr(postgres_store, "NEWEST_WALK", {"tasks": 2, "documents": 2})
    assert postgres.search(query, mode="keyword", **options) == sqlite.search(query, mode="keyword", **options)


def _full_text_statements(backend, monkeypatch) -> list[str]:
    """Records every statement the backend runs from now on; the full-text look-ups among them."""
    statements: list[str] = []
    execute = backend.execute
    monkeypatch.setattr(backend, "execute", lambda sql, params=(): statements.append(sql) or execute(sql, params))
    return statements


def _lookups(backend, monkeypatch) -> list[tuple[str, list]]:
    """Records every statement and its parameters the backend runs from now on (those it plans
    with the GIN index only too)."""
    statements: list[tuple[str, list]] = []
    for method in ("execute", "execute_by_gin_index"):
        run = getattr(backend, method)
        monkeypatch.setattr(
            backend,
            method,
            lambda sql, params=(), run=run: statements.append((sql, list(params))) or run(sql, params),
        )
    return statements


@pytest.fixture
def banded_indexes(tmp_path, empty_url, records, monkeypatch):
    """As `indexes`, with age bands of one key and walks of two keys, so that the GIN step runs on
    every case, band by band, over several rounds."""
    monkeypatch.setattr(postgres_store, "AGE_BAND", {"tasks": 1, "documents": 1})
    monkeypatch.setattr(postgres_store, "NEWEST_WALK", {"tasks": 2, "documents": 2})
    with Index(tmp_path / "search.db") as sqlite, Index(empty_url) as postgres:
        assert sqlite.update(records) == postgres.update(records)
        yield sqlite, postgres


@pytest.mark.parametrize("query, options", CASES)
def test_the_gin_step_band_by_band_finds_what_sqlite_finds(banded_indexes, query, options):
    sqlite, postgres = banded_indexes
    assert postgres.search(query, mode="keyword", **options) == sqlite.search(query, mode="keyword", **options)


@pytest.fixture
def walks_shorter_than_bands(tmp_path, empty_url, records, monkeypatch):
    """As `indexes`, with age bands of four keys and walks of one key (NEWEST_WALK's task walk is
    a quarter of its band), so that the first GIN round reads the rest of the walk's band."""
    monkeypatch.setattr(postgres_store, "AGE_BAND", {"tasks": 4, "documents": 4})
    monkeypatch.setattr(postgres_store, "NEWEST_WALK", {"tasks": 1, "documents": 1})
    with Index(tmp_path / "search.db") as sqlite, Index(empty_url) as postgres:
        assert sqlite.update(records) == postgres.update(records)
        yield sqlite, postgres


@pytest.mark.parametrize("query, options", CASES)
def test_a_walk_shorter_than_its_band_finds_what_sqlite_finds(walks_shorter_than_bands, query, options):
    sqlite, postgres = walks_shorter_than_bands
    for _ in range(2):  # the second search counts its bands from the highest key the first walked
        assert postgres.search(query, mode="keyword", **options) == sqlite.search(query, mode="keyword", **options)


def test_the_walk_and_the_gin_step_each_keep_to_their_keys(banded_indexes, monkeypatch):
    _, postgres = banded_indexes
    backend = postgres.backend
    monkeypatch.setattr(postgres_store, "NEWEST_WALK", {"tasks": 0, "documents": 0})
    monkeypatch.setattr(postgres_store, "BAND_WIDENING", {"tasks": 2, "documents": 2})
    monkeypatch.setattr(postgres_store, "REST_AT_MOST", 0)  # widen band by band while any match
    statements = _lookups(backend, monkeypatch)
    query = postgres_store.tsquery([[phrase("安全")]])
    keys = backend.newest_keys(backend.document_text, query, "", [], 100)
    (walk, _), (rounds, params) = statements
    # The walk: the newest keys only, tested by a function no index answers, in the key's order;
    # the highest key, which the rounds count down from, read in the same statement.
    assert "ts_match_vq(c.tokens" in walk and "c.document > (SELECT max(id) FROM documents) - 0" in walk
    assert "ORDER BY c.document DESC LIMIT ?) AS look_up_0" in walk
    assert walk.endswith(" UNION ALL SELECT -1, (SELECT max(id) FROM documents)")
    # The GIN step, its rounds in one statement: the older keys, by the indexed operator, bounded
    # and ordered by an expression no index holds; the newest band first, then twice as many, the
    # last round every key left.
    branches = rounds.split(" UNION ALL ")
    assert rounds.endswith(") LIMIT ?") and params[-1] == 100
    assert all("c.tokens @@" in sql and "ORDER BY c.document + 0 DESC LIMIT ?)" in sql for sql in branches)
    assert [value.count("agex") for value in params if isinstance(value, str)] == [1, 2, 0]
    ((documents,),) = backend.execute("SELECT max(id) FROM documents")
    assert [int(sql.split("c.document + 0 <= ")[1].split()[0]) for sql in branches] == [
        documents,
        documents - 1,
        documents - 3,
    ]
    assert len(keys) > 2 and keys == backend.keys_matching(backend.document_text, query, "", [], 100)


# (table, highest key below the walk, bands each round ORs): task rounds double (a round's cost is
# its bands' posting lists), document rounds quadruple (their cost is the chunks read).
BAND_ROUNDS = [
    ("tasks", 3_179_000, [1, 2, 4, 8, 16, 32, 64]),
    ("tasks", 79_999, [1, 2]),  # four bands: the last round asks for every key left
    ("tasks", 19_999, []),  # the first band only: one round, no band lexeme
    ("documents", 99_750, [1, 4, 16, 64]),
    ("documents", 4_999, [1]),  # five bands: four would reach past the first
]


@pytest.mark.parametrize("keys_of, below, widths", BAND_ROUNDS)
def test_task_rounds_widen_by_two_bands_and_document_rounds_by_four(keys_of, below, widths):
    spans, left = postgres_store.band_spans(keys_of, below)
    assert [len(bands) for bands, _ in spans] == widths
    band = postgres_store.AGE_BAND[keys_of]
    assert left == (below // band - sum(widths) + 1) * band - 1  # the last round: every key below the bands


def test_a_round_runs_only_when_the_rounds_before_it_found_too_few(banded_indexes, monkeypatch):
    """The rounds' UNION ALL stops at its LIMIT: a word a newer band holds leaves the older
    rounds unexecuted, and a word no text holds runs them all."""
    _, postgres = banded_indexes
    backend = postgres.backend
    monkeypatch.setattr(postgres_store, "BAND_WIDENING", {"tasks": 1, "documents": 1})  # a round a key
    ((highest,),) = backend.execute("SELECT max(id) FROM tasks")
    for word, wanted, runs_every_round in (("检查", 1, False), ("核电站", 5, True)):
        query = postgres_store.tsquery([[phrase(word)]])
        rounds = postgres_store.band_rounds(query, "tasks", highest, sparse=False)
        statement, params = backend._one_after_another(
            backend._round_statements(backend.task_text, "", [], wanted, rounds), wanted
        )
        plan = "\n".join(row[0] for row in backend.execute("EXPLAIN ANALYZE " + statement, params))
        assert len(rounds) == highest and ("never executed" not in plan) == runs_every_round, plan
        keys = [key for (key,) in backend.execute(statement, params)]
        assert keys == backend.keys_matching(backend.task_text, query, "", [], wanted)


def test_the_store_s_connections_plan_no_parallel_query_and_compile_nothing(indexes):
    """The rounds' UNION ALL keeps the newest keys only while its branches run in order, which the
    connection's session setting guarantees (review 10, finding 4); and its estimated cost, far
    above jit_above_cost, made PostgreSQL compile it for over a second at 100,000 documents: both
    settings are in effect on the connection the store searches with."""
    _, postgres = indexes
    assert postgres.backend.execute("SHOW max_parallel_workers_per_gather") == [("0",)]
    assert postgres.backend.execute("SHOW jit") == [("off",)]


def test_a_word_the_walk_never_met_is_asked_for_in_every_older_key_at_once(banded_indexes, monkeypatch):
    """Matches that sparse would fill no band: the GIN step's first round is its last."""
    _, postgres = banded_indexes
    backend = postgres.backend
    statements = _lookups(backend, monkeypatch)
    query = postgres_store.tsquery([[phrase("燃气")]])  # only in the oldest document
    keys = backend.newest_keys(backend.document_text, query, "", [], 10)
    (walk, _), (rest, params) = statements
    assert "ts_match_vq" in walk and walk.endswith("SELECT -1, (SELECT max(id) FROM documents)")
    assert "c.tokens @@" in rest and "agex" not in params[0]
    assert keys == backend.keys_matching(backend.document_text, query, "", [], 10) and len(keys) == 1


# Words some text holds and words none holds (a respelling's candidates are mostly the second).
HELD_OR_NOT = ["燃气", "消防", "安全", "燃汽", "核电站", "气燃", "尾矿库", "治理"]


@pytest.mark.parametrize("holding_each", ["documents_holding_each", "tasks_holding_each"])
def test_which_words_some_text_holds_is_one_question_of_the_gin_index(banded_indexes, monkeypatch, holding_each):
    """The respelling's question, asked of up to a hundred spellings of a word, is one statement
    planned once: no walk, no sequential or plain index scan whatever the planner estimates, the
    same answers as SQLite's."""
    sqlite, postgres = banded_indexes
    backend = postgres.backend
    look_ups = [[[phrase(word)]] for word in HELD_OR_NOT]
    statements = _lookups(backend, monkeypatch)
    held = getattr(backend, holding_each)(look_ups)
    assert held == getattr(sqlite.backend, holding_each)(look_ups) and any(held) and not all(held)
    ((sql, params),) = [(sql, params) for sql, params in statements if "tsquery" in sql]
    assert "unnest" in sql and "ts_match_vq" not in sql and len(params[0]) == len(HELD_OR_NOT)
    plan = "\n".join(row[0] for row in backend.execute_by_gin_index("EXPLAIN " + sql, params))
    assert "Bitmap Index Scan" in plan and "Seq Scan" not in plan and "Index Scan using" not in plan, plan


def test_which_words_some_text_holds_asks_the_newest_band_first(banded_indexes):
    """A word the newest band holds leaves the older rounds unexecuted; a word no text holds runs
    them all, the last one in every row."""
    _, postgres = banded_indexes
    backend = postgres.backend
    ((newest,),) = backend.execute("SELECT tokens FROM tasks ORDER BY id DESC LIMIT 1")
    word = next(lexeme for lexeme in re.findall(r"'([^']+)'", newest) if re.fullmatch(r"[\u4e00-\u9fff]{2}", lexeme))
    statements: list[tuple[str, list]] = []
    run = backend.execute_by_gin_index
    backend.execute_by_gin_index = lambda sql, params=(): statements.append((sql, params)) or run(sql, params)
    try:
        assert backend.tasks_holding_each([[[phrase(word)]]]) == [True]
        assert backend.tasks_holding_each([[[phrase("核电站")]]]) == [False]
    finally:
        del backend.execute_by_gin_index
    (held_sql, held_params), (none_sql, none_params) = statements
    held_plan = "\n".join(row[0] for row in run("EXPLAIN ANALYZE " + held_sql, held_params))
    none_plan = "\n".join(row[0] for row in run("EXPLAIN ANALYZE " + none_sql, none_params))
    assert held_sql.count(" UNION ALL ") >= 1 and "never executed" in held_plan, held_plan
    assert "never executed" not in none_plan, none_plan


def test_the_gin_index_only_plan_leaves_the_connection_as_it_was(indexes):
    """Its planner settings are local to a transaction of its own, which an error rolls back."""
    _, postgres = indexes
    backend = postgres.backend
    assert backend.execute_by_gin_index("SHOW enable_seqscan") == [("off",)]
    with pytest.raises(psycopg.Error):
        backend.execute_by_gin_index("SELECT 1 / 0")
    assert backend.execute("SHOW enable_seqscan") == backend.execute("SHOW enable_indexscan") == [("on",)]
    assert backend.db.info.transaction_status == psycopg.pq.TransactionStatus.IDLE


def test_every_row_holds_its_age_band(banded_indexes):
    _, postgres = banded_indexes
    backend = postgres.backend
    for table, key in (("document_chunks", "document"), ("tasks", "id")):
        rows = backend.execute(f"SELECT {key}, tokens::text FROM {table}")
        keys_of = "documents" if key == "document" else "tasks"
        assert rows and all(f"'{postgres_store.band_lexeme(keys_of, k)}'" in tokens for k, tokens in rows)
    assert postgres_store.band_lexeme("documents", 5) == "agex5"


def _party_of(name: str) -> tuple[str, tuple[str, ...]]:
    """The lexeme of the party `name` names, and all the party's names."""
    return next(
        (sql.facet_token("party", "|".join(canonicals)), names)
        for canonicals, names in party_names().items()
        if name in names
    )


@pytest.mark.parametrize(
    "text, holds",
    [
        ("住建局负责排查燃气管道", True),
        ("由住房和城乡建设部门牵头", True),
        ("住房城乡建设委督办", True),
        ("局建住", False),  # the tokens of no name: 局建 建住
        ("城乡建设", False),  # part of a name only
        ("住建", False),
        ("应急管理局负责", False),  # another party
    ],
)
def test_a_text_holds_the_lexeme_of_each_party_it_names(text, holds):
    lexeme, _ = _party_of("住建局")
    assert (lexeme in postgres_store.name_lexemes(index_tokens(text).split())) is holds


def test_a_party_s_names_are_asked_for_as_its_lexeme():
    lexeme, names = _party_of("住建局")
    group = [phrase("燃气"), *map(phrase, names)]
    asked = postgres_store.tsquery([group], lexemes_of=postgres_store.name_aliases())
    assert asked == f"(('燃气') | '{lexeme}')"
    # Without party lexemes in the index, or with some of the names only, the names themselves.
    assert postgres_store.tsquery([group]).count("|") == len(group) - 1
    some = postgres_store.tsquery([group[:4]], lexemes_of=postgres_store.name_aliases())
    assert lexeme not in some and some.count("|") == 3


def test_a_party_query_asks_for_the_lexeme_and_finds_what_sqlite_finds(indexes, monkeypatch):
    sqlite, postgres = indexes
    statements = _lookups(postgres.backend, monkeypatch)
    expected = sqlite.search("住建局燃气", mode="keyword", tasks=True)
    assert postgres.search("住建局燃气", mode="keyword", tasks=True) == expected and expected
    lexeme, _ = _party_of("住建局")
    assert any(lexeme in str(params) for sql, params in statements if "tsquery" in sql)


@pytest.mark.parametrize(
    "options",
    [{"tasks": True}, {"tasks": True, "unit": "住房和城乡建设部门"}, {}, {"sector": "城镇燃气", "date_from": "2024"}],
)
def test_a_party_s_labelled_rows_are_asked_of_the_gin_index(indexes, monkeypatch, options):
    """The rows labelled with a party (住建局: 住房和城乡建设部门) are a full-text look-up of its
    units' facet tokens, filters ANDed, not an ordered walk through task_facets; SQLite's results."""
    sqlite, postgres = indexes
    statements = _lookups(postgres.backend, monkeypatch)
    expected = sqlite.search("住建局排查", mode="keyword", **options)
    assert postgres.search("住建局排查", mode="keyword", **options) == expected and expected
    label = sql.facet_token("unit", "住房和城乡建设部门")
    assert any(label in str(params) for sql_text, params in statements if "ts_match_vq" in sql_text)
    assert not any("ORDER BY t.document DESC, t.id DESC" in sql_text for sql_text, _ in statements)


def test_party_lexemes_of_other_unit_aliases_are_not_asked_for(indexes, records):
    """An index whose party lexemes came from other aliases asks for the names; a write from
    these aliases marks it mixed, so that it never asks for the lexemes again."""
    sqlite, postgres = indexes
    backend = postgres.backend
    backend.execute("UPDATE search_meta SET value = 'older aliases' WHERE key = 'party_names'")
    backend.close()
    assert not backend.name_lexemes_hold()
    assert postgres.search("住建局燃气", mode="keyword", tasks=True) == sqlite.search(
        "住建局燃气", mode="keyword", tasks=True
    )
    postgres.update([CORPUS.make_record("later", "补充通知", None, "notice", None, [], ["住建局排查燃气管道。"], [])])
    backend.close()
    assert backend.execute("SELECT value FROM search_meta WHERE key = 'party_names'") == [("mixed",)]
    assert not backend.name_lexemes_hold()
    assert postgres.backend.name_lexemes_hold() is False
    fresh = PostgresBackend(backend.url)
    assert fresh.name_lexemes_hold() is False


@pytest.mark.parametrize("table", ["document_text", "task_text"])
def test_a_word_the_walk_finds_enough_of_costs_one_statement(indexes, monkeypatch, table):
    """No key range asked first, no transaction, no planner setting: the walk alone."""
    _, postgres = indexes
    backend = postgres.backend
    statements = _full_text_statements(backend, monkeypatch)
    query = postgres_store.tsquery([[phrase("燃气")]])
    keys = backend.newest_keys(getattr(backend, table), query, "", [], 1)
    assert len(keys) == 1 and len(statements) == 1 and "ts_match_vq" in statements[0]


def _walks(statements: list[tuple[str, list]]) -> list[list[str]]:
    """The tsqueries of each walk statement among `statements`."""
    return [[value for value in params if isinstance(value, str)] for sql, params in statements if "ts_match_vq" in sql]


def test_a_search_asks_for_every_look_up_of_its_ranking_in_one_statement(indexes, monkeypatch):
    """All terms, then each term: three look-ups, one walk statement; a word no text holds is
    checked for once more, and the look-ups of the respelt plan are asked for in one statement."""
    sqlite, postgres = indexes
    statements = _lookups(postgres.backend, monkeypatch)
    expected = sqlite.search("隐患排查", mode="keyword")
    assert postgres.search("隐患排查", mode="keyword") == expected and expected
    assert _walks(statements) == [["(('隐患')) & (('排查'))", "(('隐患'))", "(('排查'))"]]
    statements.clear()
    expected = sqlite.search("隐患排查治理", mode="keyword")  # 治理: held by no text, respelt
    assert postgres.search("隐患排查治理", mode="keyword") == expected and expected
    every_term, respelt = _walks(statements)
    assert every_term == ["(('隐患')) & (('排查')) & (('治理'))", "(('隐患'))", "(('排查'))", "(('治理'))"]
    # held by a text outside the filters? One question of the GIN index, no walk
    assert [params[0] for sql, params in statements if "unnest" in sql] == [["(('治理'))"]]
    # The respelt plan: all terms and the respelt term (its respellings in the spelling's order),
    # less 治理, which the first step found in no text (search/empty_look_ups.py).
    assert len(respelt) == 2 and respelt[0] == f"(('隐患')) & (('排查')) & {respelt[1]}"
    assert "('治理')" not in respelt[1] and "('治礼')" in respelt[1]


def test_the_band_rounds_of_several_look_ups_run_side_by_side(banded_indexes, monkeypatch):
    """Walks of two keys leave every look-up short: each round asks for the bands of all the
    look-ups still short in one statement, and each look-up finds what it finds alone."""
    _, postgres = banded_indexes
    backend = postgres.backend
    queries = [postgres_store.tsquery([[phrase(word)]]) for word in ("燃气", "检查", "每月", "核电站")]
    alone = [backend.newest_keys(backend.task_text, query, "", [], 50) for query in queries]
    backend._highest_walked.clear()  # as on a new connection: no walk has read the highest key
    statements = _lookups(backend, monkeypatch)
    assert backend.newest_keys_each(backend.task_text, queries, "", [], 50) == alone
    assert alone[0] and alone[1] and alone[2] and alone[3] == []
    walk, rounds = [sql for sql, _ in statements]
    assert walk.count("UNION ALL") == 4 and walk.endswith("SELECT -1, (SELECT max(id) FROM tasks)")
    # Every look-up the walk left short (all four: 核电站 too, no text holds it): all their rounds
    # in one statement.
    assert all(f"AS look_up_{number} (key)" in rounds for number in range(4))
    # Once a walk has read the highest key, each look-up's walk and rounds are one statement.
    statements.clear()
    assert backend.newest_keys_each(backend.task_text, queries, "", [], 50) == alone
    ((together, _),) = statements
    assert all(f"AS look_up_{number} (key)" in together for number in range(4))
    assert together.count("ts_match_vq") == 4 and together.count("t.tokens @@") > 4


@pytest.mark.parametrize("newest_word, runs", [(False, "every older key at once"), (True, "the band rounds")])
def test_a_look_up_in_one_statement_runs_its_band_rounds_or_every_older_key(
    banded_indexes, monkeypatch, newest_word, runs
):
    """The walk's count decides, inside the statement, which of the two runs; the other's scans
    are never executed. With REST_AT_MOST 0 a walk that finds nothing (核电站, held by no text)
    calls the older matches sparse, one that finds a match (a word of the newest task) does not."""
    _, postgres = banded_indexes
    backend = postgres.backend
    monkeypatch.setattr(postgres_store, "REST_AT_MOST", 0)
    ((highest, tokens),) = backend.execute("SELECT id, tokens::text FROM tasks ORDER BY id DESC LIMIT 1")
    lexeme = next(word for word in re.findall(r"'([^']+)'", tokens) if not word.isascii())
    query = f"'{lexeme}'" if newest_word else postgres_store.tsquery([[phrase("核电站")]])
    walk = backend.keys_statement(
        backend.task_text, query, "", [], 50, match=backend.walk_match["tasks"], bound=f" AND t.id > {highest - 2}"
    )
    statement, params = backend._walk_then_rounds(backend.task_text, query, walk, "", [], 50, highest - 2)
    plan = [row[0] for row in backend.execute("EXPLAIN ANALYZE " + statement, params)]
    filters = [number for number, line in enumerate(plan) if "One-Time Filter" in line]
    banded = len(postgres_store.band_rounds(query, "tasks", highest - 2, sparse=False))
    assert len(filters) == banded + 1 and banded > 1
    ran = ["never executed" not in plan[number + 1] for number in filters]  # the node under each filter
    assert ran == ([True] * banded + [False] if runs == "the band rounds" else [False] * banded + [True])
    keys = sorted((key for (key,) in backend.execute(statement, params)), reverse=True)
    assert keys == backend.keys_matching(backend.task_text, query, "", [], 50) and bool(keys) == newest_word


def test_walks_and_rounds_in_one_statement_find_what_sqlite_finds(banded_indexes):
    """Every case, searched again once the walks have read the highest key (each look-up's walk
    and rounds then one statement), still finds what SQLite finds."""
    sqlite, postgres = banded_indexes
    for _ in range(2):
        for query, options in CASES:
            assert postgres.search(query, mode="keyword", **options) == sqlite.search(query, mode="keyword", **options)
    assert postgres.backend._highest_walked


def test_a_highest_key_moved_to_another_band_asks_again(banded_indexes, monkeypatch):
    """Another process's writes moved the highest key past the bands the last walk's key gave:
    the look-up asks again (walk, then rounds) and finds what it finds from scratch."""
    _, postgres = banded_indexes
    backend = postgres.backend
    query = postgres_store.tsquery([[phrase("检查")]])
    expected = backend.keys_matching(backend.task_text, query, "", [], 50)
    ((highest,),) = backend.execute("SELECT max(id) FROM tasks")
    backend._highest_walked["tasks"] = highest - 1  # bands of one key: another band
    statements = _lookups(backend, monkeypatch)
    assert backend.newest_keys(backend.task_text, query, "", [], 50) == expected and expected
    assert len(statements) == 3 and backend._highest_walked["tasks"] == highest
    statements.clear()
    assert backend.newest_keys(backend.task_text, query, "", [], 50) == expected
    assert len(statements) == 1


@pytest.mark.parametrize(
    "text, holds",
    [
        ("城镇燃气安全整治", True),  # the sector's own name
        ("排查液化石油气钢瓶", True),  # a word that names it alone
        ("加快瓶改管进度", True),
        ("气燃管道", False),  # 气燃 燃管 管道: the tokens of no word
        ("消防通道畅通", False),  # another sector
        ("燃", False),
    ],
)
def test_a_text_holds_the_lexeme_of_each_sector_it_names(text, holds):
    lexeme = sql.facet_token("sectorname", "城镇燃气")
    assert (lexeme in postgres_store.name_lexemes(index_tokens(text).split())) is holds


def test_a_sector_s_words_are_asked_for_as_its_lexeme():
    (term,) = query_plan("道路交通", "道路交通").terms
    lexeme = sql.facet_token("sectorname", "道路交通")
    asked = postgres_store.tsquery([term.phrases], lexemes_of=postgres_store.name_aliases())
    assert asked == f"('{lexeme}')"
    # An index without the lexemes (or written from other keywords) is asked for every word.
    every_word = postgres_store.tsquery([term.phrases])
    assert lexeme not in every_word and "'客运'" in every_word and every_word.count("|") == len(term.phrases) - 1


def test_a_sector_query_asks_for_the_lexeme_and_finds_what_sqlite_finds(indexes, monkeypatch):
    sqlite, postgres = indexes
    statements = _lookups(postgres.backend, monkeypatch)
    expected = sqlite.search("消防", mode="keyword", tasks=True)  # also 火灾, 消防通道 …
    assert postgres.search("消防", mode="keyword", tasks=True) == expected and expected
    lexeme = sql.facet_token("sectorname", "消防")
    assert any(lexeme in str(params) for sql, params in statements if "tsquery" in sql)


def test_an_empty_index_finds_nothing(empty_url):
    with Index(empty_url) as postgres:
        postgres.update([])
        backend = postgres.backend
        assert backend.newest_keys(backend.task_text, postgres_store.tsquery([[phrase("安全")]]), "", [], 10) == []


@pytest.fixture
def ranking_index(empty_url):
    with Index(empty_url) as postgres:
        postgres.update([CORPUS.make_record(*row) for row in CORPUS.RANKING_DOCUMENTS])
        yield postgres


@pytest.mark.parametrize("query, ranking", CORPUS.PARTIAL_MATCHES)
def test_partial_matches_rank_as_in_sqlite(ranking_index, query, ranking):
    assert [result["doc_id"] for result in ranking_index.search(query, mode="keyword")] == ranking


@pytest.fixture
def synonym_index(empty_url):
    with Index(empty_url) as postgres:
        postgres.update([CORPUS.make_record(*row) for row in CORPUS.FIELD_SYNONYM_DOCUMENTS])
        yield postgres


@pytest.mark.parametrize("query, found", CORPUS.FIELD_SYNONYM_MATCHES)
def test_field_synonyms_find_as_in_sqlite(synonym_index, query, found):
    assert [result["doc_id"] for result in synonym_index.search(query, mode="keyword")] == found


@pytest.fixture
def neighbour_index(empty_url):
    with Index(empty_url) as postgres:
        postgres.update([CORPUS.make_record(*row) for row in CORPUS.NEIGHBOUR_DOCUMENTS])
        yield postgres


@pytest.mark.parametrize("query, found", CORPUS.NEIGHBOUR_MATCHES)
def test_a_rare_word_is_searched_by_its_nearest_words_as_in_sqlite(neighbour_index, query, found):
    assert [result["doc_id"] for result in neighbour_index.search(query, mode="keyword")] == found


@pytest.fixture
def glued_index(empty_url):
    with Index(empty_url) as postgres:
        postgres.update([CORPUS.make_record(*row) for row in CORPUS.GLUED_NAME_DOCUMENTS])
        yield postgres


@pytest.mark.parametrize("query, found", CORPUS.GLUED_NAME_MATCHES)
def test_a_word_glued_to_a_name_is_searched_apart_as_in_sqlite(glued_index, query, found):
    assert [result["doc_id"] for result in glued_index.search(query, mode="keyword")] == found


@pytest.mark.parametrize("options, message", BAD_OPTIONS)
def test_same_errors_as_sqlite(indexes, options, message):
    for index in indexes:
        with pytest.raises(SearchError, match=message):
            index.search("燃气", **options)


def test_facets_and_counts(indexes):
    sqlite, postgres = indexes
    assert postgres.facets() == sqlite.facets()
    assert postgres.backend.counts() == sqlite.backend.counts()
    assert postgres.backend.tokenizer() == sqlite.backend.tokenizer() == "cjk-bigram"


def test_incremental_updates(indexes, records):
    changed = CORPUS.make_record(
        *CORPUS.DOCUMENTS[0][:6], ["关于开展城镇燃气安全专项整治的通知", "改为排查加油站。"], []
    )
    for index in indexes:
        assert index.update([changed, records[1]])["replaced"] == 1
        assert index.sync([changed, records[1]])["removed"] == 2
    sqlite, postgres = indexes
    for query in ("加油站", "液化石油气", "尾矿库", "消防"):
        assert _without_scores(postgres.search(query)) == _without_scores(sqlite.search(query))
    assert postgres.backend.counts() == sqlite.backend.counts()


def test_a_failed_update_leaves_the_index_as_it_was(indexes, records):
    _, postgres = indexes
    generation = postgres.backend.generation()
    with pytest.raises(SearchError, match="not a document record"):
        postgres.sync([records[0], {"no": "doc_id"}])
    assert postgres.backend.counts()["documents"] == 4 and postgres.backend.generation() == generation


def test_semantic_ranking_over_stored_vectors(indexes, monkeypatch):
    """Vectors are ranked in the application: the same vectors give the same ranking."""
    from nlp_pipeline.search import semantic

    rng = np.random.default_rng(3)
    stored = {}
    for index in indexes:
        for doc_id, rows in index.backend.paragraphs_without_vectors():
            matrix = stored.setdefault(doc_id, rng.standard_normal((len(rows), 8)).astype(np.float32))
            with index.backend.transaction():
                index.backend.put_vectors(doc_id, [row.ordinal for row in rows], matrix)
    query = stored["fire-minutes"][1]
    monkeypatch.setattr(semantic, "embed_query", lambda text: query)
    sqlite, postgres = indexes
    for mode in ("semantic", "hybrid"):
        expected = sqlite.search("消防", mode=mode)
        assert postgres.search("消防", mode=mode) == expected and expected[0]["doc_id"] == "fire-minutes"
    # hybrid search reorders by the first documents' words and paragraphs (search/feedback.py),
    # which both stores read alike
    for text in ("燃气 检查", "隐患排查治理", "尾矿库汛期"):
        expected = sqlite.search(text, mode="hybrid")
        assert postgres.search(text, mode="hybrid") == expected and len(expected) > 1


def test_long_documents_are_chunked_without_losing_phrases():
    body = " ".join(f"t{n}" for n in range(3 * CHUNK_POSITIONS))
    chunks = document_chunks("标题", body)
    assert len(chunks) == 4
    border = CHUNK_POSITIONS - 4 - CHUNK_OVERLAP // 2  # a phrase straddling the first border
    assert all(f"'t{n}'" in chunks[1] for n in range(border, border + CHUNK_OVERLAP // 2))
    assert max(int(entry.rsplit(":", 1)[1].rstrip("A")) for entry in chunks[0].split()) <= CHUNK_POSITIONS


def test_a_long_document_is_found_past_the_first_chunk(indexes):
    _, postgres = indexes
    far = "。".join(["会议要求各部门切实履行职责"] * 2500) + "。最后强调尾矿库汛期巡查。"
    record = CORPUS.make_record("long", "长篇讲话", None, "speech", None, [], [far], [])
    postgres.update([record])
    assert "long" in [result["doc_id"] for result in postgres.search("尾矿库汛期巡查")]


def test_missing_index_and_foreign_schema(empty_url):
    with pytest.raises(SearchError, match="no search index at"):
        Index(empty_url, backend=PostgresBackend(empty_url)).search("燃气")
    with psycopg.connect(empty_url, autocommit=True) as db:
        db.execute(f"CREATE SCHEMA {SCHEMA_NAME}")
    with pytest.raises(SearchError, match="is not a search index"):
        Index(empty_url, backend=PostgresBackend(empty_url)).update([])


def test_unreachable_server_is_a_search_error(tmp_path):
    url = f"postgresql://nobody@/nothing?host={tmp_path}"
    with pytest.raises(SearchError, match="cannot connect"):
        PostgresBackend(url).exists()


def test_passwords_stay_out_of_messages(monkeypatch):
    from nlp_pipeline.search.postgres import connection_url

    assert (
        shown_url("postgresql://ops:secret@db.example:5433/archive") == "postgresql://ops:***@db.example:5433/archive"
    )
    monkeypatch.setenv("NLP_PIPELINE_PG_URL", "postgresql://ops@db.example/archive")
    assert connection_url("postgresql://") == "postgresql://ops@db.example/archive"
    assert connection_url("postgresql://other/db") == "postgresql://other/db"
    monkeypatch.delenv("NLP_PIPELINE_PG_URL")
    with pytest.raises(SearchError, match="NLP_PIPELINE_PG_URL"):
        connection_url("postgres://")


def test_the_command_line_reaches_postgres_through_its_url(tmp_path, empty_url, capsys):
    import json

    from nlp_pipeline.cli import main

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "gas.txt").write_text(
        "关于开展燃气安全检查的通知\n县住房和城乡建设局要于6月底前完成餐饮场所燃气安全检查。", encoding="utf-8"
    )
    assert main(["index", str(inbox), "--db", empty_url]) == 0
    capsys.readouterr()
    assert main(["search", "燃气", "--db", empty_url, "--format", "json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert [r["doc_id"] for r in results] == ["gas"]


def test_the_ledger_and_its_statuses_on_postgres(tmp_path, empty_url):
    from nlp_pipeline.ledger import ledger_of, set_status

    cases = _invented_documents("ledger")
    records = [cases.make_record(doc_id, *values) for doc_id, values in cases.DOCUMENTS.items()]
    sqlite = tmp_path / "archive.db"
    for db in (sqlite, empty_url):
        with Index(db) as index:
            index.update(records)
        set_status(db, "gas-plan", "T2", "done", note="已办结")
        set_status(db, "flood-notice", "T1", "in_progress")
    on_sqlite, on_postgres = (ledger_of(db, on=cases.ON, within="60d").to_dict() for db in (sqlite, empty_url))
    assert on_postgres["counts"] == on_sqlite["counts"] and on_postgres["counts"]["finished"] == 1
    drop = lambda entries: [{k: v for k, v in e.items() if k != "status_updated"} for e in entries]  # noqa: E731
    assert drop(on_postgres["entries"]) == drop(on_sqlite["entries"])
    with Index(empty_url) as index:  # re-indexed: the statuses stay
        index.update([cases.make_record(doc_id, *values, version="2") for doc_id, values in cases.DOCUMENTS.items()])
    assert ledger_of(empty_url, on=cases.ON, within="60d").counts() == on_sqlite["counts"]


def test_the_benchmarks_start_their_own_server():
    # search_benchmark.py and distributed_benchmark.py without --pg-url start the same throwaway cluster
    if SERVER.postgres_binaries() is None:
        pytest.skip(MISSING)
    benchmark = load_module("search_benchmark_under_test", REPO / "scripts" / "search_benchmark.py")
    with benchmark.throwaway_server() as url, psycopg.connect(url) as db:
        assert db.execute("SELECT 1").fetchone() == (1,)
