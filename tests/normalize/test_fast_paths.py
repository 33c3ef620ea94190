"""Issue 19: the cheap tests that let a step skip its search on clean text say what the search says.

Each fast path is checked against the slower reading it stands for, on text that takes it and on
text that does not (scripts/normalize_fingerprint.py checks the whole normalizer's output on every
evaluation text and the benchmark corpus).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections import Counter

import pytest

from nlp_pipeline.chars import HAN
from nlp_pipeline.normalize import gbk_misalignment, layout, lines, spin, unicode_hygiene
from nlp_pipeline.normalize.boilerplate import page_contents, viewer_copy_edits
from nlp_pipeline.normalize.edits import line_starts
from nlp_pipeline.normalize.injected_junk import junk_rules, remove_injected_junk, spaced_rules
from nlp_pipeline.normalize.lines import SPACES
from nlp_pipeline.normalize.pinyin_annotation import is_reading
from nlp_pipeline.normalize.repeated_block import NON_BLANK_LINE, non_blank_contents
from nlp_pipeline.normalize.script import read_script

LINES = [
    "序号\t工作任务\t责任单位",
    "1\t排查  隐患\t县应急局",
    "| 序号 | 任务 | 单位 |",
    "序号｜任务｜单位",
    "安全 生产，要落实 到位。",
    "一、总体要求  二、工作目标",
    "\u3000\u3000各乡镇要立即开展排查。",
    "会议要求, 各单位要 (一) 落实",
    "2023-08-31 11:23",
    "",
    "没有空格的一行。",
]


def whole_text_lines(pattern: re.Pattern, text: str) -> Counter:
    """The line of each match of `pattern` in one scan of the whole text (the reading before)."""
    starts = line_starts(text.split("\n"))
    return Counter(bisect_right(starts, match.start()) - 1 for match in pattern.finditer(text))


def test_table_row_signs_are_found_in_the_lines_that_hold_a_blank_or_a_bar():
    text = "\n".join(LINES)
    expected = {line for line, signs in whole_text_lines(layout.ROW_SIGN, text).items() if signs >= 2}
    assert layout.possible_table_rows(LINES) == expected
    assert expected  # positive: the rows are found
    assert 4 not in expected and 10 not in expected  # negative: single blanks, no blank at all


def test_space_runs_are_found_in_the_lines_that_hold_a_blank():
    text = "\n".join(LINES)
    expected = set(whole_text_lines(layout.SPACE_RUN, text))
    assert {
        i for i, line in enumerate(LINES) if layout.BLANK.search(line) and layout.SPACE_RUN.search(line)
    } == expected
    assert 4 in expected and 10 not in expected


@pytest.mark.parametrize(
    "text, readers",
    [
        (  # a table a cell a line: three column names and 序号
            "序号\n整治任务\n责任单位\n完成时限\n1\n清理消防通道\n县消防大队\n5月底前",
            {"cell_line", "space_parted", "blank_parted", "lone_cell"},
        ),
        ("序号   重点任务        牵头单位\n1      排查隐患        县应急局\n       并整改", {"space_parted"}),
        ("序号\t重点任务\t牵头单位\n1\t排查隐患\t县应急局", {"space_parted", "tab"}),
        (
            "主要任务\n\n牵头单位\n\n配合单位\n\n1.排查隐患\n\n县应急局\n\n县公安局",
            {"cell_line", "blank_parted", "lone_cell"},
        ),
        ("牵头单位\n配合单位\n县应急局", {"cell_line", "blank_parted"}),  # two names: no lone-cell table
        ("各乡镇要立即开展排查，发现隐患立即整改。\n县应急局负责督导。", set()),  # prose: no reader runs
        ("编号：青安办〔2024〕3号\n各单位：\n现将有关事项通知如下。", {"space_parted"}),
    ],
)
def test_table_readers_run_where_the_text_holds_their_header_signs(text, readers):
    lines = text.split("\n")
    signs = layout.table_signs(lines, [line.strip() for line in lines])
    allowed = {
        "cell_line": signs.column_names >= 2,
        "space_parted": signs.index_word,  # aligned_tables and spaced_tables
        "tab": signs.tab,
        "blank_parted": signs.column_names >= 2,
        "lone_cell": signs.column_names >= 3,
    }
    assert {name for name, runs in allowed.items() if runs} == readers


@pytest.mark.parametrize(
    "text",
    [
        "序号\n整治任务\n责任单位\n完成时限\n1\n清理消防通道\n县消防大队\n5月底前\n2\n整改电气线路\n县住建局\n6月底前",
        "序号 存在问题 整改措施 整改时限\n1 消防通道堵塞 清理通道并设置标识 5月\n20日\n2 电线私拉乱接 规范 6月底",
        "主要任务\n\n牵头单位\n\n配合单位\n\n1.排查隐患\n\n县应急局\n\n县公安局\n\n2.整改到位\n\n县住建局\n\n县消防大队",
        "各乡镇要立即开展排查，发现隐患立即整改。\n县应急局负责督导。",
    ],
)
def test_skipped_table_readers_would_have_found_nothing(text):
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    assert layout.refolded_tables(text, lines) == every_reader_run(lines, stripped)


def every_reader_run(lines: list[str], stripped: list[str]) -> list[tuple[int, int, str]]:
    """`refolded_tables` as it read a text before: every reader run, whatever the text holds."""
    found = [
        (first, last, "\n".join(cell for row in rows for cell in row))
        for first, last, rows in layout.cell_line_tables(stripped)
    ]
    readers = (
        layout.aligned_tables,
        layout.spaced_tables,
        layout.tab_tables,
        layout.blank_parted_tables,
        layout.lone_cell_tables,
    )
    for reader in readers:
        taken = {i for first, last, _ in found for i in range(first, last + 1)}
        found += [
            (first, last, "\n".join("\t".join(row) for row in rows))
            for first, last, rows in reader(lines)
            if taken.isdisjoint(range(first, last + 1))
        ]
    return sorted(found)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "  第 3 页  ",
        "青川县安委办工作通报    2025年",
        "- 3 -",
        "a\tb",
        "甲\u3000\u3000乙",
        "甲\u00a0乙",
        " 甲 乙 丙 ",
    ],
)
def test_page_contents_collapse_spaces_as_the_regex_does(line):
    assert page_contents(line) == [SPACES.sub(" ", line.strip())]


def test_every_space_but_the_blank_is_unprintable():
    """What `page_contents` takes without a regex call: a printable line has no space but blanks."""
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c))]
    assert [ch for ch in spaces if ch.isprintable()] == [" "]


@pytest.mark.parametrize(
    "text, script",
    [
        ("各乡镇要立即开展排查。", "simplified"),  # all in GB2312: OpenCC not asked
        ("乾隆年间的后街", "simplified"),  # OpenCC would change 乾, a simplified character too
        ("县应急局局长王堃主持会议。", "simplified"),  # 堃: not in GB2312, a full reading says simplified
        ("各鄉鎮要立即開展排查，發現隱患立即整改。", "traditional"),
    ],
)
def test_script_reading(text, script):
    assert read_script(text).script == script


def lookbehind_first(pattern: re.Pattern) -> re.Pattern:
    """The hard signs and misread symbols as written before: the neighbour tested first."""
    han_letter = f"[a-wyz{{}}](?<=[{HAN}][a-wyz{{}}])(?=[{HAN}(])"
    letters = gbk_misalignment.PINYIN_LETTERS
    lone = f"[{letters}](?<![A-Za-z{letters}][{letters}])"
    return re.compile(
        pattern.pattern.replace(han_letter, f"(?<=[{HAN}])[a-wyz{{}}](?=[{HAN}(])").replace(
            lone, f"(?<![A-Za-z{letters}])[{letters}]"
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "要抓a好安全生产",  # a letter wedged between Chinese characters: a sign
        "做好x年度工作",  # x: a redaction mark, no sign
        "魯?shù)綍?huì)议",  # a reading after `?`
        "，(huì)会议",  # a reading after a mark
        "會(huì)議",  # a reading after its character: no sign
        "辨识ǖ61台账",  # a pinyin letter alone: a misread
        "建(jiàn)档",  # pinyin letters among letters: none
        "ǖ",
        "A级景区、B超检查",
    ],
)
def test_signs_opening_on_a_character_match_as_before(text):
    # the misread symbols as an alternation, as they were written when the neighbour came to be
    # tested after the letter (speed64 put the alternation behind one class: tested below)
    for pattern in (gbk_misalignment.HARD_SIGN, re.compile(MISREAD_ALTERNATION)):
        before = lookbehind_first(pattern)
        assert before.pattern != pattern.pattern
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)]
        assert [bool(pattern.match(text, i)) for i in range(len(text))] == [
            bool(before.match(text, i)) for i in range(len(text))
        ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我们要本着对 D 和人民高度负责的态度", "我们要本着对党和人民高度负责的态度"),
        ("督促各景区暂停营业", "督促各景区暂停营业"),  # no capital: the shape is not searched
        ("PM2.5 monitoring", "PM2.5 monitoring"),  # capitals, no Chinese around them
    ],
)
def test_censor_stand_ins_after_the_capital_search(text, expected):
    output, _ = spin.restore_censored(text)
    assert output == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("堤Z W Y Q W 7 B坝", "堤坝"),  # a letter-spaced run holds spaces
        ("安全生kQ7z产", "安全生产"),  # a glued run needs no space
        ("按A B类管理", "按A B类管理"),
    ],
)
def test_injected_junk_with_and_without_spaces(text, expected):
    assert remove_injected_junk(text)[0] == expected


@pytest.mark.parametrize(
    "text, twice",
    [
        ("第一段。\n第二段。\n第一段。", True),
        ("第一段。\n  第一段。  ", True),  # spaces at a line's ends aside
        ("第一段。\n\n\u3000\n第二段。\n\u00a0", False),  # lines of spaces are blank
        ("第一段。\n第二段。", False),
    ],
)
def test_a_line_twice_is_told_as_the_line_pattern_reads_lines(text, twice):
    contents = [found.group().strip() for found in NON_BLANK_LINE.finditer(text)]
    assert (len(set(contents)) < len(contents)) is twice
    assert non_blank_contents(text) == contents


@pytest.mark.parametrize(
    "ch, glosses, reading",
    [
        ("會", "(huì)", True),
        ("会", "(hui)", True),
        ("会", "(shù)", False),
        ("a", "(huì)", False),
        ("，", "(hé)", False),
    ],
)
def test_a_gloss_reads_only_a_chinese_character(ch, glosses, reading):
    assert is_reading(ch, glosses) is reading


def test_a_cached_margin_is_the_models_margin():
    pair = next(iter(spin.spin_pairs().values()))
    lm = spin.char_lm()
    direct = lm.logprob("要" + pair.original + "的") - lm.logprob("要" + pair.spun + "的") + pair.prior
    assert spin.word_margin(pair.spun, "要", "的") == direct


JUNK_RUN_BEFORE = r"(?<=[\u3400-\u9fff])[A-Za-z0-9#$%&*@^~_=+|\\]{3,12}(?=[\u3400-\u9fff])"
SPACED_RUN_BEFORE = r"(?<=[\u3400-\u9fff])[!-~？](?: [!-~？]){2,11}(?=[\u3400-\u9fff])"
SPACE_RUN_BEFORE = rf"(?<=[{layout.CJK}\d,;:!?)\"])[ \t]+(?=[{layout.CJK}\d(\"]|[,;:!?)]+(?=[{layout.CJK}]))"


@pytest.mark.parametrize(
    "text",
    [
        "安全生kQ7z产，排查@x#3整治",  # junk runs
        "采用PM2.5监测，x10kV线路",  # no junk run
        "安全abcdefghijklmn生产",  # a run too long
        "堤Z W Y Q W 7 B坝",  # a letter-spaced run
        "按A B类管理",
        "会议要求 各单位落实。 二、工作目标",  # space runs between Chinese
        "  缩进的行 ,后面",  # an indent, and a space before a mark
        "2023-08-31 11:23 来源：县应急局",
        "a b c d",
    ],
)
def test_patterns_opening_on_a_character_match_as_the_look_behind_first_ones(text):
    run, _, _ = junk_rules()
    spaced, _ = spaced_rules()
    for pattern, before in ((run, JUNK_RUN_BEFORE), (spaced, SPACED_RUN_BEFORE), (layout.SPACE_RUN, SPACE_RUN_BEFORE)):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(before, text)]


@pytest.mark.parametrize(
    "line, work",
    [
        ("各单位要落实责任。", False),
        ("短板，，部分", True),  # a doubled comma
        ("短板，部分", False),  # one comma: nothing to do
        ("会议要求:各单位", True),
        ("“安全月”活动", True),  # a closing quote: its opening one may be lost
        ("版本1.5", True),
    ],
)
def test_punctuation_work_is_found_as_the_alternation_found_it(line, work):
    assert bool(layout.PUNCTUATION_WORK.search(line)) is work is bool(re.search(r"[,;:!?().\"”]|，，", line))


# --- line kinds, display widths and the wrap width (normspeed25) ---------------------------------


def test_every_line_kind_has_its_module_name():
    """The document-shape passes compare kinds by module name (a class attribute of an Enum is slow
    in Python 3.11): every kind has one, and it is the member itself."""
    for kind in lines.LineKind:
        assert getattr(lines, kind.name) is kind
    assert lines.REMOVED == {lines.LineKind.METADATA, lines.LineKind.CHROME, lines.LineKind.CAPTION}


@pytest.mark.parametrize(
    "line",
    [
        "",
        "plain ascii 123",
        "各乡镇要立即开展排查。",
        "（一）责任单位：县应急局　2024年7月1日前",
        "Ｗｉｆｉ全角字母和㐀扩展A区",
        "①②③ ─━ ½ é ＿",  # enclosed numbers and box drawing are ambiguous, not wide
        "한국어 カタカナ ㄅㄆ",  # wide outside the common blocks: looked up one by one
        "\u3000\u303f\uff61\uffe8",  # edges of the blocks
    ],
)
def test_display_width_counts_as_the_east_asian_width_does(line):
    expected = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
    assert layout.display_width(line) == expected


def wrap_width_by_counting_every_width(stripped: list[str], kinds: list) -> int | None:
    """document_wrap_width as it read before: every width's window counted width by width."""
    lines_ = [line for line, kind in zip(stripped, kinds, strict=True) if line and kind in layout.WIDTH_KINDS]
    widths = [layout.display_width(line) for line in lines_]
    if len(widths) < layout.DOC_WRAP_MIN_LINES:
        return None
    per_width = Counter(widths)
    slack = layout.DOC_WRAP_SLACK
    width = max(per_width, key=lambda w: (sum(per_width[v] for v in range(w - slack, w + 1)), -w))
    full = [line for line, w in zip(lines_, widths, strict=True) if width - slack <= w <= width]
    if (
        len(full) < max(layout.DOC_WRAP_MIN_LINES, layout.DOC_WRAP_SHARE * len(widths))
        or sum(w > width for w in widths) > layout.DOC_WRAP_OVER * len(widths)
        or sum(line[-1] in layout.SENTENCE_END for line in full) * 2 > len(full)
    ):
        return None
    return width


