"""False and missed tasks around the directives (issue 13, tasks69; docs/extraction.md): an item that opens on a
condition of a party and then sanctions it is a task, not a problem stated; a 版记 line closed by its copies count and
an inspection's counted finding are no tasks. Invented sentences; the convention: ANNOTATION.md, Task (追责,
停产整顿 are directive acts; descriptions of the situation are not tasks)."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import heading_is_task, sentence_is_task


def heading(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition on a party (对…的班组，), then what is done to it: a sanction to apply
        ("3.对拒不整改或整改不力的班组，按照《考核细则》扣减班组当月奖金，并追究班组长责任。", True),
        ("2.对隐患整改不到位的车间，一律停产整顿。", True),
        # a failing stated on its own, or a failing that opens the item with no act after it: no task
        ("（一）部分车间隐患整改不到位。", False),
        ("2.部分班组安全责任不落实，隐患整改不力。", False),
    ],
)
def test_an_item_opening_on_a_condition_of_a_party(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 版记 line: the office, the day, 印发 and the copies printed
        ("县应急管理局办公室 2024年3月2日印发（共印40份）", False),
        ("某某建材有限公司综合部 2024年3月2日印发（印10份）", False),
        ("县应急管理局办公室 2024年3月2日印发", False),
        # a directive that prints and sends a plan is still one
        ("县应急管理局于2024年3月2日前印发工作方案（共40份）。", True),
    ],
)
def test_a_layout_line_at_the_foot(text, expected):
    assert sentence_is_task(text, "notice") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inspection and its counted finding: a 前 inside the failing found is no schedule
        ("另县监管局于10月间抽查工地20处，发现塔吊未实施作业前检点等缺失共计30项，显示企业管理仍有不足。", False),
        ("县监管局于本月抽查加油站12家，发现问题隐患9项。", False),
        # a quota or a limit outside the finding still directs
        ("县市场监管局将于本月抽查加油站12家。", True),
        ("县监管局要于10月底前抽查工地20处。", True),
    ],
)
def test_an_inspections_finding(text, expected):
    assert sentence_is_task(text, "notice") is expected


@pytest.mark.parametrize(
    "text",
    [
        # measured and dropped (docs/extraction.md, tasks69): a multi-clause 凡 condition before an issuer's announced
        # sanction, and a discovery trigger before a measure on a named party, read as directives lowered the
        # score-only and check sets' units and deadlines
        "凡未按要求值守或迟报信息，造成严重后果的，将给予通报批评并追究有关人员责任。",
        "对违章动火、无人监护等行为，一经发现，对当班组长处以罚款。",
    ],
)
@pytest.mark.xfail(strict=True, reason="sanction heads after a condition measured and dropped (tasks69)")
def test_a_sanction_after_a_condition_left_unread(text):
    assert sentence_is_task(text, "notice")
