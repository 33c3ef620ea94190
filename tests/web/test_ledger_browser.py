"""A real Chromium on the 督办台账 page over an index of the sample corpus and ../shared/eval/genre:
filter by unit, mark a task done from the page, see it still done after a server restart, and
download the calendar."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .cases import ledger_cases
from .test_browser import WAIT_SECONDS, _full_page_screenshot, _wait_for, browser, running_server  # noqa: F401

pytestmark = pytest.mark.browser
VIEW = "/ledger?on=2024-06-01&within=60d"


@pytest.fixture(scope="module")
def db(tmp_path_factory, shared_dir):
    return ledger_cases().corpus_index(tmp_path_factory.mktemp("ledger-web"), shared_dir)


def _rows(browser):
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, "#ledger tbody tr")


def test_the_ledger_page_in_a_browser(browser, db, tmp_path):
    import httpx
    import icalendar
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    with running_server(db) as url:
        browser.get(url + VIEW)
        _wait_for(browser, "#ledger")
        rows = _rows(browser)
        classes = [row.get_attribute("class") for row in rows]
        assert len(rows) > 20 and classes[0] == "state-overdue"
        assert classes == sorted(classes, key=["state-overdue", "state-due", "state-finished"].index)
        assert browser.find_element(By.ID, "count-overdue").text == str(classes.count("state-overdue"))
        _full_page_screenshot(browser, tmp_path / "ledger.png")

        Select(browser.find_element(By.ID, "unit")).select_by_value("住房和城乡建设部门")
        browser.find_element(By.ID, "filter-button").click()
        _wait_for(browser, "#unit option[value='住房和城乡建设部门'][selected]")
        rows = _rows(browser)
        assert rows and all("住房和城乡建设部门" in row.find_element(By.CSS_SELECTOR, "td.units").text for row in rows)

        row = next(row for row in rows if row.get_attribute("class") == "state-due")
        key, task = row.get_attribute("data-key"), row.find_element(By.CSS_SELECTOR, "td.task").text
        Select(row.find_element(By.NAME, "status")).select_by_value("done")
        row.find_element(By.NAME, "note").send_keys("已办结并报送")
        row.find_element(By.CSS_SELECTOR, ".status-form button").click()
        _wait_for(browser, f"tr.state-finished[data-key='{key}']")
        assert "unit=" in browser.current_url
        link = urlsplit(browser.find_element(By.ID, "download-ics").get_attribute("href"))

    with running_server(db) as url:  # a restarted server reads the same statuses
        browser.get(url + VIEW)
        finished = _wait_for(browser, f"tr.state-finished[data-key='{key}']")
        assert task.splitlines()[0] in finished.text
        assert finished.find_element(By.NAME, "note").get_attribute("value") == "已办结并报送"
        download = httpx.get(f"{url}{link.path}?{link.query}", timeout=WAIT_SECONDS)
        calendar = icalendar.Calendar.from_ical(download.content)
        events = list(calendar.walk("VEVENT"))
        assert events and all("住房和城乡建设部门" in str(event["summary"]) for event in events)
        assert any(str(event["summary"]).startswith("【已办结】") for event in events)
