"""The 文档检索 pages: the search page (`/search`) and an indexed document's page (`/document?id=…`)
with its downloads, re-extraction and deletion. All of them need `serve --db`."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from ..errors import DocumentError, ServiceBusy
from ..pipeline import reextract
from .dependencies import ArchiveDep, PagesDep, WorkersDep
from .downloads import document_download_url, download
from .forms import check_same_origin, http_error, posted_doc_id
from .search_service import NO_INDEX, SEARCH_FILTERS, search_filters

router = APIRouter(include_in_schema=False)
PostedDocId = Annotated[str, Depends(posted_doc_id)]


@router.get("/document")
def document_page(request: Request, id: str, pages: PagesDep, searcher: ArchiveDep) -> Response:  # noqa: A002 - the query parameter
    record = searcher.record(id)
    return pages.record_page(
        request,
        record,
        lambda fmt: document_download_url(id, fmt),
        doc_id=id,
        reindexed=bool(request.query_params.get("reindexed")),
    )


@router.get("/document/download")
def document_download(id: str, format: str, searcher: ArchiveDep) -> Response:  # noqa: A002 - the query parameters
    return download(searcher.record(id), format)


@router.post("/document/reindex", dependencies=[Depends(check_same_origin)])
async def document_reindex(doc_id: PostedDocId, searcher: ArchiveDep, workers: WorkersDep) -> Response:
    record = searcher.record(doc_id)
    try:
        fresh = await run_in_threadpool(workers.run, reextract, record, source=doc_id)
    except (DocumentError, ServiceBusy) as error:
        raise http_error(error) from None
    await run_in_threadpool(searcher.replace, fresh)
    return RedirectResponse(f"/document?reindexed=1&id={quote(doc_id, safe='')}", status_code=303)


@router.post("/document/delete", dependencies=[Depends(check_same_origin)])
async def document_delete(doc_id: PostedDocId, searcher: ArchiveDep) -> Response:
    await run_in_threadpool(searcher.delete, doc_id)
    return RedirectResponse(f"/search?deleted={quote(doc_id, safe='')}", status_code=303)


@router.get("/search")
def search_page(request: Request, pages: PagesDep, searcher: ArchiveDep) -> Response:
    query = request.query_params.get("q", "").strip()
    filters = search_filters(**{name: request.query_params.get(name) for name in SEARCH_FILTERS})
    tasks = bool(request.query_params.get("tasks"))
    context: dict[str, Any] = {
        "query": query,
        "filters": filters,
        "tasks": tasks,
        "facets": {},
        "results": None,
        "empty_index": False,
        "deleted": request.query_params.get("deleted"),
    }
    if not searcher.enabled:
        return pages.page(request, "search.html", error=NO_INDEX, **context)
    try:
        context["empty_index"] = searcher.empty
        context["facets"] = searcher.facets()
        if query:
            context["results"] = searcher.search(query, filters, tasks, limit=20)
    except HTTPException as error:
        return pages.page(request, "search.html", error.status_code, error=error.detail, **context)
    return pages.page(request, "search.html", **context)
