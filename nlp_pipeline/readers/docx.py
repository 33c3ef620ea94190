"""Word .docx: paragraphs and tables in document order; table rows as `cell|cell|cell` lines.

Many notices carry their 任务分解表 as a Word table, so rows keep their cells. The archive is
checked before it is opened, from its directory alone: a .docx whose parts would inflate past
the size cap is refused, and so is one whose XML (what python-docx parses into memory, some
ten bytes of tree per byte, at about 3 MB a second) is larger than any real document's.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import DocumentTooLarge, EmptyDocument, UnreadableDocument

MAX_UNCOMPRESSED = 200 * 1024 * 1024
# A 1,000,000-character document in bold runs is 4 MB of XML; 32 MB leaves room for heavy
# formatting and keeps parsing to seconds and some hundreds of MB.
MAX_XML_BYTES = 32 * 1024 * 1024
XML_PARTS = (".xml", ".rels")


def _check_archive(data: bytes, source: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(member.file_size for member in members)
            xml = sum(member.file_size for member in members if member.filename.lower().endswith(XML_PARTS))
            if "word/document.xml" not in {member.filename for member in members}:
                raise UnreadableDocument(source, "压缩包里没有 word/document.xml，不是 Word 文档")
            if total > MAX_UNCOMPRESSED:
                raise DocumentTooLarge(source, f"解压后 {total // 2**20} MB，上限 {MAX_UNCOMPRESSED // 2**20} MB")
            if xml > MAX_XML_BYTES:
                raise DocumentTooLarge(
                    source, f"文档结构（XML）解压后 {xml // 2**20} MB，" f"上限 {MAX_XML_BYTES // 2**20} MB"
                )
            if archive.testzip() is not None:
                raise UnreadableDocument(source, ".docx 压缩包已损坏")
    except zipfile.BadZipFile:
        raise UnreadableDocument(source, ".docx 压缩包不完整或已损坏") from None


def _row_cells(row) -> list[str]:
    cells: list[str] = []
    previous = None
    for cell in row.cells:
        if cell._tc is previous:  # a merged cell repeats itself across the span
            continue
        previous = cell._tc
        cells.append(" ".join(cell.text.split()))
    return cells


def read_docx(data: bytes, source: str) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_archive(data, source)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on damaged parts
        raise UnreadableDocument(source, f".docx 无法打开：{error}") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                lines.append(block.text.strip())
        elif isinstance(block, Table):
            for row in block.rows:
                cells = _row_cells(row)
                if any(cells):
                    lines.append("|".join(cells))
    if not lines:
        raise EmptyDocument(source, "Word 文档里没有文字")
    return "\n".join(lines)
