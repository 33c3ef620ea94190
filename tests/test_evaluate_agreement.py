"""scripts/evaluate.py --agreement: a second annotator's files are read whether they are named like
predictions (<doc_id>.json) or like gold (<doc_id>.gold.json, as annotators write them)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import REPO, load_module

SET = REPO / "tests" / "extract" / "realstyle"
DOC_IDS = sorted(gold.name.removesuffix(".gold.json") for gold in SET.glob("*.gold.json"))[:2]


@pytest.fixture(scope="module")
def evaluate():
    return load_module("evaluate_script", REPO / "scripts" / "evaluate.py")


@pytest.mark.parametrize("suffix", [".json", ".gold.json"])
def test_identical_annotations_agree_fully_under_either_name(evaluate, scorer, tmp_path: Path, suffix: str):
    for doc_id in DOC_IDS:
        shutil.copy(SET / f"{doc_id}.gold.json", tmp_path / f"{doc_id}{suffix}")
    result = evaluate.agreement(scorer, SET, tmp_path)
    assert result["documents"] == len(DOC_IDS)
    assert result["tasks"]["f1"] == 1.0
    assert result["units_end_to_end"]["f1"] == 1.0
    assert result["clerk_rows_acc"]["acc"] == 1.0


def test_a_second_annotation_that_differs_scores_below_one(evaluate, scorer, tmp_path: Path):
    gold = json.loads((SET / f"{DOC_IDS[0]}.gold.json").read_text(encoding="utf-8"))
    gold["tasks"] = gold["tasks"][1:]  # the second annotator missed the first task
    (tmp_path / f"{DOC_IDS[0]}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = evaluate.agreement(scorer, SET, tmp_path)
    assert result["tasks"]["r"] < 1.0
    assert result["tasks"]["p"] == 1.0
