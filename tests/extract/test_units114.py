"""Workplaces by their kind inside a list of parties, and parties a demand singles out with 特别是 (issue 13, units114).

`各区县文旅局、各加油站要…`: a list member no word of the vocabulary reads falls back to 其他; where its whole name is a
workplace the `workplace_party` table knows, it takes the table's canonical (a business, a site or a works 企业), as
the kind does alone in the party slot. `要求全市旅游行业特别是沿线各区县文旅局、各景区要…`: a demand's object naming a
whole trade, narrowed by 特别是/尤其是, addresses the parties it singles out. An alias keeps its reading (各养老机构
其他: the gold splits), and an object holding an act (要求加强…特别是…) is the demand's work, no party.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from .unit_views import sentence_units as read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a workplace kind after a department in a list of parties
        (
            "各区县文旅局、各加油站要加强节前巡查。",
            {("各区县文旅局", "文化和旅游部门"), ("各加油站", "企业")},
        ),
        ("县交通局、各汽车客运站要落实进站安检。", {("县交通局", "交通运输部门"), ("各汽车客运站", "企业")}),
        # a school in a list stays 其他, as alone
        ("各乡镇、各学校要开展防溺水教育。", {("各乡镇", "乡镇街道"), ("各学校", "其他")}),
        # the parties a demand singles out of a trade with 特别是/尤其是
        (
            "要求全市旅游行业特别是沿江各区县文旅局、各景区要高度重视。",
            {("沿江各区县文旅局", "文化和旅游部门"), ("各景区", "企业")},
        ),
        ("要求各地尤其是各乡镇要加强夜间值守。", {("各地", "各级各部门"), ("各乡镇", "乡镇街道")}),
        # near misses: an act before the focus word is the demand's work, what follows its object
        ("要求加强隐患排查特别是各景区的检查。", set()),
        # a focus word after a pause opens a clause of its own (read by its subject, not the demand)
        ("要求加大检查力度，特别是各景区要加强巡查。", {("各景区", "企业")}),
        # a workplace the act is about inside a list stays unread
        ("县市场监管局要加强对各加油站、各加气站的检查。", {("县市场监管局", "市场监督管理部门")}),
        # a care home keeps its alias reading (the gold splits)
        ("县民政局、各养老机构要落实夜间巡查制度。", {("县民政局", "民政部门"), ("各养老机构", "其他")}),
    ],
)
def test_workplaces_in_lists_and_singled_out_parties(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a list opening with a word no reader takes as a party (机关、企业事业单位、人民团体、学校、幼儿园等要…, "
    "r42 rq19) reads no list: listed_member_at reads a member only after a first party",
)
def test_a_list_opening_with_an_unread_word() -> None:
    assert read("机关、企业事业单位、人民团体、学校、幼儿园等要加强宣传教育。") >= {
        ("学校", "其他"),
        ("幼儿园", "其他"),
    }
