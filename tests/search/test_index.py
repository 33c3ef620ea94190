import sqlite3

import pytest

from nlp_pipeline.errors import SearchError
from nlp_pipeline.search import Index
from nlp_pipeline.search.backend import Filters

from .conftest import DOCUMENTS, make_record


def doc_ids(results):
    return [result["doc_id"] for result in results]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("燃气", ["gas-notice"]),
        ("消防", ["fire-minutes"]),
        ("尾矿库", ["mine-speech"]),
        ("燃气 消防", ["gas-notice", "fire-minutes"]),  # one word of two: half the query
        ("液化石油气钢瓶", ["gas-notice"]),
    ],
)
def test_keyword_hits(index, query, expected):
    assert sorted(doc_ids(index.search(query, mode="keyword"))) == sorted(expected)


@pytest.mark.parametrize(
    "query, ranking",
    [
        # 隐患排查 verbatim in the minutes; 隐患 … 排查 apart in the notice
        ("隐患排查", ["fire-minutes", "gas-notice"]),
        # both words in the plan's title; then documents holding one of the two
        ("安全生产", ["safety-plan", "fire-minutes", "gas-notice", "mine-speech"]),
    ],
)
def test_words_apart_rank_after_words_together(index, query, ranking):
    assert doc_ids(index.search(query, mode="keyword")) == ranking


def test_long_query_ranks_the_documents_holding_most_of_its_words_first(index):
    # 文件 要求 住建 部门 排查 燃气管道: the notice holds four of the six, the plan and the
    # minutes one (部门, 排查); the speech none
    results = index.search("哪些文件要求住建部门排查燃气管道", mode="keyword")
    assert doc_ids(results) == ["gas-notice", "safety-plan", "fire-minutes"]


@pytest.mark.parametrize("query", ["核电站", "气燃", "Gas"])
def test_keyword_misses(index, query):
    assert index.search(query) == []


def test_document_result_fields(index):
    (result,) = index.search("燃气管道")
    assert result["title"] == "关于开展城镇燃气安全专项整治的通知"
    assert (result["date"], result["doc_type"], result["region"]) == ("2024-03-05", "notice", "东川市")
    assert "«燃气»" in result["snippet"] or "«燃气管道»" in result["snippet"]
    assert [task["id"] for task in result["tasks"]] == ["T1"]
    assert result["tasks"][0]["deadline"]["date"] == "2024-06-30"
    assert result["score"] > 0


def test_untitled_document_takes_its_first_line(index):
    (result,) = index.search("尾矿库")
    assert result["title"] == "在非煤矿山安全工作会上的讲话"


def test_title_hits_rank_first(index):
    assert doc_ids(index.search("安全"))[0] == "safety-plan"


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"sector": "城镇燃气"}, ["gas-notice"]),
        ({"unit": "消防救援机构"}, ["fire-minutes"]),
        ({"doc_type": "plan"}, ["safety-plan"]),
        ({"region": "东川市"}, ["gas-notice", "safety-plan"]),
        ({"date_from": "2023"}, ["gas-notice", "fire-minutes"]),
        ({"date_to": "2023-11"}, ["fire-minutes", "safety-plan"]),
        ({"date_from": "2023-11-21", "date_to": "2024-03-05"}, ["gas-notice"]),
        ({"sector": "消防", "doc_type": "notice"}, []),
    ],
)
def test_filters(index, filters, expected):
    assert sorted(doc_ids(index.search("安全", **filters))) == sorted(expected)


def test_task_rows(index):
    (row,) = index.search("燃气", tasks=True, unit="住房和城乡建设部门")
    assert row["text"] == "完成餐饮场所燃气管道和报警装置排查"
    assert row["units"] == ["住房和城乡建设部门"] and row["deadline"]["kind"] == "date"
    assert (row["doc_id"], row["task_id"], row["title"]) == ("gas-notice", "T1", "关于开展城镇燃气安全专项整治的通知")
    assert "«燃气»" in row["snippet"]


def test_task_without_sectors_counts_under_its_document(index):
    rows = index.search("检查", tasks=True, sector="城镇燃气")
    assert [(row["doc_id"], row["task_id"]) for row in rows] == [("gas-notice", "T2")]


def test_limit(index):
    assert len(index.search("安全", limit=2)) == 2


def test_facets(index):
    facets = index.facets()
    assert facets["doc_type"] == ["minutes", "notice", "plan", "speech"]
    assert "住房和城乡建设部门" in facets["unit"] and "城镇燃气" in facets["sector"]
    assert facets["region"] == ["东川市", "西岭县"]


def test_stats(index):
    stats = index.stats()
    assert (stats["documents"], stats["tasks"], stats["vectors"]) == (4, 4, 0)
    assert stats["paragraphs"] == sum(len(row[6]) for row in DOCUMENTS)


# -- incremental updates --------------------------------------------------------------------------


def test_update_skips_unchanged_and_replaces_changed(index, records):
    changed = make_record(*DOCUMENTS[0][:6], ["关于开展城镇燃气安全专项整治的通知", "改为排查加油站。"], [])
    summary = index.update([changed, records[1]])
    assert (summary["replaced"], summary["unchanged"], summary["added"]) == (1, 1, 0)
    assert index.search("加油站")[0]["doc_id"] == "gas-notice"
    assert index.search("液化石油气") == []
    assert index.stats()["tasks"] == 2


