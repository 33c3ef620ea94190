"""A document's date, type and title by where its lines and clauses stand (issue 13, meta64): a title broken over two
lines whose first half names nobody, the meeting's day read only up to the clause that reports the meeting, and a
two-part headline that names a paper over a lede telling it was issued. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def title_of(text: str) -> str:
    return "".join((extract_fields(text).meta.title or "").split())


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a plan's title broken before its genre phrase: the first half opens with its place and ends in no name
        (
            "青川县危险化学品安全生产\n专项整治三年行动实施方案\n\n一、工作目标\n全面排查危险化学品安全风险。\n",
            "青川县危险化学品安全生产专项整治三年行动实施方案",
        ),
        # a list's title: the first half ends in a bracket, no name's head noun
        (
            "青川镇安全生产委员会成员单位及村（社区）\n安全生产工作职责清单\n\n一、镇应急管理办公室\n"
            "1.承担镇安委会日常工作。\n",
            "青川镇安全生产委员会成员单位及村（社区）安全生产工作职责清单",
        ),
        # negative: an office's name over a genre phrase stays apart (the sets disagree on joining it, meta54)
        (
            "青川县应急管理局\n安全生产专项整治三年行动实施方案\n\n一、工作目标\n全面排查危险化学品安全风险。\n",
            "安全生产专项整治三年行动实施方案",
        ),
        # negative: a school's name over its record's genre phrase stays apart
        (
            "青川镇中心小学\n2025年春季安全工作会议记录\n\n时间：2025年3月2日\n地点：会议室\n",
            "2025年春季安全工作会议记录",
        ),
    ],
)
def test_a_title_broken_over_two_lines(text, title):
    assert title_of(text) == title


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the meeting's day is not stated: a day in the clause after it is what the meeting set
        (
            "青溪县部署汛期渔船安全工作\nnews.example.cn 2024-06-03 18:20:00 来源：青溪新闻网\n"
            "记者从日前召开的全县渔船安全工作会上获悉，6月1日12时起，全县渔船进入禁渔期。会议强调，要落实渔船进港报告制度。\n",
            "2024-06-03",
        ),
        # negative: a day written before the meeting is its day
        (
            "青溪县部署汛期渔船安全工作\nnews.example.cn 2024-06-03 18:20:00 来源：青溪新闻网\n"
            "6月1日，青溪县召开全县渔船安全工作会议，部署禁渔期工作。会议强调，要落实渔船进港报告制度。\n",
            "2024-06-01",
        ),
        # negative: a day beside a later meeting verb of the same sentence (会议于…举行) is still its day
        (
            "青溪县部署汛期渔船安全工作\nnews.example.cn 2024-06-03 18:20:00 来源：青溪新闻网\n"
            "青溪县召开全县渔船安全工作会议，会议于6月1日在县政府举行。会议强调，要落实渔船进港报告制度。\n",
            "2024-06-01",
        ),
    ],
)
def test_the_meeting_day_stands_up_to_its_clause(text, date):
    assert extract_fields(text).meta.date == date


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a two-part headline naming a paper, over a lede that tells it was issued: news about the paper
        (
            "全市三季度消防安全检查情况通报 点名12家单位\n"
            "市消防救援支队近日通报了全市三季度消防安全检查情况。据悉，检查组共检查单位300余家。\n",
            "news",
        ),
        # negative: the paper's own title, its genre word at the end
        (
            "全市三季度消防安全检查情况通报\n各区消防救援大队：\n现将三季度消防安全检查情况通报如下。各大队要在10月底前督促整改。\n",
            "notice",
        ),
        # negative: a two-part headline, but the text is the paper itself, not a report of it
        (
            "全市三季度消防安全检查情况通报 请各单位对照整改\n各区消防救援大队：\n"
            "现将三季度消防安全检查情况通报如下。各大队要在10月底前督促整改。\n",
            "notice",
        ),
    ],
)
def test_a_headline_that_names_a_paper(text, doc_type):
    assert extract_fields(text).meta.doc_type == doc_type
