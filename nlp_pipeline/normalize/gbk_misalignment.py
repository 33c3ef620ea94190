"""Repair text that was decoded from GBK (or Big5) bytes one byte off.

When a decoder starts one byte late (or early), every following pair of bytes decodes to a wrong
character until it falls back in step at the next ASCII byte (`。“迅速”就是` -> `！把杆佟本褪`).
Pairs that land in the user-defined rows decode to nothing (two bytes lost), the run's last byte
is lost, and a trail byte below 0x80 comes out as a Latin letter (`。現` -> `,F`). Pinyin
annotators that ran over the damage left readings after the wrong characters, sometimes with the
character itself lost to `?` (`魯?shù)綍?huì)`). The repair:

1. find damaged regions with the character bigram model: rare characters no word puts beside
   their neighbours, runs of unseen pairs, symbols of GBK's non-Chinese rows (kana, bopomofo,
   box drawing) among Chinese, `?` and orphan readings, Latin letters wedged into Chinese;
2. rebuild the region's bytes (a `?` with a reading stands for every GBK-only character of that
   reading) and realign them: put back the lost first byte or drop an extra one, in GBK or Big5;
   a region reaches at most to the next ASCII byte, where the decoder fell back in step;
3. keep the reading the model prefers by a wide margin, then put back byte pairs that fell into
   the user-defined rows and the run's last character when a surviving reading and the context
   make it certain; a region no realignment explains loses only its unmistakable debris.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple, TypeVar

from .. import model_cache, resources
from ..chars import HALF_TO_FULL_PUNCTUATION, HAN, HAN_CHAR, import_pypinyin_without_phrases, is_han
from ..jieba_lexicon import lexicon
from .charlm import char_lm, simplified_char
from .edits import Edit, apply_edits
from .pinyin_annotation import readings
from .script import TEXT_SHARE, is_traditional_only
from .wordlm import word_plausibility

STEP = "gbk_misalignment"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
SYLLABLE = rf"[a-zü]*[{TONED}][a-zü]*"
ORPHAN_READING = re.compile(rf"\?({SYLLABLE})\)")
ANNOTATION = re.compile(rf"[(（]({SYLLABLE})[)）]")
# signs no clean text shows: a reading after `?` or after a non-Chinese character, a lone
# lower-case letter or brace wedged between Chinese characters (A级 and B超 are real, and x is a
# redaction mark: 做好x年度). Each alternative opens on a character, its neighbour before it tested
# after it: an opening lookbehind would have the regex engine try every position of a text
HARD_SIGN = re.compile(
    rf"\?{SYLLABLE}\)[a-z{{}}]*|[^{HAN}(（]\(({SYLLABLE})\)|[a-wyz{{}}](?<=[{HAN}][a-wyz{{}}])(?=[{HAN}(])"
)
HARD_SIGN_CHARS = frozenset(TONED + "abcdefghijklmnopqrstuvwyz{}")  # every hard sign holds one
ASCII_LEFT = re.compile(r"[\x21-\x7e]")  # a realignment that leaves ASCII behind explains nothing
# a run of Chinese characters long enough to hold three pairs in a row (the unseen-run sign)
HAN_RUN = re.compile(f"[{HAN}]{{4,}}")
HAN_CHAR_RUN = re.compile(f"[{HAN}]+")
# an ASCII character a trail byte (0x40-0x7e) decodes to, where the decoder fell back in step
TRAIL_BYTE_CHAR = re.compile(r"[\x40-\x7e]")
# the pinyin letters of GBK's row 0xA8 (āáǎà…ǖǘǚǜüêɑńňɡ): a shifted pair decodes to one alone
# (`辨识建档61` -> `辨识ǖ61`), where a reading always stands among other letters (`建(jiàn)`)
PINYIN_LETTERS = "".join(bytes([0xA8, trail]).decode("gbk", errors="ignore") for trail in range(0xA1, 0xC1))
# characters of GBK's symbol rows that a shifted pair decodes to: enclosed numbers, box
# drawing, kana, bopomofo, Greek, Cyrillic, full-width letters, and a pinyin letter with no
# letter beside it (the one before it tested after it). Both behind one opening class, the row
# symbols' tested first as their alternative came first: an alternation first has the regex
# engine try every position of a text, an opening class lets it skip to a candidate
SYMBOL_ROWS = (
    "\u0391-\u03c9\u0401-\u0451\u2460-\u27bf\u3040-\u312f\u3200-\u33ff"
    "\uff21-\uff3a\uff41-\uff5a\uff02\uff07\uff1c\uff1e\uff3c\uff3e\uff40\uff5b-\uff5d"
)
MISREAD_SYMBOL = re.compile(
    f"[{SYMBOL_ROWS}{PINYIN_LETTERS}]"
    f"(?:(?<=[{SYMBOL_ROWS}])|(?<![A-Za-z{PINYIN_LETTERS}][{PINYIN_LETTERS}])(?![A-Za-z{PINYIN_LETTERS}]))"
)
CHINESE_PUNCT = set("，。、；：！？“”‘’《》（）·—…")
# symbols a writer puts before a list item (；★二是…), where a clause starts: not a misread there
BULLETS = set("★☆●○◆◇■□▲△▶►※")
WRITERS_DASHES = "─━"  # box drawing that writers use as a dash: damage only where no text reads on after it
CLAUSE_START = set("；;。：:，,！？!?") | {"\n", " ", "\t", "\u3000"}
CODECS = ("gbk", "big5")
PUNCTUATION_LEADS = range(0xA1, 0xAA)  # GBK's rows of punctuation and symbols
FULL_WIDTH_ASCII_ROW = 0xA3  # ！ to ～: full-width letters, digits and ASCII marks
UNIT_MARKS = "/.-"  # an ASCII mark a writer puts between a unit's full-width letters (ｔ/ｈ, ｍ/ｓ)
MARK_ROWS = (
    0xA1,
    FULL_WIDTH_ASCII_ROW,
)  # GBK's rows of Chinese marks (、。…) and full-width forms (，（）！ and Ａ–ｚ)
RARE_COUNT = 1000  # a character rarer than this (in the model's counts) is suspect (data/normalize/frequent_chars.txt)
ACCEPT_MARGIN = 12.0  # log-probability a repair must gain over the damaged text
ATTESTED_MARGIN = 6.0  # ... where the document spells the repair elsewhere, undamaged (`spelt_undamaged`)
ATTESTED_LENGTH = 2  # Han characters a repair must hold to count as spelt by the document
LATE_LEAD_INS = (-1, -2, -3, -4)  # a region seeded up to this many intact characters before its misread
CLEAR_GAIN = 20.0  # ... beyond which a realignment explains its region clearly (no late start is tried)
REFILL_MARGIN = 6.0  # ... that putting back a lost byte pair must add
REFILL_WORD_FLOOR = 2.0  # ... as character pairs, below which words are not asked (长效黄 -> 长效机制: 3.9)
REFILL_WORD_GAIN = (
    5.0  # ... and then as words (长效机制 9.8, 开展 5.8; the false 保障代码 7.4 loses on the pairs, 亲自转播 1.3 here)
)
RESTORE_MARGIN = 2.0  # ... by which a restored last character must beat the runner-up
WORD_END_MARGIN = 4.0  # ... and without a reading to go by
DROPPED_PAIR_PRIOR = math.log(23 / 190)  # share of first bytes whose pair falls into private use
# a genre text's mean bigram log-probability per character (corpora/clean): a character that
# fits as well as the genre's average costs nothing, so readings of different length compare fairly
GENRE_NATS = 5.6
GAP_COST = 12.0  # cost of each byte pair no character decodes from (a lost character)
FOREIGN_COST = 12.0  # cost of `?`, Latin letters or symbols among Chinese characters
MAX_COMBINATIONS = 256
MAX_CHOICES = 8  # characters tried for one `?` of a known reading
MAX_SPAN = 24  # a misread reaches at most this far past a suspect character
MAX_REFILLS = 3
REFILLED_CANDIDATES = 3  # best realignments tried with dropped pairs put back
TOP_FIRST = 8  # first characters of a refilled pair kept for the joint search
PAIR_SHORTLIST = 6  # a refilled pair's readings that fit best as character pairs, then read over the clause
PAIR_WORD_WEIGHT = (
    0.7  # share of the word model's log-probability in that reading (1,166 of 1,446 pairs at 0.7, 1,158 at 1)
)
SPELT_PAIR_NATS = 6.0  # per character pair of the reading that the document writes undamaged elsewhere
JOINT_FIRST_CHARS = 6  # best-fitting restored first characters each completed and compared as words
FIRST_CHAR_MARGIN = 8.0  # ... those that fit worse than the best by more than this are not tried
WORD_DECIDES_WITHIN = 10.0  # nats of character-pair gain (at 10, no result changed on seeds 7, 11, 23, 42)
CONTEXT = 3
CLAUSE_MARK = re.compile(r"[，。；：、！？,;:!?（）()]")
CLAUSE_LOOKBACK = 24  # characters before a realignment searched for the start of its clause
LABEL_LENGTH = 4  # characters of a clause before a number, at most, where it is a label (时限：10月底前)
CLAUSE = 8  # characters before a lost last character over which its readings are scored as words
TAIL_SHORTLIST = 6  # single characters, and pairs, that fit best as character pairs, then scored as words
TAIL_MARGIN = 2.0  # nats by which the best tail must beat the runner-up (at 1: false changes on seeds 11, 42)
PROSE_MARKS = re.compile(
    r"[。；！？]"
)  # a line holding a sentence's end is prose, whose end a writer marks (a field's ， is not)
LINE_END_MARKS = "。；！？："
# the model cache's name for the step's tables (`kept_table`): a change to what one holds or how
# it is built needs a new version here
TABLES_MODEL = "gbk-tables-1"
WELL_FORMED_PAIRS = 2  # seen pairs in a row that no misread produces by chance
# pairs of characters after a suspect one, of which one seen is clean text: three shifted pairs
# after a misread were all unseen in 436 of 441 runs of corpora/sample-src, three pairs of clean
# text in 3 of 466
READ_ON_PAIRS = 3
# a letter or brace (or `?`) wedged between Chinese characters, which a region no realignment
# explains loses (x, xx: redaction marks, 做好x年度, stay)
WEDGED_DEBRIS = re.compile(rf"(?<=[{HAN}])(?!x+[{HAN}])[a-z{{}}?]+(?=[{HAN}])")
DEBRIS_CONTEXT = 2  # characters each side of a region kept to judge a wedged letter by its neighbours
ZERO_LETTERS = "oO"  # typed for 〇 in dates written in Chinese numerals (二o一一年)
CHINESE_NUMERALS = "〇零一二三四五六七八九十"
HEADING_NUMERALS = "一二三四五六七八九十"  # a document's first-level headings, in order (一、总体要求)
NUMBERED_HEADING = re.compile(f"^([{HEADING_NUMERALS}])、", re.MULTILINE)


Table = TypeVar("Table")


class LineEnd(NamedTuple):
    """How the document's prose lines end: the mark most of them end in, and the nats by which a
    line ending in it is likelier than one ending in a character (per document, from its own lines)."""

    mark: str
    odds: float


MarkHabit = tuple[tuple[str, float], ...]  # a document's punctuation marks with the log of their share


class Reading(NamedTuple):
    """A realignment of a region: its text (U+FFFD for bytes no character decodes from) and the
    lead byte left alone at its end, whose trail byte the garbling lost."""

    text: str
    codec: str
    lone_lead: int | None
    first_chars: tuple[str, ...] = ()  # where the lost first byte was put back: the best fits, best first


def repair_gbk_misalignment(text: str) -> tuple[str, list]:
    edits: list[Edit] = []
    floor = 0  # regions are repaired left to right and never reach into an earlier repair
    regions = damaged_regions(text)
    if not regions:  # nothing to repair, and no lost characters where nothing was repaired
        return text, []
    line_end = prose_line_end(text, regions)
    known = undamaged_text(text, regions)
    marks = mark_habit(known)
    for start, end in regions:
        # each test only reads the text, so their order changes no answer: the glossed run end,
        # cheapest, goes first, as a glossed page's damage seeds every glossed character before its
        # `(` as a run end (`unseen_run_ends`) and this test sets nearly all of them aside
        if (
            start < floor
            or glossed_in_step(text, start, end)
            or reads_on_after(text, start, end)
            or in_name(text, start, end)
            or in_traditional_text(text, start, end)
            or before_number_bracket(text, start, end)
        ):
            continue
        edit = repair_region(text, start, end, floor, line_end, known, marks)
        if edit:
            edits.append(edit)
            floor = edit.end
    if edits:  # only a document with byte-shift damage has lost its lone characters too
        edits += lost_character_edits(text, edits)
    return apply_edits(STEP, text, edits)


def prose_line_end(text: str, regions: list[tuple[int, int]]) -> LineEnd | None:
    """The document's habit at its prose lines' ends (lines holding a sentence's end before their
    last character), read from its lines without damage: a byte pair that falls into the
    user-defined rows at a line's end hides the line's mark with the last character's trail byte
    (`结果。` -> `结`), and only the document's other lines say whether its lines end in one (a
    copy hard-wrapped mid-sentence does not)."""
    damaged = {text.rfind("\n", 0, start) + 1 for start, _ in regions}
    ends, lo = [], 0
    for line in text.split("\n"):
        kept = line.rstrip()
        if lo not in damaged and PROSE_MARKS.search(kept, 0, len(kept) - 1):
            ends.append(kept[-1])
        lo += len(line) + 1
    marks = [ch for ch in ends if ch in LINE_END_MARKS]
    if not marks:
        return None
    mark = max(LINE_END_MARKS, key=marks.count)
    in_character = sum(map(is_han, ends))
    return LineEnd(mark, math.log((marks.count(mark) + 1) / (in_character + 1)))


def undamaged_text(text: str, regions: list[tuple[int, int]]) -> str:
    """The document's text outside its damaged regions, each region replaced by a line break:
    the words the document itself spells without damage (`document_tail`)."""
    pieces, lo = [], 0
    for start, end in regions:
        pieces.append(text[lo:start])
        lo = max(lo, end)
    pieces.append(text[lo:])
    return "\n".join(pieces)


def mark_habit(known: str) -> MarkHabit:
    """How often the document writes each mark outside its damaged regions, as the log of its
    share: the character model holds no punctuation, so where a dropped pair hid a mark and the
    character after it (`紧Ｃ` = A3 C3: `，` A3AC and `让` C8C3 lost AC C8 between them), only the
    document's own habit says which mark of the row it was (`，` far more often than `（`)."""
    counts = {mark: known.count(mark) for mark in sorted(CHINESE_PUNCT)}
    total = sum(counts.values()) + len(counts)
    return tuple((mark, math.log((count + 1) / total)) for mark, count in counts.items())


