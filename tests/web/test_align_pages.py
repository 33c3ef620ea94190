"""The 承接对照 page: two uploads or pasted texts -> the side-by-side table, in-page downloads,
the JSON API, and refusals with a reason."""

from __future__ import annotations

import base64
import io
import re

import openpyxl

from .cases import align_samples

PLANS = align_samples()
FILES = {
    "superior": ("东川市方案.txt", PLANS.SUPERIOR.encode("gb18030")),
    "subordinate": ("西岭县方案.txt", PLANS.SUBORDINATE.encode("utf-8")),
}


def test_the_form(client):
    page = client.get("/align").text
    assert 'name="superior"' in page and 'name="subordinate_text"' in page and 'href="/align" class="current"' in page


def test_two_uploads_give_the_side_by_side_table(client):
    response = client.post("/align", files=FILES)
    assert response.status_code == 200
    page = response.text
    table = page.split('id="alignment"', 1)[1].split("</table>", 1)[0]
    assert re.findall(r'<tr class="([\w-]+)">', table) == [
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
    assert "晚于上级时限（晚 15 天）" in table and "改由其他部门承接" in table
    assert 'id="taken-up">4<' in page and 'id="later-count">1<' in page
    assert "煤改气" in page.split('id="added"', 1)[1]
    workbook_link = re.search(r'id="download-xlsx" href="data:[^;]+;base64,([^"]+)"', page).group(1)
    workbook = openpyxl.load_workbook(io.BytesIO(base64.b64decode(workbook_link)))
    assert workbook["承接对照"].max_row == 8


def test_pasted_texts_and_the_api(client):
    texts = {"superior_text": PLANS.SUPERIOR, "subordinate_text": PLANS.SUBORDINATE}
    data = client.post("/api/align", data=texts).json()
    assert [(p["superior"]["number"], p["subordinate"]["number"]) for p in data["pairs"]] == [
        (1, 1),
        (1, 2),
        (2, 1),
        (3, 2),
        (4, 3),
        (6, 3),
        (9, 5),
    ]
    assert [item["number"] for item in data["not_taken_up"]] == [5, 7, 8]
    assert [item["number"] for item in data["unmatched_subordinate"]] == [4]


def test_refusals_name_the_problem(client):
    missing = client.post("/align", data={"superior_text": PLANS.SUPERIOR})
    assert missing.status_code == 400 and "请提供下级文件" in missing.text
    both = client.post(
        "/align",
        files={"superior": FILES["superior"]},
        data={"superior_text": PLANS.SUPERIOR, "subordinate_text": PLANS.SUBORDINATE},
    )
    assert both.status_code == 400 and "请只选一种方式" in both.text
    binary = client.post("/align", files={**FILES, "subordinate": ("x.txt", bytes(range(256)) * 40)})
    assert binary.status_code == 422 and "下级文件无法读取" in binary.text
    no_tasks = client.post(
        "/api/align", data={"superior_text": "会议纪要\n会议听取了汇报。", "subordinate_text": PLANS.SUBORDINATE}
    )
    assert no_tasks.status_code == 422 and "没有找到任务" in no_tasks.json()["error"]
    foreign = client.post("/align", files=FILES, headers={"origin": "http://evil.example"})
    assert foreign.status_code == 403
