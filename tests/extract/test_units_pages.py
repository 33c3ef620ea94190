"""Parties the way real pages name them (units22): a meeting's attendees and an item's lead-in across a
partner, a body named by its rank alone, requests with a pause, sectors sharing the enterprise head, the
workforce and the public a notice reminds, Taiwan's offices and sections, a bureau named after its
government, a narrowed 各级各部门, roles after an adverb or 将. Invented texts; each table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.tasks import sentence_is_task
from nlp_pipeline.extract.units import find_units, rank_kinds, resolve_bare_ranks
from nlp_pipeline.record import Unit


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


def roles(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.role) for unit in find_units(sentence)]


def canonicals_of_task(text: str, opening: str) -> set[str] | None:
    """The canonicals of the task whose source opens with `opening`; None when none does."""
    for task in extract_fields(text).tasks:
        if task.source.startswith(opening):
            return {unit.canonical for unit in task.units}
    return None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the bodies attending a meeting, with or without 各
        ("王某强调，参会单位要把会议部署逐项落到实处。", [("参会单位", "各级各部门")]),
        ("与会单位要在三日内传达到基层。", [("与会单位", "各级各部门")]),
        # 有关/相关 narrows every body to those concerned
        ("相关责任单位要在月底前完成整改销号。", [("相关责任单位", "有关部门")]),
        ("各专委会要督促行业部门压实责任。", [("各专委会", "安委会")]),
        ("各地区、各部门要在节前完成一次自查。", [("各地区、各部门", "各级各部门")]),
        ("全市各级各类学校要开展一次疏散演练。", [("全市各级各类学校", "其他")]),
        ("各养老机构要落实夜间巡查制度。", [("各养老机构", "其他")]),
        ("各商场超市要保持疏散通道畅通。", [("各商场超市", "企业")]),
        # negatives: every body stays every body; a mall that is inspected is an object
        ("各责任单位要在月底前完成整改销号。", [("各责任单位", "各级各部门")]),
        ("县市场监管局要对商场超市开展抽查。", [("县市场监管局", "市场监督管理部门")]),
    ],
)
def test_attendees_narrowed_bodies_and_institutions(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a request word and a pause before its addressees
        ("该局要求，危化品和烟花爆竹企业落实领导带班制度。", [("危化品和烟花爆竹企业", "企业")]),
        ("通知要求：各乡镇于本周内完成排查。", [("各乡镇", "乡镇街道")]),
        # sectors joined by 和/及 share the enterprise head
        ("非煤矿山及冶金企业要开展一次全员培训。", [("非煤矿山及冶金企业", "企业")]),
        # negatives: a named body before 和 is a party of its own; two kinds are two parties; 强调 is no request
        ("要求县住建局和燃气企业开展联合检查。", [("县住建局", "住房和城乡建设部门"), ("燃气企业", "企业")]),
        ("业主及承建商须在开工前提交方案。", [("业主", "企业"), ("承建商", "企业")]),
        ("会上强调，冶金和粉尘涉爆企业风险依然较高。", []),
    ],
)
def test_requests_with_a_pause_and_sectors_sharing_a_head(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the workforce a notice reminds is 企业, the public 其他; the verb is no part of the name
        ("劳工事务局提醒全体工友要做好防寒保暖。", [("全体工友", "企业")]),
        ("局长表示，呼吁劳工在台风期间要停止户外作业。", [("劳工", "企业")]),
        ("天气转冷，而雇主应为雇员提供取暖设备。", [("雇主", "企业")]),
        ("二、吁请民众勿在林区焚烧纸钱。", [("民众", "其他")]),
        ("部长当天通过短片提醒劳工及雇主，均应注意防暑降温。", [("劳工", "企业"), ("雇主", "企业")]),
        ("部长说，户外作业十分辛苦，请劳工一定要按时休息补水。", [("劳工", "企业")]),
        ("局长呼吁工人注意安全，也提醒各事业单位落实防护措施。", [("各事业单位", "企业")]),
        ("县市场监管局叮嘱各经营户务必规范使用燃气。", [("各经营户", "企业")]),
        ("公司将在安全生产月期间组织一次消防演练。", [("公司", "企业")]),
        # negatives: a labour bureau is no worker; reminding as work given; the people protected; a reform
        ("劳工事务局将继续加强巡查。", [("劳工事务局", "人力资源和社会保障部门")]),
        ("各乡镇要及时提醒客运企业错峰发车。", [("各乡镇", "乡镇街道")]),
        ("要守护好广大人民群众的出行平安。", []),
        ("公司化改革要稳步推进。", []),
    ],
)
def test_the_workforce_and_the_public_a_notice_reminds(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("劳动检查处将派员赴工地检查。", [("劳动检查处", "人力资源和社会保障部门")]),
        ("青山乡公所将于清明节前完成墓区清理。", [("青山乡公所", "乡镇街道")]),
        (
            "由本府劳动检查科会同乡（镇、市）公所建设课办理。",
            [("本府劳动检查科", "人力资源和社会保障部门"), ("乡（镇、市）公所", "乡镇街道")],
        ),
        ("本府将依法令其停工。", [("本府", "政府")]),
        ("临江市政府劳工局将启动春节前专案检查。", [("临江市政府劳工局", "人力资源和社会保障部门")]),
        ("临江市政府消防局要加强夜间巡查。", [("临江市政府消防局", "消防救援机构")]),
        # negatives: 查处 and 课程 are no bodies; a government's departments as a whole stay the government
        ("要求对违法行为查处到位。", []),
        ("要开设安全课程。", []),
        ("县政府各部门要加强值守。", [("县政府", "政府")]),
        ("县政府办公室要加强督办。", [("县政府办公室", "政府")]),
    ],
)
def test_offices_and_sections_of_taiwan_pages_and_bureaus_of_a_government(sentence, expected):
    assert parties(sentence) == expected


def test_a_section_of_the_issuer_named_with_taiwans_ke():
    assert [unit.canonical for unit in find_units("社会课将办理转知。")] == ["发文机关"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("气象局近来不断发布大风预警。", []),  # what a body has been doing: background
        # negative: its coming work counts
        ("县气象局近来将加密会商。", [("县气象局", "气象部门")]),
    ],
)
def test_a_bodys_recent_activity_is_background(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各社区要主动配合交通部门查处非法营运。", [("各社区", "cooperating"), ("交通部门", "responsible")]),
        ("住建部门将牵头此项工作。", [("住建部门", "lead")]),
        # negative: an adverb before another act leaves the role responsible
        ("各村要积极开展宣传。", [("各村", "responsible")]),
    ],
)
def test_roles_after_an_adverb_or_a_future(sentence, expected):
    assert roles(sentence) == expected


def test_a_body_named_by_its_rank_takes_the_department_of_its_peers():
    text = "会上，东山交警大队和西岭交警大队交流了经验。要求各县区大队做好春运准备。"
    kinds = rank_kinds(text)
    assert kinds == {"大队": "公安机关"}
    units = resolve_bare_ranks([Unit("各县区大队", "其他", "responsible")], kinds)
    assert [unit.canonical for unit in units] == ["公安机关"]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: peers of two departments, or none with a domain word, leave it 其他
        "东山交警大队和西岭消防救援大队交流了经验。",
        "东山大队交流了经验。",
    ],
)
def test_a_rank_without_agreeing_peers_stays_other(text):
    units = resolve_bare_ranks([Unit("各县区大队", "其他", "responsible")], rank_kinds(text))
    assert [unit.canonical for unit in units] == ["其他"]


LEAD_IN_WITH_PARTNER = (
    "河州市召开汛期安全工作会议\n"
    "局长李某指出，全市水利部门要全力做好汛期安全工作。一要巡查到位：加密水库巡查，会同有关部门抽查山塘。"
    "二要值守到位：严格执行领导带班制度。\n"
)


def test_an_item_naming_only_a_partner_keeps_its_lead_ins_party():
    assert canonicals_of_task(LEAD_IN_WITH_PARTNER, "一要巡查到位") == {"水利部门", "有关部门"}


ATTENDEES = "王某指出，参会单位回去后要逐项传达落实。一要严格值守；二要加强巡查；三要及时报告险情。\n"


def test_the_attendees_lead_in_hands_them_to_its_items():
    assert canonicals_of_task(ATTENDEES, "二要加强巡查") == {"各级各部门"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县应急管理局，将围绕冶金企业组织专项执法。", True),  # news sets the agency off with a pause
        # negative: a pause before what it has done
        ("县应急管理局，今年以来共检查企业120家。", False),
    ],
)
def test_an_agencys_announced_work_after_a_pause(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


# Found on real pages and left: each would need more than the mention grammar, or the sets' gold disagree.
@pytest.mark.xfail(strict=True, reason="群众 as a party lowered two check sets: their gold leaves the public out")
def test_the_public_in_a_request_list():
    assert ("广大群众", "其他") in parties("请各物业企业及广大群众要主动清理楼道杂物。")


@pytest.mark.xfail(strict=True, reason="a bare title at a clause opening needing a predicate lowered three sets")
def test_titles_listed_as_a_trainings_audience():
    assert parties("把防汛知识列入镇主要领导，分管领导，村干部等培训的必修内容。") == []


@pytest.mark.xfail(
    strict=True,
    reason="a bureau joining two departments' names with 及 is read as two bodies: counting such a name under its "
    "first department (r9, r10 gold: 海事部门) lowered realstyle and realstyle_sealed7",
)
def test_a_bureau_named_by_two_domains():
    assert parties("海事及水务局将加强巡查。") == [("海事及水务局", "海事部门")]


@pytest.mark.xfail(
    strict=True, reason="a body whose domain alias stands inside its name (内政部消防署) lowered four sets"
)
def test_a_ministrys_agency_by_its_domain():
    assert parties("内政部消防署将加强巡查。") == [("内政部消防署", "消防救援机构")]
