"""A topic handed to its agent with a verb other than 负责/牵头 is a task in notices, minutes and plans (issue 13,
tasks77; docs/extraction.md): `…由后勤科断开`, `…由设备部组织复盘`. The negatives are what the reading keeps out: a
meeting's chair, a cause, a builder, a news item's description. Invented sentences; the convention: ANNOTATION.md,
Task (an assignment is a task)."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.tasks import sentence_is_task


@pytest.mark.parametrize(
    ("sentence", "doc_type"),
    [
        ("闭馆后配电箱总闸由后勤科断开并上锁。", "notice"),
        ("上月的叉车碰撞事件由设备部组织复盘，结论在班前会通报。", "minutes"),
    ],
)
def test_a_topic_handed_to_its_agent(sentence, doc_type):
    assert sentence_is_task(sentence, doc_type)


@pytest.mark.parametrize(
    ("sentence", "doc_type"),
    [
        ("会议由分管副镇长主持。", "minutes"),  # a meeting's chair: the frame
        ("本次火情由电线短路引起。", "notice"),  # a cause
        ("该仓库由县建筑公司承建。", "notice"),  # a builder
        ("闭馆后配电箱总闸由后勤科断开并上锁。", "news"),  # a news item describes
    ],
)
def test_a_topic_with_an_agent_that_describes(sentence, doc_type):
    assert not sentence_is_task(sentence, doc_type)
