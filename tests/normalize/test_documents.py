"""Whole documents: the change log replays on the dev inputs, clean text comes out unchanged."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from nlp_pipeline.normalize import normalize, replay

REPO = Path(__file__).resolve().parents[2]
# texts written for this project: the LM's training texts, the sample sources, the held-out sets
CLEAN_CORPUS = sorted(
    [
        *(REPO / "corpora" / "clean").glob("*.txt"),
        *(REPO / "corpora" / "sample-src").glob("*.txt"),
        *(REPO / "tests" / "extract").glob("heldout*/*.txt"),
    ]
)
FALSE_CHANGE_MAX = 0.0005  # changed characters per character of clean text


def canon(text: str) -> str:
    """As eval/score.py compares texts: NFKC, no whitespace."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def edit_distance(a: str, b: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


def test_replay_reproduces_dev_outputs(shared_dir):
    for path in sorted((shared_dir / "eval" / "dev").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        result = normalize(raw)
        assert replay(raw, result.changes) == result.text, path.name
        assert normalize(result.text).text == result.text, path.name


@pytest.mark.parametrize("path", CLEAN_CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_clean_corpus_passes_untouched(path):
    text = path.read_text(encoding="utf-8")
    result = normalize(text)
    assert canon(result.text) == canon(text)
    assert result.source_script == "simplified"


def test_gold_texts_pass_nearly_untouched(shared_dir):
    changed = total = 0
    for gold_file in sorted((shared_dir / "eval").glob("*/*.gold.json")):
        text = json.loads(gold_file.read_text(encoding="utf-8"))["text"]
        changed += edit_distance(canon(normalize(text).text), canon(text))
        total += len(canon(text))
    assert changed / total <= FALSE_CHANGE_MAX
