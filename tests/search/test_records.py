"""The index keeps each document's whole record (for the web page's document view), can drop
documents and replace one by hand."""

from __future__ import annotations

import sqlite3

from nlp_pipeline.pipeline import process
from nlp_pipeline.search import Index

NOTICE = "关于开展燃气安全检查的通知\n县住房和城乡建设局要于6月底前完成城区餐饮场所燃气安全检查。\n"


def test_the_whole_record_is_kept_and_dropped_with_its_document(tmp_path):
    record = process(NOTICE, doc_id="燃气通知")
    with Index(tmp_path / "i.db") as index:
        index.update([record])
        assert index.record("燃气通知").to_dict() == record.to_dict()
        assert index.record("没有") is None
        assert index.delete(["燃气通知", "没有"]) == {"removed": 1, "missing": ["没有"], "documents": 0}
        assert index.record("燃气通知") is None and index.search("燃气") == []


def test_replace_stores_a_record_even_when_its_fingerprint_is_unchanged(tmp_path):
    record = process(NOTICE, doc_id="n")
    with Index(tmp_path / "i.db") as index:
        index.update([record])
        record.tasks = record.tasks[:0]
        assert index.update([record])["unchanged"] == 1
        assert index.replace(record) == {"added": 0, "replaced": 1, "documents": 1}
        assert index.record("n").tasks == []


def test_an_index_from_before_records_were_kept_gains_the_table(tmp_path):
    path = tmp_path / "old.db"
    with Index(path) as index:
        index.update([process(NOTICE, doc_id="old")])
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE records")
    with Index(path) as index:
        assert index.record("old") is None  # shown as "re-index it", never a 500
        assert [hit["doc_id"] for hit in index.search("燃气")] == ["old"]
        index.update([process(NOTICE + "各乡镇要立即开展排查。\n", doc_id="new")])
        assert index.record("new") is not None
