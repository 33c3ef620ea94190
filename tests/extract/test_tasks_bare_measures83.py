"""A bare measure with no modal inside a numbered part (issue 13, tasks83; docs/extraction.md): a party whose
predicate opens on a coverb phrase (于…前, 将, 对, 通过…) before its act still acts (`acts_through_a_coverb`, read by
`party_clause_acts`), and the topic-first measure of a plan's task section, measured and left out (strict xfails).
Invented sentences; the convention: ANNOTATION.md, Task (a party's assigned work is a task whether or not a modal
says so)."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.tasks import acts_through_a_coverb, party_clause_acts


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the party, a coverb carrying the act's object, means or time, then the act
        ("设备科于6月10日前将应急照明灯检测完毕；", True),
        ("各乡镇对辖区山塘水库开展巡查。", True),
        ("各中队将执法统计表报送大队。", True),
        ("保卫科按照消防规范组织一次疏散演练。", True),
        # the plain verb form stays as before
        ("各燃气企业每周开展一次管网巡查。", True),
        # a coverb with no act after it: a state or a finding, no measure
        ("园区运营方对承租企业的安全管理不到位。", False),
        ("县应急局在会上通报了检查情况。", False),
    ],
)
def test_a_party_acting_through_a_coverb(clause, expected):
    assert party_clause_acts(clause) is expected


@pytest.mark.xfail(
    strict=True,
    reason="an act word inside the coverb's object before a state predicate (对…的占用问题较为突出) passes for the act: "
    "the reading asks the clause for a concrete act, not for the act to follow the coverb's object",
)
def test_an_act_word_inside_the_coverb_s_object_is_no_act():
    assert party_clause_acts("仓储中心对消防通道的占用问题较为突出。") is False


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("于5月底前将灭火器更换到位；", True),
        ("通过广播开展防汛宣传。", True),
        ("负责巡查。", False),  # a verb first: opens_with_a_verb's case
        ("对承租企业的管理不到位。", False),
    ],
)
def test_the_coverb_reading_alone(rest, expected):
    assert acts_through_a_coverb(rest) is expected


PLAN = """青禾镇汛期安全防范工作方案
为做好今年汛期安全防范工作，制定本方案。
一、主要任务
（一）山塘水库巡查。
各村每日巡查山塘水库一次，汛期加密巡查频次。
（二）物资储备。
镇防汛仓库储备编织袋、救生衣和抽水泵，专人管理。
（三）转移避险。
地质灾害隐患点的住户在暴雨预警发布后全部转移。
"""


def task_sources(text: str) -> set[str]:
    return {task.source for task in nlp_pipeline.process(text, doc_id="plan").tasks}


@pytest.mark.xfail(
    strict=True,
    reason="a topic-first bare measure in a plan's task section (states_a_measure) measured: check sets' units, "
    "deadlines and sectors fell on its new rows (docs/extraction.md, tasks83)",
)
@pytest.mark.parametrize(
    "sentence",
    ["镇防汛仓库储备编织袋、救生衣和抽水泵，专人管理。", "地质灾害隐患点的住户在暴雨预警发布后全部转移。"],
)
def test_a_topic_first_measure_of_a_plan(sentence):
    assert sentence in task_sources(PLAN)
