"""Where a body's name ends before a verb that opens with its head's character (issue 13, units104).

A body named by its head 处 (劳工处, 工务处) can run into the verb 处于 (be in): `unit_rules.toml`
government_body refused a head 处 before 于 unless 于 opened a date's limit (工务处于6月底前…), so that
企业处于停产状态 stays an enterprise in a state. units104 reads the name whole also where 于 opens the span the body
acts in: a span ended by 期间/之际 and followed at once by an adverb or a modal (消防处于巡查期间亦发现…). A state
after 处于 ends its clause or takes 的; the span of an act is followed by the act. The other edges units101 and
units102 counted (a minister's title built on the body's name, a time of 自…起 between the body and its act, an
officer's count adverb, a partner's 透过) were measured and left: strict xfails.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from .unit_views import sentence_units as read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the span the body acts in, then its act: the head 处 ends the name
        ("另外，消防处于夜查期间亦发现多处通道堵塞，将向业主发出通知。", {("消防处", "消防救援机构")}),
        ("工务处于汛期之际将加强巡查各工地。", {("工务处", "住房和城乡建设部门")}),
        # a date's limit after 于, read before
        ("工务处于6月底前要完成全部排查。", {("工务处", "住房和城乡建设部门")}),
        # near misses: a state is the object of 处于, no body ends at 处
        ("企业处于停产状态的，要落实值守措施。", {("企业", "企业")}),
        ("企业处于停产期间的安全管理要加强。", {("企业", "企业")}),
        ("各工地处于汛期时要加强巡查。", {("各工地", "企业")}),
    ],
)
def test_a_name_ends_at_its_head_before_a_span(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.xfail(strict=True, reason="a minister's title built on the body's name (劳动部长): measured, left")
def test_a_ministers_title_names_the_ministry() -> None:
    assert ("劳动部", "人力资源和社会保障部门") in read("劳动部长昨日前往工地检查，共查获多项缺失。")


@pytest.mark.xfail(strict=True, reason="a time of 自…起 and a comma between the body and its act: measured, left")
def test_a_starting_time_between_a_body_and_its_act() -> None:
    assert read("劳青处自3月份起，每月5日前将检查情形送县长室。") == {("劳青处", "人力资源和社会保障部门")}


@pytest.mark.xfail(strict=True, reason="an officer's count adverb (共发出) is no predicate the reader knows: left")
def test_an_officers_counted_act() -> None:
    assert read("行动期间，劳工处督察共发出五十份通知书。") == {("劳工处督察", "人力资源和社会保障部门")}
