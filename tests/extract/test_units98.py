"""A hospital's or a school's own offices are 其他 whatever committee its title opens with (issue 13, units98).

The convention settled for the new sets: the offices and departments inside a hospital, school or firm are 其他, the
firm itself, its workshops and teams 企业. An institution named as the issuer by the head noun of its name (城南人民医院,
青禾县实验中学) writes to its own offices also where the title opens with its committee (安全生产委员会会议纪要), which
the issuer's canonical once made the committee's kind (安委会). A government body's paper keeps its offices as the unit
rules read them; an enterprise's keeps 企业. What is measured and left (a firm's departments, whose older gold gives 企业
in about a dozen documents; a hospital's forwarded notice under a listed body's metadata) is a strict xfail.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.enterprise import names_an_institution, own_party_kind

MINUTES = """城南人民医院
安全生产委员会会议纪要
〔2030〕第2期
3月2日下午，医院召开安全生产委员会会议。现将会议议定事项纪要如下：
一、保卫科每周开展一次夜间防火巡查，3月底前完成全院消防设施检测。
二、总务科负责配电房挡鼠板补装，3月20日前完成。
"""


def units_of(text: str) -> dict[str, set[tuple[str, str]]]:
    record = nlp_pipeline.process(text, date="2030-03-03")
    return {task.source: {(unit.mention, unit.canonical) for unit in task.units} for task in record.tasks}


@pytest.mark.parametrize(
    ("issuer_name", "expected"),
    [
        ("城南人民医院", True),
        ("青禾县实验中学校长办公室", True),
        ("阳光敬老院", True),
        # near misses: a government body, a firm, no name
        ("县卫生健康局", False),
        ("青禾化工有限公司", False),
        (None, False),
    ],
)
def test_names_an_institution(issuer_name, expected):
    assert names_an_institution(issuer_name) is expected


@pytest.mark.parametrize(
    ("enterprise", "issuer", "issuer_name", "expected"),
    [
        (False, "安委会", "城南人民医院", "其他"),  # the hospital's committee: its offices are the hospital's
        (False, None, "青禾县实验中学", "其他"),
        (True, None, "青禾化工有限公司", "企业"),  # an enterprise's own paper stays 企业
        (False, "卫生健康部门", "县卫生健康局", None),  # a bureau's offices are read by the unit rules
        (False, "安委会", "县安全生产委员会", None),
    ],
)
def test_own_party_kind(enterprise, issuer, issuer_name, expected):
    assert own_party_kind(enterprise, issuer, issuer_name) == expected


def test_a_hospitals_committee_minutes_give_its_offices_other():
    units = units_of(MINUTES)
    found = {pair for pairs in units.values() for pair in pairs}
    assert ("保卫科", "其他") in found
    assert ("总务科", "其他") in found
    assert not any(canonical == "安委会" for _, canonical in found)


@pytest.mark.xfail(
    strict=True, reason="a firm's departments stay 企业: the older gold gives 企业 in ~13 firm documents (units98)"
)
def test_a_firms_department_is_other():
    text = "青禾化工有限公司\n安全生产例会纪要\n各部门：\n一、安全环保部3月20日前完成全厂动火作业票核查。\n"
    found = {pair for pairs in units_of(text).values() for pair in pairs}
    assert ("安全环保部", "其他") in found
