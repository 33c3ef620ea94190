"""A heading that is a time frame times its items (issue 13, dl77; docs/extraction.md, "A heading that is a time frame
times the items under it"). `一、停工前（1月20日18时前）完成的工作` or `二、停工期间` says when, its items what: an item
that states no time of its own is done within it, and an undated span heading takes its day from the document's
definition of the holiday (`春节放假停工时间为1月21日（腊月廿二）至1月29日`). A heading naming work, an item's own
time and a heading's time with words after it hand nothing on. Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp_pipeline
from nlp_pipeline.extract.deadlines import glossed_events
from nlp_pipeline.extract.tasks import cues

HEADER = "某某机械有限公司关于春节停工安全工作的通知\n各车间、各部门：\n"
FOOTER = "\n安全管理部\n2025年1月10日\n"
DEFINITION = "2025年春节放假停工时间为1月21日（腊月廿二）至1月29日（正月初二），1月30日起复工。\n"


def deadlines(body: str) -> list[tuple[str | None, str | None]]:
    record = nlp_pipeline.extract(HEADER + body + FOOTER)
    return [(task.deadline.text, task.deadline.date) if task.deadline else (None, None) for task in record.tasks]


ITEMS = "1.机加车间：切断车间总电源并挂牌。\n2.仓储部：清点危险化学品库存并加锁封存。\n"


@pytest.mark.parametrize(
    "heading, expected",
    [
        # a stated limit in the frame's brackets, the work done by it
        ("一、停工前（1月20日18时前）完成的工作", [("1月20日18时前", "2025-01-20")] * 2),
        ("一、节前（1月20日前）应完成的事项", [("1月20日前", "2025-01-20")] * 2),
        # a bare span: the holiday the document defines by its dates, which a lunar day in brackets leaves a definition
        ("一、放假期间", [("放假期间", "2025-01-29")] * 2),
    ],
)
def test_frame_heading_times_its_items(heading, expected):
    assert deadlines(DEFINITION + heading + "\n" + ITEMS)[-2:] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an item's own time keeps to it
        (
            "一、停工前（1月20日18时前）完成的工作\n1.机加车间：切断车间总电源并挂牌。\n"
            "2.仓储部：每日清点危险化学品库存。\n",
            [("1月20日18时前", "2025-01-20"), ("每日", None)],
        ),
        # a heading naming work is no frame
        ("一、节后复工\n" + ITEMS, [(None, None)] * 2),
        # words after the time make it a topic, not a frame
        ("一、放假期间安全要求\n" + ITEMS, [(None, None)] * 2),
    ],
)
def test_no_frame_hands_nothing(body, expected):
    assert deadlines(DEFINITION + body)[-2:] == expected


@pytest.mark.parametrize(
    "words, frame",
    [
        ("停工前（1月20日18时前）完成的工作", True),
        ("放假期间", True),
        ("汛期前应完成的任务", True),
        ("节后复工", False),
        ("开展汛前检查", False),
        ("放假期间安全要求", False),
        ("停工前完成清理", False),
    ],
)
def test_frame_heading_pattern(words, frame):
    assert bool(cues().time_frame_heading.match(words)) is frame


@pytest.mark.parametrize(
    "sentence, last",
    [
        ("，春节放假停工时间为1月21日（腊月廿二）至1月29日，", dt.date(2025, 1, 29)),
        ("，国庆放假时间为10月1日（星期三）至10月8日，", dt.date(2025, 10, 8)),
        ("，假期为10月1日至8日，", dt.date(2025, 10, 8)),
    ],
)
def test_a_definition_with_a_bracketed_day(sentence, last):
    found = glossed_events(sentence, dt.date(2025, 1, 10))
    assert last in found.values()
