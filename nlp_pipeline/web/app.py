"""The web application: server-rendered pages for clerks and a JSON API under /api/.

Pages: `/` (paste or upload a document), `/result/<id>` (metadata, the normalized text with its
changes, the checklist, downloads), `/search` (the archive index), `/document?id=…` (an indexed
document: the same view, downloads, re-extract, delete), `/ledger` (督办台账), `/align` (承接对照).
API: `POST /api/extract`, `GET /api/search`, `GET /api/facets`, `GET /api/document`, the ledger's
and the alignment's; the OpenAPI description is at `/openapi.json` (no Swagger page: it would load
scripts from another site).

Each page has its router module (`extract_pages`, `search_pages`, `ledger_pages`, `align_pages`,
`api`); what they share (the page frame below, the result store, the index, the workers) is built
once here, kept on `app.state` and handed to the routes by the dependencies of `dependencies.py`.
`create_app` only builds those, mounts the routers and adds the guard and the error handlers.

Uploads are counted while they arrive and refused past the cap (`forms.py`); documents are read
and processed in worker processes under a time limit (`workers.py`); processed records live in a
`ResultStore` under random ids. Every failure answers in Chinese: JSON `{"error": …}` under /api/,
a page elsewhere. `security.py` checks the Host and the token and sets the security headers.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..pipeline import process
from ..record import DocumentRecord
from ..resources import web_labels
from . import api, extract_pages, search_pages
from .align_pages import align_router
from .downloads import DOWNLOADS, document_download_url, document_url
from .ledger_pages import ledger_router
from .search_service import SearchService
from .security import SECURITY_HEADERS, TOKEN_COOKIE, TOKEN_PARAMETER, Guard, without_token
from .store import ResultStore
from .view import changes_by_step, locate_changes, text_segments
from .workers import DocumentWorkers

HERE = Path(__file__).parent
WARM_UP_TEXT = "关于开展燃气安全检查的通知\n各乡镇要于6月底前完成隐患排查。"
VALIDATION_MESSAGES = {
    "missing": "缺少这个参数",
    "int_parsing": "应为整数",
    "bool_parsing": "应为 true 或 false",
    "string_too_long": "太长",
    "float_parsing": "应为数字",
}


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


class Pages:
    """The page frame every router renders through: the templates with what the footer tells
    (the store's capacity, whether there is an index), the refusal (a Chinese page, or JSON under
    /api/) and the record view that the result page and an indexed document's page share."""

    def __init__(self, capacity: int, search_enabled: bool) -> None:
        self.templates = _templates()
        self.capacity = capacity
        self.search_enabled = search_enabled

    def page(self, request: Request, name: str, status: int = 200, **context) -> Response:
        context.setdefault("search_enabled", self.search_enabled)
        context.setdefault("capacity", self.capacity)
        return self.templates.TemplateResponse(request, name, context, status_code=status)

    def refusal(self, request: Request, status: int, message: str, **context) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=status)
        return self.page(request, "error.html", status, message=message, **context)

    def record_page(
        self, request: Request, record: DocumentRecord, download_url: Callable[[str], str], **context
    ) -> Response:
        located = locate_changes(record.text, record.normalization.changes)
        downloads = [(label, download_url(fmt)) for fmt, (label, _, _) in DOWNLOADS.items()]
        return self.page(
            request,
            "result.html",
            record=record,
            segments=text_segments(record, located),
            steps=changes_by_step(located),
            downloads=downloads,
            **context,
        )


# --- the guard and the error handlers: every response passes here ---------------------------------


async def guarded(request: Request, call_next) -> Response:
    guard: Guard = request.app.state.guard
    if not guard.host_allowed(request.headers.get("host", "")):
        response = request.app.state.pages.refusal(
            request,
            400,
            "地址不对：请用服务启动时显示的地址打开本页面（不接受其他域名，" "以防恶意网页借用本服务）",
        )
    elif guard.token is not None and not request.url.path.startswith("/static/"):
        response = await _with_token(request, call_next, guard)
    else:
        response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response


async def _with_token(request: Request, call_next, guard: Guard) -> Response:
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
    return request.app.state.pages.refusal(request, 401, message, ask_token=True, next_path=request.url.path)


async def http_error_page(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)  # registered for it alone
    message = str(error.detail)
    if message == HTTPStatus(error.status_code).phrase:  # the router's own English default
        message = web_labels()["http"].get(str(error.status_code), message)
    return request.app.state.pages.refusal(request, error.status_code, message)


async def validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)  # registered for it alone
    problems = "；".join(f"{e['loc'][-1]}：{VALIDATION_MESSAGES.get(e['type'], '取值无效')}" for e in error.errors())
    return request.app.state.pages.refusal(request, 422, f"参数有误（{problems}），请改正后重试")


async def unexpected_error(request: Request, error: Exception) -> Response:
    return request.app.state.pages.refusal(
        request,
        500,
        "服务内部出错，这份请求没有完成：请稍后重试；如果一再出现，"
        f"请把文档和出错时间告诉管理员（{type(error).__name__}）",
    )


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
    searcher = SearchService(db_path)
    app.state.results = ResultStore(capacity)
    app.state.search = searcher
    app.state.workers = workers or DocumentWorkers()
    app.state.guard = guard or Guard()
    app.state.pages = pages = Pages(capacity, searcher.enabled)

    app.middleware("http")(guarded)
    app.add_exception_handler(StarletteHTTPException, http_error_page)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected_error)

    app.include_router(extract_pages.router)
    app.include_router(search_pages.router)
    app.include_router(api.router)
    app.include_router(ledger_router(pages.page, db_path))  # the 督办台账 and 承接对照 pages and APIs (issue 17)
    app.include_router(align_router(pages.page))
    return app


def warm(workers: DocumentWorkers) -> None:
    """Start the workers and load what processing needs (dictionaries, rules, spaCy) in each."""
    workers.warm(process, WARM_UP_TEXT)
