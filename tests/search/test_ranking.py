"""Keyword ranking: partial matches of longer queries (BM25 times coverage), field synonyms, date words.

The documents and cases (conftest.py: RANKING_DOCUMENTS, PARTIAL_MATCHES) are run on a
PostgreSQL store too, by tests/distributed/test_postgres.py."""

import re

import pytest

from nlp_pipeline.record import Deadline
from nlp_pipeline.search import Index
from nlp_pipeline.search.ranking import Candidates, ScoringText, look_ups, rank
from nlp_pipeline.search.tokenize import query_plan

from .conftest import (
    FIELD_SYNONYM_DOCUMENTS,
    FIELD_SYNONYM_MATCHES,
    GLUED_NAME_DOCUMENTS,
    GLUED_NAME_MATCHES,
    NEIGHBOUR_DOCUMENTS,
    NEIGHBOUR_MATCHES,
    PARTIAL_MATCHES,
    RANKING_DOCUMENTS,
    make_record,
)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("ranking") / "search.db") as built:
        built.update([make_record(*row) for row in RANKING_DOCUMENTS])
        yield built


@pytest.mark.parametrize("query, ranking", PARTIAL_MATCHES)
def test_partial_matches_rank_by_bm25_times_coverage(index, query, ranking):
    assert [result["doc_id"] for result in index.search(query, mode="keyword")] == ranking


def test_the_matched_words_are_highlighted(index):
    (result,) = index.search("安监局值班", mode="keyword")
    assert "«应急管理局»" in result["snippet"] and "«值班»" in result["snippet"]
    first = index.search("隐患排查治理", mode="keyword")[0]
    assert "«隐患排查治理»" in first["snippet"]
    apart = index.search("隐患排查治理", mode="keyword")[1]
    assert {"隐患", "排查", "治理"} <= set(re.findall("«(.*?)»", apart["snippet"]))


def test_task_rows_rank_by_coverage_too(tmp_path):
    record = make_record(
        "tasks",
        "燃气安全检查通知",
        None,
        "notice",
        None,
        [],
        [
            "燃气安全检查通知",
            "住建部门要完成燃气管道排查。",
            "住建部门要加强燃气安全宣传。",
            "市场监管部门要检查钢瓶充装。",
        ],
        [
            ("完成燃气管道排查", ["住房和城乡建设部门"], None, []),
            ("加强燃气安全宣传", ["住房和城乡建设部门"], None, []),
            ("检查钢瓶充装", ["市场监督管理部门"], None, []),
        ],
    )
    with Index(tmp_path / "tasks.db") as index:
        index.update([record])
        rows = index.search("住房和城乡建设部门燃气管道排查", tasks=True, mode="keyword")
    # terms 住房和城乡建设 (or 住建), 部门, 燃气管道, 排查: T1 holds all four, T2 two, T3 one
    assert [row["task_id"] for row in rows] == ["T1", "T2", "T3"]


def _find(bodies):
    """A store's look-up over `bodies` (key -> text): the newest keys holding every group."""

    def find(groups, window):
        return [
            key
            for key in sorted(bodies, reverse=True)
            if all(any(p.word in bodies[key] for p in group) for group in groups)
        ][:window]

    return find


def _texts(bodies, key_range):
    return lambda keys: Candidates(
        {key: ScoringText(f"d{key}", "", bodies[key]) for key in keys if key in bodies}, key_range
    )


def test_more_terms_beat_more_occurrences():
    bodies = {1: "燃气燃气燃气燃气燃气燃气", 2: "燃气管道巡查", 3: "管道巡查"}
    plan = query_plan("燃气 巡查", "燃气 巡查")

    ranked = rank(plan, _find(bodies), _texts(bodies, (1, 3)), 10)
    assert [item.result for item in ranked] == ["d2", "d1", "d3"]


def test_coverage_weighs_the_score_rather_than_ranking_tiers():
    # d2 holds every word of the query, 渔船 once beside a plan about gas; d1 is about 渔船 and
    # lacks 专项, a word every plan here holds: d1 first.
    bodies = {
        1: "渔船集中整治方案。渔船停泊整治，渔船救生设备排查，渔船消防器材配备，渔船出海报备。",
        2: "燃气专项整治方案。燃气管道改造，燃气报警装置安装，餐饮场所燃气排查，港口渔船停泊。",
        3: "安全生产专项整治方案。",
        4: "消防安全专项整治方案。",
        5: "道路交通专项整治方案。",
    }
    query = "渔船专项整治方案"

    ranked = rank(query_plan(query, query), _find(bodies), _texts(bodies, (1, 5)), 10)
    assert [item.result for item in ranked[:2]] == ["d1", "d2"]


