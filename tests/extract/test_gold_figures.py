"""Gate: the per-sentence extractors on the gold task sentences may not fall below their floors
(tests/quality/sentence_extractor_floors.json; figures of scripts/eval_sentence_extractors.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import load_module

REPO = Path(__file__).resolve().parents[2]
FLOORS = {
    key: value
    for key, value in json.loads(
        (REPO / "tests" / "quality" / "sentence_extractor_floors.json").read_text("utf-8")
    ).items()
    if not key.startswith("_")
}


@pytest.fixture(scope="module")
def evaluator():
    return load_module("eval_sentence_extractors", REPO / "scripts" / "eval_sentence_extractors.py")


@pytest.fixture(scope="module")
def figures(shared_dir, evaluator):
    return {name: evaluator.evaluate(shared_dir / "eval" / name) for name in {k.split(".")[0] for k in FLOORS}}


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_figure_holds_its_floor(figures, key):
    set_name, figure = key.split(".", 1)
    name, measure = figure.rsplit("_", 1)
    counted = figures[set_name][name]
    value = counted.f1() if measure == "f1" else counted.value()
    assert value >= FLOORS[key], f"{key}: {value:.3f} fell below {FLOORS[key]}"
