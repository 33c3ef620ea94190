"""A numbered heading that is one compound noun of the lexicon names a field of work, not a task (issue 13,
tasks78; docs/extraction.md). Invented headings and documents; the gold's convention: ANNOTATION.md, Task (a
numbered heading in verb-object form is a task, one in noun form is not)."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import heading_is_task

TITLE = "关于开展春季森林防火专项行动的通知"


def heading(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one compound noun, with or without the closing 。: a section's name
        ("（五）宣传教育。", False),
        ("二、安全检查", False),
        ("（三）执法检查。", False),
        ("四、宣传教育", False),
        # a compound that opens on an adverb tells how to act; an idiom and a verb alone are no nouns
        ("（一）严格执法。", True),
        ("（四）严厉打击。", True),
        ("（三）整改。", True),
        # a verb and its object, however short: it directs
        ("（二）加强领导。", True),
        ("（二）打击违规用火。", True),
        ("一是全面排查。", True),
        # a blanked quotation leaves the tagger one word of a longer heading: still a verb and its object
        ("一是压实“责任网”。", True),
    ],
)
def test_a_heading_of_one_compound_noun_is_no_task(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


def test_a_run_in_compound_heading_leaves_its_body_the_task():
    sources = [
        task.source
        for task in nlp_pipeline.process(
            f"{TITLE}\n各乡镇人民政府：\n一、重点任务\n"
            "（一）宣传教育。各乡镇要利用应急广播和村村响开展防火宣传，每周更新一次火险提示。\n"
            "（二）严格执法。对违规野外用火行为依法查处。\n"
        ).tasks
    ]
    assert not any(source.startswith("（一）宣传教育") for source in sources)
    assert any("开展防火宣传" in source for source in sources)
    assert any(source.startswith("（二）严格执法") for source in sources)


@pytest.mark.parametrize(
    "text",
    [
        # left by tasks78 as a verb and its object; two verbal nouns read as a work and its sibling since tasks96
        "（四）监督检查。",
        "（六）宣传培训。",
    ],
)
def test_coordinated_verbal_nouns(text):
    assert not heading_is_task(heading(text), "notice")
