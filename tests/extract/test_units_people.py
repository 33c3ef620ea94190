"""Mention boundaries and people (units16): a would-be place name that opens with the sentence's
verb is the act and its object (起草县…, 完成乡镇…), a title after a body word names the body's
leader (各位局长, 分管局领导, 三镇分管副镇长), and a committee's or a government's oversight office is
that party through the alias table, so a list of such offices goes on (区委督查室、区政府督查室). Invented texts; each table
has negatives, known failures are strict xfails."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the task's own verb and its object: no party in subject position
        ("四月底前，拟定乡安委会成员考评细则。", []),
        ("年底前，完成乡镇（街道）消防站点验收。", []),
        ("6月底前，制定县级防汛应急预案。", []),
        # negatives: a real place name (a place word, or a verbal noun vn) still opens the mention
        ("临江县应急局要加强值守。", [("临江县应急局", "应急管理部门")]),
        ("建设镇要加强巡查。", [("建设镇", "乡镇街道")]),
        ("兴隆镇要组织转移。", [("兴隆镇", "乡镇街道")]),
    ],
)
def test_a_mention_never_opens_with_the_sentences_verb(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各位局长要亲自抓落实。", [("各位局长", "党政领导")]),
        ("分管局领导要带队检查。", [("分管局领导", "党政领导")]),
        ("三镇分管副镇长要亲自带队，逐户核查。", [("三镇分管副镇长", "党政领导")]),
        ("由镇长牵头，组织排查。", [("镇长", "党政领导")]),
        # negatives: 长 opening another word, 领导 as a verb (领导下) or in 领导小组; an enterprise's
        # head stays the enterprise
        ("各单位长期坚持值班制度。", [("各单位", "各级各部门")]),
        # (the station the bureau runs is the party: a premises names its business, units90)
        ("县交通局长途客运站要加强安检。", [("县交通局长途客运站", "企业")]),
        ("各镇长时间未整改的隐患要挂牌督办。", [("各镇", "乡镇街道")]),
        ("在县委领导下，各部门要通力协作。", [("各部门", "有关部门")]),
        ("县政府领导要带头深入一线。", [("县政府", "政府")]),
        ("县防汛抗旱领导小组要加强调度。", [("县防汛抗旱领导小组", "其他")]),
        ("各施工企业负责人要在岗带班。", [("各施工企业负责人", "企业")]),
    ],
)
def test_a_title_after_a_body_word_names_its_leader(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "县委督查室、县政府督查室要适时开展暗访。",
            [("县委督查室", "党委"), ("县政府督查室", "政府")],
        ),
        ("区委督查室要跟踪问效。", [("区委督查室", "党委")]),
        ("镇党委督查室要跟踪问效。", [("镇党委督查室", "党委")]),
        ("市委督查组、市政府督查办要联合暗访。", [("市委督查组", "党委"), ("市政府督查办", "政府")]),
        # negatives: the committee or the government alone, and an office no oversight word names
        ("县政府要加强领导。", [("县政府", "政府")]),
        ("县委组织部要牵头考核。", [("县委组织部", "组织部门")]),
    ],
)
def test_a_committees_oversight_office_is_that_party(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title with no body before it opening a clause: no mention starts there
        pytest.param(
            "分管副乡长具体负责，逐村造册。",
            [("分管副乡长", "党政领导")],
            marks=pytest.mark.xfail(strict=True, reason="a bare title is no mention without a body word"),
        ),
    ],
)
def test_known_failures(sentence, expected):
    assert parties(sentence) == expected
