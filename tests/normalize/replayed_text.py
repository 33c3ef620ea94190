"""What the normalization case tables read: a text's normalized form, after checking that its change log
replays the original into it (every change recorded, issue 14)."""

from __future__ import annotations

from nlp_pipeline.normalize import normalize, replay


def kept(text: str) -> str:
    result = normalize(text)
    assert replay(text, result.changes) == result.text
    return result.text


def assert_keeps_and_drops(page: str, stays: list[str], goes: list[str], case: str = "") -> None:
    """The chrome case tables' check: every part of `stays` is in `page`'s normalized text (its change
    log replayed), no part of `goes` is; a failure names the case, what went and what stayed."""
    text = kept(page)
    lost = [part for part in stays if part not in text]
    left = [part for part in goes if part in text]
    assert not lost and not left, (case, lost, left, text)


def page(*lines: str) -> str:
    """A page copied as the given lines, one a line, ending in a newline (the chrome case tables' texts)."""
    return "\n".join(lines) + "\n"
