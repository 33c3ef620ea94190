"""scripts/evaluate.py predicts through the batch with no time limit and stops when a scored document (one with gold) fails, so a
document given up on (a time limit under a busy machine's load, an unreadable file) never scores as an empty
record."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import REPO, load_module


@pytest.fixture(scope="module")
def evaluate():
    return load_module("evaluate_script", REPO / "scripts" / "evaluate.py")


def test_every_document_read_gives_the_records_folder(evaluate, tmp_path: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a01.txt").write_text("各乡镇要于6月30日前完成燃气隐患排查。\n", encoding="utf-8")
    docs = evaluate.predict_with_batch(gold, tmp_path / "out")
    assert (docs / "a01.json").exists()


def test_a_failed_document_stops_the_evaluation(evaluate, tmp_path: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a01.txt").write_text("各乡镇要于6月30日前完成燃气隐患排查。\n", encoding="utf-8")
    (gold / "a02.docx").write_bytes(b"not a zip archive")
    (gold / "a02.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit, match="1 document"):
        evaluate.predict_with_batch(gold, tmp_path / "out")


def test_a_file_without_gold_may_fail(evaluate, tmp_path: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a01.txt").write_text("各乡镇要于6月30日前完成燃气隐患排查。\n", encoding="utf-8")
    (gold / "check.sh").write_text("echo annotator's script\n", encoding="utf-8")
    docs = evaluate.predict_with_batch(gold, tmp_path / "out")
    assert (docs / "a01.json").exists()


def test_no_time_limit_is_set(evaluate, monkeypatch, tmp_path: Path):
    import nlp_pipeline.batch as batch

    seen: dict = {}

    def recording_run_batch(input_dir, output_dir, **options):
        seen.update(options)
        return {"failed": 0}

    monkeypatch.setattr(batch, "run_batch", recording_run_batch)
    evaluate.predict_with_batch(tmp_path, tmp_path / "out")
    assert seen["timeout_s"] == 0
