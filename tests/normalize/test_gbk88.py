"""Issue 14 (gbk88): a region the model seeds three or four intact characters before its misread
(`企业未对|驾蝗私薪逃怼`: the unseen pairs start at 对驾) is read from there too, as gbk85 read one
or two characters late. Texts written for this project; the damage is `scripts/damage.py`'s
one-byte shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment

from ..conftest import load_module

damage = load_module("damage", "scripts/damage.py")


def repaired_line(before: str, run: str, after: str = "") -> str:
    damaged = before + damage.shift_one_byte(run) + after
    text = "\n".join(["一、工作安排", damaged, "二、工作要求"]) + "\n"
    return gbk_misalignment.repair_gbk_misalignment(text)[0].split("\n")[1]


def test_late_lead_ins_reach_four_characters():
    assert gbk_misalignment.LATE_LEAD_INS == (-1, -2, -3, -4)


@pytest.mark.parametrize(
    ("before", "run", "expected"),
    [
        ("3月份累计超速报警127次，企业未对驾", "驶人进行教育处理。", "3月份累计超速报警127次，企业未对驾驶人进行教育"),
        ("检查中发现，企业未对驾", "驶人进行安全教育。", "检查中发现，企业未对驾驶人"),
    ],
)
def test_a_region_seeded_three_characters_early(before, run, expected):
    assert repaired_line(before, run).startswith(expected)


@pytest.mark.parametrize(
    "line",
    [
        "3月份累计超速报警127次，企业未对驾驶人进行教育处理。",  # undamaged: nothing to read
        "县长助理郑璟主持会议并讲话。",  # a name's rare character, no misread after it
        "今年以来我县已发生2起较大事故。",
    ],
)
def test_clean_lines_stay(line):
    text = "\n".join(["一、工作安排", line, "二、工作要求"]) + "\n"
    assert gbk_misalignment.repair_gbk_misalignment(text)[0] == text


def test_a_short_run_already_read_stays_read():
    assert (
        repaired_line("全县安全形势平稳，但入冬以来", "我县已出现", "5次寒潮天气，")
        == "全县安全形势平稳，但入冬以来我县已出现5次寒潮天气，"
    )


@pytest.mark.xfail(
    strict=True, reason="the last character after a dropped pair: 处理。 read as 秧。 (the words rank it)"
)
def test_the_last_characters_of_a_late_window():
    assert repaired_line("3月份累计超速报警127次，企业未对驾", "驶人进行教育处理。") == (
        "3月份累计超速报警127次，企业未对驾驶人进行教育处理。"
    )


@pytest.mark.xfail(strict=True, reason="seeded four characters early, but no window gains the margin on a line alone")
def test_a_region_seeded_four_characters_early_on_a_line_alone():
    assert "我市已出现" in repaired_line("全市安全形势平稳，但入汛以来", "我市已出现", "4轮强降雨过程，")
