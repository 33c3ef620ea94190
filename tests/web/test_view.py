"""How the result page cuts the normalized text into highlighted segments."""

from __future__ import annotations

import pytest

from nlp_pipeline.record import Change
from nlp_pipeline.web.view import changes_by_step, locate_changes, text_segments

from .samples import gas_notice_record


@pytest.mark.parametrize(
    "text, changes, spans",
    [
        # one step: offsets are in its input, shifted by its own earlier edits
        ("燃气管网", [Change("t2s", "燃氣", "燃气", 0), Change("t2s", "網", "网", 3)], [(0, 2), (3, 4)]),
        ("会议安全", [Change("pinyin_annotation", "(huì)", "", 1), Change("t2s", "會議", "会议", 0)], [None, (0, 2)]),
        # a later step's deletion before a change moves it
        ("燃气", [Change("t2s", "氣", "气", 3), Change("layout", "  ", "", 0)], [(1, 2), None]),
        # an insertion right before a change moves it; one right after leaves it
        (
            "，燃气，",
            [Change("t2s", "氣", "气", 1), Change("punctuation", "", "，", 0), Change("punctuation", "", "，", 2)],
            [(2, 3), (0, 1), (3, 4)],
        ),
        # a later step that rewrites a change takes over its highlight
        ("会议", [Change("t2s", "會", "会", 0), Change("spin", "会", "会议", 0)], [None, (0, 2)]),
    ],
)
def test_changes_are_carried_to_their_place_in_the_normalized_text(text, changes, spans):
    located = locate_changes(text, changes)
    assert [(item.start, item.end) if item.located else None for item in located] == spans


@pytest.mark.parametrize(
    "change",
    [
        Change("boilerplate", "来源：新闻网", "", 0),  # a deletion has nothing to highlight
        Change("layout", "\u3000", " ", 4),  # whitespace is not worth a highlight
        Change("t2s", "會議", "会议", 0),  # a log that does not fit this text
    ],
)
def test_changes_that_cannot_be_shown_in_the_text_stay_unlocated(change):
    assert not locate_changes("燃气管网 隐患排查", [change])[0].located


def test_every_change_of_a_real_normalization_that_survives_is_located():
    from nlp_pipeline.normalize import normalize

    damaged = "各級政府要加強燃氣安全監管，開展隱患排查。\n\n嚴禁違規經營。"
    result = normalize(damaged)
    located = locate_changes(result.text, result.changes)
    t2s = [item for item in located if item.change.step == "t2s"]
    assert t2s and all(item.located for item in t2s)
    assert all(result.text[item.start : item.end] == item.change.after for item in located if item.located)


def test_segments_rebuild_the_text_and_mark_each_task_sentence():
    record = gas_notice_record()
    segments = text_segments(record, locate_changes(record.text, record.normalization.changes))
    assert "".join(segment.text for segment in segments) == record.text
    for task in record.tasks:
        covered = "".join(s.text for s in segments if task.id in s.tasks)
        assert covered == task.source
        assert [s.offset for s in segments if task.id in s.anchors] == [task.start]


def test_segments_without_tasks_or_changes_are_the_whole_text():
    record = gas_notice_record()
    record.tasks = []
    assert [s.text for s in text_segments(record, [])] == [record.text]


def test_a_task_span_outside_the_text_is_ignored():
    record = gas_notice_record()
    record.tasks[0].end = len(record.text) + 10
    segments = text_segments(record, [])
    assert "T1" not in {task for s in segments for task in s.tasks}


def test_side_list_groups_by_step_and_caps_each_group():
    changes = [Change("t2s", "會", "会", i) for i in range(5)] + [Change("punctuation", ",", "，", 9)]
    groups = changes_by_step(locate_changes("", changes), limit=3)
    assert [(g.step, g.count, len(g.shown)) for g in groups] == [("t2s", 5, 3), ("punctuation", 1, 1)]


@pytest.mark.parametrize(
    "text, length, shown",
    [
        ("\n", 10, "↵"),
        (" \u3000", 10, "␣□"),
        ("燃氣", 10, "燃氣"),  # text is never touched
        ("燃 氣", 10, "燃 氣"),  # nor the spaces inside it
        ("甲" * 12, 10, "甲" * 9 + "…"),
    ],
)
def test_side_list_shows_whitespace_and_shortens_long_changes(text, length, shown):
    from nlp_pipeline.web.app import visible

    assert visible(text, length) == shown
