"""The task failures of r54, r53, r52 and r49 counted by class (issue 13, tasks109; docs/extraction.md). Two classes
were counted against the read golds of realstyle_sealed32–37, r41–r54, dev and genre before any build:
- a numbered check item whose counter is fused with the verb 查 (一查…情况；二查…) under a lead that announces N
  areas of checking: every such item of the read golds is a task (10 of 10, one page), the pipeline reads none
  (the item's text holds no listed act once the counter is taken with it) — left here, built by tasks113 (a counted
  run of items, tasks.counted_verb_items);
- a stated consequence `对…的，(将)依法/依规…` : 24 golds read it as a task (a penalty for failing a directive) and 4 as
  text (crimes and public-order offences in a public notice, 构成犯罪的，…): a majority for what the pipeline already
  does, so nothing is built; a `构成…的` condition alone is split (3 tasks, 5 text) and left.
Every text here is invented."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text

LEAD = "10月9日，县里召开危化企业会议。各危化企业要重点开展三个方面的排查。\n"

FUSED_CHECK_ITEMS = [
    "一查储罐区液位报警装置的运行情况；",
    "二查动火作业审批制度执行情况；",
    "三查应急预案演练是否到位。",
]

FAILURE_PENALTIES = [
    "各乡镇要在9月底前完成燃气管道排查，对排查不力的，将依规约谈有关负责人。",
    "各企业要立即整改，逾期未完成整改的，依法从重处罚。",
]

NO_TASKS = [
    "10月9日，县里召开危化企业会议，通报了上半年安全生产情况。",  # a meeting's report of past work
    "一旦发生泄漏事故，后果不堪设想。",  # a counter fused with a non-verb: a warning, no item
]


def task_sources(text: str) -> list[str]:
    return [task.source for task in process_raw(raw_from_text(text)).tasks]


@pytest.mark.parametrize("item", FUSED_CHECK_ITEMS)
def test_a_check_item_fused_with_its_counter_is_a_task(item: str) -> None:
    assert item in task_sources(LEAD + "\n".join(FUSED_CHECK_ITEMS) + "\n")


def test_the_lead_announcing_the_checks_is_a_task() -> None:
    assert "各危化企业要重点开展三个方面的排查。" in task_sources(LEAD)


@pytest.mark.parametrize("text", FAILURE_PENALTIES)
def test_a_penalty_for_failing_a_directive_stays_in_its_task(text: str) -> None:
    sources = task_sources(text)
    assert sources and any("处罚" in source or "约谈" in source for source in sources)


@pytest.mark.parametrize("text", NO_TASKS)
def test_no_task(text: str) -> None:
    assert task_sources(text) == []
