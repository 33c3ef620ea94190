"""PDF: the text layer, page by page. A PDF without one is an error, not an empty document.

Limits are checked as the file is read, so that a huge PDF fails in seconds: at most
`MAX_PAGES` pages, and reading stops once the text passes the character cap. pypdf's own
errors, its limit errors among them, become `UnreadableDocument`.
"""

from __future__ import annotations

import io
import logging

from ..errors import DocumentTooLarge, NoTextLayer, UnreadableDocument

# A thousand-page report is already past what one checklist can usefully hold.
MAX_PAGES = 2000


def read_pdf(data: bytes, source: str, max_characters: int) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    pages: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise DocumentTooLarge(source, f"{count:,} 页，上限 {MAX_PAGES:,} 页")
        characters = 0
        for page in reader.pages:
            pages.append((page.extract_text() or "").strip())
            characters += len(pages[-1])
            if characters > max_characters:
                raise DocumentTooLarge(source, f"前 {len(pages):,} 页已超过 {max_characters:,} 字的上限")
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        OSError,
        RecursionError,
        AttributeError,
        IndexError,
        ZeroDivisionError,
    ) as error:  # pypdf meets damaged files in many ways
        raise UnreadableDocument(source, f"PDF 无法读取：{type(error).__name__}: {error}") from None
    text = "\n".join(page for page in pages if page)
    if not text:
        raise NoTextLayer(source, f"{len(pages)} 页都没有可提取的文字")
    return text
