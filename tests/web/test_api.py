"""The JSON API: POST /api/extract, GET /api/search, GET /api/facets."""

from __future__ import annotations

import io
import zipfile

import pytest

from nlp_pipeline.readers import MAX_BYTES

from .samples import GAS_NOTICE


def test_extract_pasted_text_answers_the_document_record(client):
    response = client.post("/api/extract", data={"text": GAS_NOTICE, "date": "2024-03-05"})
    assert response.status_code == 200
    record = response.json()
    assert record["schema_version"] == 1
    assert record["doc_id"].startswith("粘贴文本-")
    assert "城镇燃气安全隐患专项整治" in record["text"]
    for task in record["tasks"]:
        assert record["text"][task["start"] : task["end"]] == task["source"]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_extract_uploaded_text_file_in_any_encoding(client, encoding):
    files = {"file": ("燃气通知.txt", GAS_NOTICE.encode(encoding), "text/plain")}
    response = client.post("/api/extract", files=files)
    assert response.status_code == 200
    record = response.json()
    assert record["doc_id"].startswith("燃气通知-") and record["source"]["path"] == "燃气通知.txt"
    assert "餐饮场所用气安全" in record["text"]


def test_extract_ignores_directories_in_the_uploaded_file_name(client):
    files = {"file": ("../../etc/燃气通知.txt", GAS_NOTICE.encode("utf-8"), "text/plain")}
    record = client.post("/api/extract", files=files).json()
    assert record["doc_id"].startswith("燃气通知-") and record["source"]["path"] == "燃气通知.txt"


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    for line in GAS_NOTICE.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_extract_uploaded_docx(client):
    files = {"file": ("notice.docx", _docx_bytes(), "application/octet-stream")}
    response = client.post("/api/extract", files=files)
    assert response.status_code == 200
    assert response.json()["source"]["format"] == "docx"


def _zip_without_word_part() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "不是 Word 文件")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, files, status, words",
    [
        ({}, None, 400, "请粘贴文本"),
        ({"text": "   \n "}, None, 400, "请粘贴文本"),
        ({"text": GAS_NOTICE}, {"file": ("a.txt", b"abc", "text/plain")}, 400, "只选一种"),
        ({"text": GAS_NOTICE, "date": "2024/03/05"}, None, 400, "YYYY-MM-DD"),
        ({}, {"file": ("a.txt", b"", "text/plain")}, 422, "空"),
        ({}, {"file": ("table.xls", b"\xd0\xcf\x11\xe0", "application/octet-stream")}, 415, "不支持"),
        ({}, {"file": ("notice.docx", _zip_without_word_part(), "application/octet-stream")}, 422, "无法读取"),
    ],
)
def test_extract_bad_input_is_a_4xx_with_a_json_error(client, data, files, status, words):
    response = client.post("/api/extract", data=data, files=files)
    assert response.status_code == status
    assert words in response.json()["error"]


def test_extract_refuses_an_upload_past_the_size_cap(client):
    files = {"file": ("big.txt", b"a" * (MAX_BYTES + 1), "text/plain")}
    response = client.post("/api/extract", files=files)
    assert response.status_code == 413
    assert "20 MB" in response.json()["error"]


def test_extract_refuses_a_declared_body_past_the_cap_before_reading_it(client):
    response = client.post(
        "/api/extract",
        content=b"x",
        headers={"content-type": "multipart/form-data; boundary=b", "content-length": str(MAX_BYTES * 2)},
    )
    assert response.status_code == 413


def test_search_without_an_index_says_how_to_configure_one(client):
    response = client.get("/api/search", params={"q": "燃气"})
    assert response.status_code == 503
    assert "--db" in response.json()["error"]


def test_search_of_an_empty_index_finds_nothing(indexed_client):
    assert indexed_client.get("/api/search", params={"q": "燃气"}).json() == {"results": []}
    assert indexed_client.get("/api/facets").json() == {}


def _index_gas_notice(client) -> None:
    page = client.post("/process", data={"text": GAS_NOTICE, "add_to_index": "1"})
    assert page.status_code == 200, page.text


def test_search_finds_an_indexed_document_with_marked_snippet(indexed_client):
    _index_gas_notice(indexed_client)
    results = indexed_client.get("/api/search", params={"q": "泄漏报警"}).json()["results"]
    assert len(results) == 1
    assert "城镇燃气" in results[0]["title"]
    assert "«" in results[0]["snippet"]
    assert "doc_type" in indexed_client.get("/api/facets").json()


@pytest.mark.parametrize(
    "params, status",
    [
        ({}, 422),  # q is required
        ({"q": "燃气", "limit": "0"}, 400),
        ({"q": "燃气", "limit": "many"}, 422),
        ({"q": "燃气", "date_from": "去年"}, 400),  # the index's own SearchError
        ({"q": "燃气", "sector": "不存在的行业"}, 400),
    ],
)
def test_search_bad_parameters_are_a_4xx_with_a_json_error(indexed_client, params, status):
    _index_gas_notice(indexed_client)
    response = indexed_client.get("/api/search", params=params)
    assert response.status_code == status
    assert response.json()["error"]


def test_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/nothing")
    assert response.status_code == 404
    assert "error" in response.json()


def test_openapi_documents_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/extract", "/api/search", "/api/facets"} <= set(paths)
    assert "multipart/form-data" in paths["/api/extract"]["post"]["requestBody"]["content"]
    assert "/process" not in paths
