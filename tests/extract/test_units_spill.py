"""Units spilled from a neighbouring line or sentence (notes s4 analysis, group 2): a member list is
no 责任单位 line, inheritance comes only from a true lead-in or the item's own party line, and a
forwarded document does not take the forwarding note's addressees. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.structure import field_line
from nlp_pipeline.extract.units import ISSUER, find_units, forwarded_starts, has_own_subject

from .unit_views import canonical, units_by_source


def units_by_task(text: str) -> dict[str, set[str]]:
    return units_by_source(text, canonical, prefix=12)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("责任单位：县应急管理局", ("units", "县应急管理局")),
        ("主办单位：县应急管理局", ("units", "县应急管理局")),
        ("协办单位：县消防救援大队", ("cooperating_units", "县消防救援大队")),
        ("督办单位：市应急管理局", ("supervising_units", "市应急管理局")),
        ("主管部门：县住房和城乡建设局", ("units", "县住房和城乡建设局")),
        # member and attendee lists name no one who answers for the work
        ("专班成员单位：县应急管理局、县公安局、县住建局", None),
        ("成员单位：县交通运输局、县农业农村局", None),
        ("参会单位：各乡镇、县直有关部门", None),
        ("参加单位：县消防救援大队", None),
        ("出席：县政府副县长王某", None),
        ("列席：县应急管理局局长李某", None),
        ("抄送：市应急管理局", None),
    ],
)
def test_only_a_responsibility_label_makes_a_party_field_line(line, expected):
    assert field_line(line) == expected


def test_a_member_list_under_an_item_gives_its_tasks_nothing():
    text = (
        "关于开展有限空间作业专项整治的通知\n"
        "一、工作措施\n"
        "（一）强化执法检查。\n"
        "县应急管理局要对有限空间作业单位开展一次全覆盖检查。\n"
        "专班成员单位：县应急管理局、县公安局、县住建局、县市场监管局\n"
        "（二）强化执法惩处。\n"
        "对作业前未检测、无人监护等违法行为，一律依法处罚。\n"
    )
    found = units_by_task(text)
    assert found["县应急管理局要对有限空间"] == {"应急管理部门"}
    assert all("公安机关" not in units for units in found.values())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县、乡两级要直接叫应到村组责任人。", True),
        ("国网临江县供电公司要配合做好用电安全检查。", True),
        ("对发布红色预警的地区，县、乡两级要立即转移群众。", True),
        # a time, object or condition phrase before the modal is no subject
        ("要及时发布预警信息。", False),
        ("作业时要严格落实先通风、再检测、后作业要求。", False),
        ("对打击非法生产不力的乡镇要实行严格的责任追究。", False),
        ("劝阻无效的，要立即报告属地乡镇。", False),
        ("“迅速”就是要立即启动，马上行动。", False),
        ("严禁向无资质的单位销售瓶装液化气。", False),
        ("病险水库一律空库运行，严禁擅自蓄水。", False),
        ("列出问题清单，清单中的每个问题点要有照片和坐标。", False),
    ],
)
def test_a_sentence_with_its_own_subject(sentence, expected):
    assert has_own_subject(sentence) is expected


SIBLINGS = (
    "关于做好主汛期防汛工作的通知\n"
    "一、加强监测预警\n"
    "县气象局、县水利局要加强会商研判，及时发布预警信息。县、乡两级要立即组织转移受威胁群众。"
    "要及时发布山洪灾害预警信息。\n"
)


def test_a_sibling_with_its_own_subject_inherits_nothing_but_a_subjectless_one_does():
    found = units_by_task(SIBLINGS)
    assert found["县气象局、县水利局要加强"] == {"气象部门", "水利部门"}
    assert not {"气象部门", "水利部门"} & found["县、乡两级要立即组织转移"]
    assert found["要及时发布山洪灾害预警信"] == {"气象部门", "水利部门"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["现将市安委办通知转发给你们，请认真落实。", "-----原始邮件-----", "各县应急管理局："], {1}),
        (["-------- 转发邮件信息 --------", "主题：关于开展排查的通知"], {0}),
        (["现将《关于开展专项排查的通知》转发给你们。", "关于开展专项排查的通知", "一、排查对象"], {1}),
        # a title line without a forwarding note above it, or a bare rule line, begins nothing
        (["关于开展专项排查的通知", "各乡镇："], set()),
        (["现将有关事项通知如下：", "一、排查对象"], set()),
        (["县应急局办公室", "--------------------", "附件：1.排查表"], set()),
    ],
)
def test_where_a_forwarded_document_begins(lines, expected):
    assert forwarded_starts(lines) == expected


FORWARDED = (
    "主题：转发：市安委办关于开展危险化学品使用单位安全风险排查的通知\n"
    "各乡镇（街道）：\n"
    "现将市安委办通知转发给你们，请结合以下要求一并落实：\n"
    "1.请各乡镇（街道）于3月12日前报送排查联系人。\n"
    "2.请各乡镇（街道）于3月21日前报送初步排查情况。\n"
    "-----原始邮件-----\n"
    "关于开展危险化学品使用单位安全风险排查的通知\n"
    "各县（市、区）安委会：\n"
    "现将有关事项通知如下：\n"
    "一、时间安排\n"
    "（一）3月15日前，完成排查对象摸底，建立名单；\n"
    "（二）5月31日前，完成问题整改并开展复查。\n"
)


def test_a_forwarded_document_takes_nothing_from_the_forwarding_note():
    found = units_by_task(FORWARDED)
    assert found["1.请各乡镇（街道）于3"] == {"乡镇街道"}
    assert "乡镇街道" not in found["（一）3月15日前，完成"]
    assert "乡镇街道" not in found["（二）5月31日前，完成"]


@pytest.mark.parametrize(
    "value",
    ["局安全监督科", "局应急办", "办公室", "局属各单位", "局办公室、局安全监督科", "局安全监督科牵头，局属各单位配合"],
)
def test_the_issuers_own_offices_in_a_party_line_are_the_issuer(value):
    units = find_units(value, listed=True)
    assert units and all(unit.canonical == ISSUER for unit in units)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县政府办公室要加强督查。", [("县政府办公室", "政府")]),
        ("报局办公室备案。", []),  # a recipient, not a party
        ("局长要亲自抓。", []),
    ],
)
def test_offices_of_other_bodies_and_recipients_are_not_the_issuer(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


PLAN_WITH_OFFICES = (
    "临江市交通运输局关于印发2025年安全生产工作要点的通知\n"
    "局机关各科室，局属各单位：\n"
    "现将工作要点印发给你们，请认真抓好落实。\n"
    "一、责任体系\n"
    "1.修订安全生产责任清单，明确各岗位的具体分工。\n"
    "责任单位：局安全监督科、办公室\n"
    "完成时限：3月底前\n"
    "2.组织开展一次全系统安全生产培训。\n"
    "责任单位：局应急办\n"
    "完成时限：6月底前\n"
)


def test_a_party_line_of_the_issuers_offices_gives_the_issuer():
    found = units_by_task(PLAN_WITH_OFFICES)
    assert found["1.修订安全生产责任清单"] == {"交通运输部门"}
    assert found["2.组织开展一次全系统安"] == {"交通运输部门"}


ITEMS_AFTER_A_NOTICE_LEAD_IN = (
    "市劳动检查处提醒台风期间营造工地安全\n"
    "市劳动检查处提醒，雇主于台风来临前应注意下列事项。\n"
    "施工架上的帆布在强风时应暂时拆除，以减少风压。\n"
    "风速达每秒16公尺以上时，严禁使用塔吊。\n"
)
ITEMS_AFTER_A_PLAIN_SENTENCE = (
    "市劳动检查处提醒台风期间营造工地安全\n"
    "市劳动检查处提醒，雇主于台风来临前应做好防台准备。\n"
    "风速达每秒16公尺以上时，严禁使用塔吊。\n"
)


def test_a_lead_in_of_matters_to_heed_gives_its_addressee_to_the_paragraphs_after_it():
    found = units_by_task(ITEMS_AFTER_A_NOTICE_LEAD_IN)
    assert "企业" in found["施工架上的帆布在强风时应"]
    assert "企业" in found["风速达每秒16公尺以上时"]


def test_a_plain_sentence_before_paragraphs_is_no_lead_in():
    found = units_by_task(ITEMS_AFTER_A_PLAIN_SENTENCE)
    assert "企业" not in found["风速达每秒16公尺以上时"]


SUB_ITEMS = (
    "关于开展春季火灾防控的通知\n"
    "二、集中整治突出问题\n"
    "1.清理楼道。对占用楼梯间停放电动自行车的，由网格员当场劝导清理。\n"
    "2.严管野外用火。各乡镇要在林区入山路口设卡。县林业局负责统筹调度，县公安局依法查处违规用火行为。\n"
    "责任单位：各乡镇人民政府、县林业局、县公安局\n"
)
SUB_ITEMS_CLOSED_BY_THEIR_PARENTS_LINE = (
    "关于开展春季火灾防控的通知\n"
    "二、集中整治突出问题\n"
    "1.清理楼道，劝导住户清理堆放的杂物。\n"
    "2.整治飞线充电，拆除私拉乱接的电线。\n"
    "责任单位：各乡镇人民政府、县消防救援大队\n"
)


def test_a_party_line_whose_parties_the_last_sub_item_names_stays_with_it():
    found = units_by_task(SUB_ITEMS)
    assert found["县林业局负责统筹调度，县"] == {"乡镇街道", "林业和草原部门", "公安机关"}
    assert not {"林业和草原部门", "公安机关"} & found["对占用楼梯间停放电动自行"]


def test_a_party_line_after_sub_items_that_name_no_one_closes_their_parent():
    found = units_by_task(SUB_ITEMS_CLOSED_BY_THEIR_PARENTS_LINE)
    assert found["1.清理楼道，劝导住户清"] == {"乡镇街道", "消防救援机构"}
    assert found["2.整治飞线充电，拆除私"] == {"乡镇街道", "消防救援机构"}
