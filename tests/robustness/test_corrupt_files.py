"""A corpus of corrupt files, generated here: each file gives its own clear error class, on its
own and through the CLI, and a batch over them beside good files writes every good document."""

from __future__ import annotations

import io
import json
import random
import zipfile

import pytest

from nlp_pipeline import errors
from nlp_pipeline.batch import run_batch
from nlp_pipeline.cli import main
from nlp_pipeline.readers import read_document

NOTICE = (
    "关于做好汛期安全防范工作的通知\n各乡镇人民政府，县直各有关单位：\n"
    "县应急管理局牵头，县水利局配合，于6月底前完成地质灾害隐患点巡查。"
)


def _docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    """A .docx whose one highly compressible member unpacks past the 200 MB cap (about 200 KB here)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(210):
                member.write(block)
    return buffer.getvalue()


def _pdf(draw) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    draw(page)
    page.save()
    return buffer.getvalue()


def _scan(page) -> None:
    page.rect(100, 100, 300, 400, fill=1)


def _text_page(page) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page.setFont("STSong-Light", 12)
    for n, line in enumerate(NOTICE.splitlines()):
        page.drawString(50, 800 - 20 * n, line)


def _fifty_megabytes() -> bytes:
    line = "各乡镇要立即开展隐患排查。\n".encode()
    return line * (50 * 2**20 // len(line) + 1)


SCRIPTS_ONLY = (
    b"<!DOCTYPE html><html><head><script>var a = 1;</script></head><body>"
    b"<script>document.write('x')</script><noscript></noscript><style>p{}</style></body></html>"
)
# file name -> (its bytes or a function making them, the error class it must give)
CORRUPT = {
    "zero-bytes.txt": (b"", errors.EmptyDocument),
    "blank-lines.txt": (b"\r\n  \n\t\n", errors.EmptyDocument),
    "random-binary.txt": (random.Random(8).randbytes(4096), errors.BinaryContent),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(9).randbytes(2000), errors.BinaryContent),
    "truncated.docx": (lambda: _docx([NOTICE] * 20)[:1500], errors.UnreadableDocument),
    "not-word.docx": (lambda: _docx_without_document_part(), errors.UnreadableDocument),
    "zip-bomb.docx": (_zip_bomb, errors.DocumentTooLarge),
    "scan.pdf": (lambda: _pdf(_scan), errors.NoTextLayer),
    "truncated.pdf": (lambda: _pdf(_text_page)[:400], errors.UnreadableDocument),
    "scripts-only.html": (SCRIPTS_ONLY, errors.EmptyDocument),
    "fifty-megabytes.txt": (_fifty_megabytes, errors.DocumentTooLarge),
    "old-word.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), errors.UnsupportedFormat),
}
GOOD = {
    "good-gb18030.txt": lambda: NOTICE.encode("gb18030"),
    "good-big5.txt": lambda: _traditional(NOTICE).encode("big5"),
    "good-word.docx": lambda: _docx(NOTICE.splitlines()),
    "good-page.html": lambda: f"<html><body><h1>通知</h1><p>{NOTICE}</p></body></html>".encode(),
    "good-text-layer.pdf": lambda: _pdf(_text_page),
}


def _docx_without_document_part() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/zip")
    return buffer.getvalue()


def _traditional(text: str) -> str:
    from nlp_pipeline.resources import opencc_converter

    return opencc_converter("s2t").convert(text)


def _write(path, content) -> None:
    path.write_bytes(content() if callable(content) else content)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inbox")
    for name, (content, _) in CORRUPT.items():
        _write(folder / name, content)
    for name, content in GOOD.items():
        _write(folder / name, content)
    return folder


@pytest.mark.parametrize("name", CORRUPT)
def test_each_corrupt_file_gives_its_error(inbox, name):
    expected = CORRUPT[name][1]
    with pytest.raises(expected) as caught:
        read_document(inbox / name)
    message = str(caught.value)
    assert name in message and caught.value.reason in message and "\n" not in message


@pytest.mark.parametrize("name", CORRUPT)
def test_the_cli_says_it_in_one_line_and_exits_1(inbox, name, capsys):
    assert main(["extract", str(inbox / name)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("nlp-pipeline: error: ") and captured.err.count("\n") == 1
    assert CORRUPT[name][1].reason in captured.err


@pytest.mark.parametrize("name", GOOD)
def test_the_good_files_read(inbox, name):
    assert "6月底前完成" in read_document(inbox / name).text


def test_a_batch_over_corrupt_and_good_files_writes_every_good_document(inbox, tmp_path):
    out = tmp_path / "out"
    summary = run_batch(inbox, out, workers=2, progress=False)
    assert (summary["documents"], summary["processed"], summary["failed"]) == (
        len(CORRUPT) + len(GOOD),
        len(GOOD),
        len(CORRUPT),
    )
    written = sorted(p.name for p in (out / "docs").iterdir())
    assert written == sorted(f"{name.rsplit('.', 1)[0]}.json" for name in GOOD)
    for path in (out / "docs").iterdir():
        assert "6月底前完成" in json.loads(path.read_text(encoding="utf-8"))["text"]
    failures = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    by_name = {failure["path"].rsplit("/", 1)[-1]: failure for failure in failures}
    assert set(by_name) == set(CORRUPT)
    for name, (_, expected) in CORRUPT.items():
        assert issubclass(getattr(errors, by_name[name]["error_type"]), expected), name
        assert name in by_name[name]["reason"]
    assert not list(out.rglob(".tmp-*"))


def test_one_notice_as_word_and_as_pdf_keeps_two_records(tmp_path):  # .notes/robustness-findings.md #5
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "通知.docx").write_bytes(GOOD["good-word.docx"]())
    (inbox / "通知.pdf").write_bytes(GOOD["good-text-layer.pdf"]())
    summary = run_batch(inbox, tmp_path / "out", workers=1, progress=False)
    assert summary["processed"] == 2
    assert len(list((tmp_path / "out" / "docs").iterdir())) == 2
