from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from nlp_pipeline.web import create_app


@pytest.fixture
def client() -> TestClient:
    """An app without a search index."""
    return TestClient(create_app())


@pytest.fixture
def indexed_client(tmp_path) -> TestClient:
    """An app with an empty search index in a temporary directory."""
    return TestClient(create_app(tmp_path / "search.db"))
