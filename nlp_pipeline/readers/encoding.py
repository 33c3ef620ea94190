"""Decoding the bytes of a Chinese text file whatever its encoding.

charset-normalizer gives a first guess; for Chinese it is weak between GB18030 and Big5 (most
Big5 byte pairs are also valid GB18030), so every strict decoding of the candidates is scored by
how many of its Chinese characters are common ones, after folding traditional to simplified so
that a genuine Big5 text is not penalised for its script.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from .. import resources
from ..errors import BinaryContent, UnreadableDocument

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CHINESE_CANDIDATES = ("utf-8", "gb18030", "big5hkscs")
# charset-normalizer's names for what we decode as the superset codec
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030",
             "big5": "big5hkscs", "cp950": "big5hkscs", "ascii": "utf-8"}


@dataclass
class Decoded:
    text: str
    encoding: str


def _cjk(text: str) -> list[str]:
    return [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]


def common_char_share(text: str) -> float:
    """Share of Chinese characters (folded to simplified) that are among the common ones."""
    chars = _cjk(resources.opencc_converter("t2s").convert(text[:20000]))
    if not chars:
        return 0.0
    common = resources.common_chars()
    return sum(ch in common for ch in chars) / len(chars)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 with no BOM: its NUL bytes give it away; keep the byte order that reads as Chinese
    (or, for text without Chinese, as printable text)."""
    if len(data) % 2 or b"\x00" not in data[:8000]:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        ascii_share = sum(ch.isascii() and (ch.isprintable() or ch in "\r\n\t") for ch in sample) / len(sample)
        chinese_share = common_char_share(sample) * len(_cjk(sample)) / len(sample)
        score = ascii_share + chinese_share
        if score > 0.9 and (best is None or score > best[0]):
            best = (score, text)
    return Decoded(best[1], "utf-16") if best else None


def looks_binary(data: bytes) -> bool:
    sample = data[:8000]
    controls = sum(b < 32 and b not in (9, 10, 12, 13, 27) for b in sample)
    return b"\x00" in sample or controls > len(sample) * 0.05


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
    candidates: list[str] = []
    if declared:
        candidates.append(SUPERSETS.get(declared.lower(), declared.lower()))
    guess = charset_normalizer.from_bytes(data[:200000]).best()
    if guess is not None:
        candidates.append(SUPERSETS.get(guess.encoding, guess.encoding))
    candidates.extend(CHINESE_CANDIDATES)
    readings = {}
    for codec in dict.fromkeys(candidates):
        try:
            readings[codec] = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    if "utf-8" in readings:
        return Decoded(readings["utf-8"], "utf-8")
    if not readings:
        raise UnreadableDocument(source, "bytes are not valid in any supported Chinese encoding "
                                 "(UTF-8, GB18030/GBK, Big5, UTF-16)")
    best = max(readings, key=lambda codec: common_char_share(readings[codec]))
    return Decoded(readings[best], _public_name(best))


def _public_name(codec: str) -> str:
    return {"big5hkscs": "big5", "utf_8": "utf-8"}.get(codec, codec)


def _strict(data: bytes, codec: str, source: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), name)
    except UnicodeDecodeError as error:
        raise UnreadableDocument(source, f"invalid {name} at byte {error.start}") from None
