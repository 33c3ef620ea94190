"""Invented cases of other test folders that the web tests serve: the ledger's documents
(tests/ledger/conftest.py) and the alignment's two plans (tests/align/samples.py), loaded by path."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def ledger_cases() -> ModuleType:
    return _load("ledger_cases", TESTS / "ledger" / "conftest.py")


@cache
def align_samples() -> ModuleType:
    return _load("align_samples", TESTS / "align" / "samples.py")
