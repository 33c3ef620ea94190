"""The web application: server-rendered pages for clerks and a JSON API under /api/.

Pages: `/` (paste or upload a document), `/result/<id>` (metadata, the normalized text with its
changes, the checklist, downloads), `/search` (the archive index), `/document?id=…` (an indexed
document: the same view, downloads, re-extract, delete). API: `POST /api/extract`,
`GET /api/search`, `GET /api/facets`, `GET /api/document`; the OpenAPI description is at
`/openapi.json` (no Swagger page: it would load scripts from another site).

Uploads are counted while they arrive and refused past the cap; documents are read and processed
in worker processes under a time limit (`workers.py`); processed records live in a `ResultStore`
under random ids. Every failure answers in Chinese: JSON `{"error": …}` under /api/, a page
elsewhere. `security.py` checks the Host and the token and sets the security headers.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any
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

from .. import export
from ..dates import iso_date
from ..errors import DocumentError, DocumentTooLarge, SearchError, ServiceBusy, UnsupportedFormat
from ..pipeline import clean_doc_id, process, process_raw, raw_from_text, reextract
from ..readers import MAX_BYTES, read_bytes
from ..record import DocumentRecord
from ..resources import web_labels
from .security import SECURITY_HEADERS, TOKEN_COOKIE, TOKEN_PARAMETER, Guard, without_token
from .store import ResultStore
from .view import changes_by_step, locate_changes, text_segments
from .workers import DocumentWorkers

if TYPE_CHECKING:
    from ..search import Index

HERE = Path(__file__).parent
FORM_OVERHEAD = 1024 * 1024
SMALL_FORM_BYTES = 64 * 1024
ERROR_STATUS = {DocumentTooLarge: 413, UnsupportedFormat: 415}
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
SEARCH_FILTERS = ("sector", "unit", "doc_type", "date_from", "date_to")
PASTED = "粘贴文本"
WARM_UP_TEXT = "关于开展燃气安全检查的通知\n各乡镇要于6月底前完成隐患排查。"
TOO_LARGE = f"上传的内容超过 {MAX_BYTES // 2**20} MB 上限，请拆分后再上传"
NO_INDEX = "未配置检索库：请用 nlp-pipeline serve --db 检索库文件 启动服务"
BROKEN_INDEX = (
    "检索库无法打开（不是本程序的检索库、版本不符或已损坏）："
    "请让管理员用 nlp-pipeline index 重建检索库，或换一个 --db 文件"
)
NOT_INDEXED = "检索库中没有这份文档（可能已被删除），请重新检索"
NO_RECORD = "这份文档入库时还没有保存完整记录，无法打开：请用 nlp-pipeline index 把它重新入库"
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
VALIDATION_MESSAGES = {
    "missing": "缺少这个参数",
    "int_parsing": "应为整数",
    "bool_parsing": "应为 true 或 false",
    "string_too_long": "太长",
    "float_parsing": "应为数字",
}


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


def marked(snippet: str) -> Markup:
    """A search snippet escaped, then its hit marks turned into <mark> tags."""
    from ..search import MARK_END, MARK_START

    escaped = escape(snippet)
    return Markup(escaped.replace(MARK_START, Markup("<mark>")).replace(MARK_END, Markup("</mark>")))


WHITESPACE_SIGNS = str.maketrans({"\n": "↵", " ": "␣", "\u3000": "□", "\t": "⇥"})


def visible(text: str, length: int) -> str:
    """A change's text for the side list: shortened, and whitespace shown, since it is often all there is."""
    if len(text) > length:
        text = text[: length - 1] + "…"
    return text.translate(WHITESPACE_SIGNS) if text and not text.strip() else text


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


