"""`nlp-pipeline serve`: run the web application with uvicorn, on this machine only by default."""
from __future__ import annotations

from pathlib import Path

from .app import create_app


def run_server(host: str = "127.0.0.1", port: int = 8000, db_path: str | Path | None = None) -> None:
    import uvicorn

    print(f"任务分解页面：http://{host}:{port}/  （Ctrl+C 停止）", flush=True)
    uvicorn.run(create_app(db_path), host=host, port=port, log_level="info")
