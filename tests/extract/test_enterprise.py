"""An enterprise's own documents and its internal parties (extract/enterprise.py): case tables
with negatives, and end-to-end texts written for these tests."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.enterprise import (
    internal_parties,
    is_enterprise_document,
    listed_internal_party,
    with_internal_parties,
)
from nlp_pipeline.record import Unit

ENTERPRISE_DOCUMENTS = [
    # (issuer canonical, title, first lines, is the enterprise's own)
    (None, "安全生产例会会议纪要", ["青禾化工有限公司", "安全生产例会会议纪要"], True),
    (None, "青禾建设有限公司安全隐患整改通知单", [], True),
    ("企业", "生产调度会纪要", [], True),
    (None, "关于青禾化工有限公司事故的通报", [], False),  # a government's report on a company
    ("政府", "安全生产例会会议纪要", ["临江县人民政府办公室", "安全生产例会会议纪要"], False),
    (None, "青禾化工有限公司年度总结", ["青禾化工有限公司年度总结"], False),  # no internal paper
    (None, "临江县矿山安全监管局周例会纪要", [], False),  # 矿 only ends a mine's name
]


@pytest.mark.parametrize(("issuer", "title", "lines", "expected"), ENTERPRISE_DOCUMENTS)
def test_enterprise_document(issuer, title, lines, expected):
    assert is_enterprise_document(issuer, title, lines) is expected


INTERNAL_PARTIES = [
    # (sentence, the parties' mentions in reading order)
    ("1.三车间立即恢复冷却水泵投用。", ["三车间"]),
    ("仓储部3日内完成危化品仓库分区存放。", ["仓储部"]),
    ("安全环保部本周内下发方案；", ["安全环保部"]),
    ("综合办公室负责督办本纪要事项落实情况。", ["综合办公室"]),
    ("仓库管理员王秀兰每日巡查一次并拍照上传。", ["仓库管理员王秀兰"]),
    ("车间主任赵明对停车原因作出书面说明。", ["车间主任赵明"]),
    ("报警器由设备部负责，5月10日前完成更换。", ["设备部"]),
    ("由综合办公室协调维修班处理。", ["综合办公室"]),  # the team after the verb is its object
    ("由各责任部门按清单落实整改。", ["各责任部门"]),
    # negatives: no predicate after the shape, a part of a word, a report's recipient
    ("化验班气瓶间通风不良问题。", []),
    ("整改完成前相关部位一律停止作业。", []),
    ("部分为上月检查已指出的重复问题。", []),
    ("报生产技术部审核后方可执行。", []),
    ("总经理何振东因在市里开会未能参会。", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), INTERNAL_PARTIES)
def test_internal_parties(sentence, mentions):
    assert [sentence[m.start : m.end] for m, _ in internal_parties(sentence)] == mentions


LISTED_PARTIES = [
    # (a 责任人 cell, the unit's mention or None)
    ("项目部机电员 付强", "项目部机电员付强"),
    ("安全员 邱平", "安全员邱平"),
    ("设备部", "设备部"),
    ("付强", None),  # a name alone: no post
    ("6月20日前", None),
    ("电工每日巡检", None),  # a verb after the post is no name
]


@pytest.mark.parametrize(("cell", "mention"), LISTED_PARTIES)
def test_listed_internal_party(cell, mention):
    found = listed_internal_party(cell)
    assert [(u.mention, u.canonical) for u in found] == ([(mention, "企业")] if mention else [])


def test_a_unit_read_otherwise_becomes_the_internal_party():
    sentence = "由各责任部门按清单落实，安全环保部每周三抽查复核。"
    units = with_internal_parties(sentence, [Unit("各责任部门", "有关部门", "responsible")])
    assert [(u.mention, u.canonical) for u in units] == [("各责任部门", "企业"), ("安全环保部", "企业")]


MINUTES = """青禾化工有限公司
安全生产例会会议纪要

会议时间：5月6日上午9:00
参会人员：安全环保部、设备部、仓储部负责人，各车间主任

一、会议议定事项
1.仓储部3日内完成危化品仓库分区存放，在库门口张贴禁忌物料表；
2.报警器更换由设备部负责，5月10日前完成并重新标定。
3.综合办公室负责督办本纪要事项落实情况，并在下期会上通报。

青禾化工有限公司综合办公室          5月6日印发
"""

GOVERNMENT_NOTICE = """临江县人民政府办公室
关于做好五一期间安全防范工作的通知

各乡镇人民政府，县直各部门：
一、县政府办公室负责督办本通知事项落实情况，并在下期会上通报。
二、县应急管理局要加强值班值守。

临江县人民政府办公室
2025年4月28日
"""

NEWS = """青禾化工有限公司开展应急演练

本报讯 5月6日，青禾化工有限公司组织开展泄漏应急演练。演练中二车间迅速关闭进料阀门，
仓储部组织人员疏散，整个演练历时40分钟。
"""


def units_by_task(text: str) -> dict[str, list[tuple[str, str]]]:
    return {t.source: [(u.mention, u.canonical) for u in t.units] for t in extract_fields(text).tasks}


def test_minutes_items_of_an_enterprise_name_its_units():
    found = units_by_task(MINUTES)
    assert found["1.仓储部3日内完成危化品仓库分区存放，在库门口张贴禁忌物料表；"] == [("仓储部", "企业")]
    assert ("设备部", "企业") in found["2.报警器更换由设备部负责，5月10日前完成并重新标定。"]
    assert found["3.综合办公室负责督办本纪要事项落实情况，并在下期会上通报。"] == [("综合办公室", "企业")]


def test_a_government_office_is_no_enterprise():
    found = units_by_task(GOVERNMENT_NOTICE)
    assert found, "the notice's items are tasks"
    for units in found.values():
        assert "企业" not in {canonical for _, canonical in units}, units


def test_a_news_report_of_a_workshop_has_no_enterprise_task():
    assert not is_enterprise_document(None, "青禾化工有限公司开展应急演练", NEWS.splitlines())
    units = [unit for found in units_by_task(NEWS).values() for unit in found]
    assert ("二车间", "企业") not in units and ("仓储部", "企业") not in units
