"""PDF: the text layer, page by page. A PDF without one is an error, not an empty document."""
from __future__ import annotations

import io
import logging

from ..errors import NoTextLayer, UnreadableDocument


def read_pdf(data: bytes, source: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise UnreadableDocument(source, f"the PDF cannot be read: {error}") from None
    text = "\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise NoTextLayer(source, f"{len(pages)} page(s), no extractable text")
    return text
