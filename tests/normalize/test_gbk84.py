"""Issue 14 (gbk84): a run's last character known by its lead byte alone, where the words rank the
readings too close to call, decided by the document's own undamaged text. Texts written for this
project; the damage is `scripts/damage.py`'s one-byte shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment

from ..conftest import load_module
from .test_gbk83 import PROSE as GBK83_PROSE

damage = load_module("damage", "scripts/damage.py")

# `对疏散通道开展检查` shifted one byte: 检's trail byte is the run's lost last byte; `检查` and
# `检察` tie as words (lead 0xB2 either way)
CELL = "区消防救援大队|{}|9月底前"
CHECKS = ["区应急管理局|对加油站开展检查|6月底前", "区住建局|对在建工地开展检查|7月底前"]
PROCURATORATE = ["区检察院|对案件开展检察监督|8月底前"]


def repaired_row(rows: list[str], run: str = "对疏散通道开展检查") -> str:
    damaged = CELL.format(damage.shift_one_byte(run))
    text = "\n".join(["一、工作安排", *rows, damaged, "二、工作要求"]) + "\n"
    return gbk_misalignment.repair_gbk_misalignment(text)[0].split("\n")[len(rows) + 1]


def test_the_document_that_writes_one_reading_decides_the_tie():
    assert repaired_row(CHECKS).endswith("疏散通道开展检查|9月底前")


def test_the_document_decides_either_way():
    # the mechanism follows the document, not a preference of the genre
    assert repaired_row(PROCURATORATE).endswith("疏散通道开展检察|9月底前")


@pytest.mark.parametrize(
    "rows",
    [
        # the document writes neither: the tie stays, the character of the lead byte alone is kept
        ["区应急管理局|对加油站开展巡查|6月底前"],
        # the document writes both after the same character: still a tie
        CHECKS + PROCURATORATE,
    ],
)
def test_no_single_attested_reading_leaves_the_tie(rows):
    assert repaired_row(rows).endswith("疏散通道开展检|9月底前")


def test_document_tail_needs_a_unique_longest_reading():
    known = "开展检查工作。依法打击违法行为。严禁违规行为，"
    assert gbk_misalignment.document_tail("检", ("察", "查"), known) == "查"
    assert gbk_misalignment.document_tail("为", ("为", "为了", "为。"), "行为" + known) is None  # 为为 unseen
    assert gbk_misalignment.document_tail("行", ("为", "为了", "为。"), known) == "为。"
    assert gbk_misalignment.document_tail("行", ("为", "为。", "为，"), known) is None  # two as long
    assert gbk_misalignment.document_tail("检", ("察", "查"), "") is None


def test_undamaged_text_leaves_the_regions_out():
    text = "甲乙丙丁戊己庚"
    assert gbk_misalignment.undamaged_text(text, [(1, 3), (5, 6)]) == "甲\n丁戊\n庚"


PROSE = GBK83_PROSE[:5]  # a document's undamaged prose lines, shared with gbk83's cases


@pytest.mark.xfail(
    strict=True,
    reason="`行为。` where the document writes `行为。` nowhere else: 为 / 为了 / 为。 stay too close, "
    "and the document does not decide (gbk83's class; left)",
)
def test_a_line_end_mark_the_document_never_writes_after_the_same_character():
    damaged = "各乡镇要加强巡查。要" + damage.shift_one_byte("依法查处违规销售行为。")
    text = "\n".join(["一、工作要求", *PROSE, damaged, "二、保障措施"]) + "\n"
    line = gbk_misalignment.repair_gbk_misalignment(text)[0].split("\n")[len(PROSE) + 1]
    assert line.endswith("违规销售行为。")
