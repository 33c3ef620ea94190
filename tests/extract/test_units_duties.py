"""A division of duties and the parties' own notes (units21): a party before a colon with its duties after
it (县住建局：牵头开展…) is their party, and hands itself to the rest of its paragraph; a sentence that
opens with a partner (会同有关部门…) keeps the party it stands under; a note on the person in charge
(（责任人：…）) marks a party; members named without their body belong to the issuer; a committee's
head is a leader; a headquarters is 其他 whatever its domain; sites, subcontractors and property
managers are 企业. Invented texts; each table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import find_units, resolve_issuer_references
from nlp_pipeline.record import Unit


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


def roles(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.role) for unit in find_units(sentence)]


def units_of_task(text: str, opening: str) -> set[tuple[str, str]] | None:
    """The units' (mention, role) of the task whose source opens with `opening`; None when none does."""
    for task in extract_fields(text).tasks:
        if task.source.startswith(opening):
            return {(unit.mention, unit.role) for unit in task.units}
    return None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body, a colon and its duties: a predicate, or a clause with an act
        ("县农业农村局：加强农机安全检查，严查无牌无证拖拉机。", [("县农业农村局", "农业农村部门")]),
        ("国网临川县供电公司：对城区老旧配电线路开展隐患排查。", [("国网临川县供电公司", "电力企业")]),
        ("县体育局：指导各类体育场馆落实安全管理制度；", [("县体育局", "其他")]),
        ("县民政局：负责养老服务机构消防安全管理。", [("县民政局", "民政部门")]),
        # negatives: a label and its value, a contact line, a label with no act after it
        ("责任单位：县住建局", [("县住建局", "住房和城乡建设部门")]),
        ("县应急管理局：0796-5551234", []),
        ("县水利局：河道管理股", []),
    ],
)
def test_a_party_before_its_duties(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县住建局：负责在建工程安全监管，牵头推进燃气管网改造。", [("县住建局", "lead")]),
        ("县城管局：配合做好占道经营的执法检查。", [("县城管局", "cooperating")]),
        # negative: a duty that neither leads nor helps
        ("县教育局：负责校园安全管理和防溺水教育。", [("县教育局", "responsible")]),
    ],
)
def test_a_labelled_partys_role_comes_from_its_duties(sentence, expected):
    assert roles(sentence) == expected


DUTIES = (
    "关于明确电动车整治职责的通知\n"
    "三、职责分工\n"
    "县消防救援大队：开展居民小区电动车充电场所检查；牵头开展充电火灾溯源调查。\n"
    "县商务局：负责电动车以旧换新的组织推动；会同有关部门规范电池回收秩序。\n"
    "县交通运输局：负责客运站场安全监管；严查站场周边违规停放。\n"
)


def test_a_paragraph_of_duties_hands_its_party_to_its_later_sentences():
    # its own paragraph's party, not the part's first sentence's (县消防救援大队)
    assert units_of_task(DUTIES, "严查站场周边") == {("县交通运输局", "responsible")}


def test_a_subjectless_sentence_takes_its_role_from_its_opening_verb():
    assert units_of_task(DUTIES, "牵头开展充电") == {("县消防救援大队", "lead")}