def test_new_pipeline_version_replaces(index):
    summary = index.update([make_record(*DOCUMENTS[0], version="2")])
    assert summary["replaced"] == 1


def test_a_record_of_changed_rules_under_the_same_version_replaces(index, records):
    """Rule data changed without a version bump: the record's fingerprint tells the index."""
    fingerprinted = make_record(*DOCUMENTS[0])
    fingerprinted.pipeline_fingerprint = "1+" + "a" * 16
    assert index.update([fingerprinted])["replaced"] == 1
    assert index.update([fingerprinted])["unchanged"] == 1
    fingerprinted.pipeline_fingerprint = "1+" + "b" * 16
    assert index.update([fingerprinted])["replaced"] == 1


def test_update_accepts_record_dicts(tmp_path, records):
    with Index(tmp_path / "dicts.db") as index:
        assert index.update([record.to_dict() for record in records])["added"] == 4
        assert doc_ids(index.search("燃气")) == ["gas-notice"]


def test_sync_drops_missing_documents(index, records):
    summary = index.sync(records[:2])
    assert (summary["removed"], summary["unchanged"], summary["documents"]) == (2, 2, 2)
    assert index.search("尾矿库") == []
    assert "safety-plan" not in doc_ids(index.search("安全生产月"))


def test_failed_update_leaves_index_as_it_was(index, records):
    with pytest.raises(SearchError, match="not a document record"):
        index.sync(
            [records[0], make_record("new", "新文件", None, "other", None, [], ["新的内容"], []), {"no": "doc_id"}]
        )
    assert index.stats()["documents"] == 4
    assert index.search("新的内容") == []


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "*()", '""'])
def test_empty_queries_are_refused(index, query):
    with pytest.raises(SearchError):
        index.search(query)


@pytest.mark.parametrize(
    "query", ['"燃气', "燃气*", "燃气 OR", "(燃气", "燃气 AND NOT", "燃气^", "NEAR(燃气)", "燃气:"]
)
def test_fts_syntax_is_plain_text(index, query):
    index.search(query)


@pytest.mark.parametrize(
    "filters, message",
    [
        ({"sector": "核电"}, "没有行业领域为“核电”的文档"),
        ({"unit": "外星部门"}, "没有责任单位为"),
        ({"doc_type": "poem"}, "文件类型"),
        ({"date_from": "2024-13-01"}, "格式不对"),
        ({"date_to": "yesterday"}, "格式不对"),
        ({"date_from": "2024", "date_to": "2023"}, "晚于"),
        ({"mode": "fuzzy"}, "unknown search mode"),
        ({"mode": "semantic"}, "no embeddings"),
        ({"limit": 0}, "limit"),
    ],
)
def test_bad_options(index, filters, message):
    with pytest.raises(SearchError, match=message):
        index.search("燃气", **filters)


def test_known_facet_value_without_hits_is_an_empty_result(index):
    assert index.search("尾矿库", sector="城镇燃气") == []


def test_missing_database(tmp_path):
    with pytest.raises(SearchError, match="no search index"):
        Index(tmp_path / "absent.db").search("燃气")


def test_corrupt_database(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SearchError, match="not a search index or is corrupt"):
        Index(path).search("燃气")


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (body TEXT)").connection.commit()
    with pytest.raises(SearchError, match="not a search index"):
        Index(path).update([])


@pytest.mark.parametrize(
    "traditional, simplified", [("燃氣", "燃气"), ("消防檢查", "消防检查"), ("危險化學品", "危险化学品")]
)
def test_traditional_query_finds_the_same_hits(index, traditional, simplified):
    assert index.search(traditional) == index.search(simplified)


def test_traditional_text_in_a_simplified_document_is_still_found(tmp_path):
    with Index(tmp_path / "kept.db") as index:
        index.update([make_record("quote", "引文", None, "other", None, [], ["题词：安全發展", "安全发展"], [])])
        assert "«安全發展»" in index.search("安全發展")[0]["snippet"]


def test_a_query_the_normalizer_takes_for_page_chrome_is_searched_as_typed(tmp_path):
    # 新闻网 alone reads to the normalizer as a site's name line and is dropped from its text
    with Index(tmp_path / "chrome.db") as index:
        index.update(
            [make_record("site", "县应急管理局新闻网", None, "news", None, [], ["县应急管理局新闻网", "本站消息"], [])]
        )
        assert [result["doc_id"] for result in index.search("新闻网")] == ["site"]


def test_sqlite_backend_has_every_backend_method():
    from nlp_pipeline.search.backend import Backend
    from nlp_pipeline.search.sqlite_backend import SqliteBackend

    required = {name for name in vars(Backend) if not name.startswith("_")}
    assert required and required <= set(dir(SqliteBackend))


def test_filters_checked_among_more_documents_than_one_statement_names(index):
    among = ["gas-notice", "fire-minutes", *(f"absent-{n}" for n in range(12_000))]
    assert index.backend.document_ids(Filters(doc_type="notice"), among) == {"gas-notice"}
    rows = index.backend.task_paragraphs(Filters(unit="消防救援机构"), among)
    assert [(doc_id, task_id) for doc_id, task_id, _ in rows] == [("fire-minutes", "T1")]
