"""A removed line right before page furniture: both removals take the line break between them.

Found on a PDF copy whose last page ends in a wrapped 印发 line (its tail taken for chrome) above the
page number; the normalizer raised `boilerplate: overlapping edits`, and the batch lost the document.
"""

from nlp_pipeline import normalize
from nlp_pipeline.normalize.edits import Edit, merge_deletions, replay

BODY = "一、各县区要在6月底前完成辖区内化工企业的安全风险排查，建立问题清单并逐项整改到位。\n"
RUNNING_HEAD = "江川县安委办工作通报    2025年\n"


def page_mark(number: int) -> str:
    return f"\n\n                 — {number} —\n\n"


def test_a_removed_line_before_the_last_page_mark_is_removed_once():
    text = (
        "江川县安全生产委员会文件\n\n"
        + BODY * 4
        + RUNNING_HEAD
        + page_mark(1)
        + BODY * 3
        + RUNNING_HEAD
        + page_mark(2)
        + BODY * 3
        + RUNNING_HEAD
        + page_mark(3)
        + "抄送：县委办公室，县政府办公室。\n江川县安全生产委员会办公室   2025年5月2\n0日印发\n"
        + page_mark(4)
    )
    result = normalize(text)
    assert "— 4 —" not in result.text and "抄送：县委办公室，县政府办公室。" in result.text
    assert replay(text, result.changes) == result.text


def test_overlapping_deletions_merge_and_replacements_stay():
    edits = [Edit(10, 15, ""), Edit(14, 20, ""), Edit(30, 32, "x"), Edit(32, 35, "")]
    assert merge_deletions(edits, touching=False) == [Edit(10, 20, ""), Edit(30, 32, "x"), Edit(32, 35, "")]
    # touching deletions join only when asked
    assert merge_deletions([Edit(0, 2, ""), Edit(2, 4, "")]) == [Edit(0, 4, "")]
    assert merge_deletions([Edit(0, 2, ""), Edit(2, 4, "")], touching=False) == [Edit(0, 2, ""), Edit(2, 4, "")]
