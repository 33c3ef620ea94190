"""The JSON API under /api/: process a document, search the index, its facets, one indexed
document's record. Described in /openapi.json; every refusal is `{"error": …}` in Chinese (the
app's error handlers)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import JSONResponse

from .dependencies import ArchiveDep, WorkersDep
from .forms import Upload, check_same_origin, processed, read_form
from .search_service import search_filters

router = APIRouter(prefix="/api")
EXTRACT_FORM_SCHEMA = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "txt (any encoding), html, docx or pdf; at most 20 MB",
                        },
                        "text": {"type": "string", "description": "pasted document text, instead of a file"},
                        "date": {
                            "type": "string",
                            "format": "date",
                            "description": "the document's date, YYYY-MM-DD, when it names none",
                        },
                    },
                }
            },
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {"text": {"type": "string"}, "date": {"type": "string", "format": "date"}},
                }
            },
        }
    },
}


@router.post(
    "/extract",
    summary="处理一份文档，返回文档记录（CONTRACT.md）",
    openapi_extra=EXTRACT_FORM_SCHEMA,
    dependencies=[Depends(check_same_origin)],
)
async def api_extract(upload: Annotated[Upload, Depends(read_form)], workers: WorkersDep) -> JSONResponse:
    record = await processed(workers, upload)
    return JSONResponse(record.to_dict())


@router.get("/search", summary='检索文档库，返回 {"results": [...]}')
def api_search(
    searcher: ArchiveDep,
    q: str,
    tasks: bool = False,
    limit: int = 10,
    sector: str | None = None,
    unit: str | None = None,
    doc_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> dict:
    if not 1 <= limit <= 100:
        raise HTTPException(400, "limit 应在 1 到 100 之间")
    filters = search_filters(sector=sector, unit=unit, doc_type=doc_type, date_from=date_from, date_to=date_to)
    return {"results": searcher.search(q, filters, tasks, limit)}


@router.get("/facets", summary="检索库中的行业、单位、类型、地区及其文档数")
def api_facets(searcher: ArchiveDep) -> dict:
    return searcher.facets()


@router.get("/document", summary="检索库中一份文档的完整记录（CONTRACT.md）")
def api_document(id: str, searcher: ArchiveDep) -> dict:  # noqa: A002 - the query parameter
    return searcher.record(id).to_dict()