def test_a_full_window_extrapolates_how_common_a_term_is():
    # 20 documents, keys 1-20; 管道 in every one, 巡查 in two; a window of 5 sees only the newest.
    bodies = {key: "管道" + ("巡查" if key in (3, 4) else "") for key in range(1, 21)}

    ranked = rank(query_plan("管道 巡查", "管道 巡查"), _find(bodies), _texts(bodies, (1, 20)), 5)
    # 巡查 is rare: the two documents holding it lead, though older than the window of 管道
    assert [item.result for item in ranked[:2]] == ["d4", "d3"]
    assert ranked[0].score > 3 * ranked[2].score


@pytest.mark.parametrize(
    "query, expected",
    [
        ("燃气", [["燃气"]]),  # one term: its look-up is the all-terms one
        ("隐患排查治理", [["隐患", "排查", "治理"], ["隐患"], ["排查"], ["治理"]]),
        ("隐患排查", [["隐患", "排查"], ["隐患"], ["排查"]]),
    ],
)
def test_the_look_ups_of_a_plan_are_every_term_then_each(query, expected):
    plan = query_plan(query, query)
    words = {term.phrases: term.word for term in plan.terms}
    assert [[words[group] for group in groups] for groups in look_ups(plan)] == expected


def test_rank_asks_for_exactly_the_look_ups_of_its_plan():
    plan = query_plan("隐患排查治理", "隐患排查治理")
    asked = []

    def find(groups, size):
        asked.append([tuple(group) for group in groups])
        return []

    rank(plan, find, lambda keys: Candidates({}, (1, 10)), 200)
    assert asked == [[tuple(group) for group in groups] for groups in look_ups(plan)]


@pytest.fixture(scope="module")
def deadlines(tmp_path_factory):
    documents = [
        (
            "festival-checks",
            "节日期间商户自查安排",
            "2024-09-02",
            "notice",
            None,
            [],
            ["节日期间商户自查安排", "各商户要在节日前完成消防自查。"],
            [("完成消防自查", ["企业"], Deadline("节日前", "2024-09-30", "date"), [])],
        ),
        (
            "spring-checks",
            "春季商户自查安排",
            "2024-03-02",
            "notice",
            None,
            [],
            ["春季商户自查安排", "各商户要在4月底前完成消防自查。"],
            [("完成消防自查", ["企业"], Deadline("4月底前", "2024-04-30", "date"), [])],
        ),
        (
            "meeting-news",
            "消防工作会议召开",
            "2024-10-08",
            "news",
            None,
            [],
            ["消防工作会议召开", "9月召开的会议通报了商户消防自查情况。"],
            [],
        ),
    ]
    with Index(tmp_path_factory.mktemp("deadlines") / "search.db") as built:
        built.update([make_record(*row) for row in documents])
        yield built


def test_a_date_word_finds_the_tasks_due_in_its_month(deadlines):
    # festival-checks writes no 9月: its task is due 2024-09-30; spring-checks' is due in April
    ranked = [result["doc_id"] for result in deadlines.search("9月底前完成的消防自查", mode="keyword")]
    assert ranked[0] == "festival-checks"
    assert [r["doc_id"] for r in deadlines.search("4月底前完成的消防自查", mode="keyword")][0] == "spring-checks"
    rows = deadlines.search("9月底前完成的消防自查", tasks=True, mode="keyword")
    assert (rows[0]["doc_id"], rows[0]["deadline"]["date"]) == ("festival-checks", "2024-09-30")


def test_a_named_year_keeps_tasks_of_other_years_out(deadlines):
    assert [r["doc_id"] for r in deadlines.search("2023年9月", mode="keyword")] == ["meeting-news"]  # its 9月
    assert "festival-checks" in [r["doc_id"] for r in deadlines.search("2024年9月", mode="keyword")]


