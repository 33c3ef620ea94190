"""Where a batch reads and writes: local paths through the operating system (`PlainFiles`), or any
fsspec URL (s3://, memory:// …).

Local files are written atomically (temp file + rename), so a reader never sees half a file and
a killed run leaves no debris; object stores put whole objects, which is atomic already.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol

TEMP_PREFIX = ".tmp-"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temp file renamed over it. A link is followed (the file it
    names is replaced, the link stays); what is not a regular file (`-o /dev/null`, a named pipe)
    is written to directly: renaming over it would replace the device or pipe with a file."""
    write_all_atomic([(path, data)])


def write_all_atomic(files: list[tuple[Path, bytes]]) -> None:
    """Several files, each written as `write_atomic` writes one, renamed in the given order. Their
    flushes to disk are waited for together, one thread each: an fsync waits on the disk, not the
    processor, and the filesystem commits flushes that wait at once in one journal write, where
    one after another each waited for its own (a batch's five finishing files: docs/benchmarks.md,
    speed88)."""
    staged: list[tuple[BinaryIO, str, Path]] = []
    try:
        for path, data in files:
            path = path.resolve() if path.is_symlink() else path
            if path.exists() and not path.is_file():
                with path.open("wb") as device:
                    device.write(data)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
            staged.append((os.fdopen(handle, "wb"), temp, path))
            staged[-1][0].write(data)
        _flush_to_disk([stream for stream, _, _ in staged])
        for _, temp, path in staged:
            os.replace(temp, path)
    except BaseException:
        for stream, temp, _ in staged:
            stream.close()
            Path(temp).unlink(missing_ok=True)
        raise


def _flush_to_disk(streams: list[BinaryIO]) -> None:
    """Each stream written through to the disk and closed; two or more flushed at once."""

    def flush(stream: BinaryIO) -> None:
        with stream:
            stream.flush()
            os.fsync(stream.fileno())

    if len(streams) == 1:
        flush(streams[0])
        return
    import threading

    errors: list[BaseException] = []

    def flush_noting(stream: BinaryIO) -> None:
        try:
            flush(stream)
        except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
            errors.append(error)

    threads = [threading.Thread(target=flush_noting, args=(stream,)) for stream in streams]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def remove_leftover_temps(directory: Path) -> int:
    """Delete the temp files of an interrupted run; returns how many there were."""
    if not directory.is_dir():
        return 0
    leftovers = [p for p in directory.rglob(f"{TEMP_PREFIX}*") if p.is_file()]
    for path in leftovers:
        path.unlink(missing_ok=True)
    return len(leftovers)


class FileSystem(Protocol):
    """The part of fsspec's `AbstractFileSystem` a batch uses (fsspec ships no type information,
    so its own class would be `Any` to the type checker)."""

    def open(self, path: str, mode: str = "rb") -> BinaryIO: ...
    def exists(self, path: str) -> bool: ...
    def isdir(self, path: str) -> bool: ...
    def isfile(self, path: str) -> bool: ...
    def find(self, path: str) -> list[str]: ...
    def makedirs(self, path: str, exist_ok: bool = False) -> None: ...
    def cat_file(self, path: str) -> bytes: ...
    def pipe_file(self, path: str, value: bytes) -> None: ...
    def rm_file(self, path: str) -> None: ...
    def unstrip_protocol(self, name: str) -> str: ...


# A batch's local folders are read and written without fsspec: its import was about 0.05 s of every
# batch's serial CPU before the pool's fork, the largest piece of a small batch's time beside a
# one-document `extract` after the loading both share (docs/benchmarks.md, speed96). Paths keep
# fsspec's form, since records carry them as `source.path`, and `find` lists what fsspec's lists.


def is_plain_path(url: str) -> bool:
    """Whether fsspec would read `url` as a local path written without a protocol: no `proto://`,
    no `::` chain, no `data:`, `file:` or `local:` prefix. Only on POSIX systems: elsewhere a
    drive letter or a backslash takes fsspec's own rules."""
    return os.sep == "/" and "://" not in url and "::" not in url and not url.startswith(("data:", "file:", "local:"))


