"""Batch: isolation of bad documents, atomic outputs, resume, the combined checklist."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import PurePosixPath

import pandas as pd
import pytest

from nlp_pipeline.batch import _doc_ids, run_batch
from nlp_pipeline.errors import MissingInput, UsageError

GOOD = {
    "notice.txt": (
        "关于开展燃气安全检查的通知\n各乡镇人民政府：\n一、县住房和城乡建设局要于6月底前完成城区餐饮场所燃气安全检查。\n"
        "县应急管理局\n2024年5月6日",
        "gb18030",
    ),
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


@pytest.mark.parametrize(
    "make, error, message",
    [
        (lambda tmp: (tmp / "missing", tmp / "out"), MissingInput, "找不到"),
        (lambda tmp: (tmp, tmp / "out-file"), UsageError, "is a file"),
        (lambda tmp: (tmp / "empty-dir", tmp / "out"), UsageError, "no documents"),
    ],
)
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


# --- resume knows the code and rules that made a record ---------------------------------------------


def _fingerprint_becomes(monkeypatch, value: str) -> None:
    import nlp_pipeline.pipeline as pipeline
    import nlp_pipeline.record as record

    monkeypatch.setattr(record, "pipeline_fingerprint", lambda: value)
    monkeypatch.setattr(pipeline, "pipeline_fingerprint", lambda: value)


def test_rerun_after_an_upgrade_redoes_every_record(tmp_path, monkeypatch):
    """Rule data or code changed under the same version number: no record is kept as current."""
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    run_batch(inbox, out, workers=1, progress=False)
    _fingerprint_becomes(monkeypatch, "0.1.0+" + "f" * 16)
    upgraded = run_batch(inbox, out, workers=1, progress=False)
    assert upgraded["processed"] == 3 and upgraded["skipped_current"] == 0
    record = json.loads((out / "docs" / "notice.json").read_text(encoding="utf-8"))
    assert record["pipeline_fingerprint"] == "0.1.0+" + "f" * 16
    assert run_batch(inbox, out, workers=1, progress=False)["skipped_current"] == 3


def test_a_record_from_before_fingerprints_is_redone(tmp_path):
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    run_batch(inbox, out, workers=1, progress=False)
    path = out / "docs" / "speech.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    del old["pipeline_fingerprint"]
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    again = run_batch(inbox, out, workers=1, progress=False)
    assert again["processed"] == 1 and again["skipped_current"] == 2
    assert "pipeline_fingerprint" in json.loads(path.read_text(encoding="utf-8"))


# --- summary --------------------------------------------------------------------------------------


def test_summary_counts_the_input_characters(tmp_path):
    inbox, out = _inbox(tmp_path), tmp_path / "out"
    (inbox / "spaced.txt").write_text("关于开展排查的通知\n\n\n各乡镇   要立即开展隐患排查。\n\n\n", encoding="utf-8")
    first = run_batch(inbox, out, workers=1, progress=False)
    records = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "docs").glob("*.json")]
    inputs = sum(len(text) for text, _ in GOOD.values()) + len(
        "关于开展排查的通知\n\n\n各乡镇   要立即开展隐患排查。\n\n\n"
    )
    assert first["characters"] == inputs == sum(r["source"]["characters"] for r in records)
    assert first["output_characters"] == sum(len(r["text"]) for r in records) < inputs
    again = run_batch(inbox, out, workers=1, progress=False)  # current documents still count
    assert (again["characters"], again["output_characters"], again["tasks"]) == (
        first["characters"],
        first["output_characters"],
        first["tasks"],
    )


# --- the checklist is written as results arrive -------------------------------------------------------


def test_checklist_keeps_input_order_whatever_order_results_arrive(tmp_path):
    from nlp_pipeline.batch import ChecklistStream, plan_batch, process_job
    from nlp_pipeline.export import to_csv, to_markdown
    from nlp_pipeline.record import DocumentRecord

    inbox, out = _inbox(tmp_path), tmp_path / "out"
    (inbox / "empty.txt").write_bytes(b"")
    plan = plan_batch(inbox, out)
    results = [process_job(job) for job in plan.jobs]
    stream = ChecklistStream(plan)
    added = []
    for result in reversed(results):
        stream.offer(result)
        added.append(stream.checklist.tasks)
    assert added[:-1] == [0] * (len(results) - 1)  # nothing until the first document is settled
    records = [
        DocumentRecord.from_dict(json.loads((out / "docs" / f"{doc_id}.json").read_text(encoding="utf-8")))
        for doc_id in plan.doc_ids
        if doc_id != "empty"
    ]
    assert stream.checklist.csv() == to_csv(records)
    assert stream.checklist.markdown() == to_markdown(records)


@pytest.mark.parametrize("calls_per_worker", [8, 1])  # 1: several documents a pool call, the broken one among them
def test_pool_and_one_process_write_the_same_bytes(tmp_path, monkeypatch, calls_per_worker):
    import nlp_pipeline.batch as batch

    inbox = _inbox(tmp_path)
    (inbox / "broken.docx").write_bytes(b"PK\x03\x04 cut short")
    monkeypatch.setattr(batch, "POOL_MIN_JOBS", 2)
    monkeypatch.setattr(batch, "CALLS_PER_WORKER", calls_per_worker)
    run_batch(inbox, tmp_path / "pool", workers=2, progress=False)
    run_batch(inbox, tmp_path / "alone", workers=1, progress=False)
    for name in ("errors.jsonl", "checklist.csv", "checklist.xlsx", "checklist.md", "docs/big5.json"):
        assert (tmp_path / "pool" / name).read_bytes() == (tmp_path / "alone" / name).read_bytes(), name


@pytest.mark.parametrize(
    ("jobs", "workers", "per_call"),
    [
        (1065, 2, 4),  # the benchmark corpus: the most a call
        (40, 2, 2),  # each worker still gets 8 calls or more
        (20, 2, 1),  # a small batch: a document a call, so that the last calls end together
        (6, 4, 1),
        (0, 2, 1),
    ],
)
def test_documents_a_pool_call(jobs, workers, per_call):
    from nlp_pipeline.batch import jobs_per_call

    assert jobs_per_call(jobs, workers) == per_call


@pytest.mark.parametrize(
    ("jobs", "workers", "per_call", "sizes"),
    [
        (20, 2, 4, [4, 4, 4] + [1] * 8),  # the last two calls' worth of documents one a call
        (14, 2, 4, [4, 2] + [1] * 8),  # a short group before them, never a document twice
        (8, 2, 4, [1] * 8),  # no more documents than the tail: all one a call
        (5, 2, 1, [1] * 5),  # already one a call
        (0, 2, 4, []),
    ],
)
def test_the_last_documents_go_one_a_call(jobs, workers, per_call, sizes):
    from nlp_pipeline.batch import Job, pool_calls

    planned = [Job(f"{i}.txt", str(i), f"out/{i}.json", "") for i in range(jobs)]
    calls = pool_calls(planned, workers, per_call)
    assert [len(call) for call in calls] == sizes
    assert [job for call in calls for job in call] == planned  # every document once, in input order


def test_a_small_batch_runs_without_a_worker_pool(tmp_path, monkeypatch):
    import concurrent.futures

    from nlp_pipeline.batch import POOL_MIN_JOBS

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small batch")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    assert len(GOOD) < POOL_MIN_JOBS
    assert run_batch(_inbox(tmp_path), tmp_path / "out", workers=4, progress=False)["processed"] == len(GOOD)


# --- pool workers end with their coordinator ---------------------------------------------------------

# The batch in a process of its own: documents named slow-* take a minute, and the worker busy
# with one leaves its pid in the folder named by $BUSY_WORKERS (forked workers inherit the patch);
# the pool is used however few the documents are.
SLOW_BATCH = """
import os, sys, time
import nlp_pipeline.batch as batch
import nlp_pipeline.pipeline as pipeline
from nlp_pipeline.cli import main
process_raw = pipeline.process_raw
def slow(raw, **options):
    if raw.name.startswith("slow-"):
        open(os.path.join(os.environ["BUSY_WORKERS"], str(os.getpid())), "w").close()
        time.sleep(60)
    return process_raw(raw, **options)
