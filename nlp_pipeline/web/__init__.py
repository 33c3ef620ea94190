"""The local web application for clerks: process a document, read its checklist, search the archive.

`create_app(db_path)` builds the FastAPI app; `serve.run_server` runs it (`nlp-pipeline serve`).
"""

from .app import create_app

__all__ = ["create_app"]
