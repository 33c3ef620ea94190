"""A topic's spread and prominence in a document, against one mention (issue 18, search79).

rel26's largest class of misses (about 33 of its 45 queries below recall@10 1.0) is order: relevant
documents at ranks 11–50 under documents that name the query's words as often. search79 measured
three rewards for a topic's spread and prominence on top of BM25 (the share of a document's
paragraphs holding each term, a title or heading holding it, one of its tasks holding it) and BM25's
own k1 and b; none moved rel26, realstyle or the archive set beyond one query's worth, and most
lowered one of them (docs/search.md), so the ranking is unchanged. These cases pin what BM25 with
the title weight already does, its near misses, and, as a strict xfail, the order left failing.
"""

import pytest

from nlp_pipeline.record import Deadline
from nlp_pipeline.search import Index

from .conftest import make_record

FILLER = "各单位要落实值班值守制度，做好信息报送工作。"

DOCUMENTS = [
    # dedicated: the topic in the title and in most paragraphs
    (
        "dedicated",
        "关于开展脚手架安全专项检查的通知",
        ["各施工单位要对在建工地脚手架逐一检查。", "脚手架搭设必须经验收合格后使用。", "发现脚手架隐患立即整改。"],
        [],
    ),
    # the topic in the body only, several paragraphs
    (
        "body",
        "关于做好建筑施工安全工作的通知",
        ["在建工地要检查脚手架和塔吊。", "脚手架拆除要设置警戒区。", FILLER],
        [],
    ),
    # a passing mention in a short news item
    ("passing", "安全生产例会召开", ["会议听取了脚手架检查情况汇报。"], []),
    # a concrete requirement on the topic (a task) inside a longer notice
    (
        "requirement",
        "关于做好汛期安全生产工作的通知",
        [FILLER, FILLER, "各施工单位6月底前完成脚手架验收。", FILLER, FILLER],
        [("完成脚手架验收", [], Deadline("6月底前", "2024-06-30", "date"), [])],
    ),
    # the topic's word nowhere: another name for the same thing
    ("other_name", "关于外墙棚架工程安全巡查的通知", ["棚架须使用阻燃网。"], []),
    ("unrelated", "关于做好燃气安全工作的通知", ["餐饮场所要安装燃气报警器。"], []),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    records = [
        make_record(
            doc_id,
            title,
            "2024-06-01",
            "notice",
            "南湖区",
            [],
            [title, *paragraphs],
            [(text, units, deadline, sectors) for text, units, deadline, sectors in tasks],
        )
        for doc_id, title, paragraphs, tasks in DOCUMENTS
    ]
    with Index(tmp_path_factory.mktemp("search79") / "search.db") as built:
        built.update(records)
        yield built


def keyword(index, query):
    return [result["doc_id"] for result in index.search(query, mode="keyword")]


ORDERS = [
    # the title and the spread over paragraphs put the dedicated document first
    ("脚手架", "dedicated", "body"),
    ("脚手架", "body", "passing"),
    ("脚手架", "dedicated", "requirement"),
    pytest.param(
        "脚手架",
        "requirement",
        "passing",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a task naming the topic is not rewarded: measured (tasks × 1 + share held) and not kept, it "
            "lowered rel26 and realstyle keyword recall@10; the shorter passing mention ranks first by length",
        ),
    ),
]


@pytest.mark.parametrize("query, above, below", ORDERS)
def test_prominent_document_ranks_above(index, query, above, below):
    found = keyword(index, query)
    assert above in found and below in found
    assert found.index(above) < found.index(below)


def test_a_passing_mention_is_still_listed(index):
    # passing mentions are ranked lower, never dropped: rel26's lists hold many one-mention documents
    assert "passing" in keyword(index, "脚手架")


def test_no_mention_no_keyword_match(index):
    found = keyword(index, "脚手架")
    assert "unrelated" not in found
    assert "other_name" not in found  # 棚架 is another name no spelling path reaches (left to semantic search)
