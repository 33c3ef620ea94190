"""The engines beyond one machine, measured against the defaults in the same run.

    .venv/bin/python scripts/distributed_benchmark.py [--bytes N] [--docs 10000] [--queries 200]
                                                      [--workers 2] [--pg-url URL] [--json OUT]

Batch: the benchmark corpus of scripts/benchmark.py (copies of corpora/sample, lightly varied)
through the local engine and the Dask engine with the same number of workers: a LocalCluster
started by the run (what `--engine dask` without --scheduler costs), and a cluster already
running (what a standing cluster costs per batch). Wall seconds; outputs are checked identical.

Search: the synthetic index of scripts/search_benchmark.py (default 10,000 documents) in SQLite
and in PostgreSQL (`--pg-url`, NLP_PIPELINE_PG_URL, or else a throwaway server started like the
test's), the same queries timed on both: p50/p95 milliseconds per query.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from benchmark import QUICK_BYTES, SAMPLES, build_corpus, sample_files  # noqa: E402
from search_benchmark import (  # noqa: E402
    drop_index,
    synthetic_records,
    throwaway_server,
    time_queries,
    vocabulary_sample,
)

COMPARED_OUTPUTS = ("errors.jsonl", "checklist.csv", "checklist.md")
SEARCH_CASES: dict[str, dict[str, Any]] = {
    "keyword documents": {"mode": "keyword"},
    "keyword tasks": {"mode": "keyword", "tasks": True},
    "keyword documents, sector + date filter": {"mode": "keyword", "sector": "消防", "date_from": "2020"},
    "keyword tasks, unit filter": {"mode": "keyword", "tasks": True, "unit": "应急管理部门"},
}


def _outputs(out: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in sorted((out / "docs").glob("*.json"))}
    return files | {name: (out / name).read_bytes() for name in COMPARED_OUTPUTS}


def _timed(function, *args, **options) -> tuple[float, dict]:
    started = time.perf_counter()
    summary = function(*args, **options)
    return time.perf_counter() - started, summary


def measure_batch(target_bytes: int, workers: int) -> dict:
    import dask
    from distributed import LocalCluster

    from nlp_pipeline.batch import run_batch
    from nlp_pipeline.batch.dask_engine import LOCAL_CLUSTER_CONFIG, run_batch_dask

    corpus = build_corpus(sample_files(SAMPLES), target_bytes)
    with tempfile.TemporaryDirectory(prefix="nlp-pipeline-dask-benchmark-") as work:
        inbox = Path(work) / "inbox"
        inbox.mkdir()
        for item in corpus:
            (inbox / item.name).write_bytes(item.data)
        local_s, summary = _timed(run_batch, inbox, Path(work) / "local", workers=workers, progress=False)
        started_s, _ = _timed(run_batch_dask, inbox, Path(work) / "dask-started", workers=workers, progress=False)
        with (
            dask.config.set(LOCAL_CLUSTER_CONFIG),
            LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster,
        ):
            # One small batch first, so that the workers have imported the pipeline, as a standing cluster has.
            run_batch_dask(SAMPLES, Path(work) / "warm", scheduler=cluster.scheduler_address, progress=False)
            running_s, _ = _timed(
                run_batch_dask, inbox, Path(work) / "dask-running", scheduler=cluster.scheduler_address, progress=False
            )
        identical = all(
            _outputs(Path(work) / "local") == _outputs(Path(work) / name) for name in ("dask-started", "dask-running")
        )
    chars = summary["characters"]
    return {
        "batch_documents": summary["documents"],
        "batch_chars": chars,
        "workers": workers,
        "local_s": round(local_s, 2),
        "local_chars_per_s": round(chars / local_s),
        "dask_local_cluster_s": round(started_s, 2),
        "dask_local_cluster_chars_per_s": round(chars / started_s),
        "dask_running_cluster_s": round(running_s, 2),
        "dask_running_cluster_chars_per_s": round(chars / running_s),
        "dask_running_vs_local_ratio": round(local_s / running_s, 2),
        "dask_local_cluster_vs_local_ratio": round(local_s / started_s, 2),
        "outputs_identical": identical,
    }


def measure_search(documents: int, query_count: int, pg_url: str | None) -> dict:
    from nlp_pipeline.search import Index
    from nlp_pipeline.search.postgres import PostgresBackend

    records = synthetic_records(documents)
    words = [w for group in vocabulary_sample(records[:500], per_group=query_count).values() for w in group]
    queries = random.Random(3).sample(words, min(query_count, len(words)))
    figures: dict = {"search_documents": len(records), "queries": len(queries)}
    server = nullcontext(pg_url) if pg_url else throwaway_server()
    with tempfile.TemporaryDirectory(prefix="nlp-pipeline-search-benchmark-") as work, server as url:
        stores = {"sqlite": Index(Path(work) / "benchmark.db"), "postgres": Index(url, backend=PostgresBackend(url))}
        for name, index in stores.items():
            with index:
                if name == "postgres":
                    drop_index(url)
                seconds, _ = _timed(index.update, records)
                figures[f"{name}_index_docs_per_s"] = round(len(records) / seconds)
                figures[f"{name}_latency"] = {
                    case: time_queries(index, queries, **options) for case, options in SEARCH_CASES.items()
                }
    figures["postgres_vs_sqlite_p50_ratio"] = {
        case: round(figures["postgres_latency"][case]["p50_ms"] / figures["sqlite_latency"][case]["p50_ms"], 2)
        for case in SEARCH_CASES
    }
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bytes", type=int, default=4 * QUICK_BYTES, help="batch corpus size in UTF-8 bytes")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the synthetic search index")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("NLP_PIPELINE_PG_URL"),
        help="an existing PostgreSQL database to use (its nlp_pipeline_search schema is replaced)",
    )
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--skip-search", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    figures: dict = {"cpus": os.cpu_count(), "load_average_start": os.getloadavg()[0]}
    if not args.skip_batch:
        figures |= measure_batch(args.bytes, args.workers)
    if not args.skip_search:
        figures |= measure_search(args.docs, args.queries, args.pg_url)
    figures["load_average_end"] = os.getloadavg()[0]
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
