"""A locative attribute before a party: 沿江各乡镇, 东溪沿线各区县文旅局, 青石闸以下河段乡镇 (issue 13, units110).

A party narrowed by where it stands along a coast, a river or a line, or on a stretch of a river, is the party with
its attribute (the older gold: 沿海各乡镇, 沿江各乡镇). Before, the attribute hid the party unless its first characters
happened to read as a township's name (沿河乡 + 镇). The other unit classes counted on realstyle_sealed35, r47 and r48
were measured and left: strict xfails.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from .unit_views import sentence_units as read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a locative before the quantifier or the level: the party with its attribute
        ("沿江各乡镇要立即组织人员上堤巡查。", {("沿江各乡镇", "乡镇街道")}),
        ("沿海各镇（街道）要督促渔船回港避风。", {("沿海各镇（街道）", "乡镇街道")}),
        ("东溪沿线各区县旅游局要安排专人值班。", {("东溪沿线各区县旅游局", "文化和旅游部门")}),
        ("一、清水河沿河乡镇（街道）要实行24小时巡查。", {("清水河沿河乡镇（街道）", "乡镇街道")}),
        ("青石闸以下河段乡镇（街道）要加派防守力量。", {("青石闸以下河段乡镇（街道）", "乡镇街道")}),
        # the forms read before stay as they were
        ("各沿海乡镇要做好防台准备。", {("各沿海乡镇", "乡镇街道")}),
        ("沿河乡镇要加强巡堤查险。", {("沿河乡镇", "乡镇街道")}),
        # near misses: an act before the attribute is the clause's act; a locative before no body names no party
        ("加强沿河乡镇的巡堤力量。", set()),
        ("沿河道路要设置警示标志。", set()),
        ("沿着河堤开展巡查。", set()),
    ],
)
def test_a_locative_attribute_narrows_the_party(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert read(sentence) == expected


# units111 reads it (a body outside the vocabulary by its function head …执法机构 in the party slot); r46 did not fall
def test_a_level_before_the_locative() -> None:
    assert read("我市沿海各级渔业执法机构要加大检查力度。") == {("我市沿海各级渔业执法机构", "农业农村部门")}


# read by the partner slot since units117 (tests/extract/test_units117.py)
def test_partners_after_together_with() -> None:
    assert read("市消防救援支队要会同公安派出所、综合执法部门开展夜查。") == {
        ("市消防救援支队", "消防救援机构"),
        ("公安派出所", "公安机关"),
        ("综合执法部门", "城市管理和综合执法部门"),
    }
