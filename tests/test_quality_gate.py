"""The quality gate: the evaluation sets' scores may not drop below the floors pinned in
`tests/quality/floors.json`. Floors only rise: raise one when a figure rises for good.

Keys are `<set>.<figure>_min` or `<set>.<figure>_max`, where <set> is a folder of
../shared/eval, or `heldout`/`heldout2`/`heldout3` (tests/extract/heldout*: documents written and annotated
after the rules — heldout3 blind, by someone who had not read them — the check that they generalize),
or `realstyle`/`realstyle_sealed` (tests/extract/realstyle*: written blind after real pages, with
their chrome and damage, and annotated blind; the sealed third was scored only before and after the
work it measures), and <figure> a field of eval/score.py's result: `text_cer`, `<field>_f1` for the
P/R/F1 fields (tasks_f1, units_end_to_end_f1 …), `<field>_acc` for the accuracies
(deadline_date_acc, meta_date_acc …).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from nlp_pipeline.batch import run_batch

FLOORS = json.loads((Path(__file__).parent / "quality" / "floors.json").read_text(encoding="utf-8"))
SETS = sorted({key.split(".", 1)[0] for key in FLOORS})
LOCAL_SETS = {
    name: Path(__file__).parent / "extract" / name
    for name in ("heldout", "heldout2", "heldout3", "realstyle", "realstyle_sealed")
}


def figure(result: dict, name: str) -> float:
    if name == "text_cer":
        return result["text_cer"]
    if name.endswith("_acc"):
        return result[name]["acc"] or 0.0
    if name.endswith("_f1"):
        return result[name[: -len("_f1")]]["f1"]
    raise KeyError(f"floors.json names an unknown figure: {name}")


@pytest.fixture(scope="module")
def scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("eval_score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results(shared_dir, scorer, tmp_path_factory):
    scores = {}
    for name in SETS:
        gold = LOCAL_SETS.get(name, shared_dir / "eval" / name)
        out = tmp_path_factory.mktemp(f"eval-{name}")
        run_batch(gold, out, workers=2, progress=False)
        scores[name] = scorer.score(gold, out / "docs")
    return scores


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_figure_holds_its_floor(results, key):
    set_name, bound = key.split(".", 1)
    name, kind = bound.rsplit("_", 1)
    value, floor = figure(results[set_name], name), FLOORS[key]
    if kind == "min":
        assert value >= floor, f"{key}: {value} fell below the floor {floor}"
    else:
        assert value <= floor, f"{key}: {value} rose above the ceiling {floor}"
