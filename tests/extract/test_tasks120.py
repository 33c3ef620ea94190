"""Tasks of the new development sets (r59, r60, sealed41) by shape (issue 13, tasks120; docs/extraction.md). Every
shape that recurred over several documents was checked against the older golds first; each was read both ways there
(a decision after its basis, a numbered topic heading, a bare limit line after an item), or came from one document,
so nothing was built. The cases record how the pipeline reads each shape now: the boundaries it keeps, and, as strict
xfails, the readings the new golds give that it does not. Every text is invented."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text

NOTICE = "关于开展夏季用电安全检查的通知\n各科室、各分公司：\n"
PLAN = "2026年燃气安全整治工作方案\n一、重点任务\n"
NEWS = (
    "平安东岭｜充电这件事，马虎不得\n东岭发布 2026年04月02日 09:10\n▍街道在行动\n东岭街道正在辖区排查电动车充电隐患。\n"
)
RELEASE = "工地意外 政府跟进\n2026年3月5日\n新闻局消息，南湾一建筑地盘昨日发生工业意外，一名工人受伤。\n"


def sources(head: str, body: str) -> list[str]:
    return [task.source for task in process_raw(raw_from_text(head + body)).tasks]


def task_of(head: str, body: str, sentence: str):
    found = [task for task in process_raw(raw_from_text(head + body)).tasks if sentence in task.source]
    return found[0] if found else None


LEFT_ALONE = [
    # a numbered heading naming a topic: 381 such headings are text in the golds, 22 tasks
    (NOTICE, "三、保障措施\n"),
    # a past inspection in a release
    (RELEASE, "工务局已于昨日派员到场巡查，并已责令承建商暂停施工。\n"),
]


@pytest.mark.parametrize(("head", "body"), LEFT_ALONE)
def test_no_task_is_read(head: str, body: str) -> None:
    assert sources(head, body) == []


DECISIONS = [
    # a decision with no subject after its basis
    "经局务会研究，决定于7月1日至8月31日在全系统开展夏季用电安全专项检查。",
    # the same with its body named
    "县应急管理局决定自7月1日起开展用电安全专项检查。",
]


@pytest.mark.xfail(
    strict=True, reason="an issuer's decision to start work (…决定…开展…): golds split, 24 tasks to 41 text"
)
@pytest.mark.parametrize("sentence", DECISIONS)
def test_an_issuers_decision_to_start_work(sentence: str) -> None:
    assert task_of(NOTICE, sentence + "\n", sentence) is not None


@pytest.mark.xfail(strict=True, reason="a lead-in handing a list of targets to its party is read as a lead-in only")
def test_a_lead_in_handing_its_party_a_list_of_targets() -> None:
    lead = "各检查组要组织力量，对照以下内容逐项检查："
    body = f"一、检查内容\n{lead}\n（一）仓库的消防通道和灭火器材；\n（二）配电室的线路老化和漏电保护装置。\n"
    assert task_of(NOTICE, body, lead) is not None


@pytest.mark.xfail(strict=True, reason="a heading that turns to the reader (请您…) does not mark its list as advice")
def test_tips_under_a_heading_to_the_reader_are_advice() -> None:
    assert sources(NEWS, "▍这些事请您牢记\n1.不要在楼道里给电动车充电；\n2.不要从窗口拉线充电。\n") == []


@pytest.mark.xfail(strict=True, reason="a release's statement of liability reads as a contractor's duty")
def test_a_releases_statement_of_liability_is_no_task() -> None:
    assert sources(RELEASE, "对于事故造成的工期延误，承建商必须承担全部责任。\n") == []


@pytest.mark.xfail(strict=True, reason="a bare limit line after its item is read as a task of its own (golds split)")
def test_a_limit_line_times_the_item_before_it() -> None:
    item = "1.召开全县燃气安全工作会议，部署专项整治。"
    task = task_of(PLAN, item + "3月底前完成。\n", "召开全县燃气安全工作会议")
    assert task is not None and task.deadline is not None and task.deadline.text == "3月底前"
