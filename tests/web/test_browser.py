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
def running_server(db_path: Path, workers=None):
    """The app serving `db_path` on a free local port, in a thread; yields its address."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db_path, workers=workers), host="127.0.0.1", port=port, log_level="warning")
    )
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
def server_url(tmp_path_factory, workers):
    with running_server(tmp_path_factory.mktemp("web") / "search.db", workers) as url:
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
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1366,1000",
        "--lang=zh-CN",
    ):
        options.add_argument(argument)
    session = webdriver.Chrome(service=Service(driver), options=options)
    yield session
    session.quit()


def _wait_for(browser, css: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT_SECONDS).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css))
    )


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
        record = httpx.post(
            server_url + "/api/extract", files={"file": (document.name, handle)}, timeout=WAIT_SECONDS
        ).json()
    assert len(shown) == len(record["tasks"])
    assert browser.find_element(By.ID, "task-count").text == str(len(record["tasks"]))
    assert browser.find_element(By.ID, "doc-text").text.strip()
    _full_page_screenshot(browser, tmp_path / "dev-result.png")


# -- what an audit of the page in Chromium found ---------------------------------------------------


def _paste_and_submit(browser, server_url: str, text: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server_url + "/")
    browser.execute_script("document.getElementById('text').value = arguments[0]", text)
    browser.find_element(By.ID, "submit").click()


def test_back_from_a_result_leaves_the_button_enabled(browser, server_url):
    from selenium.webdriver.common.by import By

    _paste_and_submit(browser, server_url, GAS_NOTICE)
    _wait_for(browser, "#doc-title")
    browser.back()
    button = _wait_for(browser, "#submit")
    assert button.is_enabled() and button.text == "生成任务分解表"
    assert browser.find_element(By.ID, "text").get_attribute("value").startswith("关于开展")


def test_after_an_error_the_date_and_the_index_choice_are_kept(browser, server_url, tmp_path):
    from selenium.webdriver.common.by import By

    document = tmp_path / "通知.txt"
    document.write_text(GAS_NOTICE, encoding="utf-8")
    browser.get(server_url + "/")
    browser.execute_script(
        "document.getElementById('text').value = '各乡镇要立即开展排查。';"
        "document.getElementById('date').value = '2024-03-05';"
    )
    browser.find_element(By.ID, "add_to_index").click()  # untick 同时加入检索库
    browser.find_element(By.ID, "file").send_keys(str(document))  # a file as well: an error
    browser.find_element(By.ID, "submit").click()
    assert "只选一种" in _wait_for(browser, "#form-error").text
    assert browser.find_element(By.ID, "date").get_attribute("value") == "2024-03-05"
    assert not browser.find_element(By.ID, "add_to_index").is_selected()
    assert browser.find_element(By.ID, "text").get_attribute("value") == "各乡镇要立即开展排查。"


@pytest.fixture
def phone(browser):
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
    )
    browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
    yield browser
    browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_at_phone_width_each_task_is_one_card_with_every_field_in_view(phone, server_url, tmp_path):
    from nlp_pipeline.resources import opencc_converter

    document = tmp_path / "燃氣通知.txt"
    document.write_bytes(opencc_converter("s2t").convert(GAS_NOTICE).encode("big5", "replace"))
    _upload(phone, server_url, document)
    geometry = phone.execute_script("""
        const width = document.documentElement.clientWidth;
        const rows = [...document.querySelectorAll('#checklist tbody tr')].map(row => {
          const box = row.getBoundingClientRect();
          const cells = [...row.querySelectorAll('td')].map(cell => cell.getBoundingClientRect());
          return {left: box.left, right: box.right, width: box.width,
                  cellsInside: cells.every(c => c.left >= box.left - 1 && c.right <= box.right + 1),
                  stacked: cells.every((c, i) => i === 0 || c.top >= cells[i - 1].bottom - 1)};
        });
        return {width, scrollWidth: document.documentElement.scrollWidth, rows,
                header: getComputedStyle(document.querySelector('#checklist thead')).display};
    """)
    assert geometry["rows"] and geometry["scrollWidth"] <= geometry["width"]
    assert geometry["header"] == "none"
    for row in geometry["rows"]:
        assert row["right"] <= geometry["width"] and row["width"] > geometry["width"] * 0.8
        assert row["cellsInside"] and row["stacked"]
    deadline = phone.find_element("css selector", "#checklist td.deadline")
    assert deadline.is_displayed() and "完成时限" in phone.execute_script(
        "return getComputedStyle(arguments[0], '::before').content", deadline
    )


def test_a_tap_on_a_change_shows_what_it_was(phone, server_url, tmp_path):
    from selenium.webdriver.common.by import By

    document = tmp_path / "繁體通知.txt"
    from nlp_pipeline.resources import opencc_converter

    document.write_text(opencc_converter("s2t").convert(GAS_NOTICE), encoding="utf-8")
    _upload(phone, server_url, document)
    detail = phone.find_element(By.ID, "change-detail")
    assert not detail.is_displayed()
    change = phone.find_element(By.CSS_SELECTOR, "#doc-text ins.chg")
    phone.execute_script("arguments[0].scrollIntoView({block: 'center'})", change)
    change.click()
    assert detail.is_displayed() and "→" in detail.text and "繁简转换" in detail.text
    box = phone.execute_script("return arguments[0].getBoundingClientRect().right", detail)
    assert box <= phone.execute_script("return document.documentElement.clientWidth") + 1
    change.click()  # a second tap closes it
    assert not detail.is_displayed()


def test_a_search_hit_opens_the_document_which_can_then_be_deleted(browser, server_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    document = tmp_path / "删除测试通知.txt"
    document.write_text(GAS_NOTICE.replace("城镇燃气安全隐患", "城镇燃气删除演练隐患"), encoding="utf-8")
    _upload(browser, server_url, document)
    assert "已加入检索库" in browser.find_element(By.ID, "indexed").text
    browser.get(server_url + "/search")
    browser.find_element(By.ID, "q").send_keys("删除演练")
    browser.find_element(By.ID, "search-button").click()
    _wait_for(browser, "#results .hit h3 a").click()
    assert "删除演练" in _wait_for(browser, "#doc-title").text
    doc_id = browser.find_element(By.ID, "doc-id").text
    assert doc_id.startswith("删除测试通知-")
    browser.find_element(By.ID, "delete").click()
    WebDriverWait(browser, WAIT_SECONDS).until(expected_conditions.alert_is_present()).accept()
    assert doc_id in _wait_for(browser, "#deleted").text
    browser.get(server_url + "/search?q=" + "删除演练")
    assert _wait_for(browser, "#no-results")
