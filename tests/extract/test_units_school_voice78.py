"""A school that speaks of itself, and a list of the writer's units before one predicate (issue 13, units78).

A notice a school writes to its own offices often carries no issuer the metadata reads (a page with only a site
name above it, an unsigned notice): its first person (我校, 本校) names the writer as an institution, so its
offices, classes and staff are its parties, of the kind 其他, as where the metadata names a school (units65). A
list of the writer's units joined by 、 before a shared predicate (各处室、班级要…) hands the predicate to every
item. Texts written for these tests."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.enterprise import internal_parties, own_party_kind, speaks_as_institution

VOICES = [
    # (issuer canonical, text, the text speaks as an institution)
    (None, "结合我校实际，现将有关事项通知如下：", True),
    ("其他", "本校教职工放假前须关闭门窗。", True),
    # negatives: a bureau about schools, a school named in the third person, a listed issuer
    (None, "各学校要组织全校师生开展疏散演练。", False),
    (None, "青禾镇中心小学召开安全工作会议。", False),
    ("教育部门", "结合我校实际，现将有关事项通知如下：", False),
]


@pytest.mark.parametrize(("issuer", "text", "expected"), VOICES)
def test_speaks_as_institution(issuer, text, expected):
    assert speaks_as_institution(issuer, text) is expected


def test_own_party_kind_by_the_voice():
    assert own_party_kind(False, None, None, "经我校研究决定") == "其他"
    assert own_party_kind(False, None, None, "经县教育局研究决定") is None
    assert own_party_kind(True, None, None, "经我校研究决定") == "企业"  # an enterprise's paper stays its own


LISTS = [
    # (sentence, the writer's units it addresses)
    ("各处室、班级要在放假前完成一次安全自查。", ["各处室", "班级"]),
    ("储运部、设备部3日内完成仓库物料分区存放。", ["储运部", "设备部"]),
    ("一车间立即恢复联锁回路投用。", ["一车间"]),
    # negatives: a list after a preposition, a list of things, a list with no predicate
    ("对二车间、三车间的问题进行通报。", []),
    ("门窗、电源、空调要逐一检查。", []),
    ("各处室、班级。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS)
def test_a_list_of_the_writers_units(sentence, expected):
    assert [sentence[m.start : m.end] for m, _ in internal_parties(sentence)] == expected


def test_a_lists_items_share_its_role():
    roles = [role for _, role in internal_parties("安全部、设备部牵头，于5月底前完成隐患复查。")]
    assert roles == ["lead", "lead"]


SCHOOL_NOTICE = """学校安全通知
各处室、班级：
冬季是火灾、煤气中毒等事故的高发季节，我校仍存在安全隐患，现将有关事项通知如下：
一、各处室、班级要在放假前开展一次安全隐患自查，发现问题立即整改。
二、各班主任要在1月10日前召开一次假期安全主题班会。
三、总务科要安排好假期值班，确保24小时有人值守。
"""

GOVERNMENT_NOTICE = """关于做好寒假学校安全工作的通知
各学校：
现将有关事项通知如下：
一、各学校要在放假前开展一次安全隐患自查，发现问题立即整改。
二、各班主任要在1月10日前召开一次假期安全主题班会。
"""


def units_by_task(text: str) -> dict[str, list[tuple[str, str]]]:
    """Each task's units by its source without the item's number (一、)."""
    return {
        t.source.split("、", 1)[-1] if t.source[1:2] == "、" else t.source: [(u.mention, u.canonical) for u in t.units]
        for t in extract_fields(text).tasks
    }


def test_a_schools_notice_names_its_offices():
    units = units_by_task(SCHOOL_NOTICE)
    assert units["各处室、班级要在放假前开展一次安全隐患自查，发现问题立即整改。"] == [
        ("各处室", "其他"),
        ("班级", "其他"),
    ]
    assert units["各班主任要在1月10日前召开一次假期安全主题班会。"] == [("各班主任", "其他")]
    assert units["总务科要安排好假期值班，确保24小时有人值守。"] == [("总务科", "其他")]


def test_a_notice_without_the_schools_voice_reads_as_before():
    units = units_by_task(GOVERNMENT_NOTICE)
    assert ("各班主任", "其他") not in units.get("各班主任要在1月10日前召开一次假期安全主题班会。", [])
