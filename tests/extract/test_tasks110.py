"""The task failures of realstyle_sealed38 counted by class (issue 13, tasks110; docs/extraction.md). The largest, a
督查/约谈 notice's record whose acts stand only in its limit line (`问题：…` a finding, `整改责任人：…` a person,
`整改期限：①立即整改；②…`, `监管责任单位：…`), was counted against the read golds of realstyle_sealed32–38 and r41–r54
first: every such line of a record with no measures of its own is a task, one a sentence (su01 ×6, sealed26 si02
×4, sealed33 sp01 ×4, sealed18 sa06); the 132 limit lines closing a record or item that states its own measures
(`整改措施：…`, the item's sentence) are text. Built (the line is the record's tasks only where none of the record's
lines was taken), measured and dropped: a score-only set's units fell below its floor. Every text here is invented."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text

HEAD = "某县安委办关于燃气安全督查情况的通报\n各乡镇人民政府，县直有关单位：\n现将督查发现的问题通报如下。\n一、督查发现的问题\n"

RECORD_IN_ITS_LIMIT_LINE = (
    "1．某某饭店\n"
    "问题：液化气钢瓶放在厨房操作间，未安装可燃气体报警器。\n"
    "整改责任人：王某（店主）\n"
    "整改期限：钢瓶当日移出操作间；报警器10日内安装到位。\n"
    "监管责任单位：某某镇人民政府\n"
    "2．某某木业有限公司\n"
    "问题：①车间安全出口被堵塞；②配电柜前堆放木料。\n"
    "整改责任人：李某（厂长）\n"
    "整改期限：①立即清理出口；②5月底前完成配电室改造。\n"
    "监管责任单位：县应急管理局\n"
)
LIMIT_LINE_TASKS = [
    "整改期限：钢瓶当日移出操作间；",
    "报警器10日内安装到位。",
    "整改期限：①立即清理出口；",
    "②5月底前完成配电室改造。",
]

RECORD_WITH_ITS_MEASURES = (
    "1．部分工地临边防护缺失\n"
    "整改措施：由县住建局对全县在建工地开展专项检查，督促施工单位逐项整改。\n"
    "责任单位：县住建局\n"
    "整改时限：6月30日前完成检查，长期坚持\n"
)
ITEM_WITH_ITS_SENTENCE = "（一）开展燃气管道排查。各乡镇要对辖区餐饮场所燃气管道开展一次全面排查。\n完成时限：5月底前完成排查；6月份开展复查\n"
TIME_ALONE = "1．某某商场\n问题：疏散指示标志损坏。\n整改责任人：赵某（经理）\n整改期限：2026年5月31日\n"


def task_sources(text: str) -> list[str]:
    return [task.source for task in process_raw(raw_from_text(text)).tasks]


@pytest.mark.parametrize("source", LIMIT_LINE_TASKS)  # dropped by tasks110, built with the record's parties by tasks111
def test_a_records_limit_line_states_its_tasks_one_a_sentence(source: str) -> None:
    assert source in task_sources(HEAD + RECORD_IN_ITS_LIMIT_LINE)


def test_the_records_finding_and_person_stay_text() -> None:
    sources = task_sources(HEAD + RECORD_IN_ITS_LIMIT_LINE)
    assert not any(source.startswith(("问题", "整改责任人", "监管责任单位")) for source in sources)


def test_a_limit_line_after_the_records_measures_only_times_them() -> None:
    sources = task_sources(HEAD + RECORD_WITH_ITS_MEASURES)
    assert any(source.startswith("整改措施") for source in sources)
    assert not any("整改时限" in source or source.startswith("6月30日") for source in sources)


def test_a_limit_line_under_an_items_sentence_only_times_it() -> None:
    sources = task_sources(HEAD + ITEM_WITH_ITS_SENTENCE)
    assert "各乡镇要对辖区餐饮场所燃气管道开展一次全面排查。" in sources
    assert not any("完成时限" in source or "复查" in source for source in sources)


def test_a_limit_line_of_a_time_alone_is_no_task() -> None:
    assert not any("整改期限" in source for source in task_sources(HEAD + TIME_ALONE))


def test_a_named_first_responsible_party_is_a_task() -> None:  # built by tasks115
    text = "某镇山塘安全度汛工作方案\n一、落实责任\n各村主任为本村山塘安全度汛第一责任人。\n"
    assert "各村主任为本村山塘安全度汛第一责任人。" in task_sources(text)
