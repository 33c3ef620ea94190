"""A news page whose year stands in its running text, not in its first lines (issue 13, meta86). A page opening with
its menu and headline (我的位置：首页>文章详情) leaves the lede's own paragraphs out of the first three; the year one
of them states (2026年春节假期是…) dates the lede's day. Near misses stay as they were; the classes measured and left
are strict xfails. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text


def meta_of(text: str):
    return process_raw(raw_from_text(text), doc_id="m86").meta


MENU = "我的位置：首页>文章详情\n\n"
HEADLINE = "交通部门：加强春运安全监管，避免旅客滞留\n\n"
LEDE = "2月3日，省交通运输厅办公室发布《关于做好春运期间道路运输安全工作的通知》。《通知》提到，各地要加强客运站安全检查。\n\n"
CLOSE = "《通知》要求，各地交通运输部门要加强对客运企业的监督检查，及时消除隐患。\n"


@pytest.mark.parametrize(
    "text, day",
    [
        # the year in the lede's second paragraph, under a menu line and a headline
        (
            MENU + HEADLINE + LEDE + "《通知》称，2026年春节假期客流集中，安全压力较大。\n\n" + CLOSE,
            "2026-02-03",
        ),
        # the same page without its menu: the year was within the first three paragraphs already
        (HEADLINE + LEDE + "《通知》称，2026年春节假期客流集中，安全压力较大。\n\n" + CLOSE, "2026-02-03"),
    ],
)
def test_a_lede_dated_by_the_year_its_running_text_states(text: str, day: str) -> None:
    assert meta_of(text).date == day


@pytest.mark.parametrize(
    "text",
    [
        # no year anywhere in the text: the page's day stays unknown (the year only in its address)
        MENU + HEADLINE + LEDE + "《通知》称，春节假期客流集中，安全压力较大。\n\n" + CLOSE,
        # a year looked back on is no year of the page's own (回顾总结2025年…) without a day to date
        MENU + HEADLINE + "省交通运输厅办公室发布通知，回顾总结2025年春运工作。\n\n" + CLOSE,
    ],
)
def test_no_year_no_day(text: str) -> None:
    assert meta_of(text).date is None


@pytest.mark.xfail(
    strict=True, reason="a year only in a campaign's name without 年 (专项整治2026行动): not read as the year"
)
def test_campaign_year_without_nian() -> None:
    text = (
        "本报讯（记者王明）3月5日，我市召开安全生产工作会议，部署重大事故隐患专项排查整治2026行动。\n\n"
        "会议要求，各县区要压实责任，加强督导检查。\n"
    )
    assert meta_of(text).date == "2026-03-05"


@pytest.mark.xfail(
    strict=True, reason="a document number in corner brackets (「2026」12号) of a traditional page: not read"
)
def test_corner_bracket_document_number_year() -> None:
    text = (
        "6月16日上午，某乡在集镇开展安全生产宣传咨询日活动。\n\n"
        "同日上午，乡政府召开会议，传达学习县安委办《关于做好当前安全生产工作的通知》（某安办字「2026」12号）文件精神。\n\n"
        "会议要求，各单位要压实责任。\n"
    )
    assert meta_of(text).date == "2026-06-16"
