"""Deadlines of issue 13, groups 6 and 7, on documents nobody here wrote (dlmeta24): a case clause that
opens the sentence without 对, the day of the main clause inside an opening span, the end of the working day
as an hour of each week or day, each occasion (每次…前后), a quarter written without 度, an event named in
quotes before 期间, and the week a measure starts in. Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

JUNE = dt.date(2025, 6, 9)  # a Monday
FRIDAY = dt.date(2025, 4, 11)


def found(sentence: str, doc_date: dt.date | None = JUNE) -> tuple | None:
    return triple(find_deadline(sentence, doc_date))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a clause that opens the sentence and ends in 的 names the cases: the action's own time comes first
        ("节日期间出现火情或人员被困的，须第一时间报告镇应急办。", ("第一时间", None, "immediate")),
        # negative: where the action states none, the case's time is the consequence's
        ("汛前未完成隐患整改的，一律停止作业。", ("汛前", None, "date")),
        # negatives: a span opening a clause of its own, or inside the action's clause, times the action
        ("节日期间，各景区要安排专人值守。", ("节日期间", None, "period")),
        ("要做好节日期间的安全检查，各村要加强巡查。", ("节日期间", None, "period")),
    ],
)
def test_a_case_clause_opening_the_sentence(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the clause after an opening span holds the main work: its day inside the span times it
        ("安全生产月期间，综合部负责在6月18日上午组织全员疏散演练。", ("6月18日上午", "2025-06-18", "date")),
        ("3. 安全生产月期间，综合部负责在6月18日上午组织全员疏散演练。", ("6月18日上午", "2025-06-18", "date")),
        # negatives: a later clause's limit times a step; a day outside the span does not sharpen it
        (
            "安全生产月期间，各部门要开展隐患自查，6月20日前报送自查报告。",
            ("安全生产月期间", "2025-06-30", "period"),
        ),
        ("安全生产月期间，综合部负责在7月8日组织一次演练。", ("安全生产月期间", "2025-06-30", "period")),
    ],
)
def test_the_day_of_the_main_clause_inside_an_opening_span(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, doc_date, expected",
    [
        # the end of the working day is an hour of each week or day, a stated recurring limit that comes first
        (
            "各村须在每周五下午下班前上报一周巡河记录，9月底前交全年小结。",
            JUNE,
            ("每周五下午下班前", None, "recurring"),
        ),
        ("各班组每天下班前检查一遍门窗电源。", JUNE, ("每天下班前", None, "recurring")),
        # each occasion, as 每逢
        ("承包商须在每次恶劣天气前后检查脚手架和吊船。", JUNE, ("每次恶劣天气前后", None, "recurring")),
        # a quarter as Hong Kong writes it
        ("劳工处将在今年第三季对外墙工程进行突击巡查。", JUNE, ("今年第三季", "2025-09-30", "period")),
        # an event named in quotes after 在
        ("县住建局将在“双节”期间开展工地安全督查。", JUNE, ("“双节”期间", None, "period")),
        # the week a measure starts in: next Monday, this week's the document's day; a frequency still comes first
        ("下周起各科室负责人要轮流带班检查。", FRIDAY, ("下周起", "2025-04-14", "date")),
        ("从本周起各班组每天开展一次自查。", FRIDAY, ("每天", None, "recurring")),
        # negatives: 上下班 is no end of the day; one occasion is a limit; a crop is no quarter; a quoted event
        # that nothing is done in; a week that opens a span
        ("每天上下班途中注意交通安全。", JUNE, ("每天", None, "recurring")),
        ("承包商须在恶劣天气前后检查脚手架和吊船。", JUNE, ("恶劣天气前", None, "date")),
        ("该县推广第三季稻种植。", JUNE, None),
        ("“双节”期间游客量大幅增加。", JUNE, None),
        ("下周起至月底，各村要开展排查。", FRIDAY, None),
    ],
)
def test_written_forms(sentence, doc_date, expected):
    assert found(sentence, doc_date) == expected


# A span after 在/于 times its clause's verb (deadlines.main_clause_timing); a span opening the sentence still yields
# to a later frequency, as the older gold sets read it (test_deadlines_clauses.py).
def test_a_main_clause_span_over_a_later_frequency():
    assert found("交警大队要在暑期开展校车超员整治，每月通报一次整治情况。") == ("暑期", None, "period")
