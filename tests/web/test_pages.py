"""The server-rendered pages: process form, result page, downloads, search page."""

from __future__ import annotations

import io
import json
import re

import pytest

from .samples import GAS_NOTICE, HOSTILE_TITLE, gas_notice_record


def _stored(client, record=None) -> str:
    return client.app.state.results.add(record or gas_notice_record())


def test_process_form_offers_paste_and_upload(client):
    page = client.get("/").text
    assert 'name="text"' in page and 'type="file"' in page
    assert "同时加入检索库" not in page


def test_process_form_offers_indexing_when_the_server_has_an_index(indexed_client):
    assert "同时加入检索库" in indexed_client.get("/").text


def test_processing_pasted_text_redirects_to_its_result_page(client):
    response = client.post("/process", data={"text": GAS_NOTICE}, follow_redirects=False)
    assert response.status_code == 303
    assert re.fullmatch(r"/result/[A-Za-z0-9_-]{22}", response.headers["location"])
    page = client.get(response.headers["location"]).text
    assert "餐饮场所用气安全" in page


def test_a_form_error_is_shown_on_the_form_and_keeps_the_pasted_text(client):
    response = client.post("/process", data={"text": "<b>燃气</b>", "date": "明天"})
    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.text
    assert "&lt;b&gt;燃气&lt;/b&gt;</textarea>" in response.text


def test_result_page_shows_the_checklist_with_roles_deadlines_and_source_links(client):
    page = client.get(f"/result/{_stored(client)}").text
    rows = re.findall(r'<tr id="task-(T\d+)"', page)
    assert rows == ["T1", "T2"]
    assert "市住房城乡建设局" in page and ">牵头<" in page and ">配合<" in page
    assert "6月底前" in page and "2024-06-30" in page
    assert ">禁止<" in page
    for task_id in rows:
        assert f'href="#src-{task_id}"' in page
        assert f'<a class="anchor" id="src-{task_id}"></a>' in page


def test_result_page_highlights_changes_and_lists_them_by_step(client):
    page = client.get(f"/result/{_stored(client)}").text
    assert re.search(r'<ins class="chg" id="c0" tabindex="0" title="繁简转换：燃氣 → 燃气">燃气</ins>', page)
    assert "标点规范" in page


def test_result_page_escapes_what_the_user_supplied(client):
    page = client.get(f"/result/{_stored(client, gas_notice_record(HOSTILE_TITLE))}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;燃气检查" in page


@pytest.mark.parametrize(
    "path",
    [
        "/result/AAAAAAAAAAAAAAAAAAAAAA",
        "/result/AAAAAAAAAAAAAAAAAAAAAA/download/json",
        "/result/not-an-id/download/json",
    ],
)
def test_unknown_results_are_a_404_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "找不到这份结果" in response.text


@pytest.mark.parametrize(
    "path",
    ["/result/..%2F..%2Fetc%2Fpasswd", "/result/%2e%2e/%2e%2e/etc/passwd/download/json", "/static/..%2F..%2Fapp.py"],
)
def test_paths_in_urls_reach_no_file(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text


@pytest.mark.parametrize(
    "fmt, media_type",
    [
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("csv", "text/csv; charset=utf-8"),
        ("json", "application/json"),
        ("md", "text/markdown; charset=utf-8"),
    ],
)
def test_downloads_come_in_four_formats_named_after_the_document(client, fmt, media_type):
    response = client.get(f"/result/{_stored(client)}/download/{fmt}")
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and "gas_notice-%E4%BB%BB" in disposition
    assert disposition.endswith(f".{fmt}")


def test_downloaded_files_hold_the_checklist(client):
    import openpyxl

    result_id = _stored(client)
    base = f"/result/{result_id}/download"
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(f"{base}/xlsx").content))
    assert [cell.value for cell in next(workbook.active.iter_rows(max_row=1))][:3] == ["序号", "文档", "工作任务"]
    assert workbook.active.max_row == 3
    assert "完成全市老旧燃气管道隐患排查" in client.get(f"{base}/csv").content.decode("utf-8-sig")
    assert json.loads(client.get(f"{base}/json").content) == gas_notice_record().to_dict()
    assert "| 序号 |" in client.get(f"{base}/md").text


def test_an_unknown_download_format_is_a_404(client):
    assert client.get(f"/result/{_stored(client)}/download/exe").status_code == 404


def test_adding_a_result_to_the_index_makes_it_searchable(indexed_client):
    result_id = _stored(indexed_client)
    page = indexed_client.post(f"/result/{result_id}/index").text
    assert "已加入检索库" in page
    search = indexed_client.get("/search", params={"q": "老旧燃气管道"}).text
    assert "关于开展城镇燃气安全隐患专项整治的通知" in search
    assert "<mark>" in search
    assert "完成全市老旧燃气管道隐患排查" in search  # the matching task under the hit


def test_search_page_offers_facets_from_the_index(indexed_client):
    indexed_client.post(f"/result/{_stored(indexed_client)}/index")
    page = indexed_client.get("/search").text
    assert '<option value="城镇燃气"' in page
    assert '<option value="notice"' in page and ">通知<" in page


def test_search_page_task_mode_lists_checklist_rows(indexed_client):
    indexed_client.post(f"/result/{_stored(indexed_client)}/index")
    page = indexed_client.get("/search", params={"q": "燃气器具", "tasks": "1"}).text
    assert "严禁销售不合格燃气器具" in page


