"""A lead's parties for the clauses it hands out (units69): a lead-in that names its addressee with 对/向 before a
directive noun closed by the colon (对两家施工企业提出明确要求：) hands that party to the 一是/二是 items under it, as
`以下/如下` lead-ins did (unit_rules.toml addressed_lead_in). An order closed on its addressee over unnumbered lines
(现责令你单位：) keeps its strict xfails in test_units_duty_holders53.py and test_units_scope55.py (a fit, measured a third
time). Invented texts; each table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import addressed_lead_in

from .unit_views import mention, units_by_source


def units_by_task(text: str) -> dict[str, set[str]]:
    return units_by_source(text, mention, prefix=8)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("王副局长对两家施工企业提出明确要求：", ["两家施工企业"]),
        ("督查组对各乡镇提出三点要求：", ["各乡镇"]),
        ("县消防大队向辖区各商户发出几点提醒：", ["辖区各商户"]),
        ("督查组对各乡镇提出如下整改要求：", ["各乡镇"]),
        # negatives: a topic in the slot, a request that goes on, a colon after more than the directive noun
        ("李局长对下一步工作提出三点要求：", None),
        ("督查组对各乡镇提出明确要求，限期整改。", None),
        ("县应急局对各企业提出要求并开展了检查：", None),
    ],
)
def test_a_colon_after_the_directive_noun_closes_the_lead_in(sentence, expected):
    found = addressed_lead_in(sentence)
    assert (None if found is None else [unit.mention for unit in found[0]]) == expected


SPEECH = """县住建局约谈两家施工企业
会上，王副局长对两家施工企业提出明确要求：
一是立即开展隐患自查。
二是限期报告整改情况。
"""

TOPIC = """县渔业工作会议召开
李局长对下一步工作提出三点要求：
一是做好休渔期监管。
二是加强安全宣传。
"""


def test_the_addressee_of_a_colon_lead_in_reaches_the_items():
    units = units_by_task(SPEECH)
    assert units["一是立即开展隐患"] == {"两家施工企业"}
    assert units["二是限期报告整改"] == {"两家施工企业"}


def test_a_topic_lead_in_hands_no_party():
    assert all(not units for units in units_by_task(TOPIC).values())


SPEECH_CHAIN = """县长在全县安全生产会议上讲话
县长要求各乡镇、各部门：
一要压实安全责任。
二要开展隐患排查。
"""


def test_a_request_closed_on_its_addressees_reaches_a_speech_chain():
    # held before units69 by hands_on (the lead-in ends on the colon): kept here beside the new forms
    units = units_by_task(SPEECH_CHAIN)
    assert units["一要压实安全责任"] == units["二要开展隐患排查"] == {"各乡镇", "各部门"}
