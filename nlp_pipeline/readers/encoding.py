"""Decoding the bytes of a Chinese text file whatever its encoding.

charset-normalizer gives a first guess; for Chinese it is weak between GB18030 and Big5 (most
Big5 byte pairs are also valid GB18030), so every strict decoding of the candidates is scored by
how many of its Chinese characters are common ones, after folding traditional to simplified so
that a genuine Big5 text is not penalised for its script.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .. import resources
from ..errors import BinaryContent, UnreadableDocument

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CHINESE_CANDIDATES = ("utf-8", "gb18030", "big5hkscs")
# charset-normalizer's names for what we decode as the superset codec
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "ascii": "utf-8",
}


@dataclass
class Decoded:
    text: str
    encoding: str


def _is_cjk_punctuation(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027"


def plausibility(text: str) -> float:
    """Share of the characters of a reading that Chinese text is made of: common characters
    (folded to simplified), ASCII, whitespace and Chinese punctuation. Rare ideographs, Hangul,
    kana and Latin-1 debris — what a wrong codec produces — count against it."""
    sample = resources.opencc_converter("t2s").convert(text[:20000])
    if not sample:
        return 0.0
    common = resources.common_chars()
    plausible = sum(
        ch in common or (ch.isascii() and (ch.isprintable() or ch.isspace())) or ch.isspace() or _is_cjk_punctuation(ch)
        for ch in sample
    )
    return plausible / len(sample)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 with no BOM: its NUL bytes give it away; keep the byte order that reads as text."""
    if len(data) % 2 or b"\x00" not in data[:8000]:
        return None
    readings = {}
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            readings[codec] = plausibility(data.decode(codec)[:4000])
        except UnicodeDecodeError:
            continue
    if not readings or max(readings.values()) <= 0.9:
        return None
    best = max(readings, key=readings.__getitem__)
    return Decoded(data.decode(best), "utf-16")


# control bytes a text file does not hold (tab, line feed, form feed, carriage return and escape it may)
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    sample = data[:8000]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))  # counted in C, not byte by byte
    return b"\x00" in sample or controls > len(sample) * 0.05


def needs_guess(head: bytes) -> bool:
    """Whether `decode` would ask charset-normalizer for a guess, judged from a file's first bytes
    (a batch loads the library before its workers fork where several of them would each load it):
    no byte-order mark, no UTF-16 NUL bytes, and not UTF-8 (a head cut inside its last character
    still is)."""
    return (
        not head.startswith(tuple(bom for bom, _ in BOMS))
        and b"\x00" not in head
        and _decode_allowing_cut_end(head, "utf-8") is None
    )


def decode(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode `data`; `declared` is an encoding the container names (an HTML meta charset)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _strict(data, codec, source, name="utf-16" if codec == "utf-16" else "utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if looks_binary(data):
        raise BinaryContent(source)
    utf8 = _decode_allowing_cut_end(data, "utf-8")
    if utf8 is not None:  # UTF-8 wins whatever the guess (below): charset-normalizer is not even loaded
        return Decoded(utf8, "utf-8")
    import charset_normalizer

    candidates: list[str] = []
    if declared:
        candidates.append(SUPERSETS.get(declared.lower(), declared.lower()))
    guess = charset_normalizer.from_bytes(data[:200000]).best()
    if guess is not None:
        candidates.append(SUPERSETS.get(guess.encoding, guess.encoding))
    candidates.extend(CHINESE_CANDIDATES)
    readings = {}
    for codec in dict.fromkeys(candidates):
        text = _decode_allowing_cut_end(data, codec)
        if text is not None:
            readings[codec] = text
    if not readings:
        raise UnreadableDocument(
            source, "不是任何支持的中文编码（UTF-8、GB18030/GBK、Big5、UTF-16），" "请用文本编辑器另存为 UTF-8"
        )
    # Ties (short texts) go to the Chinese codecs, not to a guess such as cp949.
    preference = {codec: -rank for rank, codec in enumerate(CHINESE_CANDIDATES)}
    best = max(readings, key=lambda codec: (plausibility(readings[codec]), preference.get(codec, -99)))
    return Decoded(readings[best], _public_name(best))


def _decode_allowing_cut_end(data: bytes, codec: str) -> str | None:
    """A strict decoding; a file cut inside its last multi-byte character keeps the rest."""
    try:
        return data.decode(codec)
    except LookupError:
        return None
    except UnicodeDecodeError as error:
        if error.start < len(data) - 3 or error.end < len(data):
            return None
        try:
            return data[: error.start].decode(codec)
        except UnicodeDecodeError:
            return None


def _public_name(codec: str) -> str:
    return {"big5hkscs": "big5", "utf_8": "utf-8"}.get(codec, codec)


def _strict(data: bytes, codec: str, source: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), name)
    except UnicodeDecodeError as error:
        raise UnreadableDocument(source, f"第 {error.start} 字节不是有效的 {name}") from None
