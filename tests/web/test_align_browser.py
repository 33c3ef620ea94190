"""A real Chromium on the 承接对照 page: upload the invented city and county plans, read the table."""

from __future__ import annotations

import pytest

from .cases import align_samples
from .test_browser import _full_page_screenshot, _wait_for, browser, server_url  # noqa: F401

pytestmark = pytest.mark.browser


def test_two_uploads_give_the_side_by_side_table(browser, server_url, tmp_path):
    from selenium.webdriver.common.by import By

    plans = align_samples()
    city, county = tmp_path / "东川市方案.txt", tmp_path / "西岭县方案.txt"
    city.write_bytes(plans.SUPERIOR.encode("gb18030"))
    county.write_text(plans.SUBORDINATE, encoding="utf-8")
    browser.get(server_url + "/align")
    browser.find_element(By.ID, "superior").send_keys(str(city))
    browser.find_element(By.ID, "subordinate").send_keys(str(county))
    browser.find_element(By.ID, "align-button").click()
    table = _wait_for(browser, "#alignment")
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert [row.get_attribute("class") for row in rows] == [
        "taken-up",
        "taken-up",
        "taken-up",
        "taken-up",
        "not-taken-up",
        "taken-up",
        "not-taken-up",
        "not-taken-up",
        "taken-up",
    ]
    assert "未承接" in rows[4].text and "晚于上级时限（晚 15 天）" in rows[1].text
    assert browser.find_element(By.ID, "taken-up").text == "4"
    assert "煤改气" in browser.find_element(By.ID, "added").text
    assert browser.find_element(By.ID, "download-xlsx").get_attribute("href").startswith("data:application/")
    _full_page_screenshot(browser, tmp_path / "align.png")
