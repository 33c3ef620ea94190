"""Pseudo-relevance feedback of hybrid document search (search/feedback.py): expansion words drawn
from the first fused documents, the fused documents scored by them, and the reordering."""

import numpy as np
import pytest

from nlp_pipeline.search import Index, feedback, semantic
from nlp_pipeline.search.feedback import expansion_scores, expansion_words, reweighted

from .conftest import make_record

# Invented texts: three feedback documents about heat at work, and a pool around them.
HEAT_A = "高温天气户外作业要防暑降温，配发清凉饮料，调整作业时间。"
HEAT_B = "夏季施工现场做好防暑降温，中午停工，备足清凉饮料和药品。"
HEAT_C = "环卫工人高温时段减少露天作业，防暑降温物资发放到班组。"
FLOOD = "汛期前检查排水泵站，清理河道，落实防汛物资。"
ROADS = "冬季道路结冰时，客运车辆限速行驶，驾驶员做好防滑准备。"


@pytest.mark.parametrize(
    "feedback_texts, asked, chosen, left_out",
    [
        # held by all three feedback documents: the query's concept in the texts' words
        ([HEAT_A, HEAT_B, HEAT_C], ["高温"], "防暑降温", None),
        # held by two of three is enough
        ([HEAT_A, HEAT_B, HEAT_C], ["高温"], "饮料", None),
        # a word of one feedback document only is that document's subject, not the query's
        ([HEAT_A, HEAT_B, HEAT_C], ["高温"], None, "环卫工人"),
        # a query word, and a word holding one or held by one, is the keyword side's already
        ([HEAT_A, HEAT_B, HEAT_C], ["防暑"], None, "防暑降温"),
        ([HEAT_A, HEAT_B, HEAT_C], ["防暑降温"], None, "降温"),
        # with a single feedback document its own words count
        ([FLOOD], ["汛期"], "河道", None),
        # no shared word: nothing to expand with
        ([FLOOD, ROADS], ["安全"], None, "河道"),
    ],
)
def test_expansion_words(feedback_texts, asked, chosen, left_out):
    pool = [HEAT_A, HEAT_B, HEAT_C, FLOOD, ROADS]
    words = [word for word, _ in expansion_words(feedback_texts, pool, asked)]
    if chosen:
        assert chosen in words
    if left_out:
        assert left_out not in words and not any(left_out in word for word in words)


def test_expansion_words_prefer_the_rarer_word_of_the_pool():
    """作业 and 防暑降温 are held by the same feedback documents; 作业 is everywhere in the pool."""
    busy = ["作业现场巡查。", "作业票审批。", "作业人员培训。", "作业区域隔离。"]
    words = [word for word, _ in expansion_words([HEAT_A, HEAT_C], [HEAT_A, HEAT_C, *busy], ["高温"])]
    assert words.index("防暑降温") < words.index("作业")


def test_expansion_words_leave_out_stop_words():
    texts = ["哪些单位如何落实值班？", "哪些单位如何落实巡查？"]
    words = [word for word, _ in expansion_words(texts, texts, ["安全"])]
    assert "落实" in words and "哪些" not in words and "如何" not in words


@pytest.mark.parametrize(
    "texts, higher, lower",
    [
        ({"a": HEAT_B, "b": FLOOD}, "a", "b"),  # holds the words / holds none
        ({"a": "防暑降温" * 3, "b": "防暑降温"}, "a", "b"),  # more often, same length
        ({"a": "防暑降温。" + FLOOD, "b": "防暑降温。" + FLOOD * 6}, "a", "b"),  # as often, shorter
    ],
)
def test_expansion_scores(texts, higher, lower):
    scores = expansion_scores([("防暑降温", 1.0), ("清凉饮料", 2.0)], texts)
    assert scores[higher] > scores[lower]


def test_expansion_scores_of_a_text_without_the_words_is_zero():
    assert expansion_scores([("防暑", 1.0)], {"x": FLOOD, "y": HEAT_A})["x"] == 0.0


