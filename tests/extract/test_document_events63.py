"""DocumentEvents (issue 19, speed63): a document's events found only when a limit asks, the glosses alone when
only a gloss is asked for. Each limit must be dated as with `event_days`' whole answer. The documents are the
samples', the realstyle set's (written for this project) and a few written here for each kind of event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nlp_pipeline.extract.deadlines import DocumentEvents, dated_by_event, event_days, find_deadline
from nlp_pipeline.record import Deadline

from . import samples

DAY = dt.date(2025, 5, 13)
REALSTYLE = sorted((Path(__file__).parent / "realstyle").glob("*.txt"))
EVENTS = [
    "元旦、春节期间要加强值守，节前开展一次全面检查。",
    "一、排查阶段（5月20日—6月10日）\n二、验收阶段（6月11日—6月30日）\n专项整治期间各单位要每周报送进展。",
    "主汛期（6月15日至8月31日）前各村完成排查，汛期内每日巡查。开学（9月1日）后10日内完成校车检查。",
    "放假时间从10月1日至7日，放假前各单位完成自查。6月6日（周五）前，各村完成第一轮入户，周五前报送。",
    "7月1日至5日，全市有连续降水，强降雨来临前各地转移人员。",
]
LIMITS = [
    Deadline(text, None, kind)
    for text, kind in [
        ("节前", "date"),
        ("汛期前", "date"),
        ("汛期内", "period"),
        ("春节期间", "period"),
        ("专项整治期间", "period"),
        ("开学后10日内", "date"),
        ("放假前", "date"),
        ("强降雨来临前", "date"),
        ("周五前", "date"),
        ("每月", "recurring"),
        ("长期", "ongoing"),
        ("立即", "immediate"),
    ]
]


def documents() -> list[str]:
    texts = [value for name, value in vars(samples).items() if name.isupper() and isinstance(value, str)]
    return texts + EVENTS + [path.read_text(encoding="utf-8") for path in REALSTYLE]


@pytest.mark.parametrize("text", documents())
def test_each_limit_is_dated_as_with_every_event_found(text):
    # the same events with every one found first (their whole pass run up front), so that the answers the
    # events give beyond the mapping (an anchored event's stated day, a campaign's stated span: dl98, dl99)
    # are asked of the same kind of object
    every = DocumentEvents(text, DAY)
    assert dict(every) == event_days(text, DAY)
    found = [find_deadline(line, DAY) for line in text.splitlines()]
    for limit in LIMITS + [deadline for deadline in found if deadline is not None]:
        # a fresh document per limit: a gloss asked first is read without the rest of the pass
        assert dated_by_event(limit, DocumentEvents(text, DAY)) == dated_by_event(limit, every)


def test_the_written_documents_date_their_events():
    """The documents above exercise each kind of event: a limit each dates through the lazy events."""
    dated = {
        limit.text
        for text in EVENTS
        for limit in LIMITS
        if dated_by_event(limit, DocumentEvents(text, DAY)).date is not None
    }
    assert {"节前", "汛期前", "汛期内", "专项整治期间", "开学后10日内", "放假前", "强降雨来临前", "周五前"} <= dated
