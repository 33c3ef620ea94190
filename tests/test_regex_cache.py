"""The command line's regex cache (nlp_pipeline/regex_cache.py): a pattern built from the cache is
the pattern `re` compiles (Pattern equality compares the engine code), whatever the flags, groups
or type; what the cache cannot hold or finds damaged is compiled as usual."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys

import pytest

from nlp_pipeline import regex_cache
from nlp_pipeline.regex_cache import RegexCache
from nlp_pipeline.user_cache import CACHE_DIR_VARIABLE

COMPILE = re._compiler.compile  # type: ignore[attr-defined]


@pytest.fixture
def cache(tmp_path):
    return RegexCache(tmp_path / "regex.marshal", COMPILE)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日前", 0),
        (r"^（[一二三四五六七八九十]+）", re.MULTILINE),
        (r"(?x) 各 (?:乡镇|街道)  # a verbose pattern", 0),
        (r"(?<![㐀-鿿])(?:应急|消防)(?:管理)?局", re.IGNORECASE),
        (r"[^\x00-\x1f]+\Z", re.DOTALL),
        (rb"\xb0[\xa1-\xfe]", 0),
        (r"", 0),
    ],
)
def test_a_pattern_from_the_cache_equals_the_one_re_compiles(cache, pattern, flags):
    first = cache.compile(pattern, flags)  # compiled and added
    cache.write()
    again = RegexCache(cache.path, COMPILE).compile(pattern, flags)  # built from the file
    assert first == again == COMPILE(pattern, flags)
    assert again.groupindex == COMPILE(pattern, flags).groupindex and again.groups == COMPILE(pattern, flags).groups


def test_a_bad_pattern_raises_re_error(cache):
    with pytest.raises(re.error):
        cache.compile(r"(?P<open", 0)
    assert not cache.entries


@pytest.mark.parametrize("flags", [re.DEBUG, re.LOCALE])
def test_flags_whose_code_is_not_the_patterns_alone_are_left_to_re(cache, flags, capsys):
    cache.compile(rb"\w+", flags)
    assert not cache.entries


def test_a_damaged_entry_is_dropped_and_the_pattern_compiled_anew(cache):
    cache.compile(r"\d+年", 0)
    flags, code, *rest = cache.entries[(r"\d+年", 0)]
    cache.entries[(r"\d+年", 0)] = (flags, [1, 2, 3, 999999], *rest)  # not engine code
    assert cache.compile(r"\d+年", 0) == COMPILE(r"\d+年", 0)


def test_an_unreadable_file_is_an_empty_cache(tmp_path):
    path = tmp_path / "regex.marshal"
    path.write_bytes(b"not marshal data")
    assert RegexCache(path, COMPILE).entries == {}


def test_only_a_run_that_compiled_new_patterns_writes(cache):
    cache.compile(r"限期整改", 0)
    cache.write()
    written = cache.path.stat().st_mtime_ns
    reader = RegexCache(cache.path, COMPILE)
    reader.compile(r"限期整改", 0)
    reader.write()
    assert cache.path.stat().st_mtime_ns == written and marshal.loads(cache.path.read_bytes())


def test_an_empty_cache_folder_setting_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    assert regex_cache.cache_path() is None and regex_cache.enable() is None


ENABLED = """
import re, sys
from nlp_pipeline.regex_cache import enable
cache = enable()
pattern = re.compile(sys.argv[1])
print(cache is not None, pattern == cache.compile_uncached(sys.argv[1], 0), len(cache.entries))
"""


def test_the_command_lines_cache_is_filled_by_one_run_and_read_by_the_next(tmp_path):
    environment = {CACHE_DIR_VARIABLE: str(tmp_path)}

    def run() -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", ENABLED, r"(?P<unit>[㐀-鿿]{2,8}局)负责"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, **environment},
        )
        return result.stdout.split()

    first, second = run(), run()
    assert first[:2] == second[:2] == ["True", "True"]
    assert int(first[2]) > 0 and int(second[2]) == int(first[2])  # the second run compiled nothing new
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1


def test_past_its_size_the_file_keeps_the_patterns_the_last_run_used(cache, monkeypatch):
    for pattern in ("一是", "二是", "三是"):
        cache.compile(pattern, 0)
    cache.write()
    monkeypatch.setattr(regex_cache, "MOST_ENTRIES", 3)
    later = RegexCache(cache.path, COMPILE)
    later.compile("二是", 0)
    later.compile("四是", 0)  # a fourth pattern: past the size
    later.write()
    assert sorted(pattern for pattern, _ in RegexCache(cache.path, COMPILE).entries) == ["二是", "四是"]
