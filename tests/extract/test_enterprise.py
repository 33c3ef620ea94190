"""An enterprise's own documents and its internal parties (extract/enterprise.py): case tables
with negatives, and end-to-end texts written for these tests."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.enterprise import (
    enterprise_name,
    internal_parties,
    is_enterprise_document,
    listed_internal_party,
    staff_units,
    with_internal_parties,
)
from nlp_pipeline.extract.structure import field_line
from nlp_pipeline.record import Unit

from .unit_views import pair, units_by_source

ENTERPRISE_DOCUMENTS = [
    # (issuer canonical, title, first lines, is the enterprise's own)
    (None, "安全生产例会会议纪要", ["青禾化工有限公司", "安全生产例会会议纪要"], True),
    (None, "青禾建设有限公司安全隐患整改通知单", [], True),
    ("企业", "生产调度会纪要", [], True),
    (None, "关于青禾化工有限公司事故的通报", [], False),  # a government's report on a company
    ("政府", "安全生产例会会议纪要", ["临江县人民政府办公室", "安全生产例会会议纪要"], False),
    (None, "青禾化工有限公司年度总结", ["青禾化工有限公司年度总结"], False),  # no internal paper
    (None, "临江县矿山安全监管局周例会纪要", [], False),  # 矿 only ends a mine's name
    (None, "安全隐患整改通知单", ["青禾物流管理（临江）有限公司", "安全隐患整改通知单"], True),  # place in brackets
    # a company's notice to its departments, a group's meeting report: self-reference + addressees
    (None, None, ["各部门、各项目部：", "现就我公司国庆期间安全生产工作通知如下："], True),
    (None, None, ["5月8日，集团召开安全生产会议，集团各部门、各二级公司负责人参加会议。"], True),
    (None, None, ["县直各部门：", "现就全县国庆期间安全生产工作通知如下："], False),  # a government's
    pytest.param(
        None,
        None,
        ["各部门：", "现将青禾化工有限公司事故情况通报如下："],
        False,  # names a company, not itself
        marks=pytest.mark.xfail(strict=True, reason="enterprise_name takes any line's opening words before 公司"),
    ),
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
    ("井下运输工区在各溜井口加装挡车设施。", ["井下运输工区"]),  # 在… + action, no modal
    ("储运部对全部持证人员证件做一次核对。", ["储运部"]),
    ("调度中心负责建立督办台账。", ["调度中心"]),
    ("各公司尽快召开安全生产专题会议。", ["各公司"]),
    ("承包商项目经理孙海涛为第一责任人，3月8日前把核查结果报安环部。", ["承包商项目经理孙海涛"]),
    ("各部门正职为本部门安全第一责任人，应加强部门人员教育。", ["各部门正职"]),
    # negatives: no predicate after the shape, a part of a word, a report's recipient
    ("化验班气瓶间通风不良问题。", []),
    ("整改完成前相关部位一律停止作业。", []),
    ("部分为上月检查已指出的重复问题。", []),
    ("报生产技术部审核后方可执行。", []),
    ("总经理何振东因在市里开会未能参会。", []),
    ("王小军为第一责任人。", []),  # no order after the naming
    ("夜班装卸人员未穿反光背心。", []),  # a shift, not a unit
    ("请于今日下班前反馈安环部。", []),
    ("北区消防控制室值班记录缺记。", []),  # a finding, not an order
    ("安环部二月份组织综合检查2次、夜间检查1次。", []),  # a month's count of work done
    ("参加：公司领导班子成员，安环部、设备部负责人。", []),  # an attendance line
    ("消防控制室值班人员补学值班制度。", ["消防控制室值班人员"]),
]


@pytest.mark.parametrize(("sentence", "mentions"), INTERNAL_PARTIES)
def test_internal_parties(sentence, mentions):
    assert [sentence[m.start : m.end] for m, _ in internal_parties(sentence)] == mentions


LISTED_PARTIES = [
    # (a 责任人 cell, the unit's mention or None)
    ("项目部机电员 付强", "项目部机电员付强"),
    ("安全员 邱平", "安全员邱平"),
    ("设备部", "设备部"),
    # a name alone in the 责任人 column: the staff member who answers for the row (the column says
    # what the cell holds; realstyle_sealed8/9 gold give such rows 企业)
    ("付强", "付强"),
    ("葛振宇", "葛振宇"),  # a common surname the list lacked
    ("严格执行", None),  # words that open with a surname's character are no name
    ("立即", None),
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
    return units_by_source(text, pair, collect=list)


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


STAFF_LINES = [
    # (a 责任人 value, the staff as (mention, role)) — [] when it is no list of staff
    ("叉车班组长 陈刚；电气维修 孙浩", [("叉车班组长 陈刚", "responsible"), ("电气维修 孙浩", "responsible")]),
    ("A2库主管 刘芳；配合：设备工程师 贾明", [("A2库主管 刘芳", "responsible"), ("设备工程师 贾明", "cooperating")]),
    ("行政部 曹丽（维保对接）、储运部 邵强", [("行政部 曹丽", "responsible"), ("储运部 邵强", "responsible")]),
    ("陈刚", []),  # a name alone
    ("县应急管理局", []),  # a unit alone: the unit rules read it
    ("叉车班组长 陈刚；立即整改", []),  # not every entry is staff
]


@pytest.mark.parametrize(("value", "staff"), STAFF_LINES)
def test_staff_units(value, staff):
    assert [(u.mention, u.role) for u in staff_units(value)] == staff
    assert all(u.canonical == "企业" for u in staff_units(value))


FIELD_LINES = [
    ("责任人：叉车班组长 陈刚；电气维修 孙浩", ("units", "叉车班组长 陈刚；电气维修 孙浩")),
    ("整改责任人：月台组长 唐刚", ("units", "月台组长 唐刚")),
    ("责任人：陈刚", None),  # a person alone is no field
    ("部门负责人：邵建国", None),
]


@pytest.mark.parametrize(("line", "field"), FIELD_LINES)
def test_staff_line_is_a_units_field(line, field):
    assert field_line(line) == field


def test_enterprise_name():
    assert enterprise_name(None, ["金石矿业有限责任公司", "安全生产例会纪要"]) == "金石矿业有限责任公司"
    assert enterprise_name("关于开展安全检查的通知", ["临江县应急管理局"]) is None


NOTICE_TO_DEPARTMENTS = """各部门：
现就我公司国庆期间安全生产工作的有关事项通知如下：
一、压实责任
各部门正职为本部门安全生产第一责任人，应加强对本部门人员的安全教育。
二、开展自查
各部门要在9月28日前完成办公区域消防安全自查。
"""

RECTIFICATION_SHEET = """青禾物流管理（临江）有限公司
安全隐患整改通知单

