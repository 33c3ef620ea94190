"""Issue 19, speed103: a pool batch's costly documents read while the coordinator loads the pipeline.

A reader process forked before the warm-up reads the documents whose reading imports a library or
guesses an encoding (`read_ahead.py`); the workers start from those texts. Every batch behaviour
must stay: the same records and files byte for byte, a failing document costing only itself, a
resumed batch, a worker that dies. The texts below are written for these tests."""

from __future__ import annotations

import json
import os
import time

import pytest

import nlp_pipeline.batch as batch
from nlp_pipeline.batch import Job, plan_batch, run_batch
from nlp_pipeline.batch.read_ahead import ReadAhead, worth_reading_ahead
from nlp_pipeline.readers import read_document

NOTICE = "关于开展燃气安全检查的通知\n各乡镇人民政府：\n县住建局要于6月底前完成餐饮场所燃气安全检查。\n县应急管理局\n"
PLAN = "关于印发防汛应急预案的通知\n各村（社区）要在5月20日前完成转移路线排查，县水利局负责督导。\n"
SPEECH = "在全县消防工作会议上的讲话\n同志们：\n各部门要立即开展高层建筑消防通道清理，10月底前完成。\n"
BIG5 = "關於做好冬季用電安全工作的通知\n各鄉鎮要於12月底前完成老舊線路排查。\n"

# name: (text, codec); the GB and Big5 files and the Word file are read ahead, the UTF-8 ones are not
FILES = {
    "a-notice.txt": (NOTICE, "gb18030"),
    "b-plan.txt": (PLAN, "gbk"),
    "c-speech.txt": (SPEECH, "utf-8"),
    "d-winter.txt": (BIG5, "big5"),
    "e-notice-again.txt": (NOTICE.replace("燃气", "电动车"), "gb18030"),
    "f-plan.txt": (PLAN.replace("防汛", "森林防火"), "utf-8"),
}
OUTPUT_FILES = ("errors.jsonl", "checklist.csv", "checklist.xlsx", "checklist.md")


def _inbox(tmp_path, files=FILES):
    import docx

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, (text, codec) in files.items():
        (inbox / name).write_bytes(text.encode(codec))
    document = docx.Document()
    for line in SPEECH.replace("消防", "燃气").splitlines():
        document.add_paragraph(line)
    document.save(inbox / "g-speech.docx")
    (inbox / "h-broken.docx").write_bytes(b"PK\x03\x04 cut short")  # its reading fails, ahead and in its worker
    return inbox


def _same_outputs(first, second, also_ignored=()):
    names = sorted(p.name for p in (first / "docs").iterdir())
    assert names == sorted(p.name for p in (second / "docs").iterdir())
    for name in [*OUTPUT_FILES, *(f"docs/{n}" for n in names)]:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    ignored = ("seconds", "chars_per_s", "output_dir", "workers", *also_ignored)
    summaries = [json.loads((out / "summary.json").read_text(encoding="utf-8")) for out in (first, second)]
    assert [{k: v for k, v in s.items() if k not in ignored} for s in summaries] == [
        {k: v for k, v in summaries[0].items() if k not in ignored}
    ] * 2


def _job(path, needs):
    return Job(path, "x", "/out/x.json", "0" * 64, reader_needs=needs)


# (case, job, read ahead?)
WORTH = [
    ("a PDF's library", _job("/in/a.pdf", ("pdf",)), True),
    ("a Word file's library", _job("/in/a.docx", ("docx",)), True),
    ("an encoding to guess", _job("/in/a.txt", ("guess",)), True),
    ("near miss: a UTF-8 text reads in a fraction of a millisecond", _job("/in/a.txt", ()), False),
    ("near miss: a remote document (no fsspec filesystem is forked)", _job("memory://in/a.pdf", ("pdf",)), False),
]


@pytest.mark.parametrize(("case", "job", "expected"), WORTH, ids=[case for case, _, _ in WORTH])
def test_which_documents_are_read_ahead(case, job, expected):
    assert worth_reading_ahead(job) is expected


def test_the_reader_hands_back_what_a_worker_would_read(tmp_path):
    plan = plan_batch(_inbox(tmp_path), tmp_path / "out")
    with ReadAhead(plan.jobs, batch._fork_context()) as ahead:
        assert ahead.process is not None
        ahead.process.join()  # everything read: the test does not race the reader
        jobs = ahead.with_texts(plan.jobs)
    read = {job.doc_id for job in jobs if job.raw is not None}
    assert read == {"a-notice", "b-plan", "d-winter", "e-notice-again", "g-speech"}  # not the broken file
    for job in jobs:
        if job.raw is not None:
            assert job.raw == read_document(tmp_path / "inbox" / os.path.basename(job.path))
    assert ahead.process is None  # ended


