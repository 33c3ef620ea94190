"""The 文件处理 pages: the form (`/`), its post (`/process`), the result page (`/result/<id>`) with
its downloads, and adding a result to the index afterwards (`/result/<id>/index`)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from .dependencies import ArchiveDep, PagesDep, ResultsDep, WorkersDep
from .downloads import download
from .forms import check_same_origin, processed, read_form
from .store import ResultStore, StoredResult

router = APIRouter(include_in_schema=False)


def stored(results: ResultStore, result_id: str) -> StoredResult:
    result = results.get(result_id)
    if result is None:
        raise HTTPException(
            404, f"找不到这份结果（服务重启或结果超过 {results.capacity} 份时旧结果会被清除），" "请重新处理文档"
        )
    return result


@router.get("/")
def process_form(request: Request, pages: PagesDep) -> Response:
    return pages.page(request, "process.html", add_to_index=True)


@router.post("/process")
async def process_page(
    request: Request, pages: PagesDep, results: ResultsDep, searcher: ArchiveDep, workers: WorkersDep
) -> Response:
    try:
        check_same_origin(request)
        upload = await read_form(request)
    except HTTPException as error:
        return pages.page(request, "process.html", error.status_code, error=error.detail, add_to_index=True)
    try:
        record = await processed(workers, upload)
    except HTTPException as error:
        return pages.page(
            request,
            "process.html",
            error.status_code,
            error=error.detail,
            text=upload.text,
            date=upload.date,
            add_to_index=upload.add_to_index,
        )
    result_id = results.add(record)
    if upload.add_to_index and searcher.enabled:
        try:
            await run_in_threadpool(searcher.add, record)
            indexed, index_error = True, None
        except HTTPException as error:  # the result stands; only indexing failed
            indexed, index_error = False, error.detail
        result = results.get(result_id)
        if result is not None:  # unless newer results pushed it out meanwhile
            result.indexed, result.index_error = indexed, index_error
    return RedirectResponse(f"/result/{result_id}", status_code=303)


@router.get("/result/{result_id}")
def result_page(request: Request, result_id: str, pages: PagesDep, results: ResultsDep) -> Response:
    result = stored(results, result_id)
    return pages.record_page(
        request,
        result.record,
        lambda fmt: f"/result/{result_id}/download/{fmt}",
        result_id=result_id,
        indexed=result.indexed,
        index_error=result.index_error,
    )


@router.get("/result/{result_id}/download/{fmt}")
def result_download(result_id: str, fmt: str, results: ResultsDep) -> Response:
    return download(stored(results, result_id).record, fmt)


@router.post("/result/{result_id}/index", dependencies=[Depends(check_same_origin)])
async def add_to_index(result_id: str, results: ResultsDep, searcher: ArchiveDep) -> Response:
    result = stored(results, result_id)
    await run_in_threadpool(searcher.add, result.record)
    result.indexed, result.index_error = True, None
    return RedirectResponse(f"/result/{result_id}", status_code=303)
