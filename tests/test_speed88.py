"""Issue 19, speed88: a batch's finishing files written together, their flushes to disk at once.

`finish_batch` wrote errors.jsonl, the three checklists and summary.json one after another, each
renamed into place after its own fsync, so the batch's serial end waited for the disk five times;
now every file is made first and `io.write_all` writes them, flushed together (one thread each)
and renamed in order. The files are the same bytes; these cases check the writing itself."""

from __future__ import annotations

import os
import threading

import pytest

from nlp_pipeline.batch import io as batch_io
from nlp_pipeline.batch import run_batch

NOTICE = "关于开展燃气安全检查的通知\n县住建局牵头，6月底前完成餐饮场所燃气安全检查。\n"
FINISHING_FILES = ["errors.jsonl", "checklist.csv", "checklist.xlsx", "checklist.md", "summary.json"]


def _flushing_threads(monkeypatch) -> list[str]:
    """The names of the threads that call fsync from now on."""
    seen: list[str] = []
    real_fsync = os.fsync

    def noted(descriptor: int) -> None:
        seen.append(threading.current_thread().name)
        real_fsync(descriptor)

    monkeypatch.setattr(batch_io.os, "fsync", noted)
    return seen


# (case, files to write, how many flushes run outside the caller's thread)
CASES = [
    ("several files: flushed in threads of their own", {"a.txt": b"1", "b.csv": b"2,3", "c.md": b"| x |"}, 3),
    ("one file (a worker's record): flushed in the caller's thread", {"record.json": b"{}"}, 0),
    ("nothing to write", {}, 0),
]


@pytest.mark.parametrize(("case", "files", "threaded"), CASES, ids=[case for case, _, _ in CASES])
def test_files_written_together(tmp_path, monkeypatch, case, files, threaded):
    seen = _flushing_threads(monkeypatch)
    batch_io.write_all_atomic([(tmp_path / name, data) for name, data in files.items()])
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == files  # no temp file left
    assert len(seen) == len(files)
    assert sum(name != threading.main_thread().name for name in seen) == threaded


def test_a_link_is_followed_and_a_device_written_directly(tmp_path):
    target = tmp_path / "real.csv"
    target.write_bytes(b"old")
    (tmp_path / "link.csv").symlink_to(target)
    batch_io.write_all_atomic([(tmp_path / "link.csv", b"new"), (tmp_path / "other.md", b"md")])
    assert (tmp_path / "link.csv").is_symlink() and target.read_bytes() == b"new"
    batch_io.write_all_atomic([(tmp_path / "kept.md", b"x")])
    if os.path.exists("/dev/null"):
        batch_io.write_all_atomic([(tmp_path / "kept2.md", b"y"), (batch_io.Path("/dev/null"), b"z")])
        assert (tmp_path / "kept2.md").read_bytes() == b"y"


def test_a_failed_flush_leaves_the_old_files_and_no_debris(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(b"old a")

    def failing(descriptor: int) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(batch_io.os, "fsync", failing)
    with pytest.raises(OSError, match="disk gone"):
        batch_io.write_all_atomic([(tmp_path / "a.txt", b"new a"), (tmp_path / "b.txt", b"new b")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"old a"


def test_a_batch_flushes_its_finishing_files_together(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "notice.txt").write_text(NOTICE, encoding="utf-8")
    seen = _flushing_threads(monkeypatch)
    run_batch(inbox, tmp_path / "out", workers=1, progress=False)
    # the record, flushed by itself in the caller's thread; then the five together
    assert seen[0] == threading.main_thread().name
    assert sum(name != threading.main_thread().name for name in seen) == len(FINISHING_FILES)
    assert all((tmp_path / "out" / name).is_file() for name in FINISHING_FILES)


@pytest.mark.xfail(
    strict=True,
    reason="measured and left (speed88): the checklists are all made before the first flush starts; "
    "flushing errors.jsonl and the CSV while the workbook is deflated would hide a little more",
)
def test_the_workbook_made_while_the_first_files_flush(tmp_path, monkeypatch):
    from nlp_pipeline import export

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "notice.txt").write_text(NOTICE, encoding="utf-8")
    events: list[str] = []
    real_fsync, real_xlsx = os.fsync, export.Checklist.xlsx
    monkeypatch.setattr(batch_io.os, "fsync", lambda fd: (events.append("flush"), real_fsync(fd))[1])
    monkeypatch.setattr(export.Checklist, "xlsx", lambda self: (events.append("xlsx"), real_xlsx(self))[1])
    run_batch(inbox, tmp_path / "out", workers=1, progress=False)
    assert events.index("xlsx") > events.index("flush", 1)  # after a finishing file's flush began
