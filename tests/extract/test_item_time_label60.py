"""An item's closing time label for the item's tasks that state no time of their own (issue 13, dl60;
docs/extraction.md, "An item's closing 时间： label for its tasks with no time of their own, measured"). A parenthesis
closing an item that names its parties may give its time under a bare `时间：` (`（牵头单位：…；责任单位：…；时间：3月底
前）`); the parties are handed to the item's tasks, the time is not, because a bare `时间：` alone on a line is a
meeting's. Reading it, beside the run's party labels, as the item's deadline for the tasks with no timing of their
own (as a `完成时限：` line already is) was built and measured: it moved realstyle_sealed24 alone, a read set, so it was
dropped as a fit; the strict xfails keep that reading, the passing cases what holds either way. Texts are written for
these tests."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.structure import closing_clauses, field_run

HEADER = "关于印发2026年安全生产工作要点的通知\n各乡镇人民政府，县直各有关单位：\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 时间： beside party labels is the item's time
        pytest.param(
            "（牵头单位：县应急局；责任单位：县消防救援大队；时间：9月底前）",
            [("lead_units", "县应急局"), ("units", "县消防救援大队"), ("deadline", "9月底前")],
        ),
        pytest.param("（责任单位：县交通运输局，时间：全年）", [("units", "县交通运输局"), ("deadline", "全年")]),
        # what holds: a 时限 label among party labels is the item's time
        ("（牵头单位：县林业局；时限：11月30日前）", [("lead_units", "县林业局"), ("deadline", "11月30日前")]),
        # negatives: a meeting's time and place, a run of no party, another word ending in 时间
        ("（时间：5月8日上午9时；地点：县政府三楼会议室）", []),
        ("（牵头单位：县住建局；检查时间：4月10日）", [("lead_units", "县住建局")]),
    ],
)
def test_a_bare_time_label_beside_party_labels(text, expected):
    assert field_run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("（县住建局牵头；时间：10月底前）", [("units", "县住建局牵头"), ("deadline", "10月底前")]),
        # negative: no party in the bracket, so no closing clauses at all
        ("（时间：10月底前；地点：县会议中心）", []),
    ],
)
def test_a_bare_time_label_among_closing_clauses(text, expected):
    assert closing_clauses(text) == expected


def deadlines(text: str) -> dict[str, str | None]:
    return {task.text[:10]: task.deadline.text if task.deadline else None for task in extract_fields(text).tasks}


def test_an_items_time_limit_line_times_its_tasks_without_a_time_of_their_own():
    item = (
        "一、压实责任\n"
        "1．修订完善各成员单位安全生产职责清单。（牵头单位：县安委办；责任单位：县安委会各成员单位；完成时限：4月底前）\n"
        "2．县安委办每月组织一次暗查暗访。（牵头单位：县安委办；完成时限：12月底前）\n"
    )
    found = deadlines(HEADER + item)
    assert found[next(key for key in found if key.startswith("修订"))] == "4月底前"
    # the sentence's own frequency stays its timing
    assert found[next(key for key in found if "暗查" in key or key.startswith("县安委办每月"))] == "每月"


def test_a_bare_time_label_times_the_items_tasks_without_a_time_of_their_own():
    item = "一、压实责任\n1．修订完善各成员单位安全生产职责清单。（牵头单位：县安委办；时间：4月底前）\n"
    found = deadlines(HEADER + item)
    assert found[next(key for key in found if key.startswith("修订"))] == "4月底前"


@pytest.mark.xfail(
    strict=True, reason="a sentence's own frequency keeps it under the item's line (dl54 lowered six sets)"
)
def test_the_items_line_over_a_frequency_of_the_sentence():
    item = "一、压实责任\n1．县安委办每月组织一次暗查暗访。（牵头单位：县安委办；完成时限：12月底前）\n"
    found = deadlines(HEADER + item)
    assert found[next(key for key in found if "暗查" in key or key.startswith("县安委办每月"))] == "12月底前"
