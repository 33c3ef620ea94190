"""The paragraphs' approximate nearest-neighbour index (issue 18, search77; search/ann.py).

Above ann.MIN_PARAGRAPHS paragraph vectors, with faiss installed (the optional `ann` extra), semantic
and hybrid search rank paragraphs through an HNSW graph of 8-bit codes kept beside the SQLite index,
built once and loaded by later processes; below it, or without faiss, the exact scan answers as
before. The threshold is lowered to 0 here so that a handful of documents takes the approximate path.
Vectors come from a bag of characters (texts that share characters are alike), so that the ranking
is the texts' and not random.
"""

import numpy as np
import pytest

from nlp_pipeline.search import Index, ann, semantic

from .conftest import bag_of_characters, make_record

DOCUMENTS = [
    ("gas", "燃气管道安全检查", ["餐饮场所燃气管道和报警装置逐户检查", "燃气瓶存放点清理"]),
    ("fire", "消防通道整治", ["高层住宅消防通道堵塞整治", "电动自行车楼道充电清理"]),
    ("flood", "汛期准备", ["汛前检查泵站和堤防", "山洪易发区人员转移演练"]),
    ("mine", "非煤矿山整治", ["尾矿库排洪设施检查", "露天矿山边坡监测"]),
    ("heat", "高温作业防护", ["高温天气调整户外作业时间", "防暑降温物资发放到班组"]),
]

CASES = [  # (query, the document the exact scan ranks first: the approximate index must agree)
    ("燃气报警装置", "gas"),
    ("楼道充电", "fire"),
    ("泵站堤防", "flood"),
    ("尾矿库排洪", "mine"),
    ("防暑降温", "heat"),
]


def _records(extra: int = 0):
    rows = DOCUMENTS + [(f"extra-{n}", f"通知{n}", [f"第{n}号通知正文"]) for n in range(extra)]
    return [
        make_record(doc_id, title, "2026-06-01", "notice", None, [], paragraphs, [])
        for doc_id, title, paragraphs in rows
    ]


@pytest.fixture()
def embedded(monkeypatch):
    monkeypatch.setattr(semantic, "embed_passages", lambda texts: np.vstack([bag_of_characters(t) for t in texts]))
    monkeypatch.setattr(semantic, "embed_query", bag_of_characters)


def _build(path, records, threshold):
    ann.MIN_PARAGRAPHS, kept = threshold, ann.MIN_PARAGRAPHS
    try:
        with Index(path) as index:
            index.update(records, embed=True)
    finally:
        ann.MIN_PARAGRAPHS = kept


def _first(path, query, **options):
    with Index(path) as index:
        return [result["doc_id"] for result in index.search(query, mode="semantic", **options)]


# -- without faiss, or below the threshold: the exact scan, nothing kept beside the index ------------


@pytest.mark.parametrize("query, first", CASES)
def test_exact_scan_below_the_threshold(tmp_path, embedded, query, first):
    _build(tmp_path / "s.db", _records(), threshold=ann.MIN_PARAGRAPHS)
    assert _first(tmp_path / "s.db", query)[0] == first
    assert not list(tmp_path.glob("s.db.paragraphs*"))


def test_exact_scan_without_faiss_whatever_the_size(tmp_path, embedded, monkeypatch):
    monkeypatch.setattr(ann, "available", lambda: False)
    _build(tmp_path / "s.db", _records(), threshold=0)
    assert _first(tmp_path / "s.db", "燃气报警装置")[0] == "gas"
    assert not list(tmp_path.glob("s.db.paragraphs*"))


def test_vector_batches_read_every_vector_once(tmp_path, embedded):
    _build(tmp_path / "s.db", _records(extra=7), threshold=ann.MIN_PARAGRAPHS)
    with Index(tmp_path / "s.db") as index:
        whole = index.backend.vectors()
        batches = list(index.backend.vector_batches(documents=3))
    assert len(batches) == 4  # 12 documents, 3 at a time
    assert [d for b in batches for d in b.doc_ids] == whole.doc_ids
    assert np.array_equal(np.vstack([b.matrix for b in batches]), whole.matrix)
    with Index(tmp_path / "s.db") as index:
        assert [d for d in index.backend.vectors(among=["gas"]).doc_ids] == ["gas", "gas"]


# -- with faiss, above the threshold -----------------------------------------------------------------


@pytest.fixture()
def approximate(tmp_path, embedded, monkeypatch):
    pytest.importorskip("faiss")
    monkeypatch.setattr(ann, "MIN_PARAGRAPHS", 0)
    _build(tmp_path / "s.db", _records(), threshold=0)
    return tmp_path / "s.db"


@pytest.mark.parametrize("query, first", CASES)
def test_approximate_index_ranks_as_the_exact_scan(approximate, query, first, monkeypatch):
    assert _first(approximate, query)[0] == first
    with Index(approximate) as index:
        assert index._approximate_index() is not None
        approximate_order = [(r["doc_id"], round(r["score"], 1)) for r in index.search(query, mode="semantic")]
    monkeypatch.setattr(ann, "MIN_PARAGRAPHS", 10**9)
    with Index(approximate) as index:
        exact_order = [(r["doc_id"], round(r["score"], 1)) for r in index.search(query, mode="semantic")]
    assert approximate_order == exact_order


def test_built_at_indexing_time_and_loaded_not_rebuilt(approximate, monkeypatch):
    kept = {path.suffix for path in approximate.parent.glob("s.db.paragraphs*")}
    assert kept == {".faiss", ".npz", ".lock"}  # the lock: search80

    def no_build(*args, **kwargs):
        raise AssertionError("a kept index of the same generation is loaded, not built")

    monkeypatch.setattr(ann, "build", no_build)
    assert _first(approximate, "尾矿库排洪")[0] == "mine"


def test_a_changed_store_builds_it_again(approximate):
    with Index(approximate) as index:
        index.update(_records(extra=1), embed=True)
    assert _first(approximate, "第0号通知")[0] == "extra-0"  # the new document is in the new index


def test_filters_and_hybrid_feedback_on_the_approximate_path(approximate):
    with Index(approximate) as index:
        assert [r["doc_id"] for r in index.search("燃气", mode="semantic", date_to="2025-12-31")] == []
        assert index.search("高温防暑", mode="hybrid")[0]["doc_id"] == "heat"


def test_a_kept_index_of_another_generation_is_brought_up_to_date(approximate):
    # search80: a kept index of an earlier generation is loaded and refreshed, not ignored
    with Index(approximate) as index:
        generation = index.backend.generation()
    assert ann.kept_generation(approximate.with_name("s.db.paragraphs")) == generation
    with Index(approximate) as index:
        index.delete(["mine"])
    assert "mine" not in _first(approximate, "尾矿库排洪")
    assert ann.kept_generation(approximate.with_name("s.db.paragraphs")) == generation + 1


def test_a_new_document_is_added_to_the_kept_index(approximate, monkeypatch):
    # a strict xfail until search80: any write rebuilt the whole graph
    built = []
    monkeypatch.setattr(ann, "build", lambda *args: built.append(1) or pytest.fail("rebuilt"))
    with Index(approximate) as index:
        index.update(_records(extra=1), embed=True)
    assert not built
