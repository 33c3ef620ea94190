"""What `nlp-pipeline index` and `nlp-pipeline search` do; `cli.py` only parses arguments."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import SearchError
from .index import Index


def run_index(
    input_path: str | Path, db_path: str | Path, *, embed: bool = False, progress: bool = True
) -> dict[str, Any]:
    """Bring the index at `db_path` in line with `input_path` and return a summary.

    `input_path` is a batch output directory (records in docs/*.json) or a directory of raw
    documents, which is run through the batch pipeline first. Documents missing from the input
    are dropped from the index; unchanged ones are skipped.
    """
    source = Path(input_path)
    if not source.is_dir():
        raise SearchError(f"{source}: not a directory (give a batch output directory or a directory of documents)")
    with Index(db_path) as index:
        if (source / "docs").is_dir():
            summary = index.sync(_records_in(source / "docs"), embed=embed, progress=progress)
            return {**summary, "input": str(source), "db": str(db_path), "failed": []}
        with tempfile.TemporaryDirectory(prefix="nlp-pipeline-index-") as batch_dir:
            from ..batch import run_batch

            run_batch(source, batch_dir, progress=progress)
            summary = index.sync(_records_in(Path(batch_dir) / "docs"), embed=embed, progress=progress)
            failed = _batch_failures(Path(batch_dir) / "errors.jsonl")
        return {**summary, "input": str(source), "db": str(db_path), "failed": failed}


def run_delete(db_path: str | Path, doc_ids: list[str]) -> dict[str, Any]:
    """`nlp-pipeline index --delete ID`: drop documents; an id the index lacks is an error."""
    with Index(db_path) as index:
        summary = index.delete(doc_ids)
    if summary["missing"]:
        raise SearchError(
            f"检索库中没有这些文档：{'、'.join(summary['missing'])}"
            f"（其余 {summary['removed']} 份已删除）；文档编号见 nlp-pipeline search 的结果"
        )
    return {**summary, "db": str(db_path)}


def run_reindex(db_path: str | Path, doc_ids: list[str]) -> dict[str, Any]:
    """`nlp-pipeline index --reindex ID`: extract each stored document again by the current rules."""
    from ..pipeline import reextract

    with Index(db_path) as index:
        asked = list(dict.fromkeys(doc_ids))
        records = {doc_id: record for doc_id in asked if (record := index.record(doc_id)) is not None}
        missing = [doc_id for doc_id in asked if doc_id not in records]
        if missing:
            raise SearchError(
                f"检索库中没有这些文档的完整记录：{'、'.join(missing)}；"
                "请用 nlp-pipeline index 目录 --db 重新入库（什么也没有改动）"
            )
        for record in records.values():
            index.replace(reextract(record))
        return {"reindexed": list(records), "documents": index.stats()["documents"], "db": str(db_path)}


def _records_in(docs_dir: Path) -> Iterator[dict[str, Any]]:
    for path in sorted(docs_dir.glob("*.json")):
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise SearchError(f"{path}: not a readable document record ({error}); nothing was indexed") from error


def _batch_failures(errors_path: Path) -> list[dict[str, Any]]:
    if not errors_path.is_file():
        return []
    return [json.loads(line) for line in errors_path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_search(
    query: str,
    db_path: str | Path,
    *,
    sector: str | None = None,
    unit: str | None = None,
    doc_type: str | None = None,
    region: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    tasks: bool = False,
    limit: int = 10,
    mode: str = "auto",
    format: str = "table",
) -> str:  # noqa: A002 - the CLI option is called --format
    """The text `nlp-pipeline search` prints: a table for people or `{"results": [...]}`."""
    if format not in ("table", "json"):
        raise SearchError(f"unknown output format {format!r}; use table or json")
    with Index(db_path) as index:
        results = index.search(
            query,
            sector=sector,
            unit=unit,
            doc_type=doc_type,
            region=region,
            date_from=date_from,
            date_to=date_to,
            tasks=tasks,
            limit=limit,
            mode=mode,
        )
    if format == "json":
        return json.dumps({"results": results}, ensure_ascii=False, indent=1)
    if not results:
        return "no results"
    render = _task_lines if tasks else _document_lines
    return "\n\n".join("\n".join(render(rank, result)) for rank, result in enumerate(results, start=1))


def _document_lines(rank: int, result: dict[str, Any]) -> list[str]:
    heading = "  ".join(
        str(part) for part in (result["doc_id"], result["date"] or "undated", result["doc_type"], result["title"])
    )
    lines = [f"{rank:>2}. {heading}  (score {result['score']})", f"    {result['snippet']}"]
    lines += [f"    - {task['id']} {task['text']}{_task_details(task)}" for task in result["tasks"]]
    return lines


def _task_lines(rank: int, result: dict[str, Any]) -> list[str]:
    document = "  ".join(str(part) for part in (result["doc_id"], result["date"] or "undated", result["title"]))
    return [
        f"{rank:>2}. {result['text']}{_task_details(result)}",
        f"    {result['snippet']}",
        f"    {result['task_id']} in {document}  (score {result['score']})",
    ]


def _task_details(task: dict[str, Any]) -> str:
    deadline = task["deadline"]
    parts = [
        "、".join(task["units"]) if task["units"] else "",
        (deadline["text"] + (f" ({deadline['date']})" if deadline.get("date") else "")) if deadline else "",
    ]
    shown = [part for part in parts if part]
    return f"  [{' · '.join(shown)}]" if shown else ""