def test_search_page_escapes_indexed_text(indexed_client):
    indexed_client.post(f"/result/{_stored(indexed_client, gas_notice_record(HOSTILE_TITLE))}/index")
    page = indexed_client.get("/search", params={"q": "燃气检查"}).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page


def test_search_page_shows_a_search_error_on_the_page(indexed_client):
    indexed_client.post(f"/result/{_stored(indexed_client)}/index")
    response = indexed_client.get("/search", params={"q": "燃气", "sector": "不存在的行业"})
    assert response.status_code == 400
    assert 'role="alert"' in response.text


def test_search_page_without_an_index_says_how_to_configure_one(client):
    assert "--db" in client.get("/search").text


@pytest.mark.parametrize("path", ["/", "/search", "/result/{id}"])
def test_pages_load_nothing_from_other_hosts(client, path):
    page = client.get(path.format(id=_stored(client))).text
    references = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert references and all(not re.match(r"(?:https?:)?//", ref) for ref in references)


@pytest.mark.parametrize("asset", ["style.css", "app.js"])
def test_bundled_assets_are_served(client, asset):
    assert client.get(f"/static/{asset}").status_code == 200


def test_search_page_of_an_empty_index_says_how_to_fill_it(indexed_client):
    assert 'id="empty-index"' in indexed_client.get("/search").text


@pytest.mark.parametrize("path", ["/process", "/api/extract", "/result/{id}/index"])
def test_posts_from_another_web_site_are_refused(indexed_client, path):
    response = indexed_client.post(
        path.format(id=_stored(indexed_client)), data={"text": GAS_NOTICE}, headers={"origin": "http://evil.example"}
    )
    assert response.status_code == 403
    assert "其他网站" in response.text


def test_posts_from_the_page_itself_are_accepted(indexed_client):
    response = indexed_client.post(f"/result/{_stored(indexed_client)}/index", headers={"origin": "http://localhost"})
    assert response.status_code == 200 and "已加入检索库" in response.text


# -- indexed documents: opened from a search hit, downloaded, re-extracted, deleted ----------------


def _indexed_doc_id(client) -> str:
    client.post(f"/result/{_stored(client)}/index")
    return "gas_notice"


def test_search_hits_open_the_documents_view_and_downloads(indexed_client):
    doc_id = _indexed_doc_id(indexed_client)
    page = indexed_client.get("/search", params={"q": "老旧燃气管道"}).text
    assert f'href="/document?id={doc_id}"' in page and f"编号 {doc_id}" in page
    view = indexed_client.get(f"/document?id={doc_id}").text
    assert re.findall(r'<tr id="task-(T\d+)"', view) == ["T1", "T2"] and 'id="delete"' in view
    download = indexed_client.get("/document/download", params={"id": doc_id, "format": "json"})
    assert json.loads(download.content) == gas_notice_record().to_dict()
    tasks_page = indexed_client.get("/search", params={"q": "燃气器具", "tasks": "1"}).text
    assert f'href="/document?id={doc_id}#task-T2"' in tasks_page


def test_duplicates_are_told_apart_by_their_ids(indexed_client):
    indexed_client.post(f"/result/{_stored(indexed_client)}/index")
    copy = gas_notice_record()
    copy.doc_id = "gas_notice_copy"
    indexed_client.post(f"/result/{_stored(indexed_client, copy)}/index")
    page = indexed_client.get("/search", params={"q": "老旧燃气管道"}).text
    assert "编号 gas_notice ·" in page and "编号 gas_notice_copy ·" in page


def test_a_document_can_be_deleted_from_the_page(indexed_client):
    doc_id = _indexed_doc_id(indexed_client)
    response = indexed_client.post("/document/delete", data={"id": doc_id})
    assert response.status_code == 200 and f"已从检索库删除：{doc_id}" in response.text
    assert "没有找到相关文档" in indexed_client.get("/search", params={"q": "老旧燃气管道"}).text
    assert indexed_client.get(f"/document?id={doc_id}").status_code == 404
    assert indexed_client.post("/document/delete", data={"id": doc_id}).status_code == 404


def test_a_document_can_be_extracted_again_from_the_page(indexed_client):
    doc_id = _indexed_doc_id(indexed_client)
    response = indexed_client.post("/document/reindex", data={"id": doc_id})
    assert response.status_code == 200 and 'id="reindexed"' in response.text
    # the hand-built record's tasks give way to what the pipeline extracts from its text
    assert "餐饮场所" in response.text and 'id="checklist"' in response.text


def test_indexing_from_the_result_page_links_to_the_indexed_document(indexed_client):
    page = indexed_client.post(f"/result/{_stored(indexed_client)}/index").text
    assert '<a href="/document?id=gas_notice" id="indexed-link">' in page


@pytest.mark.parametrize("fixture, stored_in_index", [("client", False), ("indexed_client", True)])
def test_the_footer_says_what_is_stored(request, fixture, stored_in_index):
    footer = re.search(
        r'<footer class="site" id="storage-note">(.*?)</footer>', request.getfixturevalue(fixture).get("/").text, re.S
    ).group(1)
    assert "上传的原件不保存" in footer and "最多 64 份" in footer
    assert ("保存在服务器的检索库里" in footer) == stored_in_index


def test_the_checklist_cells_carry_their_column_names_for_phone_cards(client):
    page = client.get(f"/result/{_stored(client)}").text
    for label in ("工作任务", "责任单位", "完成时限"):
        assert f'data-label="{label}"' in page
