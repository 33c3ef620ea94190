"""What the normalization case tables read: a text's normalized form, after checking that its change log
replays the original into it (every change recorded, issue 14)."""

from __future__ import annotations

from nlp_pipeline.normalize import normalize, replay


def kept(text: str) -> str:
    result = normalize(text)
    assert replay(text, result.changes) == result.text
    return result.text
