"""Parties named by a kind rather than a body (notes s7 analysis 8, group 5): a kind of enterprise,
owner, user or site opening a clause with its own predicate verb (no modal), the public a notice
addresses (市民, 渔民 → 其他), the issuer's department at a level by its short form (市局, 省厅), the
short form 建委, and a clause whose two parties each take their own object (A对X、B对Y查处).
Invented texts; each table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import ISSUER, find_units


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a kind before its own predicate verb, with an adverb or a time between
        ("液化气充装单位严格执行充装前检查制度。", [("液化气充装单位", "企业")]),
        ("沿街商铺场所及时办理消防审验手续。", [("沿街商铺场所", "企业")]),
        ("房屋产权人委托专业机构开展结构检测。", [("房屋产权人", "企业")]),
        ("供气单位每月10日前报送用户安检台账。", [("供气单位", "企业")]),
        # owners and users as parties after an addressee word or before a modal
        ("由产权人委托有资质的机构开展鉴定。", [("产权人", "企业")]),
        ("全区使用瓶装液化气的餐饮用户，必须于月底前安装报警装置。", [("餐饮用户", "企业")]),
        ("各项目监理部（组）要加强关键工序旁站。", [("各项目监理部（组）", "企业")]),
        # negative: an object phrase, a time with an object, a verb before the kind
        ("对辖区重点企业开展一次执法检查。", []),
        ("国庆节前对人员密集场所开展消防检查。", []),
        ("聘请专家对重点企业开展指导服务。", []),
        ("以乡镇为单位组织一次应急演练。", []),
        ("督促施工单位落实整改措施。", []),
        # negative: a named body keeps its own canonical
        ("各单位严格执行值班制度。", [("各单位", "各级各部门")]),
    ],
)
def test_a_kind_of_enterprise_before_its_own_verb_is_the_subject(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("请市民远离海边，注意出行安全。", [("市民", "其他")]),
        ("市民如需外出，应避开广告牌和大树。", [("市民", "其他")]),
        # the body that asks is no party, those asked are (not_a_party_after)
        ("渔业站要求渔民尽快返港避风。", [("渔民", "其他")]),
        # negative: the public as an object or the topic of a report is no party
        ("切实保障市民生命财产安全。", []),
        ("市民安全意识明显增强。", []),
    ],
)
def test_the_public_a_notice_addresses_is_other(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the issuer's department at a level: the document's issuer (extraction resolves it)
        ("市局将在5月份对通报企业开展复查。", [("市局", ISSUER)]),
        ("省厅将于7月组织督导组开展暗访。", [("省厅", ISSUER)]),
        ("市建委将依法从严处罚违规企业。", [("市建委", "住房和城乡建设部门")]),
        # negative: a leader's title, and a word that merely ends in 局
        ("县局长要带队检查。", []),
        ("要顾全大局。", []),
    ],
)
def test_short_agency_forms(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "县应急局对危化企业、县住建局对燃气企业依法立案查处。",
            [("县应急局", "应急管理部门"), ("县住建局", "住房和城乡建设部门")],
        ),
        (
            "市公安局对货车、市交通运输局对客车、市城管局对渣土车开展联合检查。",
            [("市公安局", "公安机关"), ("市交通运输局", "交通运输部门"), ("市城管局", "城市管理和综合执法部门")],
        ),
        # negative: a list of objects names one party
        ("县应急局对危化企业、烟花爆竹企业开展检查。", [("县应急局", "应急管理部门")]),
    ],
)
def test_parties_side_by_side_each_with_its_object_share_the_predicate(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a kind's list scans through a short gloss in brackets inside it
        ("辖区各烟花爆竹批发、零售（含仓储）、运输企业：", [("辖区各烟花爆竹批发、零售（含仓储）、运输企业", "企业")]),
        (
            "各危险化学品生产、经营（带储存）、使用企业要开展自查。",
            [("各危险化学品生产、经营（带储存）、使用企业", "企业")],
        ),
        # negative: a long aside is no gloss of a list item
        ("各生产（包括委托加工和来料加工）、经营企业要开展自查。", []),
    ],
)
def test_a_kind_list_scans_through_a_bracketed_gloss(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time clause between a body and its predicate (Hong Kong notices)
        ("渠务署在红色暴雨警告取消后，会随即巡查各区排水渠。", [("渠务署", "水利部门")]),
        # negative: a body that found something during its patrol is reported, not directed
        ("渠务署在巡查中发现多处渠道淤塞。", []),
    ],
)
def test_a_time_clause_between_a_body_and_its_predicate(sentence, expected):
    assert parties(sentence) == expected
