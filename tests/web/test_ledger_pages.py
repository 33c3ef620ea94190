"""The 督办台账 page: filters, statuses set from the page, downloads, the JSON API, refusals."""

from __future__ import annotations

import io
import json
import re

import icalendar
import openpyxl
import pytest
from fastapi.testclient import TestClient

from nlp_pipeline.search import Index
from nlp_pipeline.web import create_app

from .cases import ledger_cases
from .conftest import BASE_URL

VIEW = "/ledger?on=2024-06-01&within=30d"
CASES = ledger_cases()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "archive.db"
    with Index(path) as index:
        index.update([CASES.make_record(doc_id, *values) for doc_id, values in CASES.DOCUMENTS.items()])
    return path


@pytest.fixture
def ledger_client(db) -> TestClient:
    return TestClient(create_app(db), base_url=BASE_URL)


def _row_ids(page: str, table: str) -> list[str]:
    body = page.split(f'id="{table}"', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<tr class="state-(\w+)" id="row-', body)


def test_the_page_lists_overdue_tasks_first(ledger_client):
    page = ledger_client.get(VIEW).text
    assert _row_ids(page, "ledger") == ["overdue", "overdue", "due", "due", "due"]
    assert 'id="count-overdue">2<' in page and 'id="count-standing">4<' in page
    assert "逾期 12 天" in page and "完成餐饮场所燃气管道排查" in page
    assert 'id="standing"' in page and "立即办理" in page
    assert 'href="/ledger" class="current"' in page


def test_filters_by_unit_and_window(ledger_client):
    page = ledger_client.get(VIEW + "&unit=应急管理部门&overdue=1").text
    assert _row_ids(page, "ledger") == ["overdue"] and "完成防汛物资储备检查" in page
    assert 'id="standing"' not in page
    assert '<option value="应急管理部门" selected>' in page


def test_a_status_set_on_the_page_lasts_across_a_restart(ledger_client, db):
    page = ledger_client.get(VIEW).text
    key = re.search(r'<tr class="state-due" id="row-[^"]+" data-key="([^"]+)"', page).group(1)
    response = ledger_client.post(
        "/ledger/status",
        data={
            "doc_id": "gas-plan",
            "key": key,
            "status": "done",
            "note": "6月3日办结",
            "back": "on=2024-06-01&within=30d",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/ledger?on=2024-06-01&within=30d#row-{key}"
    restarted = TestClient(create_app(db), base_url=BASE_URL)
    page = restarted.get(VIEW).text
    row = page.split(f'data-key="{key}"', 1)[1].split("</tr>", 1)[0]
    assert '<option value="done" selected>' in row and 'value="6月3日办结"' in row
    assert _row_ids(page, "ledger") == ["overdue", "overdue", "due", "due", "finished"]


def test_status_forms_from_other_sites_and_bad_values_are_refused(ledger_client):
    fields = {"doc_id": "gas-plan", "key": "T1", "status": "done"}
    refused = ledger_client.post("/ledger/status", data=fields, headers={"origin": "http://evil.example"})
    assert refused.status_code == 403
    bad = ledger_client.post("/ledger/status", data={**fields, "status": "finished"})
    assert bad.status_code == 400 and "未知的办理状态" in bad.text
    missing = ledger_client.post("/ledger/status", data={**fields, "doc_id": "nothing"})
    assert missing.status_code == 400 and "没有文档" in missing.text


def test_a_bad_filter_is_explained_on_the_page(ledger_client):
    response = ledger_client.get("/ledger?unit=核电部门")
    assert response.status_code == 400
    assert "没有责任单位" in response.text and 'id="filter-button"' in response.text
    assert ledger_client.get("/ledger?on=明天").status_code == 400


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics", "json"])
def test_downloads_hold_the_filtered_ledger(ledger_client, fmt):
    response = ledger_client.get(f"/ledger/download/{fmt}?on=2024-06-01&within=30d&overdue=1")
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert "filename*=UTF-8''%E7%9D%A3%E5%8A%9E%E5%8F%B0%E8%B4%A6-2024-06-01." in disposition
    if fmt == "ics":
        assert len(list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))) == 2
    elif fmt == "xlsx":
        assert openpyxl.load_workbook(io.BytesIO(response.content))["督办台账"].max_row == 3
    elif fmt == "csv":
        assert response.content.decode("utf-8-sig").count("\n逾期,") == 2
    else:
        assert json.loads(response.content)["counts"]["overdue"] == 2
    assert ledger_client.get("/ledger/download/pdf").status_code == 404


def test_the_json_api(ledger_client):
    data = ledger_client.get("/api/ledger", params={"on": "2024-06-01", "unit": "乡镇街道"}).json()
    assert [(e["doc_id"], e["due"]) for e in data["entries"]] == [("gas-plan", "2024-06-05")]
    result = ledger_client.post(
        "/api/ledger/status", json={"doc_id": "gas-plan", "task": "T4", "status": "in_progress", "note": "已催报"}
    ).json()
    assert (result["status"], result["label"]) == ("in_progress", "办理中")
    data = ledger_client.get("/api/ledger", params={"on": "2024-06-01", "unit": "乡镇街道"}).json()
    assert data["entries"][0]["note"] == "已催报"
    error = ledger_client.post("/api/ledger/status", json={"doc_id": "gas-plan", "task": "T77", "status": "done"})
    assert error.status_code == 400 and "没有任务" in error.json()["error"]
    assert ledger_client.get("/api/ledger", params={"within": "forever"}).status_code == 400


def test_without_an_index(client, indexed_client):
    response = client.get("/ledger")
    assert response.status_code == 200 and "未配置检索库" in response.text
    assert client.get("/api/ledger").status_code == 503
    assert 'id="empty-index"' in indexed_client.get("/ledger").text
