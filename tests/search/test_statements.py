"""What a search asks the store, statement by statement: on a loaded PostgreSQL server each one
waits for a CPU, so what can be read together is (the same SQL runs on SQLite, checked here)."""

from __future__ import annotations

import numpy as np
import pytest

from nlp_pipeline.search import Index
from nlp_pipeline.search.backend import Filters
from nlp_pipeline.search.ranking import Candidates
from nlp_pipeline.search.tokenize import Party

VECTORS_HELD = "SELECT EXISTS (SELECT 1 FROM vectors)"


def _recorded(backend, monkeypatch) -> list[str]:
    """Every statement the backend runs from now on."""
    statements: list[str] = []
    execute = backend.execute
    monkeypatch.setattr(backend, "execute", lambda sql, params=(): statements.append(sql) or execute(sql, params))
    return statements


def _store_vectors(index: Index, doc_id: str) -> None:
    rows = dict(index.backend.paragraphs_without_vectors())[doc_id]
    with index.backend.transaction():
        index.backend.put_vectors(doc_id, [row.ordinal for row in rows], np.ones((len(rows), 4), np.float32))


@pytest.mark.parametrize("tasks", [False, True])
def test_a_one_word_search_makes_three_statements(index, monkeypatch, tasks):
    index.search("燃气", mode="keyword", tasks=tasks)  # the first search reads has_vectors
    statements = _recorded(index.backend, monkeypatch)
    assert index.search("燃气", mode="keyword", tasks=tasks)
    look_up, candidates, results = statements  # no more
    assert "MATCH" in look_up
    assert "min(id)" in candidates and "max(id)" in candidates and "LEFT JOIN" in candidates
    # the results' documents and tasks together
    assert "FROM documents d" in results and "UNION ALL" in results and "FROM tasks t" in results


def test_the_candidates_come_with_their_table_s_key_range(index):
    backend = index.backend
    ((low, high),) = backend.execute("SELECT min(id), max(id) FROM documents")
    read = backend.document_texts([high, high + 1000])
    assert read.key_range == (low, high) and list(read.texts) == [high]
    assert backend.document_texts([]) == Candidates({}, (low, high))
    ((task_low, task_high),) = backend.execute("SELECT min(id), max(id) FROM tasks")
    tasks = backend.task_texts([task_low])
    assert tasks.key_range == (task_low, task_high) and len(tasks.texts) == 1


def test_an_empty_index_has_no_key_range(tmp_path):
    with Index(tmp_path / "empty.db") as index:
        index.update([])
        assert index.backend.document_texts([1]) == Candidates({}, None)
        assert index.backend.task_texts([]) == Candidates({}, None)
        assert index.search("燃气", mode="keyword") == []


def test_has_vectors_is_read_once_until_the_index_is_written(index, monkeypatch):
    statements = _recorded(index.backend, monkeypatch)
    assert index.backend.has_vectors() is False
    assert index.backend.has_vectors() is False
    assert statements == [VECTORS_HELD]
    _store_vectors(index, "gas-notice")  # this store's own write: asked again
    assert index.backend.has_vectors() is True
    assert statements.count(VECTORS_HELD) == 2
    with index.backend.transaction():
        index.backend.delete_documents(["gas-notice"])
    assert index.backend.has_vectors() is False
    assert statements.count(VECTORS_HELD) == 3


def test_keyword_searches_no_longer_ask_whether_the_index_holds_vectors(index, monkeypatch):
    statements = _recorded(index.backend, monkeypatch)
    for _ in range(3):
        index.search("消防", mode="keyword")
        index.search("消防")  # auto: keyword while there are no vectors
    assert statements.count(VECTORS_HELD) == 1


def test_another_writer_s_vectors_show_from_the_next_search_on(tmp_path, records):
    """A second index object on the same file stands for another process: the first learns of its
    vectors from the candidates statement of its next keyword search."""
    path = tmp_path / "shared.db"
    with Index(path) as reader, Index(path) as writer:
        reader.update(records)
        assert reader.search("燃气", mode="keyword") and reader.backend.has_vectors() is False
        _store_vectors(writer, "gas-notice")
        assert reader.backend.has_vectors() is False  # kept from before the other write
        reader.search("燃气", mode="keyword")
        assert reader.backend.has_vectors() is True


def test_closing_forgets_whether_the_index_holds_vectors(index, monkeypatch):
    assert index.backend.has_vectors() is False
    index.close()
    statements = _recorded(index.backend, monkeypatch)
    assert index.backend.has_vectors() is False and statements == [VECTORS_HELD]