WRAPPED = ("各乡镇人民政府县直有关部门要认真落实安全生产责任制" * 6 + "。") * 3


def wrapped_at(widths: list[int]) -> str:
    """WRAPPED cut into lines of these many characters, in turn."""
    cut, at = [], 0
    for n in widths * 40:
        if at >= len(WRAPPED):
            break
        cut.append(WRAPPED[at : at + n])
        at += n
    return "\n".join(cut)


UNWRAPPED = "\n".join(["一、总体要求", "各乡镇要立即开展排查，", "建立台账。", "二、工作措施"] * 4)


@pytest.mark.parametrize(
    "text, wrapped",
    [
        (wrapped_at([20]), True),  # one width
        (wrapped_at([19, 20, 20, 19]), True),  # a character less here and there (a mark may not start a line)
        (wrapped_at([12, 30, 21, 8, 17]), False),  # lines of every length
        (UNWRAPPED, False),
    ],
)
def test_wrap_width_by_bisection_is_the_width_counted_width_by_width(text, wrapped):
    stripped = [line.strip() for line in text.split("\n")]
    kinds = [line.kind for line in lines.read_lines(text)]
    found = layout.document_wrap_width(stripped, kinds)
    assert found == wrap_width_by_counting_every_width(stripped, kinds)
    assert (found is not None) == wrapped