def test_a_read_still_running_at_the_end_of_the_warm_up_is_left_to_its_worker(tmp_path, monkeypatch):
    plan = plan_batch(_inbox(tmp_path), tmp_path / "out")
    read = batch._read

    def stuck_first(job):  # the reader is forked after this, so it is the reader's `_read`
        if job.doc_id == "a-notice":
            time.sleep(600)
        return read(job)

    monkeypatch.setattr(batch, "_read", stuck_first)
    with ReadAhead(plan.jobs, batch._fork_context()) as ahead:
        jobs = ahead.with_texts(plan.jobs)  # does not wait for it: the reader is ended
    assert [job.raw for job in jobs] == [None] * len(jobs)


def test_nothing_to_read_ahead_starts_no_reader(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(SPEECH, encoding="utf-8")
    plan = plan_batch(inbox, tmp_path / "out")
    with ReadAhead(plan.jobs, batch._fork_context()) as ahead:
        assert ahead.process is None
        assert ahead.with_texts(plan.jobs) == plan.jobs


def test_a_small_pool_batch_writes_what_one_process_writes(tmp_path):
    inbox = _inbox(tmp_path)  # 8 documents: a pool of two workers and the reader
    run_batch(inbox, tmp_path / "pool", workers=2, progress=False)
    run_batch(inbox, tmp_path / "alone", workers=1, progress=False)
    _same_outputs(tmp_path / "pool", tmp_path / "alone")
    errors = (tmp_path / "pool" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in errors] == ["h-broken"]  # the failing document costs itself


def test_a_resumed_small_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "POOL_MIN_JOBS", 2)  # the rerun's few documents still go to a pool
    inbox = _inbox(tmp_path)
    run_batch(inbox, tmp_path / "pool", workers=2, progress=False)
    (inbox / "b-plan.txt").write_bytes(PLAN.replace("5月20日", "6月1日").encode("gbk"))
    (inbox / "i-new.txt").write_bytes(BIG5.replace("12月", "11月").encode("big5"))
    resumed = run_batch(inbox, tmp_path / "pool", workers=2, progress=False)
    assert (resumed["processed"], resumed["skipped_current"]) == (2, 6)  # the broken file is redone and fails again
    run_batch(inbox, tmp_path / "alone", workers=1, progress=False)
    _same_outputs(tmp_path / "pool", tmp_path / "alone", also_ignored=("processed", "skipped_current"))


def _dying_at_the_big5_text(jobs):
    """A pool call whose worker dies at one document (read ahead: the Big5 text)."""
    if any(job.doc_id == "d-winter" for job in jobs):
        os._exit(1)
    return [batch.process_job(job) for job in jobs]


def test_a_worker_that_dies_costs_only_its_document(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "process_jobs", _dying_at_the_big5_text)  # the workers are forked after this
    inbox = _inbox(tmp_path)
    summary = run_batch(inbox, tmp_path / "pool", workers=2, progress=False)
    errors = [
        json.loads(line) for line in (tmp_path / "pool" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    kinds = {e["doc_id"]: e["error_type"] for e in errors}
    assert kinds["d-winter"] == "WorkerCrash"
    # a document the dying pool still held may share its fate (the pool's rule, unchanged); the broken
    # Word file fails on its own when a live worker reads it first; the others' records are what one
    # process writes
    assert kinds.get("h-broken") in {"WorkerCrash", "UnreadableDocument"}
    assert set(kinds.values()) <= {"WorkerCrash", "UnreadableDocument"}
    assert summary["processed"] == 8 - len(kinds) >= 1
    monkeypatch.undo()
    run_batch(inbox, tmp_path / "alone", workers=1, progress=False)
    for record in (tmp_path / "pool" / "docs").glob("*.json"):  # a worker ended mid-write leaves a temp file
        assert record.read_bytes() == (tmp_path / "alone" / "docs" / record.name).read_bytes()


@pytest.mark.xfail(strict=True, reason="a batch under POOL_MIN_JOBS reads after loading, in its one process")
def test_a_one_process_batch_reads_ahead_too(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(batch, "ReadAhead", lambda jobs, context: started.append(jobs) or ReadAhead([], context))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes(NOTICE.encode("gb18030"))
    run_batch(inbox, tmp_path / "out", workers=2, progress=False)
    assert started
