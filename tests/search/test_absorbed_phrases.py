"""A group's phrases that another of its phrases already matches are left out of the FTS5 query
(sqlite_backend.unabsorbed): the rows are the same, the walk shorter (issue 18, search69)."""

from __future__ import annotations

import pytest

from nlp_pipeline.search import sqlite_backend
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
    found = index.backend.task_matches([group], filters, 500)
    monkeypatch.setattr(sqlite_backend, "unabsorbed", list)
    assert index.backend.task_matches([group], filters, 500) == found
    assert found or filters != Filters()