def fsspec_local_path(path: str) -> str:
    """A plain path as fsspec's local filesystem names it: absolute (the working folder before a
    relative one, without a leading `./`; `~` expanded), not normalised further (`a/../b` stays),
    no trailing slash except the root's."""
    if path.startswith("~"):
        path = os.path.expanduser(path)
    elif not path.startswith("/"):
        relative = "" if path == "." else path.removeprefix("./")
        path = f"{os.getcwd()}/{relative}"
    return path.rstrip("/") or "/"


class PlainFiles:
    """The local filesystem through the operating system's calls (the `FileSystem` a batch uses)."""

    def open(self, path: str, mode: str = "rb") -> BinaryIO:
        if mode != "rb":
            raise ValueError(f"{mode!r}: a batch opens a local file this way only to read its bytes")
        return open(path, "rb")  # the caller closes it, as it closes fsspec's

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def isdir(self, path: str) -> bool:
        return os.path.isdir(path)

    def isfile(self, path: str) -> bool:
        return os.path.isfile(path)

    def find(self, path: str) -> list[str]:
        """Every entry under `path` that is not a directory (a link, to a folder too, is listed and
        not followed; hidden ones too), sorted; `[path]` for a file; [] for what is missing. A
        folder whose listing fails is left out, as fsspec's walk leaves it."""
        found = [name for folder in _folders_below(path) for name in folder]
        if not found and os.path.isfile(path):
            return [path]
        return sorted(found)

    def makedirs(self, path: str, exist_ok: bool = False) -> None:
        os.makedirs(path, exist_ok=exist_ok)

    def cat_file(self, path: str) -> bytes:
        with open(path, "rb") as handle:
            return handle.read()

    def pipe_file(self, path: str, value: bytes) -> None:
        with open(path, "wb") as handle:
            handle.write(value)

    def rm_file(self, path: str) -> None:
        os.remove(path)

    def unstrip_protocol(self, name: str) -> str:
        return f"file://{name}"


def _folders_below(path: str) -> Iterator[list[str]]:
    """Each folder's entries that are not folders, the folder at `path` and every one below it: an
    entry's kind is its own (`lstat`), an entry gone meanwhile is skipped, and any other failure
    drops that folder's listing (fsspec's `walk` with its default `on_error="omit"`)."""
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
        folders: list[str] = []
        others: list[str] = []
        for entry in entries:
            try:
                kind = entry.stat(follow_symlinks=False).st_mode
            except FileNotFoundError:
                continue
            (folders if stat.S_ISDIR(kind) else others).append(entry.path)
    except OSError:
        return
    yield others
    for folder in folders:
        yield from _folders_below(folder)


PLAIN_FILES = PlainFiles()


@dataclass(frozen=True)
class Location:
    """A folder or file on some filesystem; `url` is how it is named to users and workers."""

    fs: FileSystem
    path: str
    url: str

    @classmethod
    def of(cls, url: str | Path) -> Location:
        if is_plain_path(str(url)):
            return cls(PLAIN_FILES, fsspec_local_path(str(url)), str(url))
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(str(url))
        return cls(fs, path, str(url) if cls._local(fs) else fs.unstrip_protocol(path))

    @staticmethod
    def _local(fs: FileSystem) -> bool:
        if isinstance(fs, PlainFiles):
            return True
        from fsspec.implementations.local import LocalFileSystem

        return isinstance(fs, LocalFileSystem)

    @property
    def is_local(self) -> bool:
        return self._local(self.fs)

    def child(self, *parts: str) -> Location:
        path = str(PurePosixPath(self.path, *parts))
        return Location(self.fs, path, path if self.is_local else self.fs.unstrip_protocol(path))

    def read(self) -> bytes:
        return self.fs.cat_file(self.path)

    def write(self, data: bytes) -> None:
        write_all([(self, data)])

    def remove(self) -> None:
        if self.fs.exists(self.path):
            self.fs.rm_file(self.path)


def write_all(files: list[tuple[Location, bytes]]) -> None:
    """Several files, in the given order: local ones atomically, flushed to disk together
    (`write_all_atomic`), those on other filesystems put whole."""
    write_all_atomic([(Path(location.path), data) for location, data in files if location.is_local])
    for location, data in files:
        if not location.is_local:
            location.fs.pipe_file(location.path, data)
