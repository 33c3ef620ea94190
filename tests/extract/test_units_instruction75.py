"""Whom an instruction addresses, and a mine named by its head noun (issue 13, units75).

指示X is a leader's or a body's instruction to X (`县长指示相关单位…`, `局长特别指示各大队…`): X is addressed as
after 要求, and the one who instructs is no party of the work (unit_rules.toml addressee_before,
not_a_party_after). The noun (`重要指示精神`) and work announced (`将指示`) address nobody. A mine named by its head
煤矿 (`红岭煤矿要…`, `红岭煤矿整改完成前，不得…`) is the subject of its directive as 矿山 and 矿井 were
(party_subject). Texts written for these tests."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units

CASES = [
    # (sentence, (canonical, mention) found)
    ("县长特别指示相关单位，依照防汛预案做好预防工作。", [("有关部门", "相关单位")]),
    ("县府指示各局处加强人员整备。", [("有关部门", "各局处")]),
    ("市长亦指示民政部门掌握收容物资储备。", [("民政部门", "民政部门")]),
    ("红岭煤矿整改完成前，不得擅自组织生产。", [("企业", "红岭煤矿")]),
    ("红岭煤矿要举一反三，开展自查自纠。", [("企业", "红岭煤矿")]),
    ("各煤矿要在节前完成停产检查。", [("企业", "各煤矿")]),
    # negatives: the noun 指示 addresses nobody; an announced instruction keeps its body; a mine mentioned as an
    # object is no subject
    ("要认真贯彻落实重要指示精神，各乡镇要加强巡查。", [("乡镇街道", "各乡镇")]),
    ("县应急局将指示各乡镇加强巡查。", [("应急管理部门", "县应急局")]),
    ("县应急局要督促红岭煤矿落实整改。", [("应急管理部门", "县应急局")]),
]


@pytest.mark.parametrize(("sentence", "found"), CASES)
def test_instruction_and_mine_head(sentence, found):
    assert [(unit.canonical, unit.mention) for unit in find_units(sentence)] == found


@pytest.mark.xfail(strict=True, reason="a mine's own bare predicate without a modal (煤矿立即制定…): not built")
def test_a_mine_with_a_bare_predicate():
    units = find_units("红岭煤矿立即制定整改方案。")
    assert [unit.canonical for unit in units] == ["企业"]
