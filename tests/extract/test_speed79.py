"""Speed79's gates (issue 19; docs/benchmarks.md): `opening_day` runs the deadline finder only where the sentence opens
with a character a written date or a month's part can open with, `dated_before_the_document` cuts no marker where the
document knows no day, and `sentence_is_task` reads an outcome before the dated item. Each still fires where it should
and stays silent on the near misses; the gated reading equals the ungated one. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import nlp_pipeline
from nlp_pipeline.dates import find_dates, knows_the_day
from nlp_pipeline.extract import tasks as t

REFERENCE = dt.date(2025, 12, 5)


def ungated_opening_day(text: str, reference: dt.date | None) -> dt.date | None:
    """`opening_day` without speed79's first-character gate: the reading the gate must not change."""
    if not knows_the_day(reference) or ("，" not in text and "," not in text):
        return None
    end = t.item_date_end(text)
    if end is None or not text.startswith(("，", ","), end):
        return None
    written = next((found.date for found in find_dates(text[:end]) if found.start == 0), None)
    if written is not None:
        return written if written <= reference else None
    part = t.cues().opening_month_part.match(text[:end])
    if part is None:
        return None
    month, day = t.chinese_number(part.group("m")), part.group("d") or part.group("xun")
    last = {"上": 10, "中": 20, "下": 28}.get(day) or t.chinese_number(day)
    when = t.make_date(reference.year, month, last) if 1 <= month <= 12 else None
    return when if when is not None and dt.timedelta(0) <= reference - when <= t.RECENT_PAST else None


FIRES = [
    ("11月28日，县安委办组织召开燃气安全会商会。", dt.date(2025, 11, 28)),
    ("１１月２８日，县安委办组织召开燃气安全会商会。", dt.date(2025, 11, 28)),  # full-width digits
    ("11月下旬，县安委办组织开展燃气安全检查。", dt.date(2025, 11, 28)),  # a month's part
    ("2025年12月1日，县应急局召开专题会议。", dt.date(2025, 12, 1)),  # a full date
]
# opening with a character the gate lets through, read as before (the finder reads no Chinese-numeral day at the start)
GATE_ONLY = [
    "十一月二十八日，县安委办组织召开燃气安全会商会。",
    "二〇二五年十二月一日，县应急局召开专题会议。",
    "一是，各乡镇组织开展燃气安全检查。",
    "入冬前（11月20日前），后勤科组织检查。",
]
SILENT = [
    "近日，县安委办组织召开燃气安全会商会。",  # a recent day, no date written
    "县安委办于11月28日，组织召开燃气安全会商会。",  # the date does not open it
    "（11月28日），县安委办组织召开燃气安全会商会。",  # a bracket before the date
    "年内，各乡镇组织开展一次燃气安全检查。",  # a limit the finder reads, no day of the past
    "12月20日，各乡镇报送检查情况。",  # a day after the document's
    "11月28日县安委办组织召开会商会",  # no pause
    "",
]


@pytest.mark.parametrize(("text", "day"), FIRES)
def test_opening_day_still_reads_its_day(text: str, day: dt.date) -> None:
    assert t.opening_day(text, REFERENCE) == day
    assert ungated_opening_day(text, REFERENCE) == day


@pytest.mark.parametrize("text", SILENT)
def test_opening_day_stays_silent_on_near_misses(text: str) -> None:
    assert t.opening_day(text, REFERENCE) is None
    assert ungated_opening_day(text, REFERENCE) is None


@pytest.mark.parametrize("text", [text for text, _ in FIRES] + SILENT + GATE_ONLY)
def test_the_gate_changes_no_reading(text: str) -> None:
    assert t.opening_day(text, REFERENCE) == ungated_opening_day(text, REFERENCE)
    assert t.opening_day(text, None) is None


def test_every_opening_character_of_a_day_passes_the_gate() -> None:
    for text, _ in FIRES:
        assert text[0] in t.OPENING_DAY_FIRST
    assert "近" not in t.OPENING_DAY_FIRST and "（" not in t.OPENING_DAY_FIRST


NOTICE_HEAD = "关于做好燃气安全工作的通知\n各乡镇、各部门：\n现将有关事项通知如下。\n"
EVENT = "11月28日，县安委办组织应急、市场监管等部门召开燃气安全会商会。"


def sources(body: str, date: str | None) -> list[str]:
    record = nlp_pipeline.process(NOTICE_HEAD + body + "\n", doc_id="doc", date=date)
    return [task.source for task in record.tasks]


def test_a_dated_event_before_a_dated_document_is_no_task() -> None:
    assert not any(source.startswith("11月28日") for source in sources(EVENT, "2025-12-05"))


def test_with_no_document_day_the_check_does_not_run() -> None:
    # no day to count back from: the dated event is read by the other rules, as before the gate
    assert any(source.startswith("11月28日") for source in sources(EVENT, None))


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("6月2日至30日，在手机上播发防汛安全提示标语。", True),
        ("6月2日至30日，在手机上播发防汛安全提示标语，效果明显。", False),  # an outcome: a report of what is done
    ],
)
def test_an_outcome_is_read_before_the_dated_item(sentence: str, task: bool) -> None:
    assert t.sentence_is_task(sentence, "plan") is task
