"""Synthetic damage benchmark: damage clean texts one way at a time, repair, report CER.

    .venv/bin/python scripts/damage_benchmark.py [--seed 7] [--corpus corpora/sample-src]

Each damage type imitates one kind the normalizer repairs (pinyin readings, traditional script,
GBK bytes read one off, synonym spinning, censor stand-ins, web boilerplate, broken layout and
half-width punctuation); GBK misalignment and spinning come from `scripts/damage.py`, which
reproduces their mechanism. CER is measured as eval/score.py does (NFKC, whitespace ignored),
against the clean text, before and after `normalize`; the last column counts the characters
`normalize` changed that the damage had not touched (false changes).

A last row measures the written web-style copies of tests/normalize/webcopies/ (page chrome of
the shapes real pages show, hard wraps) against the text a careful typist keeps.

The default corpus, `corpora/sample-src/`, is held out: the char LM and the genre word counts
are trained on `corpora/clean/` and the spin override table was written before these texts.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from pathlib import Path

from pypinyin import Style, pinyin
from rapidfuzz.distance import Levenshtein

from nlp_pipeline import resources
from nlp_pipeline.chars import HAN_CHAR
from nlp_pipeline.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
import damage  # noqa: E402  (scripts/damage.py, beside this script)


def canon(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def annotate_pinyin(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if HAN_CHAR.match(ch) and rng.random() < 0.3:
            out.append(f"({pinyin(ch, style=Style.TONE)[0][0]})")
    return "".join(out)


def traditional(text: str, rng: random.Random) -> str:
    return resources.opencc_converter("s2t").convert(text)


def gbk_shift(text: str, rng: random.Random) -> str:
    """Tails of Chinese runs decoded one byte late, no reading left behind (damage.gbk_misalign)."""
    return damage.gbk_misalign(text, rng, rate=0.15)


def spin(text: str, rng: random.Random) -> str:
    return damage.spin(text)


def censor(text: str, rng: random.Random) -> str:
    return re.sub("党(?=和人民|中央|委|员|组)", " D ", text)


def boilerplate(text: str, rng: random.Random) -> str:
    """Web chrome around the text; the dateline's date stays (see `reference`)."""
    title, _, body = text.partition("\n")
    return (
        f"首页 > 新闻中心 > 要闻\n\n{title}\n\n{DATELINE}  "
        f"来源:某某日报  浏览次数:{rng.randint(100, 9999)}  【字体:大 中 小】\n\n{body}\n\n"
        "责任编辑:某某某\n\n【打印本页】  【关闭窗口】\n\n版权声明:凡本网刊载的各类稿件,未经书面授权不得转载。\n"
        "主办:某某市人民政府办公室  ICP备案号:X ICP备00000000号"
    )


def layout(text: str, rng: random.Random) -> str:
    lines = []
    for line in text.translate(damage.HALFWIDTH).split("\n"):
        if "|" in line:
            lines.append(line)
            continue
        spaced = "".join(ch + (" " if rng.random() < 0.02 else "") for ch in line).rstrip()
        lines += ["　　" + spaced[:38]] + [spaced[i : i + 38] for i in range(38, len(spaced), 38)]
        lines.append("")
    return "\n".join(lines)


DATELINE = "2024-05-15 09:12:03"


def reference(name: str, text: str) -> str:
    """What a careful typist keeps of the damaged text: the clean text, plus a dateline's date."""
    if name == "boilerplate":
        title, _, body = text.partition("\n")
        return f"{title}\n{DATELINE}\n{body}"
    return text


DAMAGE = {
    "pinyin_annotation": annotate_pinyin,
    "traditional": traditional,
    "gbk_shift": gbk_shift,
    "spin": spin,
    "censor_standin": censor,
    "boilerplate": boilerplate,
    "layout_punctuation": layout,
}


def edits(pred: str, gold: str) -> int:
    return Levenshtein.distance(canon(pred), canon(gold))


def false_changes(damaged: str, repaired: str, gold: str) -> int:
    """Characters of the clean text the damage left intact but the repair changed."""
    intact: set[int] = set()
    for op in Levenshtein.opcodes(canon(gold), canon(damaged)):
        if op.tag == "equal":
            intact.update(range(op.src_start, op.src_end))
    return sum(
        1
        for op in Levenshtein.opcodes(canon(gold), canon(repaired))
        if op.tag != "equal"
        for i in range(op.src_start, max(op.src_end, op.src_start + 1))
        if i in intact
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpora" / "sample-src")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    print(f"{'damage':<20}{'CER damaged':>12}{'CER repaired':>14}{'false changes':>15}")
    for name, damage_text in DAMAGE.items():
        rng = random.Random(args.seed)
        damaged = [damage_text(text, rng) for text in texts]
        expected = [reference(name, text) for text in texts]
        repaired = [normalize(d).text for d in damaged]
        before = sum(edits(d, t) for d, t in zip(damaged, expected, strict=False))
        after = sum(edits(r, t) for r, t in zip(repaired, expected, strict=False))
        harmed = sum(false_changes(d, r, t) for d, r, t in zip(damaged, repaired, expected, strict=False))
        total = sum(len(canon(t)) for t in expected)
        print(f"{name:<20}{before / total:>12.2%}{after / total:>14.2%}{harmed:>15}")
    web_copies()


def web_copies() -> None:
    """The written web-style copies (tests/normalize/webcopies/, each with the text a careful
    typist keeps): the chrome shapes of real pages and hard wraps, written for this project."""
    golds = sorted((REPO / "tests" / "normalize" / "webcopies").glob("*.gold.txt"))
    pages = [g.with_name(g.name.replace(".gold.txt", ".txt")).read_text(encoding="utf-8") for g in golds]
    expected = [g.read_text(encoding="utf-8") for g in golds]
    total = sum(len(canon(t)) for t in expected)
    before = sum(edits(p, t) for p, t in zip(pages, expected, strict=False))
    after = sum(edits(normalize(p).text, t) for p, t in zip(pages, expected, strict=False))
    print(f"{'web copies (' + str(len(golds)) + ')':<20}{before / total:>12.2%}{after / total:>14.2%}")


if __name__ == "__main__":
    main()
