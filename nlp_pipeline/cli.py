"""The `nlp-pipeline` command: parses arguments and calls the library, nothing more."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .errors import DocumentsFailed, InternalError, PipelineError, UsageError

DESCRIPTION = """\
把安全生产讲话、会议报道、通知、方案、纪要整理成任务分解表（工作任务 · 责任单位 · 完成时限 · 行业领域）。
Turns Chinese work-safety documents into implementation checklists.

examples:
  nlp-pipeline extract 通知.docx --format xlsx -o 任务分解表.xlsx
  nlp-pipeline batch 收文/ -o 结果/
  nlp-pipeline index 结果/ --db archive.db && nlp-pipeline search 燃气 --db archive.db --tasks
  nlp-pipeline due --db archive.db --within 14d --format ics -o 督办.ics
  nlp-pipeline align 市方案.docx 县方案.docx --format xlsx -o 承接对照.xlsx
  nlp-pipeline serve
"""

EXTRACT_FORMATS = ("json", "md", "csv", "xlsx")


def _date(value: str) -> str:
    from .dates import iso_date

    try:
        return iso_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nlp-pipeline", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"nlp-pipeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    normalize = commands.add_parser("normalize", help="print the normalized (clean, simplified) text of a document")
    normalize.add_argument("file", type=Path, help="a .txt (any Chinese encoding), .html, .docx or .pdf file")
    normalize.add_argument("--explain", action="store_true", help="also list every change on stderr")

    extract = commands.add_parser("extract", help="the document record / checklist of one document")
    extract.add_argument("file", type=Path)
    extract.add_argument(
        "--date",
        type=_date,
        help="the document's date, when the text does not state it " "(deadlines like 9月底前 are resolved against it)",
    )
    extract.add_argument(
        "--format",
        choices=EXTRACT_FORMATS,
        default="json",
        help="json: the full record (default); md: a readable 任务分解表; csv/xlsx: the checklist",
    )
    extract.add_argument("-o", "--output", type=Path, help="write here instead of stdout (required for xlsx)")

    batch = commands.add_parser(
        "batch",
        help="every document under a folder -> records, checklist, errors",
        description="Exit status: 0 every document has a current record; 3 some documents "
        "failed (errors.jsonl says why; everything else is written); 1 nothing could be "
        "done (e.g. a missing input folder); 2 a wrong option.",
    )
    batch.add_argument("input", type=Path, help="folder of incoming documents")
    batch.add_argument("-o", "--output", type=Path, required=True, help="output folder")
    batch.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: the number of CPUs)"
    )
    batch.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per document (default 120)")
    batch.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local process pool (default) or a Dask distributed cluster",
    )
    batch.add_argument("--scheduler", help="Dask scheduler address (default: start a LocalCluster)")

    index = commands.add_parser(
        "index",
        help="build or update the search index over documents or batch output; "
        "delete or re-extract indexed documents",
    )
    index.add_argument(
        "input", type=Path, nargs="?", help="a batch output folder (with docs/) or a folder of documents"
    )
    index.add_argument("--db", required=True, help="index file (SQLite) or a postgresql:// URL")
    index.add_argument("--embed", action="store_true", help="also embed paragraphs for semantic search (slow)")
    index.add_argument(
        "--delete",
        metavar="DOC_ID",
        action="append",
        default=[],
        help="remove this document from the index (repeatable; ids as `search` shows them)",
    )
    index.add_argument(
        "--reindex",
        metavar="DOC_ID",
        action="append",
        default=[],
        help="extract this indexed document again with the installed rules (repeatable)",
    )

    search = commands.add_parser("search", help="search the indexed documents or their tasks")
    search.add_argument("query", help="words to find, e.g. 燃气 or 住建部门 燃气")
    search.add_argument("--db", required=True, help="index file (SQLite) or a postgresql:// URL")
    search.add_argument("--sector", help="only this sector (a canonical name, e.g. 城镇燃气)")
    search.add_argument("--unit", help="only tasks/documents naming this canonical unit (e.g. 住房和城乡建设部门)")
    search.add_argument("--type", dest="doc_type", help="only this document type (notice, plan, speech …)")
    search.add_argument("--from", dest="date_from", type=_date, help="documents dated on or after YYYY-MM-DD")
    search.add_argument("--to", dest="date_to", type=_date, help="documents dated on or before YYYY-MM-DD")
    search.add_argument("--tasks", action="store_true", help="return matching checklist rows instead of documents")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--format", choices=("table", "json"), default="table")
    mode = search.add_mutually_exclusive_group()
    mode.add_argument(
        "--semantic",
        dest="mode",
        action="store_const",
        const="semantic",
        help="rank by meaning (needs an index built with --embed)",
    )
    mode.add_argument("--keyword", dest="mode", action="store_const", const="keyword", help="rank by words only (BM25)")

    serve = commands.add_parser("serve", help="the web page: paste or upload a document, search the archive")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this computer only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--db", help="search index to serve (default: none; the search page is then empty)")
    serve.add_argument(
        "--token",
        help="access token every request must carry; required when --host is not "
        "this computer (default: $NLP_PIPELINE_TOKEN)",
    )
    serve.add_argument(
        "--allowed-host",
        dest="allowed_hosts",
        metavar="NAME",
        action="append",
        default=[],
        help="another name clients use for this server (the Host header), e.g. a DNS alias; " "repeatable",
    )
    serve.add_argument("--workers", type=int, default=2, help="documents processed at once (default 2)")
    serve.add_argument(
        "--timeout", type=float, default=120.0, help="seconds allowed per document, as in batch (default 120)"
    )
    add_ledger_commands(commands)
    return parser


def _write_or_print(data: bytes | str, output: Path | None) -> None:
    if output is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data if data.endswith("\n") else data + "\n")
        return
    from .batch.io import write_atomic

    write_atomic(output, data if isinstance(data, bytes) else data.encode("utf-8"))


def cmd_normalize(args) -> int:
    from .pipeline import read_and_normalize

    normalized = read_and_normalize(args.file)
    _write_or_print(normalized.text, None)
    if args.explain:
        for change in normalized.changes:
            print(f"{change.step}\t{change.offset}\t{change.before!r} -> {change.after!r}", file=sys.stderr)
    return 0


def cmd_extract(args) -> int:
    from .pipeline import process

    if args.format == "xlsx" and args.output is None:
        raise UsageError("--format xlsx writes a binary workbook: give -o FILE.xlsx")
    try:
        record = process(args.file, date=args.date)
    except PipelineError:
        raise
    except Exception as error:  # a bug: one line the user can report, as the batch writes it, no traceback
        raise InternalError(args.file, repr(error)) from error
    if args.format == "json":  # the record writes itself: the checklist writers are not loaded
        _write_or_print(record.to_json() + "\n", args.output)
        return 0
    from . import export

    renderers: dict[str, Callable[[list], bytes | str]] = {
        "md": export.to_markdown,
        "csv": export.to_csv,
        "xlsx": export.to_xlsx,
    }
    _write_or_print(renderers[args.format]([record]), args.output)
    return 0


def cmd_batch(args) -> int:
    import json

    from .batch import run_batch

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.engine == "dask":
        from .batch.dask_engine import run_batch_dask

        summary = run_batch_dask(
            args.input, args.output, scheduler=args.scheduler, workers=args.workers, timeout_s=args.timeout
        )
    else:
        summary = run_batch(args.input, args.output, workers=args.workers, timeout_s=args.timeout)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    print(
        f"checklist: {Path(args.output) / 'checklist.xlsx'}  ({summary['tasks']} tasks, "
        f"{summary['failed']} failed documents; see errors.jsonl)",
        file=sys.stderr,
    )
    if summary["failed"]:
        raise DocumentsFailed(summary["failed"], summary["documents"], str(Path(args.output) / "errors.jsonl"))
    return 0


def cmd_index(args) -> int:
    import json

    from .search.commands import run_delete, run_index, run_reindex

    chosen = [
        name for name, given in (("INPUT", args.input), ("--delete", args.delete), ("--reindex", args.reindex)) if given
    ]
    if len(chosen) != 1:
        raise UsageError(
            "index：INPUT、--delete DOC_ID、--reindex DOC_ID 三者请只给一种"
            + (f"（收到 {' 和 '.join(chosen)}）" if chosen else "")
        )
    if args.delete:
        summary = run_delete(args.db, args.delete)
    elif args.reindex:
        summary = run_reindex(args.db, args.reindex)
    else:
        summary = run_index(args.input, args.db, embed=args.embed)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


def cmd_search(args) -> int:
    from .search.commands import run_search

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    _write_or_print(
        run_search(
            args.query,
            args.db,
            sector=args.sector,
            unit=args.unit,
            doc_type=args.doc_type,
            date_from=args.date_from,
            date_to=args.date_to,
            tasks=args.tasks,
            limit=args.limit,
            format=args.format,
            mode=args.mode or "auto",
        ),
        None,
    )
    return 0


def cmd_serve(args) -> int:
    from .web.serve import run_server

    if args.workers < 1 or args.timeout <= 0:
        raise UsageError("serve：--workers 至少为 1，--timeout 须大于 0")
    run_server(
        host=args.host,
        port=args.port,
        db_path=args.db,
        token=args.token,
        allowed_hosts=tuple(args.allowed_hosts),
        workers=args.workers,
        timeout_s=args.timeout,
    )
    return 0


# -- the deadline ledger (督办台账) and plan alignment (承接对照) ------------------------------------

# the renderers' FORMATS, named here so that building the parser imports nothing heavy (a test keeps them equal)
DUE_FORMATS = ("table", "json", "csv", "xlsx", "ics")
ALIGN_FORMATS = ("md", "xlsx", "json")


def add_ledger_commands(commands) -> None:
    from .resources import ledger_spec

    due = commands.add_parser("due", help="督办台账: indexed tasks falling due or overdue, per unit")
    due.add_argument("--db", required=True, help="index file (SQLite) or a postgresql:// URL")
    due.add_argument("--unit", help="only tasks of this canonical unit (e.g. 应急管理部门)")
    due.add_argument("--sector", help="only tasks of this sector (e.g. 城镇燃气)")
    due.add_argument("--on", help="the reference day (default today), e.g. 2024-06-01 or 2024年6月1日")
    due.add_argument("--within", default="30d", help="the window after the reference day: 30d (default), 2w, 3m")
    due.add_argument("--overdue", action="store_true", help="only overdue tasks")
    due.add_argument(
        "--format",
        choices=DUE_FORMATS,
        default="table",
        help="table (default), json, csv, xlsx (needs -o) or ics (calendar, one event per deadline)",
    )
    due.add_argument("-o", "--output", type=Path, help="write here instead of stdout")

    status = commands.add_parser("status", help="show or record a task's status (done, in progress, not applicable)")
    status.add_argument("doc_id", help="the document's id in the index (its file name without extension)")
    status.add_argument("task", help="the task's number (T3) or its key, as `due` lists them")
    status.add_argument(
        "status",
        nargs="?",
        choices=tuple(ledger_spec()["statuses"]),
        help="the new status (omit to show the current one; open forgets it)",
    )
    status.add_argument("--note", help="a note kept with the status (e.g. 已于6月3日上报)")
    status.add_argument("--db", required=True, help="index file (SQLite) or a postgresql:// URL")
    status.add_argument("--format", choices=("table", "json"), default="table")

    align = commands.add_parser("align", help="承接对照: which tasks of a superior plan a subordinate plan takes up")
    align.add_argument("superior", type=Path, help="the superior directive or plan (province, city)")
    align.add_argument("subordinate", type=Path, help="the plan implementing it (city, county)")
    align.add_argument(
        "--format",
        choices=ALIGN_FORMATS,
        default="md",
        help="md: a readable report (default); xlsx: a workbook (needs -o); json",
    )
    align.add_argument("-o", "--output", type=Path, help="write here instead of stdout")


def cmd_due(args) -> int:
    from .ledger import run_due

    if args.format == "xlsx" and args.output is None:
        raise UsageError("--format xlsx writes a binary workbook: give -o FILE.xlsx")
    _write_or_print(
        run_due(
            args.db,
            format=args.format,
            on=args.on,
            within=args.within,
            unit=args.unit,
            sector=args.sector,
            overdue_only=args.overdue,
        ),
        args.output,
    )
    return 0


def cmd_status(args) -> int:
    from .ledger import run_status

    _write_or_print(run_status(args.db, args.doc_id, args.task, args.status, args.note, format=args.format), None)
    return 0


def cmd_align(args) -> int:
    from .align import align_files, render

    if args.format == "xlsx" and args.output is None:
        raise UsageError("--format xlsx writes a binary workbook: give -o FILE.xlsx")
    _write_or_print(render(align_files(args.superior, args.subordinate), args.format), args.output)
    return 0


LEDGER_COMMANDS = {"due": cmd_due, "status": cmd_status, "align": cmd_align}


COMMANDS = {
    "normalize": cmd_normalize,
    "extract": cmd_extract,
    "batch": cmd_batch,
    "index": cmd_index,
    "search": cmd_search,
    "serve": cmd_serve,
    **LEDGER_COMMANDS,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except PipelineError as error:
        print(f"nlp-pipeline: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("nlp-pipeline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# Commands whose work is a document or two: loading the pipeline is most of it (collector.py)
BOUNDED_COMMANDS = frozenset({"normalize", "extract", "align"})


def console_main() -> int:
    """The `nlp-pipeline` command (and `python -m nlp_pipeline.cli`): `main`, then every live object
    is frozen out of the garbage collector. Interpreter shutdown would otherwise collect spaCy's
    object graph piece by piece, 0.3–0.5 s after every command has done its work
    (docs/benchmarks.md, start-up), where the operating system frees the whole process at once.
    Output is still flushed and exit handlers still run. A command of `BOUNDED_COMMANDS` runs with
    the collector paused: its walks over what the loading allocates find nothing to free
    (`collector.py`). Not in `main`, which tests and scripts call many times in one process."""
    from .collector import frozen_when_done
    from .model_cache import enable as enable_model_cache
    from .regex_cache import enable as enable_regex_cache
    from .toml_cache import enable as enable_toml_cache

    enable_regex_cache()
    enable_toml_cache()
    enable_model_cache()
    with frozen_when_done(paused=len(sys.argv) > 1 and sys.argv[1] in BOUNDED_COMMANDS):
        return main()


if __name__ == "__main__":
    sys.exit(console_main())
