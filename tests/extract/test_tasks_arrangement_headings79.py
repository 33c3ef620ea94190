"""A numbered heading that names a standing arrangement or a roll by its one modifier (（一）调度机制。, 2．督查企业名单)
names a section, not a task (issue 13, tasks79; docs/extraction.md). Invented headings and documents; the gold's
convention: ANNOTATION.md, Task (a numbered heading in verb-object form is a task, one in noun form is not)."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import heading_is_task

TITLE = "关于开展夏季燃气安全专项整治的实施方案"


def heading(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one noun or verbal noun before the head noun: the section sets the arrangement out
        ("（一）调度机制。", False),
        ("（二）督导机制。", False),
        ("（三）考核机制", False),
        ("（一）责任体系", False),
        ("2．督查企业名单", False),
        ("3．联络员名单", False),
        ("（四）预警机制。", False),
        # a verb or an adjective before the head governs it: it directs
        ("（二）完善机制。", True),
        ("（一）健全工作机制。", True),
        ("（三）完善应急体系。", True),
        ("三、构建双重预防机制", True),
        # a longer body may open on an act the tagger calls a noun
        ("（一）压实责任体系。", True),
        ("二、建立健全长效机制", True),
    ],
)
def test_a_heading_naming_an_arrangement_is_no_task(text, expected):
    assert heading_is_task(heading(text), "plan") is expected


def test_a_run_in_arrangement_heading_leaves_its_body_the_task():
    sources = [
        task.source
        for task in nlp_pipeline.process(
            f"{TITLE}\n三、工作机制\n"
            "（一）调度机制。\n专班每周五汇总各镇排查进度，报县燃气办。\n"
            "（二）健全通报机制。\n对整改滞后的单位每月通报一次。\n"
        ).tasks
    ]
    assert not any(source.startswith("（一）调度机制") for source in sources)
    assert any("汇总各镇排查进度" in source for source in sources)
    assert any(source.startswith("（二）健全通报机制") for source in sources)


@pytest.mark.parametrize(
    "text",
    [
        # measured and left: the tagger calls the modifier a verb, as it calls 完善 in 完善机制
        "（四）值班机制。",
        "（五）值守机制",
    ],
)
@pytest.mark.xfail(strict=True, reason="a modifier the tagger calls a verb reads as a verb governing the head")
def test_a_verb_tagged_modifier_left(text):
    assert not heading_is_task(heading(text), "plan")
