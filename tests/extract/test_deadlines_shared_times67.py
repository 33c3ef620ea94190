"""The time that covers several tasks (issue 13, dl67; docs/extraction.md, "A range's end, a stage's end over
undated timings, a series headed by 即日起"): a range A至B is a period ending at B whatever its ends are written
as (a day's hour, a month's end or third, 从即日开始); a named span whose words are a range ends where the range
ends; a dated stage's end is the limit of its sentences whose own timing names no end (urgency, lasting work, an
open limit on what a 的 phrase names), its span given in brackets or after the label's colon; a series headed by 即日起 hands it on (tests/extract/test_deadlines_series_
lead66.py). Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp_pipeline
from nlp_pipeline.extract.deadlines import find_deadline

DOC_DATE = dt.date(2025, 4, 20)


def reading(text: str) -> tuple[str, str | None, str] | None:
    found = find_deadline(text, DOC_DATE)
    return (found.text, found.date, found.kind) if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range whose first day names its hour
        ("5月1日12时至8月16日12时，全县水域禁止电鱼作业。", ("5月1日12时至8月16日12时", "2025-08-16", "period")),
        # 从即日开始 opens a range as 从即日起 does
        ("各工地从即日开始至6月19日前，每晚禁止高噪声作业；", ("从即日开始至6月19日前", "2025-06-19", "period")),
        # a month's end or third at either end
        ("县交通局要组织9月底至10月中旬的交叉检查；", ("9月底至10月中旬", "2025-10-20", "period")),
        # a range of days written in Chinese numerals before 期间: read as the calendar, as the same range in digits
        # is (dl112: a month in Chinese numerals names no event before 期间)
        (
            "检查组会于七月二十八日至八月三十一日期间到各工地巡查。",
            ("七月二十八日至八月三十一日", "2025-08-31", "period"),
        ),
        # a plain range, as before
        ("各乡镇要在6月1日至8月31日开展排查。", ("6月1日至8月31日", "2025-08-31", "period")),
    ],
)
def test_range_ends_at_its_second_time(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one day with its hour and a limit is a date, no range
        ("各单位于5月10日12时前报送名单。", ("5月10日12时前", "2025-05-10", "date")),
        # a month's end alone is a date
        ("9月底前完成全部整改。", ("9月底前", "2025-09-30", "date")),
        # a named span with no dates inside is no range: only the calendar ends the holiday (dl82)
        ("各景区在国庆节期间加强值守。", ("国庆节期间", "2025-10-08", "period")),
        # 开始 after a day with no range is no span
        ("自6月1日开始，各单位每周报送一次进展。", ("每周", None, "recurring")),
    ],
)
def test_not_a_range(text, expected):
    assert reading(text) == expected


HEADER = "关于开展燃气安全专项整治的实施方案\n各乡镇、县直有关部门：\n一、工作步骤\n"
FOOTER = "\n县安全生产委员会办公室\n2025年3月6日\n"
STAGE = "（二）排查整治阶段（3月21日—5月31日）。"


def deadlines(body: str) -> list[tuple[str | None, str | None]]:
    record = nlp_pipeline.extract(HEADER + body + FOOTER)
    return [(t.deadline.text, t.deadline.date) if t.deadline else (None, None) for t in record.tasks]


@pytest.mark.parametrize(
    "body, expected",
    [
        # urgency within the stage
        (STAGE + "各乡镇要立即组织燃气用户逐户排查。", ("3月21日—5月31日", "2025-05-31")),
        # lasting work within the stage
        (STAGE + "县住建局要常态化开展燃气管网巡查。", ("3月21日—5月31日", "2025-05-31")),
        # an open limit on what a 的 phrase names: the remedy of what the stage finds
        (STAGE + "各乡镇要逐户开展检查，不能当场整改的落实管控措施并限期整改。", ("3月21日—5月31日", "2025-05-31")),
    ],
)
def test_stage_end_over_undated_timing(body, expected):
    assert deadlines(body)[-1] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a stated day of its own
        (STAGE + "各乡镇要于4月30日前完成燃气用户排查。", ("4月30日前", "2025-04-30")),
        # a frequency of its own
        (STAGE + "县住建局要每周通报一次排查进展。", ("每周", None)),
        # an open limit on no 的 phrase keeps its own reading (heldout3's gold, measured)
        (STAGE + "县住建局要责令燃气企业限期整改。", ("限期整改", None)),
        # no stage: urgency stays urgency
        ("各乡镇要立即组织燃气用户逐户排查。", ("立即", None)),
    ],
)
def test_own_timing_kept(body, expected):
    assert deadlines(body)[-1] == expected


COLON_STAGE = "（二）集中整治阶段：6月1日至8月31日\n1.各乡镇要组织燃气用户全面排查。\n2.县住建局要开展联合执法检查。\n"


def test_stage_span_after_its_labels_colon():
    assert deadlines(COLON_STAGE)[-2:] == [("6月1日至8月31日", "2025-08-31")] * 2


def test_colon_label_without_a_span_dates_nothing():
    body = "（二）集中整治阶段：全面排查\n1.各乡镇要组织燃气用户全面排查。\n2.县住建局要开展联合执法检查。\n"
    assert deadlines(body)[-2:] == [(None, None)] * 2
