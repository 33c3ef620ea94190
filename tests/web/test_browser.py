"""A real Chromium (Debian's chromium + chromium-driver, see scripts/install_browser.sh) drives the
running server: upload a document, read its checklist, search the archive.

Outside CI a missing browser skips these tests; in CI (CI=true) it fails them, so they always run there.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from nlp_pipeline.web import create_app

from .samples import GAS_NOTICE

pytestmark = pytest.mark.browser

WAIT_SECONDS = 120
INSTALL_HINT = "run scripts/install_browser.sh (apt-get install chromium chromium-driver)"


def _missing_browser(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; the browser test must run in CI: {INSTALL_HINT}")
    pytest.skip(f"{reason}: {INSTALL_HINT}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_server(db_path: Path):
    """The app serving `db_path` on a free local port, in a thread; yields its address."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("web") / "search.db") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing_browser("selenium is not installed")
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        _missing_browser("chromium or chromedriver is not on PATH")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1366,1000", "--lang=zh-CN"):
        options.add_argument(argument)
    session = webdriver.Chrome(service=Service(driver), options=options)
    yield session
    session.quit()


def _wait_for(browser, css: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT_SECONDS).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


def _upload(browser, server_url: str, path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server_url + "/")
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.ID, "submit").click()
    _wait_for(browser, "#doc-title")


def _full_page_screenshot(browser, path: Path) -> None:
    height = browser.execute_script("window.scrollTo(0, 0); return document.documentElement.scrollHeight")
    browser.set_window_size(1366, min(max(height, 1000), 6000))
    browser.save_screenshot(str(path))
    browser.set_window_size(1366, 1000)


def test_upload_shows_the_checklist_and_the_document_is_then_found(browser, server_url, tmp_path):
    from selenium.webdriver.common.by import By

    document = tmp_path / "燃气整治通知.txt"
    document.write_bytes(GAS_NOTICE.encode("gb18030"))
    _upload(browser, server_url, document)
    assert not browser.find_elements(By.ID, "no-tasks"), "no tasks were extracted"
    table = browser.find_element(By.ID, "checklist")
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) >= 3
    units = " ".join(cell.text for cell in table.find_elements(By.CSS_SELECTOR, "td.units"))
    assert "住房城乡建设局" in units
    deadlines = " ".join(cell.text for cell in table.find_elements(By.CSS_SELECTOR, "td.deadline"))
    assert "6月底前" in deadlines and "2024-06-30" in deadlines

    row = next(row for row in rows if "6月底前" in row.text)
    row.find_element(By.CSS_SELECTOR, "a.source-link").click()
    marked = browser.find_elements(By.CSS_SELECTOR, ".src.active")
    assert marked and "6月底前" in "".join(element.text for element in marked)
    _full_page_screenshot(browser, tmp_path / "result.png")

    browser.get(server_url + "/search")
    browser.find_element(By.ID, "q").send_keys("泄漏报警")
    browser.find_element(By.ID, "search-button").click()
    hit = _wait_for(browser, "#results .hit")
    assert "城镇燃气安全隐患专项整治" in hit.text
    assert hit.find_elements(By.TAG_NAME, "mark")
    _full_page_screenshot(browser, tmp_path / "search.png")
    assert (tmp_path / "result.png").stat().st_size > 10_000


def test_a_dev_document_shows_the_tasks_the_api_extracts(browser, server_url, tmp_path, shared_dir):
    import httpx
    from selenium.webdriver.common.by import By

    dev = shared_dir / "eval" / "dev"
    documents = sorted(dev.glob("*.txt"))
    if not documents:
        pytest.skip(f"no dev documents at {dev}")
    document = documents[0]
    _upload(browser, server_url, document)
    shown = browser.find_elements(By.CSS_SELECTOR, "#checklist tbody tr")
    with document.open("rb") as handle:
        record = httpx.post(server_url + "/api/extract", files={"file": (document.name, handle)},
                            timeout=WAIT_SECONDS).json()
    assert len(shown) == len(record["tasks"])
    assert browser.find_element(By.ID, "task-count").text == str(len(record["tasks"]))
    assert browser.find_element(By.ID, "doc-text").text.strip()
    _full_page_screenshot(browser, tmp_path / "dev-result.png")
