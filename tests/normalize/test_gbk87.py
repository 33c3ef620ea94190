"""Issue 14 (gbk87): a run's last character known by its lead byte, followed by a character a
dropped byte pair hid, where the words prefer another reading within `ATTESTED_MARGIN` and the
document writes its own undamaged elsewhere (`专项` + lead 0xD5: `整个` by the words, `整治` by the
document). Texts written for this project; the damage is `scripts/damage.py`'s one-byte shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment

from ..conftest import load_module

damage = load_module("damage", "scripts/damage.py")


def repaired_line(before: str, run: str, rows: tuple[str, ...] = ()) -> str:
    damaged = before + damage.shift_one_byte(run)
    text = "\n".join(["一、工作安排", *rows, damaged, "二、工作要求"]) + "\n"
    return gbk_misalignment.repair_gbk_misalignment(text)[0].split("\n")[len(rows) + 1]


@pytest.mark.parametrize(
    ("before", "row"),
    [
        ("三、全面开展危险化学品专", "二、落实专项整治"),
        ("六、加强城镇燃气安全专", "一、部署专项整治"),
        ("四、做好校园周边安全专", "三、校园周边专项整治"),
    ],
)
def test_the_document_spells_the_tail(before, row):
    assert repaired_line(before, "项整治", (row,)) == before + "项整治"


@pytest.mark.parametrize(
    "rows",
    [
        (),  # the document writes nothing after 项: the words decide, as before
        ("四、开展燃气专项整改",),  # it writes 项整改, which the words rank outside the margin
    ],
)
def test_without_the_document_the_words_decide(rows):
    assert not repaired_line("二、抓好建筑施工安全专", "项整治", rows).endswith("项整治")


@pytest.mark.parametrize(
    ("close", "known", "expected"),
    [
        (("整个",), "专项整治。", "整治"),  # the close reading unwritten, a wider one written
        (("整个",), "专项整个。", None),  # a close reading written: gbk84's rule decides, not this one
        (("整个",), "", None),  # no undamaged text
        ((), "专项整治。", None),  # nothing close at all
    ],
)
def test_document_tail_behind(close, known, expected):
    assert gbk_misalignment.document_tail_behind("路交通安全专项", close, 0xD5, "", None, known) == expected


def test_a_one_character_reading_is_never_taken_behind():
    # `办要` + a dropped pair: 要求 close; the document writes 办要 (a prefix every text has) but not 办要求
    assert gbk_misalignment.document_tail_behind("各单位督办", ("要求",), 0xD2, "", None, "督办要点") is None


def test_a_refilled_pair_the_document_spells():
    # 感应 is a word, but the document writes 市应急管理局: the clause's words choose the pair (gbk91)
    rows = ("三、市应急管理局负责督办",)
    assert "企业，市应急管理局" in repaired_line("一是对存在重大事故隐患的3家", "企业，市应急管理局要于", rows)
