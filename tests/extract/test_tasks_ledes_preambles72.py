"""A report's lede, a preamble of purposes and a cut-off fragment (issue 13, tasks72; docs/extraction.md).
A news item's or a meeting report's first body sentence opening on the calendar day of its event reports that event;
the same day later in the report may open a timetable's item and is left to the other cues. A body sentence opening
its paragraph outside any numbered part whose clauses are all purposes (为…，…，确保…。) is a preamble. A cut-off
last line still inside its first clause is judged when it has said who acts or that it directs (a party or a modal
opening it). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.tasks import reports_a_dated_event, states_a_purpose


def task_sources(text: str) -> list[str]:
    return [task.source for task in nlp_pipeline.process(text).tasks]


@pytest.mark.parametrize(
    ("sentence", "lede", "expected"),
    [
        # a calendar day opening the lede dates the event reported
        ("11月4日上午，省督查组一行来我市就燃气安全整治情况开展专项督查。", True, True),
        ("5月12日，县交通运输局召开会议部署汛期道路运输安全工作。", True, True),
        # not in the lede: a timetable's item may open so
        ("11月4日上午，省督查组一行来我市就燃气安全整治情况开展专项督查。", False, False),
        # a future, a request passed on or a limit keeps it work
        ("5月12日，县交通运输局将组织开展汛期道路运输安全检查。", True, False),
        ("5月12日，县交通运输局召开会议，要求各运输企业立即排查隐患。", True, False),
        ("5月12日前，各运输企业完成隐患自查。", True, False),
    ],
)
def test_a_calendar_day_opening_the_lede_reports_its_event(sentence, lede, expected):
    assert reports_a_dated_event(sentence, lede=lede) is expected


NEWS = "县应急局开展汛前检查\n{lede}\n检查组要求，各企业要在6月10日前完成排水设施检修，落实值班值守制度。\n"


def test_a_news_lede_dated_by_its_event_is_no_task():
    lede = "6月2日上午，市应急管理局副局长带队的督查组一行来我县就汛前准备情况进行专项督查。"
    sources = task_sources(NEWS.format(lede=lede))
    assert lede not in sources
    assert any(source.startswith("检查组要求") for source in sources)


def test_a_later_dated_item_of_a_meeting_report_is_judged_as_before():
    text = (
        "全县防汛工作会议召开\n6月2日，全县防汛工作会议在县政府召开。\n会议对下阶段工作作了安排。\n"
        "6月5日，各乡镇组织开展一次山洪灾害转移避险演练，6月10日前上报演练情况。\n"
    )
    assert any(source.startswith("6月5日") for source in task_sources(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every clause a purpose: no main clause directs
        ("为深刻汲取近期火灾事故教训，全面排查整治商业综合体消防隐患，确保人民群众生命财产安全。", True),
        ("为进一步压实企业主体责任，扎实做好辖区隐患排查整治行动。", True),
        # a modal, a party opening a clause or a decision: the main clause is there
        ("为深刻汲取事故教训，各乡镇要立即开展隐患排查。", False),
        ("为深刻汲取事故教训，县应急管理局在全县开展隐患排查。", False),
        ("为深刻汲取事故教训，经县政府研究决定，在全县开展隐患排查整治行动。", False),
        # one clause only, or no 为 opening it
        ("为确保安全。", False),
        ("全面排查整治消防隐患，确保人民群众生命财产安全。", False),
    ],
)
def test_a_sentence_of_purposes_only(sentence, expected):
    assert states_a_purpose(sentence) is expected


def test_a_preamble_of_purposes_is_no_task_and_its_sections_are():
    preamble = "为深刻汲取近期火灾事故教训，全面排查整治商业综合体消防隐患，确保人民群众生命财产安全。"
    text = (
        "关于开展商业综合体消防安全检查的通知\n各乡镇、县直各单位：\n"
        f"{preamble}现将有关事项通知如下。\n"
        "一、检查内容\n各乡镇要于5月20日前完成辖区商业综合体消防设施检查。\n"
    )
    sources = task_sources(text)
    assert preamble not in sources
    assert any(source.startswith("各乡镇要于5月20日前") for source in sources)


def test_a_purpose_led_item_inside_a_numbered_part_is_judged_as_before():
    text = (
        "关于做好汛期安全工作的通知\n各乡镇：\n现就有关事项通知如下。\n"
        "一、加强排查\n为确保汛期安全，全面排查山塘水库隐患，6月10日前完成整改。\n"
    )
    assert any(source.startswith("为确保汛期安全") for source in task_sources(text))


CUT = "关于做好节前安全工作的通知\n各乡镇：\n各乡镇要于9月25日前完成辖区隐患排查。\n{last}"


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # a party opening the fragment, or a modal in it: it has said that it directs
        ("县应急管理局加大对重点企业的督", True),
        ("要切实加强节日期间值", True),
        # neither: the verb may be what the cut took; a modal after another opening is a page's button
        ("对节日期间停产的", False),
        ("我要纠错", False),
    ],
)
def test_a_cut_off_fragment_that_opens_on_its_party_or_holds_a_modal_is_judged(last, expected):
    assert any(last in source for source in task_sources(CUT.format(last=last))) is expected
