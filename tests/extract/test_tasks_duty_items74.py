"""A party's duty with no modal inside a section that hands out duties (issue 13, tasks74; docs/extraction.md):
a numbered item whose whole text is one party's duty, the first of a numbered series of teams as a party, and a
party made the post answering for a work (the first team measured and left out: a strict xfail). Invented sentences; the convention: ANNOTATION.md, Task (a party's
assigned work is a task whether or not a modal says so)."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import party_clause_acts, party_item_in_duty_section

TITLE = "关于开展冬季消防安全专项检查的通知"


def item_verdicts(body: str, doc_type: str = "notice") -> dict[str, bool]:
    """Each numbered item (kind heading) of the document and whether it is a party's duty in a duty section."""
    structure = document_structure(f"{TITLE}\n各科室：\n{body}\n")
    return {s.text: party_item_in_duty_section(s, doc_type) for s in structure.sentences if s.kind == "heading"}


@pytest.mark.parametrize(
    ("item", "section", "expected"),
    [
        # under a heading that hands out duties, an item that is one party's whole duty
        ("（二）法规科负责执法文书审核，5个工作日内出具意见。", "一、职责分工", True),
        ("（一）保卫科牵头组织全院消防设施检查。", "二、主要任务", True),
        ("（一）各车间主任为本车间消防安全第一责任人，安全员具体负责检查记录。", "一、职责分工", True),
        ("（一）各班组长为本班组消防安全直接责任人。", "一、职责分工", True),
        # the item's own words (任务) name no section: its heading above is what counts
        ("（一）后勤班组保持待命，承担运输任务。", "一、工作要求", False),
        ("（一）后勤班组保持待命，承担运输任务。", "一、职责分工", True),
        # under a duty heading, a report, a finding or an item in noun form is no duty
        ("（二）法规科已完成执法文书审核。", "一、职责分工", False),
        ("（二）法规科存在审核不及时问题。", "一、职责分工", False),
        ("（二）文书审核", "一、职责分工", False),
    ],
)
def test_an_item_that_is_a_party_s_duty(item, section, expected):
    assert item_verdicts(f"{section}\n{item}")[item] is expected


def test_an_item_in_a_news_report_is_not_handed_out():
    # only the document types where a duty section holds (task_cues.toml duty_section_doc_types)
    item = "（二）法规科负责执法文书审核，5个工作日内出具意见。"
    assert item_verdicts(f"一、职责分工\n{item}", doc_type="news")[item] is False


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("二中队负责西城街道；", True),
        # a name opening on 一 is a quantity
        ("一些单位负责自查；", False),
        # a party made the post that answers for a work
        ("各厂厂长为本厂特种设备安全第一责任人。", True),
        ("各班组长为本班组消防安全直接责任人；", True),
        # 为 making groups or a period is no post
        ("全镇划分为三个网格。", False),
        ("本次检查为期一个月。", False),
    ],
)
def test_a_party_s_clause(clause, expected):
    assert party_clause_acts(clause) is expected


FIRST_TEAM_LEFT = "measured, left out: with the duty items it takes realstyle_sealed28's task sectors under its floor"


@pytest.mark.xfail(strict=True, reason=FIRST_TEAM_LEFT)
def test_the_first_of_a_numbered_series_of_teams():
    assert party_clause_acts("一中队负责东城街道、工业园区；")


@pytest.mark.xfail(strict=True, reason=FIRST_TEAM_LEFT)
def test_the_teams_of_a_duty_section_are_tasks():
    sources = [
        task.source
        for task in nlp_pipeline.process(
            f"{TITLE}\n各中队：\n一、职责分工\n县消防救援大队负责统筹协调。\n"
            "一中队负责东城街道、工业园区；二中队负责西城街道；三中队负责其余乡镇。\n"
        ).tasks
    ]
    assert "一中队负责东城街道、工业园区；" in sources


@pytest.mark.xfail(strict=True, reason="measured, left: a list of posts opening the clause is read as no party")
def test_a_list_of_posts_made_answerable():
    assert party_clause_acts("各科室主任、护士长为本科室排查第一责任人，安全员具体负责排查记录。")
