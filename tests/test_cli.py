"""The command line: exit codes, formats, messages a clerk can read."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from nlp_pipeline import __version__
from nlp_pipeline.cli import main

NOTICE = (
    "关于开展燃气安全检查的通知\n各乡镇人民政府：\n县住房和城乡建设局要于6月底前完成城区餐饮场所燃气安全检查。\n"
    "县应急管理局\n2024年5月6日\n"
)


@pytest.fixture
def notice(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(NOTICE.encode("gb18030"))
    return path


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and __version__ in capsys.readouterr().out


def test_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "nlp_pipeline.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "任务分解表" in result.stdout and "batch" in result.stdout


def test_normalize_prints_text(notice, capsys):
    assert main(["normalize", str(notice)]) == 0
    assert "6月底前" in capsys.readouterr().out


def test_extract_json_on_stdout(notice, capsys):
    assert main(["extract", str(notice), "--date", "2024-05-06"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["doc_id"] == "notice" and record["source"]["encoding"] == "gb18030"


@pytest.mark.parametrize("fmt", ["md", "csv", "xlsx", "json"])
def test_extract_formats_to_file(notice, tmp_path, fmt):
    out = tmp_path / f"checklist.{fmt}"
    assert main(["extract", str(notice), "--format", fmt, "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    if fmt == "xlsx":
        assert "全部任务" in pd.read_excel(out, sheet_name=None)
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_extract_to_a_named_pipe_writes_into_it_and_leaves_the_pipe(notice, tmp_path):
    """`-o /dev/null` or a pipe: the output goes into it; a rename over it would have put a plain
    file where the device or pipe was."""
    import os
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    assert main(["extract", str(notice), "-o", str(pipe)]) == 0
    reader.join(10)
    assert json.loads(received[0])["doc_id"] == "notice"
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_extract_to_a_link_replaces_the_file_it_names_and_keeps_the_link(notice, tmp_path):
    target, link = tmp_path / "record.json", tmp_path / "latest.json"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    assert main(["extract", str(notice), "-o", str(link)]) == 0
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["doc_id"] == "notice"


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["extract", "missing.txt"], 1, "找不到"),
        (["normalize", "missing.txt"], 1, "找不到"),
        (["extract", "{empty}"], 1, "空的"),
        (["extract", "{binary}"], 1, "二进制"),
        (["extract", "{notice}", "--format", "xlsx"], 2, "-o"),
        (["batch", "{empty_dir}", "-o", "{out}"], 2, "no documents"),
        (["batch", "{notice_dir}", "-o", "{notice}"], 2, "is a file"),
        (["batch", "{notice_dir}", "-o", "{out}", "--workers", "0"], 2, "at least 1"),
    ],
)
def test_errors_are_one_line_with_exit_codes(tmp_path, notice, capsys, argv, code, message):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty-dir").mkdir()
    names = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "notice": notice,
        "empty_dir": tmp_path / "empty-dir",
        "out": tmp_path / "out",
        "notice_dir": notice.parent,
    }
    assert main([arg.format(**names) for arg in argv]) == code
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract"])
    assert exit_.value.code == 2


def test_batch_prints_summary_and_where_the_checklist_is(notice, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["batch", str(notice.parent), "-o", str(out), "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["processed"] == 1
    assert str(out / "checklist.xlsx") in captured.err


# -- index: delete and re-extract indexed documents --------------------------------------------


@pytest.fixture
def indexed(notice, tmp_path, capsys):
    db = tmp_path / "archive.db"
    out = tmp_path / "out"
    assert main(["batch", str(notice.parent), "-o", str(out), "--workers", "1"]) == 0
    assert main(["index", str(out), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def _search_ids(db, capsys) -> list[str]:
    assert main(["search", "燃气", "--db", str(db), "--format", "json"]) == 0
    return [result["doc_id"] for result in json.loads(capsys.readouterr().out)["results"]]


def test_index_delete_removes_a_document(indexed, capsys):
    assert _search_ids(indexed, capsys) == ["notice"]
    assert main(["index", "--delete", "notice", "--db", str(indexed)]) == 0
    assert json.loads(capsys.readouterr().out)["removed"] == 1
    assert _search_ids(indexed, capsys) == []


def test_index_delete_of_an_unknown_id_says_so_in_chinese(indexed, capsys):
    assert main(["index", "--delete", "notice", "--delete", "没有这份", "--db", str(indexed)]) == 1
    err = capsys.readouterr().err
    assert "检索库中没有这些文档：没有这份" in err and "其余 1 份已删除" in err


def test_index_reindex_extracts_a_stored_document_again(indexed, capsys):
    from nlp_pipeline.search import Index

    with Index(indexed) as index:
        before = index.record("notice")
    assert before is not None and before.tasks
    assert main(["index", "--reindex", "notice", "--db", str(indexed)]) == 0
    assert json.loads(capsys.readouterr().out)["reindexed"] == ["notice"]
    with Index(indexed) as index:
        assert index.record("notice").to_dict() == before.to_dict()  # same rules, same record


@pytest.mark.parametrize("argv", [["index", "--db", "x.db"], ["index", "in", "--delete", "a", "--db", "x.db"]])
def test_index_wants_one_of_input_delete_or_reindex(argv, capsys):
    assert main(argv) == 2
    assert "只给一种" in capsys.readouterr().err


def test_batch_with_failed_documents_exits_3_and_writes_everything_else(notice, tmp_path, capsys):
    (notice.parent / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["batch", str(notice.parent), "-o", str(out), "--workers", "1"]) == 3
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert (summary["processed"], summary["failed"]) == (1, 1)
    assert "1 个文档处理失败（共 2 个）" in captured.err and str(out / "errors.jsonl") in captured.err
    for name in ("docs/notice.json", "checklist.csv", "checklist.xlsx", "checklist.md", "summary.json"):
        assert (out / name).is_file(), name
    assert json.loads((out / "errors.jsonl").read_text(encoding="utf-8").splitlines()[0])["doc_id"] == "empty"


def test_batch_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    assert "3 some documents failed" in capsys.readouterr().out


def test_extract_reports_an_internal_error_in_one_line(notice, capsys, monkeypatch):
    import nlp_pipeline.pipeline

    def broken(path, date=None):
        raise ValueError("boilerplate: overlapping edits at 12")

    monkeypatch.setattr(nlp_pipeline.pipeline, "process", broken)
    assert main(["extract", str(notice)]) == 1
    err = capsys.readouterr().err.strip()
    assert "程序内部出错" in err and "overlapping edits" in err and len(err.splitlines()) == 1
