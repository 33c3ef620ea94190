"""A search's look-ups that found nothing answer its later ones (search/empty_look_ups.py, issue
18, search72): a look-up whose rows must lie among an empty one's needs no statement, and a
spelling found empty in a context is left out of a wider group there. The results are the same."""

from __future__ import annotations

import pytest

from nlp_pipeline.search import Index
from nlp_pipeline.search.backend import Filters
from nlp_pipeline.search.empty_look_ups import EmptyLookUps
from nlp_pipeline.search.tokenize import Phrase


def _p(spelling: str) -> Phrase:
    """A phrase of space-separated tokens, the last a prefix where it ends in `*`."""
    tokens = tuple(spelling.rstrip("*").split())
    return Phrase("".join(tokens), tokens, spelling.endswith("*"))


def _look_up(*groups: str) -> list[list[Phrase]]:
    """Groups written `A B | C` (phrases A B and C)."""
    return [[_p(spelling.strip()) for spelling in group.split("|")] for group in groups]


CASES = [
    # (look-ups that found nothing, a later look-up, what is asked of it: None for no statement)
    ([("领导 班子",)], ("领导 班子", "干部"), None),  # a term alone found nothing: the whole question too
    ([("干部",)], ("领导 班子 | 党政 政领", "干部"), None),  # whatever the other groups hold
    (
        [("领导 班子", "干部")],
        ("领导 班子",),
        ("领导 班子",),
    ),  # the whole question found nothing: a term alone is asked
    ([("水库",)], ("水库", "度汛 | 汛期"), None),  # a word widened by its neighbours, beside an empty one
    ([("度汛",)], ("度汛 | 汛期 | 防汛",), ("汛期 | 防汛",)),  # the spelling found empty is left out
    ([("安全 全隐 隐患",)], ("安全 全隐 隐患 | 事故 故隐 隐患",), ("事故 故隐 隐患",)),  # a respelt word
    ([("燃气", "报警 警装")], ("燃气", "报警 警装 | 报警 警仪"), ("燃气", "报警 警仪")),  # in the same context
    ([("报警 警装",)], ("燃气", "报警 警装 | 报警 警仪"), ("燃气", "报警 警仪")),  # in a wider one
    ([("燃气", "报警 警装")], ("报警 警装 | 报警 警仪",), ("报警 警装 | 报警 警仪",)),  # not in a narrower one
    ([("部门",)], ("主管 管部 部门 | 企业",), ("企业",)),  # a spelling holding every token of an empty one
    ([("主管 管部 部门",)], ("部门",), ("部门",)),  # not one holding fewer
    ([("乡",)], ("乡 镇*",), None),  # a prefix phrase holding the empty token
    ([("乡 镇",)], ("乡 镇*",), ("乡 镇*",)),  # 镇* is not the token 镇
    ([("乡 镇*",)], ("乡 镇 街道",), ("乡 镇 街道",)),  # nor is a prefix phrase absorbed
    ([("乡 镇*",)], ("乡 镇*",), None),  # the same prefix phrase
    ([], ("燃气", "报警 警装"), ("燃气", "报警 警装")),  # nothing known
]


@pytest.mark.parametrize(("empty", "later", "asked"), CASES)
def test_what_is_asked_of_a_later_look_up(empty, later, asked):
    known = EmptyLookUps()
    for groups in empty:
        known.record(_look_up(*groups), [])
    assert known.pruned(_look_up(*later)) == (None if asked is None else _look_up(*asked))


def test_a_look_up_that_found_rows_says_nothing():
    known = EmptyLookUps()
    known.record(_look_up("度汛"), [7])
    assert known.pruned(_look_up("度汛 | 汛期")) == _look_up("度汛 | 汛期")


def test_a_neighbour_s_weight_does_not_count():
    known = EmptyLookUps()
    known.record(_look_up("度汛"), [])
    weighted = Phrase("度汛", ("度汛",), weight=0.5)
    assert known.pruned([[weighted, _p("汛期")]]) == [[_p("汛期")]]


QUERIES = [
    "燃气 消防检查",
    "燃气报警装置",
    "消防 燃汽",
    "道路运输 监控",
    "城镇燃气安全专项整治",
    "液化石油气 钢瓶 宣传",
]
FILTERS = [Filters(), Filters(unit="住房和城乡建设部门"), Filters(unit="市场监督管理部门"), Filters(sector="消防")]


@pytest.mark.parametrize("tasks", [False, True])
@pytest.mark.parametrize("filters", FILTERS)
def test_the_results_are_those_of_every_look_up_asked(index, monkeypatch, filters, tasks):
    options = {"mode": "keyword", "tasks": tasks, "unit": filters.unit, "sector": filters.sector}
    found = [index.search(query, **options) for query in QUERIES]
    monkeypatch.setattr(EmptyLookUps, "pruned", lambda self, groups: [list(group) for group in groups])
    assert [index.search(query, **options) for query in QUERIES] == found
    assert any(found)


def _asked(index: Index, monkeypatch) -> list[list[list[list[Phrase]]]]:
    """The look-ups of each request the search makes of the store for task rows, in order."""
    asked: list[list[list[list[Phrase]]]] = []
    matches_each = index.backend.task_matches_each

    def recorded(look_ups, filters, limit):
        asked.append(look_ups)
        return matches_each(look_ups, filters, limit)

    monkeypatch.setattr(index.backend, "task_matches_each", recorded)
    return asked


def test_a_term_that_finds_nothing_alone_answers_the_whole_question(index, monkeypatch):
    asked = _asked(index, monkeypatch)
    index.search("燃气 消防检查", mode="keyword", tasks=True, unit="住房和城乡建设部门")
    assert asked and all(len(look_ups) == 1 for look_ups in asked)  # one at a time
    assert all(len(groups) == 1 for look_ups in asked for groups in look_ups)  # each term alone, no whole question


def test_a_store_asked_in_one_round_trip_is_asked_the_whole_question_too(index, monkeypatch):
    asked = _asked(index, monkeypatch)
    monkeypatch.setattr(index.backend, "look_ups_batched", True)
    index.search("燃气 消防检查", mode="keyword", tasks=True, unit="住房和城乡建设部门")
    whole, *alone = asked[0]  # the step's look-ups together, the whole question first
    assert len(whole) > 1 and alone and all(len(groups) == 1 for groups in alone)


def test_each_search_knows_only_its_own_empty_look_ups(index):
    assert not index.search("消防检查", mode="keyword", tasks=True, unit="住房和城乡建设部门")
    assert index.search("消防检查", mode="keyword", tasks=True)
