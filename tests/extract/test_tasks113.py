"""A counted run of items whose numeral is fused to their verb (一查…；二查…；三查…) and a duty assigned to its holder
(issue 13, tasks113; docs/extraction.md). The run is built: each item is a task, its numeral the item's number and
the fused character its act, as the only read page holding such a list (r54, 10 of 10) gives it. The duty holder
(…是本科室安全生产第一责任人, …对本辖区…负总责) is a task in 27 of 28 read golds: built and dropped here, built by
tasks115 with its holder's parties read as the golds read them (tests/extract/test_tasks115.py). Every text is invented."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text

LEAD = "6月3日，镇里召开燃气企业会议。各燃气企业要重点开展四个方面的检查。\n"
COUNTED_ITEMS = [
    "一查储配站气瓶充装记录的完整情况；",
    "二查用户端报警器安装情况；",
    "三查送气工持证上岗情况；",
    "四查应急抢修队伍值守是否到位。",
]

NOT_A_RUN = [
    # two items are no run: chance may open two sentences with 一/二 and a verb
    "一查到底的决心不能变；二查了三遍仍未找到原因。",
    # 一是/二是/三是 are outline markers whose items are judged by their own words: a report's points
    "一是领导重视、严抓落实；二是合理分工、周密部署；三是把握重点、确保成效。",
    # a counter fused with a non-verb: a warning, no item
    "一旦发生泄漏事故，后果不堪设想。",
]

DUTY_HOLDERS = [
    "（九）各科室主任是本科室安全生产第一责任人。",
    "各村主任为本村水库山塘安全度汛第一责任人。",
]


def task_sources(text: str) -> list[str]:
    return [task.source for task in process_raw(raw_from_text(text)).tasks]


@pytest.mark.parametrize("item", COUNTED_ITEMS)
def test_an_item_of_a_counted_run_is_a_task(item: str) -> None:
    assert item in task_sources(LEAD + "".join(COUNTED_ITEMS) + "\n")


def test_the_lead_announcing_the_checks_stays_a_task() -> None:
    assert "各燃气企业要重点开展四个方面的检查。" in task_sources(LEAD + "".join(COUNTED_ITEMS) + "\n")


@pytest.mark.parametrize("text", NOT_A_RUN)
def test_no_counted_run(text: str) -> None:
    assert task_sources("6月3日，镇里召开燃气企业会议。\n" + text + "\n") == []


def test_a_counted_item_takes_its_leads_party() -> None:
    tasks = process_raw(raw_from_text(LEAD + "".join(COUNTED_ITEMS) + "\n")).tasks
    item = next(task for task in tasks if task.source == COUNTED_ITEMS[0])
    assert [unit.canonical for unit in item.units] == ["企业"]


@pytest.mark.parametrize("text", DUTY_HOLDERS)
def test_a_duty_assigned_to_its_holder_is_a_task(text: str) -> None:
    assert text in task_sources("关于做好防汛工作的通知\n各乡镇：\n" + text + "\n")


def test_a_principle_naming_no_field_is_no_task() -> None:
    assert task_sources("关于做好防汛工作的通知\n各乡镇：\n企业主要负责人是第一责任人，这是法定的。\n") == []
