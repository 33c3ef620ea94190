"""A meeting's attendees (与会人员, 参会人员): measured, dropped; the new sets' unit disagreements by class (issue 13, units144).

Counted over the unit disagreements on matched tasks of the new development sets (r61, r62; docs/extraction.md,
units144): most rows are parties carried from a lead-in or the paragraph's opening, a firm's own offices and staff,
single canonicals a gold reads its own way (镇直各单位, a disaster committee) and Hong Kong, Macau and Taiwan roles. The
attendees a meeting's report or notice tells what to do are read as no party; every read gold gives them 其他. Read
as aliases (unit_aliases.tsv 与会人员, 参会人员) they rose realstyle_sealed16, 18 and 21 and r61 but a check set fell
(realstyle_sealed5): no grammar tells a party from a document's owner before 名单 (参会人员名单请…报送), so the alias
is dropped. Strict xfails: the attendees told what to do, the attendees after 全体, a staff post after a domain
word (各交通安全劝导员, read as 各交通), a short domain word in a list of departments (安全、环保等部门). Invented
texts."""

from __future__ import annotations

import pytest

from .unit_views import sentence_task_units

NOTICE = "青山县应急管理局通知\n"


def units_of(sentence: str, text: str = NOTICE) -> list[tuple[str, str]]:
    return sentence_task_units(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the attendees as an act's object: the party is whoever acts on them
        ("请各乡镇通知参会人员按时参会。", [("各乡镇", "乡镇街道")]),
        # 参会 as the act, not the attendees: the party is the body told to attend
        ("县安委会成员单位要按时参会。", [("县安委会成员单位", "安委会")]),
        # a list of attendees to send names a document, not a party
        ("参会人员名单请于会前报送。", []),
    ],
)
def test_attendees_as_an_object_are_left(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("全体参会人员要认真做好会议记录。", [("全体参会人员", "其他")], id="attendees-after-全体"),
        pytest.param(
            "要求各交通安全劝导员加强路口劝导。", [("各交通安全劝导员", "其他")], id="a-post-after-a-domain-word"
        ),
        pytest.param(
            "安全、环保等部门要强化执法检查。",
            [("安全", "应急管理部门"), ("环保等部门", "生态环境部门")],
            id="a-short-domain-word-in-a-list",
        ),
    ],
)
@pytest.mark.xfail(strict=True, reason="left: see docs/extraction.md, units144")
def test_left_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected
