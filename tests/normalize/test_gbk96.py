"""Issue 14 (gbk96): two false changes of the real-page read, built as mechanisms.

- The GBK repair: a rare character seeds where it pairs with neither neighbour, but an ASCII mark is
  no neighbour the character model pairs, so right after `;` `,` `(` the test on its left says nothing.
  There a rare character (a place's name typed with half-width marks) seeds only where the pair after
  its own is unseen too (`one_pair_after_mark`); real damage after a semicolon is still repaired.
- The boilerplate step: a label alone among a table's cells copied a cell a line, between the bars of
  its empty cells (| ⏎ 被查企业: ⏎ |), is the form's field, never the site's chrome (`among_bar_cells`).
Texts written for this project; the damage is `scripts/damage.py`'s shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment, normalize

from ..conftest import load_module

damage = load_module("damage", "scripts/damage.py")

DAMAGED_LINE = "一、总体要求\n各单位要" + damage.shift_one_byte("严格执行值班制度。") + "\n"


@pytest.mark.parametrize(
    "clean",
    [
        "二号水库,责任人周平;泺口(北段)由各村负责。\n",
        "三号堤段,责任人吴刚、孙丽;泺口(南段)由沿岸各村的村主任担任责任人。\n",
    ],
)
def test_a_rare_character_after_an_ascii_mark_stays(clean):
    assert gbk_misalignment.repair_gbk_misalignment(clean)[0] == clean
    assert gbk_misalignment.repair_gbk_misalignment(DAMAGED_LINE + clean)[0].endswith(clean)


@pytest.mark.parametrize(
    ("after", "span"),
    [("各村负责人到岗;", "严格执行值班制度"), ("各村负责人到岗,", "加强防汛值守工作")],
)
def test_damage_after_a_semicolon_still_repaired(after, span):
    damaged = DAMAGED_LINE + after + damage.shift_one_byte(span) + "。\n"
    repaired = gbk_misalignment.repair_gbk_misalignment(damaged)[0]
    assert damage.shift_one_byte(span) not in repaired
    assert span[:6] in repaired


def test_the_pair_after_still_counts():
    # a rare character after a mark whose next pair is unseen too is as suspect as anywhere
    text = "责任人周平;泺"
    assert gbk_misalignment.one_pair_after_mark(text + "口(北段)", len(text) - 1, gbk_misalignment.char_lm().seen)
    assert not gbk_misalignment.one_pair_after_mark("责任人周平、泺口", 6, gbk_misalignment.char_lm().seen)


BODY = "关于开展汛前隐患排查的通知\n各村（社区）：\n请各村于6月10日前完成辖区内隐患排查，并将排查表报镇应急办。\n镇应急办\n2025年6月1日\n"
FORM_ROWS = "".join(f"{n}\n| 第{n}项排查内容落实情况\n| |\n" for n in range(1, 4))


@pytest.mark.parametrize(
    "form",
    [
        "附件\n汛前隐患排查登记表\n序号\n| 排查日期:\n| 排查人:\n|\n被查企业:\n|\n排查项目\n| 排查情况\n|\n",
        "附件\n汛前隐患排查登记表\n序号\n| 排查日期:\n| 排查人:\n被查企业:\n排查项目\n| 排查情况\n|\n",
    ],
)
def test_an_empty_label_among_bar_cells_stays(form):
    assert "被查企业：" in normalize(BODY + form + FORM_ROWS).text


def test_an_empty_label_over_the_body_still_goes():
    text = "公布单位：\n发布日期：2025-06-01 09:30\n" + BODY
    assert "公布单位" not in normalize(text).text


@pytest.mark.xfail(
    strict=True, reason="a metadata block's date on a signed letter: the pipeline drops it (older golds)"
)
def test_a_metadata_blocks_date_kept_beside_a_signature():
    text = "关于开展汛前隐患排查的通知\n\n索引号 123456/2025-00001 文号 生成日期 2025-06-02\n\n" + BODY[14:]
    assert "2025-06-02" in normalize(text).text
