"""The things every router shares, as FastAPI dependencies: `create_app` builds them once and keeps
them on `app.state`; a route names the ones it needs (`pages: PagesDep`) and gets that app's own.

Reading them from the request's app, not from module globals, keeps two apps in one process (the
tests build many) apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from .search_service import SearchService
from .store import ResultStore
from .workers import DocumentWorkers

if TYPE_CHECKING:
    from .app import Pages


async def pages(request: Request) -> Pages:
    """The templates and the page frame (`Pages` in app.py)."""
    return request.app.state.pages


async def results(request: Request) -> ResultStore:
    """The processed records, kept in memory under random ids."""
    return request.app.state.results


async def archive(request: Request) -> SearchService:
    """The index named by `serve --db`, or a service that says there is none."""
    return request.app.state.search


async def workers(request: Request) -> DocumentWorkers:
    """The worker processes that read and process documents under a time limit."""
    return request.app.state.workers


PagesDep = Annotated["Pages", Depends(pages)]
ResultsDep = Annotated[ResultStore, Depends(results)]
ArchiveDep = Annotated[SearchService, Depends(archive)]
WorkersDep = Annotated[DocumentWorkers, Depends(workers)]