class SearchService:
    """The archive index behind the search and document pages, or none when the server has no --db.

    Every failure of the index file itself becomes one Chinese message without the file's path
    (the page is not the place to show the server's folders)."""

    def __init__(self, db_path: str | Path | None) -> None:
        self.db_path = db_path
        self._index: Index | None = None
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.db_path is not None

    def _opened(self, *, create: bool = False):
        """The index, checked to be one; None when it has no documents yet and `create` is false."""
        if self.db_path is None:  # not enabled
            raise HTTPException(503, NO_INDEX)
        from ..search import Index

        if self._index is None:
            self._index = Index(self.db_path)
        try:
            if create:
                self._index.backend.create()
            elif not self._index.backend.exists():
                return None
            self._index.backend.tokenizer()  # opens the file and checks it is an index
        except SearchError:
            self._index.close()
            self._index = None
            raise HTTPException(503, BROKEN_INDEX) from None
        return self._index

    @property
    def empty(self) -> bool:
        with self._lock:
            return self._opened() is None

    def _run(self, action, *, create: bool = False, default=None):
        with self._lock:
            index = self._opened(create=create)
            if index is None:
                return default
            try:
                return action(index)
            except SearchError as error:
                raise HTTPException(400, str(error)) from None

    def search(self, query: str, filters: dict[str, str], tasks: bool, limit: int) -> list[dict]:
        return self._run(lambda index: index.search(query, tasks=tasks, limit=limit, **filters), default=[])

    def facets(self) -> dict[str, list[str]]:
        return self._run(lambda index: index.facets(), default={})

    def add(self, record: DocumentRecord) -> None:
        self._run(lambda index: index.update([record]), create=True)

    def replace(self, record: DocumentRecord) -> None:
        self._run(lambda index: index.replace(record), create=True)

    def delete(self, doc_id: str) -> None:
        removed = self._run(lambda index: index.delete([doc_id])["removed"], default=0)
        if not removed:
            raise HTTPException(404, NOT_INDEXED)

    def record(self, doc_id: str) -> DocumentRecord:
        def stored(index) -> DocumentRecord:
            record = index.record(doc_id)
            if record is None:
                indexed = doc_id in index.backend.fingerprints()
                raise HTTPException(409 if indexed else 404, NO_RECORD if indexed else NOT_INDEXED)
            return record

        found = self._run(stored)
        if found is None:
            raise HTTPException(404, NOT_INDEXED)
        return found


def search_filters(**values: str | None) -> dict[str, str]:
    """The facet filters a request sets; empty form fields set none."""
    return {name: value.strip() for name, value in values.items() if value and value.strip()}


