"""The recipient of a letter or notice is the party of the demand after it (issue 13, units94).

A body reports that it has sent a warning letter or a notice and demands an act with a pronoun or no object at all
(署方已向有关法团及业主发出警告信，要求他们…; 已向各企业发出通知，要求在月底前…): who is asked is the letter's
recipient, the object of 向 before the sending verb (unit_rules.toml `letter_recipient`,
`units.letter_recipient_groups`). Where the demand names its own party (要求各企业…) that party is read as before.
The sender is no party: it reports what it did.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units


def parties(sentence: str) -> set[tuple[str, str]]:
    return {(unit.mention, unit.canonical) for unit in find_units(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the recipient of a warning letter, asked by a pronoun
        ("屋政署已向相关总承建商发出警告信，要求他们在十天内提交改善方案。", {("相关总承建商", "企业")}),
        (
            "处方上周向有关业主立案法团或业主发出警告信，要求他们在月底或之前完成维修；",
            {("有关业主立案法团", "企业"), ("业主", "企业")},
        ),
        # a letter (发信) and 各方; 其 before the recipients, a 的 phrase inside them
        (
            "署方表示，已向其业主立案法团、管理公司及负责工程的注册承建商发信，要求各方在下月15日前提交报告。",
            {("业主立案法团、管理公司", "企业")},
        ),
        # a notice, the demand with no object (simplified text)
        ("县住建局向各燃气企业发出通知，要求在月底前完成自查。", {("各燃气企业", "企业")}),
        ("市应急局向各企业下发通知书，要求于6月30日前完成整改。", {("各企业", "企业")}),
    ],
)
def test_letter_recipient_is_the_party(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the demand names its own party: that party, as before
        ("市应急局发出通知，要求各企业在月底前完成自查。", {("各企业", "企业")}),
        # an appeal (倡议) is no letter: its demand names the public
        ("市应急局向社会发出倡议，要求市民减少外出。", {("市应急局", "应急管理部门"), ("市民", "其他")}),
        # no demand after the letter: a past account, no party
        ("本署向该楼宇的业主发出警告信后，该业主已完成维修。", set()),
        # a letter sent without a recipient named
        ("局方发出警告信，要求他们在一星期内提交计划。", set()),
    ],
)
def test_no_recipient_read(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a project as the recipient: 项目 names no kind of party in the vocabulary
        pytest.param(
            "屋政署已向涉事的两个外墙维修项目发出通知，要求在七天内拆除违规棚网。",
            {("两个外墙维修项目", "企业")},
            marks=pytest.mark.xfail(strict=True, reason="a project (…项目) is read as no party"),
        ),
        # a Taiwan circular's 请 with an association as its object
        pytest.param(
            "请贵会转知所属会员，于文到十日内完成自主检查。",
            {("贵会", "其他")},
            marks=pytest.mark.xfail(strict=True, reason="请 is no request verb: 请查照 closes every letter"),
        ),
        # a firm named by its trade name alone before 要
        pytest.param(
            "永拓劳务要在本月底前完成特种作业人员持证核查。",
            {("永拓劳务", "企业")},
            marks=pytest.mark.xfail(strict=True, reason="a firm's name without a head morpheme is unread"),
        ),
    ],
)
def test_left_out(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert parties(sentence) == expected
