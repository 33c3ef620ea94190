"""Issue 14 (gbk86): the GBK repair raised IndexError on a text whose last character alone is
suspect (a masked name `郑○○` closing a signature, no line break after it): the late windows of
`repair_region` start one or two characters after the region, which there is at or past the
text's end. And a step that raises never loses the document: `normalize` hands the step's input
on and names the step in `failed_steps`. Texts written for this project."""

import pytest

from nlp_pipeline import normalize as normalize_package
from nlp_pipeline.normalize import gbk_misalignment, normalize, replay
from nlp_pipeline.pipeline import process_raw, raw_from_text

from ..conftest import load_module

steps_alone = load_module("steps_alone", "scripts/steps_alone.py")

SIGNED = "请各单位于五月底前报送自查结果。\n县长\u3000郑○○"


@pytest.mark.parametrize(
    "text",
    [
        SIGNED,  # a masked name ends the text: the region is its last character
        "请按时报送。\n局长 王○○",
        "联系电话：0123-4567890分机21。\n处长\u3000张○○",
        "○",  # the text is the region
        "郑○",
    ],
)
def test_a_region_at_the_texts_end_reads_no_empty_window(text):
    repaired, changes = gbk_misalignment.repair_gbk_misalignment(text)
    assert repaired == text and not changes


@pytest.mark.parametrize(
    "text",
    [
        SIGNED + "\n",  # a line break after the name: the window was never empty
        "请按时报送。\n县长\u3000郑○○（签字）",  # text after the region
        "县长郑○○主持会议。",
    ],
)
def test_near_misses_stay_as_they_were(text):
    assert gbk_misalignment.repair_gbk_misalignment(text)[0] == text


def test_the_pipeline_keeps_a_signed_text():
    record = process_raw(raw_from_text(SIGNED))
    assert record.text.endswith("郑○○")
    assert "failed_steps" not in record.to_dict()["normalization"]


def failing_step(text):
    raise IndexError("string index out of range")


def test_a_step_that_raises_loses_no_document(monkeypatch):
    monkeypatch.setitem(normalize_package.STEPS, "gbk_misalignment", failing_step)
    damaged = "安全生產(chǎn)工作會議\n"
    result = normalize(damaged)
    assert result.failed_steps == {"gbk_misalignment": "IndexError: string index out of range"}
    assert result.text == "安全生产工作会议"  # the steps after it still ran
    assert "gbk_misalignment" not in result.counts
    assert replay(damaged, result.changes) == result.text  # the change log explains the output without it


def test_the_record_names_a_step_that_raised(monkeypatch):
    monkeypatch.setitem(normalize_package.STEPS, "spin", failing_step)
    record = process_raw(raw_from_text(SIGNED + "\n"))
    written = record.to_dict()["normalization"]
    assert written["failed_steps"] == {"spin": "IndexError: string index out of range"}
    assert type(record).from_dict(record.to_dict()).normalization.failed_steps == written["failed_steps"]


def test_no_step_fails_clean_text():
    assert not normalize(SIGNED).failed_steps


def test_the_survey_lists_a_raising_step(monkeypatch):
    assert not list(steps_alone.failures(SIGNED))
    monkeypatch.setitem(normalize_package.STEPS, "spin", failing_step)  # the survey's own table too
    found = list(steps_alone.failures(SIGNED))  # 　 -> space before spin: fed alone and in order
    assert [(step, fed) for step, fed, _ in found] == [("spin", "alone"), ("spin", "in order")]