def _templates() -> Jinja2Templates:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    environment.filters["marked"] = marked
    environment.filters["visible"] = visible
    environment.globals["labels"] = web_labels()
    environment.globals["document_url"] = document_url
    environment.globals["document_download_url"] = document_download_url
    environment.globals["download_formats"] = [(fmt, label) for fmt, (label, _, _) in DOWNLOADS.items()]
    return Jinja2Templates(env=environment)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def create_app(
    db_path: str | Path | None = None,
    *,
    workers: DocumentWorkers | None = None,
    guard: Guard | None = None,
    capacity: int = 64,
) -> FastAPI:
    """The app. `workers` process the documents (default: two processes, 120 s a document);
    `guard` names the allowed Host names and the token (default: this computer only, no token)."""
    app = FastAPI(
        title="nlp-pipeline 任务分解",
        docs_url=None,
        redoc_url=None,
        description="安全生产文件 → 任务分解表。页面在 /，JSON 接口在 /api/。",
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = _templates()
    results = ResultStore(capacity)
    searcher = SearchService(db_path)
    workers = workers or DocumentWorkers()
    guard = guard or Guard()
    app.state.results, app.state.search, app.state.workers, app.state.guard = results, searcher, workers, guard

    def page(request: Request, name: str, status: int = 200, **context) -> Response:
        context.setdefault("search_enabled", searcher.enabled)
        context.setdefault("capacity", results.capacity)
        return templates.TemplateResponse(request, name, context, status_code=status)

    def refusal(request: Request, status: int, message: str, **context) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=status)
        return page(request, "error.html", status, message=message, **context)

    @app.middleware("http")
    async def guarded(request: Request, call_next) -> Response:
        if not guard.host_allowed(request.headers.get("host", "")):
            response = refusal(
                request,
                400,
                "地址不对：请用服务启动时显示的地址打开本页面（不接受其他域名，" "以防恶意网页借用本服务）",
            )
        elif guard.token is not None and not request.url.path.startswith("/static/"):
            response = await _with_token(request, call_next)
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    async def _with_token(request: Request, call_next) -> Response:
        given = request.query_params.get(TOKEN_PARAMETER)
        if guard.token_matches(given) and not _wants_json(request):
            # a link with ?token=: remember it in a cookie and drop it from the address bar
            response = RedirectResponse(
                without_token(request.url.path, request.query_params.multi_items()), status_code=303
            )
            response.set_cookie(
                TOKEN_COOKIE, guard.cookie_value, httponly=True, samesite="strict", secure=request.url.scheme == "https"
            )
            return response
        if guard.authorized(request.headers, request.cookies) or guard.token_matches(given):
            return await call_next(request)
        message = "需要访问令牌：" + (
            "请在请求头加 Authorization: Bearer 令牌"
            if _wants_json(request)
            else "请输入服务启动时设置的令牌（--token 或环境变量 NLP_PIPELINE_TOKEN）"
        )
        return refusal(request, 401, message, ask_token=True, next_path=request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def http_error_page(request: Request, error: StarletteHTTPException) -> Response:
        message = str(error.detail)
        if message == HTTPStatus(error.status_code).phrase:  # the router's own English default
            message = web_labels()["http"].get(str(error.status_code), message)
        return refusal(request, error.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        problems = "；".join(
            f"{e['loc'][-1]}：{VALIDATION_MESSAGES.get(e['type'], '取值无效')}" for e in error.errors()
        )
        return refusal(request, 422, f"参数有误（{problems}），请改正后重试")

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> Response:
        return refusal(
            request,
            500,
            "服务内部出错，这份请求没有完成：请稍后重试；如果一再出现，"
            f"请把文档和出错时间告诉管理员（{type(error).__name__}）",
        )

    async def processed(upload: Upload, date: str | None) -> DocumentRecord:
        try:
            return await run_in_threadpool(workers.run, read_and_process, upload, date, source=upload.source)
        except (DocumentError, ServiceBusy) as error:
            raise http_error(error) from None

    @app.get("/", include_in_schema=False)
    def process_form(request: Request) -> Response:
        return page(request, "process.html", add_to_index=True)

    @app.post("/process", include_in_schema=False)
    async def process_page(request: Request) -> Response:
        try:
            check_same_origin(request)
            upload = await read_form(request)
        except HTTPException as error:
            return page(request, "process.html", error.status_code, error=error.detail, add_to_index=True)
        try:
            record = await processed(upload, checked_upload(upload))
        except HTTPException as error:
            return page(
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
            stored = results.get(result_id)
            if stored is not None:  # unless newer results pushed it out meanwhile
                stored.indexed, stored.index_error = indexed, index_error
        return RedirectResponse(f"/result/{result_id}", status_code=303)

    def stored(result_id: str):
        result = results.get(result_id)
        if result is None:
            raise HTTPException(
                404, f"找不到这份结果（服务重启或结果超过 {results.capacity} 份时旧结果会被清除），" "请重新处理文档"
            )
        return result

    def record_page(request: Request, record: DocumentRecord, download_url, **context) -> Response:
        located = locate_changes(record.text, record.normalization.changes)
        downloads = [(label, download_url(fmt)) for fmt, (label, _, _) in DOWNLOADS.items()]
        return page(
            request,
            "result.html",
            record=record,
            segments=text_segments(record, located),
            steps=changes_by_step(located),
            downloads=downloads,
            **context,
        )

    @app.get("/result/{result_id}", include_in_schema=False)
    def result_page(request: Request, result_id: str) -> Response:
        result = stored(result_id)
        return record_page(
            request,
            result.record,
            lambda fmt: f"/result/{result_id}/download/{fmt}",
            result_id=result_id,
            indexed=result.indexed,
            index_error=result.index_error,
        )

    @app.get("/result/{result_id}/download/{fmt}", include_in_schema=False)
    def result_download(result_id: str, fmt: str) -> Response:
        return download(stored(result_id).record, fmt)

    @app.post("/result/{result_id}/index", include_in_schema=False)
    async def add_to_index(request: Request, result_id: str) -> Response:
        check_same_origin(request)
        result = stored(result_id)
        await run_in_threadpool(searcher.add, result.record)
        result.indexed, result.index_error = True, None
        return RedirectResponse(f"/result/{result_id}", status_code=303)

    @app.get("/document", include_in_schema=False)
    def document_page(request: Request, id: str) -> Response:  # noqa: A002 - the query parameter
        record = searcher.record(id)
        return record_page(
            request,
            record,
            lambda fmt: document_download_url(id, fmt),
            doc_id=id,
            reindexed=bool(request.query_params.get("reindexed")),
        )

    @app.get("/document/download", include_in_schema=False)
    def document_download(id: str, format: str) -> Response:  # noqa: A002 - the query parameters
        return download(searcher.record(id), format)

    @app.post("/document/reindex", include_in_schema=False)
    async def document_reindex(request: Request) -> Response:
        check_same_origin(request)
        doc_id = (await read_small_form(request)).get("id", "")
        record = searcher.record(doc_id)
        try:
            fresh = await run_in_threadpool(workers.run, reextract, record, source=doc_id)
        except (DocumentError, ServiceBusy) as error:
            raise http_error(error) from None
        await run_in_threadpool(searcher.replace, fresh)
        return RedirectResponse(f"/document?reindexed=1&id={quote(doc_id, safe='')}", status_code=303)

    @app.post("/document/delete", include_in_schema=False)
    async def document_delete(request: Request) -> Response:
        check_same_origin(request)
        doc_id = (await read_small_form(request)).get("id", "")
        await run_in_threadpool(searcher.delete, doc_id)
        return RedirectResponse(f"/search?deleted={quote(doc_id, safe='')}", status_code=303)

    @app.get("/search", include_in_schema=False)
    def search_page(request: Request) -> Response:
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
            return page(request, "search.html", error=NO_INDEX, **context)
        try:
            context["empty_index"] = searcher.empty
            context["facets"] = searcher.facets()
            if query:
                context["results"] = searcher.search(query, filters, tasks, limit=20)
        except HTTPException as error:
            return page(request, "search.html", error.status_code, error=error.detail, **context)
        return page(request, "search.html", **context)

    @app.post("/api/extract", summary="处理一份文档，返回文档记录（CONTRACT.md）", openapi_extra=EXTRACT_FORM_SCHEMA)
    async def api_extract(request: Request) -> JSONResponse:
        check_same_origin(request)
        upload = await read_form(request)
        record = await processed(upload, checked_upload(upload))
        return JSONResponse(record.to_dict())

    @app.get("/api/search", summary='检索文档库，返回 {"results": [...]}')
    def api_search(
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

    @app.get("/api/facets", summary="检索库中的行业、单位、类型、地区及其文档数")
    def api_facets() -> dict:
        return searcher.facets()

    @app.get("/api/document", summary="检索库中一份文档的完整记录（CONTRACT.md）")
    def api_document(id: str) -> dict:  # noqa: A002 - the query parameter
        return searcher.record(id).to_dict()

    from .align_pages import align_router  # the 督办台账 and 承接对照 pages and APIs (issue 17)
    from .ledger_pages import ledger_router

    app.include_router(ledger_router(page, db_path))
    app.include_router(align_router(page))

    return app


def warm(workers: DocumentWorkers) -> None:
    """Start the workers and load what processing needs (dictionaries, rules, spaCy) in each."""
    workers.warm(process, WARM_UP_TEXT)
