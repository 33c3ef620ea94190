"""The web application: server-rendered pages for clerks and a JSON API under /api/.

Pages: `/` (paste or upload a document), `/result/<id>` (metadata, the normalized text with its
changes, the checklist, downloads), `/search` (the archive index). API: `POST /api/extract`,
`GET /api/search`, `GET /api/facets`; FastAPI documents them at `/docs`.

Uploads are read in memory (Starlette spools a large part to a temporary file that is closed and
removed with the request); processed records live in a `ResultStore` under random ids.
"""
from __future__ import annotations

import datetime
import threading
from http import HTTPStatus
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from .. import export
from ..errors import DocumentError, DocumentTooLarge, SearchError, UnsupportedFormat
from ..pipeline import process_raw, raw_from_text
from ..readers import MAX_BYTES, RawDocument, read_bytes
from ..record import DocumentRecord
from ..resources import web_labels
from .store import ResultStore
from .view import changes_by_step, locate_changes, text_segments

HERE = Path(__file__).parent
FORM_OVERHEAD = 1024 * 1024
ERROR_STATUS = {DocumentTooLarge: 413, UnsupportedFormat: 415}
DOWNLOADS = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             lambda record: export.to_xlsx([record])),
    "csv": ("text/csv; charset=utf-8", lambda record: export.to_csv([record])),
    "json": ("application/json", lambda record: export.to_json(record).encode("utf-8")),
    "md": ("text/markdown; charset=utf-8", lambda record: export.to_markdown([record]).encode("utf-8")),
}
SEARCH_FILTERS = ("sector", "unit", "doc_type", "date_from", "date_to")
EXTRACT_FORM_SCHEMA = {
    "requestBody": {"content": {
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "file": {"type": "string", "format": "binary",
                     "description": "txt (any encoding), html, docx or pdf; at most 20 MB"},
            "text": {"type": "string", "description": "pasted document text, instead of a file"},
            "date": {"type": "string", "format": "date",
                     "description": "the document's date, YYYY-MM-DD, when it names none"},
        }}},
        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
            "text": {"type": "string"}, "date": {"type": "string", "format": "date"}}}},
    }},
}


@dataclass
class FormFields:
    text: str
    filename: str
    data: bytes
    date: str
    add_to_index: bool


@dataclass
class Submission:
    raw: RawDocument
    doc_id: str | None
    date: str | None
    add_to_index: bool


def _too_large_message() -> str:
    return web_labels()["errors"]["DocumentTooLarge"]


def _document_error(error: DocumentError) -> HTTPException:
    labels = web_labels()["errors"]
    label = labels.get(type(error).__name__, labels["DocumentError"])
    return HTTPException(ERROR_STATUS.get(type(error), 422), f"{label}：{error}")


def _checked_date(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(400, f"日期格式应为 YYYY-MM-DD，收到：{value}") from None


async def _upload_bytes(upload: UploadFile) -> bytes:
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, _too_large_message())
    return data


async def read_form(request: Request) -> FormFields:
    """The fields of a process form; the upload part is closed (and its spool file removed) here."""
    if int(request.headers.get("content-length") or 0) > MAX_BYTES + FORM_OVERHEAD:
        raise HTTPException(413, _too_large_message())
    try:
        async with request.form(max_files=1, max_fields=8, max_part_size=MAX_BYTES) as form:
            upload = form.get("file")
            is_upload = isinstance(upload, UploadFile)
            return FormFields(text=str(form.get("text") or ""),
                              filename=(upload.filename or "") if is_upload else "",
                              data=await _upload_bytes(upload) if is_upload else b"",
                              date=str(form.get("date") or ""),
                              add_to_index=bool(form.get("add_to_index")))
    except MultiPartException as error:
        raise HTTPException(400, f"表单无法解析：{error.message}") from None


def submission_from(fields: FormFields) -> Submission:
    """The pasted text or the uploaded file, read into a RawDocument."""
    has_file, has_text = bool(fields.filename or fields.data), bool(fields.text.strip())
    if has_file and has_text:
        raise HTTPException(400, "请只选一种方式：粘贴文本或上传文件")
    if not (has_file or has_text):
        raise HTTPException(400, "请粘贴文本或选择要上传的文件")
    date = _checked_date(fields.date)
    if len(fields.text.encode("utf-8")) > MAX_BYTES:
        raise HTTPException(413, _too_large_message())
    if has_text:
        raw = raw_from_text(fields.text)
        # pasted texts have no file name; the hash keeps their ids apart in the search index
        return Submission(raw, f"粘贴文本-{raw.sha256[:8]}", date, fields.add_to_index)
    try:
        raw = read_bytes(fields.data, fields.filename or "upload.txt")
    except DocumentError as error:
        raise _document_error(error) from None
    return Submission(raw, None, date, fields.add_to_index)