pipeline.process_raw = slow
batch.POOL_MIN_JOBS = 2
sys.exit(main(sys.argv[1:]))
"""


def _alive(pid: int) -> bool:
    """Running or sleeping; a zombie (dead, not yet reaped by its new parent) does not count."""
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_no_worker_outlives_a_killed_batch(tmp_path):
    """kill -9 of the coordinator while its workers are busy: the workers end too, even though the
    batch was started with SIGTERM ignored (they are sent SIGTERM when their parent dies)."""
    import signal
    import subprocess
    import time

    inbox, busy = tmp_path / "inbox", tmp_path / "busy"
    inbox.mkdir()
    busy.mkdir()
    for n in range(4):
        (inbox / f"slow-{n}.txt").write_text("各乡镇要立即开展隐患排查。", encoding="utf-8")
    batch = subprocess.Popen(
        [sys.executable, "-c", SLOW_BATCH, "batch", str(inbox), "-o", str(tmp_path / "out"), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "BUSY_WORKERS": str(busy)},
        preexec_fn=lambda: signal.signal(signal.SIGTERM, signal.SIG_IGN),
    )
    try:
        deadline = time.monotonic() + 60
        while len(workers := [int(p.name) for p in busy.iterdir()]) < 2:
            assert batch.poll() is None and time.monotonic() < deadline, "no two workers got to their documents"
            time.sleep(0.05)
        assert all(_alive(pid) for pid in workers) and batch.pid not in workers
    finally:
        batch.kill()
        batch.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    survivors = [pid for pid in workers if _alive(pid)]
    for pid in survivors:  # leave nothing behind, then fail
        os.kill(pid, signal.SIGKILL)
    assert not survivors, f"workers {survivors} outlived their coordinator"


LAZY_LIBRARIES = ("jieba", "jieba.posseg", "pypdf", "docx")
WARM_UP_PROBE = """
import json, sys
import nlp_pipeline.batch as batch
from nlp_pipeline import jieba_lexicon
from nlp_pipeline.extract import pos
from nlp_pipeline.normalize import charlm

