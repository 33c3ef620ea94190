"""A section or squad named right after its department is one mention of that department (issue 13, units132).

Counted over the golds of realstyle_sealed32–38 and r41–r54 (docs/extraction.md, units132): a bureau's section, station
or squad named after the bureau (县公安局交警大队, 市安监局综合处, 区教育局民办教育科, 县应急管理局驻镇执法中队) takes the
bureau's department in every gold that names the parent. The reading of the canonical was already right (the mention
stopped at the parent); the mention grammar now reads parent + section as one name, so the section no longer falls out
of the mention, its role word (配合) reaches the party, and a section named by another department's word
(县交通运输局综合行政执法大队) is no second party. Near misses: a list or a verb between two bodies, a level opening a
second body, a firm's or a hospital's own office (not a department's section), a bureau's possessions (所属企业).
Strict xfail: a section whose name joins two works with 和 (危化和工贸监管科); a bureau's bare section in its own paper
(质量安全监督站 alone) is units133's (tests/extract/test_units133.py). Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units


def units_of(sentence: str) -> list[tuple[str, str, str]]:
    return [(unit.mention, unit.canonical, unit.role) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # parent + section: one mention, the parent's department
        ("县应急局执法大队负责开展检查。", [("县应急局执法大队", "应急管理部门", "responsible")]),
        ("市住建局质量安全监督站负责开展复查。", [("市住建局质量安全监督站", "住房和城乡建设部门", "responsible")]),
        ("区市场监管局特种设备科负责开展抽查。", [("区市场监管局特种设备科", "市场监督管理部门", "responsible")]),
        ("县应急局执法大队一中队要开展检查。", [("县应急局执法大队一中队", "应急管理部门", "responsible")]),
        ("县水利局河道管理所负责开展巡查。", [("县水利局河道管理所", "水利部门", "responsible")]),
        # the role word after the section reaches the party
        (
            "县政府牵头，县应急局执法大队配合开展检查。",
            [("县政府", "政府", "lead"), ("县应急局执法大队", "应急管理部门", "cooperating")],
        ),
        # a section named by another department's word is the parent's, no second party
        (
            "县政府牵头，县交通运输局综合行政执法大队配合开展检查。",
            [("县政府", "政府", "lead"), ("县交通运输局综合行政执法大队", "交通运输部门", "cooperating")],
        ),
        # near misses: two bodies, a verb between them, a level opening the second
        (
            "县应急局、县消防救援大队要开展检查。",
            [("县应急局", "应急管理部门", "responsible"), ("县消防救援大队", "消防救援机构", "responsible")],
        ),
        ("县住建局对各站所开展检查。", [("县住建局", "住房和城乡建设部门", "responsible")]),
        ("县应急局联合执法大队开展检查。", [("县应急局", "应急管理部门", "responsible")]),
        ("县应急局执法人员要开展检查。", [("县应急局", "应急管理部门", "responsible")]),
        # near misses: a firm's office is no department's section
        ("县供电公司安监部负责开展检查。", [("县供电公司", "电力企业", "responsible")]),
        ("县一中政教处负责开展检查。", [("县一中政教处", "其他", "responsible")]),
    ],
)
def test_section_after_its_department(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert units_of(sentence) == expected


@pytest.mark.xfail(strict=True, reason="和 inside a section's name opens a second party in the sub_unit grammar")
def test_section_joining_two_works() -> None:
    assert units_of("市应急管理局危化和工贸监管科负责开展检查。") == [
        ("市应急管理局危化和工贸监管科", "应急管理部门", "responsible")
    ]
