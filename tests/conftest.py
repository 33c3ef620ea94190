"""Shared fixtures. `../shared` (the contract, labels and gold data) sits beside the checkout in
development and CI; tests that need it skip with a clear reason in a clone elsewhere."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLP_PIPELINE_SHARED", REPO.parent / "shared")).resolve()
SHARED_MISSING = "../shared (contract, labels, gold data) is not beside this checkout"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{SHARED_MISSING}: {path} not found")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return shared_path()


def _canonical_names(name: str) -> set[str]:
    with open(shared_path("labels", name), encoding="utf-8", newline="") as handle:
        return {row["canonical"] for row in csv.DictReader(handle, delimiter="\t")}


@pytest.fixture(scope="session")
def canonical_units() -> set[str]:
    return _canonical_names("units.tsv")


@pytest.fixture(scope="session")
def canonical_sectors() -> set[str]:
    return _canonical_names("sectors.tsv")
