"""Each extracted task's units seen the ways the unit tests compare them: by mention, by canonical
or as (mention, canonical) pairs, keyed by the task's source (or its first characters, where the
test's table names a task by its opening words).

One home for what twenty test files each wrote for themselves; a test file binds the view it
compares in one line (`units_by_task = ...`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any

from nlp_pipeline import extract
from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import find_units


def mention(unit: Any) -> str:
    return unit.mention


def canonical(unit: Any) -> str:
    return unit.canonical


def pair(unit: Any) -> tuple[str, str]:
    return (unit.mention, unit.canonical)


def sentence_units(sentence: str) -> set[tuple[str, str]]:
    """The (mention, canonical) pairs `find_units` reads in one sentence."""
    return {pair(unit) for unit in find_units(sentence)}


def units_by_source(
    text: str,
    view: Callable[[Any], Any],
    *,
    prefix: int | None = None,
    collect: Callable[[Iterable[Any]], Collection[Any]] = set,
) -> dict[str, Any]:
    """Each task's source (its first `prefix` characters, or all of it) -> its units in `view`,
    gathered by `collect` (a set where the order does not matter, a list where it does)."""
    return {task.source[:prefix]: collect(view(unit) for unit in task.units) for task in extract_fields(text).tasks}


def units_per_task(text: str, view: Callable[[Any], Any]) -> list[list[Any]]:
    """The tasks' units in `view`, task by task in the document's order."""
    return [[view(unit) for unit in task.units] for task in extract_fields(text).tasks]


def units_of_task_with(text: str, words: str, view: Callable[[Any], Any]) -> set[Any]:
    """The units in `view` of the one task whose source holds `words` (an error if none or several)."""
    (units,) = [found for source, found in units_by_source(text, view).items() if words in source]
    return units


def sentence_task_units(sentence: str, opening: str) -> list[tuple[str, str]]:
    """The (mention, canonical) pairs, in order, of the task whose source is `sentence`, the whole pipeline
    (normalization included) run on `opening` and the sentence as one document."""
    tasks = extract(f"{opening}{sentence}\n").tasks
    return next([pair(unit) for unit in task.units] for task in tasks if task.source == sentence)
