"""Batch: isolation of bad documents, atomic outputs, resume, the combined checklist."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from nlp_pipeline.batch import run_batch
from nlp_pipeline.errors import MissingInput, UsageError

GOOD = {
    "notice.txt": ("关于开展燃气安全检查的通知\n各乡镇人民政府：\n一、县住房和城乡建设局要于6月底前完成城区餐饮场所燃气安全检查。\n"
                   "县应急管理局\n2024年5月6日", "gb18030"),
    "speech.txt": ("在全县安全生产工作会议上的讲话\n同志们：\n各乡镇、各有关部门要立即开展隐患大排查。", "utf-8"),
    "big5.txt": ("關於做好汛期安全防範工作的通知\n各鄉鎮要立即開展地質災害隱患巡查。", "big5"),
}


def _inbox(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, (text, codec) in GOOD.items():
        (inbox / name).write_bytes(text.encode(codec))
    return inbox


def test_a_corrupt_file_costs_only_itself(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "broken.docx").write_bytes(b"PK\x03\x04 cut short")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "gold.json").write_text("{}")  # data beside documents is not a document
    out = tmp_path / "out"
    summary = run_batch(inbox, out, workers=2, progress=False)
    assert summary["documents"] == 5 and summary["processed"] == 3 and summary["failed"] == 2
    assert sorted(p.stem for p in (out / "docs").glob("*.json")) == ["big5", "notice", "speech"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["doc_id"] for e in errors] == ["broken", "empty"]
    assert all(e["reason"] and e["error_type"] for e in errors)
    for name in ("checklist.csv", "checklist.xlsx", "checklist.md", "summary.json"):
        assert (out / name).is_file()
    assert not list(out.rglob(".tmp-*"))


def test_records_carry_source_facts(tmp_path):
    out = tmp_path / "out"
    run_batch(_inbox(tmp_path), out, workers=1, progress=False)
    record = json.loads((out / "docs" / "big5.json").read_text(encoding="utf-8"))
    assert record["doc_id"] == "big5" and record["source"]["encoding"] == "big5"
    assert record["source"]["format"] == "txt" and len(record["source"]["sha256"]) == 64


def test_rerun_skips_current_documents_and_redoes_changed_ones(tmp_path):
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    run_batch(inbox, out, workers=1, progress=False)
    before = {p.name: p.stat().st_mtime_ns for p in (out / "docs").glob("*.json")}
    again = run_batch(inbox, out, workers=1, progress=False)
    assert again["processed"] == 0 and again["skipped_current"] == 3
    assert {p.name: p.stat().st_mtime_ns for p in (out / "docs").glob("*.json")} == before
    (inbox / "speech.txt").write_text("在全县安全生产工作会议上的讲话\n各乡镇要于9月底前完成排查。", encoding="utf-8")
    third = run_batch(inbox, out, workers=1, progress=False)
    assert third["processed"] == 1 and third["skipped_current"] == 2
    assert "9月底前" in json.loads((out / "docs" / "speech.json").read_text(encoding="utf-8"))["text"]


def test_a_document_that_turns_bad_loses_its_stale_record(tmp_path):
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    run_batch(inbox, out, workers=1, progress=False)
    (inbox / "notice.txt").write_bytes(b"")
    summary = run_batch(inbox, out, workers=1, progress=False)
    assert summary["failed"] == 1 and not (out / "docs" / "notice.json").exists()


def test_per_document_time_limit(tmp_path, monkeypatch):
    import time

    import nlp_pipeline.pipeline as pipeline

    real = pipeline.process_raw

    def slow_for_speech(raw, **options):
        if raw.name == "speech.txt":
            time.sleep(5)
        return real(raw, **options)

    monkeypatch.setattr(pipeline, "process_raw", slow_for_speech)
    out = tmp_path / "out"
    summary = run_batch(_inbox(tmp_path), out, workers=1, timeout_s=0.5, progress=False)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert summary["processed"] == 2
    assert errors[0]["doc_id"] == "speech" and errors[0]["error_type"] == "DocumentTimeout"


def test_checklist_workbook_reads_back(tmp_path):
    out = tmp_path / "out"
    run_batch(_inbox(tmp_path), out, workers=1, progress=False)
    sheets = pd.read_excel(out / "checklist.xlsx", sheet_name=None)
    assert "全部任务" in sheets
    frame = sheets["全部任务"]
    assert list(frame.columns)[:4] == ["序号", "文档", "工作任务", "原文"]
    csv = (out / "checklist.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("make, error, message", [
    (lambda tmp: (tmp / "missing", tmp / "out"), MissingInput, "找不到"),
    (lambda tmp: (tmp, tmp / "out-file"), UsageError, "is a file"),
    (lambda tmp: (tmp / "empty-dir", tmp / "out"), UsageError, "no documents"),
])
def test_bad_batch_arguments(tmp_path, make, error, message):
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "out-file").write_text("x")
    (tmp_path / "a.txt").write_text("各乡镇要立即开展排查。", encoding="utf-8")
    source, target = make(tmp_path)
    with pytest.raises(error, match=message):
        run_batch(source, target, workers=1, progress=False)


def test_same_file_name_in_two_folders_gets_two_records(tmp_path):
    inbox = tmp_path / "inbox"
    for folder in ("a", "b"):
        (inbox / folder).mkdir(parents=True)
        (inbox / folder / "001.txt").write_text(f"{folder}县要立即开展排查。", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(inbox, out, workers=1, progress=False)
    assert sorted(p.stem for p in (out / "docs").glob("*.json")) == ["a_001", "b_001"]
