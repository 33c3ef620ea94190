"""A deadline's predicate in a month query read as a word of its subject (issue 18, search86):
measured, not merged — the strict xfails are the phenomenon, the passing cases its near misses.

6月底前要完成的燃气排查 asks for gas checks due by the end of June. Its 完成 only says again what
"due" means, and every task writes it: a document whose June tasks are about something else but
say 完成 counted as holding the query's subject in a June task, and outranked the gas checks. The
branch that dropped the predicate of the relative clause a deadline opens raised these cases and
month MRR, and lowered month recall@10 on every relevance set (docs/search.md, search86).
"""

import pytest

from nlp_pipeline.search import Index
from nlp_pipeline.search.index import _plan

from .conftest import Deadline, make_record

NOT_MERGED = pytest.mark.xfail(
    strict=True,
    reason="a deadline's predicate (完成, 建好, 到期) stays a term: dropping it lowered month recall@10 on"
    " realstyle, rel26 and rel27 (docs/search.md, search86)",
)

PLANS = [  # (query, its terms)
    pytest.param("6月底前要完成的燃气排查", ["6月底", "燃气", "排查"], marks=NOT_MERGED),
    pytest.param("8月底前要建好的电动车集中充电点", ["8月底", "电动车", "集中", "充电点"], marks=NOT_MERGED),
    pytest.param("县里年底前要改完的老旧燃气管道", ["县里", "年底", "老旧", "燃气管道"], marks=NOT_MERGED),
    pytest.param("9月份到期的有限空间整改", ["9月", "有限空间", "整改"], marks=NOT_MERGED),
    pytest.param("國慶節前要上報的節前安全檢查", ["国庆节", "节前", "安全检查"], marks=NOT_MERGED),  # traditional
    # near misses: the verb is the task's own (no 的 closes a clause), or nothing but the deadline is left
    ("年底前完成老旧燃气管道改造", ["年底", "完成", "老旧", "燃气管道", "改造"]),
    ("4月底前完成的", ["4月底", "完成"]),
    ("完成的燃气排查", ["完成", "燃气", "排查"]),  # no deadline opens the clause
    ("6月底的燃气检查", ["6月底", "燃气", "检查"]),  # 的 right after the deadline: no predicate
]


@pytest.mark.parametrize("query, terms", PLANS)
def test_deadline_predicate_is_no_term(query, terms):
    assert [term.word for term in _plan(query).terms] == terms


def _document(doc_id, lines, tasks):
    return make_record(doc_id, lines[0][:12], "2024-03-05", "notice", "南湖区", [], lines, tasks)


DOCUMENTS = [
    _document(
        "gas",
        ["各乡镇要开展燃气安全排查。", "6月底前对餐饮场所燃气管道逐一排查。"],
        [("对餐饮场所燃气管道逐一排查", ["住房和城乡建设部门"], Deadline("6月底前", "2024-06-30", "date"), [])],
    ),
    _document(
        "flood",
        [
            "6月底前完成防汛预案修订。",
            "6月20日前完成排水设施检修。",
            "6月15日前完成应急物资补充。",
            "同时做好燃气安全工作，开展隐患排查。",
        ],
        [
            ("完成防汛预案修订", ["应急管理部门"], Deadline("6月底前", "2024-06-30", "date"), []),
            ("完成排水设施检修", ["应急管理部门"], Deadline("6月20日前", "2024-06-20", "date"), []),
            ("完成应急物资补充", ["应急管理部门"], Deadline("6月15日前", "2024-06-15", "date"), []),
        ],
    ),
    _document(
        "october",
        ["10月底前完成燃气管道排查。"],
        [("完成燃气管道排查", ["住房和城乡建设部门"], Deadline("10月底前", "2024-10-31", "date"), [])],
    ),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("search86") / "search.db") as built:
        built.update(DOCUMENTS)
        yield built


SEARCHES = [  # (query, the first results in order)
    # a June task about gas first; the June tasks about floods that say 完成 after it
    pytest.param("6月底前要完成的燃气排查", ["gas"], marks=NOT_MERGED),
    pytest.param("6月底前完成的燃气排查", ["gas"], marks=NOT_MERGED),
    # near miss: nothing asked but what is due in June: the tasks that say 完成 count
    ("6月底前要完成的", ["flood"]),
]


@pytest.mark.parametrize("query, found", SEARCHES)
def test_month_query_ranks_the_subject_first(index, query, found):
    ranked = [result["doc_id"] for result in index.search(query, mode="keyword")]
    assert ranked[: len(found)] == found
