"""持续 before a state kept (持续安全稳定, 持续平稳) is a goal's manner, no lasting duty (issue 13, dl114;
docs/extraction.md, "持续 before a state kept is no time; the new sets' deadline disagreements by class"). The strict
xfails are deadline classes counted on the development sets, built, measured and dropped, or left. Texts are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

JULY = dt.date(2026, 7, 6)


def deadline(sentence: str, day: dt.date | None = JULY) -> tuple[str, str | None, str] | None:
    return triple(find_deadline(sentence, day))


@pytest.mark.parametrize(
    "sentence",
    [
        "确保全区交通运输领域持续安全稳定。",
        "推动全市危化品行业安全形势持续平稳。",
    ],
)
def test_a_state_kept_is_no_time(sentence):
    assert deadline(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 持续 before work, and 持续 before 安全 that opens the work's noun, keep their lasting reading
        ("各乡镇要持续开展燃气管道巡查。", ("持续", None, "ongoing")),
        ("各企业要持续安全巡查，发现隐患及时处置。", ("持续", None, "ongoing")),
        # 即日起 after its party, as before
        ("某公司即日起停产整顿。", ("即日起", None, "immediate")),
    ],
)
def test_what_is_left_alone(sentence, expected):
    assert deadline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 即日起 opening its sentence, item, bracket or table cell (measured, dropped: two check sets' kinds fell)
        ("即日起，全厂动火作业一律先审批后作业。", ("即日起", None, "immediate")),
        ("（一）即日起，各车间停止夜间检修作业。", ("即日起", None, "immediate")),
        ("3|某小区电动车楼道充电|清理楼道并设集中充电点|街道办事处|即日起", ("即日起", None, "immediate")),
        # a weather's course before 期间 (measured, dropped: a check set's dates fell)
        ("台风影响期间，各渔港要组织渔船回港避风。", ("台风影响期间", None, "period")),
        ("强风豪雨期间应停止一切高处作业。", ("强风豪雨期间", None, "period")),
        # the span of the work itself is no time on the real pages, a period in the written sets' golds (split)
        ("在塔吊吊运物件期间，必须划定警戒区。", None),
        # a bare 日内 (within the day) in a Macau release
        ("当局责成承建商必须在日内呈交事故调查报告。", ("日内", None, "date")),
    ],
)
@pytest.mark.xfail(strict=True, reason="dl114: counted on the development sets and left (docs/extraction.md)")
def test_classes_counted_and_left(sentence, expected):
    assert deadline(sentence) == expected
