"""A document's date in two more written forms (issue 13, meta69): 元月, the first month, in a full date (a signature's
2014年元月4日), and a WeChat post's stamp line that ends in the province the post was sent from (政务 2025-01-10 16:39
浙江). Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.dates import find_dates
from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.meta import line_date


@pytest.mark.parametrize(
    "text, expected",
    [
        # 元月 between a year and a day: the first month, in Arabic or Chinese numerals
        ("城关中学 2019年元月8日", [dt.date(2019, 1, 8)]),
        ("二〇一九年元月十二日", [dt.date(2019, 1, 12)]),
        ("2019年元月8日至20日开展检查", [dt.date(2019, 1, 8)]),
        # 元 alone is no month (元旦, 元宵); a month and day without a year is no full date
        ("确保2019年元旦春节期间安全", []),
        ("2019年元宵节前完成", []),
        ("元月8日前完成自查", []),
    ],
)
def test_the_first_month_named_yuan_in_a_full_date(text, expected):
    assert [found.date for found in find_dates(text)] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # an account's (or a channel's) name, the day and minute, the province the post was sent from
        ("政务   2025-01-10 16:39   浙江", dt.date(2025, 1, 10)),
        ("某县应急 2026年3月2日 09:15 四川", dt.date(2026, 3, 2)),
        ("某某发布 2024-11-05 20:01 内蒙古", dt.date(2024, 11, 5)),
        # a province that opens a sentence, or a place that is no province, does not close the line
        ("2025-01-10 16:39 浙江各地要完成排查", None),
        ("某县应急 2025-01-10 16:39 浙江省应急管理厅召开会议", None),
        ("某县应急 2025-01-10 16:39 城关镇", None),
    ],
)
def test_a_wechat_stamp_ends_in_its_province(line, expected):
    found = line_date(line)
    assert (found[0] if found else None) == expected


def test_a_headline_over_a_wechat_stamp_dates_the_post():
    text = (
        "区防汛办发布重要提示！\n"
        "政务   2025-06-20 17:02   浙江\n"
        "受强降雨影响，各地各部门要提前做好人员转移准备，加强巡查值守。\n"
    )
    assert extract_fields(text).meta.date == "2025-06-20"


def test_a_signature_dated_in_the_first_month_dates_the_notice():
    text = (
        "为做好寒假期间校园安全工作，现提出如下要求：\n"
        "一、各班主任放假前要召开一次安全教育班会。\n"
        "二、总务处要在放假前完成校舍安全检查。\n"
        "城关中学\n"
        "2019年元月8日\n"
    )
    assert extract_fields(text).meta.date == "2019-01-08"
