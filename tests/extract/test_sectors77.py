"""A stone yard is a quarry; the task-sector disagreements of realstyle_sealed36, r49 and r50 counted by class
(issue 13, sectors77).

石料场 and 石料厂 name a quarry as 采石场 does (非煤矿山); 砂石料场, a yard that stores and sells sand and gravel,
quarries nothing and is shielded (leftmost-longest matching of a row with no sector). The classes measured and
left are strict xfails below; the firm label line's class was built by sectors78 (tests/extract/test_sectors78.py).
Invented sentences."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.sectors import document_sectors, sentence_sectors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stone yard: a quarry
        ("青石坳石料场边坡监测数据每月报镇安监站。", ["非煤矿山"]),
        ("各石料场节前对边坡危石进行清理。", ["非煤矿山"]),
        ("东岭石料厂越界开采问题移交县自然资源局查处。", ["非煤矿山"]),
        ("采石场要落实分台阶开采。", ["非煤矿山"]),
        # near misses: a sand-and-gravel yard is no quarry; a stone word outside a yard's name
        ("各乡镇要对辖区砂石料场、混凝土搅拌站逐家登记造册。", []),
        ("运输石料的车辆要严禁超载。", []),
        ("石料场所在村要配合做好宣传。", ["非煤矿山"]),
    ],
)
def test_stone_yard_is_a_quarry(text: str, expected: list[str]) -> None:
    assert sorted(sentence_sectors(text)) == sorted(expected)


def test_document_with_a_stone_yard_names_the_quarry() -> None:
    assert document_sectors(["镇安监站对辖区3家石料场开展一次全面检查。"]) == ["非煤矿山"]
    assert document_sectors(["镇里对2家砂石料场的堆场进行登记。"]) == []


@pytest.mark.xfail(
    strict=True,
    reason="灾情 names the natural hazard in 13 of 14 read gold tasks (险情灾情要在30分钟内电话报告); as a keyword it "
    "lowered realstyle_sealed34 (a Taiwan site's 工地如有灾害或灾情: the accident of a work site), realstyle_sealed18 "
    "and the score-only realstyle_sealed22: not built",
)
def test_disaster_situation_names_natural_hazard() -> None:
    assert sentence_sectors("突发险情灾情要在30分钟内电话报告。") == ["自然灾害"]


# Reading every 处 as a body's head lowered realstyle_sealed34 (a report sent to a 燃气管理处 is gas work in its gold);
# an office in a list of offices names no sector since sectors87 (sector_rules.toml office_in_list_after).
def test_department_closing_on_chu_names_no_sector() -> None:
    assert sentence_sectors("工务处、水利处等工程主办机关应于8月15日前完成工地自主检查。") == ["建筑施工"]
