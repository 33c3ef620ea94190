"""Invented documents for the ledger tests, built as DocumentRecords directly (no extraction), so
each case states exactly the deadline it tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nlp_pipeline.record import Deadline, DocumentRecord
from nlp_pipeline.search import Index
from nlp_pipeline.search.commands import run_index
from tests.conftest import record_with_tasks

REPO = Path(__file__).resolve().parents[2]

ON = "2024-06-01"

# doc_id -> (title, date, sectors, [(sentence, task text, units, deadline, sectors)])
DOCUMENTS = {
    "gas-plan": (
        "东川市城镇燃气安全专项整治方案",
        "2024-03-05",
        ["城镇燃气"],
        [
            (
                "住建部门要在5月20日前完成餐饮场所燃气管道排查。",
                "完成餐饮场所燃气管道排查",
                ["住房和城乡建设部门"],
                Deadline("5月20日前", "2024-05-20", "date"),
                ["城镇燃气"],
            ),
            (
                "市场监管部门要在6月15日前完成液化石油气钢瓶充装站检查。",
                "完成液化石油气钢瓶充装站检查",
                ["市场监督管理部门"],
                Deadline("6月15日前", "2024-06-15", "date"),
                ["城镇燃气"],
            ),
            (
                "住建部门要在9月底前建成燃气安全监管平台。",
                "建成燃气安全监管平台",
                ["住房和城乡建设部门"],
                Deadline("9月底前", "2024-09-30", "date"),
                ["城镇燃气"],
            ),
            (
                "各县区要每月5日前报送整治进展。",
                "报送整治进展",
                ["乡镇街道"],
                Deadline("每月5日前", None, "recurring"),
                ["城镇燃气"],
            ),
            (
                "发现重大隐患要立即停用整改。",
                "停用整改",
                ["住房和城乡建设部门"],
                Deadline("立即", None, "immediate"),
                ["城镇燃气"],
            ),
        ],
    ),
    "flood-notice": (
        "关于做好汛期安全防范工作的通知",
        "2024-04-10",
        ["防汛"],
        [
            (
                "应急管理部门要在5月31日前完成防汛物资储备检查。",
                "完成防汛物资储备检查",
                ["应急管理部门"],
                Deadline("5月31日前", "2024-05-31", "date"),
                ["防汛"],
            ),
            (
                "水利部门要在汛前完成水库除险加固。",
                "完成水库除险加固",
                ["水利部门"],
                Deadline("汛前", None, "date"),
                ["防汛"],
            ),
            (
                "各地要常态化开展隐患排查，实行24小时值班。",
                "常态化开展隐患排查",
                ["应急管理部门"],
                Deadline("常态化", None, "ongoing"),
                ["防汛"],
            ),
            (
                "各地要常态化开展隐患排查，实行24小时值班。",
                "实行24小时值班",
                ["应急管理部门"],
                Deadline("24小时值班", None, "recurring"),
                ["防汛"],
            ),
            (
                "应急管理部门要按季度开展防汛演练。",
                "开展防汛演练",
                ["应急管理部门"],
                Deadline("按季度", None, "recurring"),
                ["防汛"],
            ),
        ],
    ),
    "future-plan": (
        "下半年消防工作要点",
        "2024-07-01",
        ["消防"],
        [
            (
                "消防救援机构要在7月10日前完成高层建筑检查。",
                "完成高层建筑检查",
                ["消防救援机构"],
                Deadline("7月10日前", "2024-07-10", "date"),
                ["消防"],
            ),
        ],
    ),
}


def make_record(
    doc_id: str, title: str, date: str | None, sectors: list[str], tasks: list[tuple], version: str = "1"
) -> DocumentRecord:
    sentences = list(dict.fromkeys(sentence for sentence, *_ in tasks))
    text = "\n".join([title, *sentences])
    return record_with_tasks(
        doc_id, title=title, date=date, doc_type="plan", sectors=sectors, text=text, tasks=tasks, version=version
    )


@pytest.fixture
def records() -> list[DocumentRecord]:
    return [make_record(doc_id, *values) for doc_id, values in DOCUMENTS.items()]


@pytest.fixture
def db(tmp_path, records):
    path = tmp_path / "archive.db"
    with Index(path) as index:
        index.update(records)
    return path


def corpus_index(folder: Path, shared_dir: Path) -> Path:
    """An index built by the whole pipeline over the sample corpus and ../shared/eval/genre,
    copied into `folder`/in (a test may change a document there and re-index)."""
    documents = folder / "in"
    shutil.copytree(REPO / "corpora" / "sample", documents)
    for document in sorted((shared_dir / "eval" / "genre").glob("*.txt")):
        shutil.copy(document, documents / document.name)
    db = folder / "archive.db"
    summary = run_index(documents, db, progress=False)
    assert summary["failed"] == [] and summary["documents"] == len(list(documents.iterdir()))
    return db
