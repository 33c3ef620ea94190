"""Search speed on a synthetic index: indexing docs/s and query latency p50/p95, SQLite or PostgreSQL.

Synthetic documents are made by a seeded script from real records: each one takes 15-45
paragraphs drawn from the source records (with the tasks that stand in them), a random date,
doc_type, region and sector set. Source records: the gold records of ../shared/eval when present
(they carry tasks), else `process()` on corpora/sample-src.

    .venv/bin/python scripts/search_benchmark.py [--docs 10000] [--queries 300] [--vectors]
                                                 [--db PATH] [--postgres [--pg-url URL]] [--reuse]
                                                 [--json OUT]

`--postgres` builds the index in PostgreSQL: in the database of `--pg-url` (its search schema is
dropped first) or else in a throwaway server started like the tests' (initdb in a temporary
folder, default settings, fsync off). On PostgreSQL each keyword case is timed twice on the same
queries, interleaved query by query: with the store's look-ups ("batched": a search's look-ups
in one statement per step, party and sector names as their lexemes) and with main's before
them (`main_lookups`: a look-up's statements each, a sector's words ORed); the figures add the
statements each search made, the server process's
CPU time (read from /proc when the server is local) and the EXPLAIN (ANALYZE, BUFFERS) of the
full-text look-ups of a few queries. `--reuse` times the queries of an index an earlier run left (`--db`, or `--pg-url`)
without building it again: it checks in seconds that the index holds the documents this run generates
(`reused_index_mismatch`) and refuses one that does not; an SQLite index is opened read-only. Every case
records the load average before and after it.

`--vectors` stores random unit vectors for every paragraph (no embedding: that would take
hours) to time the semantic and hybrid paths; query embedding is timed separately. Above
search/ann.py's threshold (and with faiss installed) the paragraphs' approximate index is built
(or loaded, with `--reuse`) and its build rate recorded; `--exact` keeps the exact scan instead;
`--approximate-from N` sets that threshold (vectors). `--refresh` (with `--vectors`, not `--reuse`)
then files 10 new documents and deletes 10, times bringing the approximate index up to date after
each, and records the share of the exact top ten paragraphs it returns for 50 queries
(`refresh_figures`).
The process's peak resident memory is recorded too (`peak_rss_mb`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from postgres_server import MISSING, postgres_binaries  # noqa: E402
from postgres_server import throwaway_server as postgres_throwaway_server  # noqa: E402
from search_relevance import SHARED, gold_record, load_queries, vocabulary_sample  # noqa: E402

from nlp_pipeline.record import DocumentRecord, Meta, Normalization, Source, Task  # noqa: E402

SAMPLE = REPO / "corpora" / "sample-src"
DOC_TYPES = ("speech", "meeting_report", "notice", "plan", "minutes", "news", "other")
REGIONS = ("东川市", "西岭县", "南湖区", "北山镇", "青禾市", "桐溪县", "临江市", "宁州市")
EMBEDDING_DIMENSIONS = 384


def source_records() -> list[DocumentRecord]:
    from nlp_pipeline.pipeline import process

    gold = [gold_record(path) for path in sorted((SHARED / "eval").glob("*/*.gold.json"))]
    return gold or [process(path, doc_id=path.stem) for path in sorted(SAMPLE.glob("*.txt"))]


def paragraph_pool(records: list[DocumentRecord]) -> list[tuple[str, list[tuple[Task, int]], list[str]]]:
    """Every paragraph of the records with the tasks inside it (and where in it each starts) and
    its document's sectors."""
    pool = []
    for record in records:
        offset = 0
        for line in record.text.split("\n"):
            end = offset + len(line)
            tasks = [t for t in record.tasks if offset <= t.start and t.end <= end]
            if line.strip():
                pool.append((line, [(t, t.start - offset) for t in tasks], record.sectors))
            offset = end + 1
    return pool


