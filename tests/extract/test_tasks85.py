"""A list of days parted by 、 before the head noun that names them, opening a clause before its act (issue 13, tasks85;
docs/extraction.md): `10月2日、10月5日两个返程高峰日增派警力` schedules the act on those days, a stated limit dated by
the list's last day (`deadlines.listed_days`). A list the document's day has reached reports, a list with no head noun
naming days or one inside a clause is left to the other finders. With it, a field item's bare measure is a task again
(`TaskDetection.measure_of_a_field_item`, tasks84). Invented sentences; the convention: ANNOTATION.md, Deadline."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp_pipeline
from nlp_pipeline.extract.deadlines import find_deadline

DOC_DAY = dt.date(2025, 9, 20)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("10月2日、10月5日两个返程高峰日增派警力疏导车流。", "2025-10-05"),
        ("10月1日、3日、6日三天组织夜间巡查。", "2025-10-06"),  # a later day without its month
        ("（二）10月1日、10月7日等重点时段加密景区巡查频次。", "2025-10-07"),  # 等 and a span's noun
        ("加强值守，10月2日、10月5日两个返程高峰日安排专人在收费站值守。", "2025-10-05"),  # after a clause break
    ],
)
def test_a_list_of_days_before_its_head_noun_is_a_limit(sentence, date):
    deadline = find_deadline(sentence, DOC_DAY)
    assert deadline is not None and deadline.date == date and deadline.kind == "date"


@pytest.mark.parametrize(
    "sentence",
    [
        "9月3日、9月10日两天共检查企业12家。",  # days the document has reached: a report
        "10月2日、10月5日增派警力疏导车流。",  # no head noun names the days
        "10月2日、10月5日两次检查发现隐患。",  # the head noun counts events, not days
        "10月2日、10月5日两个返程高峰日。",  # no act after the days
    ],
)
def test_lists_of_days_that_are_no_limit(sentence):
    assert find_deadline(sentence, DOC_DAY) is None


def test_a_field_item_s_measure_opening_on_its_days_is_a_task_with_its_limit():
    text = (
        "关于做好国庆期间道路交通安全工作的通知\n各乡镇人民政府：\n一、重点工作\n"
        "（一）道路交通。10月2日、10月5日两个返程高峰日在主要路口设置临时执勤点。\n"
    )
    record = nlp_pipeline.process(text, doc_id="notice", date="2025-09-20")
    row = next(task for task in record.tasks if task.source.startswith("10月2日"))
    assert row.deadline is not None and row.deadline.date == "2025-10-05"


@pytest.mark.xfail(
    strict=True,
    reason="a space-aligned table row's source is the whole row, the newer gold (realstyle_sealed32 so05) takes its "
    "task cell: the older sets take the row (a gold conflict counted since tasks21), measured and left (tasks85)",
)
def test_a_space_aligned_row_s_source_is_its_task_cell():
    text = (
        "关于印发安全生产例会督办事项的通知\n各部门：\n附：督办表\n"
        "序号  事项                  责任部门        完成时间\n"
        "1     叉车年度检验          设备部          10月12日前\n"
        "2     危废仓库标识更新      安全环保部      10月15日前\n"
    )
    sources = {task.source for task in nlp_pipeline.process(text, doc_id="memo", date="2025-09-20").tasks}
    assert "叉车年度检验" in sources
