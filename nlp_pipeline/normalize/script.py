"""Traditional -> simplified with OpenCC `t2s`, in every line that holds traditional-only characters.

A traditional-only character is one OpenCC changes and the simplified standard (GB2312) does not
contain (會, 發, 號); 乾, 後, 於, 著 are simplified characters too (乾隆, a surname, 显著), which
OpenCC would change in a simplified text. A line is converted whole when its traditional-only
characters show it is written in traditional script (a share of its Han characters); in
any other line only the runs OpenCC changes that hold a traditional-only character are converted
(a traditional name or headline in a simplified text), so 乾隆年间的后街 stays as it is. The
document's script is `traditional` when most of its lines are, `mixed` when some are converted.

One character OpenCC cannot convert: the traditional standard writes both 着 (the aspect particle
of 随着、看着, and 着 of 衣着、着手) and 著 (著作、显著) as 著, and both are in GB2312, so OpenCC's
tables leave 随著 and 衣著 as they are (its phrase table holds 隨著 → 随著). Which one a 著 is
shows in the word it makes with a neighbour: `zhe_positions` reads it from jieba's dictionary.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from .. import resources
from ..chars import HAN_CHAR, HAN_FIRST, HAN_LAST
from ..jieba_lexicon import lexicon
from .charlm import simplified_char
from .edits import Edit, apply_edits, code_points, diff_edits, true_run_bounds

STEP = "t2s"
TRADITIONAL_SHARE = 0.1  # share of a line's Han characters that are traditional-only in a traditional line
TEXT_SHARE = 0.1  # share of a text's Han characters OpenCC changes in a traditional text
MERGE_GAP = 4  # runs of one line closer than this are recorded as one change
TRADITIONAL_LINE_SHARE = 0.8  # share of the lines with Han that must be traditional for a traditional text
ZHU = "著"  # the traditional standard's spelling of both 着 and 著
ZHE = "着"
WORD_FREQ = 50  # jieba frequency of a word a 著 makes with a neighbour (its dictionary holds odd
# entries of frequency 3: 显着, 着名)
WORD_MARGIN = 10  # the 着 spelling of a pair must be this many times as frequent as the 著 one


class LineReading(NamedTuple):
    changed: int  # Han characters OpenCC changes
    traditional_only: int  # ... of which the simplified standard lacks
    han: int


class ScriptReading(NamedTuple):
    script: str  # simplified, traditional or mixed
    converted: str  # the whole text through t2s (a text all in GB2312 is not converted: the text itself)
    lines: tuple[LineReading | None, ...]  # None: a line OpenCC leaves as it is


def detect_script(text: str) -> str:
    return read_script(text).script


def read_script(text: str) -> ScriptReading:
    """One OpenCC pass over the whole text, then each changed line's counts. A text whose every
    character is in the simplified standard holds no traditional-only one: it is simplified
    whatever OpenCC would change, and one encoding (in C) says so."""
    if in_simplified_standard(text):
        return ScriptReading("simplified", text, ())
    converted = resources.opencc_converter("t2s").convert(text)
    if converted == text:
        return ScriptReading("simplified", converted, ())
    if len(converted) == len(text):  # OpenCC keeps lengths in practice: count on code points
        readings = same_length_readings(text, converted)
    else:  # judge lines alone
        readings = tuple(
            None
            if line == (converted_line := resources.opencc_converter("t2s").convert(line))
            else read_line(line, converted_line)
            for line in text.split("\n")
        )
    converted_any = [r for r in readings if r and r.traditional_only]
    if not converted_any:
        return ScriptReading("simplified", converted, readings)
    lines_with_han, han = han_counts(text)
    traditional = (
        sum(map(is_traditional, converted_any)) >= TRADITIONAL_LINE_SHARE * lines_with_han
        and sum(r.changed for r in converted_any) >= TEXT_SHARE * han
    )
    return ScriptReading("traditional" if traditional else "mixed", converted, readings)


def han_counts(text: str) -> tuple[int, int]:
    """How many lines of `text` hold a Han character, and how many Han characters it has."""
    points = code_points(text)
    han = (points >= HAN_FIRST) & (points <= HAN_LAST)
    return int(np.count_nonzero(per_line_sums(han, line_bounds(points)))), int(np.count_nonzero(han))


def line_bounds(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[start, end) of each line (`text.split("\\n")`) of a text given as its code points."""
    breaks = np.flatnonzero(points == 10)
    return np.concatenate(([0], breaks + 1)), np.concatenate((breaks, [len(points)]))


