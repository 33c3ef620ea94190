"""The Dask engine gives the local engine's outputs byte for byte, isolates bad documents and
dying workers, resumes, and keeps the per-document time limit inside worker threads."""

from __future__ import annotations

import json
import shutil
import sys
import threading
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from nlp_pipeline.batch import Job, JobResult, process_job, run_batch  # noqa: E402
from nlp_pipeline.batch.dask_engine import LOCAL_CLUSTER_CONFIG, run_batch_dask, run_within_time_limit  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "corpora" / "sample"
# Written for this test; used when the sample corpus is not in the checkout.
OWN_DOCUMENTS = {
    "notice.txt": (
        "关于开展危险化学品安全专项检查的通知\n各镇人民政府，区有关部门：\n"
        "一、区应急管理局要于7月底前完成辖区危险化学品企业全覆盖检查。\n"
        "二、各镇要立即组织开展燃气用户安全隐患排查。\n区安全生产委员会办公室\n2024年6月3日",
        "gb18030",
    ),
    "speech.txt": (
        "在全区防汛工作会议上的讲话\n同志们：\n各部门要落实24小时值班制度，" "区水务局要在汛前完成水库除险加固。",
        "utf-8",
    ),
    "minutes.txt": ("安全生产工作例会纪要\n会议要求：区市场监管局要于9月30日前完成特种设备隐患整改。", "utf-8"),
}
COMPARED = ("errors.jsonl", "checklist.csv", "checklist.md")


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    documents = [p for p in SAMPLE.rglob("*") if p.is_file()] if SAMPLE.is_dir() else []
    if documents:
        shutil.copytree(SAMPLE, inbox)
    else:
        inbox.mkdir()
        for name, (text, codec) in OWN_DOCUMENTS.items():
            (inbox / name).write_bytes(text.encode(codec))
    (inbox / "broken.docx").write_bytes(b"PK\x03\x04 cut short")
    (inbox / "empty.txt").write_bytes(b"")
    return inbox


def _outputs(out: Path) -> dict[str, bytes]:
    files = {f"docs/{p.name}": p.read_bytes() for p in sorted((out / "docs").glob("*.json"))}
    files.update({name: (out / name).read_bytes() for name in COMPARED})
    return files


@pytest.fixture(scope="module")
def cluster():
    import dask

    with (
        dask.config.set(LOCAL_CLUSTER_CONFIG),
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
    ):
        yield cluster


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("local")
    inbox = _inbox(base)
    summary = run_batch(inbox, base / "out", workers=2, progress=False)
    return inbox, base / "out", summary


def test_a_local_cluster_gives_the_local_engines_outputs(tmp_path, local_run):
    inbox, local_out, local_summary = local_run
    out = tmp_path / "out"
    summary = run_batch_dask(inbox, out, workers=2, progress=False)
    assert _outputs(out) == _outputs(local_out)
    for key in ("documents", "processed", "skipped_current", "failed", "tasks", "characters"):
        assert summary[key] == local_summary[key], key
    assert summary["failed"] == 2 and summary["processed"] == summary["documents"] - 2
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["doc_id"] for e in errors] == ["broken", "empty"]
    assert (out / "checklist.xlsx").is_file() and not list(out.rglob(".tmp-*"))


def test_a_rerun_on_a_scheduler_address_skips_everything(tmp_path, local_run, cluster):
    inbox, local_out, _ = local_run
    out = tmp_path / "out"
    first = run_batch_dask(inbox, out, scheduler=cluster.scheduler_address, progress=False)
    written = {p.name: p.stat().st_mtime_ns for p in (out / "docs").glob("*.json")}
    again = run_batch_dask(inbox, out, scheduler=cluster.scheduler_address, progress=False)
    assert again["processed"] == 0 and again["skipped_current"] == first["processed"]
    assert again["failed"] == 2  # bad documents are retried: they may have been fixed
    assert {p.name: p.stat().st_mtime_ns for p in (out / "docs").glob("*.json")} == written
    assert _outputs(out) == _outputs(local_out)
    assert again["workers"] == 2


class CrashOnDocument(distributed.WorkerPlugin):
    """Makes every worker process die, as from a segfault, when it reads one document."""

    def __init__(self, name: str) -> None:
        self.name = name

    def setup(self, worker) -> None:
        import os

        import nlp_pipeline.pipeline as pipeline

        real, name = pipeline.process_raw, self.name

        def dying(raw, **options):
            if raw.name == name:
                os._exit(1)
            return real(raw, **options)

        pipeline.process_raw = dying


