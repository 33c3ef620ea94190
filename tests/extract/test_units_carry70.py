"""Parties carried into sentences that name none (units70). A party named only in a 由 clause after a condition handles
that contingency and leaves the sentence's own subjectless act to the party it stands under
(tasks.handles_only_a_contingency); a numbered part whose first sentence is a finding hands on the 牵头 assignment that
follows it (tasks.Inheritance._opening_assignment, the settled convention on item-opening assignments). Invented
texts; every table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.tasks import handles_only_a_contingency
from nlp_pipeline.extract.units import find_units

from .unit_views import mention, units_by_source


def units_by_task(text: str) -> dict[str, set[str]]:
    return units_by_source(text, mention, prefix=8)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加强渡口巡查，11月底前全部整改到位，确实无法按期完成的，由属地镇长签字说明原因。", True),
        ("如遇险情，务必第一时间转移群众，由县民政局统筹安置。", True),
        # negatives: a sanction has no act of its own; a topic is no condition; an assignment with no condition;
        # a sentence whose party opens it; a party outside the 由 clause
        ("对拒不整改的，由县应急局依法处理。", False),
        ("检查发现的问题，由责任科室在5月10日前整改完毕。", False),
        ("加强夜间巡查，由县公安局负责。", False),
        ("县住建局要加强巡查，发现问题的，由县公安局处理。", False),
        ("如遇险情，县民政局要统筹安置。", False),
    ],
)
def test_a_party_that_only_handles_a_contingency(sentence, expected):
    assert handles_only_a_contingency(sentence, find_units(sentence)) is expected


SPEECH = (
    "县政府召开秋冬安全生产工作会议\n"
    "会上，县长强调，各乡镇、各部门务必克服麻痹思想。一要盯紧渡口安全，11月底前完成渡船检验；"
    "二要盯紧隐患整改，对排查出的隐患实行清单管理，11月底前全部整改到位，确实无法按期完成的，由属地镇长签字说明原因。\n"
)


def test_a_run_in_item_keeps_its_lead_in_beside_the_contingency_party():
    units = units_by_task(SPEECH)
    assert {"各乡镇", "各部门", "属地镇长"} <= units["二要盯紧隐患整改"]


MINUTES = (
    "县政府防汛工作专题会议纪要\n"
    "一、关于山塘整治。会议指出，全县尚有12座山塘未完成除险加固。会议明确，由县水利局牵头，县财政局、各乡镇配合，"
    "5月底前完成主体工程；确实无法按期完工的，须在5月20日前书面报告县政府。\n"
    "二、关于河道清障。会议指出，部分河道阻水严重。沿河各村要在汛前完成清障。汛期要加强巡查。\n"
    "三、关于巡堤查险。会议指出，部分堤段存在渗漏。雨季要加强巡堤查险。会议明确，由县应急局牵头，各乡镇配合，6月底前完成演练。\n"
)


def test_an_assignment_after_a_finding_reaches_the_items_later_clauses():
    units = units_by_task(MINUTES)
    assert {"县水利局", "县财政局", "各乡镇"} <= units["确实无法按期完工"]
    # negatives: an item with no 牵头 assignment hands its later sentence no party, and an assignment reaches no
    # sentence above it
    assert units["汛期要加强巡查。"] == set()
    assert units["雨季要加强巡堤查"] == set()
