"""Where a page's date stands, in forms the date lines missed (issue 13, meta67): a wire service's stamp run
together before its clock, a dateline whose clock is written in characters, a unit's post on a list of notices
with its read count, a meeting's time field whose label is spaced out to align. Every text here is written
for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.dates import find_dates
from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.meta import line_date


def meta_of(text: str):
    return extract_fields(text).meta


@pytest.mark.parametrize(
    "text, expected",
    [
        ("（某某社讯息服务20250314 09:12:40）县政府今日召开防汛会议", "2025-03-14"),
        ("20250314 09:12", "2025-03-14"),
        # no clock: eight digits are a phone number, a serial or a document's code, never a date
        ("举报电话20250314，随时受理", None),
        ("编号20250314 号", None),
        ("20250314 9", None),
    ],
)
def test_a_compact_stamp_is_a_date_only_before_its_clock(text, expected):
    found = find_dates(text)
    assert (found[0].date.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("113年5月6日9時30分", "2024-05-06"),
        ("2024年5月6日17时", "2024-05-06"),
        ("防灾科 2024-05-06 318", "2024-05-06"),
        ("县消防局 2024-05-06 1200+", "2024-05-06"),
        # a bulleted link's day and count in a list of notices dates no page
        ("• 2024-05-06 318", None),
        # a sentence's deadline is no date line
        ("2024年5月6日17时前完成排查", None),
        ("防灾科 2024-05-06 318家企业", None),
    ],
)
def test_date_lines_with_a_clock_in_characters_or_a_post_count(line, expected):
    found = line_date(line)
    assert (found[0].isoformat() if found else None) == expected


MINUTES = (
    "青石矿业有限公司\n安全生产例会纪要\n\n{label}2025年3月6日（星期四）下午2:30—4:00\n地点：公司三楼会议室\n"
    "主持：王某（总经理）\n\n会议通报了上月隐患整改情况。\n一、各车间要在3月15日前完成提升机检修。\n\n"
    "                青石矿业有限公司安环部\n                2025年3月7日\n"
)


@pytest.mark.parametrize("label", ["时间：", "时　　间：", "会议时间：", "时 间:"])
def test_a_meeting_time_field_with_its_label_spaced_out(label):
    assert meta_of(MINUTES.format(label=label)).date == "2025-03-06"


def test_a_wire_stamp_dates_a_meeting_report():
    text = (
        "县府召开防台整备会议\n\n（某某社讯息服务20250714 16:20:05）因应台风来袭，县政府今（14）日召开防台整备会议，"
        "由县长主持，要求各单位做好防台准备。\n县长要求各乡镇公所于今晚8时前完成低洼地区巡查。\n"
    )
    assert meta_of(text).date == "2025-07-14"


@pytest.mark.parametrize(
    "lede, expected",
    [
        # the meeting looks back on the year before its own
        ("3月20日，县交通运输局召开安全生产大会，回顾总结2024年度全县交通安全生产工作。", "2025-03-20"),
        ("5月6日，某镇召开安全工作会。会议总结回顾了2023年全镇安全生产工作，部署了2024年目标任务。", "2024-05-06"),
        # a year the lede states as its own
        ("3月20日，县交通运输局召开安全生产大会，部署2025年度全县交通安全生产工作。", "2025-03-20"),
        ("3月20日，县交通运输局召开2025年安全生产大会，总结2024年工作。", "2025-03-20"),
    ],
)
def test_a_meeting_that_reviews_a_year_is_held_in_the_year_after(lede, expected):
    assert meta_of(lede + "\n会议要求各单位抓好落实。\n").date == expected
