"""Issue 14 (gbk92): a shift that starts two or three characters before an ASCII byte leaves one
or two common characters at the run's end (`年底前` -> `年浊`), which no rare character or run of
unseen pairs gives away. In a document with byte-shift damage elsewhere, a run's last character
that the model has never seen after its left neighbour is a seed, and its windows reach back to
the characters before it. Texts written for this project; the damage is `scripts/damage.py`'s shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment

from ..conftest import load_module

damage = load_module("damage", "scripts/damage.py")

# a line whose shift the detector finds by itself: the document has byte-shift damage
DAMAGED_LINE = "一、总体要求\n各单位要" + damage.shift_one_byte("严格执行值班制度。") + "\n"


def repaired_tail(head: str, span: str, tail: str) -> str:
    damaged = DAMAGED_LINE + head + damage.shift_one_byte(span) + tail
    return gbk_misalignment.repair_gbk_misalignment(damaged)[0][len(DAMAGED_LINE) :]


def test_a_short_span_leaves_one_common_character():
    assert damage.shift_one_byte("底前") == "浊"
    assert not gbk_misalignment.is_rare_han("浊")


@pytest.mark.parametrize(
    ("head", "span", "tail", "expected"),
    [
        ("1|汇总整治情况|区住房和城乡建设局|年", "底前", "\n", "|年底前\n"),
        ("完成时限：年", "底前", "\n", "：年底前\n"),
    ],
)
def test_a_run_end_read_back(head, span, tail, expected):
    assert repaired_tail(head, span, tail).endswith(expected)


@pytest.mark.parametrize(
    "clean",
    [
        "4|燃气安全检查|县住建局|月底前\n",  # seen pairs at the run's end
        "5|设备更新|县工信局|完成于沪\n",  # an unseen pair at the run's end that no realignment explains
        "联系人：李宏斌 电话：12345678\n",  # a name before ASCII
        "地址：南屏市梅川区滨江路8号\n",
    ],
)
def test_clean_run_ends_stay(clean):
    assert gbk_misalignment.repair_gbk_misalignment(DAMAGED_LINE + clean)[0].endswith(clean)


def test_no_run_end_is_asked_without_other_damage():
    clean = "5|设备更新|县工信局|完成于沪\n"
    assert gbk_misalignment.damaged_regions(clean) == []


@pytest.mark.xfail(strict=True, reason="the pair model gains 11 nats for 组建, under ACCEPT_MARGIN (12)")
def test_a_run_end_inside_prose():
    assert "牵头组建4个" in repaired_tail("市安委办要牵头", "组建", "4个督导组。\n")


@pytest.mark.xfail(strict=True, reason="中平 is a pair the model has seen: no seed (持续推进 -> 持续中平)")
def test_a_seen_pair_left_at_the_run_end():
    assert repaired_tail("3|消防安全检查|区消防救援大队|持续", "推进", "\n").endswith("|持续推进\n")


@pytest.mark.xfail(
    strict=True, reason="十 before a dropped pair fits the bytes as well; the digit before it is not scored"
)
def test_a_month_after_its_digit():
    assert repaired_tail("2|开展房屋安全排查|区城市管理局|9", "月底前", "\n").endswith("|9月底前\n")


def test_a_name_ending_a_list_line_stays():
    clean = "参会：县应急局张三、钟佑伟\n"
    assert gbk_misalignment.repair_gbk_misalignment(DAMAGED_LINE + clean)[0].endswith(clean)
