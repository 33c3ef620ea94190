"""Page source pasted as plain text: the tags of a web editor's copy read off a .txt.

A clerk who copies a page from a CMS editor or a WeChat back end often pastes its source,
`<p class="…">…</p> <p>…<b>一要</b>…</p>`. The tags are markup, never text: a block element
ends a line, an inline one (bold, a span) goes without a trace. A .txt counts as holding
markup only when it closes an HTML element somewhere (`</p>`, `</span>`), so a text that uses
ASCII angle brackets for a title or a comparison (`<安全生产法>`, `温度<5℃`) is left alone.
"""

from __future__ import annotations

import html
import re

# Elements that lay out a block: each ends a line (also the HTML reader's line breaks).
BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "ul",
        "ol",
        "hr",
        "title",
        "main",
        "center",
    }
)
# Elements that style a run inside a line: they leave no trace in the text.
INLINE = frozenset(
    {"b", "strong", "i", "em", "u", "s", "span", "font", "a", "small", "big", "sup", "sub", "mark", "label", "img"}
)
_NAMES = "|".join(sorted(BLOCKS | INLINE, key=len, reverse=True))
CLOSING_TAG = re.compile(rf"</(?:{_NAMES})\s*>", re.IGNORECASE)
TAG = re.compile(rf"[ \t]*<(/?)({_NAMES})\b[^<>]*>[ \t]*", re.IGNORECASE)


def holds_markup(text: str) -> bool:
    return CLOSING_TAG.search(text) is not None


def _tag_replacement(match: re.Match) -> str:
    """A block tag ends the line; an inline tag goes, leaving one space where spaces stood beside it."""
    if match.group(2).lower() in BLOCKS:
        return "\n"
    return " " if match.group(0)[0] in " \t" or match.group(0)[-1] in " \t" else ""


def text_without_markup(text: str) -> str:
    """The text of a .txt with its HTML tags read as layout; entities (`&nbsp;`) come with the tags."""
    if not holds_markup(text):
        return text
    return html.unescape(TAG.sub(_tag_replacement, text))