def test_a_sentence_opening_with_a_partner_keeps_the_party_it_stands_under():
    units = units_of_task(DUTIES, "会同有关部门")
    assert units is not None and {mention for mention, _ in units} == {"县商务局", "有关部门"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1.总务处（责任人：副处长 陈某）于9月1日前完成教学楼电气线路检测。", [("总务处", "其他")]),
        ("保卫处（责任人：处长 刘某）督促施工单位完成围挡封闭。", [("保卫处", "其他")]),
        ("县应急局（联系人：王某，电话5551234）负责汇总各乡镇材料。", [("县应急局", "应急管理部门")]),
        # negatives: a report's recipient with its contact is an object; a verb opens no body's name
        ("材料报送县应急局（联系人：王某）。", []),
        ("报送后勤处（联系人：王某）。", []),
    ],
)
def test_a_note_on_the_person_in_charge_marks_a_party(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("mention", "issuer", "expected"),
    [
        ("各成员单位", "其他", "其他"),  # the members of a flood-control headquarters
        ("成员单位", "其他", "其他"),
        # negatives: a work-safety committee's members; members named with their body
        ("各成员单位", "安委会", "安委会"),
        ("各成员单位", None, "安委会"),
        ("县安委会各成员单位", "其他", "安委会"),
    ],
)
def test_members_without_their_body_are_the_issuers(mention, issuer, expected):
    units = resolve_issuer_references([Unit(mention, "安委会", "responsible")], issuer)
    assert [unit.canonical for unit in units] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("对排名末位的单位，由县安委会主任对其主要负责人进行约谈。", [("县安委会主任", "党政领导")]),
        ("由县防指常务副指挥长统一调度抢险力量。", [("县防指常务副指挥长", "党政领导")]),
        # negatives: a speaker's title; the committee itself
        ("县安委会主任李某主持会议并讲话。", []),
        ("县安委会要加强对各乡镇的考核。", [("县安委会", "安委会")]),
    ],
)
def test_a_committees_head_is_a_leader(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("市地铁建设指挥部要组织各标段完成防倒灌检查。", [("市地铁建设指挥部", "其他")]),
        # negatives: a task force and a leading group keep their domain; a centre of one domain is its department
        ("县燃气安全整治领导小组要每月调度一次进展。", [("县燃气安全整治领导小组", "住房和城乡建设部门")]),
        ("县燃气整治专班要加强夜间巡查。", [("县燃气整治专班", "住房和城乡建设部门")]),
        ("县公路事业发展中心要加强桥梁巡查。", [("县公路事业发展中心", "交通运输部门")]),
    ],
)
def test_a_headquarters_is_other_whatever_its_domain(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全县在建项目一律暂停高处作业。", [("全县在建项目", "企业")]),
        ("地下商场、过街通道等项目要完善挡水设施。", [("地下商场、过街通道等项目", "企业")]),
        ("分判商亦须为工人提供防暑降温用品。", [("分判商", "企业")]),
        ("社区和物业要把楼道杂物清理干净。", [("社区", "乡镇街道"), ("物业", "企业")]),
        ("治安部门要加强对寄递物流的检查。", [("治安部门", "公安机关")]),
        (
            "治安部门要联合市场监管、应急管理部门开展夜查。",
            [("治安部门", "公安机关"), ("市场监管", "市场监督管理部门"), ("应急管理部门", "应急管理部门")],
        ),
        # negatives: a project as work, a project as an object, property management and public order as work
        ("重点项目要加快建设进度。", []),
        ("对整改不力的项目，责令其停工整改。", []),
        ("要加强物业管理和社会治安综合治理。", []),
        ("县治安综合治理委员会要部署专项行动。", [("县治安综合治理委员会", "其他")]),
    ],
)
def test_sites_subcontractors_property_managers_and_police_branches(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("成立工作专班，由镇长任组长，镇应急办、派出所、农技站负责人为成员。", []),
        ("县应急局为成员单位。", []),
        # negative: a body with its own work
        ("县应急局负责专班日常工作。", [("县应急局", "应急管理部门")]),
    ],
)
def test_a_groups_make_up_names_no_party(sentence, expected):
    assert parties(sentence) == expected


def test_a_time_and_in_principle_before_a_modal_is_no_subject():
    text = "关于做好开学安全工作的通知\n一、检查安排\n1.县住建局要督促校园周边工地完成围挡封闭。开学后原则上不得在上课时段吊装。\n"
    assert units_of_task(text, "开学后原则上") == {("县住建局", "responsible")}


def test_an_item_opening_with_a_party_and_its_note_is_a_task():
    text = (
        "关于做好开学安全工作的通知\n一、检查安排\n1.总务处（责任人：副处长 陈某）于9月1日前完成教学楼电气线路检测。\n"
    )
    assert units_of_task(text, "1.总务处") == {("总务处", "responsible")}


@pytest.mark.xfail(strict=True, reason="a later clause's subject with a verb of its own and no modal is not read")
def test_a_later_clauses_team_with_its_own_verb():
    assert ("民兵应急分队", "其他") in parties("县应急局牵头备足物资，民兵应急分队在主汛期全员备勤值守。")


@pytest.mark.xfail(strict=True, reason="Taiwan sections (…科, …课) after 本府 or a 公所 are not in the mention grammar")
def test_a_taiwan_governments_sections():
    assert parties("由本府劳动检查科会同乡公所建设课办理。") == [
        ("本府劳动检查科", "其他"),
        ("乡公所建设课", "乡镇街道"),
    ]