def lost_character_edits(text: str, repairs: list[Edit]) -> list[Edit]:
    """Put back the characters a shift deleted outright where the genre's formats make them
    certain (`2024年49日` -> `2024年4月9日`, `〔2024〕22` -> `〔2024〕22号`; data/normalize/lost_characters.toml)."""
    edits = []
    for pattern, insert, split_month_day in resources.lost_character_patterns():
        for match in pattern.finditer(text):
            if any(repair.start <= match.end() and match.start() <= repair.end for repair in repairs):
                continue
            at = match.end()
            if split_month_day:
                split = month_day_split(match.group())
                if not split:
                    continue
                at = match.start() + split
            if insert not in (simplified_char(text[at - 1]), simplified_char(text[at : at + 1] or " ")):
                edits.append(Edit(at, at, insert))  # never beside the same character in the other script (號)
    return edits


def month_day_split(digits: str) -> int | None:
    """Where `digits` splits into a month and a day, if in exactly one way."""
    splits = [
        k
        for k in range(1, len(digits))
        if digits[k] != "0" and digits[0] != "0" and 1 <= int(digits[:k]) <= 12 and 1 <= int(digits[k:]) <= 31
    ]
    return splits[0] if len(splits) == 1 else None


# a document number's year in its brackets (〔2025〕), the opening bracket read in step with the closing one
NUMBER_BRACKET = re.compile(r"〔\d{4}〕")
ISSUER_MAX_CHARS = 10  # an issuer's abbreviation before it (岚交安, 某市应急管理局办公室)


def before_number_bracket(text: str, start: int, end: int) -> bool:
    """The region runs up to a document number's `〔` (岚交安〔2025〕4号, the issuer's rare character seeding it):
    a shifted decoder misreads every pair until the next ASCII byte, so an opening bracket that closes after the
    year was read in step, and so was every character between the line's last ASCII byte and it. The region is
    an issuer's abbreviation, not damage."""
    bracket = text.find("〔", start, start + ISSUER_MAX_CHARS + 1)
    return (
        bracket >= end - 1
        and bool(NUMBER_BRACKET.match(text, bracket))
        and all(not ch.isascii() for ch in text[start:bracket])
    )


def damaged_regions(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) spans around suspect characters; lines without a seed are skipped."""
    seeds = seed_positions(text, judging_repair=False)
    if not seeds:
        return []
    flagged = set(seeds)
    seen = char_lm().seen
    for lo, hi in lines_with(text, seeds):  # three unseen pairs in a row: a run of wrong characters
        # only pairs of Chinese characters count, so only runs of four or more can hold three
        for run in HAN_RUN.finditer(text, lo, hi):
            for k in unseen_triples(run.group(), seen):
                flagged.update((run.start() + k, run.start() + k + 1))
    # a run's end within merging reach of another seed adds nothing but a wider region, which may
    # join two misreads across the ASCII byte that parts them (`為確!拔逡…`: in step again at the `!`)
    flagged.update(
        i for i in unseen_run_ends(text, seen) if flagged.isdisjoint(range(i - MERGE_REACH, i + MERGE_REACH + 1))
    )
    regions: list[list[int]] = []
    for i in sorted(flagged):
        if regions and (
            i == regions[-1][1]
            or i - regions[-1][1] < MERGE_REACH
            and not text[regions[-1][1] - 1].isascii()
            and "\n" not in text[regions[-1][1] : i]
        ):  # after a decoder back in step, a new misread
            regions[-1][1] = i + 1
        else:
            regions.append([i, i + 1])
    return [(start, end) for start, end in regions]


def unseen_triples(run: str, seen: Callable[[str, str], bool]) -> Iterator[int]:
    """Each k where the three pairs of characters run[k-1:k+1], run[k:k+2], run[k+1:k+3] are all
    unseen by the model. A window's last pair is asked first: a seen pair rules out every window
    holding it, so the search moves past it, and most pairs of a line are never asked (clean text
    holds few unseen pairs; each asked pair is one call into the model)."""
    j = 0  # the window's first pair: pairs j, j + 1 and j + 2
    while j + 3 < len(run):
        if seen(run[j + 2], run[j + 3]):
            j += 3
        elif seen(run[j + 1], run[j + 2]):
            j += 2
        elif seen(run[j], run[j + 1]):
            j += 1
        else:
            yield j + 1
            j += 1


MERGE_REACH = 3  # seeds this close (two characters between them) join one region
CHINESE_RUN_END = re.compile(f"(?<=[{HAN}])[{HAN}](?=[\\x00-\\x7f]|$)")


def unseen_run_ends(text: str, seen: Callable[[str, str], bool]) -> Iterator[int]:
    """Each Chinese run's last character that the model has never seen after its left neighbour:
    a shift that starts two or three characters before an ASCII byte leaves one or two common
    characters there (`年底前` -> `年浊`, `牵头组建` -> `牵头榻`), which no rare character or run
    of unseen pairs gives away; the decoder recovers at the ASCII byte, so only a run's end is asked.
    A person's name ending a line or a list (`钟佑伟\n`) is as written: names pair unseen characters."""
    cues = resources.name_cues()
    for match in CHINESE_RUN_END.finditer(text):
        i = match.start()
        if not seen(text[i - 1], text[i]) and not ends_name(text, i, cues):
            yield i


TABLE_BAR = "｜"  # a misread symbol too, but a table pasted with full-width bars parts its cells by it


def parts_cells(text: str, i: int) -> bool:
    """Whether the full-width bar at i is one of a table row's cell bars (three on its line at least:
    ｜序号｜工作任务｜, ｜1｜检查…｜): a misread leaves one here and there, not a row of them."""
    start, end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    return text.count(TABLE_BAR, start, end if end >= 0 else len(text)) >= 3


def seed_positions(text: str, judging_repair: bool = True) -> set[int]:
    """Hard signs, misread symbols beside Chinese, rare characters with no plausible neighbour.
    Searching a text for damage, a symbol or rare character the decoder reads in step after is as
    written (`in_step_after`); judging a repair (`looks_damaged`), every suspect counts, as a guess
    among wrecks may read on by chance.
    Asked of every text, so one scan in C (`unusual_char`) finds the only characters that can
    make a sign: a tone mark, a lower-case letter or a brace (in every hard sign), a rare
    character or a misread symbol; clean text has none or a few."""
    unusual = set(unusual_char().findall(text))
    seeds = set()
    if not unusual.isdisjoint(HARD_SIGN_CHARS):
        seeds = {i for match in HARD_SIGN.finditer(text) for i in range(match.start(), match.end())}
    rare = "".join(ch for ch in unusual if is_rare_han(ch))  # never a misread symbol: those are no Han
    misread_symbols = any(MISREAD_SYMBOL.match(ch) for ch in unusual)
    if not rare and not misread_symbols:
        return seeds
    lm = char_lm()
    # A symbol's pattern matches one character, so its scan finds every position it matches at: in
    # C, where a pinyin-annotated text's thousands of toned vowels (none standing alone) are passed
    for match in MISREAD_SYMBOL.finditer(text) if misread_symbols else ():
        i = match.start()
        if i == 0 or i == len(text) - 1:
            continue
        ch, before, after = text[i], text[i - 1], text[i + 1]
        if ch == TABLE_BAR and parts_cells(text, i):
            continue
        if in_written_symbol_run(text, i) or not judging_repair and in_step_after(text, i):
            continue
        if (is_han(before) or is_han(after)) and not (ch in BULLETS and before in CLAUSE_START):
            seeds.add(i)
    for match in re.finditer(f"[{re.escape(rare)}]", text) if rare else ():
        i = match.start()
        if (
            0 < i < len(text) - 1
            and not lm.seen(text[i - 1], text[i])
            and not lm.seen(text[i], text[i + 1])
            and (judging_repair or not in_step_after(text, i) and not one_pair_after_mark(text, i, lm.seen))
        ):
            seeds.add(i)
    return seeds


def one_pair_after_mark(text: str, i: int, seen: Callable[[str, str], bool]) -> bool:
    """Whether the rare character at i stands right after an ASCII mark (`;`, `,`, `(`) with only one
    unseen pair to tell against it: a rare character seeds where it pairs with neither neighbour, and a
    mark is no neighbour the model pairs (it holds no punctuation), so the test on its left says nothing
    there. Opening a run of Chinese characters (a place's name typed with ASCII marks: `;泺口(北段)`), a rare
    character alone is no damage: it seeds only where the pair after its own is unseen too, two unseen pairs
    as elsewhere. A character alone between two ASCII bytes (`)綍?`: one pair misread between marks, a glossed
    page's damage) pairs with nothing and still seeds."""
    if text[i - 1] not in HALF_TO_FULL_PUNCTUATION or not is_han(text[i + 1]):  # the seven half-width marks
        return False
    after = text[i + 1 : i + 3]
    return not (len(after) == 2 and all(map(is_han, after)) and not seen(after[0], after[1]))


def in_step_after(text: str, i: int) -> bool:
    """Whether the decoder reads in step right after the character at i, which is then as written:
    a decoder one byte off stays off until an ASCII byte, so every character from a misread to
    that byte is wrong. Two signs: a mark no shifted pair decodes to (`in_step_marks`: `，`) before
    that byte (`π值计算，`), or a pair the model has seen among the first Chinese characters after i
    (`Ｕ型管要更换`: 型管; `Ｕ型管。` too)."""
    stop = misread_end(text, i + 1)
    if any(ch in in_step_marks() for ch in text[i + 1 : stop]):
        return True
    after = HAN_CHAR_RUN.match(text, i + 1, i + 2 + READ_ON_PAIRS)
    lm = char_lm()
    return after is not None and any(lm.seen(a, b) for a, b in itertools.pairwise(after.group()))


@cache
def in_step_marks() -> frozenset[str]:
    """Chinese marks a GBK decoder one byte off never makes from simplified prose. A shifted pair
    is one character's trail byte and the next one's lead byte, so a mark appears out of step only
    before a character led by the mark's trail byte: `，` (A3AC) before one of row AC, which holds
    user-defined codes and traditional forms (現, 瑣) but no mark and no frequent simplified
    character; `。` (A1A3) appears before `，` (A3AC), `；` (A3BB) before 护 (BBA4)."""
    marks = set()
    for mark in CHINESE_PUNCT:
        lead = mark.encode("gbk")[1]
        led = (bytes([lead, trail]).decode("gbk", errors="ignore") for trail in range(0x40, 0xFF))
        if lead not in PUNCTUATION_LEADS and not any(
            is_han(ch) and not is_rare_han(ch) and simplified(ch) == ch for ch in led
        ):
            marks.add(mark)
    return frozenset(marks)


def in_written_symbol_run(text: str, i: int) -> bool:
    """Whether the symbol at i is part of a run a writer typed: full-width ASCII forms side by side
    (`ＡＡＡ级`, `ＬＥＤ屏`, `Ｗｉ－Ｆｉ`, `ＧＢ５０１６`: a Latin word, a code or a rating, all of GBK's
    row A3) or one symbol repeated (`○○村`, `★★★级`: a mask or a rating). A misread puts two such
    symbols together only where the character between them ends in the row's lead byte (and, for a
    repeat, is the one character the symbol's bytes swapped make); its other neighbouring symbols
    come from arbitrary rows (`ūā`). A mark of prose (`，`, `。`) is in those rows but no part of a run.
    A half-width mark between two full-width letters or digits (`ｔ/ｈ`) joins them too: the decoder is
    in step after an ASCII byte, so a misread on both sides of it would take two lost bytes."""
    row = symbol_row(text[i])
    return (
        row is not None
        and text[i] not in CHINESE_PUNCT
        and any(
            0 <= j < len(text)
            and text[j] not in CHINESE_PUNCT
            and (text[j] == text[i] or row == FULL_WIDTH_ASCII_ROW == symbol_row(text[j]))
            for j in (i - 1, i + 1)
        )
        or row == FULL_WIDTH_ASCII_ROW
        and text[i].isalnum()
        and any(  # a unit written with an ASCII mark between its letters (`ｔ/ｈ`, `ｍ.ｓ`)
            0 <= j < len(text) and text[(i + j) // 2] in UNIT_MARKS and text[j].isalnum() and symbol_row(text[j]) == row
            for j in (i - 2, i + 2)
        )
    )


@lru_cache(maxsize=1024)
def symbol_row(ch: str) -> int | None:
    """The lead byte of `ch` in GBK where it is one of the punctuation and symbol rows (A1-A9)."""
    encoded = ch.encode("gbk", errors="ignore")
    return encoded[0] if len(encoded) == 2 and encoded[0] in PUNCTUATION_LEADS else None


def reads_on_after(text: str, start: int, end: int) -> bool:
    """A region seeded by the model alone (or by a box-drawing dash, which writers put between
    clauses: `不留遗憾─建筑工地`), followed by well-formed text before the next ASCII byte. A
    misread runs to that byte (the decoder stays one byte off until then), and misread
    characters almost never chain into seen pairs, so the region is a rare word, not damage."""
    misread = (m for m in MISREAD_SYMBOL.finditer(text, start, end) if m.group() not in WRITERS_DASHES)
    if HARD_SIGN.search(text, start, end) or next(misread, None):
        return False
    lm = char_lm()
    after = text[end : misread_end(text, end)]
    chained = 0
    for a, b in itertools.pairwise(after):
        chained = chained + 1 if is_han(a) and is_han(b) and lm.seen(a, b) else 0
        if chained == WELL_FORMED_PAIRS:
            return True
    return False


def in_name(text: str, start: int, end: int) -> bool:
    """A region seeded by the model alone whose rare characters are in persons' names: one rare
    character with a surname one or two characters before it, or a rare surname itself, and a list
    mark, a title or the line's end after the name (`副县长张晓旸,县…`, `责编:翟可`); or rare
    characters that each stand in a given name framed as a name (`framed_given_name`). A misread
    runs on to the next ASCII byte, so it is rarely one character, and rarely a name's frame."""
    if HARD_SIGN.search(text, start, end) or MISREAD_SYMBOL.search(text, start, end):
        return False
    rare = [i for i in range(start, end) if is_rare_han(text[i])]
    if not rare:
        return False
    cues = resources.name_cues()
    if all(framed_given_name(text, i, cues) for i in rare):
        return True
    if len(rare) != 1 or (rare[0] + 1 < len(text) and is_rare_han(text[rare[0] + 1])):
        return False
    i = rare[0]
    if text[i] in cues["surnames"]:  # a rare surname (翟, 闫): one or two given-name characters, then the name ends
        return any(all(map(is_han, text[i + 1 : i + 1 + n])) and name_ends(text, i + n, cues) for n in (1, 2))
    return ends_name(text, i, cues)


def ends_name(text: str, i: int, cues: dict) -> bool:
    """Whether the character at i is a given name's last, a surname one or two characters before
    it and a list mark, a title or the line's end after it (`张晓旸,`, `钟佑伟\n`)."""
    surname = (
        i > 0
        and is_han(text[i - 1])
        and any(
            text[stop - n : stop] in cues["surnames"] and not ends_word(text, stop - n)
            for stop in (i, i - 1)
            for n in range(1, min(stop, cues["longest_surname"]) + 1)
        )
    )
    return surname and name_ends(text, i, cues)


def glossed_in_step(text: str, start: int, end: int) -> bool:
    """A region seeded by the model alone whose misread would stop at a pinyin reading that its
    character can have (`楊岐鄉(xiāng)`: a misread through 岐 runs to the `(`, yet 鄉 before it reads
    xiāng). A misread's last character is a wrong one or lost, and a wrong character reads as the
    gloss of the one it replaced only by chance: the decoder was in step, and the rare character
    is a name's (a place, a person), not damage."""
    if HARD_SIGN.search(text, start, end) or MISREAD_SYMBOL.search(text, start, end):
        return False
    stop = misread_end(text, end)
    gloss = ANNOTATION.match(text, stop)
    return stop > start and gloss is not None and gloss.group(1) in readings(text[stop - 1])


def ends_word(text: str, i: int) -> bool:
    """Whether character i closes a dictionary word with the character before it: then it is no
    surname opening a name (`安全专钫`: 全 ends 安全, the region is a misread, not 全专钫)."""
    return i > 0 and bool(lexicon().prefix_frequency(simplified_char(text[i - 1]) + simplified_char(text[i])))


def in_traditional_text(text: str, start: int, end: int) -> bool:
    """A region seeded only by pairs the model never saw, in a text written in traditional script
    (at least `script.TEXT_SHARE` of its Han characters traditional-only: `traditional_share`, a
    count, where the script step weighs what OpenCC changes line by line). The model learnt
    mainland simplified text: another region's common words (本澳 of a Macau page) are pairs it
    never saw, not damage. A misread of a traditional page shows a hard sign, a misread symbol, a
    rare character (`?` with a reading, a letter wedged in, kana, 賻) or a reading its character
    cannot have (`賻(dài)`), which this never passes; a simplified text's misreads are too few to
    make it read as traditional."""
    if (
        HARD_SIGN.search(text, start, end)
        or MISREAD_SYMBOL.search(text, start, end)
        or any(map(is_rare_han, text[start:end]))
    ):
        return False
    glossed = ANNOTATION.finditer(text, start, with_glosses(text, end))
    if any(gloss.group(1) not in readings(text[gloss.start() - 1]) for gloss in glossed):
        return False
    return traditional_share(text) >= TEXT_SHARE


@lru_cache(maxsize=8)
def traditional_share(text: str) -> float:
    """The share of the text's Han characters that are traditional-only (asked only where a region
    was seeded by the model alone)."""
    han = HAN_CHAR.findall(text)
    return sum(map(is_traditional_only, han)) / len(han) if han else 0.0


def framed_given_name(text: str, i: int, cues: dict) -> bool:
    """Whether character i stands in a one- or two-character given name framed as a name: a
    surname right before the given name where a name opens (a title, a label's colon, a bracket, a
    list mark, a space or the line's start before it), then the name's end (`记者韩昶文/北京报道`,
    `责任编辑：陈婧文`, `副县长吕晔彤主持`)."""
    return any(
        all(map(is_han, text[given : given + size]))
        and name_ends(text, given + size - 1, cues)
        and any(
            text[given - n : given] in cues["surnames"] and name_opens(text, given - n, cues)
            for n in range(1, min(given, cues["longest_surname"]) + 1)
        )
        for size in (1, 2)
        for given in range(max(1, i - size + 1), i + 1)
        if given + size <= len(text)
    )


def name_opens(text: str, i: int, cues: dict) -> bool:
    """Whether a person's name may open at character i: the line's start, a space, an opening mark or a title before it."""
    before = text[i - 1 : i]
    return (
        not before
        or before.isspace()
        or before in cues["before"]
        or cues["title_before"].search(text, max(0, i - 6), i) is not None
    )


def name_ends(text: str, i: int, cues: dict) -> bool:
    """Whether a person's name may end at character i: a list mark, a title, a space or the end after it."""
    after = text[i + 1 : i + 2]
    return not after or after in cues["after"] or after.isspace() or cues["titles"].match(text, i + 1) is not None


def looks_damaged(left: str, repaired: str, right: str) -> bool:
    """Whether the detector would flag the repair itself: then it is a guess among wrecks, and
    a second pass would guess again (normalize must be idempotent)."""
    seeds = seed_positions(left + repaired + right)
    return any(len(left) <= i < len(left) + len(repaired) for i in seeds)


def lines_with(text: str, positions: set[int]) -> list[tuple[int, int]]:
    starts = sorted({text.rfind("\n", 0, i) + 1 for i in positions})
    return [(lo, len(text) if (hi := text.find("\n", lo)) < 0 else hi) for lo in starts]


def repair_region(
    text: str,
    start: int,
    end: int,
    floor: int,
    line_end: LineEnd | None = None,
    known: str = "",
    marks: MarkHabit = (),
) -> Edit | None:
    """The best realignment of the damaged region, or the region without its debris. `line_end`:
    how the document's prose lines end (`prose_line_end`); `known`: its text outside the damaged
    regions (`undamaged_text`); `marks`: how often it writes each mark there (`mark_habit`)."""
    misread_stop = with_glosses(text, misread_end(text, end))
    end = with_glosses(text, end)
    ends = {min(end + tail_in, misread_stop) for tail_in in range(CONTEXT)} | {misread_stop}
    found: list[tuple[float, int, int, Reading, str, str, str, float, str]] = []
    # the region as seeded, to the decoder's recovery, first: where the model alone seeded it and
    # no realignment of that window gains anything, the other windows are not tried (clean text).
    # A region may also start one character early, where the first wrong character formed an
    # unseen pair with an intact one (情|龀褪…): the windows one to four characters later (`LATE_LEAD_INS`:
    # intact characters whose pairs the model has not seen, 未对|驾蝗私…) come last, and
    # only where no earlier one explains the region clearly (on the damage benchmark a late start
    # won only over realignments that gained 15 nats or less, or began with an unseen pair), and
    # then only to the decoder's recovery and to the end of the best window so far (the recovery
    # alone lost `值守。`: the late window that wins there ends before the 。, as the best earlier
    # one does)
    windows = [(0, misread_stop)]
    windows += [w for w in itertools.product(range(CONTEXT), sorted(ends)) if w != (0, misread_stop)]
    late_start = len(windows)
    late_ends = {misread_stop}
    windows += [(late, e) for late in LATE_LEAD_INS for e in sorted(ends)]
    model_only = not (HARD_SIGN.search(text, start, end) or MISREAD_SYMBOL.search(text, start, end))
    # a run's last character alone, common (`unseen_run_ends`), is read with its left neighbours
    # too: the shift began one or two characters before it (`9月底前` -> `9碌浊`), and the window of
    # the character alone ends on a lone lead byte, which no realignment of it reads well
    run_end_only = end - start == 1 and CHINESE_RUN_END.match(text, start) and not is_rare_han(text[start])
    for n, (lead_in, e) in enumerate(windows):
        if n == 1 and model_only and not run_end_only and not any(item[0] > 0 for item in found):
            break
        if n == late_start and found:
            best = max(found, key=lambda item: item[0])
            if explains_clearly(best[0], best[4], best[5]):
                break
            late_ends = {misread_stop, best[2]}
        if n >= late_start and e not in late_ends:
            continue
        s = start - lead_in
        if s >= e:
            continue  # a late start at or past the window's end (a one-character region at the text's end) reads nothing
        if s < floor or e > len(text) or "\n" in text[s:e] or text[s] in ")）":
            continue  # a misread starts after a reading's parenthesis, where the decoder was in step
        left, right = context(text, s, e)
        clause = clause_before(text, s)
        damaged = plausibility(left + strip_readings(text[s:e]) + right)
        unrepaired = full_width(text[s:e])
        gloss = last_gloss(text[s:e])  # the window's, read once for all its realignments
        for reading in realignments(text[s:e], left):
            if ASCII_LEFT.search(reading.text) or reading.text == unrepaired:
                continue  # leaves debris, or only widens punctuation (a gain that repairs nothing)
            candidate = with_last_char(reading, left, gloss, right, clause)
            gain = plausibility(left + candidate + right) - damaged
            found.append((gain, s, e, reading, candidate, left, right, damaged, clause))
    # the best few realignments are completed jointly: each fitting first character with the last
    # character and the dropped byte pairs put back after it, and the completions compared as
    # words as well as character pairs (a realignment with dropped pairs scores poorly until they
    # are put back)
    accepted: list[tuple[float, int, int, str, str, str]] = []
    for _, s, e, reading, _, left, right, damaged, clause in sorted(found, reverse=True)[:REFILLED_CANDIDATES]:
        at_line_end = line_end if ends_prose_line(text, s, e) else None
        gloss = last_gloss(text[s:e])
        for candidate in completions(reading, left, gloss, right, clause, at_line_end, known, marks):
            gain = plausibility(left + candidate + right) - damaged
            if accepts(gain, candidate, known, bool(run_end_only), left):
                accepted.append((gain, s, e, candidate, left, right))
    # words only decide between readings the character pairs rank close: one alone, or one far
    # ahead, needs no segmentation
    best_gain = max((item[0] for item in accepted), default=0.0)
    accepted = [item for item in accepted if item[0] >= best_gain - WORD_DECIDES_WITHIN]
    if len(accepted) > 1:
        accepted = [with_word_gain(text, *item) for item in accepted]
    for _, s, e, candidate, left, right in sorted(accepted, reverse=True):
        repaired = with_heading_numeral(text, s, candidate.replace("\ufffd", ""))
        if not looks_damaged(left, repaired, right):
            return Edit(s, e, repaired)
    lo, hi = max(0, start - DEBRIS_CONTEXT), min(len(text), end + DEBRIS_CONTEXT)
    debris_free = remove_debris(text[lo:hi])
    debris_free = debris_free[start - lo : len(debris_free) - (hi - end)]
    return Edit(start, end, debris_free) if debris_free != text[start:end] else None


def accepts(gain: float, candidate: str, known: str, run_end_only: bool, left: str = "") -> bool:
    """Whether a completion gains enough: `ACCEPT_MARGIN` on the bytes alone, or `ATTESTED_MARGIN`
    where the document spells it undamaged. A common character at a run's end is no sign of damage
    by itself: the bytes must explain it clearly, not the document's words (`属地街|` read `属地步骤`,
    spelt elsewhere). The document is searched for the completion only where the gain leaves the
    answer to it (between the two margins): most of a region's completions gain far more or far less,
    and each search reads the whole undamaged text."""
    if gain >= ACCEPT_MARGIN:
        return True
    return gain >= ATTESTED_MARGIN and not run_end_only and spelt_undamaged(candidate, known, left)


def spelt_undamaged(candidate: str, known: str, left: str = "") -> bool:
    """Whether the document writes the repair's characters, two or more, outside its damaged
    regions (`总体榭` -> `总体情况` where `情况` stands undamaged elsewhere): a realignment that lands
    on the document's own word by chance is rare, so the bytes and the document's words together
    need less gain from the character model than the bytes alone."""
    han = "".join(filter(is_han, candidate))
    if len(han) >= ATTESTED_LENGTH and han == candidate:
        return han in known
    return spelt_with_left_neighbour(candidate, known, left[-1:])


def spelt_with_left_neighbour(candidate: str, known: str, neighbour: str) -> bool:
    """Whether a short repair (a character and the mark after it, `限：`, or one character) is
    written by the document together with the character before it (`时限：`): two characters
    wrecked into one before the decoder's recovery (`完成时限：` -> `完成时蓿`) leave a repair too
    short to be the document's word alone, but joined to its intact left neighbour it is."""
    written = neighbour + candidate
    return (
        is_han(neighbour)
        and all(is_han(ch) or ch in CHINESE_PUNCT for ch in candidate)
        and len(written) > ATTESTED_LENGTH
        and sum(map(is_han, written)) >= ATTESTED_LENGTH
        and written in known
    )


def with_heading_numeral(text: str, start: int, repaired: str) -> str:
    """A repair that opens a line with `、` lost the heading's numeral whole (二, 三, 六 and 十 end
    in a byte that makes a user-defined pair with `、`'s lead): the document's own numbering says
    which it was, the one after the numbered heading above (or before the one below)."""
    if not repaired.startswith("、") or (start > 0 and text[start - 1] != "\n"):
        return repaired
    above = NUMBERED_HEADING.findall(text, 0, start)
    below = NUMBERED_HEADING.findall(text, start)
    if above and (k := HEADING_NUMERALS.find(above[-1])) + 1 < len(HEADING_NUMERALS):
        return HEADING_NUMERALS[k + 1] + repaired
    if not above and below and (k := HEADING_NUMERALS.find(below[0])) > 0:
        return HEADING_NUMERALS[k - 1] + repaired
    return repaired


def explains_clearly(gain: float, candidate: str, left: str) -> bool:
    """A realignment that gains much and whose first characters join their left neighbour as the
    model knows them: a region that starts one character late cannot do better (`各|棵偶…` read
    from 各 gains much too, but begins `指鳙`)."""
    lm = char_lm()
    start = (left[-1:] + candidate)[:3]
    return (
        gain >= CLEAR_GAIN
        and all(is_han(ch) or ch in CHINESE_PUNCT for ch in start)
        and all(lm.seen(a, b) for a, b in itertools.pairwise(start) if is_han(a) and is_han(b))
    )


def with_word_gain(
    text: str, gain: float, s: int, e: int, candidate: str, left: str, right: str
) -> tuple[float, int, int, str, str, str]:
    """An accepted completion with what it gains as words added to what it gains as character pairs."""
    damaged_words = word_plausibility(left + strip_readings(text[s:e]) + right)
    return gain + word_plausibility(left + candidate + right) - damaged_words, s, e, candidate, left, right


def ends_prose_line(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends a line (or the text) whose text before it holds a clause mark."""
    return (end == len(text) or text[end] == "\n") and PROSE_MARKS.search(
        text, text.rfind("\n", 0, start) + 1, start
    ) is not None


def completions(
    reading: Reading,
    left: str,
    gloss: str | None,
    right: str,
    clause: str,
    line_end: LineEnd | None = None,
    known: str = "",
    marks: MarkHabit = (),
) -> Iterator[str]:
    """The realignment with each of its best-fitting first characters, its last character and
    (GBK) its dropped byte pairs put back. `line_end`: the document's habit where the region ends
    a prose line, else None; `known`: the document's undamaged text; `marks`: its marks' shares."""
    for first in reading.first_chars or reading.text[:1]:
        first_put_back = Reading(first + reading.text[1:], reading.codec, reading.lone_lead, reading.first_chars)
        completed = with_last_char(first_put_back, left, gloss, right, clause, True, line_end, known)
        yield refill_dropped_pairs(completed, left, right, marks, known) if reading.codec == "gbk" else completed


def with_glosses(text: str, end: int) -> int:
    """`end` moved past the readings that follow it (they belong to the region's last character)."""
    while end < len(text) and (match := ANNOTATION.match(text, end)):
        end = match.end()
    return end


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """A few characters either side of [start, end), readings left out."""
    left = strip_readings(text[max(0, start - 4 * CONTEXT) : start])[-CONTEXT:]
    right = strip_readings(text[end : end + 4 * CONTEXT])[:CONTEXT]
    return left, right


def misread_end(text: str, i: int) -> int:
    """Where a misread running through position `i` stops: at the next ASCII byte, where the
    decoder fell back in step (a letter there is the last misread trail byte, so it is included),
    or before a run of one row's symbols, which a writer put there (`in_written_symbol_run`)."""
    if i > 0 and text[i - 1].isascii():  # the region already ends where the decoder recovered
        return i
    j = i
    while (
        j < len(text)
        and j - i < MAX_SPAN
        and not text[j].isascii()
        and not text[j].isspace()
        and not in_written_symbol_run(text, j)
    ):
        j += 1
    if j < len(text) and TRAIL_BYTE_CHAR.match(text[j]) and (j + 1 == len(text) or not text[j + 1].isalnum()):
        j += 1
    return j


def realignments(region: str, left: str) -> Iterator[Reading]:
    """Readings of the region's bytes with the lost first byte put back or (GBK) a byte two wrong
    characters share kept once. A decoder one byte early is one byte late for the region that
    starts a character earlier, which the caller's choice of start covers."""
    for codec in CODECS:
        tokens = byte_tokens(region, codec)
        if tokens is None:
            continue
        for combination in itertools.islice(itertools.product(*tokens), MAX_COMBINATIONS) if tokens else ():
            joined = b"".join(combination)
            if codec == "gbk":
                yield reading_of(merge_shared_bytes(combination), codec)
            if joined:
                yield restore_lost_lead(joined, left, codec)


def reading_of(data: bytes, codec: str) -> Reading:
    text = decode(data, codec)
    lone = data and data[-1] >= 0x81 and text.endswith("\ufffd") and decode(data[:-1], codec) + "\ufffd" == text
    return Reading(text, codec, data[-1] if lone else None)


def restore_lost_lead(joined: bytes, left: str, codec: str) -> Reading:
    """Put back the lost first byte (only the first character depends on it)."""
    rest = reading_of(joined[1:], codec)
    firsts = fitting_first_chars(left[-1:], joined[0], rest.text[:1], codec)
    # built whole, not by _replace: thousands of readings a damaged text
    return Reading((firsts[:1] or ("\ufffd",))[0] + rest.text, rest.codec, rest.lone_lead, firsts)


@lru_cache(maxsize=16384)
def fitting_first_chars(before: str, trail: int, after: str, codec: str) -> tuple[str, ...]:
    """The characters ending in byte `trail` that fit between their neighbours nearly as well as
    the best (a few, best first): only those are worth completing and scoring as words."""
    scored = sorted(
        ((plausibility(before + first + after), first) for first in chars_ending_in(trail, codec)),
        reverse=True,
    )
    return tuple(first for score, first in scored[:JOINT_FIRST_CHARS] if score >= scored[0][0] - FIRST_CHAR_MARGIN)


@lru_cache(maxsize=512)  # a trail byte and a codec: the same few hundred on every damaged page
def chars_ending_in(trail: int, codec: str) -> frozenset[str]:
    """The single characters that some lead byte and `trail` decode to."""
    firsts = {decode(bytes([lead, trail]), codec) for lead in range(0x81, 0xFF)}
    return frozenset(first for first in firsts if len(first) == 1 and first != "\ufffd")


def byte_tokens(region: str, codec: str) -> list[list[bytes]] | None:
    """Per character the bytes it may have come from; readings become character choices."""
    tokens: list[list[bytes]] = []
    i = 0
    while i < len(region):
        ch = region[i]
        orphan = ch == "?" and ORPHAN_READING.match(region, i)  # the patterns only tried where they can start
        annotation = ch in "(（" and ANNOTATION.match(region, i)
        if orphan:
            if codec != "gbk":  # the `?` readings come from GBK pipelines
                return None
            choices = gbk_only_chars_read(orphan.group(1))
            if choices:
                tokens.append(choices)
            i = orphan.end()
        elif annotation:
            i = annotation.end()
        else:
            try:
                tokens.append([HALF_TO_FULL_PUNCTUATION.get(ch, ch).encode(codec)])
            except UnicodeEncodeError:
                return None
            i += 1
    return tokens


def merge_shared_bytes(combination: tuple[bytes, ...]) -> bytes:
    """Neighbouring wrong characters that share a byte were read one byte back: keep it once."""
    out = bytearray(combination[0])
    for token in combination[1:]:
        out += token[1:] if out and token and out[-1] == token[0] and len(token) == 2 else token
    return bytes(out)


def with_last_char(
    reading: Reading,
    left: str,
    gloss: str | None,
    right: str,
    clause: str,
    search_tail: bool = False,
    line_end: LineEnd | None = None,
    known: str = "",
) -> str:
    """The realignment with its lost last character put back where its reading, its place at a
    line's end or before digits, or the word it ends makes it certain; with `search_tail` (the
    few completions compared at the end), the words of the clause decide among the characters of
    its lead byte and the pairs that may have followed it (`tail_by_words`). `clause`: the clause's
    text before the realignment; `line_end`: the document's habit where the run ends a prose line;
    `known`: the document's undamaged text, which decides between readings the words rank too close."""
    if reading.codec != "gbk" or reading.lone_lead is None or not reading.text.endswith("\ufffd"):
        return reading.text
    before = (left + reading.text[:-1])[-1:]
    if gloss is not None:
        restored = restore_last_char(before, reading.lone_lead, gloss, right[:1])
    elif not right or right[0] == "\n":
        restored = resources.line_end_punctuation().get(reading.lone_lead)
    else:
        restored = word_end(before, reading.lone_lead, right[:1])
    # only a run's end, where the decoder recovers, loses its last byte
    if not restored and search_tail and right[:1].isascii():
        restored = tail_by_words(
            (left + reading.text[:-1])[-CLAUSE:], reading.lone_lead, right.partition("\n")[0], line_end, known
        )
    if not restored and reading.lone_lead in PUNCTUATION_LEADS:
        # a lost punctuation mark costs the text less than a lost character; before digits the
        # row's usual mark between a label or a clause and a number is put back
        return reading.text[:-1] + (
            mark_before_digits(reading.lone_lead, clause + reading.text[:-1]) if right[:1].isdigit() else ""
        )
    return reading.text[:-1] + restored if restored else reading.text


def mark_before_digits(lead: int, clause: str) -> str:
    """The mark of row `lead` lost between `clause` and a number: a label's (时间：, 主要问题：)
    after a few characters, a clause's (，) after more."""
    table = (
        resources.after_label_punctuation() if len(clause) <= LABEL_LENGTH else resources.before_digits_punctuation()
    )
    return table.get(lead, "")


def clause_before(text: str, i: int) -> str:
    """The text of the clause that position `i` continues: back to the last mark or line start,
    looked for over the last few characters only (a longer clause is no label either way)."""
    return last_clause(text[max(text.rfind("\n", 0, i) + 1, i - CLAUSE_LOOKBACK) : i])


@lru_cache(maxsize=1024)  # a region's windows share their starts
def last_clause(line: str) -> str:
    return CLAUSE_MARK.split(strip_readings(line))[-1].strip()


@lru_cache(maxsize=4096)
def word_end(before: str, lead: int, after: str) -> str | None:
    """Without a reading, the one common character of that lead byte that ends a word the model
    knows with the character before it (场|所), by a wide margin over every other."""
    lm = char_lm()
    scored = sorted(
        (
            (plausibility(before + c + after), c)
            for trail in range(0x40, 0xFF)
            if (c := pair_char(lead, trail)) and is_han(c) and not is_rare_han(c) and lm.seen(before, c)
        ),
        reverse=True,
    )
    if scored and (len(scored) == 1 or scored[0][0] - scored[1][0] >= WORD_END_MARGIN):
        return scored[0][1]
    return None


def tail_by_words(clause: str, lead: int, after: str, line_end: LineEnd | None = None, known: str = "") -> str | None:
    """The run's last character from its lead byte alone, or that character and the one after
    it where the byte pair between them fell into GBK's user-defined rows (`督办要` + a dropped
    pair -> `督办要求`, `人民政` + one -> `人民政府`): the few readings that fit best as character
    pairs compared as words over the clause, kept only by a margin over the runner-up. At a prose
    line's end (`line_end`), the character followed by the mark the document's lines end in
    scores by how much likelier such an end is (`抽查结` + a dropped pair -> `抽查结果。`).
    Readings too close to call are decided by the document's own undamaged text (`known`) where it
    spells exactly one of them after the same character (`document_tail`)."""
    close = close_tails(clause, lead, after, line_end)
    attested = document_tail(clause[-1:], close, known) or document_tail_behind(
        clause, close, lead, after, line_end, known
    )
    if attested:
        return attested
    if len(close) <= 1:
        return close[0] if close else None
    # readings too close to call may still agree on the character of the surviving lead byte
    # (为 of 为, 为了 and 为。): that one is certain, what followed it stays lost
    return close[0][0] if len({c[0] for c in close}) == 1 else None


def document_tail(before: str, close: tuple[str, ...], known: str) -> str | None:
    """Of readings the models rank too close (`检` + lead 0xB2: `检查` and `检察` within 0.02 nats),
    the one the document itself writes after `before` elsewhere, where it writes one alone: a
    document keeps its words (a cache over its own text, never a list). Where it writes several,
    the longest, if no other is as long (a reading that adds a character the document also
    writes after the same one says more); else None."""
    if not before or not known:
        return None
    attested = [c for c in close if before + c in known]
    if not attested:
        return None
    longest = max(map(len, attested))
    best = [c for c in attested if len(c) == longest]
    return best[0] if len(best) == 1 else None


def document_tail_behind(
    clause: str, close: tuple[str, ...], lead: int, after: str, line_end: LineEnd | None, known: str
) -> str | None:
    """Where the document writes none of the readings the models rank close, the one it writes
    after the clause's last character among those within `ATTESTED_MARGIN` (`专项` + lead 0xD5 and a dropped pair: the
    words prefer `整个` by 4.4 nats, the document writes `专项整治`): as for a whole repair
    (`spelt_undamaged`), the bytes and the document's own words together need less from the models."""
    before = clause[-1:]
    if not before or not known or not close or any(before + c in known for c in close):
        return None
    wide = close_tails(clause, lead, after, line_end, ATTESTED_MARGIN)
    return document_tail(before, tuple(c for c in wide if len(c) == len(close[0]) == 2), known)


@lru_cache(maxsize=4096)
def close_tails(
    clause: str, lead: int, after: str, line_end: LineEnd | None = None, margin: float = TAIL_MARGIN
) -> tuple[str, ...]:
    """The readings of `tail_by_words` within `margin` of the best, best first."""
    scored = scored_tails(clause, lead, after, line_end)
    if not scored:
        return ()
    return tuple(c for score, c in scored if score > scored[0][0] - margin)


@lru_cache(maxsize=256)
def scored_tails(clause: str, lead: int, after: str, line_end: LineEnd | None) -> tuple[tuple[float, str], ...]:
    """The shortlisted readings of a run's last character (and the one a dropped pair hid) with their scores, best
    first, scored once: `tail_by_words` keeps those within its margin, `document_tail_behind` those within its wider one."""
    lm = char_lm()
    before = clause[-1:]
    singles = [
        (plausibility(before + c + after[:1]), c)
        for trail in range(0x40, 0xFF)
        if (c := pair_char(lead, trail)) and is_han(c) and not is_rare_han(c) and lm.seen(before, c)
    ]
    pairs = [
        (pair_then(before, c1, c2, after[:1], line_end), c1 + c2)
        for first in dropped_pair_leads()
        if (c1 := pair_char(lead, first)) and is_han(c1) and not is_rare_han(c1) and lm.seen(before, c1)
        for c2 in followers(c1, first)
    ]
    shortlist = sorted(singles, reverse=True)[:TAIL_SHORTLIST] + sorted(pairs, reverse=True)[:TAIL_SHORTLIST]
    return tuple(sorted(((score + word_plausibility(clause + c + after), c) for score, c in shortlist), reverse=True))


def pair_then(before: str, c1: str, c2: str, after: str, line_end: LineEnd | None) -> float:
    """How well `c1` and the `c2` a dropped pair hid fit after `before`. At a prose line's end the
    mark the document's lines end in is scored by the document's habit instead: `c1` alone and
    `c1` with the mark explain the same bytes, so only how the document's lines end tells them apart."""
    if line_end is not None and not after and c2 == line_end.mark:
        return plausibility(before + c1) + line_end.odds
    return plausibility(before + c1 + c2 + after) + DROPPED_PAIR_PRIOR


@lru_cache(maxsize=1024)
def followers(ch: str, trail: int) -> tuple[str, ...]:
    """Characters (common Chinese ones the model has seen after `ch`, or punctuation) whose lead
    byte makes a user-defined pair with `ch`'s trail byte `trail`: what a dropped pair hid."""
    lm = char_lm()
    seconds = set(dropped_pair_trails(trail))
    candidates = [c for c in resources.frequent_chars() if lm.seen(ch, c)] + sorted(CHINESE_PUNCT)
    return tuple(c for c in candidates if (encoded := c.encode("gbk", errors="ignore")) and encoded[0] in seconds)


@lru_cache(maxsize=4096)  # the best realignments of a region share most of their refills
def refill_dropped_pairs(candidate: str, left: str, right: str, marks: MarkHabit = (), known: str = "") -> str:
    """A byte pair that fell into GBK's user-defined rows decoded to nothing, so one wrong
    character `ab` stands where `a?` and `?b` were: put the pair back where it gains most.
    `marks`: the document's marks' shares, which decide a refilled mark; `known`: its undamaged
    text, whose words decide among the pair's readings (`refilled_pair`)."""
    lm = char_lm()
    for _ in range(MAX_REFILLS):
        best: tuple[float, int] | None = None
        for p, ch in enumerate(candidate):
            before, after = (left + candidate[:p])[-1:], (candidate[p + 1 :] + right)[:1]
            if not (is_han(ch) or MISREAD_SYMBOL.match(ch)) or lm.seen(before, ch) or lm.seen(ch, after):
                continue  # a character that fits a neighbour is not the wreck of two
            readings_by_pairs = pair_readings(ch, before, after, marks)
            if readings_by_pairs:  # a bigram model: only the pairs beside the character change
                gain = plausibility(before + readings_by_pairs[0][1] + after) - plausibility(before + ch + after)
                if is_mark_wreck(ch):  # certain from the bytes: only which mark and character stays to choose
                    gain = max(gain, REFILL_MARGIN)
                if best is None or gain > best[0]:
                    best = (gain, p)
        if best is None or best[0] < REFILL_WORD_FLOOR:
            return candidate
        # where to refill is the bytes' and the character pairs' question; which reading, the clause's
        gain, p = best
        pair = refilled_pair(
            candidate[p], (left + candidate[:p])[-CONTEXT:], (candidate[p + 1 :] + right)[:CONTEXT], marks, known
        )
        refilled = candidate[:p] + (pair or candidate[p]) + candidate[p + 1 :]
        if gain < REFILL_MARGIN:  # the pairs alone are unsure: the words across the refill decide,
            if not 0 < p < len(candidate) - 1:  # inside the run only: its first and last characters are guesses already
                return candidate
            word_gain = word_plausibility(left + refilled + right) - word_plausibility(left + candidate + right)
            if word_gain < REFILL_WORD_GAIN or gain + word_gain < REFILL_MARGIN:
                return candidate
        candidate = refilled
    return candidate


def is_mark_wreck(ch: str) -> bool:
    """A full-width letter in a realigned reading (`紧Ｃ`, A3C3): the lead of a mark's row and the
    trail of the character after the mark, the mark's trail and that character's lead dropped as a
    user-defined pair between them (`，` A3AC, AC C8 dropped, `让` C8C3) — prose writes no full-width
    letter among Chinese characters, and every other character of those rows is a mark itself."""
    return symbol_row(ch) in MARK_ROWS and ch.isalpha()


@lru_cache(maxsize=8192)
def refilled_pair(ch: str, before: str, after: str, marks: MarkHabit = (), known: str = "") -> str | None:
    """The two characters `ch`'s bytes were split from, read over the clause: `before` and `after`
    are the characters either side (up to `CONTEXT`). Its lead byte keeps the first character's
    lead and its trail the second's trail; each byte leaves dozens of characters, and the pair of
    neighbours the character model sees ranks them by frequency more than by sense (`，西街道`
    over `，各街道`). So the best few as character pairs are read again as words across the clause,
    and a reading whose character pairs the document writes undamaged (`known`) gains for each."""
    shortlist = pair_readings(ch, before[-1:], after[:1], marks)
    if not shortlist:
        return None

    def over_the_clause(reading: tuple[float, str]) -> float:
        score, pair = reading
        words = word_plausibility(before + pair + after)
        return score + PAIR_WORD_WEIGHT * words + SPELT_PAIR_NATS * spelt_pairs(before[-1:] + pair + after[:1], known)

    return max(shortlist, key=over_the_clause)[1]


def spelt_pairs(text: str, known: str) -> int:
    """How many of `text`'s adjacent character pairs the document writes in its undamaged text."""
    return sum(a + b in known for a, b in itertools.pairwise(text)) if known else 0


@lru_cache(maxsize=8192)
def pair_readings(ch: str, before: str, after: str, marks: MarkHabit = ()) -> tuple[tuple[float, str], ...]:
    """The two-character readings of `ch`'s bytes that fit best between its neighbours as
    character pairs, best first, with their scores. Where the first is a mark (a lead in GBK's
    punctuation rows: every character of the row is one), the character model scores every mark
    alike, so the document's habit (`marks`) weighs them."""
    lead, trail = ch.encode("gbk")
    firsts = [(first_byte, c) for first_byte in dropped_pair_leads() if (c := pair_char(lead, first_byte))]
    firsts = sorted(firsts, key=lambda item: -plausibility(before + item[1]))[:TOP_FIRST]
    pairs = [
        c1 + c2
        for first_byte, c1 in firsts
        for second in dropped_pair_trails(first_byte)
        if (c2 := pair_char(second, trail))
    ]
    share = dict(marks)
    scored = [(plausibility(before + pair + after) + share.get(pair[0], 0.0), pair) for pair in pairs]
    scored.sort(key=lambda reading: -reading[0])  # stable: of equal readings, the first byte's order decides
    return tuple(scored[:PAIR_SHORTLIST])


@lru_cache(maxsize=4096)
def restore_last_char(before: str, lead: int, gloss: str | None, after: str) -> str | None:
    """The run's last character, whose trail byte was lost, from its lead byte and its surviving
    reading: one character of that lead and reading, or one of that lead followed by a character
    of that reading (a byte pair between them fell into the user-defined rows, which is rarer).
    None unless the best beats the runner-up by a margin; without a reading nothing is certain.
    Variants that differ only in script count as one, written in the script of `before`."""
    if gloss is None:
        return None
    singles = [c for trail in range(0x40, 0xFF) if (c := pair_char(lead, trail)) and gloss in readings(c)]
    firsts = [c for first_byte in dropped_pair_leads() if (c := pair_char(lead, first_byte))]
    scored = [(plausibility(before + c + after), c) for c in singles]
    scored += [
        (plausibility(before + c1 + c2 + after) + DROPPED_PAIR_PRIOR, c1 + c2)
        for c1 in firsts
        for c2 in chars_read(gloss)
    ]
    by_form: dict[str, tuple[float, str]] = {}
    traditional_context = simplified(before) != before
    for score, candidate in scored:
        form = simplified(candidate)
        fits_script = (form != candidate) == traditional_context
        by_form[form] = max(by_form.get(form, (-math.inf, "")), (score + 1e-6 * fits_script, candidate))
    ranked = sorted(by_form.values(), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= RESTORE_MARGIN):
        return ranked[0][1]
    return None


def simplified(text: str) -> str:
    return "".join(map(simplified_char, text))


def last_gloss(region: str) -> str | None:
    glosses = [m for m in ANNOTATION.finditer(region) if m.end() == len(region)]
    return glosses[0].group(1) if glosses else None


def single_char(data: bytes) -> str | None:
    """The one Chinese character or punctuation mark `data` decodes to, if any."""
    ch = decode(data, "gbk")
    return ch if len(ch) == 1 and (is_han(ch) or ch in CHINESE_PUNCT) else None


def kept_table(name: str, build: Callable[[], Table]) -> Table:
    """`build()`, kept between runs of the command line by its model cache (`model_cache`): the
    step's tables cost 0.25-0.3 s of CPU to build (decoding every byte pair, reading 20,000
    characters' pinyin), once in every process that meets a damaged page: a clerk's one-document
    `extract` and each batch worker (docs/benchmarks.md, speed71). A program that imports the
    library builds them as before."""
    if not model_cache.enabled():
        return build()
    return model_cache.derived(f"{TABLES_MODEL}-{name}", tables_source(), lambda _source: build())


@cache
def tables_source() -> bytes:
    """What the tables are derived from besides this module's code (`TABLES_MODEL`'s version)
    and the Python build's codecs (the cache file's name holds the build): the character model's
    counts (`chars_by_reading` keeps the common characters), the pypinyin and OpenCC releases
    (readings, simplified forms) and `RARE_COUNT`."""
    import_pypinyin_without_phrases()
    import opencc
    import pypinyin

    counts = resources.char_lm_tsv_hash(resources.data_path(resources.CHAR_LM_TSV).read_bytes()).encode()
    return b"\0".join([counts, pypinyin.__version__.encode(), opencc.__version__.encode(), str(RARE_COUNT).encode()])


def pair_char(lead: int, trail: int) -> str | None:
    """`single_char` of the byte pair, from the table of every pair."""
    return gbk_pair_chars().get(lead << 8 | trail)


@cache
def gbk_pair_chars() -> dict[int, str]:
    return kept_table("gbk_pair_chars", build_gbk_pair_chars)


def build_gbk_pair_chars() -> dict[int, str]:
    """(lead << 8 | trail) -> `single_char` of that byte pair, for the pairs that decode to one
    (a lead byte 0x81-0xFE and a trail byte 0x40-0xFE; any other pair decodes to two characters
    or to a replacement mark). Built once a process, 0.03-0.05 s: the repairs of one damaged page
    put together some 60,000 pairs, decoded one by one before (docs/benchmarks.md, speed71)."""
    chars = {}
    for lead, trail in itertools.product(range(0x81, 0xFF), range(0x40, 0xFF)):
        if ch := single_char(bytes([lead, trail])):
            chars[lead << 8 | trail] = ch
    return chars


def decode(data: bytes, codec: str = "gbk") -> str:
    return data.decode(codec, errors="replace")


def full_width(region: str) -> str:
    """The region as the punctuation step would leave it without a repair."""
    return "".join(HALF_TO_FULL_PUNCTUATION.get(ch, ch) for ch in strip_readings(region))


def strip_readings(region: str) -> str:
    return ANNOTATION.sub("", region)


def remove_debris(region: str) -> str:
    """`region` comes with DEBRIS_CONTEXT characters of context on each side, which stay."""
    region = ORPHAN_READING.sub("", region)
    return WEDGED_DEBRIS.sub(lambda m: m.group() if is_written_letter(region, m) else "", region)


def is_written_letter(region: str, match: re.Match[str]) -> bool:
    """Whether a lone letter wedged between Chinese characters is part of the text: a Latin o
    standing for 〇 between Chinese numerals (二o二三年), or a letter after two characters that
    form a seen pair (越野e族, 政务e网通). A trail byte misread as a letter ends a run of wrong
    characters, which almost never form a seen pair; the text after it is back in step either way."""
    s, e = match.start(), match.end()
    if e - s != 1 or not match.group().isalpha():
        return False
    if match.group() in ZERO_LETTERS and region[s - 1] in CHINESE_NUMERALS and region[e] in CHINESE_NUMERALS:
        return True
    seen = char_lm().seen
    return s >= 2 and seen(region[s - 2], region[s - 1])


def plausibility(text: str) -> float:
    """Character-model log-probability relative to the genre's, with costs for debris and
    undecodable bytes."""
    return sum(map(pair_score, text, text[1:]))


@lru_cache(maxsize=262144)  # every window and completion of a region rescores the same pairs
def pair_score(a: str, b: str) -> float:
    """What character `b` after `a` adds to a text's plausibility."""
    if is_han(b):
        lm = char_lm()
        return (lm.bigram_logprob(a, b) if is_han(a) else math.log(lm.unigram(b))) + GENRE_NATS
    if b == "\ufffd":
        return -GAP_COST
    if b not in CHINESE_PUNCT and not b.isspace():
        return -FOREIGN_COST
    return -2.0


@cache
def unusual_char() -> re.Pattern[str]:
    """Any character but frequent Chinese ones, common punctuation and ASCII other than the
    letters and braces of hard signs: only these can make a seed, and a regex finds them far
    faster than a set of a text's characters is built."""
    usual = [
        ch
        for ch in resources.frequent_chars() | CHINESE_PUNCT | set(map(chr, range(128))) | {"\u3000"}
        if not is_rare_han(ch) and not MISREAD_SYMBOL.match(ch) and ch not in HARD_SIGN_CHARS
    ]
    return re.compile(f"[^{re.escape(''.join(sorted(usual)))}]")


@lru_cache(maxsize=65536)
def is_rare_han(ch: str) -> bool:
    """Asked of every character of every text: answered from the model's frequent characters
    alone, so that clean text, with no rare character and no other sign, never loads the model."""
    return is_han(ch) and simplified_char(ch) not in resources.frequent_chars()


@cache
def dropped_pairs() -> dict[int, tuple[int, ...]]:
    return kept_table("dropped_pairs", build_dropped_pairs)


def build_dropped_pairs() -> dict[int, tuple[int, ...]]:
    """First byte -> second bytes of the GBK pairs a GB18030 decoder maps to private use, which
    damaged pages drop."""
    pairs: dict[int, list[int]] = {}
    for first, second in itertools.product(range(0x81, 0xFF), range(0x40, 0xFF)):
        if "\ue000" <= bytes([first, second]).decode("gb18030", errors="replace") <= "\uf8ff":
            pairs.setdefault(first, []).append(second)
    return {first: tuple(seconds) for first, seconds in pairs.items()}


def dropped_pair_leads() -> tuple[int, ...]:
    return tuple(dropped_pairs())


def dropped_pair_trails(first: int) -> tuple[int, ...]:
    return dropped_pairs().get(first, ())


@cache
def chars_by_reading() -> dict[str, tuple[str, ...]]:
    return kept_table("chars_by_reading", build_chars_by_reading)


def build_chars_by_reading() -> dict[str, tuple[str, ...]]:
    """Reading -> the common GBK characters pypinyin reads so (candidates for a lost character)."""
    index: dict[str, list[str]] = {}
    lm = char_lm()
    for lead, trail in itertools.product(range(0x81, 0xFF), range(0x40, 0xFF)):
        ch = pair_char(lead, trail)
        if ch and lm.char_count(ch) >= RARE_COUNT:
            for reading in readings(ch):
                index.setdefault(reading, []).append(ch)
    return {reading: tuple(chars) for reading, chars in index.items()}


def chars_read(reading: str) -> tuple[str, ...]:
    return chars_by_reading().get(reading, ())


@cache
def gbk_only_index() -> dict[str, list[bytes]]:
    return kept_table("gbk_only_index", build_gbk_only_index)


def build_gbk_only_index() -> dict[str, list[bytes]]:
    """Reading -> GBK byte pairs of the characters outside GB2312 (the ones annotators mark)."""
    index: dict[str, list[bytes]] = {}
    for lead, trail in itertools.product(range(0x81, 0xFF), range(0x40, 0xFF)):
        if trail == 0x7F or (lead >= 0xA1 and trail >= 0xA1):
            continue
        pair = bytes([lead, trail])
        try:
            ch = pair.decode("gbk")
        except UnicodeDecodeError:
            continue
        if is_han(ch):
            for reading in readings(ch):
                index.setdefault(reading, []).append(pair)
    return index


def gbk_only_chars_read(reading: str) -> list[bytes]:
    """The most frequent few: a `?` is nearly always a common character."""
    lm = char_lm()
    choices = gbk_only_index().get(reading, [])
    ranked = sorted(choices, key=lambda pair: -lm.counts.get(simplified_char(pair.decode("gbk")), 0))
    return ranked[:MAX_CHOICES]
