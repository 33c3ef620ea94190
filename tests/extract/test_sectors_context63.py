"""`sectors._in_context` gathers the sectors of all a sentence's mentions once (issue 19, speed63): it must answer
as the reading it replaces, which gathered the other mentions' sectors for each mention in turn. Checked on
generated mention lists over the context words of both tables and on the mentions of the samples' and the
realstyle set's sentences (texts written for this project)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from nlp_pipeline import resources
from nlp_pipeline.extract.sectors import _distinct, _in_context, _mentions

from . import samples

TABLES = ("context_sectors", "document_context")
REALSTYLE = sorted((Path(__file__).parent / "realstyle").glob("*.txt"))


def each_mention_in_turn(mentions, context):
    """The reading before speed63, kept here as the reference."""
    kept = []
    for at, (keyword, sectors) in enumerate(mentions):
        others = {sector for other, (_, named) in enumerate(mentions) if other != at for sector in named}
        if others - set(sectors):
            sectors = tuple(sector for sector in sectors if sector not in context.get(keyword, ()))
        kept.append(sectors)
    return _distinct(kept)


def sentences() -> list[str]:
    texts = [value for name, value in vars(samples).items() if name.isupper() and isinstance(value, str)]
    texts += [path.read_text(encoding="utf-8") for path in REALSTYLE]
    return [line for text in texts for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("table", TABLES)
def test_generated_mentions_keep_the_same_sectors(table):
    context = resources.sector_rules()[table]
    words = sorted(context) + ["燃气", "校车"]  # two words that are no context word
    names = sorted({sector for sectors in context.values() for sector in sectors} | {"燃气", "交通运输"})
    pick = random.Random(63)
    for _ in range(3000):
        mentions = tuple(
            (pick.choice(words), tuple(pick.sample(names, pick.randint(0, 3)))) for _ in range(pick.randint(0, 6))
        )
        assert _in_context(mentions, context) == each_mention_in_turn(mentions, context), mentions


@pytest.mark.parametrize("table", TABLES)
def test_the_sentences_mentions_keep_the_same_sectors(table):
    context = resources.sector_rules()[table]
    for sentence in sentences():
        mentions = _mentions(sentence)
        assert _in_context(mentions, context) == each_mention_in_turn(mentions, context), sentence