def synthetic_records(count: int, seed: int = 20240601) -> list[DocumentRecord]:
    pool = paragraph_pool(source_records())
    sectors = sorted({s for _, _, doc_sectors in pool for s in doc_sectors})
    rng = random.Random(seed)
    records = []
    for number in range(count):
        chosen = rng.sample(pool, rng.randint(15, 45))
        lines: list[str] = []
        tasks: list[Task] = []
        offset = 0
        for line, line_tasks, _ in chosen:
            for task, start in line_tasks:
                tasks.append(
                    Task(
                        id=f"T{len(tasks) + 1}",
                        text=task.text,
                        source=task.source,
                        start=offset + start,
                        end=offset + start + len(task.source),
                        units=task.units,
                        deadline=task.deadline,
                        sectors=task.sectors,
                        modality=task.modality,
                    )
                )
            lines.append(line)
            offset += len(line) + 1
        text = "\n".join(lines)
        date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        records.append(
            DocumentRecord(
                doc_id=f"syn{number:05d}",
                source=Source(sha256=f"{seed}-{number}"),
                meta=Meta(title=lines[0][:40], date=date, doc_type=rng.choice(DOC_TYPES), region=rng.choice(REGIONS)),
                text=text,
                normalization=Normalization(),
                sectors=rng.sample(sectors, rng.randint(1, 3)),
                tasks=tasks,
                pipeline_version="benchmark",
            )
        )
    return records


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def server_clock(index) -> Callable[[], float] | None:
    """The CPU time (ms) the PostgreSQL server process of the index's connection has used so far,
    read from /proc where the server runs on this machine (schedstat: nanoseconds on a CPU)."""
    if not hasattr(index.backend, "url"):
        return None
    ((pid,),) = index.backend.execute("SELECT pg_backend_pid()")
    path = Path(f"/proc/{pid}/schedstat")
    if not path.exists():
        return None
    return lambda: int(path.read_text().split()[0]) / 1e6


def timed_search(index, query: str, options: dict, server: Callable[[], float] | None) -> tuple[float, ...]:
    """Wall, client CPU and (where known) server CPU milliseconds of one search."""
    server_started = server() if server else 0.0
    started, cpu_started = time.perf_counter(), time.process_time()
    index.search(query, **options)
    wall, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000
    return (wall, cpu, server() - server_started) if server else (wall, cpu)


def latency_figures(samples: list[tuple[float, ...]], queries: list[str]) -> dict:
    """p50/p95/max of the samples (one a query, in the order of `queries`), and the slowest three."""
    walls, cpus, *servers = zip(*samples, strict=True)
    slowest = sorted(zip(walls, queries, strict=True), reverse=True)[:3]
    figures = {
        "queries": len(walls),
        "p50_ms": round(statistics.median(walls), 2),
        "p95_ms": round(percentile(walls, 0.95), 2),
        "max_ms": round(max(walls), 2),
        "cpu_p50_ms": round(statistics.median(cpus), 2),
        "cpu_p95_ms": round(percentile(cpus, 0.95), 2),
        "slowest": [[round(wall, 1), query] for wall, query in slowest],
    }
    for server in servers:
        figures |= {
            "server_cpu_p50_ms": round(statistics.median(server), 2),
            "server_cpu_p95_ms": round(percentile(server, 0.95), 2),
        }
    return figures


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def time_queries(index, queries: list[str], **options) -> dict:
    for query in queries[:10]:  # warm the page cache and the vector cache
        index.search(query, **options)
    server = server_clock(index)
    load_before = load_average()
    figures = latency_figures([timed_search(index, query, options, server) for query in queries], queries)
    return figures | {"load_average": [load_before, load_average()]}


def approximate_index_figures(index) -> dict | None:
    """Time loading or building the paragraphs' approximate index (search/ann.py; None where the
    exact scan answers: below its threshold, `--exact`, or without faiss) and its size on disk."""
    started, cpu = time.perf_counter(), time.process_time()
    approximate = index._approximate_index()
    if approximate is None:
        return None
    seconds = time.perf_counter() - started
    kept = [Path(f"{index.db_path}.paragraphs{suffix}") for suffix in (".faiss", ".npz")]
    return {
        "vectors": len(approximate),
        "load_or_build_s": round(seconds, 1),
        "cpu_s": round(time.process_time() - cpu, 1),
        "vectors_per_s": round(len(approximate) / seconds),
        "bytes": sum(path.stat().st_size for path in kept if path.is_file()),
    }


