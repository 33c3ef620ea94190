"""The compiled resources: every data file of the package is loaded here, lazily and once.

Data (alias tables, spin pairs, boilerplate patterns, sector keywords, lexicons) lives in
`nlp_pipeline/data/` as TSV/JSON files; code asks this module for the compiled form and never
opens a data file itself. Nothing heavy happens at import time.
"""
from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA_DIR = Path(str(resources.files("nlp_pipeline") / "data"))


def data_path(name: str) -> Path:
    return DATA_DIR / name


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file with a header line; lines starting with # are comments."""
    with open(data_path(name), encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def read_json(name: str) -> Any:
    return json.loads(data_path(name).read_text(encoding="utf-8"))


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a plain list file."""
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# --- readers ---------------------------------------------------------------------------------

@cache
def common_chars() -> frozenset[str]:
    """The most frequent simplified characters (scripts/build_common_chars.py)."""
    return frozenset("".join(read_lines("readers/common_chars.txt")))


# --- shared converters -----------------------------------------------------------------------

@cache
def opencc_converter(config: str = "t2s"):
    """One OpenCC converter per configuration (building one reads its dictionaries)."""
    import opencc

    return opencc.OpenCC(config)


# --- record ----------------------------------------------------------------------------------

def record_schema() -> dict:
    """The JSON Schema of the document record (CONTRACT.md)."""
    return read_json("record.schema.json")


# --- web -------------------------------------------------------------------------------------

@cache
def web_labels() -> dict[str, dict[str, str]]:
    """Chinese labels the web pages show for record codes (doc types, roles, steps, errors)."""
    return read_json("web/labels.json")
