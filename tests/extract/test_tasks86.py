"""The learned task classifier's cues of meaning (issue 13, tasks86; docs/extraction.md): what separates a news
account from a directive (a done or ongoing aspect, a reporting frame), an ordinal item a speaker reports from one he
orders (the lead-in of its 一是… series) and advice to the public (市民, 居民). They are features only: without a
model file the rules decide alone, and the measured classifier was not wired in. Invented sentences."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.context import DocumentContext
from nlp_pipeline.extract.meta import extract_meta
from nlp_pipeline.extract.structure import document_structure
from nlp_pipeline.extract.tasks import TaskDetection, aspect_of


@pytest.mark.parametrize(
    ("sentence", "aspect"),
    [
        ("县应急局已经完成全县加油站的安全检查。", "done"),
        ("今年以来，各乡镇开展了燃气隐患排查整治。", "done"),  # 了 after the verb
        ("目前，各地正在开展汛前检查。", "ongoing"),
        ("各乡镇要在6月底前完成燃气管道排查。", "none"),  # a directive's bare verb
        ("为了保障群众安全，各乡镇要加强巡查。", "none"),  # 为了 is a purpose, not an aspect
        ("各地要正确处理安全与发展的关系。", "none"),  # 正确 is no 正在
    ],
)
def test_the_aspect_of_a_sentence(sentence, aspect):
    assert aspect_of(sentence) == aspect


def detection_of(text: str) -> TaskDetection:
    structure = document_structure(text)
    return TaskDetection(structure, DocumentContext.of(extract_meta(structure, None, [])))


def cues_of(text: str, opening: str):
    detection = detection_of(text)
    sentence = next(s for s in detection.structure.sentences if s.text.startswith(opening))
    return detection.rule_cues(sentence, detection.ruled(sentence))


REPORT = (
    "县应急管理局开展汛期安全检查\n\n据县应急管理局介绍，今年以来主要做了三方面工作：\n"
    "一是组织开展了汛前隐患排查。\n二是完善了应急预案。\n"
)
DIRECTIVE = "关于做好汛期安全工作的通知\n\n各乡镇要切实做好以下工作：\n一是组织开展汛前隐患排查。\n二是完善应急预案。\n"
ADVICE = "关于防范燃气事故的提醒\n\n请广大市民在使用燃气时保持通风，发现泄漏及时关阀开窗。\n"


@pytest.mark.parametrize(
    ("text", "opening", "series_lead"),
    [
        (REPORT, "一是", "report"),  # a reporting lead-in: the items tell what was done
        (REPORT, "二是", "report"),  # a later item passes over the earlier ones to the lead-in
        (DIRECTIVE, "一是", "directive"),  # a modal lead-in: the items order
        (DIRECTIVE, "二是", "directive"),
        (DIRECTIVE, "各乡镇", "none"),  # the lead-in itself opens no series
    ],
)
def test_the_lead_in_of_an_ordinal_series(text, opening, series_lead):
    assert cues_of(text, opening).series_lead == series_lead


def test_a_reporting_frame_and_the_public_are_cues():
    reported = cues_of(REPORT, "据县应急管理局介绍")
    assert reported.reported and not reported.public
    advice = cues_of(ADVICE, "请广大市民")
    assert advice.public and not advice.reported
    directive = cues_of(DIRECTIVE, "各乡镇要")
    assert not directive.public and not directive.reported and directive.aspect == "none"
