"""A named works by its head noun (units50): a mine, a power station or a filling station called by its own name
(青石岭煤矿, 东坪水电站, 城北加油站) or pointed back to by 该 (该矿). Measured as an enterprise (企业), as a company
named by 有限公司 is, and not adopted: the named mine lowered realstyle_sealed12 (score-only) and r9d, the stations
r12; read only as a subject before its modal, and 该矿 alone, they moved r20 (read) and nothing else: fits
(docs/extraction.md, units50). units75 reads the mine as a subject before its modal (party_subject's head 煤矿):
measured again on every set and page, it moved r33 (read) alone. What holds today: a sector word, a topic, an object and a government's station.
Invented texts; positives (strict xfails) and negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units

NAMED_WORKS_NOT_ADOPTED = pytest.mark.xfail(
    strict=True, reason="named works as 企业 measured in units50: lowered a score-only and two check sets, or a fit"
)


def parties(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named mine before its modal, after a heading number, with a time between
        # (units75: a mine by its head 煤矿 as a subject before its modal, beside 矿山 and 矿井)
        ("青石岭煤矿要在本月底前完成瓦斯抽采系统改造。", [("青石岭煤矿", "企业")]),
        pytest.param(
            "二、白沙沟煤矿立即停止井下采掘作业，撤出全部人员。",
            [("白沙沟煤矿", "企业")],
            marks=NAMED_WORKS_NOT_ADOPTED,
        ),
        ("鹰嘴岩煤矿隐患整改完成前，不得恢复生产。", [("鹰嘴岩煤矿", "企业")]),
        # a named mine after an addressee word, and one pointed back to
        pytest.param(
            "县应急管理局要求长冲煤矿于月底前完成整改。", [("长冲煤矿", "企业")], marks=NAMED_WORKS_NOT_ADOPTED
        ),
        ("严禁该矿在停产整顿期间擅自组织生产。", [("该矿", "企业")]),  # units109: a mine read in the party slot
        # power and filling stations named by their own name
        pytest.param("东坪水电站要在汛前完成大坝安全鉴定。", [("东坪水电站", "企业")], marks=NAMED_WORKS_NOT_ADOPTED),
        ("城北加油站须于10日前更换老化的卸油管线。", [("城北加油站", "企业")]),  # units113: a workplace's head
        pytest.param(
            "由龙湾储能电站负责建立火灾自动报警联动机制。", [("龙湾储能电站", "企业")], marks=NAMED_WORKS_NOT_ADOPTED
        ),
        # negative: the object of 责令 is no party (as 督促企业 is none)
        ("市应急管理局责令长冲煤矿停产整顿。", [("市应急管理局", "应急管理部门")]),
        # negative: a sector word keeps its whole name, a topic and an object are no party
        ("非煤矿山要严格落实安全出口管理规定。", [("非煤矿山", "企业")]),
        ("煤矿安全要坚持预防为主。", []),
        ("对辖区煤矿开展一次全覆盖执法检查。", []),
        ("加强对加油站的日常监管。", []),
        # negative: a government's station keeps its department
        ("县水文站要加强汛期雨情监测。", [("县水文站", "水利部门")]),
    ],
)
def test_a_named_works_is_an_enterprise(sentence, expected):
    assert parties(sentence) == expected
