"""A disaster named by what it leaves behind and the relief it calls for: a word class of the sector lexicon
(issue 13, sectors90).

sector_keywords.tsv gains one commented word class of 自然灾害, counted over the read golds before adding
(docs/extraction.md): the people and places a disaster strikes (受灾) and the relief work (救灾). Strict xfails:
the classes counted on the newest sets and left (the theme of a disaster meeting on tasks naming none, 防汛's water works
in a meeting on rain and landslides, a hydropower station read on one set only). Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.sectors import sentence_sectors


@pytest.mark.parametrize(
    "text",
    [
        "街道要做好受灾群众的临时安置。",
        "各地要提前储备救灾物资和帐篷。",
        "受灾乡镇要在三日内报送损失情况。",
    ],
)
def test_a_disasters_aftermath_and_relief_name_natural_disasters(text):
    assert "自然灾害" in sentence_sectors(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("消防大队要每月通报辖区火灾情况。", ["消防"]),  # a fire's figures stay fire work
        ("各单位要及时报送事故情况。", []),  # an accident's report names no disaster
        ("村委会要做好困难群众的走访慰问。", []),  # people in need, not struck by a disaster
    ],
)
def test_near_misses_name_no_disaster(text, named):
    assert sentence_sectors(text) == named


def left(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param(
            "民政部门要及时统计上报灾情。",
            ["自然灾害"],
            marks=left("the damage reported (灾情, 15 of 17 gold tasks): measured, two check sets fell; left"),
        ),
        pytest.param(
            "各抢险队伍要集结待命。",
            ["自然灾害"],
            marks=left("a disaster meeting's theme on a task naming none: split in the older golds (sectors73); left"),
        ),
        pytest.param(
            "县应急局要在汛前补足防汛物资。",
            ["自然灾害"],
            marks=left(
                "防汛 names the water works too; in a meeting on rain and landslides the gold leaves them (split)"
            ),
        ),
        pytest.param(
            "对全县小水电站开展安全生产标准化评审。",
            ["电力", "水利"],
            marks=left("a small hydropower station as power and water works: one set's gold only, a fit; left"),
        ),
        pytest.param(
            "城管部门要做好低洼路段排涝工作。",
            ["城市运行", "自然灾害"],
            marks=left("drainage of waterlogged streets (排涝 11 of 14 gold tasks with the disaster): not measured"),
        ),
    ],
)
def test_classes_left(text, named):
    assert sentence_sectors(text) == named
