"""Parsed rule files kept between runs of the command line.

Every command that extracts reads some twenty TOML rule files (data/**/*.toml, 420 KB); the
standard library's TOML parser, written in Python, takes 0.02 s of CPU for them in every process:
a one-document `extract` and a batch's warm-up alike (docs/benchmarks.md, speed48). A parse is a
pure function of the file's bytes and of the parser, so the command line keeps each parsed file
in one cache file, marshalled, and later runs read it from there.

Safe by construction, as the regex cache (`regex_cache`) is:
- an entry is found by the SHA-256 of the rule file's bytes, so an edited, replaced or
  downgraded rule file is never answered from an entry of another text; it is parsed and added;
- the cache file is named by the Python build (whose `tomllib` parses), so no other parser's
  result is read;
- each entry carries the SHA-256 of its marshalled bytes, checked before they are read: a
  missing, unreadable or damaged file or entry is parsed as usual (and the entry written anew),
  and a read-only or full cache folder only means that the next run parses again.
Only the command line turns it on (`cli.console_main`): a program that imports the library
parses as before. A value marshal cannot hold (a TOML date) leaves that file uncached.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any

from .user_cache import cache_folder, read_entries, write_entries

# Past this many entries (rule files edited, versions switched) the file keeps only those the last
# run used: a checkout has about twenty rule files, each command reads most of them.
MOST_ENTRIES = 200


def cache_path() -> Path | None:
    """The cache file in the user's cache folder (`user_cache`), or None when caches are off."""
    folder = cache_folder()
    return folder / f"toml-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal" if folder is not None else None


def parse_uncached(data: bytes) -> dict[str, Any]:
    """The parser imported here, at the first parse the cache does not hold: importing it compiles
    its patterns (0.01 s), which a run answered from the cache never needs."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # the standard library reads TOML from 3.11 on; tomli is the same parser for 3.10
        import tomli as tomllib
    return tomllib.loads(data.decode("utf-8"))


class TomlCache:
    """Parsed TOML texts, each kept marshalled under the SHA-256 of its bytes, in one file; an
    entry is (SHA-256 of the marshalled parse, the marshalled parse)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[bytes, tuple[bytes, bytes]] = read_entries(path)
        self.used: set[bytes] = set()
        self.added = 0

    def parse(self, data: bytes) -> dict[str, Any]:
        """`data` parsed: from the cache where it holds these bytes, else parsed and added. Each
        call returns a fresh copy, so no caller shares its tables with another."""
        key = hashlib.sha256(data).digest()
        parsed = self._entry(key)
        if parsed is not None:
            self.used.add(key)
            return parsed
        parsed = parse_uncached(data)
        try:
            blob = marshal.dumps(parsed)
        except ValueError:  # a value marshal cannot write (a date): this file stays uncached
            return parsed
        self.entries[key] = (hashlib.sha256(blob).digest(), blob)
        self.used.add(key)
        self.added += 1
        return parsed

    def _entry(self, key: bytes) -> dict[str, Any] | None:
        """The parse kept under `key`, or None where there is none or it is damaged (then dropped)."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        try:
            check, blob = entry
            parsed = marshal.loads(blob) if hashlib.sha256(blob).digest() == check else None
        except (EOFError, ValueError, TypeError):
            parsed = None
        if not isinstance(parsed, dict):
            self.entries.pop(key, None)
            return None
        return parsed

    def write(self) -> None:
        """Write the file back when this run parsed texts it did not hold (atomically)."""
        if not self.added:
            return
        write_entries(self.path, self.entries, self.used, MOST_ENTRIES)


_active: TomlCache | None = None


def parse(data: bytes) -> dict[str, Any]:
    """A TOML file's bytes parsed, through the cache when the command line turned it on."""
    return _active.parse(data) if _active is not None else parse_uncached(data)


def enable() -> TomlCache | None:
    """Parse this process's rule files through the cache file; what it added is written back when
    the process exits. None where caches are turned off."""
    global _active
    if _active is None:
        path = cache_path()
        if path is None:
            return None
        _active = TomlCache(path)
        atexit.register(_active.write)
    return _active
