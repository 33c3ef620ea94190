"""A report of a meeting by the grammar of its lede, and a document's date never taken from a day its text talks
about (issue 13, meta68): a meeting held (举办) as well as convened, and a meeting named by any noun ending in 会 that
is the subject of 召开/举行 (the meeting as the subject of its acts, 会议通报了…, stays meta50's strict xfail in
test_meta_structure50.py); the opening's first full date passed over where it bounds a period or a condition or is
the day a sentence describes. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.meta import first_full_date, reports_a_meeting


def meta_of(text: str):
    return extract_fields(text).meta


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # held: 举办 takes a meeting of the listed kinds as 召开 and 举行 do
        ("县劳工局今日于局会议室举办建筑业主管座谈会，邀请各营造厂商代表与会。", True),
        # any noun ending in 会 as the subject of 召开/举行, right after it or after where it was held
        ("5月6日，县安全生产委员会第二季度工作会召开。", True),
        ("全县燃气安全季度会在县政府三楼召开，各成员单位参加。", True),
        # a time phrase (召开期间, 召开前), a body named by 会 (委员会, 协会), a quoted 会 and a cited meeting are none
        ("确保“两会”召开期间全县安全形势平稳。", False),
        ("听证会召开前各部门要会同属地做好准备。", False),
        ("县建筑业协会举行年度表彰活动。", False),
        ("县消防救援大队举办消防知识培训班。", False),
        ("按照市政府召开的防汛工作会议要求，县应急局部署排查。", False),
    ],
)
def test_a_paragraph_reports_a_meeting_by_its_grammar(paragraph, expected):
    assert reports_a_meeting(paragraph) is expected


def test_a_lede_whose_meeting_is_the_subject_of_convened_types_a_meeting_report():
    text = (
        "县危化品安全委员会二季度工作会召开\n\n"
        "6月12日，县危化品安全委员会二季度工作会召开。县应急局局长主持。\n"
        "会议强调，各成员单位要严格落实危化品全链条监管责任。\n"
    )
    assert meta_of(text).doc_type == "meeting_report"


def test_a_lede_reporting_an_inspection_stays_news():
    text = (
        "县应急局检查城区加油站\n\n"
        "6月12日，县应急局对城区8家加油站开展安全检查，督促企业限期整改发现的隐患。\n"
        "检查组要求各加油站严格落实安全生产主体责任。\n"
    )
    assert meta_of(text).doc_type == "news"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a period's first day, a condition's bound, a day a sentence describes: no date of the document
        (["根据省里安排，休渔时间从2025年5月1日12时起至8月16日12时止。"], None),
        (["于1990年3月1日或之前建成的综合用途楼宇，必须提升防火设施。"], None),
        (["2024年11月9日是全国第33个消防安全日，县消防大队开展宣传活动。"], None),
        (["本办法自2025年7月1日起施行。"], None),
        # a deadline's day is passed over as before, and the date after it still dates the document
        (["各单位须于2025年5月31日前完成排查，2025年5月6日县政府召开会议部署。"], "2025-05-06"),
        # a day the text writes on or reports
        (["2025年5月6日，县政府召开防汛工作会议。"], "2025-05-06"),
        (["县政府于2025年5月6日印发本通知。"], "2025-05-06"),
    ],
)
def test_the_first_full_date_is_not_a_day_the_text_talks_about(paragraphs, expected):
    assert first_full_date(paragraphs) == expected