@pytest.mark.parametrize(
    "text, marked",
    [
        ("各单位要落实第2页共11页责任，确保安全。", True),  # a viewer's page mark inside a line
        ("各单位要落实责任，详见附件第3页。", False),  # 页 but no mark
        ("各单位要落实责任，确保安全。", False),  # no 页 at all: no line is read
    ],
)
def test_inline_page_marks_are_removed_only_where_a_line_holds_one(text, marked):
    edits = viewer_copy_edits(text, lines.read_lines(text))
    assert bool(edits) == marked


# --- alternations behind one opening class (issue 19, speed64) -----------------------------------

EMOJI_ALTERNATION = (
    f"[{unicode_hygiene.EMOJI_PICTOGRAPHS}]|[{unicode_hygiene.EMOJI_PRESENTATION}]"
    f"|[{unicode_hygiene.SELECTABLE}]\ufe0f|[{unicode_hygiene.STRAY_MARKS}]"
)
PINYIN = gbk_misalignment.PINYIN_LETTERS
MISREAD_ALTERNATION = f"[{gbk_misalignment.SYMBOL_ROWS}]|[{PINYIN}](?<![A-Za-z{PINYIN}][{PINYIN}])(?![A-Za-z{PINYIN}])"


@pytest.mark.parametrize(
    "text",
    [
        "⚠️请注意防汛⚠️",  # a symbol asked to show as emoji
        "📞咨询电话🔴🙏",  # pictographs
        "⏰今晚8点⚡",  # symbols that show as emoji by default
        "1️⃣各村，2⃣各组",  # a keycap with and without its selector
        "\u20e3\ufe0f\ufe0f孤立的标记",  # a keycap taking a selector, then a stray one
        "▶️播放，▶继续，★重点",  # a selector makes ▶ an emoji; alone it and ★ stay
        "“安全生产月”——共计…①项",  # quotes, dashes and numbers of the symbol rows: no emoji
        "纯中文的一句话。",
    ],
)
def test_emoji_behind_one_class_match_as_the_alternation(text):
    assert [m.span() for m in unicode_hygiene.EMOJI.finditer(text)] == [
        m.span() for m in re.finditer(EMOJI_ALTERNATION, text)
    ]