@pytest.fixture(scope="module")
def task_matches(tmp_path_factory):
    documents = [
        (
            "june-gas",
            "燃气安全整治安排",
            "2024-05-06",
            "notice",
            None,
            [],
            ["燃气安全整治安排", "各乡镇要在6月底前完成餐饮场所燃气报警装置安装。"],
            [("完成餐饮场所燃气报警装置安装", ["乡镇街道"], Deadline("6月底前", "2024-06-30", "date"), [])],
        ),
        (
            "june-other",
            "防汛和燃气工作安排",
            "2024-05-07",
            "notice",
            None,
            [],
            [
                "防汛和燃气工作安排",
                "各乡镇要在6月底前完成防汛预案修订。",
                "餐饮场所燃气报警装置要经常检查，餐饮场所燃气报警装置坏了要及时修。",
            ],
            [("完成防汛预案修订", ["乡镇街道"], Deadline("6月底前", "2024-06-30", "date"), [])],
        ),
        (
            "summer-gas",
            "夏季燃气检查安排",
            "2024-06-02",
            "notice",
            None,
            [],
            ["夏季燃气检查安排", "各乡镇要在8月20日前完成燃气管道巡查。"],
            [("完成燃气管道巡查", ["乡镇街道"], Deadline("8月20日前", "2024-08-20", "date"), [])],
        ),
        (
            "elevator-labelled",
            "特种设备工作安排",
            "2024-04-01",
            "notice",
            None,
            [],
            ["特种设备工作安排", "对全县在用电梯开展安全检查。"],
            [("开展安全检查", ["市场监督管理部门"], None, [])],
        ),
        (
            "elevator-mentioned",
            "物业工作会议",
            "2024-04-02",
            "news",
            None,
            [],
            ["物业工作会议", "会上市场监管局通报了情况。", "各物业企业要开展电梯安全检查，电梯检查要留记录。"],
            [("开展电梯安全检查", ["企业"], None, [])],
        ),
    ]
    with Index(tmp_path_factory.mktemp("task-matches") / "search.db") as built:
        built.update([make_record(*row) for row in documents])
        yield built


@pytest.mark.parametrize(
    "query, first",
    [
        # a task due in June about the query's words ranks first, not a June task beside them
        ("6月底前餐饮场所燃气报警装置", "june-gas"),
        ("餐饮场所燃气报警装置", "june-other"),  # no date word: the words alone (june-other holds them twice)
        ("7到9月燃气巡查", "summer-gas"),  # a span of months: the task due in August
        ("三季度完成燃气巡查", "summer-gas"),
        # a task labelled with the party the query names, its words in the task
        ("市场监管局 电梯检查", "elevator-labelled"),
        ("电梯检查", "elevator-mentioned"),  # no party named: the words alone
    ],
)
def test_a_task_due_or_labelled_as_asked_that_holds_the_other_words_ranks_first(task_matches, query, first):
    assert [r["doc_id"] for r in task_matches.search(query, mode="keyword")][0] == first


def test_a_span_of_months_finds_task_rows_due_in_any_of_them(task_matches):
    rows = task_matches.search("7到9月完成的巡查", tasks=True, mode="keyword")
    assert (rows[0]["doc_id"], rows[0]["deadline"]["date"]) == ("summer-gas", "2024-08-20")
    assert [r["doc_id"] for r in task_matches.search("7到9月", tasks=True, mode="keyword")] == ["summer-gas"]
    assert [r["doc_id"] for r in task_matches.search("6到7月", tasks=True, mode="keyword")] == [
        "june-other",
        "june-gas",
    ]


def test_a_party_name_finds_task_rows_labelled_with_it(task_matches):
    rows = task_matches.search("市场监管局 安全检查", tasks=True, mode="keyword")
    assert (rows[0]["doc_id"], rows[0]["units"]) == ("elevator-labelled", ["市场监督管理部门"])


@pytest.fixture(scope="module")
def synonym_index(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("synonyms") / "search.db") as built:
        built.update([make_record(*row) for row in FIELD_SYNONYM_DOCUMENTS])
        yield built


@pytest.mark.parametrize("query, found", FIELD_SYNONYM_MATCHES)
def test_a_field_synonym_finds_the_text_that_uses_the_other_name(synonym_index, query, found):
    assert [result["doc_id"] for result in synonym_index.search(query, mode="keyword")] == found


@pytest.fixture(scope="module")
def neighbour_index(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("neighbours") / "search.db") as built:
        built.update([make_record(*row) for row in NEIGHBOUR_DOCUMENTS])
        yield built


@pytest.mark.parametrize("query, found", NEIGHBOUR_MATCHES)
def test_a_rare_word_is_also_searched_by_its_nearest_words(neighbour_index, query, found):
    assert [result["doc_id"] for result in neighbour_index.search(query, mode="keyword")] == found


@pytest.fixture(scope="module")
def glued_index(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("glued") / "search.db") as built:
        built.update([make_record(*row) for row in GLUED_NAME_DOCUMENTS])
        yield built


@pytest.mark.parametrize("query, found", GLUED_NAME_MATCHES)
def test_a_word_glued_to_a_name_is_searched_apart_from_it(glued_index, query, found):
    assert [result["doc_id"] for result in glued_index.search(query, mode="keyword")] == found
