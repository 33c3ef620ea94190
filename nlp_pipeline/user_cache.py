"""Files the package derives once and keeps in the user's cache folder, to start faster next time.

Two kinds now: the engine code of compiled regular expressions (`regex_cache`) and the parsed rule
files (`toml_cache`). (Up to 0.12 a compact copy of jieba's word frequencies, jieba-freq-*.bin, was
kept here too; the word model now reads the lexicon the package ships, `jieba_lexicon`, and a copy
left behind is never read.) Each
file names, or holds the hash of, what it was derived from, and a file that is missing, stale or
damaged is derived again: the cache only ever saves time.

The folder is $NLP_PIPELINE_CACHE_DIR, else the user's cache folder (`$XDG_CACHE_HOME` or
`~/.cache`, then `nlp_pipeline`); an empty NLP_PIPELINE_CACHE_DIR turns every cache off. A folder
only its user writes: both caches are read with marshal, which trusts its input.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CACHE_DIR_VARIABLE = "NLP_PIPELINE_CACHE_DIR"


def cache_folder() -> Path | None:
    """Where the cache files live, or None when the cache is turned off."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured == "":
        return None
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nlp_pipeline"


def write_cache_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a reader sees the old file or the new one); a read-only
    home or a full disk only means that the next run derives the file again."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
    except (OSError, ValueError):
        pass


def read_entries(path: Path) -> dict[Any, Any]:
    """A cache's entries as `write_entries` wrote them; {} where the file is missing, unreadable or
    holds no table (the cache is derived again)."""
    import marshal

    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def write_entries(path: Path, entries: dict[Any, Any], used: set[Any], most_entries: int) -> None:
    """Write a cache's entries back (marshal, atomically); past `most_entries` only those this run
    used are kept, so that a cache of an edited tree does not grow without end."""
    import marshal

    kept = entries if len(entries) <= most_entries else {key: entry for key, entry in entries.items() if key in used}
    write_cache_file(path, marshal.dumps(kept))
