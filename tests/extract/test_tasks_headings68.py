"""A heading that names facts about a work — its time, progress, standard, form or the people and bodies on it —
is a section's name, not a task (issue 13, tasks68; docs/extraction.md). Invented headings; the gold's
convention: ANNOTATION.md, Task (a numbered heading in verb-object form is a task, one in noun form is not)."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import heading_is_task


def heading(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the work as a noun, then its attributes: a section of facts
        ("一、巡查整改时间", False),
        ("三、排查进度", False),
        ("二、检查安排表", False),
        ("（三）督查责任人。", False),
        ("二、考核内容及评分标准", False),
        ("二、检查重点及责任部门", False),
        # a verb that governs the attribute, an adverb before the work, or no attribute at the end: it directs
        ("一、加快整治进度", True),
        ("（二）明确责任部门。", True),
        ("（三）全面排查重点部位。", True),
        ("二、严格执行评分标准", True),
        ("一、排查风险隐患", True),
        ("（二）加强组织领导。", True),
    ],
)
def test_a_heading_of_a_works_attributes_is_no_task(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


@pytest.mark.parametrize(
    "text",
    [
        # measured and left: the work noun and a thing acted on, or a run-in label ending on the work itself;
        # only the items under them (a list of findings, a body that is a task) tell them from a directive
        "一、督办单位及问题",
        "（二）维修门店环节整治。",
    ],
)
@pytest.mark.xfail(strict=True, reason="a noun-form heading without an attribute noun reads as verb and object")
def test_noun_form_headings_left(text):
    assert not heading_is_task(heading(text), "notice")
