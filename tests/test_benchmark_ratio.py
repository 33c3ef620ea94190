"""scripts/benchmark.py's normalizer ratio: jieba.lcut and the normalizer timed each document in
turn (`alternated_cpu_seconds`), so that both sides meet the same load (docs/benchmarks.md, speed72)."""

from __future__ import annotations

import pytest

from .conftest import REPO, load_module


@pytest.fixture(scope="module")
def benchmark():
    return load_module("benchmark_script", REPO / "scripts" / "benchmark.py")


def spin(rounds: int) -> int:
    return sum(range(rounds))


@pytest.mark.parametrize(
    ("first_rounds", "second_rounds", "heavier"),
    [
        (200_000, 2_000, "first"),  # the first side does far more work: more CPU seconds
        (2_000, 200_000, "second"),
    ],
)
def test_each_side_is_charged_its_own_cpu(benchmark, first_rounds, second_rounds, heavier):
    first_s, second_s = benchmark.alternated_cpu_seconds(
        lambda n: spin(first_rounds * n), lambda n: spin(second_rounds * n), [1, 2, 3]
    )
    assert first_s > 0 and second_s > 0
    assert (first_s > second_s) == (heavier == "first")


def test_the_sides_alternate_item_by_item(benchmark):
    calls: list[tuple[str, int]] = []
    benchmark.alternated_cpu_seconds(lambda i: calls.append(("a", i)), lambda i: calls.append(("b", i)), [1, 2])
    assert calls == [("a", 1), ("b", 1), ("a", 2), ("b", 2)]


def test_no_items_no_seconds(benchmark):
    assert benchmark.alternated_cpu_seconds(spin, spin, []) == (0.0, 0.0)
