"""Synthetic damage benchmark: damage clean texts one way at a time, repair, report CER.

    .venv/bin/python scripts/damage_benchmark.py [--seed 7] [--corpus corpora/clean]

Each damage type imitates one kind the normalizer repairs (pinyin readings, traditional script,
GBK bytes read one off, synonym spinning, censor stand-ins, web boilerplate, broken layout and
half-width punctuation). CER is measured as eval/score.py does (NFKC, whitespace ignored),
against the clean text, before and after `normalize`.
"""
from __future__ import annotations

import argparse
import random
import re
import unicodedata
from pathlib import Path

from pypinyin import Style, pinyin
from rapidfuzz.distance import Levenshtein

from nlp_pipeline import resources
from nlp_pipeline.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
HAN = re.compile(r"[\u4e00-\u9fff]")
SPINS = {"安全": "平安", "发展": "开展", "基础": "根底", "原则": "原那么", "成本": "本钱",
         "督促": "催促", "巩固": "稳固", "回顾": "回忆", "部分": "局部", "比较": "比拟", "表面": "外表"}


def canon(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def annotate_pinyin(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if HAN.match(ch) and rng.random() < 0.3:
            out.append(f"({pinyin(ch, style=Style.TONE)[0][0]})")
    return "".join(out)


def traditional(text: str, rng: random.Random) -> str:
    return resources.opencc_converter("s2t").convert(text)


def gbk_shift(text: str, rng: random.Random) -> str:
    """After a few sentence ends, lose the first byte of `。` and read on one byte off until the
    decoder falls back in step (an ASCII byte or the end of the next clause)."""
    ends = [m.start() for m in re.finditer("。", text)]
    for at in sorted(rng.sample(ends, min(3, len(ends))), reverse=True):
        stop = at + 1
        while stop < len(text) and stop - at < 8 and text[stop] not in "，。\n":
            stop += 1
        data = text[at:stop].encode("gbk")[1:]
        garbled = data.decode("gbk", errors="replace").replace("\ufffd", "?")
        text = text[:at] + garbled + text[stop:]
    return text


def spin(text: str, rng: random.Random) -> str:
    return re.sub("|".join(SPINS), lambda m: SPINS[m.group()], text)


def censor(text: str, rng: random.Random) -> str:
    return re.sub("党(?=和人民|中央|委|员|组)", " D ", text)


def boilerplate(text: str, rng: random.Random) -> str:
    """Web chrome around the text; the dateline's date stays (see `reference`)."""
    title, _, body = text.partition("\n")
    return (f"首页 > 新闻中心 > 要闻\n\n{title}\n\n{DATELINE}  "
            f"来源:某某日报  浏览次数:{rng.randint(100, 9999)}  【字体:大 中 小】\n\n{body}\n\n"
            "责任编辑:某某某\n\n【打印本页】  【关闭窗口】\n\n版权声明:凡本网刊载的各类稿件,未经书面授权不得转载。\n"
            "主办:某某市人民政府办公室  ICP备案号:X ICP备00000000号")


def layout(text: str, rng: random.Random) -> str:
    table = str.maketrans({"，": ",", "；": ";", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")"})
    lines = []
    for line in text.translate(table).split("\n"):
        if "|" in line:
            lines.append(line)
            continue
        spaced = "".join(ch + (" " if rng.random() < 0.02 else "") for ch in line).rstrip()
        lines += ["　　" + spaced[:38]] + [spaced[i:i + 38] for i in range(38, len(spaced), 38)]
        lines.append("")
    return "\n".join(lines)


DATELINE = "2024-05-15 09:12:03"


def reference(name: str, text: str) -> str:
    """What a careful typist keeps of the damaged text: the clean text, plus a dateline's date."""
    if name == "boilerplate":
        title, _, body = text.partition("\n")
        return f"{title}\n{DATELINE}\n{body}"
    return text


DAMAGE = {"pinyin_annotation": annotate_pinyin, "traditional": traditional, "gbk_shift": gbk_shift,
          "spin": spin, "censor_standin": censor, "boilerplate": boilerplate, "layout_punctuation": layout}


def cer(pred: str, gold: str) -> float:
    g = canon(gold)
    return Levenshtein.distance(canon(pred), g) / max(1, len(g))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpora" / "clean")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    print(f"{'damage':<20}{'CER damaged':>12}{'CER repaired':>14}")
    for name, damage in DAMAGE.items():
        rng = random.Random(args.seed)
        damaged = [damage(text, rng) for text in texts]
        expected = [reference(name, text) for text in texts]
        before = sum(cer(d, t) * len(canon(t)) for d, t in zip(damaged, expected))
        after = sum(cer(normalize(d).text, t) * len(canon(t)) for d, t in zip(damaged, expected))
        total = sum(len(canon(t)) for t in expected)
        print(f"{name:<20}{before / total:>12.2%}{after / total:>14.2%}")


if __name__ == "__main__":
    main()
