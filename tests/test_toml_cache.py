"""The command line's cache of parsed rule files (nlp_pipeline/toml_cache.py): a file read from the
cache is the file `tomllib` parses, found by its bytes, so an edited file is parsed anew; a
damaged, unreadable or unwritable cache only costs the parse."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys

import pytest

from nlp_pipeline import resources, toml_cache
from nlp_pipeline.toml_cache import TomlCache, parse_uncached
from nlp_pipeline.user_cache import CACHE_DIR_VARIABLE

RULES = """\
# 一条规则和它的例子
[deadline]
pattern = '(\\d{1,2})月(\\d{1,2})日前'
pattern_examples = ["6月30日前完成"]
weight = 0.5
limits = [2, 10]
"""


@pytest.fixture
def cache(tmp_path):
    return TomlCache(tmp_path / "toml.marshal")


def written_and_read_again(cache: TomlCache) -> TomlCache:
    cache.write()
    return TomlCache(cache.path)


def test_every_rule_file_read_from_the_cache_equals_its_parse(cache):
    files = sorted(resources.DATA_DIR.rglob("*.toml"))
    assert files
    for path in files:
        cache.parse(path.read_bytes())  # parsed and added
    again = written_and_read_again(cache)
    for path in files:
        data = path.read_bytes()
        assert again.parse(data) == parse_uncached(data)
    assert again.added == 0  # every one came from the file


def test_a_parse_keeps_types_and_key_order(cache):
    cache.parse(RULES.encode())
    parsed = written_and_read_again(cache).parse(RULES.encode())
    assert parsed == parse_uncached(RULES.encode())
    assert list(parsed["deadline"]) == ["pattern", "pattern_examples", "weight", "limits"]
    assert isinstance(parsed["deadline"]["weight"], float) and isinstance(parsed["deadline"]["limits"], list)


def test_an_edited_file_is_parsed_anew_not_answered_from_its_old_entry(cache):
    cache.parse(RULES.encode())
    edited = RULES.replace("weight = 0.5", "weight = 0.75").encode()
    later = written_and_read_again(cache)
    assert later.parse(edited)["deadline"]["weight"] == 0.75
    assert later.added == 1


def test_each_call_returns_its_own_copy(cache):
    first = cache.parse(RULES.encode())
    first["deadline"]["limits"].append(99)
    assert cache.parse(RULES.encode())["deadline"]["limits"] == [2, 10]


def test_a_damaged_entry_is_dropped_and_the_file_parsed_anew(cache):
    cache.parse(RULES.encode())
    [(key, (check, blob))] = cache.entries.items()
    damaged = blob.replace("月".encode(), "年".encode())  # still marshal data, not what was written
    cache.entries[key] = (check, damaged)
    assert cache.parse(RULES.encode()) == parse_uncached(RULES.encode())
    assert cache.entries[key] == (check, blob)  # written again


@pytest.mark.parametrize("entry", [b"not an entry", (b"check", b"\x00truncated"), ("text", "text")])
def test_an_entry_of_another_form_is_parsed_anew(cache, entry):
    cache.parse(RULES.encode())
    [key] = cache.entries
    cache.entries[key] = entry
    assert cache.parse(RULES.encode()) == parse_uncached(RULES.encode())


def test_an_unreadable_file_is_an_empty_cache(tmp_path):
    path = tmp_path / "toml.marshal"
    path.write_bytes(b"not marshal data")
    assert TomlCache(path).entries == {}
    path.write_bytes(marshal.dumps(["a list, not a table"]))
    assert TomlCache(path).entries == {}


def test_a_folder_that_cannot_be_written_leaves_the_parse_as_it_is(tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder would be")
    cache = TomlCache(blocker / "toml.marshal")
    assert cache.parse(RULES.encode()) == parse_uncached(RULES.encode())
    cache.write()  # no error: the next run parses again
    assert not (blocker / "toml.marshal").exists()


def test_a_value_marshal_cannot_hold_leaves_that_file_uncached(cache):
    dated = b"released = 2024-06-12\n"
    assert cache.parse(dated) == parse_uncached(dated)
    assert cache.entries == {} and cache.added == 0


def test_only_a_run_that_parsed_new_files_writes(cache):
    cache.parse(RULES.encode())
    cache.write()
    written = cache.path.stat().st_mtime_ns
    reader = TomlCache(cache.path)
    reader.parse(RULES.encode())
    reader.write()
    assert cache.path.stat().st_mtime_ns == written


def test_past_its_size_the_file_keeps_the_files_the_last_run_parsed(cache, monkeypatch):
    texts = [f"rule = {n}\n".encode() for n in range(4)]
    for text in texts[:3]:
        cache.parse(text)
    cache.write()
    monkeypatch.setattr(toml_cache, "MOST_ENTRIES", 3)
    later = TomlCache(cache.path)
    later.parse(texts[1])
    later.parse(texts[3])  # a fourth text: past the size
    later.write()
    kept = TomlCache(cache.path)
    assert len(kept.entries) == 2
    assert kept.parse(texts[1]) == {"rule": 1} and kept.parse(texts[3]) == {"rule": 3} and kept.added == 0


def test_an_empty_cache_folder_setting_turns_the_cache_off(monkeypatch):
    # a command run in this process earlier (the CLI's own tests) may have turned the cache on already
    monkeypatch.setattr(toml_cache, "_active", None)
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    assert toml_cache.cache_path() is None and toml_cache.enable() is None


ENABLED = """
from nlp_pipeline import resources, toml_cache
cache = toml_cache.enable()
rules = resources.read_rules("extract/pipeline.toml")
print(cache is not None, len(cache.entries), cache.added, bool(rules))
"""


def test_the_command_lines_cache_is_filled_by_one_run_and_read_by_the_next(tmp_path):
    def run() -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", ENABLED],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, CACHE_DIR_VARIABLE: str(tmp_path)},
        )
        return result.stdout.split()

    first, second = run(), run()
    assert first == ["True", "1", "1", "True"]  # parsed and added
    assert second == ["True", "1", "0", "True"]  # read from the file, nothing parsed
    assert len(list(tmp_path.glob("toml-*.marshal"))) == 1
