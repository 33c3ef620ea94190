"""The regex pre-test never rules out a text its pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_pipeline.extract import deadlines, tasks
from nlp_pipeline.extract.prefilter import Guarded, guards


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
    found = guards(re.compile(pattern))
    if needed is None:
        assert found == ()
    else:
        assert found and found[0].search(needed) and not found[0].search("安全生产")


# a pattern that needs several classes at once: a text must hold one character of each to be searched
@pytest.mark.parametrize(
    "pattern, text, searched",
    [
        # 内 alone (辖区内) does not let a sentence through: the count and its unit are missing
        (r"[0-9]{1,3}(?:日|天)(?:内|之内)", "各乡镇要加强辖区内排查。", False),
        (r"[0-9]{1,3}(?:日|天)(?:内|之内)", "请于5天内报送。", True),
        # holds every class but matches nowhere: searched (the pre-test only turns texts away)
        (r"[0-9]{1,3}(?:日|天)(?:内|之内)", "内部5项工作每天报", True),
        # alternatives: each branch needs its own characters; a union of one class of each is tested
        (r"汛期(?:前|内)|节假日期间", "汛前检查水库大坝。", False),
        (r"汛期(?:前|内)|节假日期间", "节日里值班。", False),
        (r"汛期(?:前|内)|节假日期间", "节假日期间加强值守。", True),
        (r"汛期(?:前|内)|节假日期间", "汛期前完成排查。", True),
        # nothing is needed: every text is searched
        (r"[\u4e00-\u9fff]+", "安全", True),
    ],
)
def test_every_needed_class_is_tested(pattern, text, searched):
    assert Guarded(re.compile(pattern)).could_match(text) is searched


def test_the_narrowest_classes_come_first_at_most_three():
    found = guards(re.compile(r"(?:第|前)[0-9一二三]天(?:内|之内)工作"))
    assert len(found) == 3
    assert [len(c.pattern) for c in found] == sorted(len(c.pattern) for c in found)


def project_patterns() -> list[Guarded]:
    """The task cues' guarded lists (modal words among them)."""
    cues = [value for value in vars(tasks.cues()).values() if isinstance(value, Guarded)]
    return [*cues, *tasks.cues().modal.values(), tasks.cues().exclude.anywhere]


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
        "要",
        "必须",
        "严禁",
        "已经",
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
            assert list(scanner.finditer(text))
    family = deadlines._scanners()
    live = family.live(text)
    for key, pattern in family.patterns.items():
        if pattern.search(text):
            assert list(family.finditer(key, text, live))
            assert list(family.alone[key].finditer(text))
