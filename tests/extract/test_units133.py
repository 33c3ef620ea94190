"""A bureau's section named without its parent, in the bureau's own paper, is the bureau (issue 13, units133).

Counted over the golds of realstyle_sealed32–38 and r41–r54 (docs/extraction.md, units133): a section with no parent of
its own (质量安全监督站, 各责任科室, 监管股室, 总站各监督科) takes the issuer's canonical wherever a government
department writes the paper. The paper's writer decides: in a bureau's paper the section is the bureau; in a
government's paper the same words are left unread as before (a government has departments, not sections), and a
township's stations named by their function (镇安监站) keep their function's department. Near misses: a level before the
station (a parent of its own), a facility (各加油站), a clause's object and verb run into a station's name
(名单报监督站备案). Strict xfail: a station named by a supervising abbreviation (安监站) in a department's paper other
than the safety bureau's. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline import extract
from nlp_pipeline.extract.units import find_units, resolve_issuer_references, writer_is_bureau

BUREAU_PAPER = (
    "临川县住房和城乡建设局关于开展建筑工地安全生产大检查的通知\n各施工单位：\n为做好汛期建筑施工安全工作，现将有关事项通知如下：\n"
    "一、质量安全监督站要于6月30日前完成全县在建工地的全面检查。\n"
    "二、各责任科室要加强对施工企业的督促指导，7月10日前报送检查情况。\n"
    "三、监管股室负责建立问题台账，督促企业限期整改。\n临川县住房和城乡建设局\n2025年6月1日"
)
GOVERNMENT_PAPER = (
    "临川县人民政府办公室关于开展建筑工地安全生产大检查的通知\n各乡镇人民政府，县直各单位：\n"
    "一、质量安全监督站要于6月30日前完成全县在建工地的全面检查。\n"
    "二、各责任科室要加强对施工企业的督促指导，7月10日前报送检查情况。\n临川县人民政府办公室\n2025年6月1日"
)


def task_units(text: str) -> list[list[tuple[str, str]]]:
    return [[(unit.mention, unit.canonical) for unit in task.units] for task in extract(text).tasks]


def test_sections_in_a_bureaus_own_paper() -> None:
    assert task_units(BUREAU_PAPER) == [
        [("质量安全监督站", "住房和城乡建设部门")],
        [("各责任科室", "住房和城乡建设部门")],
        [("监管股室", "住房和城乡建设部门")],
    ]


def test_sections_in_a_governments_paper_stay_unread() -> None:
    assert task_units(GOVERNMENT_PAPER) == [[], []]


@pytest.mark.parametrize(
    ("sentence", "bureau", "expected"),
    [
        ("质量安全监督站要加强巡查。", True, [("质量安全监督站", "住房和城乡建设部门")]),
        ("总站各监督科要加强检查。", True, [("总站各监督科", "住房和城乡建设部门")]),
        ("支队各分队要开展演练。", True, [("支队各分队", "住房和城乡建设部门")]),
        ("责任处室要跟踪督办。", True, [("责任处室", "住房和城乡建设部门")]),
        # the same words in a paper no bureau writes: nothing, as before
        ("质量安全监督站要加强巡查。", False, []),
        ("监管股室负责督促企业整改。", False, []),
        # issuer_reference's own sections are the issuer's whoever writes (各科室, 局法规科)
        ("各科室要做好消防安全。", False, [("各科室", "住房和城乡建设部门")]),
        # near misses: a parent of its own, a township's function station, a facility
        ("县质量安全监督站要加强巡查。", True, [("县质量安全监督站", "其他")]),
        ("镇安监站要加强巡查。", True, [("镇安监站", "应急管理部门")]),
        ("各加油站要落实安全责任。", True, [("各加油站", "企业")]),
        # a clause's object and verb run into a station's name
        ("名单报监督站备案。", True, []),
    ],
)
def test_own_section_by_writer(sentence: str, bureau: bool, expected: list[tuple[str, str]]) -> None:
    units = resolve_issuer_references(find_units(sentence), "住房和城乡建设部门", bureau=bureau)
    assert [(unit.mention, unit.canonical) for unit in units] == expected


@pytest.mark.parametrize(
    ("issuer", "institution", "expected"),
    [
        ("住房和城乡建设部门", False, True),
        ("公安机关", False, True),
        ("消防救援机构", False, True),
        ("政府", False, False),
        ("乡镇街道", False, False),
        ("有关部门", False, False),
        ("其他", False, False),
        ("卫生健康部门", True, False),
        (None, False, False),
    ],
)
def test_writer_is_bureau(issuer: str | None, institution: bool, expected: bool) -> None:
    assert writer_is_bureau(issuer, institution) is expected


@pytest.mark.xfail(
    strict=True, reason="安监站 is read by its function (应急); in a 住建 bureau's paper it is the bureau's"
)
def test_safety_station_in_a_construction_bureaus_paper() -> None:
    units = resolve_issuer_references(find_units("市安监站要加强巡查。"), "住房和城乡建设部门", bureau=True)
    assert [(unit.mention, unit.canonical) for unit in units] == [("市安监站", "住房和城乡建设部门")]
