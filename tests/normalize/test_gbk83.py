"""Issue 14 (gbk83): a prose line's end mark hidden by a dropped byte pair, read from how the
document's other prose lines end. Texts written for this project."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment

PROSE = [
    "各单位要落实主体责任。要加强日常巡查。",
    "各部门要强化监管。要形成工作合力。",
    "各乡镇要压实属地责任。要按时上报。",
    "安委办要加强统筹。要定期调度。",
    "应急局要做好值守。要及时处置险情。",
    "住建局要排查燃气管网。要限期整改。",
    "交通局要加强路面管控。要严查超载。",
    "市场监管局要抽检气瓶。要建立台账。",
    "消防救援大队要检查通道。要清理杂物。",
]
# `每周汇总一次抽查结果。` shifted one byte from `次`: 果's trail byte and 。's lead fall into the
# user-defined rows, 。's trail byte is the run's lost last byte
DAMAGED = "各乡镇要加强隐患排查。每周汇总一纬椴榻峁"


def repaired_line(lines: list[str]) -> str:
    text = "\n".join(["一、工作要求", *lines, DAMAGED, "二、保障措施"]) + "\n"
    return gbk_misalignment.repair_gbk_misalignment(text)[0].split("\n")[len(lines) + 1]


def test_a_prose_lines_mark_hidden_by_a_dropped_pair_is_put_back():
    assert repaired_line(PROSE) == "各乡镇要加强隐患排查。每周汇总一次抽查结果。"


@pytest.mark.parametrize(
    "lines",
    [
        # a copy hard-wrapped mid-sentence: its prose lines end in characters as often as in marks
        [line[:-3] for line in PROSE] + PROSE[:3],
        # too few prose lines to tell the document's habit
        PROSE[:2],
    ],
)
def test_no_mark_without_the_documents_habit(lines):
    assert repaired_line(lines) == "各乡镇要加强隐患排查。每周汇总一次抽查结"


@pytest.mark.parametrize(
    ("text", "mark", "more_likely"),
    [
        ("甲要做。乙要做。\n丙要做。丁要做。\n", "。", True),
        ("甲要做。乙要\n做。丙要做。\n甲要做。乙\n做。丙要做。丁\n", "。", False),
        # a field line (only ，) and a heading are no prose lines
        ("责任单位：县住建局，各乡镇人民政府\n一、总体要求\n", None, None),
    ],
)
def test_prose_line_end(text, mark, more_likely):
    habit = gbk_misalignment.prose_line_end(text, [])
    if mark is None:
        assert habit is None
    else:
        assert habit.mark == mark and (habit.odds > 0) is more_likely


@pytest.mark.xfail(
    strict=True, reason="为 alone, 为了 and 为。 stay within the margin: only 为 is kept (seed 7's 行为。)"
)
def test_a_lines_mark_after_a_word_that_also_opens_words():
    text = "\n".join(["一、工作要求", *PROSE, "严厉打击非法充装。查处ス嫦坌形"]) + "\n"
    assert gbk_misalignment.repair_gbk_misalignment(text)[0].split("\n")[-2].endswith("查处违规销售行为。")
