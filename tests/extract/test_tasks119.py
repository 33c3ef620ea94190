"""A party's act set for its time: a directive with no modal whose party opens it and whose act follows the part of
a month or the frequency it is set for (镇安监站6月中旬组织…, 网格员每天巡查…) (issue 13, tasks119; docs/extraction.md).
The time stands between the party and the act, where a limit (…前, …起) was already read. A day and 年内 in that
place were measured and left (strict xfails). Every text is invented."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.tasks import party_acts_at_its_time
from nlp_pipeline.pipeline import process_raw, raw_from_text

NOTICE = "关于做好汛期安全生产工作的通知\n各镇（街道）、县直有关单位：\n一、工作安排\n"
PLAN = "2025年安全生产工作计划\n一、重点任务\n"
MINUTES = "2025年第三季度安全生产例会纪要\n会议时间：2025年7月9日\n四、会议决定事项\n"
SPEECH = "在全县安全生产工作会议上的讲话\n同志们：\n"
REPORT = "市应急局部署汛期安全工作\n2025-06-03 08:10\n6月2日，市应急局召开会议部署汛期安全工作。\n"


def task_of(head: str, sentence: str):
    found = [task for task in process_raw(raw_from_text(head + sentence + "\n")).tasks if sentence in task.source]
    return found[0] if found else None


TIMED_ACTS = [
    # a month's part between the party and its act
    (NOTICE, "镇安监站6月中旬组织辖区加油站开展一次应急演练。", ("镇安监站", "应急管理部门"), "6月中旬"),
    # the month's end
    (PLAN, "县消防救援大队10月底开展一次高层建筑灭火演练；", ("县消防救援大队", "消防救援机构"), "10月底"),
    # a speech's assignment with a month's part before 牵头
    (SPEECH, "县安委办12月上旬牵头组织考核组，对各乡镇落实情况开展考核。", ("县安委办", "安委办"), "12月上旬"),
    # how often, in a report: a standing duty of the grid staff
    (REPORT, "网格员每天巡查一次辖区河道，发现险情当场上报。", ("网格员", "乡镇街道"), "每天"),
]


@pytest.mark.parametrize(("head", "sentence", "party", "limit"), TIMED_ACTS)
def test_a_partys_act_set_for_its_time_is_a_task_of_that_party(
    head: str, sentence: str, party: tuple[str, str], limit: str
) -> None:
    task = task_of(head, sentence)
    assert task is not None
    assert party in [(unit.mention, unit.canonical) for unit in task.units]
    assert task.deadline is not None and task.deadline.text == limit


def test_a_duty_lists_label_may_set_the_party_off_with_a_colon() -> None:
    assert party_acts_at_its_time("安环部：8月下旬组织一次锅炉压力容器专项检查；")


NOT_TIMED_ACTS = [
    # a finding's month: the party's problem, no act of its own
    "某化工公司6月份被检查出的问题至今仍未整改。",
    # a time with no party before it and no act after it
    "每年的事故多发生在汛期。",
    # the party and its act with no time between them: left to the other rules
    "县应急局组织全县危化企业培训。",
    # a day between them: measured and left (two check sets' golds time such rows otherwise)
    "县应急局7月25日组织全县危化企业培训。",
]


@pytest.mark.parametrize("sentence", NOT_TIMED_ACTS)
def test_no_party_acting_at_its_time(sentence: str) -> None:
    assert not party_acts_at_its_time(sentence)


@pytest.mark.parametrize("head", [REPORT, NOTICE])
def test_a_past_timed_act_is_no_task(head: str) -> None:
    assert task_of(head, "县应急局5月上旬组织了全县危化企业培训。") is None


@pytest.mark.xfail(strict=True, reason="年内 between the party and its act: measured and left (a list's neighbour)")
def test_the_year_an_act_falls_in() -> None:
    assert party_acts_at_its_time("县消防救援大队年内组织不少于三次高层建筑灭火演练；")


@pytest.mark.xfail(strict=True, reason="参加 is no verb of the action lexicon; the frequency's act is not read")
def test_a_frequency_before_a_verb_the_lexicon_lacks() -> None:
    assert task_of(PLAN, "各班组长每周至少参加一次车间安全例会，情况记入台账。") is not None


@pytest.mark.xfail(strict=True, reason="a day run into its party (no pause) is read as one name; opens_with_its_date")
def test_a_day_run_into_its_party() -> None:
    assert task_of(SPEECH, "6月20日公司组织全体员工开展消防疏散演练。") is not None


@pytest.mark.xfail(strict=True, reason="a request whose first clause is only its basis (对照…) has its act later")
def test_a_request_whose_act_follows_its_basis() -> None:
    assert task_of(NOTICE, "请各经营单位对照自查表逐项自查，于5月10日前将承诺书交所在社区。") is not None
