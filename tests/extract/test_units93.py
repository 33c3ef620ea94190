"""A name that opens with an act done in some manner, and a body named inside a book title (issue 13, units93).

A pattern that reads a body by its head (…企业, …县) let the sentence's act run into the name when an adverb of manner
opened the clause (积极推进煤炭企业…: an act and its object; 大力推行县、乡、村干部…: an act over a list of levels). A
name never opens with how something is done: `units.opens_with_manner_act` refuses such a reading (an alias the
clause holds is still read). A body inside an unclosed 《 is part of a paper's name (《县安全生产委员会2024年工作要点》
已经…审议通过), no party of the sentence (`units.names_a_paper`).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units


def mentions(sentence: str) -> set[str]:
    return {unit.mention for unit in find_units(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb of manner and a verb open the clause: the act and its object, no party
        ("各产业县政府要严格落实属地责任，积极推进矿山企业整合重组，年底前完成。", {"各产业县政府"}),
        ("要立足林长制，大力推行县、乡、村三级巡护包干，严防山火。", set()),
        ("会议要求，进一步推进危化企业仓储改造。", set()),
        # a body inside an unclosed book title names the paper, not a party
        ("《青禾县安全生产委员会2025年工作要点》已经县安委会全体会议审议通过，现印发给你们。", set()),
        # negatives: a name that opens with a quality word, a party before a title, a party after a closed title
        ("重点企业要在节前完成一次全面自查。", {"重点企业"}),
        ("县应急局要按照《县安全生产委员会工作规则》组织一次专项检查。", {"县应急局"}),
        ("《方案》印发后，各乡镇要于5月底前完成排查。", {"各乡镇"}),
        ("要求各煤矿企业立即开展隐患排查。", {"各煤矿企业"}),
        ("各地要积极组织企业开展应急演练。", {"各地"}),
    ],
)
def test_manner_act_and_book_title(sentence: str, expected: set[str]) -> None:
    assert mentions(sentence) == expected


@pytest.mark.xfail(
    strict=True, reason="a level's bracketed alternative before 党委 (县（市）区党委) is not read as one prefix"
)
def test_level_alternative_before_committee() -> None:
    sentence = "各产业县（市）区党委、政府要严格按照省政府要求，推动矿山整合。"
    assert mentions(sentence) == {"各产业县（市）区党委", "政府"}


def test_agent_before_ba() -> None:
    # the leading time (每月5日前) is a time phrase, so the party after it is the subject (units120)
    assert mentions("每月5日前各社区把上月巡查台账报街道应急办。") == {"各社区"}
