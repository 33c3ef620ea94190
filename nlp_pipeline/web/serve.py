"""`nlp-pipeline serve`: run the web application with uvicorn, on this machine only by default.

Served beyond this computer (`--host 0.0.0.0` or an address of the network), every request needs
the token (`--token` or NLP_PIPELINE_TOKEN); the server refuses to start without one and warns
that the network can reach it. The access log leaves out query strings: search words are the
clerks' business, not the log's.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ..errors import SearchError, UsageError
from .app import create_app, warm
from .security import TOKEN_VARIABLE, Guard, is_loopback, names_of_this_machine
from .workers import DEFAULT_TIME_LIMIT_S, DocumentWorkers

SHORTEST_TOKEN = 16


class WithoutQueryStrings(logging.Filter):
    """Drops the query string from uvicorn's access lines (`GET /search?q=… 200` -> `GET /search 200`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def checked_index(db_path: str | None) -> None:
    """Refuse at start an --db that exists but is no index (or is broken), rather than on every page."""
    if db_path is None:
        return
    from ..search import Index

    with Index(db_path) as index:
        try:
            if index.backend.exists():
                index.stats()
        except SearchError:
            raise UsageError(
                f"--db {db_path} 不是本程序的检索库、版本不符或已损坏：请换一个文件，" "或用 nlp-pipeline index 重建它"
            ) from None


def server_guard(host: str, token: str | None, allowed_hosts: list[str]) -> Guard:
    token = token or os.environ.get(TOKEN_VARIABLE) or None
    if token is not None and len(token) < SHORTEST_TOKEN:
        raise UsageError(
            f'访问令牌至少要 {SHORTEST_TOKEN} 个字符（可用 python -c "import secrets; '
            'print(secrets.token_urlsafe())" 生成）'
        )
    if not is_loopback(host) and token is None:
        raise UsageError(
            f"在 {host} 上服务，网络上的其他电脑都能访问：请用 --token 或环境变量 {TOKEN_VARIABLE} "
            "设置访问令牌，或去掉 --host 只供本机使用"
        )
    return Guard(allowed_hosts=[*names_of_this_machine(host), *allowed_hosts], token=token)


def build_server(
    host: str = "127.0.0.1",
    port: int = 8000,
    db_path: str | Path | None = None,
    *,
    token: str | None = None,
    allowed_hosts: tuple[str, ...] = (),
    workers: int = 2,
    timeout_s: float = DEFAULT_TIME_LIMIT_S,
    log_level: str = "info",
):
    """The uvicorn server `serve` runs, with its checks done; `run_server` starts it."""
    import uvicorn

    guard = server_guard(host, token, list(allowed_hosts))
    checked_index(None if db_path is None else str(db_path))
    pool = DocumentWorkers(workers=workers, time_limit_s=timeout_s)
    config = uvicorn.Config(create_app(db_path, workers=pool, guard=guard), host=host, port=port, log_level=log_level)
    logging.getLogger("uvicorn.access").addFilter(WithoutQueryStrings())  # after uvicorn set up logging
    return uvicorn.Server(config), pool, guard


def startup_lines(host: str, port: int, guard: Guard) -> list[str]:
    """What `serve` prints once its workers are ready; a warning first when the network can reach it."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    lines = [f"任务分解页面：http://{shown}:{port}/  （Ctrl+C 停止）"]
    if not is_loopback(host):
        lines.insert(
            0,
            f"警告：服务监听 {host}，网络上的其他电脑可以访问本服务；每个请求都要带访问令牌，"
            f"请只在可信的网络中使用。接受的地址：{', '.join(guard.allowed_hosts)}",
        )
    if guard.token is not None:
        lines.append(
            "首次在浏览器中打开时，在地址后加 ?token=访问令牌；接口请求带请求头 Authorization: Bearer 访问令牌"
        )
    return lines


def run_server(host: str = "127.0.0.1", port: int = 8000, db_path: str | Path | None = None, **options) -> None:
    server, pool, guard = build_server(host, port, db_path, **options)
    print("正在启动处理进程……", flush=True)
    warm(pool)
    print("\n".join(startup_lines(host, port, guard)), flush=True)
    try:
        server.run()
    finally:
        pool.close()
