"""Start-up of a one-document `extract` (docs/benchmarks.md, speed75): jieba's dictionary read from
the command line's model cache is the dictionary the artefact gives; the record fingerprint hashes
line ends as LF whether or not a file holds a carriage return. What `extract` imports is checked in
tests/test_cli_imports.py."""

from __future__ import annotations

import gzip

import pytest

from nlp_pipeline import jieba_lexicon, model_cache, resources
from nlp_pipeline.model_cache import ModelCache
from nlp_pipeline.record import lf_endings, tree_fingerprint


def lexicon_from_the_artefact() -> jieba_lexicon.Lexicon:
    """The dictionary as it was read before the cache: every line after the comments, the `#total` line's
    total, with the project's words kept whole (tests/normalize/test_word_lexicon.py checks them against jieba)."""
    lines = gzip.decompress(resources.data_path(jieba_lexicon.LEXICON).read_bytes()).splitlines()
    total = next(int(line.split(b"\t")[1]) for line in lines if line.startswith(b"#total\t"))
    return jieba_lexicon.with_additions([line for line in lines if not line.startswith(b"#")], total)


@pytest.mark.parametrize("runs", [1, 2])  # derived and written; then read back from the file
def test_the_cached_dictionary_is_the_artefacts(tmp_path, monkeypatch, runs):
    for _ in range(runs):
        cache = ModelCache(tmp_path)
        monkeypatch.setattr(model_cache, "_active", cache)
        jieba_lexicon.lexicon.cache_clear()
        try:
            cached = jieba_lexicon.lexicon()
        finally:
            jieba_lexicon.lexicon.cache_clear()
        cache.write()
    assert cache.path(jieba_lexicon.LEXICON_CACHE_NAME).exists()
    assert cached == lexicon_from_the_artefact()


@pytest.mark.parametrize(
    ("data", "hashed"),
    [
        (b"a\r\nb\r\n", b"a\nb\n"),
        (b"a\nb\n", b"a\nb\n"),
        (b"a\rb\n", b"a\rb\n"),  # a lone CR stays
        (b"\x00\r\x0d\n", b"\x00\r\n"),  # binary data with a CRLF by chance: as before
        (b"", b""),
    ],
)
def test_line_ends_are_hashed_as_lf(data, hashed):
    assert lf_endings(data) == hashed == data.replace(b"\r\n", b"\n")


def test_a_crlf_checkout_has_the_lf_checkouts_fingerprint(tmp_path):
    lf, crlf = tmp_path / "lf", tmp_path / "crlf"
    for root, end in ((lf, "\n"), (crlf, "\r\n")):
        (root / "extract").mkdir(parents=True)
        (root / "extract" / "rules.toml").write_text(f"a = 1{end}b = 2{end}", encoding="utf-8", newline="")
        (root / "pipeline.py").write_bytes(b"x = 1\n")
    assert tree_fingerprint(lf, "1") == tree_fingerprint(crlf, "1")
    # negative case: a different text has a different fingerprint
    (crlf / "pipeline.py").write_bytes(b"x = 2\n")
    assert tree_fingerprint(lf, "1") != tree_fingerprint(crlf, "1")
