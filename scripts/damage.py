"""Damage that clean simplified-Chinese text suffers on its way to us, reproduced by mechanism.

Each function imitates how the damage arises, not only what it looks like, so that repairs
tested on its output also work on documents found in the wild:

- `to_traditional_with_pinyin`: a site converts the text to traditional script and glosses some
  of the converted characters with their reading, `會(huì)`.
- `gbk_misalign`: spans of such text encoded in GBK and decoded one byte late. The decoder only
  falls back in step at the next ASCII byte, usually the `(` of a pinyin gloss, which is why a
  garbled span ends right before a surviving gloss: `工作。現(xiàn)在` -> `工作，F(xiàn)在`.
- `spin`: a content farm's synonym spinner (安全 -> 平安, 原则 -> 原那么 ...), with
  `add_content_farm_frame` for its "下面是小编为大家整理的…" header and "推荐访问" footer.
- `add_web_chrome`: a news page copied as text: breadcrumbs, 来源/浏览次数, hard-wrapped lines,
  stray spaces, 责任编辑, copyright and ICP lines.

Every random choice comes from the `random.Random` the caller passes in, so output is a pure
function of the text and the seed. Used by scripts/make_sample_corpus.py and importable by other
scripts (`sys.path` entry for scripts/, then `import damage`).
"""

from __future__ import annotations

import csv
import random
import re
from functools import cache
from pathlib import Path

from pypinyin import Style, lazy_pinyin

from nlp_pipeline.chars import FULL_TO_HALF_PUNCTUATION, HAN
from nlp_pipeline.resources import opencc_converter

SPIN_PAIRS = Path(__file__).resolve().with_name("spin_pairs.tsv")
# Taiwan-standard forms (為, 群, 眾) as real traditional pages use; OpenCC's own standard
# (爲, 羣, 衆) is not even encodable in Big5. s2tw maps character for character.
TRADITIONAL_CONFIG = "s2tw"
# Runs of Chinese text between ASCII bytes; the tone-marked letters of a gloss are left out so
# that glosses come through intact, as they do in damaged pages.
CHINESE_RUN = re.compile(r"[^\x00-\x7f\u00c0-\u024f]+")
BETWEEN_HAN = re.compile(f"(?<=[{HAN}])(?=[{HAN}])")
HALFWIDTH = str.maketrans(FULL_TO_HALF_PUNCTUATION)


def to_traditional(text: str) -> str:
    return opencc_converter(TRADITIONAL_CONFIG).convert(text)


def _readings(text: str) -> list[str | None]:
    """One tone-marked reading per character of `text` (None for non-Han), read in context."""
    # pypinyin's stub wants a str from `errors` and so promises list[str]; pypinyin also takes a
    # list from it, one item per character, and returns those items (here None) as they are
    readings: list[str | None] = list(lazy_pinyin(text, style=Style.TONE, errors=lambda chars: [None] * len(chars)))  # type: ignore[arg-type,return-value]
    if len(readings) != len(text):
        raise ValueError("pypinyin did not give one reading per character")
    return readings


