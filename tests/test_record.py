"""The document record: JSON Schema, round trip, and real output validated against both."""

from __future__ import annotations

import json

import jsonschema
import pytest

from nlp_pipeline.pipeline import process
from nlp_pipeline.record import DocumentRecord, pipeline_fingerprint, tree_fingerprint
from nlp_pipeline.resources import record_schema


@pytest.fixture(scope="module")
def dev_records(shared_dir):
    return [process(path) for path in sorted((shared_dir / "eval" / "dev").glob("*.txt"))]


def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(record_schema())


def test_real_output_matches_schema_and_contract(dev_records, canonical_units, canonical_sectors):
    validator = jsonschema.Draft202012Validator(record_schema())
    for record in dev_records:
        data = json.loads(record.to_json())
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, f"{record.doc_id}: {errors[0].message}"
        assert set(data["sectors"]) <= canonical_sectors
        for task in data["tasks"]:
            assert data["text"][task["start"] : task["end"]] == task["source"]
            assert {u["canonical"] for u in task["units"]} <= canonical_units
            assert set(task["sectors"]) <= canonical_sectors
            assert all(u["mention"] in data["text"] for u in task["units"])


def test_round_trip(dev_records):
    for record in dev_records:
        assert DocumentRecord.from_dict(json.loads(record.to_json())).to_dict() == record.to_dict()


def test_json_keeps_chinese_readable():
    record = process("各乡镇要立即开展隐患排查。")
    assert "各乡镇" in record.to_json()


@pytest.mark.parametrize("text", ["各乡镇要于6月底前完成排查。", "Hello", "。。。"])
def test_text_input_gets_a_record(text):
    record = process(text)
    assert record.source.format == "txt" and record.doc_id


@pytest.fixture
def package_copy(tmp_path):
    """The files of the package that the fingerprint reads, copied where a test may edit them."""
    import shutil
    from pathlib import Path

    import nlp_pipeline

    source = Path(nlp_pipeline.__file__).parent
    copy = tmp_path / "nlp_pipeline"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.parametrize(
    "edit, changes",
    [
        ("data/extract/unit_aliases.tsv", True),  # rule data
        ("data/normalize/boilerplate.json", True),
        ("extract/deadlines.py", True),  # extraction and normalization code
        ("normalize/layout.py", True),
        ("readers/encoding.py", True),
        ("pipeline.py", True),
        ("jieba_lexicon.py", True),  # the dictionary normalization and extraction read
        ("dates.py", True),  # date parsing: deadlines and the document's date
        ("chars.py", True),
        ("resources.py", True),  # how rule data is read
        ("toml_cache.py", True),  # the command line's parsed rule files
        ("data/web/labels.toml", False),  # shapes no record
        ("web/app.py", False),
        ("export/__init__.py", False),
    ],
)
def test_fingerprint_follows_what_shapes_a_record(package_copy, edit, changes):
    before = tree_fingerprint(package_copy, "0.1.0")
    with open(package_copy / edit, "a", encoding="utf-8") as handle:
        handle.write("\n")
    assert (tree_fingerprint(package_copy, "0.1.0") != before) is changes


def test_fingerprint_ignores_line_endings_and_names_the_version(package_copy):
    before = tree_fingerprint(package_copy, "0.1.0")
    path = package_copy / "extract" / "units.py"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert tree_fingerprint(package_copy, "0.1.0") == before
    assert tree_fingerprint(package_copy, "0.2.0").startswith("0.2.0+")


def test_records_carry_the_fingerprint_and_input_size():
    record = process("各乡镇要于6月底前完成排查。\n")
    data = json.loads(record.to_json())
    assert data["pipeline_fingerprint"] == pipeline_fingerprint()
    assert data["source"]["characters"] == len("各乡镇要于6月底前完成排查。\n")
    assert DocumentRecord.from_dict(data).pipeline_fingerprint == pipeline_fingerprint()
