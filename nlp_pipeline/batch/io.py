"""Where a batch reads and writes: local paths or any fsspec URL (s3://, memory:// …).

Local files are written atomically (temp file + rename), so a reader never sees half a file and
a killed run leaves no debris; object stores put whole objects, which is atomic already.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol

TEMP_PREFIX = ".tmp-"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temp file renamed over it. A link is followed (the file it
    names is replaced, the link stays); what is not a regular file (`-o /dev/null`, a named pipe)
    is written to directly: renaming over it would replace the device or pipe with a file."""
    path = path.resolve() if path.is_symlink() else path
    if path.exists() and not path.is_file():
        with path.open("wb") as stream:
            stream.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


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


@dataclass(frozen=True)
class Location:
    """A folder or file on some filesystem; `url` is how it is named to users and workers."""

    fs: FileSystem
    path: str
    url: str

    @classmethod
    def of(cls, url: str | Path) -> Location:
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(str(url))
        return cls(fs, path, str(url) if cls._local(fs) else fs.unstrip_protocol(path))

    @staticmethod
    def _local(fs: FileSystem) -> bool:
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
        if self.is_local:
            write_atomic(Path(self.path), data)
        else:
            self.fs.pipe_file(self.path, data)

    def remove(self) -> None:
        if self.fs.exists(self.path):
            self.fs.rm_file(self.path)
