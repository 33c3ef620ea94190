"""A heading that is a work named as a verbal noun and one noun or verbal noun after it names a section, not a task
(issue 13, tasks96; docs/extraction.md). Invented headings and documents; the convention: ANNOTATION.md, Task (a
heading that only names a topic is no task; a verb phrase telling someone to act is)."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import heading_is_task

TITLE = "关于开展防汛应急演练的通知"


def heading(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the work as a verbal noun and its part: the section's name, on its own line or run in
        ("一、演练目的", False),
        ("三、考核程序", False),
        ("四、考核奖惩", False),
        ("二、演练科目", False),
        ("（一）启动宣传。", False),
        ("（六）宣传培训。", False),
        # 约谈 kept whole by the project's lexicon (tasks97, tests/extract/test_tasks97.py)
        ("二、约谈地点", False),
        ("一、约谈事由", False),
        # near misses: a verb the tagger calls one, an object of more words, an adverb, a modal marker
        ("（二）加强培训。", True),
        ("（三）完善机制。", True),
        ("一、排查整治管网设施隐患", True),
        ("（一）全面排查。", True),
        ("一要强化培训。", True),
        ("（一）闭环整改。", True),
    ],
)
def test_a_work_and_its_part_is_no_task(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


def test_the_body_under_a_work_and_its_part_stays_the_task():
    sources = [
        task.source
        for task in nlp_pipeline.process(
            f"{TITLE}\n各乡镇人民政府：\n一、演练安排\n"
            "（一）启动宣传。各乡镇要在5月20日前通过应急广播发布演练公告。\n"
            "（二）加强培训。各村要组织巡查员学习转移避险流程。\n"
        ).tasks
    ]
    assert not any(source.startswith("（一）启动宣传") for source in sources)
    assert any("发布演练公告" in source for source in sources)
    assert any(source.startswith("（二）加强培训") for source in sources)
