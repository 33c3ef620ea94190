"""A group's phrases that another of its phrases already matches are left out of the FTS5 query
(sqlite_backend.unabsorbed): the rows are the same, the walk shorter (issue 18, search69)."""

from __future__ import annotations

import pytest

from nlp_pipeline.search import sql, sqlite_backend
from nlp_pipeline.search.backend import Filters
from nlp_pipeline.search.tokenize import Phrase


def _phrase(*tokens: str, prefix: bool = False) -> Phrase:
    return Phrase("".join(tokens), tokens, prefix)


CASES = [
    # (the group's phrases, the phrases kept)
    ([("检查",), ("检查", "查组")], [("检查",)]),  # a longer spelling holding every token of a shorter one
    ([("检查", "查组"), ("检查",)], [("检查",)]),  # whatever their order
    (
        [("主管", "管部", "部门"), ("行业", "业主", "主管", "管部", "部门"), ("有关", "关部", "部门")],
        [("主管", "管部", "部门"), ("有关", "关部", "部门")],
    ),
    (
        [("有关", "关部", "部门"), ("有关", "关单", "单位")],
        [("有关", "关部", "部门"), ("有关", "关单", "单位")],
    ),  # shared tokens only
    ([("部门",), ("部门",)], [("部门",), ("部门",)]),  # the same tokens: neither holds more
    ([("燃",)], [("燃",)]),
]


@pytest.mark.parametrize(("group", "kept"), CASES)
def test_a_phrase_holding_every_token_of_another_is_left_out(group, kept):
    assert [p.tokens for p in sqlite_backend.unabsorbed([_phrase(*tokens) for tokens in group])] == kept


def test_a_prefix_phrase_neither_absorbs_nor_is_absorbed():
    prefix = _phrase("乡", "镇", prefix=True)  # 镇* is not the token 镇
    assert sqlite_backend.unabsorbed([prefix, _phrase("乡", "镇", "街道")]) == [prefix, _phrase("乡", "镇", "街道")]
    assert sqlite_backend.unabsorbed([_phrase("乡"), prefix]) == [_phrase("乡"), prefix]


def test_the_match_expression_leaves_the_absorbed_phrase_out():
    group = [_phrase("主管", "管部", "部门"), _phrase("行业", "业主", "主管", "管部", "部门")]
    assert sqlite_backend.match_expression([group], Filters(), "tokens") == 'tokens : ((("主管" "管部" "部门")))'


@pytest.mark.parametrize("filters", [Filters(), Filters(unit="住房和城乡建设部门"), Filters(sector="城镇燃气")])
def test_the_rows_are_those_of_every_phrase(index, monkeypatch, filters):
    text = index.backend.execute("SELECT source FROM tasks ORDER BY id DESC LIMIT 1")[0][0]
    bigrams = [text[i : i + 2] for i in range(4)]  # the index's tokens of a CJK run
    group = [_phrase(bigrams[0]), _phrase(bigrams[0], bigrams[1]), _phrase(bigrams[2], bigrams[3])]
    found = index.backend.task_matches_each([[group]], filters, 500)[0]
    monkeypatch.setattr(sqlite_backend, "unabsorbed", list)
    assert index.backend.task_matches_each([[group]], filters, 500)[0] == found
    assert found or filters != Filters()


# A token several plain phrases share is asked once for them all (sqlite_backend.factored,
# issue 18, search70): the same rows, each token's doclist walked once.
FACTORED = [
    # (the group's phrases, the FTS5 expression)
    ([("燃气",)], '("燃气")'),  # one phrase: as it was
    ([("燃气",), ("液化", "化气")], '("燃气") OR ("液化" "化气")'),  # nothing shared
    (
        [("值班", "班领", "领导"), ("带班", "班领", "领导")],
        '("班领" AND (("领导" AND (("值班") OR ("带班")))))',  # two tokens shared: each asked once
    ),
    (
        [("牵头", "头部", "部门"), ("配合", "合部", "部门"), ("企业",)],
        '("部门" AND (("牵头" "头部") OR ("配合" "合部"))) OR ("企业")',
    ),
    ([("部门",), ("部门",)], '"部门"'),  # the same phrase twice: the token alone
]


@pytest.mark.parametrize(("group", "expression"), FACTORED)
def test_a_shared_token_is_asked_once(group, expression):
    assert sqlite_backend.factored([_phrase(*tokens) for tokens in group]) == expression


def test_a_prefix_phrase_is_left_as_it_is():
    prefix = _phrase("乡", "镇", prefix=True)
    group = [prefix, _phrase("乡", "镇", "街道"), _phrase("乡", "村")]
    assert sqlite_backend.factored(group) == '("乡" AND (("镇" "街道") OR ("村"))) OR ("乡" "镇" *)'


@pytest.mark.parametrize("filters", [Filters(), Filters(unit="住房和城乡建设部门"), Filters(sector="城镇燃气")])
def test_the_factored_rows_are_those_of_every_phrase(index, monkeypatch, filters):
    text = index.backend.execute("SELECT source FROM tasks ORDER BY id DESC LIMIT 1")[0][0]
    bigrams = [text[i : i + 2] for i in range(5)]
    group = [_phrase(bigrams[0], bigrams[1]), _phrase(bigrams[0], bigrams[2]), _phrase(bigrams[3], bigrams[4])]
    found = index.backend.task_matches_each([[group]], filters, 500)[0]
    monkeypatch.setattr(sqlite_backend, "factored", lambda phrases: " OR ".join(map(sqlite_backend._phrase, phrases)))
    assert index.backend.task_matches_each([[group]], filters, 500)[0] == found
    assert found or filters != Filters()


# Under a unit filter a task look-up walks forward first (SqliteBackend.keys_walked_forward,
# issue 18, search70): its keys are those of the backward walk, whether it fills its window or not.
@pytest.mark.parametrize("limit", [1, 2, 500])  # a window filled, and not
@pytest.mark.parametrize("date_from", [None, "2020"])
def test_a_forward_walk_finds_the_newest_rows(index, limit, date_from):
    backend = index.backend
    unit = backend.execute("SELECT value FROM task_facets WHERE facet = 'unit' ORDER BY task DESC LIMIT 1")[0][0]
    filters = Filters(unit=unit, date_from=date_from)
    text = backend.execute(
        "SELECT t.source FROM tasks t JOIN task_facets f ON f.task = t.id WHERE f.facet = 'unit' AND f.value = ?"
        " ORDER BY t.id DESC LIMIT 1",
        (unit,),
    )[0][0]
    group = [_phrase(text[0:2])]
    found = backend.task_matches_each([[group]], filters, limit)[0]
    where, params = backend.document_filters(sql.dates_only(filters))
    query = backend.full_text_query([group], filters, backend.task_text)
    assert found == backend.newest_keys(backend.task_text, query, where, params, limit)
    assert found and found == sorted(found, reverse=True)


def test_without_a_unit_filter_the_look_up_walks_back_only(index, monkeypatch):
    walked = []
    monkeypatch.setattr(type(index.backend), "keys_walked_forward", lambda *args: walked.append(args) or [])
    index.backend.task_matches_each([[[_phrase("安全")]]], Filters(sector="城镇燃气"), 500)[0]
    assert not walked