def per_line_sums(mask: np.ndarray, bounds: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """How many positions of each line `mask` holds."""
    totals = np.concatenate(([0], np.cumsum(mask)))
    starts, ends = bounds
    return totals[ends] - totals[starts]


# Per code point: traditional-only (1) or not (0), -1 where not yet asked; `is_traditional_only`'s
# answers kept where arrays of code points can read them at once (1.1 MB)
TRADITIONAL_ONLY = np.full(0x110000, -1, dtype=np.int8)


def traditional_only_mask(points: np.ndarray, where: np.ndarray) -> np.ndarray:
    """The positions among `where` that hold a traditional-only character; each character is asked
    once per process (a traditional text changes a few hundred, thousands of times)."""
    asked = points[where]
    flags = TRADITIONAL_ONLY[asked]
    if (flags < 0).any():
        # a set, not np.unique: its first call imports numpy.ma (10 ms), which nothing else here needs
        for point in set(asked[flags < 0].tolist()):
            TRADITIONAL_ONLY[point] = is_traditional_only(chr(point))
        flags = TRADITIONAL_ONLY[asked]
    mask = np.zeros(len(points), dtype=bool)
    mask[where] = flags == 1
    return mask


def same_length_readings(text: str, converted: str) -> tuple[LineReading | None, ...]:
    """Each line's counts from the two texts' code points, summed per line."""
    before, after = code_points(text), code_points(converted)
    han = (before >= HAN_FIRST) & (before <= HAN_LAST)
    differs = before != after
    changed = differs & han
    traditional = traditional_only_mask(before, changed)
    bounds = line_bounds(before)

    def per_line(mask: np.ndarray) -> list[int]:
        return per_line_sums(mask, bounds).tolist()

    return tuple(
        LineReading(c, t, h) if d else None
        for d, c, t, h in zip(per_line(differs), per_line(changed), per_line(traditional), per_line(han), strict=True)
    )


def read_line(line: str, converted: str) -> LineReading:
    """How many of the line's Han characters OpenCC changed, how many of those are
    traditional-only, and how many it has."""
    changed = [ch for edit in diff_edits(line, converted) for ch in line[edit.start : edit.end] if HAN_CHAR.match(ch)]
    return LineReading(len(changed), sum(map(is_traditional_only, changed)), len(HAN_CHAR.findall(line)))


@lru_cache(maxsize=8192)
def is_traditional_only(ch: str) -> bool:
    return not in_simplified_standard(ch)


def in_simplified_standard(text: str) -> bool:
    """Whether every character of `text` is in GB2312 (ASCII included)."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def is_traditional(line: LineReading) -> bool:
    return line.traditional_only > 0 and line.traditional_only >= TRADITIONAL_SHARE * line.han


def convert_traditional(text: str) -> tuple[str, list]:
    return convert_read_script(text, read_script(text))


def kept_runs(text: str, reading: ScriptReading) -> list[tuple[int, int]]:
    """[start, end) of the changes of a text OpenCC converted keeping its length: the runs it
    changed in a traditional line, elsewhere those that hold a traditional-only character; kept runs
    of one line closer than MERGE_GAP make one change (a traditional line has many), and a run left
    as it is never ends up inside one. On arrays of runs: a traditional text has thousands."""
    points = code_points(text)
    differs = points != code_points(reading.converted)
    starts, ends = true_run_bounds(differs)
    if not len(starts):
        return []
    line = np.searchsorted(line_bounds(points)[1], starts)  # the line each run stands in: lines ending before it
    converted_line = np.array([bool(r and r.traditional_only) for r in reading.lines])[line]
    traditional_line = np.array([bool(r and is_traditional(r)) for r in reading.lines])[line]
    traditional_chars = np.concatenate(([0], np.cumsum(traditional_only_mask(points, differs))))
    holds_traditional = traditional_chars[ends] > traditional_chars[starts]
    kept = converted_line & (traditional_line | holds_traditional)
    joins_previous = np.zeros(len(starts), dtype=bool)
    joins_previous[1:] = kept[:-1] & (line[1:] == line[:-1]) & (starts[1:] - ends[:-1] <= MERGE_GAP)
    runs = np.flatnonzero(kept)
    opens = ~joins_previous[runs]  # a kept run that starts a change of its own
    closes = np.append(opens[1:], True)
    return list(zip(starts[runs[opens]].tolist(), ends[runs[closes]].tolist(), strict=True))


def convert_read_script(text: str, reading: ScriptReading) -> tuple[str, list]:
    """The t2s step on a text already read (normalize() records the reading's script too), and
    every 著 that stands for 着, whatever the script."""
    return apply_edits(STEP, text, with_zhe(text, script_edits(text, reading)))


def script_edits(text: str, reading: ScriptReading) -> list[Edit]:
    """OpenCC's changes the script calls for: none in a simplified text."""
    if reading.script == "simplified":
        return []
    if len(reading.converted) == len(text):  # OpenCC's runs, kept by the line they stand in
        return [Edit(start, end, reading.converted[start:end]) for start, end in kept_runs(text, reading)]
    converter = resources.opencc_converter("t2s")
    edits: list[Edit] = []
    offset = 0
    for line, line_reading in zip(text.split("\n"), reading.lines, strict=False):
        if line_reading and line_reading.traditional_only:
            line_edits = diff_edits(line, converter.convert(line))
            if not is_traditional(line_reading):  # only the runs that hold a traditional-only character
                line_edits = [e for e in line_edits if any(map(is_traditional_only, line[e.start : e.end]))]
            edits += [Edit(e.start + offset, e.end + offset, e.replacement) for e in line_edits]
        offset += len(line) + 1
    return edits


def with_zhe(text: str, edits: list[Edit]) -> list[Edit]:
    """`edits` with each 著 that stands for 着 written 着: inside an edit that keeps its length
    (a traditional line's run), or as an edit of its own."""
    positions = zhe_positions(text)
    if not positions:
        return edits
    patched = []
    for edit in edits:
        inside = [p for p in positions if edit.start <= p < edit.end]
        if inside and len(edit.replacement) == edit.end - edit.start:
            chars = list(edit.replacement)
            for position in inside:
                chars[position - edit.start] = ZHE
            edit = Edit(edit.start, edit.end, "".join(chars))
        positions -= set(inside)
        patched.append(edit)
    return patched + [Edit(p, p + 1, ZHE) for p in positions]


def zhe_positions(text: str) -> set[int]:
    """Where a 著 stands for 着 (jieba's dictionary is read only for a text that holds a 著)."""
    if ZHU not in text:
        return set()
    return {match.start() for match in re.finditer(ZHU, text) if stands_for_zhe(neighbour_pairs(text, match.start()))}


def neighbour_pairs(text: str, at: int) -> list[str]:
    """The words of two characters the 著 at `at` can make: with the character before it and with
    the one after it, read as simplified (隨著 is 随著)."""
    pairs = []
    if at > 0:
        pairs.append(simplified_char(text[at - 1]) + ZHU)
    if at + 1 < len(text):
        pairs.append(ZHU + simplified_char(text[at + 1]))
    return pairs


def stands_for_zhe(pairs: list[str]) -> bool:
    """A pair is a word spelled 着 (随着、衣着、着手: the 着 spelling far more frequent in jieba's
    dictionary) and none is a word spelled 著 (显著、著作、土著、执著)."""
    lex = lexicon()
    counts = [(lex.frequency(pair.replace(ZHU, ZHE)), lex.frequency(pair)) for pair in pairs]
    return any(zhe >= WORD_FREQ and zhe >= WORD_MARGIN * zhu for zhe, zhu in counts) and not any(
        zhu >= WORD_FREQ and zhu * WORD_MARGIN > zhe for zhe, zhu in counts
    )
