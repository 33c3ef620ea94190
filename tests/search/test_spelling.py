"""Homophone respelling of query words no indexed text holds (search/spelling.py), and a search
that finds a document through it on the keyword and hybrid paths."""

import pytest

from nlp_pipeline.search import Index
from nlp_pipeline.search.index import _respelled_text
from nlp_pipeline.search.spelling import homophone_words, respelled
from nlp_pipeline.search.tokenize import QueryPlan, Term, phrase, query_plan

from .conftest import make_record


@pytest.mark.parametrize(
    "word, respellings",
    [
        ("防讯", ("防汛",)),  # same tones
        ("燃汽", ("燃气",)),
        ("自形车", ("自行车",)),
        ("挂牌都办", ("挂牌督办",)),  # not in jieba's dictionary, but cut into two of its words
        ("尾旷库", ("尾矿库",)),
        ("自建方", ("自建房",)),  # 方 fāng / 房 fáng: toneless only, since no same-tone word exists
        ("燃", ()),  # one character: no word to respell
        ("GB50016", ()),  # not Chinese
        ("危化品", ()),  # no homophone of it is a word
    ],
)
def test_homophone_words(word, respellings):
    assert homophone_words(word) == respellings


def test_respelling_adds_spellings_after_the_word_s_own():
    (term,) = query_plan("防讯", "防讯").terms
    added = respelled(term)
    assert added is not None and [p.word for p in added.phrases] == ["防讯", "防汛"] and added.word == "防讯"
    assert respelled(Term("危化品", (phrase("危化品"),))) is None


def test_the_embedded_query_takes_the_first_respelling():
    asked = QueryPlan([Term("燃汽", (phrase("燃汽"),)), Term("管道", (phrase("管道"),))])
    searched = QueryPlan([Term("燃汽", (phrase("燃汽"), phrase("燃气"))), asked.terms[1]])
    assert _respelled_text("燃汽管道", asked, searched) == "燃气管道"
    assert _respelled_text("燃汽管道", asked, asked) == "燃汽管道"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    records = [
        make_record(
            "flood",
            "关于做好防汛工作的通知",
            "2024-05-01",
            "notice",
            None,
            ["防汛"],
            ["关于做好防汛工作的通知", "各乡镇要在汛期前完成防汛物资储备。"],
            [],
        ),
        make_record(
            "bikes",
            "电动自行车充电安全提示",
            "2024-05-03",
            "notice",
            None,
            ["消防"],
            ["电动自行车充电安全提示", "严禁电动自行车进楼入户充电。"],
            [],
        ),
        make_record(
            "heating",
            "农村清洁取暖工作安排",
            "2024-05-04",
            "notice",
            None,
            [],
            ["农村清洁取暖工作安排", "推进煤改气入户，入冬前完成管网铺设。"],
            [],
        ),
        make_record(
            "typo-kept",
            "值班表",
            "2024-05-02",
            "notice",
            None,
            [],
            ["值班表", "本表中防讯二字照录原文。"],
            [],
        ),
    ]
    with Index(tmp_path_factory.mktemp("spelling") / "search.db") as built:
        built.update(records)
        yield built


def test_a_misspelt_word_finds_what_its_respelling_holds(index):
    (result,) = index.search("自形车", mode="keyword")  # no text holds 自形车: found as 自行车
    assert result["doc_id"] == "bikes" and "«自行车»" in result["snippet"]
    # in a longer query only the word no text holds is respelt
    assert [r["doc_id"] for r in index.search("电动自形车充电", mode="keyword")] == ["bikes"]


def test_a_word_the_index_holds_is_not_respelt(index):
    # 防讯 stands in one text as written: that text is the answer, not the 防汛 notice
    assert [r["doc_id"] for r in index.search("防讯", mode="keyword")] == ["typo-kept"]
    # nor under a filter that leaves out the one text holding it: the 防汛 notice is not found
    assert index.search("防讯", sector="防汛", mode="keyword") == []


def test_a_respelling_the_index_holds_counts_when_no_dictionary_word_does(index):
    # 煤改汽: no respelling of it is a dictionary word; 煤改气 is, in the index's own text
    assert homophone_words("煤改汽") == ()
    (result,) = index.search("煤改汽", mode="keyword")
    assert result["doc_id"] == "heating" and "«煤改气»" in result["snippet"]


def test_the_index_is_asked_only_when_no_dictionary_word_respells():
    asked = []

    def held(words):
        asked.append(words)
        return []

    (term,) = query_plan("防讯", "防讯").terms
    assert [p.word for p in respelled(term, held).phrases] == ["防讯", "防汛"] and asked == []
    (term,) = query_plan("煤改汽", "煤改汽").terms
    assert respelled(term, held) is None and "煤改气" in asked[0]  # held by no text: none
