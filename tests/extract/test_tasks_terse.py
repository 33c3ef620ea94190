"""Terse items (a directing verb with an object; a plan item's target or counted action), the
furniture around a plan that is no task (purpose preamble, cover formulas, penalty rules), and the
short forms of old department lists."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.structure import document_structure  # noqa: E402
from nlp_pipeline.extract.tasks import is_task, sentence_is_task  # noqa: E402


def item(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    "text, doc_type, expected",
    [
        # a directing verb heads the item and takes an object: a task in any document
        ("九、长期坚持危险作业“双人确认”制度。", "notice", True),
        ("（四）营造群防群治氛围。", "plan", True),
        ("二是切实防控地质灾害；", "meeting_report", True),
        ("五是狠抓基层消防队伍建设。", "speech", True),
        # ...but not a principle, a bare verb, a topic or a problem
        ("（二）坚持人民至上、生命至上。", "plan", False),
        ("一是坚持问题导向。", "speech", False),
        ("三、坚持安全第一、预防为主。", "notice", False),
        ("（一）农村道路交通安全整治。", "plan", False),
        ("1.电梯安全。", "plan", False),
        ("（三）防控措施不到位。", "notice", False),
        # a plan's item that sets a target or schedules a counted action after its topic
        ("7.道路客运企业安全生产标准化达标率达到95%。", "plan", True),
        ("10.在建隧道工程专项方案执行情况检查每季度不少于一次。", "plan", True),
        ("21.局属企业主要负责人年度安全培训不少于16学时。", "plan", True),
        ("15.城区加油站开展一次防雷设施专项检测。", "plan", True),
        ("12.春运、汛期前各组织一次应急疏散演练。", "plan", True),
        # ...not outside a plan, not a result reached, a fall or a line without its close
        ("7.道路客运企业安全生产标准化达标率达到95%。", "notice", False),
        ("3.全县企业安全生产标准化达标率已达到98%。", "plan", False),
        ("4.全年事故起数同比下降20%。", "plan", False),
        ("5.去年以来各组织一次应急疏散演练", "plan", False),
        ("（三）隐患整改不到位，检查每季度不少于一次的要求未落实。", "plan", False),
    ],
)
def test_terse_items(text, doc_type, expected):
    assert is_task(item(text), doc_type) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        # purpose preambles: 为…，结合…，制定本要点 / 制定以下措施
        "为深入贯彻落实上级关于安全生产的决策部署，统筹做好全年水上交通安全工作，结合本局实际，制定本要点。",
        "为推进露天矿山整治工作落实落地，结合我市工作实际，制定以下措施。",
        # cover formulas
        "执行中遇到的问题及时向局法规科反映。",
        "现将《关于开展燃气安全排查的通知》正文发送你们，纸质件随后另发，请先行部署。",
        # penalty rules: what follows a breach, not work to check off
        "再次发现的，按合同扣减安全保证金。",
        "每少报1次，扣减年度考核分2分。",
    ],
)
def test_preambles_cover_formulas_and_penalty_rules_are_no_tasks(sentence):
    assert not sentence_is_task(sentence, "plan")


@pytest.mark.parametrize(
    "sentence",
    [
        "为防范汛期事故，各乡镇要于6月1日前完成一次山塘水库排查。",  # 为… then a directive
        "请各乡镇先行部署排查工作，并于3月10日前报送排查清单。",  # a request beside the formula
        "执行中发现隐患的，立即责令停产整改。",  # not a cover formula: a disposal
    ],
)
def test_directives_beside_those_shapes_stay_tasks(sentence):
    assert sentence_is_task(sentence, "plan")


PLAN = """临江市水务局2025年安全生产工作要点

为深入贯彻落实上级安全生产决策部署，结合本局实际，制定本要点。
一、压实安全责任
1.局属单位主要负责人年度安全培训不少于16学时。
2.水利工程安全生产标准化达标率达到100%。
二、强化风险防控
3.汛期前各组织一次防汛抢险联合演练。
4.城区泵站开展一次电气火灾隐患专项检查。
5.长期坚持汛期“零报告”制度。
执行中遇到的问题及时向局安全监督科反映。
"""


def test_a_work_plans_terse_items_are_its_tasks_and_its_furniture_is_not():
    record = extract_fields(PLAN)
    sources = [task.source for task in record.tasks]
    assert sources == [  # the section headings are verb headings: tasks of their own
        "一、压实安全责任",
        "1.局属单位主要负责人年度安全培训不少于16学时。",
        "2.水利工程安全生产标准化达标率达到100%。",
        "二、强化风险防控",
        "3.汛期前各组织一次防汛抢险联合演练。",
        "4.城区泵站开展一次电气火灾隐患专项检查。",
        "5.长期坚持汛期“零报告”制度。",
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an old department list in short forms: one unit per short form (strict aliases count before 等…部门)
        (
            "二、县安监、经贸、国土、交通、建设、质监等有关职能部门要加强对挂牌隐患整改的跟踪检查。",
            {
                "应急管理部门",
                "工业和信息化部门",
                "自然资源部门",
                "交通运输部门",
                "住房和城乡建设部门",
                "市场监督管理部门",
            },
        ),
        ("3.局党组要每季度研究一次安全生产工作。", {"党委"}),
        ("四、请各事业单位于3月1日前依自主检查表完成检查。", {"企业"}),
        # negatives: the short form outside a list of departments, and 建设单位 stays a business
        ("各地要加快建设专业救援队伍。", {"各级各部门"}),
        ("施工、建设单位要落实安全防护措施。", {"企业"}),
        ("二、各建设、监理、施工单位要做好强降雨应急准备。", {"企业"}),
    ],
)
def test_short_forms_and_addressees_of_items(sentence, expected):
    units = {unit.canonical for task in extract_fields(sentence).tasks for unit in task.units}
    assert units == expected


def test_a_lasting_word_times_the_system_it_keeps():
    (task,) = extract_fields("八、长期坚持森林火情“零报告”制度。").tasks
    assert (task.deadline.kind, task.deadline.text) == ("ongoing", "长期")
    assert task.sectors == ["自然灾害"]
