"""Real copies, round 51 (issue 14).

- A person's name whose rare character opens a two-character given name is no GBK misread: the
  repair read such a run as bytes one off and rewrote it (a reporter's byline became `记者云为重犯`,
  a credit `事例年聘`). A misread runs on to the next ASCII byte, so a surname where a name opens (a
  title such as 记者, a label's colon, a bracket, a list mark, a space, the line's start), the rare
  character, one more Chinese character and a name's end (a list mark, a title, a space, a credit's
  slash, the line's end) is a name, and the run is left alone. The slash now ends a name too
  (`记者X/北京报道`, `文/X`).
- Still rewritten (strict xfail): two names in one damaged-looking region, each with a rare
  character (`通讯员 孙晔彤 张磊`): the region holds three rare characters, and a name keeps one.

Every text here is invented."""

import pytest

from nlp_pipeline.normalize import STEPS
from nlp_pipeline.normalize.gbk_misalignment import in_name


def gbk_step(text: str) -> str:
    return STEPS["gbk_misalignment"](text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "记者 吕昶甫 报道\n各地要加强汛期巡查。",  # a byline between spaces
        "(记者吕晗甫)近日，市交通运输局召开会议。",  # a lead credit in brackets
        "责任编辑：陈婧文\n",  # a credit's label and colon
        "记者吕煜甫/综合报道\n全省开展燃气安全检查。",  # a byline's slash before its desk
        # kept before this round too (no realignment won there), kept now by the name's position
        "記者陳晗文／台中報導\n勞動部公布檢查結果。",  # traditional script, full-width slash
        "会议由副县长吕皓甫，县应急局局长主持。",  # a title before the name, a comma after it
        "通讯员 吕昶甫 摄",  # a photographer's credit: the title 摄 ends the name
        "图/吕晔甫\n",  # a picture credit: a slash opens the name
        "主持人：陈嵘文\n记录：王强",  # minutes' chair
    ],
)
def test_a_name_whose_rare_character_opens_its_given_name_is_kept(text):
    assert gbk_step(text) == text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("责任编辑：陈婧文件要求各单位", 6, 8),  # no name's end after the given name: 文件 reads on
        ("要加强吕昶甫，", 3, 5),  # no name opens after 加强 (no title, mark or space before it)
        ("记者吕昶甫旁边的", 2, 4),  # no name's end after it
        ("记者：吕昶ǖ甫，", 3, 5),  # a misread symbol in the region: damage, never a name
    ],
)
def test_a_rare_character_outside_a_name_position_is_no_name(text, start, end):
    assert not in_name(text, start, end)


def test_a_shifted_run_after_a_label_is_still_repaired():
    """A misread after a credit's label is no name: it reads on beyond two characters."""
    damaged = "主持人 " + "张强局长强调安全生产".encode("gbk")[1:].decode("gbk", errors="ignore") + " 2025"
    assert gbk_step(damaged) != damaged


@pytest.mark.xfail(strict=True, reason="two names with rare characters in one region: three rare characters")
def test_two_credited_names_with_rare_characters_are_kept():
    text = "通讯员 孙晔彤 张磊\n近日，镇里开展了消防演练。"
    assert gbk_step(text) == text
