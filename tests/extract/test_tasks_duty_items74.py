"""A party's duty with no modal inside a section that hands out duties (issue 13, tasks74; docs/extraction.md):
a numbered item whose whole text is one party's duty, the first of a numbered series of teams as a party, and a
party made the post answering for a work. Measured and left out (they lift the read sets' tasks, the new rows
carry no sector where the gold gives the document's theme): the positives stand as strict xfails, the negatives
guard what any later reading must keep out. Invented sentences; the convention: ANNOTATION.md, Task."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import is_task, party_clause_acts

TITLE = "关于开展冬季消防安全专项检查的通知"
LEFT_OUT = "measured, left out: the found rows name no sector where the gold gives the theme (sealed28's floor)"


def item_is_task(section: str, item: str, doc_type: str = "notice") -> bool:
    structure = document_structure(f"{TITLE}\n各科室：\n{section}\n{item}\n")
    return next(is_task(s, doc_type) for s in structure.sentences if s.kind == "heading" and s.text == item)


@pytest.mark.parametrize(
    ("item", "section"),
    [
        ("（一）各车间主任为本车间消防安全第一责任人，安全员具体负责检查记录。", "一、职责分工"),
        ("（一）各班组长为本班组消防安全直接责任人。", "一、职责分工"),
    ],
)
@pytest.mark.xfail(strict=True, reason=LEFT_OUT)
def test_an_item_making_a_party_a_work_s_post(item, section):
    assert item_is_task(section, item)


@pytest.mark.parametrize(
    ("item", "section"),
    [
        # under a duty heading, a report, a finding or an item in noun form is no duty
        ("（二）法规科已完成执法文书审核。", "一、职责分工"),
        ("（二）法规科存在审核不及时问题。", "一、职责分工"),
        ("（二）文书审核", "一、职责分工"),
    ],
)
def test_an_item_that_reports_under_a_duty_heading(item, section):
    assert not item_is_task(section, item)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("二中队负责西城街道；", True),
        # a name opening on 一 is a quantity
        ("一些单位负责自查；", False),
        # 为 making groups or a period is no post
        ("全镇划分为三个网格。", False),
        ("本次检查为期一个月。", False),
    ],
)
def test_a_party_s_clause(clause, expected):
    assert party_clause_acts(clause) is expected


@pytest.mark.parametrize(
    "clause",
    [
        "一中队负责东城街道、工业园区；",  # the first of a numbered series of teams
        "各厂厂长为本厂特种设备安全第一责任人。",  # a party made the post answering for a work
    ],
)
@pytest.mark.xfail(strict=True, reason=LEFT_OUT)
def test_a_party_s_clause_left_out(clause):
    assert party_clause_acts(clause)
