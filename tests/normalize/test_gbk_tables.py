"""The GBK step's tables (normalize/gbk_misalignment.py, speed71): the byte-pair table answers
what decoding each pair did, the tables kept by the command line's model cache are the ones the
step builds (same entries, same order), and the character model's cached counts are its counts."""

from __future__ import annotations

import pytest

from nlp_pipeline import model_cache
from nlp_pipeline.model_cache import ModelCache
from nlp_pipeline.normalize import gbk_misalignment as gbk
from nlp_pipeline.normalize.charlm import char_lm, simplified_char

TABLES = ("gbk_pair_chars", "dropped_pairs", "chars_by_reading", "gbk_only_index")


def test_pair_char_is_single_char_for_every_byte_pair() -> None:
    every_pair = [(lead, trail) for lead in range(256) for trail in range(256)]
    assert [gbk.pair_char(*pair) for pair in every_pair] == [gbk.single_char(bytes(pair)) for pair in every_pair]


@pytest.mark.parametrize(
    ("lead", "trail", "expected"),
    [
        (0xD6, 0xD0, "中"),  # GB2312
        (0x81, 0x40, "丂"),  # GBK's extension rows
        (0xA3, 0xAC, "，"),  # a full-width mark
        (0xA1, 0xEF, None),  # a symbol (×), not a character or a mark
        (0xAA, 0xA1, None),  # user-defined: decodes to nothing
        (0x41, 0xD6, None),  # an ASCII byte first: two characters
        (0xD6, 0x7F, None),  # no trail byte
    ],
)
def test_pair_char_cases(lead: int, trail: int, expected: str | None) -> None:
    assert gbk.pair_char(lead, trail) == expected


@pytest.mark.parametrize("codec", ["gbk", "big5"])
def test_chars_ending_in_is_every_single_decoding(codec: str) -> None:
    for trail in range(0x40, 0xFF):
        decodings = {gbk.decode(bytes([lead, trail]), codec) for lead in range(0x81, 0xFF)}
        assert gbk.chars_ending_in(trail, codec) == {ch for ch in decodings if len(ch) == 1 and ch != "\ufffd"}


def test_tables_through_the_model_cache_are_the_built_ones(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = {name: getattr(gbk, f"build_{name}")() for name in TABLES}
    cache = ModelCache(tmp_path)
    monkeypatch.setattr(model_cache, "_active", cache)
    derived = {name: gbk.kept_table(name, lambda name=name: built[name]) for name in TABLES}
    cache.write()
    again = ModelCache(tmp_path)
    monkeypatch.setattr(model_cache, "_active", again)
    read = {name: gbk.kept_table(name, pytest.fail) for name in TABLES}  # read back, never built
    assert not again.added
    for name in TABLES:
        # the order counts too: dropped_pair_leads and the candidates' order come from it
        assert list(derived[name].items()) == list(built[name].items()) == list(read[name].items())


def test_tables_source_names_the_rare_count(monkeypatch: pytest.MonkeyPatch) -> None:
    gbk.tables_source.cache_clear()
    try:
        before = gbk.tables_source()
        monkeypatch.setattr(gbk, "RARE_COUNT", gbk.RARE_COUNT + 1)
        gbk.tables_source.cache_clear()
        assert gbk.tables_source() != before  # another threshold: other common characters, derived anew
    finally:
        gbk.tables_source.cache_clear()


@pytest.mark.parametrize("ch", ["安", "會", "议", "，", "A", "\ue000", "𠀀"])
def test_char_count_is_the_counts_of_the_simplified_form(ch: str) -> None:
    lm = char_lm()
    assert lm.char_count(ch) == lm.counts.get(simplified_char(ch), 0)