def to_traditional_with_pinyin(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """Traditional script; each character that conversion changed is glossed `會(huì)` with
    probability `rate` (readings come from the simplified original, where pypinyin is surest)."""
    traditional = to_traditional(text)
    if len(traditional) != len(text):
        raise ValueError("traditional conversion changed the text's length")
    out: list[str] = []
    for simplified, converted, reading in zip(text, traditional, _readings(text), strict=False):
        out.append(converted)
        if converted != simplified and reading and rng.random() < rate:
            out.append(f"({reading})")
    return "".join(out)


def _private_use(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff"


def shift_one_byte(span: str) -> str:
    """What a GBK decoder that starts one byte late makes of `span`.

    Shifted pairs often land in GBK's user-defined rows; damaged pages show those as dropped
    characters, which GB18030 (mapping them to private use) followed by dropping private-use
    characters reproduces. A trailing lone byte is dropped too."""
    try:
        encoded = span.encode("gbk")
    except UnicodeEncodeError:  # a character outside GBK never went through a GBK pipeline
        return span
    garbled = encoded[1:].decode("gb18030", errors="ignore")
    return "".join(ch for ch in garbled if not _private_use(ch))


def gbk_misalign(text: str, rng: random.Random, rate: float = 0.02, max_span: int = 12) -> str:
    """Garble the tail of a run of Chinese text with probability `rate` per run.

    The garbled stretch always reaches the end of its run (the next ASCII byte is where the
    decoder recovers) and covers at most `max_span` characters."""

    def damage(match: re.Match) -> str:
        run = match.group()
        if rng.random() >= rate:
            return run
        start = rng.randrange(max(0, len(run) - max_span), len(run))
        return run[:start] + shift_one_byte(run[start:])

    return CHINESE_RUN.sub(damage, text)


def halfwidth_punctuation(text: str) -> str:
    """Full-width ，；：！？（） as ASCII, as many converters leave them."""
    return text.translate(HALFWIDTH)


@cache
def spin_pairs() -> tuple[tuple[str, str], ...]:
    with open(SPIN_PAIRS, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple((row["original"], row["spun"]) for row in csv.DictReader(lines, delimiter="\t"))


def spin(text: str, rng: random.Random | None = None, rate: float = 1.0) -> str:
    """Swap each listed word for its spun synonym (every occurrence, or each with probability
    `rate` drawn from `rng`). One pass, longest words first, so swaps never chain."""
    table = dict(spin_pairs())
    pattern = re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))))
    if rate < 1.0 and rng is None:
        raise ValueError("spin with rate < 1 needs an rng")

    def swap(match: re.Match) -> str:
        word = match.group()
        return table[word] if rate >= 1.0 or (rng is not None and rng.random() < rate) else word

    return pattern.sub(swap, text)


def scatter_spaces(text: str, rng: random.Random, rate: float = 0.01) -> str:
    """Stray spaces between Chinese characters, each gap with probability `rate`."""
    return BETWEEN_HAN.sub(lambda _: " " if rng.random() < rate else "", text)


def break_some_lines(text: str, rng: random.Random, rate: float = 0.1) -> str:
    """Break a paragraph at a random point inside it with probability `rate`."""
    lines = []
    for line in text.split("\n"):
        if len(line) > 20 and rng.random() < rate:
            cut = rng.randrange(5, len(line) - 5)
            line = line[:cut] + "\n" + line[cut:]
        lines.append(line)
    return "\n".join(lines)


def hard_wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)] or [""]


def add_content_farm_frame(text: str, title: str, keywords: tuple[str, ...] = ()) -> str:
    """The header and footer a content-farm site puts around a copied document."""
    header = f"下面是小编为大家整理的{title}（精选范文），欢迎阅读参考。"
    footer = "推荐访问：" + " ".join((title, *keywords))
    return f"{header}\n{text.rstrip()}\n{footer}\n"


def add_web_chrome(text: str, rng: random.Random, *, site: str, published: str, editor: str, width: int = 40) -> str:
    """A news page copied as text: first line of `text` is the title, the rest the body.

    Body paragraphs get a full-width indent, are hard-wrapped near `width` characters (so lines
    break mid-sentence) and pick up stray spaces."""
    title, *body = text.strip().split("\n")
    lines = [
        "首页 > 新闻中心 > 工作动态",
        "",
        title,
        "",
        f"{published}  来源：{site}  浏览次数：{rng.randint(300, 9000)}  【字体：大 中 小】",
        "",
    ]
    for paragraph in body:
        wrapped = hard_wrap("\u3000\u3000" + paragraph, width + rng.randint(-3, 3))
        lines.extend(scatter_spaces(line, rng) for line in wrapped)
        lines.append("")
    lines += [
        f"责任编辑：{editor}",
        "",
        "【打印本页】  【关闭窗口】  【返回顶部】",
        "",
        f"版权所有：{site}  ICP备案号：X ICP备{rng.randint(10000000, 99999999)}号-1",
        f"联系电话：0xxx-{rng.randint(1000, 9999)}xxxx",
        "",
    ]
    return "\n".join(lines)
