"""A heading or a name that holds an act names no party; each works project by 各 (issue 13, units124).

Counted over r51 and r52 (docs/extraction.md, units124): a directive heading on a site (（一）打击取缔非法尾矿库。) was
read as the site, a party; a writer's unit was read out of a clause's frame and its act (施工过程中安排专人旁站监督: 站
closing 旁站); and 各项目, a builder's projects, went unread where the gold reads each as 企业. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.enterprise import frames_an_act, internal_parties
from nlp_pipeline.extract.tasks import find_units
from nlp_pipeline.extract.units import workplace_heading_units


def found(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("尾矿库", [("尾矿库", "企业")]),  # a heading naming the site alone: the party of its items
        ("金属非金属地下矿山", [("金属非金属地下矿山", "企业")]),
        ("打击取缔非法尾矿库", []),  # an act and the site it works on: a directive heading
        ("关闭非法露天矿山", []),
        ("加强各景区管理", []),
    ],
)
def test_a_heading_that_holds_an_act_names_no_site(heading: str, expected: list[tuple[str, str]]) -> None:
    assert [(unit.mention, unit.canonical) for unit in workplace_heading_units(heading)] == expected


@pytest.mark.parametrize(
    ("name", "frames"),
    [
        ("施工过程中安排专人旁站", True),  # a frame (过程中) and an act (安排): a clause
        ("井下运输工区", False),  # a place word, no locative
        ("外包作业纳入公司", False),  # 外 of 外包 cut as a first word: no frame
        ("各车间部门负责人", False),
    ],
)
def test_a_frame_and_an_act_make_no_unit_name(name: str, frames: bool) -> None:
    assert frames_an_act(name) is frames


def test_a_frame_and_an_act_before_a_station_word_name_no_unit() -> None:
    sentence = "会上还作出部署，要求危大工程严格执行方案审批，施工过程中安排专人旁站监督。"
    assert [sentence[mention.start : mention.end] for mention, _ in internal_parties(sentence)] == []
    acting = "设备部安排专人旁站监督，杜绝违规操作。"  # a unit and its act: read as before
    assert [acting[mention.start : mention.end] for mention, _ in internal_parties(acting)] == ["设备部"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("会议要求各项目对照进度计划梳理滞后环节，制定赶工方案。", [("各项目", "企业")]),
        ("各在建工程项目要落实防汛措施。", [("各在建工程项目", "企业")]),
        ("各项目部要加强临时用电管理。", [("各项目部", "企业")]),  # an office, read as before
        ("重点项目要加快建设进度。", []),  # no 各: the project is the work
        ("督促各项目落实扬尘治理措施。", []),  # after a verb that is no demand's: what is urged
        ("各项目经理要每日巡查。", [("各项目经理", "企业")]),  # a post, read as before
    ],
)
def test_each_works_project_counted_by_ge_is_an_enterprise(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.xfail(strict=True, reason="需 is no modal of team_modal (需要 is a need): left, r52 one task")
def test_a_project_before_xu() -> None:
    assert found("会议要求各项目需加密现场巡查频次。") == [("各项目", "企业")]


@pytest.mark.xfail(
    strict=True, reason="acts_after reads no manner adverb before the act (提前编制): left, r52 one task"
)
def test_a_project_before_a_manner_adverb() -> None:
    assert found("会议要求各项目提前编制冬季施工方案。") == [("各项目", "企业")]


@pytest.mark.xfail(strict=True, reason="staff heads outside party_subject (班主任, 焊工) are read by no kind: left")
def test_a_teacher_in_charge_of_a_class() -> None:
    assert found("班主任要加强禁毒宣传。") == [("班主任", "其他")]
