"""Where a party's name begins and what it counts (issue 13, units68): a domain's office named after its government
(市政府应急管理办公室) is that office, the government's general office (县政府办公室) the government's; a phrase
running into a level word through a preposition or a verb (记者从市…, 须取得市…) names no place, so no body; and
bodies in general counted at every level (各级各相关部门, 各级各单位) are everyone (各级各部门). Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import acts_inside, find_units


def pairs(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a domain's office named after its government
        ("市政府应急管理办公室要加强节日值班抽查。", [("市政府应急管理办公室", "应急管理部门")]),
        ("县政府应急办要加强值班值守。", [("县政府应急办", "应急管理部门")]),
        ("省政府安办要向各地印发整改通知书。", [("省政府安办", "安委办")]),
        # negative: the government's own general office has no domain between them
        ("县政府办公室要加强值班值守。", [("县政府办公室", "政府")]),
        ("县政府办要加强值班值守。", [("县政府办", "政府")]),
        ("县政府督查室要加强督查。", [("县政府督查室", "政府")]),
        # a bureau after its government, as before
        ("临江市政府劳工局要加强巡查。", [("临江市政府劳工局", "人力资源和社会保障部门")]),
    ],
)
def test_a_domain_office_after_its_government(sentence, expected):
    assert pairs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a preposition or a verb running into the level word: no place, no body
        ("近日，记者从市林业局获悉，全市林区禁止野外用火。", []),
        ("确需离港的，须取得市海洋局审批后方能离港。", []),
        # negative: places named by one word or by words of places keep their body
        ("临江县应急管理局要加强值班值守。", [("临江县应急管理局", "应急管理部门")]),
        ("从化市应急管理局要加强值班值守。", [("从化市应急管理局", "应急管理部门")]),
    ],
)
def test_a_place_name_holds_no_act(sentence, expected):
    assert pairs(sentence) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("记者从", True), ("须取得", True), ("临江", False), ("从化", False), ("兴隆", False), ("建设", False)],
)
def test_acts_inside(name, expected):
    assert acts_inside(name) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各级各相关部门要加强值班值守。", [("各级各相关部门", "各级各部门")]),
        ("各级各单位要加强值班值守。", [("各级各单位", "各级各部门")]),
        ("各级各有关单位、企业要加强值班值守。", [("各级各有关单位", "各级各部门"), ("企业", "企业")]),
        # negative: a named kind after both quantifiers keeps its kind; two places' quantifiers are two parties
        ("各级各类企业要加强值班值守。", [("各级各类企业", "企业")]),
        ("各镇各部门要加强值班值守。", [("各镇", "乡镇街道"), ("各部门", "有关部门")]),
        ("各相关部门要加强值班值守。", [("各相关部门", "有关部门")]),
    ],
)
def test_every_levels_bodies_are_everyone(sentence, expected):
    assert pairs(sentence) == expected


# a strict xfail of units68, read since units73 (unit_rules.toml spokesman_frame)
def test_a_speakers_office_is_no_party():
    assert pairs("省政府安办相关负责人介绍，各市需在7个工作日内反馈核实情况。") == [("各市", "政府")]
