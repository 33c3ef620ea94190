"""Compiled regular expressions kept between runs of the command line.

Before its first document the pipeline compiles some 1,500 patterns (the rule files, word lists
written as tries, the steps' own patterns). Parsing them and translating them into the regex
engine's code took 0.4-0.5 s of CPU in every process: a third of a one-document `extract`, and
the same again in a batch's warm-up (docs/benchmarks.md, start-up). The engine code depends only
on the pattern, its flags and the Python build, so the command line keeps the code of every
pattern it compiled in a cache file, and later runs build their patterns straight from it.

This relies on CPython's private regex compiler (`re._compiler.compile`: `_parser.parse`, `_code`,
`_sre.compile`), the same in 3.11-3.13, and is safe by construction:
- `enable` first compiles a few probe patterns both ways and turns the cache on only if each
  equals the one `re` compiles itself (`Pattern.__eq__` compares the engine code);
- the file is named by the Python build, so no other interpreter reads it;
- the engine validates the code it is given: a damaged entry raises, is dropped, and the pattern
  is compiled as usual; any error in reading or writing the file leaves the cache off.
Only the command line turns it on (`cli.console_main`): a program that imports the library
keeps `re` as it is. Every pattern `re` compiles in the process goes through it, re's own
in-memory cache in front, so a later `re.search(text_pattern, …)` costs what it did.
"""

from __future__ import annotations

import atexit
import re
import sys
from pathlib import Path
from typing import Any

from .user_cache import cache_folder, read_entries, write_entries

# Past this many patterns (rules edited, versions switched) the file keeps only those the last
# run used: extract and batch use about 1,200 (2 MB), and every command reads the whole file
# (`--version` 0.06 s without it, 0.11 s with 2 MB, 0.21 s with 4 MB: docs/benchmarks.md, batch25).
MOST_ENTRIES = 2_000
# Patterns whose code the cache must reproduce exactly before it is trusted: groups, names, flags
# set inside the pattern, lookbehind, a case-folded set, a set of scattered characters, bytes. Each
# is compiled twice at every start: the case-folded set is a short one, as a set of all CJK
# characters under IGNORECASE folds each of them and took 0.015 s of every command (speed67).
PROBES: tuple[tuple[str | bytes, int], ...] = (
    (r"(?P<year>\d{4})年(?:(\d{1,2})月)?", 0),
    (r"(?i)(?<![a-z])(?:copyright|版权)\s*[:：]", 0),
    (r"^[一二三四五六七八九十]+、(?=\S)", re.MULTILINE),
    (rb"[\x80-\xff]{2}(?!\x00)", 0),
)
# Flags whose compiled code is not a pure function of the pattern (LOCALE: the locale at match
# time) or that print while compiling (DEBUG): left to `re`.
UNCACHED_FLAGS = re.DEBUG | re.LOCALE

Entry = tuple  # the arguments of `_sre.compile` after the pattern


def _build_tag() -> str:
    """Names the interpreter and its regex engine: their engine code is not valid in another."""
    import _sre  # type: ignore[import-not-found]  # the regex engine: no stubs

    return f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"


def cache_path() -> Path | None:
    """The cache file in the user's cache folder (`user_cache`: $NLP_PIPELINE_CACHE_DIR, where an
    empty value turns the cache off), or None."""
    folder = cache_folder()
    return folder / f"regex-{_build_tag()}.marshal" if folder is not None else None


def _engine_code(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` hands `_sre.compile`, for a pattern given as text or bytes."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the compiler's opcodes and flags are int subclasses, which marshal does not write
    return (
        int(flags | parsed.state.flags),
        [int(word) for word in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _from_entry(pattern: str | bytes, entry: Entry) -> re.Pattern:
    import _sre

    return _sre.compile(pattern, *entry)


class RegexCache:
    """The engine code of compiled patterns, read from and written back to one file."""

    def __init__(self, path: Path, compile_uncached) -> None:
        self.path = path
        self.compile_uncached = compile_uncached  # re._compiler.compile as it was
        self.entries: dict[tuple[str | bytes, int], Entry] = read_entries(path)
        self.used: set[tuple[str | bytes, int]] = set()
        self.added = 0

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """`re._compiler.compile`, from the cache where it holds the pattern."""
        if not isinstance(pattern, str | bytes) or flags & UNCACHED_FLAGS:
            return self.compile_uncached(pattern, flags)
        key = (pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _from_entry(pattern, entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # damaged: compile it anew
                self.entries.pop(key, None)
            else:
                self.used.add(key)
                return compiled
        try:
            entry = _engine_code(pattern, flags)
            compiled = _from_entry(pattern, entry)
        except Exception:  # noqa: BLE001 - a bad pattern: `re` raises its own error for it
            return self.compile_uncached(pattern, flags)
        self.entries[key] = entry
        self.used.add(key)
        self.added += 1
        return compiled

    def write(self) -> None:
        """Write the file back when this run compiled patterns it did not hold (atomically: a
        reader sees the old file or the new one)."""
        if not self.added:
            return
        write_entries(self.path, self.entries, self.used, MOST_ENTRIES)


def _reproduces_re(cache: RegexCache) -> bool:
    try:
        return all(
            _from_entry(pattern, _engine_code(pattern, flags)) == cache.compile_uncached(pattern, flags)
            for pattern, flags in PROBES
        )
    except Exception:  # noqa: BLE001 - another interpreter's internals: no cache
        return False


def enable() -> RegexCache | None:
    """Route this process's regex compiles through the cache file; its new patterns are written
    back when the process exits. None where the interpreter or the file system does not allow it."""
    if sys.implementation.name != "cpython" or not hasattr(re, "_compiler"):
        return None
    path = cache_path()
    if path is None:
        return None
    compiler = re._compiler
    if isinstance(getattr(compiler.compile, "__self__", None), RegexCache):  # on already
        return compiler.compile.__self__
    cache = RegexCache(path, compiler.compile)
    if not _reproduces_re(cache):
        return None
    compiler.compile = cache.compile
    atexit.register(cache.write)
    return cache