def process_submission(submission: Submission) -> DocumentRecord:
    try:
        return process_raw(submission.raw, doc_id=submission.doc_id, date=submission.date)
    except DocumentError as error:
        raise _document_error(error) from None


def check_same_origin(request: Request) -> None:
    """Refuse a form another web site's page posts to this local server (a browser names its origin)."""
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "拒绝来自其他网站的提交")


def marked(snippet: str) -> Markup:
    """A search snippet escaped, then its hit marks turned into <mark> tags."""
    from ..search import MARK_END, MARK_START

    escaped = escape(snippet)
    return Markup(escaped.replace(MARK_START, Markup("<mark>")).replace(MARK_END, Markup("</mark>")))


WHITESPACE_SIGNS = str.maketrans({"\n": "↵", " ": "␣", "\u3000": "□", "\t": "⇥"})


def visible(text: str, length: int) -> str:
    """A change's text for the side list: shortened, and whitespace shown, since it is often all there is."""
    if len(text) > length:
        text = text[:length - 1] + "…"
    return text.translate(WHITESPACE_SIGNS) if text and not text.strip() else text


def download_name(record: DocumentRecord, fmt: str) -> str:
    return f"{record.doc_id}-任务分解表.{fmt}"


def content_disposition(filename: str) -> str:
    return f"attachment; filename=\"checklist{Path(filename).suffix}\"; filename*=UTF-8''{quote(filename)}"


class SearchService:
    """The archive index behind the search page, or none when the server has no --db."""

    def __init__(self, db_path: str | Path | None) -> None:
        self.db_path = db_path
        self._index = None
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.db_path is not None

    def _opened(self):
        if not self.enabled:
            raise HTTPException(503, "未配置检索库：请用 nlp-pipeline serve --db 路径 启动")
        if self._index is None:
            from ..search import Index

            self._index = Index(self.db_path)
        return self._index

    @property
    def empty(self) -> bool:
        """True until the first document is added (the index file is created then)."""
        return not Path(self.db_path).is_file()

    def search(self, query: str, filters: dict[str, str], tasks: bool, limit: int) -> list[dict]:
        with self._lock:
            index = self._opened()
            if self.empty:
                return []
            try:
                return index.search(query, tasks=tasks, limit=limit, **filters)
            except SearchError as error:
                raise HTTPException(400, str(error)) from None

    def facets(self) -> dict[str, list[str]]:
        with self._lock:
            index = self._opened()
            if self.empty:
                return {}
            try:
                return index.facets()
            except SearchError as error:
                raise HTTPException(400, str(error)) from None

    def add(self, record: DocumentRecord) -> dict:
        with self._lock:
            return self._opened().update([record])


def search_filters(**values: str | None) -> dict[str, str]:
    """The facet filters a request sets; empty form fields set none."""
    return {name: value.strip() for name, value in values.items() if value and value.strip()}


def _templates() -> Jinja2Templates:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                     autoescape=True, trim_blocks=True, lstrip_blocks=True)
    environment.filters["marked"] = marked
    environment.filters["visible"] = visible
    environment.globals["labels"] = web_labels()
    return Jinja2Templates(env=environment)


