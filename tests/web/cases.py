"""Invented cases of other test folders that the web tests serve: the ledger's documents
(tests/ledger/conftest.py) and the alignment's two plans (tests/align/samples.py), loaded by path."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType

from ..conftest import load_module

TESTS = Path(__file__).resolve().parents[1]


@cache
def ledger_cases() -> ModuleType:
    return load_module("ledger_cases", TESTS / "ledger" / "conftest.py")


@cache
def align_samples() -> ModuleType:
    return load_module("align_samples", TESTS / "align" / "samples.py")
