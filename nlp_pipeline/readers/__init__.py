"""Readers: the bytes of a document -> its text plus what was learned (encoding, format).

One function per format, chosen by the file's suffix and confirmed by sniffing its bytes (a
.txt that is really a Word file is read as Word). Readers never normalize; they only decode
and lay out text (one block per line, table rows as `cell|cell|cell`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import DocumentTooLarge, EmptyDocument, MissingInput, UnreadableDocument, UnsupportedFormat
from .docx import read_docx
from .encoding import decode
from .markup import text_without_markup
from .pdf import read_pdf

MAX_BYTES = 20 * 1024 * 1024
# The most characters one document may have after reading: spaCy's own limit (the extraction
# parses a document in one piece), a book of some 1,500 pages, a few seconds to process.
MAX_CHARACTERS = 1_000_000
SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    "": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
REFUSED_SUFFIXES = {
    ".doc": "旧版 Word .doc 文件，请在 Word 中另存为 .docx",
    ".wps": "WPS 文件，请在 WPS 中另存为 .docx",
    ".xls": "电子表格不是公文，请把正文另存为 docx 或 txt",
    ".xlsx": "电子表格不是公文，请把正文另存为 docx 或 txt",
}
SUPPORTED = "txt, html, docx, pdf"
# The libraries a reader imports at its first document, by what asks for them: a format (by its
# suffix) or a text whose encoding must be guessed (`encoding.needs_guess`). A batch imports those
# that several of its documents need before it forks its workers (batch/__init__.py, warm_up).
READER_LIBRARIES = {
    "pdf": ("pypdf", "pypdf.errors"),
    "docx": ("docx", "docx.table", "docx.text.paragraph"),
    "guess": ("charset_normalizer",),
}


@dataclass
class RawDocument:
    text: str
    encoding: str | None
    format: str
    path: str | None
    sha256: str
    name: str


def sniff_format(data: bytes) -> str | None:
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:200]:
        return "html"
    return None


def choose_format(data: bytes, filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        raise UnsupportedFormat(filename, REFUSED_SUFFIXES[suffix])
    sniffed = sniff_format(data)
    if suffix not in SUFFIX_FORMATS:
        if sniffed:
            return sniffed
        raise UnsupportedFormat(filename, f"未知的扩展名 {suffix}，支持 {SUPPORTED}")
    declared = SUFFIX_FORMATS[suffix]
    if sniffed and sniffed != declared and not (declared == "txt" and sniffed == "html"):
        return sniffed
    if declared in ("docx", "pdf") and sniffed is None:
        raise UnreadableDocument(filename, f"文件开头不是 .{declared} 的格式标记")
    return declared


def too_large(source: str, size: int) -> DocumentTooLarge:
    return DocumentTooLarge(source, f"{size / 2**20:.1f} MB，上限 {MAX_BYTES // 2**20} MB")


def check_characters(text: str, source: str) -> None:
    """Refuse a text past `MAX_CHARACTERS` before any work is spent on it."""
    if len(text) > MAX_CHARACTERS:
        raise DocumentTooLarge(source, f"正文 {len(text):,} 字，上限 {MAX_CHARACTERS:,} 字")


def read_bytes(data: bytes, filename: str, path: str | None = None) -> RawDocument:
    """Read one document from its bytes; `filename` gives the suffix and the error messages."""
    source = path or filename
    if len(data) > MAX_BYTES:
        raise too_large(source, len(data))
    if not data.strip():
        raise EmptyDocument(source)
    fmt = choose_format(data, filename)
    encoding = None
    if fmt == "txt":
        decoded = decode(data, source)
        text, encoding = text_without_markup(decoded.text), decoded.encoding
    elif fmt == "html":
        from .html import read_html  # lxml loads only for web pages: not in a one-text `extract`

        text, encoding = read_html(data, source)
    elif fmt == "docx":
        text = read_docx(data, source)
    else:
        text = read_pdf(data, source, MAX_CHARACTERS)
    if not text.strip():
        raise EmptyDocument(source, "解码后没有文字")
    check_characters(text, source)
    return RawDocument(
        text=text,
        encoding=encoding,
        format=fmt,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        name=Path(filename).name,
    )


def read_document(path: Path | str) -> RawDocument:
    path = Path(path)
    if not path.exists():
        raise MissingInput(str(path))
    if path.is_dir():
        raise UnsupportedFormat(str(path), "这是文件夹，不是文档；整个文件夹请用 batch 命令")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise too_large(str(path), size)
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(str(path), error.strerror or str(error)) from None
    return read_bytes(data, path.name, path=str(path))
