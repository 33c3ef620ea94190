"""resources.longest_first: a word list as a trie matches as the plain alternation, longest first."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_pipeline import resources


def plain(words) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [found.span() for found in pattern.finditer(text)]


@pytest.mark.parametrize(
    "words, text, found",
    [
        (["安全", "安全生产", "安全检查"], "加强安全生产检查", ["安全生产"]),  # the longest word at a position
        (["危化", "危化品", "危"], "危化品仓库和危房", ["危化品", "危"]),
        (["燃气", "气象"], "燃气象", ["燃气"]),  # leftmost first, then on from its end
        (["a.b", "a"], "axb a.b", ["a", "a.b"]),  # regex syntax in a word is a literal
        # negative cases: nothing listed in the text
        (["消防", "燃气"], "防汛抗旱", []),
        (["安全生产"], "安全检查", []),
    ],
)
def test_the_trie_finds_the_longest_word_at_the_leftmost_place(words, text, found):
    assert [m.group() for m in re.finditer(resources.longest_first(words), text)] == found


def test_inside_a_longer_pattern_the_trie_backtracks_to_shorter_words_as_the_alternation_does():
    words = ["道路", "道路运输", "运输"]
    for text in ("道路运输企业", "道路企业", "道路运输运输企业"):
        trie = re.compile(f"(?P<w>{resources.longest_first(words)})企业")
        alternation = re.compile(f"(?P<w>{plain(words).pattern})企业")
        assert [m.span("w") for m in trie.finditer(text)] == [m.span("w") for m in alternation.finditer(text)]


WORDS = st.lists(st.text(alphabet="安全生产检查危化品", min_size=1, max_size=4), min_size=1, max_size=12)
TEXTS = st.text(alphabet="安全生产检查危化品企业，", max_size=30)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXTS)
def test_the_trie_matches_as_the_alternation_longest_first(words, text):
    assert spans(re.compile(resources.longest_first(words)), text) == spans(plain(words), text)
    embedded = re.compile(f"(?:{resources.longest_first(words)})企业")
    assert spans(embedded, text) == spans(re.compile(f"(?:{plain(words).pattern})企业"), text)


def test_the_sector_keywords_as_a_trie_read_the_project_texts_as_before():
    trie = resources.sector_rules()["keywords"]
    alternation = plain(resources.sector_keywords())
    text = "".join(resources.sector_keywords()) + "危险化学品运输车辆和道路运输企业开展消防安全检查"
    assert spans(trie, text) == spans(alternation, text)
