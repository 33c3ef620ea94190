"""A meeting's attendees as a party, a list's owner as none; the development sets' unit disagreements by class
(issue 13, units146).

Counted over the unit disagreements on matched tasks of r57–r62 (docs/extraction.md, units146): most rows are parties
carried from a lead-in or a paragraph's opening, a firm's own offices and staff, Hong Kong, Macau and Taiwan roles and
single canonicals a page's gold reads its own way. The attendees a meeting's report or notice tells what to do
(与会人员, 参会人员) are read as 其他, as every read gold gives them, now that (1) a party before 名单/回执/报名表/花名册
owns the list and is no party (unit_rules.toml not_a_party_after) and (2) the attendees beside a body the sentence
names are that body's people, no second party (units.without_sent_attendees). Strict xfail: a site after a domain word
(各旅游景区, read as 各旅游; the attendees after 全体 and a post after a domain word are test_units144's).
Invented texts."""

from __future__ import annotations

import pytest

from .unit_views import sentence_task_units

NOTICE = "青山县应急管理局关于召开安全生产工作会议的通知\n"


def units_of(sentence: str, text: str = NOTICE) -> list[tuple[str, str]]:
    return sentence_task_units(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("会议要求与会人员迅速抓好问题整改。", [("与会人员", "其他")]),
        ("参会人员须提前10分钟入场。", [("参会人员", "其他")]),
        ("（三）参会人员不得请假，确需请假的须经主要负责人批准。", [("参会人员", "其他")]),
    ],
)
def test_a_meetings_attendees_are_a_party(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the body that sends the attendees is the party; its people are no second one
        ("各单位要安排好参会人员，参会人员要提前到会。", [("各单位", "各级各部门")]),
        ("各级各部门要高度重视，严格按照要求安排参会人员，参会人员要提前15分钟入场。", [("各级各部门", "各级各部门")]),
        # a party before a list or a form to send owns it: no party
        ("各乡镇回执请于5月1日前报送县应急局。", []),
        # a list named after the party's act is the act's object: the party stands
        ("请各企业于5月10日前报送回执。", [("各企业", "企业")]),
        ("各单位要于5月10日前将参会人员名单报县应急局。", [("各单位", "各级各部门")]),
    ],
)
def test_attendees_sent_by_a_body_and_a_lists_owner(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("各旅游景区要立即发布闭园信息。", [("各旅游景区", "企业")], id="a-site-after-a-domain-word"),
    ],
)
@pytest.mark.xfail(strict=True, reason="left: see docs/extraction.md, units146")
def test_left_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected
