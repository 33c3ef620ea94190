"""Repair text that was decoded from GBK bytes one byte off.

When a byte is lost or read twice, every following pair of bytes decodes to a wrong character
until the decoder falls back in step (`。“迅速”就是` -> `！把杆佟本褪`). Pinyin annotators that
ran over the damage left readings after the wrong characters, sometimes with the character
itself lost to `?` (`魯?shù)綍?huì)`). The repair:

1. find damaged regions: characters no word of the language puts together (unseen bigrams of
   rare characters), `?` and orphan readings (`?shù)`), Latin letters wedged into Chinese;
2. rebuild the region's GBK bytes (a `?` with a reading stands for every GBK-only character of
   that reading) and realign them: prepend the lost byte, drop a doubled byte, or merge the
   byte two neighbouring wrong characters share;
3. keep the reading the character model prefers by a wide margin; a region no realignment
   explains loses only its unmistakable debris (`?`, orphan readings, wedged Latin letters).
"""
from __future__ import annotations

import itertools
import math
import re
from functools import cache, lru_cache

from .charlm import char_lm, simplified_char
from .edits import Edit, apply_edits
from .pinyin_annotation import readings

STEP = "gbk_misalignment"
HAN = r"\u3400-\u9fff"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
SYLLABLE = rf"[a-zü]*[{TONED}][a-zü]*"
ORPHAN_READING = re.compile(rf"\?({SYLLABLE})\)")
ANNOTATION = re.compile(rf"[(（]({SYLLABLE})[)）]")
# signs no clean text shows: a reading after `?` or after a non-Chinese character, a lone
# lower-case letter or brace wedged between Chinese characters (A级 and B超 are real)
HARD_SIGN = re.compile(rf"\?{SYLLABLE}\)[a-z{{}}]*|[^{HAN}(（]\(({SYLLABLE})\)|(?<=[{HAN}])[a-z{{}}](?=[{HAN}(])")
DEBRIS = re.compile(r"[A-Za-z{}?]")
CHINESE_PUNCT = set("，。、；：！？“”‘’《》（）·—…")
HALF_TO_FULL = {",": "，", "!": "！", ";": "；", ":": "：", "?": "？", "(": "（", ")": "）"}
RARE_COUNT = 1000          # a character rarer than this (in the model's counts) is suspect
ACCEPT_MARGIN = 12.0       # log-probability a repair must gain over the damaged text
GAP_COST = 6.0             # cost of each byte pair no character decodes from
FOREIGN_COST = 12.0        # cost of `?`, Latin letters or symbols among Chinese characters
MAX_COMBINATIONS = 256
MAX_CHOICES = 8            # characters tried for one `?` of a known reading
CONTEXT = 3


def repair_gbk_misalignment(text: str) -> tuple[str, list]:
    if not has_damage(text):
        return text, []
    edits: list[Edit] = []
    floor = 0   # regions are repaired left to right and never reach into an earlier repair
    for start, end in damaged_regions(text):
        if start < floor:
            continue
        edit = repair_region(text, start, end, floor)
        if edit:
            edits.append(edit)
            floor = edit.end
    return apply_edits(STEP, text, edits)


def has_damage(text: str) -> bool:
    return HARD_SIGN.search(text) is not None


def damaged_regions(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) spans around suspect characters and hard signs."""
    flags = [False] * len(text)
    for match in HARD_SIGN.finditer(text):
        for i in range(match.start(), match.end()):
            flags[i] = True
    lm = char_lm()
    for i in range(1, len(text) - 1):
        ch = text[i]
        if is_symbol(ch) and is_han(text[i - 1]):
            flags[i] = True
        elif is_han(ch) and lm.counts.get(simplified_char(ch), 0) < RARE_COUNT \
                and not lm.seen(text[i - 1], ch) and not lm.seen(ch, text[i + 1]):
            flags[i] = True
    for i in range(1, len(text) - 2):  # three unseen pairs in a row: a run of wrong characters
        window = text[i - 1:i + 3]
        if all(is_han(c) for c in window) and not any(lm.seen(a, b) for a, b in zip(window, window[1:])):
            flags[i] = flags[i + 1] = True
    regions: list[list[int]] = []
    for i, flagged in enumerate(flags):
        if not flagged:
            continue
        if regions and i - regions[-1][1] <= 2 and "\n" not in text[regions[-1][1]:i]:
            regions[-1][1] = i + 1
        else:
            regions.append([i, i + 1])
    return [(start, end) for start, end in regions]


def repair_region(text: str, start: int, end: int, floor: int) -> Edit | None:
    """The best realignment of the damaged region, or the region without its debris."""
    while end < len(text) and (match := ANNOTATION.match(text, end)):
        end = match.end()
    best: tuple[float, Edit] | None = None
    for lead_in, tail_in in itertools.product(range(CONTEXT), range(CONTEXT)):
        s, e = start - lead_in, end + tail_in
        if s < floor or e > len(text) or "\n" in text[s:e]:
            continue
        left, region, right = text[max(0, s - CONTEXT):s], text[s:e], text[e:e + CONTEXT]
        damaged = plausibility(left + strip_readings(region) + right)
        for candidate in realignments(region, left):
            if DEBRIS.search(candidate):
                continue
            gain = plausibility(left + candidate + right) - damaged
            if best is None or gain > best[0]:
                best = (gain, Edit(s, e, candidate.replace("\ufffd", "")))
    if best and best[0] >= ACCEPT_MARGIN:
        return best[1]
    debris_free = remove_debris(text[max(0, start - 1):end + 1])[start - max(0, start - 1):]
    debris_free = debris_free[:len(debris_free) - len(text[end:end + 1])]
    return Edit(start, end, debris_free) if debris_free != text[start:end] else None


def realignments(region: str, left: str):
    """Readings of the region's bytes with one lost byte restored or a shared byte kept once."""
    tokens = byte_tokens(region)
    if tokens is None:
        return
    for combination in itertools.islice(itertools.product(*tokens), MAX_COMBINATIONS):
        joined = b"".join(combination)
        yield decode(merge_shared_bytes(combination))
        if joined:
            yield restore_lost_lead(joined, left)


def restore_lost_lead(joined: bytes, left: str) -> str:
    """Put back the lost first byte (only the first character depends on it)."""
    rest = decode(joined[1:])
    return best_first_char(left[-1:], joined[0], rest[:1]) + rest


@lru_cache(maxsize=16384)
def best_first_char(before: str, trail: int, after: str) -> str:
    """The character ending in byte `trail` that fits best between its neighbours."""
    firsts = (decode(bytes([lead, trail])) for lead in range(0x81, 0xFF))
    return max((first for first in firsts if len(first) == 1 and first != "\ufffd"),
               key=lambda first: plausibility(before + first + after), default="\ufffd")


def byte_tokens(region: str) -> list[list[bytes]] | None:
    """Per character the GBK bytes it may have come from; readings become character choices."""
    tokens: list[list[bytes]] = []
    i = 0
    while i < len(region):
        orphan = ORPHAN_READING.match(region, i)
        annotation = ANNOTATION.match(region, i)
        if orphan:
            choices = gbk_only_chars_read(orphan.group(1))
            if choices:
                tokens.append(choices)
            i = orphan.end()
        elif annotation:
            i = annotation.end()
        else:
            ch = HALF_TO_FULL.get(region[i], region[i])
            try:
                tokens.append([ch.encode("gbk")])
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


def decode(data: bytes) -> str:
    return data.decode("gbk", errors="replace")


def strip_readings(region: str) -> str:
    return ANNOTATION.sub("", region)


def remove_debris(region: str) -> str:
    """`region` comes with one character of context on each side, which stays."""
    region = ORPHAN_READING.sub("", region)
    return re.sub(rf"(?<=[{HAN}])[a-z{{}}?]+(?=[{HAN}])", "", region)


def plausibility(text: str) -> float:
    """Character-model log-probability with costs for debris and undecodable bytes."""
    lm = char_lm()
    score = 0.0
    for a, b in zip(text, text[1:]):
        if is_han(a) and is_han(b):
            score += lm.bigram_logprob(a, b)
        elif is_han(b):
            score += math.log(lm.unigram(b))
        elif b == "\ufffd":
            score -= GAP_COST
        elif b not in CHINESE_PUNCT and not b.isspace():
            score -= FOREIGN_COST
        else:
            score -= 2.0
    return score


def is_symbol(ch: str) -> bool:
    """Enclosed numbers, box drawing and the like: GBK's symbol rows, met only in misread bytes."""
    return "\u2460" <= ch <= "\u27bf" or "\u3200" <= ch <= "\u33ff"


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


@cache
def gbk_only_index() -> dict[str, list[bytes]]:
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
