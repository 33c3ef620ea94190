"""Crash safety: a batch killed with SIGKILL (twice, at different points) and rerun ends with
outputs byte-identical to an uninterrupted run's (summary.json aside: it holds timings), and
leaves no temp files behind."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

DOCUMENTS = 240
BAD_DOCUMENTS = {"empty-1.txt": b"", "empty-2.txt": b"  \n", "noise.txt": bytes(range(256)) * 4}
SUBJECTS = ["各乡镇人民政府", "县应急管理局", "县住房和城乡建设局", "县交通运输局", "县消防救援大队", "各有关企业"]
ACTIONS = [
    "立即开展燃气安全专项检查",
    "于6月底前完成人员密集场所消防安全排查",
    "落实安全生产责任制",
    "在年底前制定隐患排查治理工作方案",
    "加强危险化学品运输车辆监管",
    "每月组织一次应急演练",
]
ENCODINGS = ["utf-8", "gb18030", "utf-16"]
BYTE_IDENTICAL = ["errors.jsonl", "checklist.csv", "checklist.md", "checklist.xlsx"]
# The kill must land while documents are still being written, however fast this machine is: the
# batch runs with each document slowed by a few milliseconds (forked workers inherit the patch).
SLOWED_CLI = """
import sys, time
import nlp_pipeline.pipeline as pipeline
from nlp_pipeline.cli import main
process_raw = pipeline.process_raw
def slowed(*args, **kwargs):
    time.sleep(0.01)
    return process_raw(*args, **kwargs)
pipeline.process_raw = slowed
sys.exit(main(sys.argv[1:]))
"""


def _write_inbox(folder: Path) -> None:
    rng = random.Random(20240506)
    folder.mkdir()
    for n in range(DOCUMENTS):
        lines = [f"关于做好第{n}批安全生产工作的通知"]
        lines += [f"{rng.choice(SUBJECTS)}要{rng.choice(ACTIONS)}。" for _ in range(rng.randint(2, 8))]
        (folder / f"doc-{n:03d}.txt").write_bytes("\n".join(lines).encode(ENCODINGS[n % len(ENCODINGS)]))
    for name, data in BAD_DOCUMENTS.items():
        (folder / name).write_bytes(data)


def _batch(inbox: Path, out: Path, *, slowed: bool) -> list[str]:
    launcher = ["-c", SLOWED_CLI] if slowed else ["-m", "nlp_pipeline.cli"]
    return [sys.executable, *launcher, "batch", str(inbox), "-o", str(out), "--workers", "2"]


def _records(out: Path) -> list[Path]:
    docs = out / "docs"
    return sorted(docs.glob("*.json")) if docs.is_dir() else []


def _kill_when(inbox: Path, out: Path, records: int) -> None:
    """Start the batch in its own process group; SIGKILL the whole group once `records` exist."""
    batch = subprocess.Popen(
        _batch(inbox, out, slowed=True), start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 240
        while len(_records(out)) < records:
            assert batch.poll() is None, "the batch ended before it could be killed"
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.005)
    finally:
        os.killpg(batch.pid, signal.SIGKILL)
        batch.wait()
    assert not (out / "summary.json").exists(), "the kill came too late to interrupt the batch"
    for record in _records(out):  # atomic writes: a killed run leaves whole records or none
        json.loads(record.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    inbox, reference, killed = root / "inbox", root / "reference", root / "killed"
    _write_inbox(inbox)
    clean = subprocess.run(_batch(inbox, reference, slowed=False), capture_output=True, text=True)
    assert clean.returncode == 3, clean.stderr  # 3: the bad documents failed, all else is written
    _kill_when(inbox, killed, DOCUMENTS // 3)
    _kill_when(inbox, killed, 2 * DOCUMENTS // 3)
    finished = subprocess.run(_batch(inbox, killed, slowed=False), capture_output=True, text=True)
    assert finished.returncode == 3, finished.stderr
    return reference, killed


def test_every_record_is_byte_identical(runs):
    reference, killed = runs
    expected = _records(reference)
    assert len(expected) == DOCUMENTS
    assert [p.name for p in _records(killed)] == [p.name for p in expected]
    assert all(p.read_bytes() == (killed / "docs" / p.name).read_bytes() for p in expected)


@pytest.mark.parametrize("name", BYTE_IDENTICAL)
def test_errors_and_checklists_are_byte_identical(runs, name):
    reference, killed = runs
    assert (killed / name).read_bytes() == (reference / name).read_bytes()


def test_errors_name_every_bad_document(runs):
    reference, _ = runs
    failed = [
        json.loads(line)["doc_id"] for line in (reference / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert failed == sorted(Path(name).stem for name in BAD_DOCUMENTS)


def test_the_summary_counts_agree(runs):
    reference, killed = runs
    expected, got = (json.loads((out / "summary.json").read_text(encoding="utf-8")) for out in (reference, killed))
    counts = ("documents", "failed", "tasks", "characters", "pipeline_version")
    assert {key: got[key] for key in counts} == {key: expected[key] for key in counts}
    assert got["processed"] + got["skipped_current"] == DOCUMENTS


def test_no_temp_files_are_left(runs):
    for out in runs:
        assert not list(out.rglob(".tmp-*"))
