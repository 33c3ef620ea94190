"""Deadlines of issue 13, groups 6 and 7, fourth pass: what real pages do that the written sets seldom do.
A stated frequency over a bare 定期, a day scheduled after the document's own day, urgency of the
requirement a report quotes over urgency in how a body acted, the safety month's span wherever 期间 follows
it, timings inside a document's title, 持续 before a state of the weather or an attitude, a span that runs to a
festival, returns to work or school as events, limits before an event of every year and 每逢.
Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.dates import YearOnly
from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

JANUARY = dt.date(2025, 1, 13)


def found(sentence: str, doc_date: dt.date | None = JANUARY, plan_year: int | None = None) -> tuple | None:
    return triple(find_deadline(sentence, doc_date, plan_year))


# --- frequencies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 定期 names no period: a frequency that names one times the task
        ("三是压实调度责任：定期会商，假期内坚持每日调度。", ("每日", None, "recurring")),
        ("定期组织消防演练，每季度至少一次。", ("每季度至少", None, "recurring")),
        # a limit before an event of every year, and 每逢
        ("每年汛期前，各水库要完成一次安全鉴定。", ("每年汛期前", None, "recurring")),
        ("每逢节假日，各景区要安排专人值守。", ("每逢节假日", None, "recurring")),
        # negatives: 定期 alone stays the frequency; this year's 汛期前 is a limit; 逢 without 每 is no frequency
        ("各企业要定期检修消防设施。", ("定期", None, "recurring")),
        ("今年汛期前，各水库要完成一次安全鉴定。", ("汛期前", None, "date")),
        ("逢节假日，各景区要安排专人值守。", None),
    ],
)
def test_frequencies(sentence, expected):
    assert found(sentence) == expected


# --- a day scheduled after the document's own day --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, doc_date, plan_year, expected",
    [
        # a day opening a clause before its work or event, later than the document's day
        ("三要宣传发动到位：1月16日举办平安返乡主题活动。", JANUARY, None, ("1月16日", "2025-01-16", "date")),
        ("县消防大队1月20日组织一次商场疏散演练。", JANUARY, None, None),
        ("二、1月20日，组织一次商场疏散演练。", JANUARY, None, ("1月20日", "2025-01-20", "date")),
        # a plan for the next year: its months fall in that year
        ("3.3月15日，组织全镇森林防火演练。", dt.date(2024, 12, 20), 2025, ("3月15日", "2025-03-15", "date")),
        # negatives: the document's own day and earlier days are a report; a month before the document's is
        # last year's, not rolled into the next; work done (了); an event that happens, not one held
        ("三要宣传发动到位：1月13日举办平安返乡主题活动。", JANUARY, None, None),
        ("会上通报，1月6日召开了全县调度会。", JANUARY, None, None),
        ("二、6月20日，组织一次商场疏散演练。", dt.date(2025, 8, 1), None, None),
        ("三要宣传发动到位：1月16日举办了主题活动。", JANUARY, None, None),
        ("据预报，1月16日将出现大范围降温。", JANUARY, None, None),
    ],
)
def test_a_day_scheduled_after_the_document(sentence, doc_date, plan_year, expected):
    assert found(sentence, doc_date, plan_year) == expected


@pytest.mark.xfail(
    strict=True, reason="a page that does not state its own day cannot tell a scheduled day from a report"
)
def test_a_scheduled_day_on_a_page_without_its_day():
    assert found("三要宣传发动到位：1月16日举办平安返乡主题活动。", YearOnly(2025, 1, 1)) == (
        "1月16日",
        "2025-01-16",
        "date",
    )


# --- which words time the task ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # urgency in how a body acted yields to the urgency of the requirement the report quotes
        ("街道党工委高度重视，迅速行动，要求各社区立即清理楼道堆放杂物。", ("立即", None, "immediate")),
        ("县应急局第一时间赶赴现场，会议要求涉事企业马上停产整顿。", ("马上", None, "immediate")),
        # negatives: with no urgency in the requirement the body's stays; 按照…要求 cites a requirement
        ("街道党工委迅速行动，要求各社区清理楼道堆放杂物。", ("迅速", None, "immediate")),
        ("各社区迅速行动，按照上级要求立即清理楼道杂物。", ("迅速", None, "immediate")),
        # the safety month's span wherever 期间 follows it
        ("“安全生产月”期间项目部将组织全员开展应急演练。", ("“安全生产月”期间", "2025-06-30", "period")),
        # a stated span, it comes before a frequency, as 安全生产月 has done after 在/结合
        ("安全生产月活动期间，各班组要每周开展一次隐患自查。", ("安全生产月活动期间", "2025-06-30", "period")),
        ("安全生产月期间的宣传资料由办公室统一印制。", None),
        ("各车间要按时报送安全生产月报。", None),
        # a timing inside a document's title names the document
        ("认真落实《全镇燃气隐患整治百日行动方案（2025年）》各项要求。", None),
        ("对照《城镇燃气安全排查整治方案》，6月底前完成全部整改。", ("6月底前", "2025-06-30", "date")),
    ],
)
def test_which_words_time_the_task(sentence, expected):
    assert found(sentence) == expected


# --- manner words -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 持续 before a state of the weather forecasts it; before an attitude it is manner
        ("气象台预报本市未来三天将持续低温，各工地要做好防冻措施。", None),
        ("受高压控制全县持续晴好，各乡镇要严管野外火源。", None),
        ("各村要持续增强守护森林资源的责任意识。", None),
        ("及时清理消防通道堆放物品，继续加强夜间巡查。", None),
        # negatives: 持续 before work is a lasting duty
        ("各村要持续开展森林防火巡查。", ("持续", None, "ongoing")),
        ("县应急局将持续提升企业本质安全水平。", ("持续", None, "ongoing")),
    ],
)
def test_manner_words(sentence, expected):
    assert found(sentence) == expected


# --- events ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a span that runs to a festival ends the day before it
        ("即日起至春节前，各乡镇要开展烟花爆竹打非治违。", ("即日起至春节前", "2025-01-28", "period")),
        ("自即日起至元宵节前，全县禁止在城区燃放烟花爆竹。", ("自即日起至元宵节前", "2025-02-11", "period")),
        # a return to work or school is an event the limit is set by
        ("节后返岗前，各企业要组织员工开展复工安全培训。", ("节后返岗前", None, "date")),
        ("学生返校前，各学校要完成校舍安全排查。", ("返校前", None, "date")),
        # negatives: a festival limit alone stays a date; returning workers are no event
        ("各乡镇要在春节前完成烟花爆竹打非治违。", ("春节前", "2025-01-28", "date")),
        ("各企业要对返岗人员开展安全培训。", None),
    ],
)
def test_events(sentence, expected):
    assert found(sentence) == expected
