"""The 督办台账 page (the deadline ledger of the served index, with statuses set in place) and its
downloads and JSON API. Registered by `create_app` as one router; it reads and writes the index
named by `serve --db` through `nlp_pipeline.ledger`, opening it per request.

Pages: `GET /ledger` (filters: unit, sector, on, within, overdue), `POST /ledger/status` (a
row's status form; back to the same view), `GET /ledger/download/{csv|xlsx|ics|json}`.
API: `GET /api/ledger`, `POST /api/ledger/status`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from ..errors import LedgerError, SearchError
from ..ledger import ledger_of, render, set_status
from ..ledger.status import statuses
from ..resources import ledger_spec

NO_INDEX = "未配置检索库：请用 nlp-pipeline serve --db 路径 启动"
FILTERS = ("unit", "sector", "on", "within", "overdue")
WINDOWS = {"7d": "7天", "14d": "14天", "30d": "30天", "60d": "60天", "90d": "90天", "180d": "180天"}
DOWNLOADS = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    "csv": ("text/csv; charset=utf-8", "CSV"),
    "ics": ("text/calendar; charset=utf-8", "日历（.ics）"),
    "json": ("application/json", "JSON"),
}


class StatusRequest(BaseModel):
    doc_id: str
    task: str
    status: str
    note: str = ""


def ledger_filters(values: dict[str, str | None]) -> dict[str, str]:
    """The filters a request sets; empty form fields set none."""
    return {name: str(values[name]).strip() for name in FILTERS if values.get(name) and str(values[name]).strip()}


def query_with(filters: dict[str, str], **changed: str) -> str:
    """The query string of the view `filters` with some filters changed (the per-unit links)."""
    return urlencode({**filters, **changed})


def ledger_router(page: Callable[..., Response], db_path: str | Path | None) -> APIRouter:
    router = APIRouter()

    def load(filters: dict[str, str]):
        if db_path is None:
            raise HTTPException(503, NO_INDEX)
        try:
            return ledger_of(
                db_path,
                on=filters.get("on"),
                within=filters.get("within"),
                unit=filters.get("unit"),
                sector=filters.get("sector"),
                overdue_only=bool(filters.get("overdue")),
            )
        except (LedgerError, SearchError) as error:
            raise HTTPException(400, str(error)) from None

    def empty(path: str | Path) -> bool:
        """An SQLite index not built yet (the file appears with the first document)."""
        from ..search.postgres import is_postgres_url

        return not is_postgres_url(path) and not Path(path).is_file()

    def facets(path: str | Path) -> dict[str, list[str]]:
        from ..search import Index

        with Index(path) as index:
            return index.facets()

    @router.get("/ledger", include_in_schema=False)
    async def ledger_page(request: Request) -> Response:
        filters = ledger_filters(dict(request.query_params))
        spec = ledger_spec()
        context = {
            "filters": filters,
            "windows": WINDOWS,
            "statuses": statuses(),
            "downloads": DOWNLOADS,
            "query": urlencode(filters),
            "ledger": None,
            "facets": {},
            "query_with": query_with,
            "state_labels": spec["states"],
            "standing_labels": spec["standing"],
        }
        if db_path is None:
            return page(request, "ledger.html", error=NO_INDEX, **context)
        if empty(db_path):
            return page(request, "ledger.html", empty_index=True, **context)
        try:
            context["facets"] = await run_in_threadpool(facets, db_path)
            context["ledger"] = await run_in_threadpool(load, filters)
        except (HTTPException, SearchError) as error:
            message = error.detail if isinstance(error, HTTPException) else str(error)
            return page(request, "ledger.html", 400, error=message, **context)
        return page(request, "ledger.html", **context)

    @router.post("/ledger/status", include_in_schema=False)
    async def ledger_status(request: Request) -> Response:
        from .forms import check_same_origin

        check_same_origin(request)
        if db_path is None:
            raise HTTPException(503, NO_INDEX)
        async with request.form(max_files=0, max_fields=8) as form:
            fields = {name: str(form.get(name) or "") for name in ("doc_id", "key", "status", "note", "back")}
        try:
            await run_in_threadpool(
                set_status, db_path, fields["doc_id"], fields["key"], fields["status"], fields["note"]
            )
        except (LedgerError, SearchError) as error:
            raise HTTPException(400, str(error)) from None
        # back to the view the form was on; only our own query string, never another address
        back = urlencode(ledger_filters(dict(parse_qsl(fields["back"]))))
        return RedirectResponse(f"/ledger?{back}#row-{quote(fields['key'])}", status_code=303)

    @router.get("/ledger/download/{fmt}", include_in_schema=False)
    async def ledger_download(request: Request, fmt: str) -> Response:
        if fmt not in DOWNLOADS:
            raise HTTPException(404, f"不支持的下载格式：{fmt}")
        ledger = await run_in_threadpool(load, ledger_filters(dict(request.query_params)))
        body = await run_in_threadpool(render, ledger, fmt)
        name = f"督办台账-{ledger.on}.{fmt}"
        headers = {"Content-Disposition": f"attachment; filename=\"ledger.{fmt}\"; filename*=UTF-8''{quote(name)}"}
        return Response(
            body if isinstance(body, bytes) else body.encode("utf-8"), media_type=DOWNLOADS[fmt][0], headers=headers
        )

    @router.get("/api/ledger", summary="督办台账：到期、逾期及即时/长期任务（与 nlp-pipeline due --format json 相同）")
    async def api_ledger(
        unit: str | None = None,
        sector: str | None = None,
        on: str | None = None,
        within: str | None = None,
        overdue: bool = False,
    ) -> dict:
        filters = ledger_filters(
            {"unit": unit, "sector": sector, "on": on, "within": within, "overdue": "1" if overdue else None}
        )
        return (await run_in_threadpool(load, filters)).to_dict()

    @router.post("/api/ledger/status", summary="记录任务办理状态（open、in_progress、done、not_applicable）")
    async def api_ledger_status(request: Request, body: StatusRequest) -> dict:
        from .forms import check_same_origin

        check_same_origin(request)
        if db_path is None:
            raise HTTPException(503, NO_INDEX)
        try:
            return await run_in_threadpool(set_status, db_path, body.doc_id, body.task, body.status, body.note)
        except (LedgerError, SearchError) as error:
            raise HTTPException(400, str(error)) from None

    return router
