"""A dated item's act by the grammar of its verb, a plan's scheduled meeting and a whole month (issue 13, tasks91;
docs/extraction.md). An item that opens with its date (tasks90) now reads a verb outside the action lexicon where
the tagger finds a transitive verb with its object right after a coverb phrase (通过…确认…情况, 在…上播发…标语), 报
after the paper it sends (将…总结报…), a plan's or notice's meeting opening with its date as one still to hold, and
`6月全月` as a month's whole span. Invented sentences."""

from __future__ import annotations

import pytest

import nlp_pipeline

PLAN_HEAD = "关于印发2025年度安全生产工作安排的通知\n各村（社区）、各站所：\n现将有关工作安排如下。\n"
MINUTES_HEAD = "厂安全生产例会会议纪要\n会议议定事项如下：\n"


def tasks_of(head: str, body: str):
    return nlp_pipeline.process(head + body + "\n", doc_id="doc", date="2025-03-01").tasks


def is_a_task(head: str, sentence: str) -> bool:
    return any(sentence in task.source or task.source in sentence for task in tasks_of(head, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a party, a coverb of means, then a transitive verb and its object
        "4月10日17时前，各网格员通过村民微信群核实外出务工人员返乡情况。",
        # no party: a coverb of place, then the verb and its object
        "5月8日至15日，在镇政府电子屏滚动播发防汛避险提示语。",
        # 报 after the paper it sends
        "11月30日前，各站所将年度隐患排查台账报镇安办。",
        # a plan's meeting still to hold, opening with its date
        "4月中旬，召开全镇防汛工作部署会议，镇主要领导与各村签订防汛责任书。",
        # a month's whole span
        "7月全月在镇文化广场设置安全生产咨询台，镇安办负责组织。",
    ],
)
def test_a_dated_items_act_is_a_task(sentence: str) -> None:
    assert is_a_task(PLAN_HEAD, sentence)


def test_a_whole_month_is_the_items_period() -> None:
    found = [
        t
        for t in tasks_of(PLAN_HEAD, "7月全月在镇文化广场设置安全生产咨询台，镇安办负责组织。")
        if t.source.startswith("7月全月")
    ]
    assert found and found[0].deadline is not None
    assert (found[0].deadline.text, found[0].deadline.date, found[0].deadline.kind) == (
        "7月全月",
        "2025-07-31",
        "period",
    )


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        # the minutes' own meeting, recorded with its date
        (MINUTES_HEAD, "3月上旬，召开全厂安全生产工作会议，厂领导与各车间签订目标责任书。"),
        # a plan's meeting held: past aspect
        (PLAN_HEAD, "2月下旬，召开了全镇安全生产工作会议，通报了上年度考核情况。"),
        # a coverb's place and a verb with no object: where something is held
        (MINUTES_HEAD, "2025年3月6日在厂部二楼会议室召开。"),
        # a coverb phrase and a stative verb
        (PLAN_HEAD, "4月上旬，通过专项整治实现隐患动态清零。"),
    ],
)
def test_a_dated_sentence_that_directs_nothing_is_no_task(head: str, sentence: str) -> None:
    assert not is_a_task(head, sentence)


@pytest.mark.xfail(
    strict=True,
    reason="a party run into its time without a pause: the unit finder reads no party in 6月25日公司 (realstyle b09)",
)
def test_a_party_run_into_the_opening_time() -> None:
    assert is_a_task(MINUTES_HEAD, "5月20日公司组织全员消防知识考试，成绩计入月度考评。")


@pytest.mark.xfail(
    strict=True,
    reason="an act after the date with no party and no coverb, its verb outside the lexicon (取得…证明, sn06)",
)
def test_a_bare_verb_outside_the_lexicon_after_the_date() -> None:
    assert is_a_task(PLAN_HEAD, "9月30日前取得特种作业操作证；")
