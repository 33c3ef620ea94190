"""A whole level named as one in the party slot: 全县严格执行…, 全镇上下要… (issue 13, units112).

The read gold reads a whole county, township or city named at a clause's opening, right before its modal or its
manner adverb and act, as every body of that level (各级各部门): realstyle_sealed34 once, r48 twice, and no read gold
reads it otherwise. Before, only 全市上下/全县上下/全省上下/全区上下 were read, as four aliases. The level is no party
where it bounds a noun (全县渡口渡船…) or where its act has neither modal nor manner (全县实行…: a regime in force,
which the older gold leaves without units). The other unit classes counted on realstyle_sealed35, r47 and r48 were
measured and left: strict xfails.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

import nlp_pipeline

from .unit_views import sentence_units as read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the whole level before its modal, or before a manner adverb and its act: every body of the level
        ("全镇严格执行领导带班和24小时值班制度。", {("全镇", "各级各部门")}),
        ("全镇上下要压实“一岗双责”。", {("全镇上下", "各级各部门")}),
        ("全县要在节前完成一次拉网式排查。", {("全县", "各级各部门")}),
        ("国庆期间，全区切实加强值班值守。", {("全区", "各级各部门")}),
        ("一是全乡必须落实防汛责任人。", {("全乡", "各级各部门")}),
        # the aliases read before stay as they were
        ("全市上下要绷紧安全生产这根弦。", {("全市上下", "各级各部门")}),
        # near misses: the level bounds a noun, which is the party or none
        ("全县渡口渡船即时停航。", set()),
        ("5月底前，全县所有建筑施工企业要完成自查。", {("全县所有建筑施工企业", "企业")}),
        # an act with neither modal nor manner states a regime in force: no party
        ("即日起，全县实行野外用火审批制度。", set()),
        # 全 opening a word is no level
        ("全面加强汛期值班值守。", set()),
        ("全体干部要坚守岗位。", set()),
        # the level as the object or the scope of another party's act
        ("县应急局要在全县开展专项检查。", {("县应急局", "应急管理部门")}),
    ],
)
def test_a_whole_level_as_the_party(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a whole level before 以…为 (全乡以…为切入点，统筹做好…) is left: the act sits after the framing phrase, "
    "and a level before 以 also opens scopes (全县以乡镇为单位…) that the gold reads without units",
)
def test_a_whole_level_before_a_framing_phrase() -> None:
    assert read("五是全乡以燃气排查为抓手，统筹做好防溺水工作。") == {("全乡", "各级各部门")}


# read by the partner slot since units117 (tests/extract/test_units117.py)
def test_partners_after_together_with_a_station() -> None:
    assert read("市消防救援支队要会同公安派出所、市场监管部门开展夜查。") == {
        ("市消防救援支队", "消防救援机构"),
        ("公安派出所", "公安机关"),
        ("市场监管部门", "市场监督管理部门"),
    }


@pytest.mark.xfail(
    strict=True,
    reason="a firm named in a heading carried to its numbered items (a mine's plan, items 1.–3. with no subject) "
    "is left: the carry into headings reads units in sentences the older gold leaves without units",
)
def test_a_firm_in_a_heading_carried_to_its_items() -> None:
    text = (
        "关于做好矿山汛期安全工作的通知\n（二）青岩煤业公司北坡煤矿\n"
        "1.对井田北翼隔水煤柱进行复核，5月底前提交探放水设计；\n2.6月中旬前完成回风巷超前探放水。\n"
    )
    record = nlp_pipeline.process(text).to_dict()
    assert record["tasks"]
    assert all({unit["canonical"] for unit in task["units"]} == {"企业"} for task in record["tasks"])