def test_a_dying_worker_costs_only_its_document(tmp_path, cluster):
    import cloudpickle

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, (text, codec) in OWN_DOCUMENTS.items():
        (inbox / name).write_bytes(text.encode(codec))
    (inbox / "poison.txt").write_text("各镇要立即开展排查。", encoding="utf-8")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test
    with distributed.Client(cluster) as client:
        client.register_plugin(CrashOnDocument("poison.txt"), name="crash-on-poison")
        try:
            summary = run_batch_dask(inbox, tmp_path / "out", scheduler=cluster.scheduler_address, progress=False)
        finally:
            client.unregister_worker_plugin("crash-on-poison")
            # Fresh workers for later tests, without waiting for them: on a loaded machine their
            # start-up can outlast the restart's timeout, and a later run waits for workers anyway.
            client.restart(wait_for_workers=False)
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [(e["doc_id"], e["error_type"]) for e in errors] == [("poison", "WorkerCrash")]
    assert summary["processed"] == len(OWN_DOCUMENTS)


def _slow(seconds: float):
    def work(job: Job) -> JobResult:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:  # Python bytecode, so interruptible like under SIGALRM
            pass
        return JobResult(job.doc_id, job.path, True)

    return work


def _in_worker_thread(work, job: Job) -> JobResult:
    result = []
    thread = threading.Thread(target=lambda: result.append(run_within_time_limit(work, job)))
    thread.start()
    thread.join(10)
    return result[0]


@pytest.mark.parametrize(
    "work_seconds, limit, error_type",
    [
        (5.0, 0.3, "DocumentTimeout"),
        (0.0, 0.3, None),  # finishing before the limit: nothing is raised later either
        (0.5, 0.0, None),  # 0 switches the limit off
    ],
)
def test_time_limit_in_a_worker_thread(tmp_path, work_seconds, limit, error_type):
    job = Job(str(tmp_path / "slow.txt"), "slow", str(tmp_path / "slow.json"), "0" * 64, limit)
    result = _in_worker_thread(_slow(work_seconds), job)
    assert result.error_type == error_type
    if error_type:
        assert result.error.startswith(f"{job.path}：处理时间超过") and "over 0.3 s" in result.error
    time.sleep(0.5)  # a late interruption would surface here and fail the thread


def test_time_limit_keeps_the_record_of_a_document_that_finishes(tmp_path):
    (tmp_path / "a.txt").write_text("各镇要于6月底前完成燃气隐患排查。", encoding="utf-8")
    job = Job(str(tmp_path / "a.txt"), "a", str(tmp_path / "docs" / "a.json"), "0" * 64, 60)
    result = _in_worker_thread(process_job, job)
    assert result.ok and json.loads((tmp_path / "docs" / "a.json").read_text())["doc_id"] == "a"


def test_fsspec_urls_in_and_out(local_run):
    """memory:// stands for an object store; a threaded cluster shares this process's memory."""
    import fsspec

    inbox, local_out, _ = local_run
    memory = fsspec.filesystem("memory")
    for path in inbox.rglob("*"):
        if path.is_file():
            memory.pipe_file(f"/inbox/{path.relative_to(inbox).as_posix()}", path.read_bytes())
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as threaded:
        summary = run_batch_dask("memory://inbox", "memory://out", scheduler=threaded.scheduler_address, progress=False)
        again = run_batch_dask("memory://inbox", "memory://out", scheduler=threaded.scheduler_address, progress=False)
    assert summary["failed"] == 2 and again["processed"] == 0 and again["skipped_current"] == summary["processed"]
    for local_record in sorted((local_out / "docs").glob("*.json")):
        record = json.loads(memory.cat_file(f"/out/docs/{local_record.name}"))
        expected = json.loads(local_record.read_bytes())
        assert record["source"].pop("path").startswith("memory:///inbox/")
        expected["source"].pop("path")
        assert record == expected
    assert memory.cat_file("/out/checklist.csv") == (local_out / "checklist.csv").read_bytes()
    errors = [json.loads(line) for line in memory.cat_file("/out/errors.jsonl").decode().splitlines()]
    assert [(e["doc_id"], e["error_type"]) for e in errors] == [
        ("broken", "UnreadableDocument"),
        ("empty", "EmptyDocument"),
    ]
    assert json.loads(memory.cat_file("/out/summary.json"))["output_dir"] == "memory:///out"
    memory.rm("/inbox", recursive=True)
    memory.rm("/out", recursive=True)