1. 二号库通道堆放纸箱，遮挡消火栓。
   整改要求：清出通道，划定暂存区。
   责任人：二号库主管 刘芳；配合：设备工程师 贾明
   期限：3个工作日内
2. 月台止轮器缺失。
   整改要求：补设止轮器，修复调节板护边。
   责任人：月台组长 唐刚
   期限：5月20日前
"""


def test_a_company_notice_gives_its_departments_to_the_enterprise():
    tasks = extract_fields(NOTICE_TO_DEPARTMENTS).tasks
    assert tasks
    assert {u.canonical for t in tasks for u in t.units} == {"企业"}


def test_a_rectification_sheet_reads_staff_lines_and_the_industry():
    tasks = extract_fields(RECTIFICATION_SHEET).tasks
    units = {u.mention for t in tasks for u in t.units}
    assert {"二号库主管 刘芳", "设备工程师 贾明", "月台组长 唐刚"} <= units
    # 物流 in the company's name: warehousing is 工贸 work
    assert [t.sectors for t in tasks if "补设止轮器" in t.source] == [["工贸"]]


@pytest.mark.xfail(
    strict=True,
    reason="units36: a management procedure (1.目的 / 2.范围：公司… / 3.职责) is the enterprise's own, and its decimal "
    "clause numbers (3.1) are passed like enumeration markers; measured, it moved only a read set (r14 o13) and "
    "lowered r14's task sectors, dropped as a fit (docs/extraction.md)",
)
def test_a_management_procedure_names_its_departments():
    opening = ["1.目的：为规范仓库动火作业，制定本规定。", "2.范围：公司各仓库及装卸区。", "3.职责："]
    assert is_enterprise_document(None, None, opening)
    assert [(m.start, m.end) for m, _ in internal_parties("3.2设备部对动火作业进行审批。")] == [(3, 6)]


OWN_PAPERS_FIT = pytest.mark.xfail(
    strict=True,
    reason="units51: an enterprise's 考核细则/责任书 and its own 安委会 meeting (公司召开…) as internal papers; measured, "
    "it moved only read sets (realstyle_sealed20 sc11, realstyle_sealed19 sb14) and no score-only set, lowered "
    "realstyle_sealed12 (check) units and realstyle_sealed20 task sectors: dropped as a fit (docs/extraction.md; "
    "/work/notes/s16/units51/M1_enterprise_own_rules_and_committee_fit.patch)",
)


@pytest.mark.parametrize(
    ("issuer", "title", "lines", "expected"),
    [
        pytest.param(None, "青川矿业集团有限公司2026年度安全生产目标考核细则", [], True, marks=OWN_PAPERS_FIT),
        pytest.param(
            None,
            "临江建工有限公司安全生产目标责任书",
            ["甲方：临江建工有限公司", "乙方：滨河三标项目部"],
            True,
            marks=OWN_PAPERS_FIT,
        ),
        pytest.param(None, "青禾能源有限公司召开二季度安委会会议", [], True, marks=OWN_PAPERS_FIT),
        pytest.param(None, None, ["4月2日，公司在三楼会议室召开安委会第二次会议。"], True, marks=OWN_PAPERS_FIT),
        # negatives: a government's rules and committee, other companies' meetings, a report on a company
        ("政府", "临江县乡镇安全生产目标考核细则", ["临江县人民政府办公室"], False),
        (None, None, ["6月3日，县政府召开安委会第三次会议。"], False),
        (None, None, ["5月8日，各公司召开安全生产专题会议。"], False),
        (None, "关于青禾化工有限公司安委会会议情况的通报", [], False),
        (None, "临江县安全生产目标责任书", ["临江县人民政府", "各乡镇人民政府"], False),
    ],
)
def test_an_enterprises_own_rules_pledges_and_committee_meetings(issuer, title, lines, expected):
    assert is_enterprise_document(issuer, title, lines) is expected
