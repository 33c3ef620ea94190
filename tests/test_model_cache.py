"""The command line's cache of derived models (nlp_pipeline/model_cache.py): a model read from the
cache is the model its source derives, found by the source's bytes, so an edited source is derived
anew; a damaged, unreadable or unwritable cache only costs the derivation."""

from __future__ import annotations

import marshal

import pytest

from nlp_pipeline import model_cache, resources
from nlp_pipeline.extract import pos
from nlp_pipeline.model_cache import ModelCache

SOURCE = "start\tB-v\t-1.5\n测试\n".encode()


class Counting:
    """A derivation that counts its calls: a cached model is not derived again."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, source: bytes) -> tuple[dict[tuple[str, str], float], str]:
        self.calls += 1
        return {("B", "v"): float(len(source))}, source.decode("utf-8")


def written_and_read_again(cache: ModelCache) -> ModelCache:
    cache.write()
    return ModelCache(cache.folder)


@pytest.mark.parametrize(
    ("source", "read_with", "derived_again"),
    [
        (SOURCE, SOURCE, False),  # the same bytes: read from the file
        (SOURCE, SOURCE.replace(b"-1.5", b"-2.5"), True),  # an edited source: derived anew
        (SOURCE, b"", True),  # another source altogether
    ],
)
def test_a_model_is_read_back_only_for_the_bytes_it_was_derived_from(tmp_path, source, read_with, derived_again):
    derive = Counting()
    again = written_and_read_again_from(tmp_path, "toy-1", source, derive)
    assert again.derived("toy-1", read_with, derive) == Counting()(read_with)
    assert derive.calls == (2 if derived_again else 1)


def written_and_read_again_from(folder, model: str, source: bytes, derive: Counting) -> ModelCache:
    cache = ModelCache(folder)
    cache.derived(model, source, derive)
    return written_and_read_again(cache)


def test_another_model_name_never_reads_this_ones_entry(tmp_path):
    derive = Counting()
    written_and_read_again_from(tmp_path, "toy-1", SOURCE, derive).derived("toy-2", SOURCE, derive)
    assert derive.calls == 2  # toy-1 once, toy-2 on its own


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not marshal"),
        lambda path: path.write_bytes(
            marshal.dumps({key: (check, blob[:-1]) for key, (check, blob) in marshal.loads(path.read_bytes()).items()})
        ),
    ],
    ids=["file", "entry"],
)
def test_a_damaged_cache_is_derived_again(tmp_path, damage):
    derive = Counting()
    cache = ModelCache(tmp_path)
    cache.derived("toy-1", SOURCE, derive)
    cache.write()
    damage(cache.path("toy-1"))
    assert ModelCache(tmp_path).derived("toy-1", SOURCE, derive) == Counting()(SOURCE)
    assert derive.calls == 2


def test_an_unwritable_folder_only_costs_the_derivation(tmp_path):
    folder = tmp_path / "file-not-folder"
    folder.write_text("")
    cache = ModelCache(folder)
    assert cache.derived("toy-1", SOURCE, Counting()) == Counting()(SOURCE)
    cache.write()  # no error


def test_without_the_command_line_nothing_is_cached(monkeypatch):
    monkeypatch.setattr(model_cache, "_active", None)
    derive = Counting()
    model_cache.derived("toy-1", SOURCE, derive)
    model_cache.derived("toy-1", SOURCE, derive)
    assert derive.calls == 2


def test_the_tagger_model_read_from_the_cache_is_the_model_derived(tmp_path, monkeypatch):
    source = resources.data_path(pos.HMM).read_bytes()
    cache = ModelCache(tmp_path)
    cache.derived(pos.HMM_CACHE_NAME, source, pos._read_artefact)
    monkeypatch.setattr(model_cache, "_active", written_and_read_again(cache))
    pos.hidden_markov_model.cache_clear()
    try:
        cached = pos.hidden_markov_model()
        assert model_cache._active is not None and not model_cache._active.added  # read, not derived
    finally:
        pos.hidden_markov_model.cache_clear()
    assert cached == pos.hidden_markov_model()


def test_the_character_counts_read_from_the_cache_are_the_counts_of_the_files(tmp_path, monkeypatch):
    """speed69: the command line reads char_lm's counts as `CodedCounts` from the cache; they are the
    counts of char_lm.bin (and so of char_lm.tsv), and the model built on them scores alike."""
    from nlp_pipeline.normalize.charlm import CharLM

    tsv = resources.data_path(resources.CHAR_LM_TSV).read_bytes()
    cache = ModelCache(tmp_path)
    cache.derived(resources.CHAR_LM_CACHE_NAME, tsv, lambda tsv: resources.coded_counts(resources._char_lm_read(tsv)))
    resources.char_lm_counts.cache_clear()
    try:
        with monkeypatch.context() as patched:
            patched.setattr(model_cache, "_active", written_and_read_again(cache))
            cached = resources.char_lm_counts()
            assert model_cache._active is not None and not model_cache._active.added  # read, not derived
        resources.char_lm_counts.cache_clear()
        # the library's own reading: the cache off, whatever an earlier test in this process turned on
        monkeypatch.setattr(model_cache, "_active", None)
        files = resources.char_lm_counts()
    finally:
        resources.char_lm_counts.cache_clear()
    assert isinstance(cached, resources.CodedCounts) and isinstance(files, resources.SortedCounts)
    assert len(cached) == len(files) and list(cached.items()) == list(files.items())
    by_codes, by_files = CharLM(cached), CharLM(files)
    assert (by_codes.total, by_codes.vocab) == (by_files.total, by_files.vocab)
    assert by_codes.logprob("安全生产检查會議") == by_files.logprob("安全生产检查會議")
