"""`scripts/search_benchmark.py --reuse`: an index an earlier run left is checked by what it stores
(document and task counts, each document's fingerprint, title and date), opened read-only, and
refused with a message when it does not hold the documents the run generates."""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from nlp_pipeline.errors import SearchError
from nlp_pipeline.search import Index
from tests.conftest import REPO, load_module

benchmark = load_module("search_benchmark_reuse_under_test", REPO / "scripts" / "search_benchmark.py")
REUSE = argparse.Namespace(reuse=True, postgres=False)


def with_meta(record, **changes):
    return replace(record, meta=replace(record.meta, **changes))


# (what this run generates, as a change of the indexed records; the mismatch named, or None)
REUSE_CASES = [
    ("the same records", lambda records: records, None),
    ("one record fewer", lambda records: records[:-1], "the index holds 4 documents, this run generates 3"),
    ("one record more", lambda records: [*records, replace(records[0], doc_id="extra")], "generates 5"),
    (
        "a task fewer",
        lambda records: [replace(records[0], tasks=records[0].tasks[1:]), *records[1:]],
        "task rows",
    ),
    (
        "another title",
        lambda records: [*records[:2], with_meta(records[2], title="另一个标题"), *records[3:]],
        "the first: safety-plan",
    ),
    ("another date", lambda records: [with_meta(records[0], date="2024-03-06"), *records[1:]], "the first: gas-notice"),
    (
        "another pipeline",
        lambda records: [records[0], replace(records[1], pipeline_version="2"), *records[2:]],
        "1 documents differ",
    ),
]


@pytest.mark.parametrize(("label", "generated", "named"), REUSE_CASES, ids=[case[0] for case in REUSE_CASES])
def test_a_reused_index_is_checked_by_what_it_stores(tmp_path, records, label, generated, named):
    path = tmp_path / "search.db"
    with Index(path) as built:
        built.update(records)
    with benchmark.open_index(path, REUSE) as index:
        mismatch = benchmark.reused_index_mismatch(index, generated(records))
    assert mismatch is None if named is None else named in mismatch


def test_a_mismatched_index_is_refused_with_what_differs(tmp_path, records):
    path = tmp_path / "search.db"
    with Index(path) as built:
        built.update(records)
    with benchmark.open_index(path, REUSE) as index, pytest.raises(SystemExit) as refused:
        benchmark.check_reused(index, records[:2], {})
    assert "is not this run's index: the index holds 4 documents" in str(refused.value)
    assert "build it again without --reuse" in str(refused.value)


def test_a_reused_index_is_timed_read_only(tmp_path, records):
    path = tmp_path / "search.db"
    with Index(path) as built:
        built.update(records)
    before = path.read_bytes()
    figures: dict = {}
    with benchmark.open_index(path, REUSE) as index:
        benchmark.check_reused(index, records, figures)
        assert index.search("燃气", mode="keyword")
        assert index.search("燃气", mode="keyword", tasks=True)
        with pytest.raises(SearchError, match="read-only"):
            index.update(records[:1])
    assert "reuse_check_s" in figures
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["search.db"]  # no write-ahead log beside it


def test_a_reused_index_of_another_schema_version_is_refused(tmp_path, records):
    path = tmp_path / "search.db"
    with Index(path) as built:
        built.update(records)
    with closing(sqlite3.connect(path)) as db:  # closed: its write-ahead log goes into the file
        db.execute("UPDATE search_meta SET value = '0' WHERE key = 'schema_version'")
        db.commit()
    with benchmark.open_index(path, REUSE) as index, pytest.raises(SearchError, match="another version"):
        benchmark.reused_index_mismatch(index, records)


def test_an_index_with_a_pending_write_ahead_log_is_not_read_immutable(tmp_path, records):
    # a build stopped before it closed leaves its last transactions in the log only
    path = tmp_path / "search.db"
    with Index(path) as built:
        built.update(records)
        built.delete(["mine-speech"])  # in the log while the writer is open
        with benchmark.open_index(path, REUSE) as index, pytest.raises(SearchError, match="write-ahead log"):
            benchmark.reused_index_mismatch(index, records)
