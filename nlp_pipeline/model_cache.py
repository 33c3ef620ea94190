"""Models the package derives from a shipped file, kept between runs of the command line.

A one-document `extract` re-cuts unknown runs with jieba's tagger model (extract/pos.py), which it
rebuilt from data/extract/pos_hmm.tsv.gz at every start: decompress, split 96,000 lines, sort
them, 0.07-0.08 s of CPU (docs/benchmarks.md, speed66 and speed67). What it derives is a pure
function of the file's bytes, so the command line keeps it marshalled in the user's cache folder
(`user_cache`), one file per model, and later runs load it in a few milliseconds.

Safe by construction, as the regex and rule caches are (`regex_cache`, `toml_cache`):
- an entry is found by the SHA-256 of the source file's bytes, so an edited or replaced model file
  is never answered from the derivation of another; it is derived again and added;
- the cache file is named by the model, the derivation's version and the Python build (whose
  marshal format it holds), so no other derivation's result is read;
- each entry carries the SHA-256 of its marshalled bytes, checked before they are read: a missing,
  unreadable or damaged file or entry is derived as usual (and written anew), and a read-only or
  full cache folder only means that the next run derives again.
Only the command line turns it on (`cli.console_main`): a program that imports the library derives
as before.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from .user_cache import cache_folder, read_entries, write_entries

# Past this many entries per model (the model file edited, versions switched) the file keeps only
# the one this run used: each entry is a whole model (the tagger's, 3.4 MB).
MOST_ENTRIES = 2

Derived = TypeVar("Derived")


class ModelCache:
    """Derived models, each kept marshalled under the SHA-256 of its source bytes, one file per
    model; an entry is (SHA-256 of the marshalled model, the marshalled model)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[str, dict[bytes, tuple[bytes, bytes]]] = {}
        self.used: dict[str, set[bytes]] = {}
        self.added: set[str] = set()

    def path(self, model: str) -> Path:
        return self.folder / f"model-{model}-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"

    def derived(self, model: str, source: bytes, derive: Callable[[bytes], Derived]) -> Derived:
        """`derive(source)`, from the model's cache file where it holds these bytes' derivation,
        else derived and added (where marshal can hold it)."""
        entries = self.files.get(model)
        if entries is None:
            entries = self.files[model] = read_entries(self.path(model))
        key = hashlib.sha256(source).digest()
        self.used.setdefault(model, set()).add(key)
        found = _entry(entries, key)
        if found is not None:
            return found  # marshal gives back what `derive` returned
        result = derive(source)
        try:
            blob = marshal.dumps(cast(Any, result))  # `derive` returns what marshal writes, or fails here
        except ValueError:  # a value marshal cannot write: this model stays uncached
            return result
        entries[key] = (hashlib.sha256(blob).digest(), blob)
        self.added.add(model)
        return result

    def write(self) -> None:
        """Write back the files of the models this run derived anew (atomically)."""
        for model in sorted(self.added):
            write_entries(self.path(model), self.files[model], self.used[model], MOST_ENTRIES)


def _entry(entries: dict[bytes, tuple[bytes, bytes]], key: bytes) -> Any:
    """The derivation kept under `key`, or None where there is none or it is damaged (then dropped)."""
    entry = entries.get(key)
    if entry is None:
        return None
    try:
        check, blob = entry
        found = marshal.loads(blob) if hashlib.sha256(blob).digest() == check else None
    except (EOFError, ValueError, TypeError):
        found = None
    if found is None:
        entries.pop(key, None)
    return found


_active: ModelCache | None = None


def derived(model: str, source: bytes, derive: Callable[[bytes], Derived]) -> Derived:
    """`derive(source)`, through the cache when the command line turned it on. `model` names the
    derivation: a change to what `derive` returns needs a new name (or version in it)."""
    return _active.derived(model, source, derive) if _active is not None else derive(source)


def enabled() -> bool:
    """Whether this process derives its models through the cache (the command line turned it on)."""
    return _active is not None


def enable() -> ModelCache | None:
    """Derive this process's models through the cache folder; what it added is written back when
    the process exits. None where caches are turned off."""
    global _active
    if _active is None:
        folder = cache_folder()
        if folder is None:
            return None
        _active = ModelCache(folder)
        atexit.register(_active.write)
    return _active