def refresh_figures(index, records: list[DocumentRecord], queries: list[str], documents: int = 10) -> dict:
    """After `documents` new documents are filed (random vectors) and as many deleted: the seconds
    the approximate index takes to come up to date after each write, and the share of the exact
    top ten paragraphs it returns for 50 queries, before and after both."""
    import numpy as np

    from nlp_pipeline.search import semantic

    vectors = [semantic.embed_query(query) for query in queries[:50]]

    def recall() -> float:
        approximate, exact = index._approximate_index(), index.backend.vectors()
        found = 0
        for vector in vectors:
            best = np.argpartition(-(exact.matrix @ vector), 10)[:10]
            wanted = {(exact.doc_ids[row], exact.ordinals[row]) for row in best}
            found += len(wanted & {(doc_id, ordinal) for doc_id, ordinal, _ in approximate.best(vector, 10)})
        return round(found / (10 * len(vectors)), 3)

    def timed_refresh() -> dict:
        started, cpu = time.perf_counter(), time.process_time()
        approximate = index._approximate_index()
        return {
            "s": round(time.perf_counter() - started, 2),
            "cpu_s": round(time.process_time() - cpu, 2),
            "masked_share": round(approximate.masked_share(), 5),
        }

    figures: dict[str, Any] = {"recall_at_10_before": recall()}
    new = [replace(record, doc_id=f"new{number:05d}") for number, record in enumerate(records[:documents])]
    index.update(new)
    store_random_vectors(index, seed=11)
    figures["after_adding"] = timed_refresh() | {"documents": documents}
    index.delete([record.doc_id for record in records[documents : 2 * documents]])
    figures["after_deleting"] = timed_refresh() | {"documents": documents}
    figures["recall_at_10_after"] = recall()
    return figures


def store_random_vectors(index, seed: int = 7) -> int:
    import numpy as np

    rng = np.random.default_rng(seed)
    stored = 0
    for doc_id, rows in index.backend.paragraphs_without_vectors():
        matrix = rng.standard_normal((len(rows), EMBEDDING_DIMENSIONS)).astype(np.float32)
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        with index.backend.transaction():
            index.backend.put_vectors(doc_id, [row.ordinal for row in rows], matrix)
        stored += len(rows)
    return stored


@contextmanager
def throwaway_server() -> Iterator[str]:
    """The tests' throwaway PostgreSQL (scripts/postgres_server.py); yields its URL."""
    binaries = postgres_binaries()
    if binaries is None:
        raise SystemExit(f"{MISSING}, or give --pg-url")
    with postgres_throwaway_server(binaries) as url:
        yield url


def drop_index(url: str) -> None:
    import psycopg

    from nlp_pipeline.search.postgres import SCHEMA_NAME, connection_url

    with psycopg.connect(connection_url(url), autocommit=True) as db:
        db.execute(f"DROP SCHEMA IF EXISTS {SCHEMA_NAME} CASCADE")


# The store's methods that run one statement: `execute`, and PostgreSQL's statement planned with
# its GIN indexes only (`PostgresBackend.execute_by_gin_index`).
STATEMENT_RUNNERS = ("execute", "execute_by_gin_index")