def test_emoji_behind_one_class_match_every_symbol_as_the_alternation():
    """Every character the opening class or the alternation can start on, before each follower."""
    starts = [chr(c) for c in [*range(0x2000, 0x2C00), 0x3030, 0x303D, 0x3297, 0x3299, *range(0x1F000, 0x1FB00)]]
    for ch in [*starts, "\ufe0f", "\u20e3", "安"]:
        for follower in ("", "\ufe0f", "\u20e3", "安", "\u20e3\ufe0f"):
            text = f"安{ch}{follower}"
            assert [m.span() for m in unicode_hygiene.EMOJI.finditer(text)] == [
                m.span() for m in re.finditer(EMOJI_ALTERNATION, text)
            ], ascii(text)


@pytest.mark.parametrize(
    "text",
    [
        "辨识ǖ61处隐患",  # a pinyin letter alone: a misread
        "建(jiàn)设",  # a reading: its letters stand among letters
        "排查①号②号",  # enclosed numbers
        "αβ系数，ЖＡ级",  # Greek, Cyrillic, a full-width letter
        "ü结尾ǖ",  # pinyin letters alone at both ends
        "n ǎ n",  # a letter beside a space stands alone
        "没有符号的一句话。",
    ],
)
def test_misread_symbols_behind_one_class_match_as_the_alternation(text):
    found = [m.span() for m in gbk_misalignment.MISREAD_SYMBOL.finditer(text)]
    assert found == [m.span() for m in re.finditer(MISREAD_ALTERNATION, text)]
    for i in range(len(text)):  # the step also asks it of one character, and of a region
        assert bool(gbk_misalignment.MISREAD_SYMBOL.match(text, i)) is bool(
            re.compile(MISREAD_ALTERNATION).match(text, i)
        )
