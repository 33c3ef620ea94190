"""What a request posts: a document (pasted text or one upload, counted against the cap while it
arrives), a small form naming a document, and the same-origin check every post passes; and the
worker run that turns a posted document into a record.

`read_form` and `check_same_origin` are FastAPI dependencies as well as plain calls: the process
page calls them itself, because a refused form there is shown again with its error rather than
answered by the error page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..dates import iso_date
from ..errors import DocumentError, DocumentTooLarge, ServiceBusy, UnsupportedFormat
from ..pipeline import clean_doc_id, process_raw, raw_from_text
from ..readers import MAX_BYTES, read_bytes
from ..record import DocumentRecord
from .workers import DocumentWorkers

FORM_OVERHEAD = 1024 * 1024
SMALL_FORM_BYTES = 64 * 1024
ERROR_STATUS = {DocumentTooLarge: 413, UnsupportedFormat: 415}
PASTED = "粘贴文本"
TOO_LARGE = f"上传的内容超过 {MAX_BYTES // 2**20} MB 上限，请拆分后再上传"


@dataclass
class Upload:
    """What a process form or /api/extract sent: plain data, so that a worker process can take it."""

    text: str
    filename: str
    data: bytes
    date: str
    add_to_index: bool

    @property
    def source(self) -> str:
        return display_name(self.filename) if self.filename else PASTED


def display_name(filename: str) -> str:
    """An uploaded file's own name, without the folders some browsers send, cleaned as ids are."""
    return clean_doc_id(re.split(r"[\\/]", filename)[-1])


def upload_doc_id(name: str, sha256: str) -> str:
    """Unique per content: the same name with other content is another document; the same file
    again is the same document (and replaces itself in the index)."""
    return f"{Path(name).stem}-{sha256[:12]}"


def read_and_process(upload: Upload, date: str | None) -> DocumentRecord:
    """Runs in a worker process: read the pasted text or the file, then process it."""
    if upload.text.strip():
        raw = raw_from_text(upload.text, name=PASTED)
        return process_raw(raw, doc_id=upload_doc_id(PASTED, raw.sha256), date=date)
    name = display_name(upload.filename or "upload.txt")
    raw = read_bytes(upload.data, name, path=name)
    return process_raw(raw, doc_id=upload_doc_id(name, raw.sha256), date=date)


def _counting(receive, limit: int):
    """`receive` that refuses the body once more than `limit` bytes have arrived, whether or not
    the client declared a Content-Length (a chunked upload), before any of it is spooled."""
    received = 0

    async def counted():
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise HTTPException(413, TOO_LARGE)
        return message

    return counted


async def _parsed_form(request: Request, limit: int, **options):
    if int(request.headers.get("content-length") or 0) > limit:
        raise HTTPException(413, TOO_LARGE)
    counted = Request(request.scope, _counting(request.receive, limit))
    try:
        return await counted.form(**options)
    except StarletteHTTPException as error:  # Starlette's own, not FastAPI's subclass
        if error.status_code == 413:
            raise
        # Starlette's form parser says what went wrong in English
        if "maximum size" in str(error.detail):
            raise HTTPException(413, TOO_LARGE) from None
        raise HTTPException(400, "表单无法解析：请刷新页面后重新提交") from None


async def read_form(request: Request) -> Upload:
    """The fields of a process form; the upload part is closed (and its spool file removed) here."""
    form = await _parsed_form(request, MAX_BYTES + FORM_OVERHEAD, max_files=1, max_fields=8, max_part_size=MAX_BYTES)
    try:
        upload = form.get("file")
        is_upload = isinstance(upload, UploadFile)
        return Upload(
            text=str(form.get("text") or ""),
            filename=(upload.filename or "") if is_upload else "",
            data=await upload.read() if is_upload else b"",
            date=str(form.get("date") or ""),
            add_to_index=bool(form.get("add_to_index")),
        )
    finally:
        await form.close()


async def read_small_form(request: Request) -> dict[str, str]:
    form = await _parsed_form(request, SMALL_FORM_BYTES, max_files=0, max_fields=8)
    try:
        return {key: str(value) for key, value in form.items()}
    finally:
        await form.close()


async def posted_doc_id(request: Request) -> str:
    """The `id` field of a small form (the document page's re-extract and delete buttons)."""
    return (await read_small_form(request)).get("id", "")


def checked_date(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return iso_date(value)
    except ValueError:
        raise HTTPException(400, f"日期格式应为 YYYY-MM-DD，收到：{value}") from None


def checked_upload(upload: Upload) -> str | None:
    """The upload's date, once the form is known to hold exactly one document."""
    has_file, has_text = bool(upload.filename or upload.data), bool(upload.text.strip())
    if has_file and has_text:
        raise HTTPException(400, "请只选一种方式：粘贴文本或上传文件")
    if not (has_file or has_text):
        raise HTTPException(400, "请粘贴文本或选择要上传的文件")
    if len(upload.text.encode("utf-8")) > MAX_BYTES:
        raise HTTPException(413, TOO_LARGE)
    return checked_date(upload.date)


def http_error(error: DocumentError | ServiceBusy) -> HTTPException:
    if isinstance(error, ServiceBusy):
        return HTTPException(503, str(error))
    return HTTPException(ERROR_STATUS.get(type(error), 422), str(error))


def check_same_origin(request: Request) -> None:
    """Refuse a form another web site's page posts to this server (a browser names its origin)."""
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "拒绝来自其他网站的提交：请在本服务自己的页面上操作")


async def processed(workers: DocumentWorkers, upload: Upload) -> DocumentRecord:
    """The record of a checked upload, made in a worker process under its time limit."""
    date = checked_upload(upload)
    try:
        return await run_in_threadpool(workers.run, read_and_process, upload, date, source=upload.source)
    except (DocumentError, ServiceBusy) as error:
        raise http_error(error) from None
