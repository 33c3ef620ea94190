"""Web-style copies written for this project (tests/normalize/webcopies/): each page's chrome
shape — breadcrumbs, publish lines in any order, metadata blocks one field a line or glued, law
database headers, content-farm heads and tails, forums, document viewers, newspapers, captions,
credits, site footers — and hard wraps of several widths, with the text a careful typist keeps
(`*.gold.txt`). Compared as eval/score.py compares texts (NFKC, whitespace ignored), and line by
line, since a paragraph broken in two splits its tasks."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from nlp_pipeline.normalize import normalize

COPIES = Path(__file__).parent / "webcopies"
GOLDS = sorted(COPIES.glob("*.gold.txt"))
CER_MAX = 0.003  # issue 14: web-style copies at most 0.3 %


def canon(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def page_of(gold: Path) -> str:
    return gold.with_name(gold.name.replace(".gold.txt", ".txt")).read_text(encoding="utf-8")


def test_copies_are_there():
    assert len(GOLDS) >= 24


def test_character_error_rate():
    from rapidfuzz.distance import Levenshtein

    errors = sum(
        Levenshtein.distance(canon(normalize(page_of(g)).text), canon(g.read_text(encoding="utf-8"))) for g in GOLDS
    )
    assert errors / sum(len(canon(g.read_text(encoding="utf-8"))) for g in GOLDS) <= CER_MAX


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_paragraphs(gold):
    expected = [canon(line) for line in gold.read_text(encoding="utf-8").split("\n") if canon(line)]
    assert [canon(line) for line in normalize(page_of(gold)).text.split("\n") if canon(line)] == expected
