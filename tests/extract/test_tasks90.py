"""An item that opens with its date (issue 13, tasks90; docs/extraction.md). ANNOTATION.md names it a task
(`6月8日前，县安监局完成…`): a timetable's item puts its time first — a calendar day, a month's part, a span of days or a
limit, restated in a parenthesis or not — and then its party and act, or the act alone, with no modal. News and meeting
reports keep their dated events out (`reports_a_dated_event`), past work and counted results stay accounts, and a
minutes' line recording where its meeting was held (`…在某会议室召开。`) names no act. Invented sentences."""

from __future__ import annotations

import pytest

import nlp_pipeline

PLAN_HEAD = "关于印发2025年度安全生产工作安排的通知\n各村（社区）、各站所：\n现将有关工作安排如下。\n"
MINUTES_HEAD = "厂安全生产例会会议纪要\n会议议定事项如下：\n"
NEWS_HEAD = "县应急管理局开展汛前检查\n"


def tasks_of(head: str, body: str) -> list[str]:
    record = nlp_pipeline.process(head + body + "\n", doc_id="doc", date="2025-03-01")
    return [task.source for task in record.tasks]


def is_a_task(head: str, sentence: str) -> bool:
    return any(sentence in source or source in sentence for source in tasks_of(head, sentence))


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        # a limit, its restating parenthesis, then a party and its act
        (MINUTES_HEAD, "入冬前（11月20日前），后勤科组织一次锅炉房防冻检查。"),
        # a calendar day, a pause, then the party
        (MINUTES_HEAD, "4月18日，机修车间组织全员消防器材实操培训，考核结果计入月度考评。"),
        # a day and the act alone, its place in a coverb phrase before it
        (PLAN_HEAD, "5月12日上午在镇文化站举办防灾减灾知识讲座，各村（社区）选派人员参加。"),
        # a period the deadline finder reads, then the act
        (PLAN_HEAD, "年内组织开展一次危险化学品泄漏处置演练；"),
        # a heading's terse act after its time
        (PLAN_HEAD, "一、节前停产，落实断电、关阀、锁门措施"),
    ],
)
def test_an_item_that_opens_with_its_date_is_a_task(head: str, sentence: str) -> None:
    assert is_a_task(head, sentence)


def test_a_day_run_into_its_noun_keeps_the_assignment() -> None:
    # minutes dated a week after the incident: the day names the incident, the sentence assigns its analysis
    record = nlp_pipeline.process(
        MINUTES_HEAD + "5月3日跑冒事件由生产部组织分析，结果在班前会通报。\n", doc_id="doc", date="2025-05-10"
    )
    assert any(task.source.startswith("5月3日跑冒事件") for task in record.tasks)


def test_a_dated_event_shortly_before_the_document_is_no_task() -> None:
    record = nlp_pipeline.process(
        PLAN_HEAD + "5月3日，镇安办组织应急、市场监管等部门召开燃气安全会商会。\n", doc_id="doc", date="2025-05-10"
    )
    assert not any(task.source.startswith("5月3日") for task in record.tasks)


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        # a minutes' record of where its meeting was held: the unsaid subject is the meeting
        (MINUTES_HEAD, "2025年3月6日在办公楼三楼会议室召开。"),
        # a dated event of the past in a plan's background
        (PLAN_HEAD, "2月中旬，邻镇一家木材加工厂发生火灾，造成一人受伤。"),
        # done work: 了 and a counted result
        (PLAN_HEAD, "3月上旬，镇安办组织了一次燃气安全检查，共发现隐患12处。"),
        # a news report's dated event
        (NEWS_HEAD, "3月5日，县应急管理局组织执法人员对辖区5家企业开展汛前检查。"),
        # a heading naming a stage's topic: a time and a bare verb
        (PLAN_HEAD, "（三）汛前检修。"),
        # a span that only names a period
        (PLAN_HEAD, "即日起至5月31日为春季防火紧要期。"),
    ],
)
def test_a_dated_sentence_that_directs_nothing_is_no_task(head: str, sentence: str) -> None:
    assert not is_a_task(head, sentence)


@pytest.mark.xfail(
    strict=True,
    reason="a meeting held at a scheduled time without a party: exclude_sentence's meeting rule keeps it out (sp07)",
)
def test_a_scheduled_meeting_opening_with_its_date() -> None:
    assert is_a_task(PLAN_HEAD, "1．4月上旬，召开全镇安全生产工作推进会议，镇主要领导与各村签订安全生产目标责任书。")


@pytest.mark.xfail(
    strict=True,
    reason="the act's verb (确认, 播发, 报 after 将) is no word of the action lexicon after a coverb phrase (sp07, sm11, r43)",
)
def test_a_party_then_a_coverb_and_a_verb_outside_the_lexicon() -> None:
    assert is_a_task(PLAN_HEAD, "1月20日17时前，各班主任通过家长群确认学生离校情况。")


@pytest.mark.xfail(
    strict=True,
    reason="a party run into its time without a pause: the unit finder reads both as one name (realstyle b09, sealed7)",
)
def test_a_party_run_into_the_opening_time() -> None:
    assert is_a_task(MINUTES_HEAD, "4月18日机修车间组织全员消防器材实操培训，考核结果计入月度考评。")
