"""A run-in heading's lead-in colon opens its items; a later sibling heading closes them (issue 13, outline88).

A run-in heading shares its line with body text. Its part ends with that line, unless the line closes on a colon
and a numbered line follows: the items it announces (`（一）露天采场。各采场要做好以下工作：` over `1.…`) are then the
heading's children, as under a heading on a line of its own. A later item of a numbering kind no open part has,
`（二）…` after items of another style, goes back to the list an open part holds of that kind: it is the sibling of
`（一）`, never a child of the last item. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.structure import Structure, document_structure

# a run-in heading closing on a lead-in colon over numbered items, then the next run-in heading of its level
ANNOUNCED = """县应急管理局关于做好汛期矿山防范工作的通知
各乡镇，各矿山企业：
一、分类要求
（一）露天采场。各采场要做好以下工作：
1.6月10日前完成边坡位移监测点检修；
2.雨后24小时内加密巡查一次。
（二）砖瓦厂。砖瓦厂要于6月20日前清理厂区排水沟。
（三）地下矿井。一是汛前完善排水系统；二是组织一次透水事故演练。
二、工作要求
各乡镇要于6月底前报送检查情况。
"""

# the run-in line closes on a full stop: the items stand beside the heading, but the next （二） is still its sibling
CLOSED = """县应急局关于做好汛期防范工作的通知
各乡镇：
一、重点行业
（一）露天采场。各采场要加强边坡巡查。
1.6月10日前完成监测点检修；
2.雨后24小时内加密巡查一次。
（二）砖瓦厂。砖瓦厂要于6月20日前清理排水沟。
"""

# the run-in line closes on a colon but no numbered line follows: the paragraph after it is the section's
UNNUMBERED = """县应急局关于做好汛期防范工作的通知
各乡镇：
一、重点行业
（一）露天采场。各采场要做到：
汛期每日巡查边坡一次。
二、工作要求
各乡镇要于6月底前报送检查情况。
"""

# an item of another style that opens its own list (（一） after 1.…：) still nests under that item
NESTED = """县应急局关于做好汛期防范工作的通知
各乡镇：
一、工作安排
1.开展专项检查，重点检查以下场所：
（一）露天采场边坡；
（二）尾矿库排洪设施。
2.6月底前报送检查情况。
"""


def parent_heading(structure: Structure, opening: str) -> str | None:
    sentence = next(s for s in structure.sentences if s.text.startswith(opening))
    part = sentence.part
    assert part is not None
    if sentence.kind == "heading":
        part = part.parent
    return None if part is None else part.heading.text


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        # (a) the items after the lead-in colon are the run-in heading's children
        (ANNOUNCED, "1.6月10日前", "（一）露天采场。"),
        (ANNOUNCED, "2.雨后", "（一）露天采场。"),
        # (b) the next heading of the run-in heading's level is its sibling, not a child of item 2
        (ANNOUNCED, "（二）砖瓦厂", "一、分类要求"),
        (ANNOUNCED, "（三）地下矿井", "一、分类要求"),
        # the items on a run-in heading's own line are its children, as before
        (ANNOUNCED, "二是组织", "（三）地下矿井。"),
        # the section after the items is no item's
        (ANNOUNCED, "二、工作要求", None),
        # a run-in line closing on a full stop announces nothing: its items stand beside it …
        (CLOSED, "1.6月10日前", "一、重点行业"),
        # … and the next heading of its level is still no child of the last item
        (CLOSED, "（二）砖瓦厂", "一、重点行业"),
        # a colon with no numbered line after it: the part ends with its line
        (UNNUMBERED, "汛期每日巡查", "一、重点行业"),
        # a first item of another style opens a list under the item that announces it
        (NESTED, "（一）露天采场边坡", "1.开展专项检查，重点检查以下场所："),
        (NESTED, "（二）尾矿库", "1.开展专项检查，重点检查以下场所："),
        (NESTED, "2.6月底前", "一、工作安排"),
    ],
)
def test_outline(text: str, opening: str, expected: str | None) -> None:
    assert parent_heading(document_structure(text), opening) == expected


def units_by_source(text: str) -> dict[str, list[str]]:
    return {task.source: [unit.mention for unit in task.units] for task in extract_fields(text).tasks}


def test_a_later_run_in_heading_s_tasks_keep_their_own_party() -> None:
    assert units_by_source(ANNOUNCED)["砖瓦厂要于6月20日前清理厂区排水沟。"] == ["砖瓦厂"]


def test_the_announced_items_take_the_lead_in_s_party() -> None:
    assert units_by_source(ANNOUNCED)["1.6月10日前完成边坡位移监测点检修；"] == ["各采场"]


def test_a_run_in_heading_naming_a_workplace_kind_is_its_items_party() -> None:
    # units115: a heading naming one workplace by its kind is the party of its items that name none
    assert units_by_source(ANNOUNCED)["一是汛前完善排水系统；"] == ["地下矿井"]
