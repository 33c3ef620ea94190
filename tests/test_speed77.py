"""The batch's fixed seconds (docs/benchmarks.md, speed77): a settled pool is not waited for before
the finish (its workers' exits overlap the coordinator's writing), and the script step asks each
character once without `np.unique`, whose first call imports numpy.ma."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from nlp_pipeline.normalize import script

# --- the script step's traditional-only mask -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "traditional"),
    [
        ("關於開展檢查開", "關開檢開"),  # 於 展 查 are in GB2312 too; 開 twice: asked once, both marked
        ("关于开展检查", ""),  # simplified: none
        ("县應急管理局", "應"),  # one traditional-only character among simplified ones
        ("安全生产abc123", ""),  # shared characters and ASCII: none
        ("隱患隱患隱患", "隱隱隱"),  # the same character at several positions: each position marked
        ("", ""),
    ],
)
def test_traditional_only_positions(text, traditional):
    points = np.fromiter(map(ord, text), dtype=np.int64, count=len(text))
    mask = script.traditional_only_mask(points, np.arange(len(text)))
    assert "".join(ch for ch, marked in zip(text, mask.tolist(), strict=True) if marked) == traditional
    assert mask.tolist() == [script.is_traditional_only(ch) for ch in text]


def test_positions_outside_where_are_never_marked():
    text = "關於開展"
    points = np.fromiter(map(ord, text), dtype=np.int64, count=len(text))
    assert script.traditional_only_mask(points, np.array([1, 2])).tolist() == [
        False,
        False,
        True,
        False,
    ]  # 關 not asked


READ_A_TRADITIONAL_TEXT = """
import sys
from nlp_pipeline.normalize import normalize
normalize("關於做好汛期安全防範工作的通知\\n各鄉鎮要立即開展地質災害隱患巡查。")
print("numpy.ma" in sys.modules)
"""


def test_a_traditional_text_does_not_import_numpy_ma():
    shown = subprocess.run([sys.executable, "-c", READ_A_TRADITIONAL_TEXT], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"


# --- the pool's end ------------------------------------------------------------------------------


def _spy_on_shutdown(monkeypatch) -> list[dict]:
    from concurrent.futures import ProcessPoolExecutor

    calls: list[dict] = []
    shutdown = ProcessPoolExecutor.shutdown

    def spied(self, wait=True, *, cancel_futures=False):
        calls.append({"wait": wait, "cancel_futures": cancel_futures})
        return shutdown(self, wait=wait, cancel_futures=cancel_futures)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", spied)
    return calls


def _inbox(tmp_path, documents: dict[str, bytes]):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, data in documents.items():
        (inbox / name).write_bytes(data)
    return inbox


NOTICES = {
    f"notice{i}.txt": f"关于开展燃气安全检查的通知\n县住建局要于{i + 1}月底前完成餐饮场所燃气安全检查。".encode()
    for i in range(3)
}


# A fresh interpreter, as the CLI's batch runs: forked from this test process, a worker copies
# whatever the threads earlier tests left (a progress monitor, an executor's idle thread) happened
# to hold at that instant, and whether it then exits says nothing about the pool's end.
# The workers are watched, never waited for here: `join`, `is_alive` and `active_children` each
# reap, and a reap racing the pool's own thread for the same child loses with ECHILD and reads
# "alive". A pid the kernel no longer knows was exited and reaped; a zombie still answers kill 0.
RUN_A_SETTLED_POOL = """
import multiprocessing.process, os, pathlib, sys, time
import nlp_pipeline.batch as batch
batch.POOL_MIN_JOBS = 2
summary = batch.run_batch(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), workers=2, progress=False)
workers = [child.pid for child in multiprocessing.process._children]


def known(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


deadline = time.monotonic() + 60
while any(map(known, workers)) and time.monotonic() < deadline:
    time.sleep(0.05)
print(summary["processed"], summary["failed"], len(workers), sum(map(known, workers)))
"""


def test_a_settled_pool_is_not_waited_for(tmp_path, monkeypatch):
    import nlp_pipeline.batch as batch

    calls = _spy_on_shutdown(monkeypatch)
    monkeypatch.setattr(batch, "POOL_MIN_JOBS", 2)
    summary = batch.run_batch(_inbox(tmp_path, NOTICES), tmp_path / "out", workers=2, progress=False)
    assert summary["processed"] == len(NOTICES) and summary["failed"] == 0
    assert calls == [{"wait": False, "cancel_futures": False}]
    assert sorted(p.name for p in (tmp_path / "out" / "docs").iterdir()) == [f"notice{i}.json" for i in range(3)]


def test_a_settled_pool_s_workers_are_joined_after_the_batch(tmp_path):
    inbox = _inbox(tmp_path, NOTICES)
    shown = subprocess.run(
        [sys.executable, "-c", RUN_A_SETTLED_POOL, str(inbox), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    processed, failed, workers, alive = map(int, shown.stdout.split())
    assert (processed, failed, alive) == (len(NOTICES), 0, 0)
    assert workers <= 2  # the pool's own, none from elsewhere


def test_a_broken_pool_is_still_waited_for_before_its_documents_are_retried(tmp_path, monkeypatch):
    import os

    import nlp_pipeline.batch as batch

    calls = _spy_on_shutdown(monkeypatch)
    process_job = batch.process_job

    def dies_on_the_second(job):
        if job.doc_id == "notice1" and os.getpid() != coordinator:
            os._exit(9)
        return process_job(job)

    coordinator = os.getpid()
    monkeypatch.setattr(batch, "process_job", dies_on_the_second)
    monkeypatch.setattr(batch, "POOL_MIN_JOBS", 2)
    summary = batch.run_batch(_inbox(tmp_path, NOTICES), tmp_path / "out", workers=2, progress=False)
    assert summary["failed"] >= 1  # the retry's pool breaks too: notice1 and whatever it took with it
    assert '"doc_id": "notice1"' in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8")
    assert calls[0] == {"wait": True, "cancel_futures": False}  # broken: the retry's pool starts after it
