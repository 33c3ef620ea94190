"""HTML: the page's text without scripts, styles and navigation; one block per line.

Table rows become `cell|cell|cell` lines so that extraction can read task tables. Boilerplate
inside the body (来源, 浏览次数 …) is left for the normalizer, which knows those patterns.
"""

from __future__ import annotations

import re

from lxml import etree, html

from ..errors import EmptyDocument, UnreadableDocument
from .encoding import decode
from .markup import BLOCKS

DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "head",
)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_to_text(markup: str, source: str) -> str:
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as error:
        raise UnreadableDocument(source, f"HTML 无法解析：{error}") from None
    for element in list(root.iter(*DROPPED)):
        element.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = "".join(current).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "tr":
            flush()
            cells = [" ".join(cell.text_content().split()) for cell in element if cell.tag in ("td", "th")]
            if any(cells):
                lines.append("|".join(cells))
            return
        if tag in BLOCKS:
            flush()
        if element.text and tag:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if tag in BLOCKS:
            flush()

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return "\n".join(" ".join(line.split()) for line in lines)


def read_html(data: bytes, source: str) -> tuple[str, str]:
    decoded = decode(data, source, declared=declared_charset(data))
    text = html_to_text(decoded.text, source)
    if not text.strip():
        raise EmptyDocument(source, "网页除脚本和导航外没有正文")
    return text, decoded.encoding
