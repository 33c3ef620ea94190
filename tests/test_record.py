"""The document record: JSON Schema, round trip, and real output validated against both."""
from __future__ import annotations

import json

import jsonschema
import pytest

from nlp_pipeline.pipeline import process
from nlp_pipeline.record import DocumentRecord
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
            assert data["text"][task["start"]:task["end"]] == task["source"]
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
