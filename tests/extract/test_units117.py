"""Partners named outside the vocabulary, read by the partner slot (issue 13, units117).

Right after a partner's verb (会同, 联合, 配合, 协助…) or right before the role verb that closes a list of partners
(…配合), only a party stands (unit_rules.toml `partner_slot_before`, `partner_slot_after`). There a station's place
name is read whatever the tagger makes of it, unless it opens with a verb (units.station_place_steps), and so is a
station inside such a list; a body named by the head of a station, a branch office or a centre (`partner_body_head`)
is read without a level prefix, taking its domain word's department (units.generic_at). Places listed as objects, an
act and its object, and a writer's own offices (…办, …科) are no partners. Invented texts."""

from __future__ import annotations

import pytest

from tests.extract.test_units116 import units_by_source


def units_of(sentence: str) -> list[tuple[str, str]]:
    return next(iter(units_by_source(sentence).values()), [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a station's place name the tagger splits (a surname and a verb) after 会同, and the list goes on after it
        (
            "街道综合行政执法队要会同槐安派出所、消防救援站每周开展不少于2次夜查。",
            [
                ("街道综合行政执法队", "城市管理和综合执法部门"),
                ("槐安派出所", "公安机关"),
                ("消防救援站", "消防救援机构"),
            ],
        ),
        # the department's own word before its station, then a department by its work
        (
            "市消防救援支队要会同公安派出所、综合执法部门开展夜查行动。",
            [
                ("市消防救援支队", "消防救援机构"),
                ("公安派出所", "公安机关"),
                ("综合执法部门", "城市管理和综合执法部门"),
            ],
        ),
        # a list of partners that 配合 closes
        (
            "县住建局牵头，槐安派出所、消防救援站配合，6月底前完成检查。",
            [("县住建局", "住房和城乡建设部门"), ("槐安派出所", "公安机关"), ("消防救援站", "消防救援机构")],
        ),
        # a station outside the vocabulary, by its domain word, with no level prefix
        (
            "各沿海镇要会同渔港管理站对辖区停泊渔船逐船登记。",
            [("各沿海镇", "乡镇街道"), ("渔港管理站", "农业农村部门")],
        ),
        ("各镇要联合渔政管理站开展休渔巡查。", [("各镇", "乡镇街道"), ("渔政管理站", "农业农村部门")]),
        # near misses: an act and its object; places listed as objects; the writer's own offices before 配合
        ("要联系槐安派出所开展检查。", []),
        ("对汽车站、加油站开展检查。", []),
        ("由总务科牵头，保卫科、基建办配合，10月底前建立台账。", []),  # with no issuer, its sections stay unread
    ],
)
def test_partner_slot(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected


# a station named with a four-character prefix (its department and its kind) is past the place name's reach
@pytest.mark.xfail(
    strict=True,
    reason="公安边防派出所: a prefix of four characters is past `station_place_name` (realstyle_sealed12 y07; "
    "measured, not built)",
)
def test_four_character_station_prefix() -> None:
    assert ("公安边防派出所", "公安机关") in units_of(
        "市渔业执法支队牵头，会同海警工作站、公安边防派出所开展联合执法。"
    )


# a partner list behind a long attribute with 的 (会同涉及…的商务、消防、市场监管等部门)
@pytest.mark.xfail(
    strict=True,
    reason="a partner list behind an attribute clause with 的 is not read (r41 rz20; measured, not built)",
)
def test_partner_list_behind_attribute() -> None:
    canonicals = {
        canonical for _, canonical in units_of("各市要会同涉及餐饮场所用气的商务、消防、市场监管等部门开展检查。")
    }
    assert "市场监督管理部门" in canonicals
