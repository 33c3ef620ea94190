"""The next step (tasks50): a report's closing sentence on the coming stage — 下一步/下步/下一阶段/接下来, a comma,
a party or none, its future (将/会/要), then an act — announces that party's coming work, a task in news and
meeting reports as in a plan (ANNOTATION.md: announced work): `announces_next_step`, task_cues.toml `next_step`.
The frame says the work is to come, so the party may be a place governed or the writer's own place (石桥乡, 该区,
高新园区, 我县), which the unit vocabulary does not know as a body. A thing's or a situation's future, attitude,
work already done and a frame without its comma are no tasks. Every text here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract.tasks import announces_next_step, sentence_is_task  # noqa: E402


@pytest.mark.parametrize(
    "sentence, doc_type",
    [
        # a township, 将继续 and an act with its object
        ("下一步，石桥乡将继续组织力量对沿河民宿开展消防安全回头看。", "news"),
        # a demonstrative place, a preposition's object before the act
        ("下步，该区将对辖区加油站逐一开展防雷检测，发现问题限时整改到位。", "news"),
        # a development zone with 会 and a joint act
        ("接下来，高新园区会联合消防部门对入驻企业开展应急疏散演练。", "news"),
        # the writer's own place: 我市 is no body of the vocabulary
        ("下一阶段，我市将加快推进老旧燃气管网改造，年内完成改造80公里。", "news"),
        # a bureau in a meeting report: found before, still found
        ("下一步，市交通运输局将牵头组织渡口渡船安全大检查，督促船主落实安全责任。", "meeting_report"),
    ],
)
def test_a_next_step_announces_the_partys_coming_work(sentence, doc_type):
    assert sentence_is_task(sentence, doc_type)


@pytest.mark.parametrize(
    "sentence",
    [
        # attitude only
        "下一步，我们将始终坚持安全第一的理念，牢固树立安全发展意识。",
        # a situation's future, no party
        "下一步，全区汛情将进一步加重，防汛形势十分严峻。",
        # a thing's future
        "下一步，新建的应急指挥平台将投入运行。",
        # work already done
        "下一步，该镇已完成全部隐患整改。",
        # the frame as a heading's lead-in or a noun, no comma
        "下一步工作打算如下：",
        "下一步的重点是巩固整治成果。",
    ],
)
def test_a_next_step_without_a_partys_act_is_no_announcement(sentence):
    assert not announces_next_step(sentence)
    assert not sentence_is_task(sentence, "news")
