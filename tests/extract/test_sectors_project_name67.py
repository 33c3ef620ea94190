"""A building project's name: the place it builds is no sector of the task (issue 13, sectors67).

A place keyword ([topic] places: a hospital, a school, a market) followed inside the same name by a building
word or a works verb and the head 项目 where the name ends (sector_rules.toml project_name_after) names what is
being built: the task is construction work. Invented sentences."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.sectors import sentence_sectors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a project cell of an inspection table: the building site, not the hospital or the school
        ("| 2 | 南山县人民医院住院楼改扩建项目 | 脚手架未设连墙件 |", ["建筑施工"]),
        ("| 4 | 城东实验学校教学楼新建项目 | 塔吊未办理使用登记 |", ["建筑施工", "特种设备"]),
        ("| 1 | 东关街道 | 东关农贸市场改造项目 | 基坑未设防护栏杆 |", ["建筑施工"]),
        ("督促施工单位整改城西养老院加固项目、城北医院改建项目。", ["建筑施工"]),
        # running on into a verb (项目限期整改) the name is not closed: read as it stands
        ("城北医院改建项目限期整改。", ["医疗机构"]),
        # the place's own safety: no project name
        ("对辖区医院开展消防安全检查。", ["医疗机构", "消防"]),
        ("各学校要于开学前完成校舍安全排查。", ["学校"]),
        # 项目 going on into another word (项目经理) closes no name
        ("督促农贸市场改造项目经理落实带班制度。", ["人员密集场所"]),
        # a project of a hazard's own works stays that hazard's (gas, fire): only places are read as buildings
        ("加快燃气管道改造项目建设。", ["城镇燃气"]),
        ("| 3 | 老城区消防设施改造项目 | 未按期完成 |", ["消防"]),
        # a project named without a building word or works verb is left as it is
        ("| 5 | 市第一医院智慧医疗项目 | 未按期完成 |", ["医疗机构"]),
    ],
)
def test_a_building_projects_name(text, expected) -> None:
    assert sentence_sectors(text) == expected


@pytest.mark.xfail(
    strict=True, reason="a project cell without 项目 (某某产业园标准厂房A区): 厂房 stays 工贸 (measured, left)"
)
def test_a_building_named_without_project_head() -> None:
    assert sentence_sectors("| 6 | 城南产业园标准厂房B区 | 外架未设剪刀撑 |") == ["建筑施工"]
