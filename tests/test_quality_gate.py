"""The quality gate: the evaluation sets' scores may not drop below the floors pinned in
`tests/quality/floors.json`. Floors only rise: raise one when a figure rises for good.

Keys are `<set>.<figure>_min` or `<set>.<figure>_max`, where <set> is a folder of
../shared/eval, or `heldout`/`heldout2`/`heldout3` (tests/extract/heldout*: documents written and annotated
after the rules — heldout3 blind, by someone who had not read them — the check that they generalize),
or `realstyle` and `realstyle_sealed`…`realstyle_sealed12` (tests/extract/realstyle*: written blind after
real pages, with their chrome and damage, and annotated blind; each sealed set was scored only before
and after the round of work it measures, then added here), and <figure> a field of eval/score.py's result: `text_cer`, `<field>_f1` for the
P/R/F1 fields (tasks_f1, units_end_to_end_f1 …), `<field>_acc` for the accuracies
(deadline_date_acc, meta_date_acc …).

The figures come from the project's own scorer (scripts/scoring.py), so that the in-repo sets are
gated in a clone without ../shared; there only the dev and genre floors skip. Where ../shared is
present, every set is also scored by its eval/score.py, and the two must agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp_pipeline.batch import run_batch

from .conftest import load_module, shared_path

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((Path(__file__).parent / "quality" / "floors.json").read_text(encoding="utf-8"))
SETS = sorted({key.split(".", 1)[0] for key in FLOORS})
# every folder of tests/extract that holds gold files: a new set is gated as soon as it is added
LOCAL_SETS = {gold.parent.name: gold.parent for gold in (Path(__file__).parent / "extract").glob("*/*.gold.json")}


def figure(result: dict, name: str) -> float:
    if name == "text_cer":
        return result["text_cer"]
    if name.endswith("_acc"):
        return result[name]["acc"] or 0.0
    if name.endswith("_f1"):
        return result[name[: -len("_f1")]]["f1"]
    raise KeyError(f"floors.json names an unknown figure: {name}")


@pytest.fixture(scope="module")
def predicted(tmp_path_factory):
    """(gold folder, records folder) of a set, its batch run once per module; a set of ../shared
    skips the test that asks for it when ../shared is missing."""
    made: dict[str, tuple[Path, Path]] = {}

    def of(name: str) -> tuple[Path, Path]:
        if name not in made:
            gold = LOCAL_SETS[name] if name in LOCAL_SETS else shared_path("eval", name)
            out = tmp_path_factory.mktemp(f"eval-{name}")
            run_batch(gold, out, workers=2, progress=False)
            made[name] = (gold, out / "docs")
        return made[name]

    return of


@pytest.fixture(scope="module")
def results(scorer, predicted):
    """A set's figures by the project's scorer, scored once per module."""
    scored: dict[str, dict] = {}

    def of(name: str) -> dict:
        if name not in scored:
            scored[name] = scorer.score(*predicted(name))
        return scored[name]

    return of


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_figure_holds_its_floor(results, key):
    set_name, bound = key.split(".", 1)
    name, kind = bound.rsplit("_", 1)
    value, floor = figure(results(set_name), name), FLOORS[key]
    if kind == "min":
        assert value >= floor, f"{key}: {value} fell below the floor {floor}"
    else:
        assert value <= floor, f"{key}: {value} rose above the ceiling {floor}"


def test_every_in_repo_set_has_floors():
    """Negative case for the skip: the sets that need no ../shared (every gold folder under
    tests/extract) are all gated."""
    assert set(LOCAL_SETS) <= set(SETS)
    assert all(any(LOCAL_SETS[name].glob("*.gold.json")) for name in LOCAL_SETS)


@pytest.mark.parametrize("set_name", SETS)
def test_the_project_scorer_agrees_with_the_shared_one(scorer, predicted, shared_dir, set_name):
    shared_scorer = load_module("eval_score", shared_dir / "eval" / "score.py")
    gold, records = predicted(set_name)
    assert scorer.score(gold, records, per_doc=True) == shared_scorer.score(gold, records, per_doc=True)
