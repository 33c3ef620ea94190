"""The punctuation step's cheaper readings of speed92 (issue 19) give the answers of the readings they
replace: the lines it works on are found by one scan of the page (the lines a per-line search finds),
the widening leaves a line with no half-width mark at once, and the two comma patterns open on the
comma and look back from there (the matches of the patterns that opened with the lookbehind)."""

from __future__ import annotations

import re

import pytest

from nlp_pipeline import resources
from nlp_pipeline.chars import HAN
from nlp_pipeline.normalize.layout import (
    DOUBLED_COMMA,
    PUNCTUATION_WORK,
    STRAY_COMMA,
    full_width_punctuation,
    lines_matching,
    repair_punctuation,
)

# the forms the comma patterns had before: a lookbehind first
LOOKBEHIND_DOUBLED = re.compile(rf"(?<=[{HAN}])([，,])[，,]+(?=[{HAN}])")
LOOKBEHIND_STRAY = re.compile(rf"(?<=[{HAN}])[，,]+(?=[、。；！]|？(?!？))")


def per_line(pattern: re.Pattern, text: str) -> list[tuple[int, str]]:
    """What the step read before: every line split out and searched alone."""
    found, offset = [], 0
    for line in text.split("\n"):
        if pattern.search(line):
            found.append((offset, line))
        offset += len(line) + 1
    return found


PAGES = [
    "关于做好汛期安全工作的通知\n各乡镇:\n请于6月底前完成排查(附件1).\n县应急局",
    "第一行没有标记\n“隐患清单”已经建立”\n最后一行,",  # the last line without a break after it
    ",开头就有\n\n\n中间是空行；结尾。\n",  # the first line, blank lines, a break at the end
    "两处标记:一行(里)有三处;\n第二行，，两个逗号\n第三行，、一个逗号在顿号前",
    # near misses: a full-width comma alone, full-width marks only, no line at all
    "各单位要加强检查，确保安全。\n（一）加强领导：统一部署。",
    "",
    "\n\n",
]


@pytest.mark.parametrize("text", PAGES)
def test_one_scan_finds_the_lines_a_search_of_each_line_finds(text: str) -> None:
    assert list(lines_matching(PUNCTUATION_WORK, text)) == per_line(PUNCTUATION_WORK, text)


@pytest.mark.parametrize(
    "line, changed",
    [
        ("工作.下一步要加强(重点)检查:", True),
        ("全面落实,确保安全", True),
        # near misses: only quotes or full-width marks, an address, a number
        ("建立“隐患清单”机制”", False),
        ("各单位要加强检查，确保安全。", False),
        ("www.example.cn", False),
        ("完成率达到1.5", False),
    ],
)
def test_the_widening_leaves_a_line_without_a_half_width_mark(line: str, changed: bool) -> None:
    assert (full_width_punctuation(line) != line) is changed


@pytest.mark.parametrize(
    "line",
    [
        "短板,,部分要补齐",  # doubled
        "短板，，，部分要补齐",
        "落实国家,、省的要求",  # stray before another mark
        "无死角,。",
        "全覆盖，；再落实",
        "检查，？",
        # near misses: after a number or Latin letter, at the line's start, before a run of question marks
        "1,,2",
        "abc,,部分",
        ",,开头",
        "精神,??h领导",
        "单独的逗号，后面是字",
    ],
)
def test_the_comma_patterns_open_on_the_comma_and_match_as_before(line: str) -> None:
    assert [m.span() for m in DOUBLED_COMMA.finditer(line)] == [m.span() for m in LOOKBEHIND_DOUBLED.finditer(line)]
    assert [m.span() for m in STRAY_COMMA.finditer(line)] == [m.span() for m in LOOKBEHIND_STRAY.finditer(line)]
    assert DOUBLED_COMMA.sub(r"\1", line) == LOOKBEHIND_DOUBLED.sub(r"\1", line)


@pytest.mark.parametrize("text", PAGES)
def test_the_step_gives_its_changes_on_every_page(text: str) -> None:
    result, changes = repair_punctuation(text)
    offset_text = text
    for change in sorted(changes, key=lambda change: change.offset, reverse=True):
        assert offset_text[change.offset : change.offset + len(change.before)] == change.before
        offset_text = offset_text[: change.offset] + change.after + offset_text[change.offset + len(change.before) :]
    assert offset_text == result


@pytest.mark.xfail(
    strict=True,
    reason="speed92 left: six line_kinds.toml patterns (short_roc_date, glued_end_credit, file_fields, weak_label, "
    "title_field, chrome_word) still open with a lookbehind, tried at every position of the lines they are asked "
    "of; moving each lookbehind after what it looks at needs each pattern's own proof of equal matches",
)
def test_no_line_kind_pattern_opens_with_a_lookbehind() -> None:
    opening = [
        name
        for name, pattern in resources.line_kinds().items()
        if isinstance(pattern, re.Pattern) and pattern.pattern.startswith(("(?<=", "(?<!"))
    ]
    assert opening == []
