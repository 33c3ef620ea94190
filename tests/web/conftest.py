from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from nlp_pipeline.web import create_app
from nlp_pipeline.web.workers import DocumentWorkers

# TestClient's own default host, "testserver", is not a name this server answers to.
BASE_URL = "http://localhost"


@pytest.fixture(scope="session")
def workers():
    """Worker processes shared by every app in the session (each one loads spaCy and the rules once)."""
    pool = DocumentWorkers(workers=2)
    yield pool
    pool.close()


@pytest.fixture
def client(workers) -> TestClient:
    """An app without a search index."""
    return TestClient(create_app(workers=workers), base_url=BASE_URL)


@pytest.fixture
def indexed_client(tmp_path, workers) -> TestClient:
    """An app with an empty search index in a temporary directory."""
    return TestClient(create_app(tmp_path / "search.db", workers=workers), base_url=BASE_URL)
