"""scripts/evaluate.py title figures: the gold states a title as `meta.title` (the older sets) or as
`title` beside `meta` (the newer sets and the real pages); a page whose copy lost its title has none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import REPO, load_module


@pytest.fixture(scope="module")
def evaluate():
    return load_module("evaluate_script", REPO / "scripts" / "evaluate.py")


@pytest.mark.parametrize(
    ("gold", "title"),
    [
        ({"meta": {"title": "县防汛工作要点"}}, "县防汛工作要点"),
        ({"meta": {}, "title": "镇燃气安全检查方案"}, "镇燃气安全检查方案"),
        ({"meta": {"title": "关于做好防汛工作的通知"}, "title": "另一个标题"}, "关于做好防汛工作的通知"),
        ({"meta": {}}, None),
    ],
)
def test_the_gold_title_is_read_where_either_layout_keeps_it(evaluate, gold: dict, title: str | None):
    assert evaluate.gold_title(gold) == title


def test_titles_beside_meta_are_scored(evaluate, tmp_path: Path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    written = {"a1": ("镇燃气安全检查方案", "镇燃气安全检查方案"), "a2": ("县防汛会议纪要", "会议地点：三楼")}
    for doc_id, (gold_title, pred_title) in written.items():
        gold = {"meta": {"date": None, "doc_type": "plan"}, "title": gold_title}
        (gold_dir / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        (pred_dir / f"{doc_id}.json").write_text(json.dumps({"meta": {"title": pred_title}}), encoding="utf-8")
    (gold_dir / "a3.gold.json").write_text(json.dumps({"meta": {"date": None}}), encoding="utf-8")  # no title
    figures = evaluate.title_figures(gold_dir, pred_dir)
    assert figures["title_exact_acc"] == {"acc": 0.5, "n": 2}
