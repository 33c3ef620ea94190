"""find_deadline / deadline_for_task: this week, this year, the year's middle, counts after a meeting,
working days, events without a day, terms, the document's own day, and the pairs of a `期限：` line
(analysis7 group 9). Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.dates import YearOnly
from nlp_pipeline.extract.deadlines import dated_by_event, deadline_for_task, event_days, find_deadline

from .deadline_cases import triple

TUESDAY = dt.date(2025, 5, 13)


def found(sentence: str, doc_date: dt.date | None = TUESDAY, plan_year: int | None = None) -> tuple | None:
    return triple(find_deadline(sentence, doc_date, plan_year))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # this week: its Sunday; a bracketed day is the day
        ("由仓库主管牵头，本周内完成货架复查。", ("本周内", "2025-05-18", "date")),
        ("持证人员证件核对本周内（5月16日前）完成。", ("本周内（5月16日前）", "2025-05-16", "date")),
        # this year opening a directive; the year's middle opening a clause
        ("今年力争每个村配备2名兼职安全员。", ("今年", "2025-12-31", "date")),
        ("今年县里将把安全生产纳入综合考核。", ("今年", "2025-12-31", "date")),
        ("年中，区政府将听取一次整改情况汇报。", ("年中", "2025-06-30", "date")),
        # counted from the meeting (the document's day) and from the document over working days
        ("会后一周内，各街道要把落实措施报区安委办。", ("会后一周内", "2025-05-20", "date")),
        ("维修班组3个工作日内完成线路更换。", ("3个工作日内", "2025-05-16", "date")),
        ("各校要在5个工作日内报送自查表。", ("5个工作日内", "2025-05-20", "date")),  # over the weekend
        # events whose day is local: kind date, no day
        ("两个储罐项目试生产前，区应急局要组织安全条件核查。", ("试生产前", None, "date")),
        ("汛后复工复产前，要对设备逐台检查确认。", ("汛后复工复产前", None, "date")),
        ("承建商须于工程展开前完成棚架检验。", ("工程展开前", None, "date")),
        ("各科室要认真开展节前安全自查。", ("节前", None, "date")),
        # terms, seasons: spans without a day; each term, each week: frequencies
        ("开学初，各学校要专题研判安全形势。", ("开学初", None, "period")),
        ("各校要在开学第一周组织一次全面排查。", ("开学第一周", None, "period")),
        ("要突出抓好今冬明春火灾防控。", ("今冬明春", None, "period")),
        ("每学期开学前对校车开展一次安全检测。", ("每学期开学前", None, "recurring")),
        ("吊船每星期由合资格人员检查一次。", ("每星期", None, "recurring")),
        # the document's own day beats urgency in the same task
        ("属于需立即整改事项的，请于今日下班前电话反馈。", ("今日下班前", "2025-05-13", "date")),
        ("立即卸货并封闭货位，当日完成。", ("当日", "2025-05-13", "date")),
    ],
)
def test_event_and_calendar_words(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "今年以来，全区共排查隐患320处。",  # a report, not a limit
        "今年的重点工作，区应急局已经作了安排。",
        "全年中事故最多的是第三季度。",
        "例会后，区政府督查室要跟踪落实。",  # another gathering's 会 (a bare 会后 starts the work: test_dl87.py)
        "一年中事故多发在夏季。",
        "开学初的安全形势总体平稳。",  # a noun's time
        "请于每日施工前组织班前喊话。",  # every day, not one event
        "在调节前应先断电。",  # 节 of another word
    ],
)
def test_words_that_set_no_limit(sentence):
    deadline = find_deadline(sentence, TUESDAY)
    assert deadline is None or deadline.text not in ("今年", "年中", "会后", "开学初", "每日施工前", "节前")


def test_after_another_event_working_days_have_no_day():
    # the event's word stays in the limit (dl93), so that an event the document dates would date it
    assert found("整改期限届满后3个工作日内报送整改报告。") == ("届满后3个工作日内", None, "date")


@pytest.mark.parametrize(
    "doc_date, plan_year, expected",
    [
        # a speech at the 2025 work meeting with no day: the festival of that year, never the next one
        (YearOnly(2025, 1, 1), 2025, "2025-04-30"),
        (None, 2025, "2025-04-30"),
        # a document that knows its day: the next one to come
        (dt.date(2025, 6, 1), None, "2026-04-30"),
    ],
)
def test_a_festival_stays_in_the_year_the_title_names(doc_date, plan_year, expected):
    assert find_deadline("交警大队要在“五一”前完成临水临崖路段排查。", doc_date, plan_year).date == expected


LINE = "围栏加固当日完成；喷淋检修不晚于5月20日"


@pytest.mark.parametrize(
    "task, expected",
    [
        ("东侧围栏立即加固，设置警示隔离；", ("围栏加固当日完成", "2025-05-13")),
        ("两处喷淋头由设备组联系厂家检修，检修前停止动火作业。", ("喷淋检修不晚于5月20日", "2025-05-20")),
        ("设置警示标志。", ("围栏加固当日完成", "2025-05-13")),  # shares nothing: the first pair
    ],
)
def test_a_deadline_line_of_pairs_gives_each_task_its_pair(task, expected):
    deadline = deadline_for_task(LINE, task, TUESDAY)
    assert (deadline.text, deadline.date) == expected


def test_pairs_split_at_a_comma_and_ignore_pieces_without_time():
    line = "停岗立即执行；证件核对本周内（5月16日前）完成，名单报安全环保部"
    deadline = deadline_for_task(line, "仓储部对全部持证人员证件有效期做一次核对。", TUESDAY)
    assert (deadline.date, deadline.kind) == ("2025-05-16", "date")
    assert deadline_for_task(line, "即日起停止其叉车作业，安排复审；", TUESDAY).kind == "immediate"


@pytest.mark.parametrize(
    "line",
    [
        "5月20日前",  # one time: the whole line
        "4月20日至6月20日，6月30日前",  # times without task words are no pairs
    ],
)
def test_a_line_without_pairs_is_one_deadline(line):
    deadline = deadline_for_task(line, "三处立柱由设备组联系厂家更换。", TUESDAY)
    assert deadline.text == line


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a frequency beats a same-day limit of a condition
        ("物业企业要开展每日巡查，发现堆物占道的当日清理。", ("每日", None, "recurring")),
        # the festival's time of an inspection ranks after urgency, and times it alone
        ("立即开展节前安全检查。", ("立即", None, "immediate")),
        ("各部门要认真开展节前安全生产自查自纠工作。", ("节前", None, "date")),
        # 今冬明春 as the time of work done, not of a topic put in a place
        ("要把今冬明春安全防范工作摆在突出位置。", None),
        # 在每日营业前 keeps its old reading; 于每日施工前 is a frequency
        ("请于每日施工前组织班前喊话。", ("每日", None, "recurring")),
    ],
)
def test_rankings_against_frequencies_and_urgency(sentence, expected):
    assert found(sentence) == expected


def test_a_deadline_line_of_one_task_word_is_no_pair_line():
    # 持续开展 names no task (开展): the line is one deadline
    line = "持续开展，春节前至少集中行动一次"
    assert deadline_for_task(line, "各企业要落实实名制销售。", dt.date(2024, 1, 15)).text == line


@pytest.mark.parametrize(
    "named, doc_date, expected",
    [
        ("元旦、春节期间", dt.date(2025, 1, 8), "2025-01-28"),  # 春节 2025-01-29 comes before the next 元旦
        # a short name (国庆, 中秋) is a festival's name as the timing patterns read it
        ("国庆期间", dt.date(2025, 9, 10), "2025-09-30"),
        ("中秋、国庆“双节”期间", dt.date(2024, 9, 3), "2024-09-16"),  # 中秋 2024-09-17
    ],
)
def test_a_bare_festival_limit_is_before_the_next_festival_the_document_names(named, doc_date, expected):
    task = "各场所要加强管理，节前开展一次全面检查。"
    events = event_days(f"为做好{named}安全生产工作，现通知如下。{task}", doc_date)
    assert dated_by_event(find_deadline(task, doc_date), events).date == expected


def test_a_named_festival_limit_keeps_its_own_day():
    events = event_days("做好元旦、春节期间安全生产工作。", dt.date(2025, 1, 8))
    deadline = find_deadline("清明节前完成一轮检查。", dt.date(2025, 1, 8))
    assert dated_by_event(deadline, events).date == "2025-04-03"
