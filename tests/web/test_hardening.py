"""What an audit of the running service found, each as it was met: limits, time, ids, the index
file, the network (Host, token, headers), Chinese errors, the access log."""

from __future__ import annotations

import io
import logging
import re
import sqlite3
import threading
import time
import zipfile

import pytest
from fastapi.testclient import TestClient

from nlp_pipeline.errors import ProcessingFailed
from nlp_pipeline.readers import MAX_BYTES, MAX_CHARACTERS
from nlp_pipeline.web import create_app
from nlp_pipeline.web.security import TOKEN_COOKIE, Guard, host_name, names_of_this_machine
from nlp_pipeline.web.workers import DocumentWorkers

from .conftest import BASE_URL
from .samples import GAS_NOTICE

CHINESE = re.compile(r"[\u4e00-\u9fff]")
TOKEN = "s3cret-token-for-the-tests-0123456789"


def _chinese_error(response) -> str:
    message = response.json()["error"]
    assert CHINESE.search(message), message
    return message


# -- limits: every one a 4xx with a Chinese message that says what to do, never a bare 500 --------


def test_a_text_past_the_character_cap_is_refused_in_chinese(client):
    line = "各乡镇要于6月底前完成燃气管道隐患排查。\n"
    data = (line * (MAX_CHARACTERS // len(line) + 1)).encode("utf-8")
    assert len(data) < MAX_BYTES  # 3 MB, far under the byte cap
    response = client.post("/api/extract", files={"file": ("long.txt", data, "text/plain")})
    assert response.status_code == 413
    message = _chinese_error(response)
    assert "1,000,000 字" in message and "拆分" in message and "max_length" not in message


def test_a_docx_whose_xml_unpacks_past_the_cap_is_refused_in_chinese(client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + " " * (40 * 2**20) + "</w:document>")
    response = client.post("/api/extract", files={"file": ("bomb.docx", buffer.getvalue(), "application/zip")})
    assert response.status_code == 413
    assert "XML" in _chinese_error(response)


def test_pypdfs_limit_error_is_a_422_in_chinese(client):
    from tests.test_readers import _pdf_of_objects

    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    objects += [f"<< /Type /Pages /Kids [{level + 3} 0 R] /Count 1 >>" for level in range(110)]
    objects.append("<< /Type /Page /MediaBox [0 0 10 10] >>")
    response = client.post("/api/extract", files={"file": ("deep.pdf", _pdf_of_objects(objects), "application/pdf")})
    assert response.status_code == 422
    assert "无法读取" in _chinese_error(response)


def test_a_document_past_the_time_limit_fails_alone_and_the_next_one_is_processed():
    slow = DocumentWorkers(workers=1, time_limit_s=0.2)
    try:
        client = TestClient(create_app(workers=slow), base_url=BASE_URL)
        response = client.post("/api/extract", data={"text": GAS_NOTICE * 40})  # a cold worker takes seconds
        assert response.status_code == 422
        assert "超过 0.2 秒" in _chinese_error(response)
        slow.time_limit_s = 120
        assert client.post("/api/extract", data={"text": GAS_NOTICE}).status_code == 200
    finally:
        slow.close()


def test_the_form_shows_a_timeout_on_the_page_and_keeps_the_text():
    slow = DocumentWorkers(workers=1, time_limit_s=0.2)
    try:
        client = TestClient(create_app(workers=slow), base_url=BASE_URL)
        page = client.post("/process", data={"text": GAS_NOTICE, "date": "2024-03-05"})
        assert page.status_code == 422 and "处理时间超过" in page.text
        assert "城镇燃气安全隐患专项整治" in page.text and 'value="2024-03-05"' in page.text
    finally:
        slow.close()


def test_a_worker_that_cannot_be_started_fails_its_document_alone(monkeypatch):
    """An OSError from starting a worker process (no memory to fork, a process limit) is that
    document's ProcessingFailed, not an internal error; the slot starts a worker the next time."""
    pool = DocumentWorkers(workers=1)
    start_worker = pool._started
    attempts = []

    def failing_first(*args):
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("cannot fork")
        return start_worker(*args)

    monkeypatch.setattr(pool, "_started", failing_first)
    try:
        with pytest.raises(ProcessingFailed):
            pool.run(len, "安全生产", source="a.txt")
        assert pool.run(len, "安全生产") == 4 and len(attempts) == 2
    finally:
        pool.close()


def test_a_result_pushed_out_while_it_is_indexed_still_redirects(tmp_path, workers):
    """With a small result store, newer results can push a result out while it is being indexed:
    the request still ends in the redirect to it (which then says it has expired)."""
    app = create_app(tmp_path / "search.db", workers=workers, capacity=1)
    index_record = app.state.search.add

    def index_while_another_result_arrives(record):
        app.state.results.add(record)  # capacity 1: the request's own result is pushed out
        index_record(record)

    app.state.search.add = index_while_another_result_arrives
    client = TestClient(app, base_url=BASE_URL)
    response = client.post("/process", data={"text": GAS_NOTICE, "add_to_index": "1"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/result/")
    assert client.get(response.headers["location"]).status_code == 404


def test_a_chunked_upload_without_content_length_is_refused_while_it_arrives(server_url):
    """Through a real server (the test client reads a whole body first): 1 MB chunks are sent
    until the server answers; it must answer just past the cap, not after spooling everything."""
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(server_url)
    chunk = b"a" * 2**20
    sent_mb = 0
    with socket.create_connection((address.hostname, address.port), timeout=30) as connection:
        connection.sendall(
            b"POST /api/extract HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\n\r\n"
        )
        part = (
            b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n"
        )
        connection.sendall(b"%x\r\n%s\r\n" % (len(part), part))
        try:
            while sent_mb < 100:
                connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent_mb += 1
                connection.settimeout(0.05)
                try:
                    answer = connection.recv(65536)
                    break
                except TimeoutError:
                    continue
                finally:
                    connection.settimeout(30)
            else:
                connection.sendall(b"0\r\n\r\n")
                answer = connection.recv(65536)
        except (BrokenPipeError, ConnectionResetError):  # the server closed while we were sending
            answer = connection.recv(65536)
        connection.settimeout(2)
        while "20 MB" not in answer.decode("utf-8", "replace"):  # the body may come apart
            try:
                more = connection.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not more:
                break
            answer += more
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert "20 MB" in answer.decode("utf-8", "replace")
    assert sent_mb <= MAX_BYTES // 2**20 + 4


def test_a_declared_body_past_the_cap_is_refused_on_the_page_too(client):
    response = client.post(
        "/process",
        content=b"x",
        headers={"content-type": "multipart/form-data; boundary=b", "content-length": str(MAX_BYTES * 2)},
    )
    assert response.status_code == 413 and 'role="alert"' in response.text and "20 MB" in response.text


# -- ids ----------------------------------------------------------------------------------------


def test_two_uploads_with_one_file_name_stay_two_documents_in_the_index(indexed_client):
    first = GAS_NOTICE.encode("utf-8")
    second = GAS_NOTICE.replace("6月底前", "7月底前").encode("utf-8")
    for data in (first, second, first):
        page = indexed_client.post(
            "/process", files={"file": ("通知.txt", data, "text/plain")}, data={"add_to_index": "1"}
        )
        assert page.status_code == 200
    hits = indexed_client.get("/api/search", params={"q": "餐饮场所"}).json()["results"]
    ids = sorted(hit["doc_id"] for hit in hits)
    assert len(ids) == 2 and all(doc_id.startswith("通知-") for doc_id in ids)  # the same file twice is one


def test_an_uploaded_file_name_is_cleaned_for_the_id_and_the_display(client):
    name = "C:\\收文\\通知\u202etxt.exe.txt"
    record = client.post("/api/extract", files={"file": (name, GAS_NOTICE.encode("utf-8"), "text/plain")}).json()
    assert record["source"]["path"] == "通知txt.exe.txt"
    assert record["doc_id"].startswith("通知txt.exe-") and "\u202e" not in record["doc_id"]


# -- the index file -----------------------------------------------------------------------------


@pytest.fixture
def broken_index_client(tmp_path, workers):
    path = tmp_path / "secret-folder" / "archive.db"
    path.parent.mkdir()
    path.write_bytes(b"this is not sqlite" * 100)
    return TestClient(create_app(path, workers=workers), base_url=BASE_URL)


def test_a_corrupt_index_gives_a_chinese_message_without_its_path(broken_index_client):
    for response in (
        broken_index_client.get("/search", params={"q": "燃气"}),
        broken_index_client.get("/api/search", params={"q": "燃气"}),
    ):
        assert response.status_code == 503
        assert "检索库无法打开" in response.text and "secret-folder" not in response.text


def test_indexing_into_a_corrupt_index_keeps_the_result(broken_index_client):
    response = broken_index_client.post("/process", data={"text": GAS_NOTICE, "add_to_index": "1"})
    assert response.status_code == 200
    assert 'id="index-error"' in response.text and "检索库无法打开" in response.text
    assert "secret-folder" not in response.text and 'id="checklist"' in response.text


def test_serve_refuses_a_corrupt_index_at_start(tmp_path, capsys):
    from nlp_pipeline.cli import main

    path = tmp_path / "broken.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (body TEXT)").connection.commit()
    assert main(["serve", "--db", str(path)]) == 2
    assert "不是本程序的检索库" in capsys.readouterr().err


# -- the network: Host, token, headers ----------------------------------------------------------


def test_a_foreign_host_is_refused_in_chinese(client):
    """DNS rebinding: another site's name resolved to 127.0.0.1 still arrives as its own Host."""
    for path in ("/", "/api/facets"):
        response = client.get(path, headers={"host": "evil.example:8000"})
        assert response.status_code == 400 and "地址不对" in response.text


@pytest.mark.parametrize(
    "header, name",
    [
        ("localhost:8000", "localhost"),
        ("[::1]:8000", "::1"),
        ("127.0.0.1", "127.0.0.1"),
        ("Example.ORG", "example.org"),
    ],
)
def test_host_names_are_read_without_their_port(header, name):
    assert host_name(header) == name


def test_a_network_bind_accepts_this_machines_names():
    import socket

    names = names_of_this_machine("0.0.0.0")
    assert "localhost" in names and socket.gethostname().lower() in names
    assert names_of_this_machine("192.168.1.20")[-1] == "192.168.1.20"


@pytest.fixture
def token_client(workers) -> TestClient:
    guard = Guard(allowed_hosts=["localhost", "pipeline.lan"], token=TOKEN)
    return TestClient(create_app(workers=workers, guard=guard), base_url="http://pipeline.lan")


def test_without_the_token_pages_ask_for_it_and_the_api_refuses(token_client):
    page = token_client.get("/search")
    assert page.status_code == 401 and 'name="token"' in page.text and "访问令牌" in page.text
    api = token_client.get("/api/facets")
    assert api.status_code == 401 and "Authorization: Bearer" in api.json()["error"]
    assert token_client.post("/api/extract", data={"text": GAS_NOTICE}).status_code == 401
    assert token_client.get("/static/style.css").status_code == 200  # the refusal page's own style


def test_a_wrong_token_is_refused(token_client):
    assert token_client.get("/api/facets", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert token_client.get("/", params={"token": "wrong"}).status_code == 401
    token_client.cookies.set(TOKEN_COOKIE, "forged")
    assert token_client.get("/").status_code == 401


def test_the_api_takes_a_bearer_token(token_client):
    response = token_client.post(
        "/api/extract", data={"text": GAS_NOTICE}, headers={"authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 200 and response.json()["tasks"]


def test_a_link_with_the_token_sets_a_cookie_and_leaves_the_address_bar(token_client):
    response = token_client.get("/search", params={"token": TOKEN, "q": "燃气"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/search?q=%E7%87%83%E6%B0%94"
    cookie = response.headers["set-cookie"]
    assert TOKEN not in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert token_client.get("/").status_code == 200  # the cookie now opens every page


def test_serving_beyond_this_computer_needs_a_token_and_warns(monkeypatch, capsys):
    from nlp_pipeline.cli import main
    from nlp_pipeline.web.serve import server_guard, startup_lines

    monkeypatch.delenv("NLP_PIPELINE_TOKEN", raising=False)
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "--token" in capsys.readouterr().err
    assert main(["serve", "--host", "0.0.0.0", "--token", "short"]) == 2
    monkeypatch.setenv("NLP_PIPELINE_TOKEN", TOKEN)
    guard = server_guard("0.0.0.0", None, ["pipeline.lan"])
    assert guard.token == TOKEN and "pipeline.lan" in guard.allowed_hosts
    lines = startup_lines("0.0.0.0", 8000, guard)
    assert lines[0].startswith("警告：服务监听 0.0.0.0") and TOKEN not in "".join(lines)
    assert not startup_lines("127.0.0.1", 8000, server_guard("127.0.0.1", None, []))[0].startswith("警告")


@pytest.mark.parametrize("path", ["/", "/search", "/api/facets", "/static/app.js", "/no-such-page"])
def test_every_response_carries_the_security_headers(client, path):
    headers = client.get(path).headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"  # "no-referrer" makes Chrome post Origin: null


def test_no_api_page_loads_scripts_from_another_site(client):
    assert client.get("/docs").status_code == 404
    assert 'href="/docs"' not in client.get("/").text
    assert client.get("/openapi.json").json()["paths"]


# -- errors are Chinese and say what to do --------------------------------------------------------


@pytest.mark.parametrize("params", [{"q": "燃气", "limit": "many"}, {}, {"q": "燃气", "tasks": "perhaps"}])
def test_bad_api_parameters_are_explained_in_chinese(indexed_client, params):
    response = indexed_client.get("/api/search", params=params)
    assert response.status_code == 422
    assert "参数有误" in _chinese_error(response) and "Input should" not in response.text


def test_search_errors_are_chinese(indexed_client):
    indexed_client.post("/process", data={"text": GAS_NOTICE, "add_to_index": "1"})
    for params, words in (
        ({"q": "燃气", "sector": "不存在的行业"}, "没有行业领域为"),
        ({"q": "？！。"}, "只有标点"),
        ({"q": "燃气", "date_from": "去年"}, "格式不对"),
    ):
        response = indexed_client.get("/api/search", params=params)
        assert response.status_code == 400 and words in _chinese_error(response)


def test_an_unparsable_form_is_explained_in_chinese(client):
    response = client.post("/api/extract", data={f"field{number}": "x" for number in range(12)})
    assert response.status_code == 400 and "表单无法解析" in _chinese_error(response)


def test_an_unexpected_failure_is_a_chinese_500_page(client, monkeypatch):
    import nlp_pipeline.web.app as app_module

    def broken(*args, **kwargs):
        raise KeyError("bug")

    monkeypatch.setattr(app_module, "locate_changes", broken)
    record_id = client.app.state.results.add(__import__("tests.web.samples", fromlist=["x"]).gas_notice_record())
    response = TestClient(client.app, base_url=BASE_URL, raise_server_exceptions=False).get(f"/result/{record_id}")
    assert (
        response.status_code == 500 and "服务内部出错" in response.text and "Internal Server Error" not in response.text
    )


# -- the access log -------------------------------------------------------------------------------


def test_the_access_log_leaves_out_search_words(unused_port):
    import httpx

    from nlp_pipeline.web.serve import build_server

    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    server, pool, _ = build_server("127.0.0.1", unused_port)
    handler = Collect()
    logging.getLogger("uvicorn.access").addHandler(handler)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert httpx.get(f"http://127.0.0.1:{unused_port}/search", params={"q": "机密的检索词"}).status_code == 200
        time.sleep(0.2)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        logging.getLogger("uvicorn.access").removeHandler(handler)
        pool.close()
    access = [line for line in lines if "GET /search" in line]
    assert access and all("机密" not in line and "%E6" not in line and "?" not in line for line in access)


@pytest.fixture(scope="module")
def server_url(workers):
    """The app on a real uvicorn server, for what only a real connection shows."""
    import socket

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(workers=workers), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
