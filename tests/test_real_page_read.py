"""scripts/real_page_read.py's false-change judge: an input character the annotator kept and
normalization removed is a false change, unless the gold's line that holds it stands whole in the
output (the page said it twice; the annotator kept one copy, normalization the other)."""

from __future__ import annotations

import json

import pytest

from .conftest import REPO, load_module


@pytest.fixture(scope="module")
def reader():
    return load_module("real_page_read_script", REPO / "scripts" / "real_page_read.py")


TITLE = "青禾县应急管理局关于做好汛期安全防范工作的通知"
RAW = f"标题：{TITLE}\n发布日期：2025-06-02\n{TITLE}\n各乡镇：请于6月10日前完成排查。\n"


@pytest.mark.parametrize(
    ("raw", "gold_text", "output", "lost"),
    [
        # the annotator kept the metadata line's copy of the title, normalization the headline's: nothing lost
        (
            RAW,
            f"{TITLE}\n2025-06-02\n各乡镇：请于6月10日前完成排查。",
            f"2025-06-02\n{TITLE}\n各乡镇：请于6月10日前完成排查。",
            "",
        ),
        # the same text as the gold: nothing lost
        (
            RAW,
            f"{TITLE}\n2025-06-02\n各乡镇：请于6月10日前完成排查。",
            f"{TITLE}\n2025-06-02\n各乡镇：请于6月10日前完成排查。",
            "",
        ),
        # the dateline removed: its characters are false changes
        (
            RAW,
            f"{TITLE}\n2025-06-02\n各乡镇：请于6月10日前完成排查。",
            f"{TITLE}\n各乡镇：请于6月10日前完成排查。",
            "2025-06-02",
        ),
        # the title dropped altogether: no copy of it was kept anywhere
        (
            RAW,
            f"{TITLE}\n2025-06-02\n各乡镇：请于6月10日前完成排查。",
            "2025-06-02\n各乡镇：请于6月10日前完成排查。",
            TITLE,
        ),
        # a colon made full-width, as ANNOTATION.md asks, where the annotator typed it half-width: no change
        (
            "附件:检查表\n",
            "附件:检查表",
            "附件：检查表",
            "",
        ),
        # a colon removed is still a change, whatever its width
        (
            "附件:检查表\n",
            "附件:检查表",
            "附件检查表",
            ":",
        ),
        # 6月 also stands in another line, but the gold's line that holds it is not in the output
        (
            "2025年6月\n各乡镇：请于6月10日前完成排查。\n",
            "各乡镇：请于6月10日前完成排查。",
            "各乡镇：请于10日前完成排查。",
            "6月",
        ),
    ],
)
def test_false_changes_count_what_no_copy_in_the_output_keeps(reader, raw: str, gold_text: str, output: str, lost: str):
    changed = "".join(character for _, character, _ in reader.false_changes(raw, gold_text, output))
    assert changed == lost


def test_a_folder_is_read_with_the_projects_own_scorer(reader, tmp_path):
    """Without ../shared the figures come from scripts/scoring.py; the junk-row count must not need
    eval/score.py's helpers (it once called `scorer.canon`, which only the shared scorer has)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p01.txt").write_text(RAW, encoding="utf-8")
    task = {
        "source": "各乡镇：请于6月10日前完成排查。",
        "units": [{"mention": "各乡镇", "canonical": "乡镇街道", "role": "responsible"}],
        "deadline": {"text": "6月10日前", "date": "2025-06-10", "kind": "date"},
        "sectors": [],
        "modality": "must",
    }
    gold = {
        "doc_id": "p01",
        "meta": {"date": "2025-06-02", "doc_type": "notice"},
        "text": f"{TITLE}\n2025-06-02\n各乡镇：请于6月10日前完成排查。",
        "sectors": [],
        "tasks": [task],
    }
    (folder / "p01.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    scoring = load_module("project_scoring_for_pages", REPO / "scripts" / "scoring.py")
    result = reader.read_folder(folder, scoring, tmp_path / "out")
    assert result["junk_rows"] == 0
    assert result["rows"] >= 1
