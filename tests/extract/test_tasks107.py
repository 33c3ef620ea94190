"""An event's end after 在/于 times the act (在行动结束后公布…), and a day after 至 closed by 止 with no first day is a
span (接受申请至12月31日止) (issue 13, tasks107; docs/extraction.md). The read golds of realstyle_sealed32–37 and r41–r52
take every 在…结束后 that times an act as its limit (2 of 2, kind date, date null) and both bare 至…止 as periods; an
undated X结束后 without 在 is split (1 limit, 2 background or second acts) and stays unread. Reading a named party's
announced act by the tagger's verb (会继续密切监察…) found true tasks and no false one, but lowered a score-only set's
task sectors: measured and dropped again, strict xfails here. Every text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.tasks import find_deadline, sentence_is_task

DOC_DATE = dt.date(2025, 6, 1)

EVENT_END_LIMITS = [
    ("港务处会在巡查结束后公布检查结果。", "巡查结束后"),
    ("县应急局将于专项检查结束后通报各企业整改情况。", "专项检查结束后"),
    ("各校要在疏散演练结束后组织讲评。", "疏散演练结束后"),
]

NO_EVENT_END_LIMIT = [
    "安全科对各班组进行跟踪检查，活动结束后评选先进班组。",  # no 在: a second act's background, unread
    "检查结束后，消防大队监督人员要求各商户整改。",  # a report's background clause
    "在检查结束后发现三处隐患。",  # past work told after the event
]

SPANS_TO_A_DAY = ["各车间继续执行错峰作业安排，至9月20日止。", "该计划接受申请至本年十一月三十日止。"]


@pytest.mark.parametrize(("text", "words"), EVENT_END_LIMITS)
def test_an_events_end_after_zai_times_the_act(text: str, words: str) -> None:
    deadline = find_deadline(text, DOC_DATE)
    assert deadline is not None and deadline.text == words
    assert deadline.kind == "date" and deadline.date is None


@pytest.mark.parametrize("text", NO_EVENT_END_LIMIT)
def test_an_events_end_without_zai_or_before_past_work_is_no_limit(text: str) -> None:
    assert find_deadline(text, DOC_DATE) is None


def test_a_count_after_an_events_end_stays_a_count() -> None:
    deadline = find_deadline("各单位要在约谈结束后10日内报送整改方案。", DOC_DATE)
    assert deadline is not None and deadline.text == "约谈结束后10日内"


@pytest.mark.parametrize("text", SPANS_TO_A_DAY)
def test_a_day_closed_by_zhi_with_no_first_day_is_a_span(text: str) -> None:
    deadline = find_deadline(text, DOC_DATE)
    assert deadline is not None and deadline.kind == "period"


@pytest.mark.parametrize("text", ["各单位于9月30日前完成自查。", "排查工作到9月底结束。"])
def test_a_limit_to_finish_by_stays_a_date(text: str) -> None:
    deadline = find_deadline(text, DOC_DATE)
    assert deadline is not None and deadline.kind == "date"


@pytest.mark.xfail(strict=True, reason="measured and dropped (tasks107): realstyle_sealed9 task sectors 0.810 → 0.807")
@pytest.mark.parametrize("text", ["港务处会继续密切监察货柜码头的作业安全。"])
def test_an_announced_act_whose_verb_the_lexicon_lacks_is_a_task(text: str) -> None:
    assert sentence_is_task(text, "news")


@pytest.mark.parametrize("text", ["本次安全周将于5月8日正式启动。", "港务处会高度重视此事。"])
def test_an_events_start_or_a_stance_is_no_task(text: str) -> None:
    assert not sentence_is_task(text, "news")
