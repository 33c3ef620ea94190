"""A date line's tail read in one pass over its spaces (issue 19, speed58).

meta.toml `date_line_after` had a \\s* before each of its dozen optional parts: on a tail that fails after a long
run of spaces (a signature's date, sixteen ideographic spaces, then （共3页）) the engine tried every way of sharing
the run between them, 35 s for one line. Each part now takes the spaces after it. The rewrite accepts the same
tails: cases with runs of spaces between, before and after the parts, and the tails it must refuse."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import _cues, line_date

WIDE = "　" * 16


@pytest.mark.parametrize(
    "tail",
    [
        "",
        WIDE,
        WIDE + "印发",
        "  08:57  ·  某县融媒  ",
        "  （星期三）   上午  8:30 — 10:15  ",
        "   香港时间18时05分   HKT   ",
        "  第3版  要闻  ",
        "，县会议中心二楼   ）  ",
        WIDE + "来源：县应急管理局" + WIDE,
        "   今日导读 | 本报新闻 | 往期回顾   |",
        " 第1版,X ）a | b | c",  # the page's text may end in the space the menu needs before it
        "  |",
        "\n",
    ],
)
def test_tails_a_date_line_may_have(tail):
    assert _cues()["date_line_after"].match(tail)


@pytest.mark.parametrize(
    "tail",
    [
        WIDE + "（共3页）",
        WIDE + "各乡镇要在月底前完成排查",
        " " * 40 + "第",
        "，a ）x | y | z",  # the bracketed place's two characters end in the space, so no space is left for the menu
        "今日导读 | 本报新闻 | 往期回顾",  # a menu needs a space before it
        "  ·  各乡镇要在月底前完成排查",
    ],
)
def test_tails_no_date_line_has(tail):
    assert not _cues()["date_line_after"].match(tail)


def test_a_signature_date_with_a_page_count_after_its_spaces_is_no_date_line():
    assert line_date("2025年8月22日" + WIDE + "（共3页）") is None
    found = line_date("县应急管理局" + WIDE + "2025年8月22日" + WIDE)
    assert found is not None and found[0].isoformat() == "2025-08-22"
