"""jieba's word frequencies read from a compact copy in the user's cache folder
(normalize/wordlm.py `word_freqs`): the same counts as jieba's own, never from a stale or damaged
copy, and jieba not imported once the copy is there."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from nlp_pipeline.normalize import wordlm
from nlp_pipeline.user_cache import CACHE_DIR_VARIABLE

# A probe in a fresh interpreter: the 著 readings and segmentation scores of our own sentences,
# whether jieba was imported, and which cache files the folder holds afterwards.
PROBE = """
import json, os, sys
from nlp_pipeline.normalize import script, wordlm
texts = ["隨著檢查的深入，隐患逐步显著减少", "执著于整改，衣著整齐上岗", "土著居民撤离到安置点"]
print(json.dumps({
    "zhe": [sorted(script.zhe_positions(text)) for text in texts],
    "scores": [round(wordlm.word_plausibility(text), 9) for text in texts],
    "jieba": "jieba" in sys.modules,
    "files": sorted(os.listdir(os.environ["NLP_PIPELINE_CACHE_DIR"]) if os.environ["NLP_PIPELINE_CACHE_DIR"] else []),
}))
"""


def probe(cache_dir: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**os.environ, CACHE_DIR_VARIABLE: cache_dir},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def jieba_counts() -> tuple[dict[str, int], int]:
    return wordlm._jieba_freqs()


@pytest.fixture(scope="module")
def dictionary_hash() -> str:
    found = wordlm._default_dictionary_hash()
    assert found is not None, "jieba's dictionary not found beside its package"
    return found


def test_the_copy_holds_jiebas_counts(tmp_path, jieba_counts, dictionary_hash):
    freqs, total = jieba_counts
    copy = tmp_path / "copy.bin"
    wordlm._write_compact_copy(copy, dictionary_hash, freqs, total)
    read = wordlm._read_compact_copy(copy, dictionary_hash)
    assert read is not None
    assert list(read[0].items()) == list(freqs.items()) and read[1] == total


@pytest.mark.parametrize("damage", ["another dictionary", "truncated", "no total", "missing"])
def test_a_stale_or_damaged_copy_is_not_used(tmp_path, jieba_counts, dictionary_hash, damage):
    freqs, total = jieba_counts
    small = {key: freqs[key] for key in list(freqs)[:1000]}
    copy = tmp_path / "copy.bin"
    written_hash = "0" * 64 if damage == "another dictionary" else dictionary_hash
    fields = {} if damage == "no total" else {"total": total}
    copy.write_bytes(wordlm.resources.counts_compact(small, wordlm.JIEBA_FREQ_MAGIC, written_hash, **fields))
    if damage == "truncated":
        copy.write_bytes(copy.read_bytes()[:-3])
    if damage == "missing":
        copy.unlink()
    assert wordlm._read_compact_copy(copy, dictionary_hash) is None


def test_a_process_that_imported_jieba_reads_jiebas_own(jieba_counts):
    """jieba may have been set up by its importer (another dictionary): its counts, not the copy."""
    import jieba

    wordlm.word_freqs.cache_clear()
    try:
        assert wordlm.word_freqs()[0] is jieba.dt.FREQ
    finally:
        wordlm.word_freqs.cache_clear()


def test_the_first_process_writes_the_copy_and_the_next_reads_it_without_jieba(tmp_path):
    first, second = probe(str(tmp_path)), probe(str(tmp_path))
    assert first["jieba"] and not second["jieba"]
    assert [name for name in second["files"] if name.startswith("jieba-freq-")] == first["files"]
    assert first["zhe"] == second["zhe"] and first["scores"] == second["scores"]
    assert first["zhe"][0] == [1]  # the 著 of 隨著 reads as 着, that of 显著 does not


def test_with_the_cache_turned_off_jieba_is_read_and_nothing_written(tmp_path):
    turned_off = probe("")
    assert turned_off["jieba"] and turned_off["files"] == []
    assert turned_off["zhe"] == probe(str(tmp_path))["zhe"]
