import json

import pytest

from nlp_pipeline.errors import SearchError
from nlp_pipeline.search.commands import run_index, run_search


@pytest.fixture
def batch_out(tmp_path, records):
    docs = tmp_path / "batch" / "docs"
    docs.mkdir(parents=True)
    for record in records:
        (docs / f"{record.doc_id}.json").write_text(record.to_json(), encoding="utf-8")
    return tmp_path / "batch"


@pytest.fixture
def db(tmp_path, batch_out):
    path = tmp_path / "search.db"
    run_index(batch_out, path, progress=False)
    return path


def test_index_batch_output(tmp_path, batch_out):
    summary = run_index(batch_out, tmp_path / "new.db", progress=False)
    assert (summary["added"], summary["documents"], summary["failed"]) == (4, 4, [])
    assert run_index(batch_out, tmp_path / "new.db", progress=False)["unchanged"] == 4


def test_index_drops_documents_removed_from_the_batch(batch_out, db):
    (batch_out / "docs" / "mine-speech.json").unlink()
    assert run_index(batch_out, db, progress=False)["removed"] == 1


def test_index_raw_documents(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "note.txt").write_text("关于加强城镇燃气安全管理的通知\n各单位要排查燃气管道。", encoding="utf-8")
    (raw / "empty.txt").write_text("", encoding="utf-8")
    summary = run_index(raw, tmp_path / "raw.db", progress=False)
    assert summary["added"] == 1 and [f["doc_id"] for f in summary["failed"]] == ["empty"]
    assert "note" in run_search("燃气", tmp_path / "raw.db")


def test_index_refuses_a_file_or_bad_record(tmp_path, batch_out):
    with pytest.raises(SearchError, match="not a directory"):
        run_index(tmp_path / "absent", tmp_path / "x.db", progress=False)
    (batch_out / "docs" / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(SearchError, match="broken.json"):
        run_index(batch_out, tmp_path / "x.db", progress=False)


def test_search_json(db):
    results = json.loads(run_search("燃气", db, format="json"))["results"]
    assert [r["doc_id"] for r in results] == ["gas-notice"]


def test_search_table_documents(db):
    table = run_search("燃气", db)
    assert table.startswith(" 1. gas-notice  2024-03-05  notice  关于开展城镇燃气安全专项整治的通知")
    assert (
        "«燃气»" in table
        and "T1 完成餐饮场所燃气管道和报警装置排查  [住房和城乡建设部门 · 6月30日前 (2024-06-30)]" in table
    )


def test_search_table_tasks(db):
    table = run_search("消防检查", db, tasks=True)
    assert "开展人员密集场所消防检查  [消防救援机构 · 立即]" in table and "T1 in fire-minutes" in table


def test_search_without_results(db):
    assert run_search("核电站", db) == "no results"
    assert json.loads(run_search("核电站", db, format="json")) == {"results": []}


def test_search_bad_format(db):
    with pytest.raises(SearchError, match="format"):
        run_search("燃气", db, format="xml")
