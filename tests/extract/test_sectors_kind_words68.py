"""A sector's generic words in a sentence about a narrower kind its label leaves out (issue 13, sectors68).

labels/sectors.tsv gives 水上交通 as water transport "(not fishing)", headed by 船舶 and 码头. Where the same text
names the fishing fleet by another keyword (渔船, 涉渔, 休渔, 渔港), its ships, berths and anchorages are the fishing
boats' (sector_rules.toml kind_generic_words), so they name no 水上交通. Invented sentences."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.sectors import find_sectors, sentence_sectors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fishing boats' own ships, berths and anchorages
        ("督促渔船船东落实船舶检验和船员持证上岗。", ["渔业船舶"]),
        ("联合开展涉渔“三无”船舶清查行动。", ["渔业船舶"]),
        ("休渔期间渔船一律回到指定码头停靠。", ["渔业船舶"]),
        ("台风来临前组织渔船进入避风锚地。", ["自然灾害", "渔业船舶"]),
        # another sector beside the fishing boats stays
        ("渔船船舶油舱动火前必须清舱测爆。", ["渔业船舶", "危险作业"]),
        # a passenger vessel named by its own keyword is still water transport
        ("加强客渡船和渔船的安全检查。", ["水上交通", "渔业船舶"]),
        # no fishing keyword: the ships, berths and anchorages are water transport's
        ("码头经营单位要加强装卸作业管理。", ["水上交通"]),
        ("恶劣天气下船舶一律停航。", ["自然灾害", "水上交通"]),
        ("及时引导过往船舶进入锚地避风。", ["水上交通"]),
    ],
)
def test_generic_words_of_a_narrower_kind(text, expected) -> None:
    assert sentence_sectors(text) == expected


def test_document_sectors_read_the_sentence_so() -> None:
    assert find_sectors("督促渔船船东落实船舶检验。") == ["渔业船舶"]


@pytest.mark.xfail(
    strict=True,
    reason="a sentence naming transport ships and fishing boats side by side (船舶和渔船): 船舶 read as the boats (measured, left)",
)
def test_transport_ships_beside_fishing_boats() -> None:
    assert sentence_sectors("沿海航行的船舶和作业渔船要及时回港避风。") == ["水上交通", "渔业船舶"]
