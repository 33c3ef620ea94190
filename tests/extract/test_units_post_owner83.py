"""A bare leader word's owner named in an earlier clause of its paragraph (issue 13, units83).

A bare leader word (主要负责人, 主要领导) is a party or government leader (党政领导) unless its owner is named: inside
its sentence after an enterprise (`各企业要…，主要负责人要…`, units.canonicals_in_context) it was already the
enterprise's head. `units.owned_heads` reads the owner across the clause breaks of its paragraph too — after a
semicolon (`各涉…作业单位要…；主要负责人每季度…`), after a label's colon (`各市属重点企业：主要负责人…`), or in a clause
naming no party whose noun an enterprise modifies (`要扛起企业主体责任，…，主要负责人要…`). The nearest clause that
names a party decides: a government's (`各乡镇要督促…；主要负责人要…`) or a list with one enterprise among other parties
leaves the word a leader. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import owned_heads
from nlp_pipeline.record import Unit

HEAD = Unit("主要负责人", "党政领导", "responsible")


def canonical_of_head(before: str, sentence: str = "主要负责人要亲自部署，每月带队检查一次。") -> str:
    (unit,) = owned_heads(sentence, [HEAD], lambda: before)
    return unit.canonical


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("各燃气经营企业要对照清单逐一排查，6月底前建立台账；", "企业"),  # the clause naming a party is an enterprise
        ("各市属重点企业：", "企业"),  # a label's party before its colon
        ("要扛起企业主体责任，不断健全企业自查机制，", "企业"),  # an enterprise's noun, no party named
        ("会议要求，各矿山企业要强化隐患排查。要压实责任，", "企业"),  # an earlier sentence of the paragraph
        ("各乡镇要督促辖区企业开展自查；", "党政领导"),  # a government names the nearest party; 企业 is its object
        ("各乡镇、各部门、各企业要认清形势。", "党政领导"),  # one enterprise among other parties
        ("要压实属地责任，", "党政领导"),  # no party and no enterprise named
        ("", "党政领导"),
    ],
)
def test_the_nearest_clause_naming_an_owner_decides(before: str, expected: str) -> None:
    assert canonical_of_head(before) == expected


def test_the_word_is_read_at_its_last_place() -> None:
    # an earlier 主要负责人 is a named head (企业主要负责人), the bare one stands after it
    sentence = "组织辖区矿山企业主要负责人参加集中培训，主要负责人每年必须接受专门的安全培训。"
    assert canonical_of_head("", sentence) == "企业"


def test_a_named_leader_keeps_its_canonical() -> None:
    named = Unit("各乡镇主要负责人", "党政领导", "responsible")
    assert owned_heads("各乡镇主要负责人要亲自部署。", [named], lambda: "各企业要自查；") == [named]


NOTICE = """青禾县安全生产委员会关于开展有限空间作业专项整治的通知
（二）督促企业自查。各涉有限空间作业单位要对照清单逐一辨识，6月30日前完成台账建立；主要负责人每季度至少组织一次专项检查。
（三）压实属地责任。各乡镇要督促辖区单位开展自查；主要负责人要亲自部署，每月至少带队检查一次。
"""


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("主要负责人每季度", {("主要负责人", "企业")}),
        ("主要负责人要亲自部署", {("主要负责人", "党政领导")}),
    ],
)
def test_a_notice_gives_the_head_its_owner(words: str, expected: set[tuple[str, str]]) -> None:
    (units,) = [
        {(unit.mention, unit.canonical) for unit in task.units}
        for task in extract_fields(NOTICE).tasks
        if words in task.source
    ]
    assert units == expected
