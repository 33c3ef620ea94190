"""Parties of public appeals and notices by the kind their head noun names (issue 13 group 4, units26):
the public and people as such (公众, 旅客, 泳客, 个人, 监护人 → 其他), vessels as their operators' (渔船,
工程船, 船员 → 企业, as a subject with its modal), wharves and the trade (码头, 业界 → 企业), and the body
that appeals is no party even where a unit of it is named after it (…大队…分队在此呼吁大家). Invented texts;
each table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("个人不得在禁放区域燃放烟花爆竹。", [("个人", "其他")]),
        ("景区游客应服从现场工作人员的疏导。", [("景区游客", "其他")]),
        ("沙滩上的泳客应留意救生员的指示，市民亦切勿在大浪时靠近堤岸。", [("泳客", "其他"), ("市民", "其他")]),
        ("市气象局提醒公众减少不必要的外出。", [("公众", "其他")]),
        # negative: a word for people inside another noun, or the public as an object
        ("个人防护用品要按标准配齐。", []),
        ("举办大型群众性活动要依法申请许可。", []),
        ("切实保障游客人身安全。", []),
        # negative: 大家 in a speech is the audience, addressed only by an appeal
        ("大家要把思想统一到会议精神上来。", []),
    ],
)
def test_the_public_and_people_as_such_are_other(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全部拖网渔船不得在禁渔期内出港作业。", [("全部拖网渔船", "企业")]),
        ("货运船舶在大风警报期间必须就近锚泊。", [("货运船舶", "企业")]),
        ("每艘渔船的船员必须穿着救生衣。", [("船员", "企业")]),
        ("港区各码头要落实防台加固措施。", [("港区各码头", "企业")]),
        ("市港务局呼吁航运业界密切留意风暴消息。", [("航运业界", "企业")]),
        # negative: a vessel acted on, or a government vessel, is no party
        ("对辖区渔船开展一次拉网式检查。", []),
        ("督促船东落实安全主体责任。", []),
        ("渔政船要加强巡航。", []),
    ],
)
def test_vessels_wharves_and_the_trade_are_enterprises(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县消防救援大队城东中队在此呼吁大家，使用电动自行车应注意以下几点：", [("大家", "其他")]),
        ("市应急管理局执法支队再次提醒大家，高温时段应避免户外作业。", [("大家", "其他")]),
        # negative: a unit of a body that acts itself is a party
        ("县应急管理局执法大队要加强节前检查。", [("县应急管理局执法大队", "应急管理部门")]),
    ],
)
def test_the_body_that_appeals_is_no_party_even_by_its_unit(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 原则上 between a subject and its modal, as 亦/均 stand there
        ("全部伏休渔船原则上应在母港停泊。", [("全部伏休渔船", "企业")]),
        # an event's organisers are people, not a business (其他)
        ("各主办方必须落实活动安全责任。", [("各主办方", "其他")]),
        # a bracketed gloss inside a kind of enterprise's name belongs to the name
        ("各景区运营（管理）单位要加强客流监测。", [("各景区运营（管理）单位", "企业")]),
        # the body before a document's title wrote it: no party
        ("现将市应急管理局《关于开展汛前检查的通知》转发给你们，请各企业认真落实。", [("各企业", "企业")]),
        # negative: 原则上 after a subject no kind names; an organiser as an object
        ("原则上应于月底前完成。", []),
        ("配合主办方做好安保工作。", []),
    ],
)
def test_subjects_between_adverbs_and_glosses(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a department after a preposition stands in an adverbial, not as the clause's subject
        ("根据市气象部门发布的暴雨预警，各乡镇要做好转移准备。", [("各乡镇", "乡镇街道")]),
        ("因应本港气象部门发出的强风信号，海事处呼吁渔民尽早返港。", [("渔民", "其他")]),
        # negative: a department named by its work opening a clause is its subject
        ("燃气管理部门要加强入户安检。", [("燃气管理部门", "住房和城乡建设部门")]),
    ],
)
def test_a_department_after_a_preposition_is_no_party(sentence, expected):
    assert parties(sentence) == expected
