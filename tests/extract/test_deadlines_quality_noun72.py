"""A time inside a noun headed by a quality noun in 性, and the N-th day or week after an event (issue 13, dl72;
docs/extraction.md, "A time inside a quality noun is no limit; the N-th day or week after an event is one"). A timing
in a noun phrase whose head is a quality noun (…工作的重要性, 长期性) times no action; a timing that opens its clause or
follows 于/在 still times its verb. An event's N-th day or week after it (节后第一周, 开学后第一天) is a limit
without 内, as a count after it (开学后10日内) is with it; the event's own first week (开学第一周) stays its span.
Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

FEB = dt.date(2026, 2, 10)


def found(sentence: str, day: dt.date = FEB) -> tuple | None:
    return triple(find_deadline(sentence, day))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a timing inside a noun phrase headed by a quality noun in 性: no limit
        ("各镇要充分认识防汛工作的长期性、复杂性，压实责任。", None),
        ("要深刻认识做好国庆期间消防安全工作的重要性，切实加强组织领导。", None),
        ("各单位要领会开展“百日攻坚”回头看的必要性，统筹抓好整改。", None),
        # the clause's verb keeps its timing: the timing opens the clause or follows 于/在
        ("6月底前提高隐患排查工作的针对性。", ("6月底前", "2026-06-30", "date")),
        ("各科室于3月15日前增强应急演练的实战性。", ("3月15日前", "2026-03-15", "date")),
        # 性 inside a longer noun is no head
        ("春节期间加强燃气设施安全性检查。", ("春节期间", "2026-02-23", "period")),
        ("汛期前完成堤防安全性评价。", ("汛期前", None, "date")),
        # the N-th day or week after an event: a limit, with or without 内
        ("节后第一周各车间必须完成设备自检。", ("后第一周", None, "date")),
        ("各校开学后第一天将安全自查表交教育站。", ("开学后第一天", None, "date")),
        ("复工后第三天组织一次消防演练。", ("复工后第三天", None, "date")),
        ("各校开学后第一周内完成校车检查。", ("开学后第一周内", None, "date")),
        # the event's own first day stays its span; a bare ordinal week is no time
        ("各校开学第一天开展安全教育。", ("开学第一天", None, "period")),
        ("第一周共检查企业12家。", None),
    ],
)
def test_quality_nouns_and_days_after_an_event(sentence, expected):
    assert found(sentence) == expected
