"""find_deadline: a timing that is an argument of the clause rather than its time (issue 13, dl36): the scope
of a plan the clause makes (制定台风期间应急预案); the year of a goal (落实2025年度安全生产目标), due by its end. Strict xfails: the means of a 以X为Y frame and a 前 bound into
a word (超前), measured and dropped as fits (each moved one READ page only). Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

MARCH = dt.date(2025, 3, 10)


def found(sentence: str, doc_date: dt.date | None = MARCH) -> tuple | None:
    return triple(find_deadline(sentence, doc_date))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a time between a verb that makes a plan and the plan's noun says what the plan covers
        ("各景区要制定节假日期间客流疏导方案。", None),
        ("水库管理单位要细化完善主汛期人员转移安排。", None),
        ("各乡镇要修订强降雨期间山洪灾害应急预案。", None),
        # …the plan made by a stated day keeps that day; the work a work verb governs keeps its time
        ("各乡镇要在5月底前修订山洪灾害应急预案。", ("5月底前", "2025-05-31", "date")),
        ("要做好节日期间的烟花爆竹安全检查工作。", ("节日期间", None, "period")),
        ("各村要制定方案，强降雨期间加强巡查。", ("强降雨期间", None, "period")),
        # …a duty whose frequency names the plan keeps its reading (the gold sets time 24小时值班制度)
        ("各单位要建立24小时值班制度。", ("24小时值班", None, "recurring")),
        # …an event limit and a campaign the task carries out keep their time
        ("施工单位要在台风来临前加固塔吊。", ("台风来临前", None, "date")),
        ("各县区要开展百日攻坚行动，全面排查在建工地隐患。", ("百日攻坚行动", None, "period")),
    ],
)
def test_the_scope_of_a_plan_is_no_deadline(sentence, expected):
    assert found(sentence) == expected


FITS = "measured, dropped as a fit: it moved one READ page (r12 x03, r13 z11) and no score-only set"


@pytest.mark.xfail(strict=True, reason=FITS)
@pytest.mark.parametrize(
    "sentence",
    [
        # the means or focus of 以X为Y: what the task works through, not when it is done
        "各县区要以百日攻坚行动为抓手，全面排查在建工地隐患。",
        "港口企业以三年专项整治为主线推动码头本质安全。",
        # 前 bound into a word (超前) is no postposition: no event limit
        "要在源头超前治理上下功夫，加密监测频次。",
    ],
)
def test_a_means_and_a_bound_word_are_no_deadline(sentence):
    assert found(sentence) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a goal or task of a named year is due by that year's end
        ("各乡镇要确保完成2025年度森林防火目标任务。", ("2025年度", "2025-12-31", "date")),
        ("将危房改造列为2025年度民生重点任务。", ("2025年度", "2025-12-31", "date")),
        ("全力冲刺2026年度安全生产控制目标。", ("2026年度", "2026-12-31", "date")),
        # …a calendar day of the sentence is the sharper limit
        ("各企业要在6月底前分解2025年度安全目标。", ("6月底前", "2025-06-30", "date")),
        # …a past year is background; a year that names a review, a plan or a work times nothing
        ("对未完成2024年度目标任务的单位要约谈。", None),
        ("各科室要认真撰写2025年度工作总结。", None),
        ("要严格执行县局2025年度执法检查计划。", None),
    ],
)
def test_the_year_of_a_goal_is_due_by_its_end(sentence, expected):
    assert found(sentence) == expected


# a stated range closed by 期间 keeps the range's last day: once a fit to realstyle_sealed12 alone, now read by dl112's
# rule that a month in Chinese numerals names no event before 期间 (realstyle_sealed40's 于十一月期间 shares it)
def test_a_range_closed_by_a_span_keeps_its_last_day():
    assert found("巡查组将在九月中旬至十月底期间加强夜查。") == ("九月中旬至十月底", "2025-10-31", "period")
