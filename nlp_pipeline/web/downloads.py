"""A record's checklist as a download (Excel, CSV, JSON, Markdown), and the addresses of an
indexed document's page and downloads, which the templates build links with."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import HTTPException
from fastapi.responses import Response

from .. import export
from ..record import DocumentRecord

DOWNLOADS = {
    "xlsx": (
        "Excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        lambda record: export.to_xlsx([record]),
    ),
    "csv": ("CSV", "text/csv; charset=utf-8", lambda record: export.to_csv([record])),
    "json": ("JSON", "application/json", lambda record: export.to_json(record).encode("utf-8")),
    "md": ("Markdown", "text/markdown; charset=utf-8", lambda record: export.to_markdown([record]).encode("utf-8")),
}


def download_name(record: DocumentRecord, fmt: str) -> str:
    return f"{record.doc_id}-任务分解表.{fmt}"


def content_disposition(filename: str) -> str:
    return f"attachment; filename=\"checklist{Path(filename).suffix}\"; filename*=UTF-8''{quote(filename)}"


def download(record: DocumentRecord, fmt: str) -> Response:
    if fmt not in DOWNLOADS:
        raise HTTPException(404, f"不支持的下载格式：{fmt}（可选 {'、'.join(DOWNLOADS)}）")
    _, media_type, render = DOWNLOADS[fmt]
    headers = {"Content-Disposition": content_disposition(download_name(record, fmt))}
    return Response(render(record), media_type=media_type, headers=headers)


def document_url(doc_id: str, fragment: str = "") -> str:
    return f"/document?id={quote(doc_id, safe='')}" + (f"#{fragment}" if fragment else "")


def document_download_url(doc_id: str, fmt: str) -> str:
    return f"/document/download?id={quote(doc_id, safe='')}&format={fmt}"
