"""A throwaway PostgreSQL cluster for the tests and the benchmarks: initdb + pg_ctl in a temporary
folder, on a Unix socket only, fsync off. tests/distributed/test_postgres.py, scripts/search_benchmark.py
and scripts/distributed_benchmark.py start their servers with it; scripts/install_postgres.sh installs
the binaries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MISSING = "PostgreSQL's initdb/pg_ctl are not installed (scripts/install_postgres.sh installs them)"


def postgres_binaries() -> Path | None:
    """The folder of the newest installed server's initdb and pg_ctl, or None."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _as_cluster_owner(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; the Debian package creates the `postgres` user.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def throwaway_server(binaries: Path) -> Iterator[str]:
    """A new PostgreSQL cluster in a temporary folder, on a Unix socket only; yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="nlp-pipeline-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"

    def run(program: str, *arguments: str) -> None:
        subprocess.run(
            _as_cluster_owner([str(binaries / program), *arguments]), check=True, capture_output=True, text=True
        )

    try:
        run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
        run(
            "pg_ctl",
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-w",
            "-o",
            f"-k {folder} -c listen_addresses='' -c fsync=off",
            "start",
        )
        yield f"postgresql://postgres@/postgres?host={folder}"
    finally:
        if (data / "postmaster.pid").exists():
            run("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)