def explain_lookups(index, queries: dict[str, tuple[str, Any, dict[str, Callable]]]) -> dict[str, list[str]]:
    """PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of every full-text look-up one search of each query
    makes (with the store's methods shadowed by the third item's, where it names any)."""
    backend = index.backend
    runners = {method: getattr(backend, method) for method in STATEMENT_RUNNERS if hasattr(backend, method)}
    plans: dict[str, list[str]] = {}
    for label, (query, options, shadows) in queries.items():
        lookups: list[tuple[str, str, Any]] = []

        def recording(method: str, lookups: list[tuple[str, str, Any]] = lookups) -> Callable:
            def recorded(statement: str, values: Any = ()) -> list[tuple]:
                if "tsquery" in statement:
                    lookups.append((method, statement, values))
                return runners[method](statement, values)

            return recorded

        backend.__dict__.update(shadows | {method: recording(method) for method in runners})
        try:
            index.search(query, **({"mode": "keyword"} | options))
        finally:
            for method in [*shadows, *runners]:
                del backend.__dict__[method]
        for number, (method, sql, params) in enumerate(lookups):
            rows = runners[method]("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plans[f"{label} #{number + 1}: {query}"] = [row[0] for row in rows]
    return plans


def main_lookups(backend) -> dict[str, Callable]:
    """The PostgreSQL look-ups of main before this branch (0.4's), as methods to shadow the store's
    with: each look-up of a search its own statements (its walk, then its age-band rounds), and
    party lexemes only, a sector's name asked for as the OR of its words. The index is the same;
    only these statements differ."""
    from nlp_pipeline.search import postgres

    def newest_keys_each(table, queries: Sequence[str], where: str, params: list[Any], limit: int) -> list[list[int]]:
        return [
            postgres.PostgresBackend.newest_keys_each(backend, table, [query], where, params, limit)[0]
            for query in queries
        ]

    def full_text_query(groups, filters, table) -> str:
        parties = postgres.party_aliases() if backend.name_lexemes_hold() else None
        return postgres.tsquery(groups, filters, lexemes_of=parties)

    return {"newest_keys_each": newest_keys_each, "full_text_query": full_text_query}


def interleaved_latency(index, queries: list[str], cases: dict[str, dict[str, Any]]) -> dict[str, dict]:
    """PostgreSQL's keyword latency with the store's look-ups ("batched") and with those of main
    before them (`main_lookups`), on the same index and queries, query by query in turn (which of
    the two goes first alternates), so that both meet the same load and the same cache. Each
    search's statements are counted too."""
    backend = index.backend
    previous = main_lookups(backend)
    server = server_clock(index)
    statements = [0]

    def counting(run: Callable) -> Callable:
        def counted(sql: str, params: Any = ()) -> list[tuple]:
            statements[0] += 1
            return run(sql, params)

        return counted

    runners = [method for method in STATEMENT_RUNNERS if hasattr(backend, method)]
    figures: dict[str, dict] = {}
    backend.__dict__.update({method: counting(getattr(backend, method)) for method in runners})
    try:
        for name, options in cases.items():
            for query in queries[:10]:  # warm the page cache
                index.search(query, **options)
            samples: dict[str, list[tuple[float, ...]]] = {"batched": [], "main": []}
            counts: dict[str, list[int]] = {"batched": [], "main": []}
            load_before = load_average()
            for number, query in enumerate(queries):
                for variant in sorted(samples, reverse=number % 2 == 1):
                    if variant == "main":
                        backend.__dict__.update(previous)  # shadows the store's methods
                    statements[0] = 0
                    try:
                        samples[variant].append(timed_search(index, query, options, server))
                    finally:
                        for method in previous:
                            backend.__dict__.pop(method, None)
                    counts[variant].append(statements[0])
            figures[name] = {
                variant: latency_figures(values, queries)
                | {
                    "statements_p50": statistics.median(counts[variant]),
                    "statements_p95": percentile(counts[variant], 0.95),
                    "statements_max": max(counts[variant]),
                }
                for variant, values in samples.items()
            }
            figures[name]["load_average"] = [load_before, load_average()]
    finally:
        for method in runners:
            del backend.__dict__[method]
    return figures


def database_bytes(index) -> int:
    if isinstance(index.db_path, Path):
        return index.db_path.stat().st_size
    return index.backend.execute("SELECT pg_database_size(current_database())")[0][0]


def reused_index_mismatch(index, records: list[DocumentRecord]) -> str | None:
    """Why the index an earlier run left does not hold the documents this run generates (None
    where it does): their number, their tasks' number, and each document's fingerprint, title and
    date as the index stores them (the fingerprint names only the seed and the document's number;
    the title and date follow from the source paragraphs and the whole random sequence). Two reads
    of what the index keeps, seconds at 100,000 documents, and nothing written. (The store checks
    its schema version when it opens.)"""
    from nlp_pipeline.search.index import record_fingerprint

    backend = index.backend
    stored = {row[0]: row[1:] for row in backend.execute("SELECT doc_id, fingerprint, title, date FROM documents")}
    if len(stored) != len(records):
        return f"the index holds {len(stored):,} documents, this run generates {len(records):,} (--docs)"
    ((task_rows,),) = backend.execute("SELECT count(*) FROM tasks")
    generated_tasks = sum(len(record.tasks) for record in records)
    if task_rows != generated_tasks:
        return f"the index holds {task_rows:,} task rows, this run's documents have {generated_tasks:,}"
    differing = [
        record.doc_id
        for record in records
        if stored.get(record.doc_id) != (record_fingerprint(record), record.meta.title, record.meta.date)
    ]
    if differing:
        return f"{len(differing):,} documents differ from those this run generates (the first: {differing[0]})"
    return None


def open_index(db, args):
    """The index to time: a reused SQLite file opened read-only, so that timing it writes nothing
    (no transaction, no checkpoint of a write-ahead log an interrupted build left)."""
    from nlp_pipeline.search import Index
    from nlp_pipeline.search.sqlite_backend import SqliteBackend

    if args.reuse and not args.postgres:
        return Index(db, backend=SqliteBackend(db, read_only=True))
    return Index(db)


def build(index, records: list[DocumentRecord], figures: dict) -> None:
    """Index the records, then time an update that finds every one of them unchanged."""
    started, cpu_started = time.perf_counter(), time.process_time()
    index.update(records)
    seconds = time.perf_counter() - started
    # The CPU figure is the one to compare on a shared machine; wall time includes waiting.
    figures["index_cpu_docs_per_s"] = round(len(records) / (time.process_time() - cpu_started))
    figures["index_s"] = round(seconds, 1)
    figures["index_docs_per_s"] = round(len(records) / seconds)
    figures["index_chars_per_s"] = round(figures["characters"] / seconds)
    started = time.perf_counter()
    index.update(records)
    figures["unchanged_update_docs_per_s"] = round(len(records) / (time.perf_counter() - started))


def check_reused(index, records: list[DocumentRecord], figures: dict) -> None:
    started = time.perf_counter()
    mismatch = reused_index_mismatch(index, records)
    if mismatch:
        raise SystemExit(
            f"--reuse: {index.db_label} is not this run's index: {mismatch}; build it again without --reuse"
        )
    figures["reuse_check_s"] = round(time.perf_counter() - started, 1)


def measure(db, records, args, figures: dict) -> None:
    with open_index(db, args) as index:
        if args.reuse:
            check_reused(index, records, figures)
        else:
            build(index, records, figures)
        figures["db_bytes"] = database_bytes(index)

        relevance = [q["query"] for q in load_queries()] if (REPO / "corpora" / "relevance").is_dir() else []
        words = [w for group in vocabulary_sample(records[:500], per_group=args.queries).values() for w in group]
        queries = random.Random(3).sample(relevance + words, min(args.queries, len(relevance + words)))
        cases: dict[str, dict[str, Any]] = {
            "keyword documents": {"mode": "keyword"},
            "keyword tasks": {"mode": "keyword", "tasks": True},
            "keyword documents, sector + date filter": {"mode": "keyword", "sector": "消防", "date_from": "2020"},
            "keyword tasks, unit filter": {"mode": "keyword", "tasks": True, "unit": "应急管理部门"},
        }
        if args.vectors:
            figures["vectors"] = (
                index.backend.execute("SELECT count(*) FROM vectors")[0][0]
                if args.reuse
                else store_random_vectors(index)
            )
            if not figures["vectors"]:
                raise SystemExit("--vectors with --reuse needs an index built with --vectors")
            from nlp_pipeline.search import ann, semantic

            if args.approximate_from is not None:
                ann.MIN_PARAGRAPHS = args.approximate_from
            if args.exact:
                ann.MIN_PARAGRAPHS = figures["vectors"] + 1
            figures["approximate_index"] = approximate_index_figures(index)
            semantic.embed_query("预热")
            started = time.perf_counter()
            for query in queries[:50]:
                semantic.embed_query(query)
            figures["query_embedding_ms"] = round((time.perf_counter() - started) * 1000 / min(50, len(queries)), 2)
            cases |= {
                "semantic documents": {"mode": "semantic"},
                "hybrid documents": {"mode": "hybrid"},
                "hybrid tasks": {"mode": "hybrid", "tasks": True},
            }
        keyword_cases = {name: options for name, options in cases.items() if options["mode"] == "keyword"}
        if args.postgres:
            figures["latency"] = interleaved_latency(index, queries, keyword_cases)
        else:
            figures["latency"] = {
                name: time_queries(index, queries, **options) for name, options in keyword_cases.items()
            }
        figures["latency"] |= {
            name: time_queries(index, queries, **options)
            for name, options in cases.items()
            if name not in keyword_cases
        }
        if args.refresh and figures.get("approximate_index"):
            figures["refresh"] = refresh_figures(index, records, queries)
        figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        if args.postgres:
            figures["explain"] = explain_lookups(
                index,
                {
                    "frequent": ("安全", {}, {}),
                    "rare": ("尾矿库", {}, {}),
                    "tasks": ("燃气", {"tasks": True}, {}),
                    "tasks, unit filter": ("燃气", {"tasks": True, "unit": "应急管理部门"}, {}),
                }
                | {  # the slowest query of each case with the store's look-ups, and with main's
                    f"slowest of {name}{label}": (figures["latency"][name][variant]["slowest"][0][1], options, shadows)
                    for name, options in keyword_cases.items()
                    for variant, label, shadows in (
                        ("batched", "", {}),
                        ("main", " with main's look-ups", main_lookups(index.backend)),
                    )
                },
            )


@contextmanager
def _store(args, folder: Path):
    """The index location: an SQLite file, or a PostgreSQL URL with no search schema in it."""
    if args.reuse and not (args.db or args.pg_url):
        raise SystemExit("--reuse needs the index of an earlier run: --db PATH or --pg-url URL")
    if not args.postgres:
        path = args.db or folder / "benchmark.db"
        if not args.reuse:
            path.unlink(missing_ok=True)
        yield path
        return
    with nullcontext(args.pg_url) if args.pg_url else throwaway_server() as url:
        if not args.reuse:
            drop_index(url)
        yield url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300, help="query strings timed per case")
    parser.add_argument("--vectors", action="store_true", help="also time semantic and hybrid search")
    parser.add_argument(
        "--exact",
        action="store_true",
        help="with --vectors: the exact scan even above the approximate index's threshold",
    )
    parser.add_argument(
        "--approximate-from", type=int, help="with --vectors: the approximate index's threshold, in vectors"
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="with --vectors: time the approximate index's refresh after 10 documents are filed and 10 deleted",
    )
    parser.add_argument("--db", type=Path, help="keep the SQLite index here (default: a temporary folder)")
    parser.add_argument("--postgres", action="store_true", help="build the index in PostgreSQL")
    parser.add_argument("--pg-url", help="a PostgreSQL database to use (its search schema is dropped first)")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="time the queries of an index an earlier run built (--db or --pg-url) without rebuilding it",
    )
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    if args.refresh and args.reuse:
        parser.error("--refresh writes to the index: not with --reuse")
    if not (SHARED / "eval").is_dir() and not any(SAMPLE.glob("*.txt")):
        print("needs source documents: ../shared/eval or corpora/sample-src", file=sys.stderr)
        return 2

    started = time.perf_counter()
    records = synthetic_records(args.docs)
    figures: dict[str, Any] = {
        "documents": len(records),
        "characters": sum(len(r.text) for r in records),
        "tasks": sum(len(r.tasks) for r in records),
        "generate_s": round(time.perf_counter() - started, 1),
    }
    figures["store"] = "postgres" if args.postgres else "sqlite"
    with tempfile.TemporaryDirectory() as folder, _store(args, Path(folder)) as db:
        measure(db, records, args, figures)
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
