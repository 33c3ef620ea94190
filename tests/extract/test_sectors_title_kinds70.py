"""A sector's generic words in a document whose title names a narrower kind (issue 13, sectors70).

sectors68 read the generic words of 水上交通 (船舶, 码头, 锚地: sector_rules.toml kind_generic_words) as the fishing
boats' where the same sentence names the fishing fleet. A fishing-boat plan or notice names the fleet in its title
and its tasks often only by the generic word (清理“三无”船舶, 船舶进港避风): those are the fishing boats too, so the
word names 渔业船舶 there, in the task's sentence, its heading and its item's lead-in. A vessel named by its own
keyword (客渡船, 旅游船) keeps water transport; a title naming no fishing changes nothing. Invented sentences."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.sectors import sentence_sectors, title_kinds

FISHING = frozenset({"渔业船舶"})


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于做好2026年伏季休渔期渔船安全管理工作的通知", FISHING),
        ("南湾县渔业船舶安全生产大检查工作方案", FISHING),
        # no fishing in the title: no kind
        ("关于加强汛期水上交通安全管理的通知", frozenset()),
        ("关于做好春节期间安全生产工作的通知", frozenset()),
        (None, frozenset()),
    ],
)
def test_the_kinds_a_title_names(title, expected) -> None:
    assert title_kinds(title) == expected


@pytest.mark.parametrize(
    ("text", "kinds", "expected"),
    [
        # the title names the fishing fleet: the bare ships, berths and anchorages are the boats'
        ("开展“三无”船舶集中清理取缔行动。", FISHING, ["渔业船舶"]),
        ("台风来临前船舶全部进入锚地避风。", FISHING, ["自然灾害", "渔业船舶"]),
        ("各码头要落实进出港登记制度。", FISHING, ["渔业船舶"]),
        # a vessel named by its own keyword keeps water transport
        ("加强客渡船和旅游船的安全检查。", FISHING, ["水上交通"]),
        # the sentence names the fleet itself: as sectors68 read it
        ("督促渔船船东落实船舶检验。", FISHING, ["渔业船舶"]),
        # no kind from the title: the ships are water transport's
        ("开展“三无”船舶集中清理取缔行动。", frozenset(), ["水上交通"]),
        ("各码头要落实进出港登记制度。", frozenset(), ["水上交通"]),
    ],
)
def test_generic_words_under_a_title_naming_the_kind(text, kinds, expected) -> None:
    assert sentence_sectors(text, kinds) == expected


FISHING_PLAN = (
    "南湾县2026年伏季休渔期渔船安全管理工作方案\n各乡镇人民政府，县直有关单位：\n"
    "一、“三无”船舶整治\n县海洋与渔业局要在7月31日前清理取缔一批无证船舶。\n"
    "二、水上客运\n县交通运输局要在6月30日前对客渡船开展一次安全检查。\n"
    "南湾县人民政府办公室\n2026年5月1日"
)
TRANSPORT_PLAN = (
    "南湾县2026年汛期水上交通安全管理工作方案\n各乡镇人民政府，县直有关单位：\n"
    "一、“三无”船舶整治\n县交通运输局要在7月31日前清理取缔一批无证船舶。\n"
    "南湾县人民政府办公室\n2026年5月1日"
)


def _sectors_of(text: str, word: str) -> list[set[str]]:
    return [set(task.sectors) for task in extract_fields(text).tasks if word in task.source]


def test_a_fishing_plans_ships_are_the_boats() -> None:
    cleared = _sectors_of(FISHING_PLAN, "无证船舶")
    assert cleared and all("渔业船舶" in sectors and "水上交通" not in sectors for sectors in cleared)
    ferries = _sectors_of(FISHING_PLAN, "客渡船")
    assert ferries and all("水上交通" in sectors for sectors in ferries)


def test_a_transport_plans_ships_are_water_transport() -> None:
    cleared = _sectors_of(TRANSPORT_PLAN, "无证船舶")
    assert cleared and all("水上交通" in sectors and "渔业船舶" not in sectors for sectors in cleared)
