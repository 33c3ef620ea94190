"""A month word's documents (`document_tasks_held` of a `Due`): walked a month at a time under
filters most documents pass, read from the facet value's list otherwise; the same documents and
texts either way (search71). Invented documents: each has one task due in a month of 2024 or 2025."""

from __future__ import annotations

import pytest

from nlp_pipeline.search import Index
from nlp_pipeline.search.backend import Filters
from nlp_pipeline.search.tokenize import Due

from .conftest import Deadline, make_record

SECTORS = ["消防", "城镇燃气", "道路交通"]


def _document(number: int):
    month = number % 12 + 1
    year = 2024 + number % 2
    text = f"第{number}号通知：各单位要在{month}月底前完成第{number}批隐患排查整治。"
    return make_record(
        f"due-{number:02d}",
        f"第{number}号通知",
        f"{2020 + number % 6}-0{number % 9 + 1}-15",
        "notice",
        "东川市",
        [SECTORS[number % 3]],
        [text],
        [
            (
                f"完成第{number}批隐患排查整治",
                ["应急管理部门" if number % 4 else "消防救援机构"],
                Deadline(f"{month}月底前", f"{year}-{month:02d}-28", "date"),
                [SECTORS[number % 3]],
            )
        ],
    )


@pytest.fixture
def due_index(tmp_path):
    with Index(tmp_path / "due.db") as built:
        built.update([_document(number) for number in range(36)])
        yield built


def _expected(backend, asked: Due, filters: Filters, limit: int) -> dict[int, list[str]]:
    """The plain read: every task due in the months (and year), its document passing the filters."""
    where, params = backend.document_filters(filters)
    rows = backend.execute(
        f"SELECT t.document, t.deadline_date, t.source FROM tasks t JOIN documents d ON d.id = t.document"
        f" WHERE t.deadline_date IS NOT NULL{where} ORDER BY t.document DESC, t.id",
        params,
    )
    found: dict[int, list[str]] = {}
    for document, date, source in rows:
        if int(date[5:7]) in asked.months() and (asked.year is None or int(date[:4]) == asked.year):
            if document in found or len(found) < limit:
                found.setdefault(document, []).append(source)
    return found


DUES = [Due(10, last=12), Due(3), Due(1, last=6), Due(6, year=2025), Due(7, last=9, year=2024)]
FILTERS = [
    Filters(),
    Filters(sector="消防"),
    Filters(unit="应急管理部门"),
    Filters(date_from="2023-01-01"),
    Filters(sector="城镇燃气", date_to="2022-12-31"),
    Filters(sector="消防", unit="消防救援机构"),
    Filters(sector="没有的行业"),
]


@pytest.mark.parametrize("walked", [True, False])
@pytest.mark.parametrize("limit", [1, 3, 200])
@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("asked", DUES)
def test_a_month_s_documents_are_the_plain_read_s_walked_or_not(due_index, monkeypatch, asked, filters, limit, walked):
    backend = due_index.backend
    if asked.year is None:  # a named year is never walked
        monkeypatch.setattr(backend, "due_walked", lambda *_: walked)
    assert backend.document_tasks_held(asked, filters, limit) == _expected(backend, asked, filters, limit)


# (due, filters, limit, walked): the walk reads about limit / share documents, the list its own.
DECISIONS = [
    (Due(10, last=12), Filters(), 3, True),  # no filter: every document passes
    (Due(10, last=12), Filters(), 200, False),  # more than the index holds: nothing to gain
    (Due(10, last=12), Filters(sector="消防"), 1, True),  # a third of the documents
    (Due(10, last=12), Filters(sector="消防"), 5, False),  # 5 × 3 > 12 documents of the sector
    (Due(10, last=12), Filters(sector="消防", date_from="2023-01-01"), 1, True),
    (Due(10, last=12), Filters(sector="没有的行业"), 1, False),  # a value no document has
    (Due(6, year=2025), Filters(), 1, False),  # a named year
]


@pytest.mark.parametrize(("asked", "filters", "limit", "walked"), DECISIONS)
def test_the_walk_is_chosen_where_most_documents_pass(due_index, asked, filters, limit, walked):
    assert due_index.backend.due_walked(asked, filters, limit) is walked


def test_a_walked_quarter_asks_each_month_of_the_index_and_each_document_its_facet(due_index, monkeypatch):
    backend = due_index.backend
    statements: list[tuple[str, list]] = []
    execute = backend.execute
    monkeypatch.setattr(
        backend, "execute", lambda sql, params=(): statements.append((sql, params)) or execute(sql, params)
    )
    backend.document_tasks_held(Due(10, last=12), Filters(sector="消防"), 1)
    statement, params = statements[-1]
    plan = [row[3] for row in execute("EXPLAIN QUERY PLAN " + statement, params)]
    facet_reads = [step for step in plan if "(facet=? AND value=?" in step]
    assert facet_reads and all("document=?" in step for step in facet_reads)  # no list of the value's documents
    assert sum("tasks_due (<expr>=?)" in step for step in plan) == 3
