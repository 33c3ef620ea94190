"""Shared fixtures. `../shared` (the contract, labels and gold data) sits beside the checkout in
development and CI; tests that need it skip with a clear reason in a clone elsewhere."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import os
import sys
from pathlib import Path

import pytest

from nlp_pipeline.record import DocumentRecord, Meta, Normalization, Source, Task, Unit

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLP_PIPELINE_SHARED", REPO.parent / "shared")).resolve()
SHARED_MISSING = "../shared (contract, labels, gold data) is not beside this checkout"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{SHARED_MISSING}: {path} not found")
    return path


def load_module(name: str, path: Path):
    """A script of scripts/ (or ../shared/eval) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def scorer():
    """The project's own scorer (scripts/scoring.py), which measures what eval/score.py measures."""
    return load_module("project_scoring", REPO / "scripts" / "scoring.py")


@pytest.fixture(scope="session", autouse=True)
def regex_cache_in_temp(tmp_path_factory):
    """Commands run as subprocesses keep their cache files (nlp_pipeline/user_cache.py: the regex
    cache) in a temporary folder, not in the user's cache folder."""
    from nlp_pipeline.user_cache import CACHE_DIR_VARIABLE

    before = os.environ.get(CACHE_DIR_VARIABLE)
    os.environ[CACHE_DIR_VARIABLE] = str(tmp_path_factory.mktemp("regex-cache"))
    yield
    if before is None:
        del os.environ[CACHE_DIR_VARIABLE]
    else:
        os.environ[CACHE_DIR_VARIABLE] = before


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


def record_with_tasks(
    doc_id: str,
    *,
    title: str,
    date: str | None,
    doc_type: str,
    sectors: list[str],
    text: str,
    tasks: list[tuple],
    region: str | None = None,
    version: str = "1",
) -> DocumentRecord:
    """A record for index tests (search, ledger): `tasks` as (source sentence, task text, units,
    deadline, sectors), each source standing in `text`; every unit is its own canonical."""
    record_tasks = []
    for number, (source, task_text, units, deadline, task_sectors) in enumerate(tasks, start=1):
        start = text.index(source)
        record_tasks.append(
            Task(
                id=f"T{number}",
                text=task_text,
                source=source,
                start=start,
                end=start + len(source),
                units=[Unit(u, u) for u in units],
                deadline=deadline,
                sectors=task_sectors,
            )
        )
    return DocumentRecord(
        doc_id=doc_id,
        source=Source(path=f"{doc_id}.txt", sha256=hashlib.sha256(text.encode()).hexdigest()),
        meta=Meta(title=title, date=date, doc_type=doc_type, region=region),
        text=text,
        normalization=Normalization(),
        sectors=sectors,
        tasks=record_tasks,
        pipeline_version=version,
    )
