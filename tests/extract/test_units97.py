"""A body the sentence sets up is no party of it (issue 13, units97).

`成立专门的工作领导小组，负责…`: the body named after the act that sets it up and that act's modifier closed by 的 is the
act's object, as `成立工作专班` already was (body_name_break). A body the act only describes (`新成立的专班负责…`) and
the party that sets it up (`县应急局成立…`) stay parties. Two forms another reader still takes are strict xfails.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from .unit_views import sentence_units as read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the body set up, after its 的-modifier: no party
        ("成立专门的工作领导小组，负责统筹协调各项工作。", set()),
        ("立即成立临时的抢险工作组，负责现场处置。", set()),
        # near misses: the party that sets it up, and a body the act only describes
        ("县应急局成立专门的工作组，负责统筹协调。", {("县应急局", "应急管理部门")}),
        ("由新成立的工作专班负责督导检查。", {("工作专班", "其他")}),
        ("县燃气专班要每周开展一次巡查。", {("县燃气专班", "住房和城乡建设部门")}),
    ],
)
def test_a_body_set_up_is_no_party(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.xfail(strict=True, reason="a 专班 or a 领导小组 after a long 由…的 modifier is read by another reader")
@pytest.mark.parametrize(
    "sentence",
    ["成立专门的工作专班，负责统筹协调。", "成立由分管副县长任组长的领导小组，负责统筹协调。"],
)
def test_a_body_set_up_read_elsewhere(sentence: str) -> None:
    assert read(sentence) == set()
