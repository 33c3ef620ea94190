"""The party a reminder's lead-in names before a pause and a list it announces (units50): `X提醒Y，…做到以下几点：`,
`X呼吁Y，…注意以下事项：`, `X倡议Y，…做到如下几点：` hand the requests to Y, in the lead-in and, as its lead-in, to the
items under it (ANNOTATION.md: a lead-in that hands a list to a party), as `向Y作出以下呼吁` does (units49); the
speaker before the verb is no party. A reminder with no party before its pause, a topic in the slot, or no list
announced leaves the sentence as it was. Invented texts; positives and negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the public, residents and villagers in the slot
        ("区应急管理局提醒广大村民，春耕用火要做到以下几点：", [("广大村民", "其他")]),
        ("市消防救援支队呼吁全市居民，冬季取暖请注意以下事项：", [("全市居民", "其他")]),
        ("镇政府倡议全镇群众，节日期间做到如下几点：", [("全镇群众", "其他")]),
        # businesses and townships in the slot
        ("县气象局提醒各养殖企业，台风来临前要落实以下措施：", [("各养殖企业", "企业")]),
        ("会议提醒各乡镇，要抓好以下工作：", [("各乡镇", "乡镇街道")]),
        # negative: no party before the pause, a topic in the slot, no list announced
        ("区应急管理局提醒，冬季用电要注意以下几点：", []),
        ("市气象台提醒，今年冬季气温偏低，请做好以下准备：", []),
        ("县应急局提醒全县安全生产工作，要做到以下几点：", []),
        ("镇防汛办提醒广大群众，雨季要注意防范山洪。", []),
        ("提醒广大群众注意防寒保暖。", []),
    ],
)
def test_a_reminders_lead_in_hands_its_list_to_the_party_before_the_pause(sentence, expected):
    assert parties(sentence) == expected
