"""gbk95 (issue 14): the spin step's prior read per `PRIOR_WORDS` genre words, so a larger corpus does not
make it bolder; the injected-junk step's "reads on" test and the GBK step's margins measured with the
retrained model and left (docs/normalization.md, gbk95)."""

from __future__ import annotations

import math

import pytest

from nlp_pipeline import resources
from nlp_pipeline.normalize import spin
from nlp_pipeline.normalize.injected_junk import remove_injected_junk


def clear_spin_caches() -> None:
    spin.spin_pairs.cache_clear()
    spin.spin_pattern.cache_clear()
    spin.context_reach.cache_clear()
    spin.word_margin.cache_clear()
    spin.override_between.cache_clear()


def priors() -> dict[str, float]:
    return {pair.spun: pair.prior for pair in spin.spin_pairs().values()}


def test_a_larger_corpus_with_the_same_rates_gives_the_same_priors(monkeypatch):
    """The counts a corpus 16 times the size with the same words' rates would give: the priors do not move."""
    clear_spin_caches()
    standing = priors()
    counts = resources.genre_word_counts()
    monkeypatch.setattr(resources, "genre_word_counts", lambda: {word: 16 * n for word, n in counts.items()})
    clear_spin_caches()
    try:
        assert priors() == pytest.approx(standing)
    finally:
        monkeypatch.undo()
        clear_spin_caches()


def test_the_prior_on_the_corpus_as_it_stands_keeps_its_scale():
    """`PRIOR_WORDS` is the size of the corpus the margins were set on: the priors stay the raw counts' within 0.05."""
    clear_spin_caches()
    genre = resources.genre_word_counts()
    for row in resources.spin_pairs():
        raw = math.log((genre.get(row["original"], 0) + 1) / (genre.get(row["spun"], 0) + 1))
        assert spin.spin_pairs()[row["spun"]].prior == pytest.approx(raw, abs=0.05)


@pytest.mark.parametrize(
    "original, spun, log_odds",
    [
        (0.0, 0.0, 0.0),  # neither word in the corpus: no lean
        (1.0, 0.0, math.log(2)),
        (3.0, 1.0, math.log(2)),
        (0.0, 3.0, -math.log(4)),  # the stand-in is the genre's word (开展 over 发展)
    ],
)
def test_prior_log_odds(original, spun, log_odds):
    assert spin.prior_log_odds(original, spun) == pytest.approx(log_odds)


@pytest.mark.parametrize(
    "text, expected",
    [
        # junk between the halves of a genre word goes (the pair is common)
        ("各单位要及时上Xq7#报隐患", "各单位要及时上报隐患"),
        ("乡镇要组织kQ7z开展排查", "乡镇要组织开展排查"),
        # negative: no pair across the run at all, the run stays
        ("初始密码Xy7#为默认值", "初始密码Xy7#为默认值"),
    ],
)
def test_injected_junk_reads_on(text, expected):
    assert remove_injected_junk(text)[0] == expected


@pytest.mark.xfail(
    strict=True,
    reason="gbk95: a run that is content (a password) between a pair the model saw three times is read as junk; "
    "asking for a common pair (log P >= -6) keeps it but also keeps junk inside 上报, 大坝, 中暑",
)
def test_a_content_run_between_a_rare_seen_pair_stays():
    assert remove_injected_junk("初始密码Xy7#设为默认")[0] == "初始密码Xy7#设为默认"
