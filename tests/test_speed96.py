"""A batch's local folders without fsspec (docs/benchmarks.md, speed96): `Location.of` reads a plain
path through `io.PlainFiles`, whose paths and `find` must be fsspec's own (records carry the paths
as `source.path`); every URL with a protocol, a chain or a prefix still goes to fsspec."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from nlp_pipeline.batch.io import PlainFiles, fsspec_local_path, is_plain_path

fsspec_local = pytest.importorskip("fsspec.implementations.local")
LocalFileSystem = fsspec_local.LocalFileSystem


# --- which URLs are plain paths ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "plain"),
    [
        ("inbox", True),
        ("./inbox/", True),
        ("/srv/收件箱", True),
        ("~/inbox", True),
        ("a:b/c", True),  # a colon inside a name: fsspec reads no protocol either
        # near misses: fsspec's own
        ("file:///srv/inbox", False),
        ("memory://inbox", False),
        ("s3://bucket/inbox", False),
        ("simplecache::s3://bucket/inbox", False),
        ("file:inbox", False),  # fsspec strips the prefix
        ("local:inbox", False),
        ("data:text/plain,abc", False),
    ],
)
def test_a_plain_path_is_one_without_protocol_chain_or_prefix(url, plain):
    assert is_plain_path(url) is plain


@pytest.mark.parametrize(
    "path",
    [
        "inbox",
        "inbox/",
        "./inbox",
        ".",
        "./",
        "a/../b",  # not normalised, as fsspec leaves it
        "a//b//",
        "/",
        "/srv/inbox/",
        "/srv/./inbox",
        "~",
        "~/inbox/",
        "收件箱/通知",
        "",
    ],
)
def test_a_plain_path_is_named_as_fsspec_names_it(path):
    assert fsspec_local_path(path) == LocalFileSystem._strip_protocol(path)


# --- find ----------------------------------------------------------------------------------------------


def _tree(root):
    """Files, hidden ones, nested and empty folders, links to a file, to a folder and to nothing."""
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "empty").mkdir()
    for name in ("通知.txt", "sub/a.docx", "sub/deeper/b.pdf", ".hidden/c.txt", ".dot.txt"):
        (root / name).write_bytes(b"x")
    (root / "link-to-file").symlink_to(root / "通知.txt")
    (root / "link-to-folder").symlink_to(root / "sub")
    (root / "dangling").symlink_to(root / "missing")
    os.mkfifo(root / "pipe")
    return root


@pytest.mark.parametrize("start", ["folder", "folder/", "a file", "missing", "empty folder", "link to folder"])
def test_find_lists_what_fsspec_lists(tmp_path, start):
    root = _tree(tmp_path / "inbox")
    path = {
        "folder": str(root),
        "folder/": f"{root}/",
        "a file": str(root / "通知.txt"),
        "missing": str(root / "missing"),
        "empty folder": str(root / "empty"),
        "link to folder": str(root / "link-to-folder"),
    }[start]
    named = fsspec_local_path(path)
    assert PlainFiles().find(named) == LocalFileSystem().find(path)


def test_an_unreadable_folder_is_left_out_as_fsspec_leaves_it(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    root = _tree(tmp_path / "inbox")
    (root / "sub").chmod(0)
    try:
        assert PlainFiles().find(str(root)) == LocalFileSystem().find(str(root))
    finally:
        (root / "sub").chmod(0o755)


def test_the_other_calls_answer_as_fsspecs_do(tmp_path):
    root = _tree(tmp_path / "inbox")
    plain, fsspecs = PlainFiles(), LocalFileSystem()
    for name in ("通知.txt", "sub", "missing", "dangling", "link-to-folder", "pipe"):
        path = str(root / name)
        assert (plain.exists(path), plain.isdir(path), plain.isfile(path)) == (
            fsspecs.exists(path),
            fsspecs.isdir(path),
            fsspecs.isfile(path),
        ), name
    assert plain.cat_file(str(root / "通知.txt")) == fsspecs.cat_file(str(root / "通知.txt"))
    with plain.open(str(root / "sub" / "a.docx")) as handle:
        assert handle.read() == b"x"


# --- the batch ---------------------------------------------------------------------------------------


def test_planning_a_local_folder_does_not_import_fsspec(tmp_path):
    # moved here from test_speed77.py, where it was a strict xfail
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "通知.txt").write_text("关于开展燃气安全检查的通知\n县住建局6月底前完成检查。", encoding="utf-8")
    code = (
        "import sys\nfrom nlp_pipeline.batch import plan_batch, prepare_output\n"
        f"plan = plan_batch({str(inbox)!r}, {str(tmp_path / 'out')!r})\nprepare_output(plan)\n"
        "print('fsspec' in sys.modules, plan.jobs[0].path)"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", str(inbox / "通知.txt")]


def test_a_relative_inbox_is_planned_with_fsspecs_paths(tmp_path, monkeypatch):
    from nlp_pipeline.batch import plan_batch

    (tmp_path / "inbox" / "sub").mkdir(parents=True)
    (tmp_path / "inbox" / "sub" / "通知.txt").write_text("关于开展检查的通知", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    plan = plan_batch("./inbox/", "out")
    assert [job.path for job in plan.jobs] == LocalFileSystem().find("./inbox/")
    assert plan.jobs[0].output == f"{tmp_path}/out/docs/通知.json"
    assert (plan.input_dir, plan.output_dir) == ("./inbox/", "out")  # as given, for the summary


def test_a_url_still_goes_through_fsspec(tmp_path):
    from nlp_pipeline.batch import run_batch

    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    memory.pipe_file("/speed96/inbox/通知.txt", "关于开展燃气安全检查的通知\n县住建局6月底前完成检查。".encode())
    summary = run_batch("memory://speed96/inbox", tmp_path / "out", workers=1, progress=False)
    assert summary["processed"] == 1
    assert (tmp_path / "out" / "docs" / "通知.json").exists()
