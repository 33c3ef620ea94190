"""Word .docx: paragraphs and tables in document order; table rows as `cell|cell|cell` lines.

Many notices carry their 任务分解表 as a Word table, so rows keep their cells. The archive is
checked before it is opened: a .docx whose parts would inflate past the size cap is refused.
"""
from __future__ import annotations

import io
import zipfile

from ..errors import DocumentTooLarge, EmptyDocument, UnreadableDocument

MAX_UNCOMPRESSED = 200 * 1024 * 1024


def _check_archive(data: bytes, source: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(member.file_size for member in members)
            if "word/document.xml" not in {member.filename for member in members}:
                raise UnreadableDocument(source, "not a Word document (no word/document.xml)")
            if total > MAX_UNCOMPRESSED:
                raise DocumentTooLarge(source, f"unpacks to {total // 2**20} MB, over the "
                                       f"{MAX_UNCOMPRESSED // 2**20} MB cap")
            if archive.testzip() is not None:
                raise UnreadableDocument(source, "the .docx archive is corrupt")
    except zipfile.BadZipFile:
        raise UnreadableDocument(source, "the .docx archive is truncated or corrupt") from None


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
        raise UnreadableDocument(source, f"the .docx cannot be opened: {error}") from None
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
        raise EmptyDocument(source, "the Word document has no text")
    return "\n".join(lines)
