"""The regex pre-test never rules out a text its pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_pipeline.extract import deadlines
from nlp_pipeline.extract.prefilter import Guarded, guard


@pytest.mark.parametrize(
    "pattern, needed",
    [
        (r"(到|至)?(\d+年)?\d+月(底|末)?前", "月"),
        (r"本月|当月|下月", "月"),
        (r"年底|年末", "年"),
        (r"每(周|月|季度)", "每"),
        # nothing any match must hold: no pre-test
        (r"[\u4e00-\u9fff]+", None),
        (r"[\u4e00-\u9fff]+前", "前"),
        (r"(?i)abc", None),
        (r"a?b?", None),
    ],
)
def test_guard_finds_the_characters_every_match_needs(pattern, needed):
    found = guard(re.compile(pattern))
    if needed is None:
        assert found is None
    else:
        assert found is not None and found.search(needed) and not found.search("安全生产")


def project_patterns() -> list[Guarded]:
    return list(deadlines._scanners().values())


WORDS = st.sampled_from(
    [
        "月底前",
        "年底",
        "本月",
        "下周",
        "每季度",
        "6月30日",
        "立即",
        "长期",
        "2024年",
        "前",
        "至",
        "12月",
        "明年",
        "上半年",
        "三个月内",
        "汛期",
        "节前",
        "春节",
        "即日起",
    ]
)
texts = st.lists(
    st.one_of(
        WORDS,
        st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=3),
        st.sampled_from(list("0123456789，。、")),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_pre_test_is_sound_on_the_deadline_patterns(text):
    for scanner in project_patterns():
        if scanner.pattern.search(text):
            assert scanner.search(text) is not None
