"""Build `nlp_pipeline/data/readers/common_chars.txt`: the most frequent simplified characters.

The encoding detector scores candidate decodings by how many of their Chinese characters are
common ones. The list is derived from jieba's dictionary word frequencies (shipped with the
jieba package), so it needs no outside data:

    python scripts/build_common_chars.py [--top 3500]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import jieba

from nlp_pipeline.chars import is_han

OUT = Path(__file__).resolve().parents[1] / "nlp_pipeline" / "data" / "readers" / "common_chars.txt"


def char_frequencies() -> Counter:
    counts: Counter = Counter()
    dictionary = Path(jieba.get_dict_file().name)
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        for ch in word:
            if is_han(ch):
                counts[ch] += int(freq)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=3500)
    args = parser.parse_args()
    common = [ch for ch, _ in char_frequencies().most_common(args.top)]
    OUT.write_text(
        "# the most frequent simplified characters, from jieba's dictionary "
        "(scripts/build_common_chars.py)\n"
        + "\n".join("".join(common[i : i + 50]) for i in range(0, len(common), 50))
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(common)} characters to {OUT}")


if __name__ == "__main__":
    main()