def _unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


@pytest.mark.parametrize(
    "fused, scores, order",
    [
        # a close second that holds the expansion words overtakes a first that holds none
        ([("a", 1.0), ("b", 0.95)], {"a": 0.0, "b": 2.0}, ["b", "a"]),
        # a distant second does not: feedback reorders, the fused score still weighs most
        ([("a", 1.0), ("b", 0.3)], {"a": 0.0, "b": 2.0}, ["a", "b"]),
        # scaled by the highest: holding the words alike keeps the fused order
        ([("a", 1.0), ("b", 0.95)], {"a": 2.0, "b": 2.0}, ["a", "b"]),
        # no text holds an expansion word, or there is none: the fused order stands
        ([("a", 1.0), ("b", 0.95)], {"a": 0.0, "b": 0.0}, ["a", "b"]),
        ([("a", 1.0), ("b", 0.95)], {}, ["a", "b"]),
        # a key without a score counts as holding none
        ([("a", 1.0), ("b", 0.95), ("c", 0.9)], {"b": 1.0, "c": 0.5}, ["b", "c", "a"]),
    ],
)
def test_reweighted(fused, scores, order):
    assert [key for key, _ in reweighted(fused, scores)] == order


# -- in hybrid search ----------------------------------------------------------------------------

FEEDBACK_CORPUS = [
    ("heat-1", "2026-06-01", "高温作业防暑通知", f"高温季节安全提醒。{HEAT_A}"),
    ("heat-2", "2026-06-02", "高温天气施工安排", f"高温预警期间的安排。{HEAT_B}"),
    ("heat-3", "2026-06-03", "高温时段作业调整", f"高温来临。{HEAT_C}"),
    # about the same concept in the feedback documents' words, the query's word written once
    (
        "heat-words",
        "2026-06-04",
        "夏季劳动保护",
        "防暑降温物资发放到各班组，清凉饮料备足，户外作业调整作业时间，露天作业避开午后，"
        "各单位落实劳动保护措施，高温提醒。",
    ),
    # the query's word once too, in a shorter text about something else
    ("flood", "2026-06-05", "汛期工作安排", "汛期前检查泵站，高温过后即入汛。"),
]


@pytest.fixture()
def hybrid(tmp_path, monkeypatch):
    """An index whose vectors say nothing (every paragraph alike): only the words decide."""
    monkeypatch.setattr(semantic, "embed_passages", lambda texts: np.tile(_unit(1, 1, 1), (len(texts), 1)))
    monkeypatch.setattr(semantic, "embed_query", lambda text: _unit(1, 1, 1))
    with Index(tmp_path / "search.db") as index:
        index.update(
            [
                make_record(doc_id, title, date, "notice", None, [], [text], [])
                for doc_id, date, title, text in FEEDBACK_CORPUS
            ],
            embed=True,
        )
        yield index


def _order(index, query):
    return [result["doc_id"] for result in index.search(query, mode="hybrid")]


def test_feedback_raises_the_document_in_the_first_ones_words(hybrid, monkeypatch):
    with_feedback = _order(hybrid, "高温")
    monkeypatch.setattr(feedback, "EXPANSION_WEIGHT", 0.0)
    without = _order(hybrid, "高温")
    assert without.index("heat-words") > without.index("flood")
    assert with_feedback.index("heat-words") < with_feedback.index("flood")


def test_feedback_leaves_keyword_and_semantic_modes_alone(hybrid, monkeypatch):
    before = {mode: _scores(hybrid, mode) for mode in ("keyword", "semantic")}
    monkeypatch.setattr(feedback, "EXPANSION_WEIGHT", 0.0)
    assert {mode: _scores(hybrid, mode) for mode in ("keyword", "semantic")} == before


def _scores(index, mode):
    return [(result["doc_id"], result["score"]) for result in index.search("高温", mode=mode)]
