"""Deadline readings of issue 13 (dl90; docs/extraction.md, "长期 only as a word of its own before no noun; 前 of a
verb of going is no limit; every deadline failure of r45 and r46 classed"). 长期 times a lasting duty only where the
tagger cuts it as a word of its own that no noun follows; a day before 前往/前去 dates the going. The strict xfails
are classes the read gold splits, measured and left. Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

FEBRUARY = dt.date(2025, 2, 28)


def deadline(sentence: str) -> tuple[str, str | None, str] | None:
    return triple(find_deadline(sentence, FEBRUARY))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 长期 timing the duty: before a verb, or standing alone
        ("各乡镇要长期坚持森林防火巡查制度。", ("长期", None, "ongoing")),
        ("巡查台账长期保存备查。", ("长期", None, "ongoing")),
        # near misses: inside a longer word, before a noun it classes
        ("督促供热企业严格履行燃料供应中长期协议，确保冬季供暖。", None),
        ("研究在长期气温变化影响下可能出现的地质灾害风险。", None),
        # a day before a verb of going dates the going; the day's own 前 stays a limit
        ("局长5日前往化工园区检查，要求企业限期整改。", ("限期整改", None, "date")),
        ("副市长8日前去工地督导。", None),
        ("各企业于15日前报送自查报告。", ("15日前", "2025-03-15", "date")),
    ],
)
def test_lasting_word_and_going(sentence, expected):
    assert deadline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 及时 after an opening span that only qualifies the events (r45; dl87's split 及时)
        pytest.param(
            "节日期间举办的灯会，要加强对场地设施的检查，及时消除隐患。",
            ("及时", None, "immediate"),
            marks=pytest.mark.xfail(strict=True, reason="及时 split across the read gold (dl87)"),
        ),
        # a span the task only names inside its object (r45 takes it in two documents, leaves it in two)
        pytest.param(
            "要加强对节日期间返乡人员的引导。",
            ("节日期间", None, "period"),
            marks=pytest.mark.xfail(strict=True, reason="a span inside the object: split within r45"),
        ),
    ],
)
def test_split_classes_left(sentence, expected):
    assert deadline(sentence) == expected
