"""Deadlines and metadata by grammar and head noun (issue 13, dl29): the term a launched work is given
(`开展为期3个月的专项整治`) is a span, which an item's own time line still outranks; a report whose head noun is
报告 is `other`. Strict xfails: an assignment slip's `1）` items and its type and day. Every text here is written
for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

AUGUST = dt.date(2025, 8, 11)


def found(sentence: str, doc_date: dt.date | None = AUGUST) -> tuple | None:
    return triple(find_deadline(sentence, doc_date))


# --- the term a launched work is given ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("县水务局要在全县水库开展为期3个月的汛后安全鉴定，充实技术力量。", ("为期3个月", None, "period")),
        ("各街道组织为期两周的出租屋消防巡查。", ("为期两周", None, "period")),
        ("市燃气集团要对老旧小区实施为期半年的管网改造，每月通报一次进度。", ("为期半年", None, "period")),
        # a stated limit still beats a span; urgency ranks after one, as 节日期间 outranks 立即
        ("各乡镇开展为期10天的防溺水宣传，9月5日前报送总结。", ("9月5日前", "2025-09-05", "date")),
        # negatives: a term no launching verb governs (the training that ends, 经过…的整改) is background; 为期不远
        # names no term. After a dated start the term counts from it and ends its count later (dl81)
        ("为期一周的培训结束后，各学员要每日报送考核情况。", ("每日", None, "recurring")),
        ("经过为期两周的集中整改，各企业要每日自查。", ("每日", None, "recurring")),
        ("目标的实现为期不远，各单位要每周调度一次。", ("每周", None, "recurring")),
        ("自9月1日起，在全区开展为期两个月的电动车整治。", ("为期两个月", "2025-10-31", "period")),
    ],
)
def test_a_term_of_launched_work_is_a_span(sentence, expected):
    assert found(sentence) == expected


# --- found, not adopted (docs/extraction.md, dl29) ----------------------------------------------------------

SLIP = (
    "青河县安全生产委员会办公室\n安全生产工作任务交办单\n"
    "编号：青安委办交〔2025〕9号          交办日期：2025-08-11\n"
    "交办对象：县应急管理局、县交通运输局\n"
    "事项背景：\n8月3日，邻县一处加油站发生火灾事故。现将有关工作任务交办如下：\n"
    "1）开展加油站专项检查。对全县加油站的防雷设施和油气回收装置开展专项检查，严禁边检查边营业。\n"
    "牵头单位：县应急管理局\n完成时限：8月31日前\n"
    "2）整治危险货物运输。对全县危险货物运输车辆开展一次全面排查。\n"
    "牵头单位：县交通运输局\n完成时限：9月15日前\n"
)


def test_an_assignment_slips_items_take_their_time_lines():
    # 1） numbers items at a line's start (tasks29), so each item's 完成时限 line reaches its tasks
    record = extract_fields(SLIP)
    deadlines = {task.source[:8]: task.deadline and task.deadline.text for task in record.tasks}
    assert deadlines["对全县危险货物运"] == "9月15日前"


def test_an_assignment_slip_is_a_notice_dated_by_its_handing_day():
    # adopted in meta32 (docs/extraction.md): typing the slip a notice no longer moves any set's units
    meta = extract_fields(SLIP).meta
    assert (meta.doc_type, meta.date) == ("notice", "2025-08-11")


@pytest.mark.parametrize(
    "title, doc_type",
    [
        ("青河县“7·20”仓库火灾一般事故调查报告（节选）", "other"),
        ("关于全县燃气管网安全运行情况的报告", "other"),
        # negatives: a cover letter that prints a report's measures is a notice; a meeting that hears one, a report
        ("关于落实事故调查报告整改措施的通知", "notice"),
        ("县安委会召开全体会议听取事故调查报告", "meeting_report"),
    ],
)
def test_a_report_by_its_head_noun(title, doc_type):
    text = f"{title}\n各乡镇、各部门要认真落实整改措施，9月底前完成隐患复查。\n"
    assert extract_fields(text).meta.doc_type == doc_type


def test_an_items_time_line_outranks_a_term():
    text = (
        "青河县燃气安全整治方案\n三、重点任务\n（一）开展管网排查。各镇要开展为期两个月的老旧管网排查。\n"
        "完成时限：10月31日前\n"
    )
    timed = {task.source[:6]: task.deadline and task.deadline.text for task in extract_fields(text).tasks}
    assert timed["各镇要开展为"] == "10月31日前"


@pytest.mark.parametrize(
    "title, doc_type",
    [
        # the bar of the cell a page's headline was copied from: the genre word before it types the page
        ("市应急管理局2025年端午假期安全提示 |", "notice"),
        ("关于做好夏季防溺水工作的通知｜", "notice"),
        # negative: a bar inside a label line (公告主旨 | …) is no tail; a headline without a genre word stays news
        ("青河县应急管理局走访慰问一线消防员 |", "news"),
    ],
)
def test_a_cell_bar_after_the_title_hides_no_genre_word(title, doc_type):
    text = f"{title}\n各乡镇、各部门要加强值守，遇有险情第一时间报告。\n"
    record = extract_fields(text)
    assert record.meta.doc_type == doc_type