def create_app(db_path: str | Path | None = None) -> FastAPI:
    app = FastAPI(title="nlp-pipeline 任务分解", docs_url="/docs", redoc_url=None,
                  description="安全生产文件 → 任务分解表。页面在 /，JSON 接口在 /api/。")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = _templates()
    results = ResultStore()
    searcher = SearchService(db_path)
    app.state.results = results
    app.state.search = searcher

    def page(request: Request, name: str, status: int = 200, **context) -> Response:
        context.setdefault("search_enabled", searcher.enabled)
        return templates.TemplateResponse(request, name, context, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = str(error.detail)
        if message == HTTPStatus(error.status_code).phrase:  # the router's own English default
            message = web_labels()["http"].get(str(error.status_code), message)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=error.status_code)
        return page(request, "error.html", error.status_code, message=message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        return JSONResponse({"error": f"参数有误：{problems}"}, status_code=422)

    @app.get("/", include_in_schema=False)
    def process_form(request: Request) -> Response:
        return page(request, "process.html")

    @app.post("/process", include_in_schema=False)
    async def process_page(request: Request) -> Response:
        try:
            check_same_origin(request)
            fields = await read_form(request)
        except HTTPException as error:
            return page(request, "process.html", error.status_code, error=error.detail)
        try:
            submission = await run_in_threadpool(submission_from, fields)
            record = await run_in_threadpool(process_submission, submission)
        except HTTPException as error:
            return page(request, "process.html", error.status_code, error=error.detail, text=fields.text)
        result_id = results.add(record)
        if submission.add_to_index and searcher.enabled:
            await run_in_threadpool(searcher.add, record)
            results.get(result_id).indexed = True
        return RedirectResponse(f"/result/{result_id}", status_code=303)

    def stored(result_id: str):
        result = results.get(result_id)
        if result is None:
            raise HTTPException(404, "找不到这份结果（服务重启或结果过多时旧结果会被清除），请重新处理文档")
        return result

    @app.get("/result/{result_id}", include_in_schema=False)
    def result_page(request: Request, result_id: str) -> Response:
        result = stored(result_id)
        located = locate_changes(result.record.text, result.record.normalization.changes)
        return page(request, "result.html", record=result.record, result_id=result_id,
                    indexed=result.indexed, segments=text_segments(result.record, located),
                    steps=changes_by_step(located), formats=list(DOWNLOADS))

    @app.get("/result/{result_id}/download/{fmt}", include_in_schema=False)
    def download(result_id: str, fmt: str) -> Response:
        if fmt not in DOWNLOADS:
            raise HTTPException(404, f"不支持的下载格式：{fmt}")
        record = stored(result_id).record
        media_type, render = DOWNLOADS[fmt]
        headers = {"Content-Disposition": content_disposition(download_name(record, fmt))}
        return Response(render(record), media_type=media_type, headers=headers)

    @app.post("/result/{result_id}/index", include_in_schema=False)
    def add_to_index(request: Request, result_id: str) -> Response:
        check_same_origin(request)
        result = stored(result_id)
        searcher.add(result.record)
        result.indexed = True
        return RedirectResponse(f"/result/{result_id}", status_code=303)

    @app.get("/search", include_in_schema=False)
    def search_page(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        filters = search_filters(**{name: request.query_params.get(name) for name in SEARCH_FILTERS})
        tasks = bool(request.query_params.get("tasks"))
        context = {"query": query, "filters": filters, "tasks": tasks, "facets": {}, "results": None,
                   "empty_index": searcher.enabled and searcher.empty}
        if not searcher.enabled:
            return page(request, "search.html", error="未配置检索库：请用 nlp-pipeline serve --db 路径 启动",
                        **context)
        try:
            context["facets"] = searcher.facets()
            if query:
                context["results"] = searcher.search(query, filters, tasks, limit=20)
        except HTTPException as error:
            return page(request, "search.html", error.status_code, error=error.detail, **context)
        return page(request, "search.html", **context)

    @app.post("/api/extract", summary="处理一份文档，返回文档记录（CONTRACT.md）",
              openapi_extra=EXTRACT_FORM_SCHEMA)
    async def api_extract(request: Request) -> JSONResponse:
        check_same_origin(request)
        submission = await run_in_threadpool(submission_from, await read_form(request))
        record = await run_in_threadpool(process_submission, submission)
        return JSONResponse(record.to_dict())

    @app.get("/api/search", summary="检索文档库，返回 {\"results\": [...]}")
    def api_search(request: Request, q: str, tasks: bool = False, limit: int = 10,
                   sector: str | None = None, unit: str | None = None, doc_type: str | None = None,
                   date_from: str | None = None, date_to: str | None = None) -> dict:
        if not 1 <= limit <= 100:
            raise HTTPException(400, "limit 应在 1 到 100 之间")
        filters = search_filters(sector=sector, unit=unit, doc_type=doc_type, date_from=date_from,
                                 date_to=date_to)
        return {"results": searcher.search(q, filters, tasks, limit)}

    @app.get("/api/facets", summary="检索库中的行业、单位、类型、地区及其文档数")
    def api_facets() -> dict:
        return searcher.facets()

    from .align_pages import align_router  # the 督办台账 and 承接对照 pages and APIs (issue 17)
    from .ledger_pages import ledger_router

    app.include_router(ledger_router(page, db_path))
    app.include_router(align_router(page))

    return app
