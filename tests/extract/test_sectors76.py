"""The items a run-in heading's closing lead-in announces take the heading's sector (issue 13, sectors76).

A run-in heading shares its line with body text (`（一）井下开采的煤矿。各煤矿要抓好以下几项工作：`); the line's last
sentence, closing on a colon, announces the numbered items after it, and the structure keeps the heading's part open
past its line so they are its children (outline88): the heading is the nearest naming a sector, ahead of the parent
section's and of the title's theme. A run-in heading whose line ends on a full stop announces nothing, and a
lead-in heading a line of its own is read as before. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.sectors import task_sectors
from nlp_pipeline.extract.structure import document_structure

# A title about mines in general (its theme 非煤矿山), a run-in heading naming coal mines over items that name
# other areas of their own (a dam, rainfall): the heading's 煤矿 is theirs, not the theme.
MINES = """县应急管理局关于做好雨季矿山安全防范工作的通知
各乡镇，各矿山企业：
一、各类矿山的要求
（一）井下开采的煤矿。各煤矿要抓好以下几项工作：
1.6月15日前完成井田周边水库、河道积水情况排查；
2.严格执行雨季巡视制度，降雨期间每班安排专人巡查井口；
3.主排水系统雨季前完成一次联合试运转。
（二）尾矿库。各尾矿库企业要加强库区巡查，汛前完成排洪设施检修。
二、工作要求
各乡镇要于6月底前报送矿山安全检查情况。
"""

# The same items, the heading's line ending on a full stop: its sentence announces no list.
CLOSED = """县应急局关于做好雨季安全防范工作的通知
各乡镇：
一、重点行业
（一）井下开采的煤矿。各煤矿要加强排查。
1.6月15日前完成周边水库、河道积水情况排查；
2.严格执行雨季巡视制度，降雨期间每班安排专人巡查。
"""


def sectors_by_source(text: str) -> dict[str, list[str]]:
    return {task.source: task.sectors for task in extract_fields(text).tasks}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # items naming other areas of their own take the run-in heading's sector besides them
        ("1.6月15日前完成井田周边水库、河道积水情况排查；", "煤矿"),
        ("2.严格执行雨季巡视制度，降雨期间每班安排专人巡查井口；", "煤矿"),
        ("3.主排水系统雨季前完成一次联合试运转。", "煤矿"),
    ],
)
def test_items_after_a_run_in_heading_take_its_sector(source: str, expected: str) -> None:
    sectors = sectors_by_source(MINES)[source]
    assert expected in sectors
    assert "非煤矿山" not in sectors  # the title's theme gives way to the heading


def test_a_later_run_in_heading_keeps_its_own_sector() -> None:
    sectors = sectors_by_source(MINES)["各尾矿库企业要加强库区巡查，汛前完成排洪设施检修。"]
    assert "非煤矿山" in sectors
    assert "煤矿" not in sectors


def test_a_run_in_heading_closing_on_a_full_stop_announces_nothing() -> None:
    structure = document_structure(CLOSED)
    item = next(sentence for sentence in structure.sentences if sentence.text.startswith("2.严格执行"))
    assert "煤矿" not in task_sectors(item)


def test_a_section_after_the_items_is_not_the_heading_s() -> None:
    assert "煤矿" not in sectors_by_source(MINES)["各乡镇要于6月底前报送矿山安全检查情况。"]


def test_a_run_in_heading_s_line_nests_the_following_heading_as_its_sibling() -> None:
    structure = document_structure(MINES)
    heading = next(sentence for sentence in structure.sentences if sentence.text.startswith("（二）尾矿库"))
    assert heading.part is not None and heading.part.parent is not None
    assert heading.part.parent.heading.text == "一、各类矿山的要求"