def loaded():
    models = (jieba_lexicon.lexicon, pos.hidden_markov_model, charlm.char_lm)
    return [name for name in json.loads(sys.argv[1]) if name in sys.modules] + [
        f.__name__ for f in models if f.cache_info().currsize
    ]

before = loaded()
batch.warm_up()
print(json.dumps({"before": before, "after": loaded()}))
"""


def test_warm_up_loads_the_tagger_and_the_character_model_once_for_all_workers():
    """The warm-up document makes the coordinator load what workers would each load for
    themselves: jieba's repacked lexicon and the tagger's model of extract/pos.py (a modal before an
    unlisted verb; the lexicon also serves the normalizer's word model, which damage or a 著 asks
    for) and the character model (a rare character: the GBK step asks it, as for most real pages).
    Negative cases: jieba itself and the readers of PDF and Word files are not loaded by it (a
    plain-text warm-up), and nothing before it runs."""
    result = subprocess.run(
        [sys.executable, "-c", WARM_UP_PROBE, json.dumps(LAZY_LIBRARIES)], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "before": [],
        "after": ["lexicon", "hidden_markov_model", "char_lm"],
    }


# Invented sentences, in the encodings a clerk's inbox holds.
NOTICE = "关于做好节日期间安全防范工作的通知"
NOTICE_TRADITIONAL = "關於做好節日期間安全防範工作的通知"


@pytest.mark.parametrize(
    ("name", "data", "needs"),
    [
        ("方案.pdf", b"%PDF-1.7 ...", ("pdf",)),  # a PDF's reader library, whatever its bytes
        ("方案.docx", b"PK\x03\x04 ...", ("docx",)),
        ("通知.txt", NOTICE.encode("gb18030"), ("guess",)),  # not Unicode: the encoding is guessed
        ("通知.html", f"<html><p>{NOTICE_TRADITIONAL}</p>".encode("big5"), ("guess",)),
        ("通知", NOTICE.encode("gbk"), ("guess",)),  # no suffix: read as text
        ("通知.txt", NOTICE.encode("utf-8"), ()),  # UTF-8: no guess
        ("通知.txt", NOTICE.encode("utf-8")[:-1], ()),  # a head cut inside its last character is still UTF-8
        ("通知.txt", f"2024年{NOTICE}".encode("utf-16-le"), ()),  # UTF-16's NUL bytes: read without a guess
        ("通知.txt", NOTICE.encode("utf-8-sig"), ()),  # a byte-order mark
        ("通知.html", b"<html><p>safety</p>", ()),  # ASCII
    ],
)
def test_reader_needs_from_a_files_suffix_and_first_bytes(name, data, needs):
    from nlp_pipeline.batch import reader_needs

    assert reader_needs(name, data) == needs


@pytest.mark.parametrize(
    ("needs", "workers", "shared"),
    [
        ([("pdf",), ("pdf",), ()], 2, ["pdf"]),  # two PDFs for two workers: imported before the fork
        ([("pdf",), ("docx",), ("guess",), ()], 2, []),  # one of each: left to the worker that meets it
        ([("guess",), ("guess",), ("pdf",), ("docx",), ("docx",)], 2, ["docx", "guess"]),
        ([("guess",), ("guess",)], 3, []),  # fewer than the workers
        ([(), ()], 2, []),  # plain UTF-8 texts need nothing
    ],
)
def test_reader_libraries_shared_before_the_fork(needs, workers, shared):
    from nlp_pipeline.batch import Job, shared_needs

    jobs = [Job(f"/in/{i}", str(i), f"/out/{i}.json", "0" * 64, reader_needs=need) for i, need in enumerate(needs)]
    assert shared_needs(jobs, workers) == shared


def test_planning_notes_each_documents_reader_needs(tmp_path):
    """The plan judges each document from the bytes it hashes anyway: no second reading."""
    from nlp_pipeline.batch import plan_batch

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes(NOTICE.encode("gb18030"))
    (inbox / "b.txt").write_text(NOTICE, encoding="utf-8")
    (inbox / "c.pdf").write_bytes(b"%PDF-1.4\n")
    plan = plan_batch(inbox, tmp_path / "out")
    assert {job.doc_id: job.reader_needs for job in plan.jobs} == {"a": ("guess",), "b": (), "c": ("pdf",)}


READER_PROBE = """
import json, sys
import nlp_pipeline.batch as batch
names = ("charset_normalizer", "pypdf", "docx")
batch.warm_up(json.loads(sys.argv[1]))
print(json.dumps([name for name in names if name in sys.modules]))
"""


@pytest.mark.parametrize(("needs", "loaded"), [(["guess", "pdf"], ["charset_normalizer", "pypdf"]), ([], [])])
def test_warm_up_imports_the_shared_reader_libraries(needs, loaded):
    result = subprocess.run(
        [sys.executable, "-c", READER_PROBE, json.dumps(needs)], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == loaded


@pytest.mark.parametrize(
    ("files", "ids"),
    [
        (["通知.docx", "方案.pdf"], ["通知", "方案"]),  # unique names: the stem alone
        (["a/通知.docx", "b/通知.docx", "b/方案.pdf"], ["a_通知", "b_通知", "方案"]),  # one stem twice: its path
        (["通知.docx", "通知.pdf"], ["通知_docx", "通知_pdf"]),  # even the path repeats: its suffix too
    ],
)
def test_doc_ids_name_each_file_apart(files, ids):
    root = PurePosixPath("/inbox")
    assert _doc_ids([root / name for name in files], root) == ids
