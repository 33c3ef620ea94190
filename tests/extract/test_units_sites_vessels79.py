"""Parties ANNOTATION.md names by kind (units79): a works site (施工现场), a vessel in a state
(在港渔船, 在航船舶: 在 and a place word before the vessel are its attribute, no preposition) and a
vessel's master (船长) as the subject of a directive's clause with its modal are 企业, as 工地, 渔船
and 船东 already were. Invented texts; each table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a site, a vessel in its state, a vessel's owner and master acting with a modal
        ("施工现场要设置醒目的安全警示标志。", [("施工现场", "企业")]),
        ("施工现场必须配备足够的灭火器材。", [("施工现场", "企业")]),
        ("在港渔船要加固缆绳并留足值守人员。", [("在港渔船", "企业")]),
        ("在航船舶须就近选择锚地避风。", [("在航船舶", "企业")]),
        ("船长要严格执行开航前安全检查制度。", [("船长", "企业")]),
        ("各村要组织排查，船东、船长须签订安全承诺书。", [("各村", "乡镇街道"), ("船东、船长", "企业")]),
        # negatives: a place after 在 with no vessel is a preposition's object; a site or a vessel
        # a body acts on, or a ship's length, names no party
        ("在港口码头要加强夜间巡查。", []),
        ("在海上作业时须穿好救生衣。", []),
        ("加强施工现场临时用电管理。", []),
        ("县住建局督促施工现场落实防暑措施。", [("县住建局", "住房和城乡建设部门")]),
        ("各乡镇在施工现场要设置警示标志。", [("各乡镇", "乡镇街道")]),
        ("船长小于5米的小型船只纳入乡镇管理。", []),
    ],
)
def test_site_and_vessel_as_the_party(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # measured and left: a locality before a vessel reads as every level's bodies
        pytest.param(
            "各地在港渔船要在大风前全部回港。",
            [("在港渔船", "企业")],
            marks=pytest.mark.xfail(strict=True, reason="各地 before a vessel is read as 各级各部门"),
        ),
        # measured and left: a vessel after 要求 (vessels after an addressee word lowered realstyle_sealed4)
        pytest.param(
            "县渔业部门要求渔船落实防台措施。",
            [("县渔业部门", "农业农村部门"), ("渔船", "企业")],
            marks=pytest.mark.xfail(strict=True, reason="a vessel after 要求 is no party"),
        ),
        # measured and left: a site after 在 opening the clause is the place of the act
        pytest.param(
            "在施工现场必须保证饮用水供应。",
            [("施工现场", "企业")],
            marks=pytest.mark.xfail(strict=True, reason="在 before a site is a preposition"),
        ),
    ],
)
def test_sites_and_vessels_left(sentence, expected):
    assert parties(sentence) == expected
