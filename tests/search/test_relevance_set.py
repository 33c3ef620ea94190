"""The relevance set is data other people extend: check its shape and that it points at real texts."""

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
RELEVANCE = REPO / "corpora" / "relevance" / "search.tsv"
KINDS = {"keyword-short", "keyword-long", "paraphrase", "question", "traditional"}


def rows():
    lines = [line for line in RELEVANCE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header, *body = [line.split("\t") for line in lines]
    return [dict(zip(header, values, strict=True)) for values in body]


def test_enough_queries_of_every_kind():
    queries = rows()
    assert len(queries) >= 30 and len({(q["query"], q["target"]) for q in queries}) == len(queries)
    assert {q["kind"] for q in queries} == KINDS and {q["target"] for q in queries} == {"documents", "tasks"}


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="needs ../shared/eval beside the repo")
def test_relevant_items_exist_in_the_shared_documents():
    gold = {
        path.name.split(".")[0]: json.loads(path.read_text(encoding="utf-8"))
        for path in (SHARED / "eval").glob("*/*.gold.json")
    }
    for query in rows():
        if query["target"] == "documents":
            assert set(query["relevant"].split()) <= set(gold), query["query"]
        else:
            for item in query["relevant"].split("|"):
                doc_id, fragment = item.strip().split(":", 1)
                assert any(fragment in task["source"] for task in gold[doc_id]["tasks"]), (query["query"], item)
