"""Issue 14 (clean88): a single written symbol between clean words is no GBK misread. A decoder one
byte off stays off until an ASCII byte, so every character after a misread is wrong too: a symbol
the decoder reads in step after (a `，` before the next ASCII byte, which no shifted pair makes from
simplified prose, or a pair the character model has seen right after it) seeds no region, and a
unit's full-width letters joined by a half-width mark (`ｔ/ｈ`) are one written run. Texts written
for this project; the damage is `scripts/damage.py`'s one-byte shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment, normalize

from ..conftest import load_module

damage = load_module("damage", "scripts/damage.py")


def with_lines(line: str) -> str:
    return "\n".join(["一、工作安排", "各单位要落实责任，加强检查，及时整改。", line, "二、工作要求"]) + "\n"


def test_the_marks_no_shifted_pair_makes():
    marks = gbk_misalignment.in_step_marks()
    assert "，" in marks
    assert not {"。", "；", "：", "！", "、", "（", "）", "“", "”"} & marks  # each made by some shifted pair


@pytest.mark.parametrize(
    ("text", "i", "in_step"),
    [
        ("按圆周率π值计算，要复核", 4, True),  # a comma before the next ASCII byte
        ("检查中发现，Ｕ型管要更换。", 6, True),  # 型管 is a seen pair
        ("医院配备Ｂ超设备", 4, True),
        ("要求每周ū觳榍榭1次", 4, False),  # a misread: every pair after it unseen, no comma before the 1
        ("已完成辨识ǖ61家", 5, False),  # an ASCII byte right after: no sign either way
        ("备案π值。", 2, False),  # one character to the sentence's end: no pair to judge (strict xfail below)
    ],
)
def test_in_step_after(text, i, in_step):
    assert gbk_misalignment.in_step_after(text, i) is in_step


@pytest.mark.parametrize(
    ("text", "i", "written"),
    [
        ("蒸发量２０ｔ/ｈ要", 7, True),
        ("蒸发量２０ｔ/ｈ要", 5, True),
        ("风速ｍ/ｓ计", 4, True),
        ("整改/ｈ要", 3, False),  # a letter after a half-width mark with no letter before it
        ("蒸发量ｔ/，要", 3, False),
    ],
)
def test_a_unit_across_a_half_width_mark(text, i, written):
    assert gbk_misalignment.in_written_symbol_run(text, i) is written


@pytest.mark.parametrize(
    "line",
    [
        "检查中发现，Ｕ型管要更换。",
        "按圆周率π值计算，要复核结果。",
        "锅炉额定蒸发量２０ｔ/ｈ要，每班巡检。",
        "经查，Ｃ级危房要停用。",
        "医院配备Ｂ超设备，定期检查。",
        "严防α粒子泄漏，加强防护。",
        "对放射源β射线装置，落实双人双锁。",
        "面积达到５００㎡的场所，要配备灭火器。",
        "①加强检查，落实整改。",
        "乘坐无牌无证车辆的，Ｕ型管。",
    ],
)
def test_single_written_symbols_stay(line):
    text = with_lines(line)
    assert gbk_misalignment.repair_gbk_misalignment(text)[0] == text
    assert normalize(text).text.split("\n")[2] == line


@pytest.mark.parametrize(
    "clean",
    ["抓紧落实巡查责任，确保不留死角", "各乡镇要立即组织排查", "严格落实领导带班制度"],
)
def test_a_misread_run_is_still_repaired(clean):
    damaged = "会议强调" + damage.shift_one_byte(clean) + "\n"
    assert damaged != "会议强调" + clean + "\n"
    assert gbk_misalignment.damaged_regions(damaged)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "报市安委办备案π值。",
            marks=pytest.mark.xfail(
                strict=True, reason="one character to the sentence's end: no pair to read on, π值 -> 师兄弟"
            ),
        ),
    ],
)
def test_single_written_symbols_left(line):
    text = with_lines(line)
    assert gbk_misalignment.repair_gbk_misalignment(text)[0] == text
