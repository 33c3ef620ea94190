"""scripts/benchmark.py's command watcher: wall time read when the command ends, not at the next
look at /proc, and commands run as an installed copy runs them (bytecode written)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from .conftest import REPO, load_module


@pytest.fixture(scope="module")
def benchmark():
    return load_module("benchmark_script", REPO / "scripts" / "benchmark.py")


def test_the_timed_commands_write_bytecode(benchmark, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("NLP_PIPELINE_CACHE_DIR", "/tmp/kept")
    environment = benchmark.command_environment()
    assert "PYTHONDONTWRITEBYTECODE" not in environment
    assert environment["NLP_PIPELINE_CACHE_DIR"] == "/tmp/kept"  # everything else passes through


def test_the_wait_ends_when_the_command_does_not_at_its_timeout(benchmark):
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    ended = benchmark._ending(process)
    start = time.perf_counter()
    ended(60.0)
    # a wait that slept its whole timeout would take a minute; it returns when the process ends
    assert time.perf_counter() - start < 30
    assert process.wait(timeout=30) == 0


def test_a_watched_command_reports_its_exit_and_cpu(benchmark):
    watched = benchmark.run_watched([sys.executable, "-c", "sum(range(10**6))"])
    assert watched.seconds > 0
    assert watched.cpu_s > 0


def test_a_failing_command_stops_the_benchmark_with_its_error(benchmark):
    with pytest.raises(SystemExit, match="boom"):
        benchmark.run_watched([sys.executable, "-c", "raise SystemExit('boom')"])