@pytest.mark.parametrize("task_ids", [None, ["T1"], []])
def test_documents_and_tasks_read_together_are_what_each_reads_alone(index, task_ids):
    backend = index.backend
    doc_ids = ["gas-notice", "fire-minutes", "no-such-document"]

    def keep(doc_id: str, text: str, source: str, paragraph: int) -> bool:
        return doc_id == "fire-minutes" or "燃气" in source

    documents, tasks = backend.documents_and_tasks(doc_ids, task_ids, keep)
    assert documents == backend.documents(doc_ids) and set(documents) == {"gas-notice", "fire-minutes"}
    assert list(tasks.items()) == list(backend.tasks_of(doc_ids, task_ids, keep).items())
    assert backend.documents_and_tasks([]) == ({}, {})


def test_a_search_that_finds_nothing_checks_its_filters_values_in_one_statement(index, monkeypatch):
    statements = _recorded(index.backend, monkeypatch)
    assert index.search("燃气", mode="keyword", unit="消防救援机构") == []
    assert sum("document_facets" in sql for sql in statements) == 1
    statements.clear()
    assert index.facets() == {
        "sector": ["人员密集场所", "危险化学品", "城镇燃气", "消防", "道路交通", "非煤矿山"],
        "unit": ["交通运输部门", "住房和城乡建设部门", "市场监督管理部门", "消防救援机构"],
        "doc_type": ["minutes", "notice", "plan", "speech"],
        "region": ["东川市", "西岭县"],
    }
    assert len(statements) == 1


def test_a_facet_no_document_has_is_an_empty_list(tmp_path):
    with Index(tmp_path / "empty.db") as index:
        index.update([])
        assert index.facets() == {"sector": [], "unit": [], "doc_type": [], "region": []}


# -- a party's rows (issue 18, search68) ---------------------------------------------------------
# The newest rows labelled with a party are a full-text look-up of its units' facet tokens, not the
# whole task_facets list of the party joined and sorted (2 s of CPU a search at 100,000 documents).


def _labelled_tasks(backend, party: Party, filters: Filters, *, of_documents: bool = False) -> list[int]:
    """The party's tasks passing `filters` (the task's own, or its document's), newest first, read
    the plain way through task_facets."""
    units = ", ".join("?" * len(party.canonicals))
    where, params = (backend.document_filters if of_documents else backend.task_filters)(filters)
    return [
        key
        for (key,) in backend.execute(
            f"SELECT t.id FROM tasks t JOIN documents d ON d.id = t.document WHERE t.id IN"
            f" (SELECT task FROM task_facets WHERE facet = 'unit' AND value IN ({units})){where} ORDER BY t.id DESC",
            [*party.canonicals, *params],
        )
    ]


PARTIES = [Party(("市场监督管理部门",)), Party(("住房和城乡建设部门", "消防救援机构")), Party(("没有的部门",))]
PARTY_FILTERS = [
    Filters(),
    Filters(sector="城镇燃气"),
    Filters(unit="住房和城乡建设部门"),
    Filters(date_from="2024-01-01"),
    Filters(doc_type="minutes", region="西岭县"),
]


@pytest.mark.parametrize("filters", PARTY_FILTERS)
@pytest.mark.parametrize("party", PARTIES)
def test_a_party_s_task_rows_are_those_task_facets_label(index, party, filters):
    expected = _labelled_tasks(index.backend, party, filters)
    assert list(index.backend.task_rows_held(party, filters, 500)) == expected
    assert list(index.backend.task_rows_held(party, filters, 1)) == expected[:1]


@pytest.mark.parametrize("filters", PARTY_FILTERS)
@pytest.mark.parametrize("party", PARTIES)
def test_a_party_s_documents_hold_the_tasks_task_facets_label(index, party, filters):
    texts = dict(index.backend.execute("SELECT id, source FROM tasks"))
    documents = dict(index.backend.execute("SELECT id, document FROM tasks"))
    expected: dict[int, list[str]] = {}
    labelled = _labelled_tasks(index.backend, party, filters, of_documents=True)
    for key in sorted(labelled, key=lambda key: (-documents[key], key)):
        expected.setdefault(documents[key], []).append(texts[key])
    assert index.backend.document_tasks_held(party, filters, 200) == expected


def test_a_party_is_looked_up_in_the_full_text_and_its_tasks_by_their_key(index, monkeypatch):
    statements = _recorded(index.backend, monkeypatch)
    assert index.search("市场监管局", mode="keyword")
    assert index.search("市场监管局", mode="keyword", tasks=True, sector="城镇燃气")
    facet_reads = [statement for statement in statements if "task_facets" in statement]
    assert facet_reads and all("f.task = t.id" in statement for statement in facet_reads)
    for statement in facet_reads:  # each task's labels asked by its key, no list of the party built first
        plan = " ".join(row[3] for row in index.backend.execute("EXPLAIN QUERY PLAN " + statement, ["x"] * 2))
        assert "LIST SUBQUERY" not in plan and "task=?" in plan
