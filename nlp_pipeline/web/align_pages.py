"""The 承接对照 page: two uploads (or pasted texts), the superior plan and the subordinate one, and
the side-by-side table of which superior task each subordinate task takes up. Registered by
`create_app` as one router; nothing is stored: the downloads are in the page itself.

Pages: `GET /align` (the form), `POST /align` (the table). API: `POST /api/align` (the JSON of
`nlp-pipeline align --format json`).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException

from ..align import Alignment, align_records, render
from ..errors import AlignError, DocumentError
from ..pipeline import process_raw, raw_from_text
from ..readers import MAX_BYTES, RawDocument, read_bytes

SIDES = {"superior": "上级文件", "subordinate": "下级文件"}
FORM_OVERHEAD = 1024 * 1024
DOWNLOADS = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    "md": ("text/markdown; charset=utf-8", "Markdown"),
    "json": ("application/json", "JSON"),
}


@dataclass
class Side:
    filename: str
    data: bytes
    text: str


async def read_sides(request: Request) -> dict[str, Side]:
    """The two documents of the form: for each side a file (`superior`, `subordinate`) or a text
    (`superior_text`, `subordinate_text`). Upload parts are closed (spool files removed) here."""
    if int(request.headers.get("content-length") or 0) > 2 * MAX_BYTES + FORM_OVERHEAD:
        raise HTTPException(413, "两份文件合计超过上限，请拆分后再上传")
    try:
        async with request.form(max_files=2, max_fields=8, max_part_size=MAX_BYTES) as form:
            sides = {}
            for side in SIDES:
                upload = form.get(side)
                filename, data = "", b""
                if isinstance(upload, UploadFile) and upload.filename:
                    filename, data = upload.filename, await upload.read(MAX_BYTES + 1)
                if len(data) > MAX_BYTES:
                    raise HTTPException(413, f"{SIDES[side]}超过 20 MB 上限")
                sides[side] = Side(filename, data, str(form.get(f"{side}_text") or ""))
            return sides
    except MultiPartException as error:
        raise HTTPException(400, f"表单无法解析：{error.message}") from None


def raw_document(side: str, given: Side) -> RawDocument:
    label = SIDES[side]
    if given.filename and given.text.strip():
        raise HTTPException(400, f"{label}：请只选一种方式，粘贴文本或上传文件")
    if not (given.filename or given.text.strip()):
        raise HTTPException(400, f"请提供{label}：上传文件或粘贴文本")
    if given.text.strip():
        if len(given.text.encode("utf-8")) > MAX_BYTES:
            raise HTTPException(413, f"{label}超过 20 MB 上限")
        return raw_from_text(given.text, name=side)
    try:
        return read_bytes(given.data, given.filename)
    except DocumentError as error:
        raise HTTPException(422, f"{label}无法读取：{error}") from None


def align_sides(sides: dict[str, Side]) -> Alignment:
    records = []
    for side, given in sides.items():
        raw = raw_document(side, given)
        try:
            records.append(process_raw(raw, doc_id=side if not given.filename else None))
        except DocumentError as error:
            raise HTTPException(422, f"{SIDES[side]}无法处理：{error}") from None
    try:
        return align_records(*records)
    except AlignError as error:
        raise HTTPException(422, str(error)) from None


def data_url(alignment: Alignment, fmt: str) -> str:
    body = render(alignment, fmt)
    encoded = base64.b64encode(body if isinstance(body, bytes) else body.encode("utf-8")).decode("ascii")
    return f"data:{DOWNLOADS[fmt][0].split(';')[0]};base64,{encoded}"


def align_router(page: Callable[..., Response]) -> APIRouter:
    from .forms import check_same_origin

    router = APIRouter()

    @router.get("/align", include_in_schema=False)
    def align_form(request: Request) -> Response:
        return page(request, "align.html", sides=SIDES)

    @router.post("/align", include_in_schema=False)
    async def align_page(request: Request) -> Response:
        try:
            check_same_origin(request)
            alignment = await run_in_threadpool(align_sides, await read_sides(request))
        except HTTPException as error:
            return page(request, "align.html", error.status_code, sides=SIDES, error=error.detail)
        downloads = {fmt: (label, data_url(alignment, fmt)) for fmt, (_, label) in DOWNLOADS.items()}
        return page(
            request, "align.html", sides=SIDES, alignment=alignment, coverage=alignment.coverage(), downloads=downloads
        )

    @router.post(
        "/api/align", summary="承接对照：上传上级文件 superior 与下级文件 subordinate（或 *_text），返回对照 JSON"
    )
    async def api_align(request: Request) -> JSONResponse:
        check_same_origin(request)
        alignment = await run_in_threadpool(align_sides, await read_sides(request))
        return JSONResponse(alignment.to_dict())

    return router
