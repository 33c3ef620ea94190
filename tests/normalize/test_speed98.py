"""Issue 19 (speed98): the gloss step (`remove_pinyin_annotations`) builds its output in the scan
itself (`re.sub` with a callback that logs each removal) instead of collecting thousands of edits
and sorting and slicing them in `apply_edits`; its output and change log must be exactly what the
edits gave. Texts written for this project."""

import pytest

from nlp_pipeline.normalize import replay
from nlp_pipeline.normalize import script as script_step
from nlp_pipeline.normalize.edits import Edit, apply_edits
from nlp_pipeline.normalize.pinyin_annotation import GLOSSES, STEP, is_reading, remove_pinyin_annotations
from nlp_pipeline.normalize.script import convert_traditional


def by_edits(text: str) -> tuple[str, list]:
    """The step as it was before speed98: one edit per gloss read as the character's reading."""
    edits = [
        Edit(found.start(), found.end(), "")
        for found in GLOSSES.finditer(text)
        if found.start() and is_reading(text[found.start() - 1], found.group())
    ]
    return apply_edits(STEP, text, edits)


# (text, output, what it shows)
CASES = [
    ("各單位要(yào)加強(qiáng)巡查(chá)。", "各單位要加強巡查。", "toned glosses after traditional characters go"),
    ("落实(shi)责任，排查(cha)隐患。", "落实责任，排查隐患。", "toneless glosses go"),
    ("鄉(xiang)(xiang)鎮要組織檢查。", "鄉鎮要組織檢查。", "a gloss given twice goes whole"),
    ("绿(lv)色通道保持畅通。", "绿色通道保持畅通。", "ü written as v"),
    (
        "（huì）议在县里召开。",
        "（huì）议在县里召开。",
        "near miss: a gloss at the text's start has no character before it",
    ),
    ("会(zhang)议明天召开。", "会(zhang)议明天召开。", "near miss: a syllable that is no reading of the character"),
    ("管理办法(试行)自公布之日起施行。", "管理办法(试行)自公布之日起施行。", "near miss: a Chinese parenthesis"),
    ("2021(2021)年度计划", "2021(2021)年度计划", "near miss: digits in brackets"),
    ("采用GB(abc)标准", "采用GB(abc)标准", "near miss: Latin before the bracket"),
    ("全文没有括号。", "全文没有括号。", "near miss: no bracket at all"),
]


@pytest.mark.parametrize(("text", "output", "shows"), CASES, ids=[case[2][:30] for case in CASES])
def test_the_scan_gives_the_edits_output_and_log(text: str, output: str, shows: str) -> None:
    cleaned, changes = remove_pinyin_annotations(text)
    assert cleaned == output, shows
    assert (cleaned, changes) == by_edits(text), shows
    assert replay(text, changes) == cleaned


def test_every_removal_is_logged_at_its_place_in_the_input() -> None:
    text = "要(yào)求各地加(jiā)强检查(chá)"
    _, changes = remove_pinyin_annotations(text)
    assert [(change.before, change.offset) for change in changes] == [("(yào)", 1), ("(jiā)", 10), ("(chá)", 18)]
    assert all(text[change.offset : change.offset + len(change.before)] == change.before for change in changes)


@pytest.mark.xfail(
    strict=True,
    reason="measured and left (speed98): the t2s step still goes through apply_edits (17,114 edits on the "
    "benchmark's 199 traditional pages); its runs are merged by line and patched for 著 → 着 first",
)
def test_the_script_step_builds_no_edit_list(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("apply_edits called")

    monkeypatch.setattr(script_step, "apply_edits", refuse)
    assert convert_traditional("各單位要加強巡查。")[0] == "各单位要加强巡查。"
