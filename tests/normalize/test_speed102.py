"""Issue 19 (speed102): the GBK repair's region search asks the document for a completion's
spelling (`spelt_undamaged`, a search of the whole undamaged text) only where the completion's gain
leaves the answer to it, between `ATTESTED_MARGIN` and `ACCEPT_MARGIN`; each window's last gloss is
read once for all its realignments. The repairs are the same as with the document asked of every
completion. Texts written for this project; the damage is `scripts/damage.py`'s shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment as gbk

from ..conftest import load_module

damage = load_module("damage", "scripts/damage.py")

ATTESTED = "各单位要落实整改措施，整改措施要具体。\n"  # the document spells the word the repair lands on
CASES = [
    "一、总体要求\n各单位要" + damage.shift_one_byte("严格执行值班制度。") + "\n",
    # a short shift beside a word the document spells: the same reading whichever way it is asked
    ATTESTED + "二、工作安排\n各乡镇要" + damage.shift_one_byte("细化整改措施") + "\n",
    "完成时限：年" + damage.shift_one_byte("底前") + "\n牵头单位：县应急管理局\n",  # a run end
    "检查组到南溪澳(ào)和桥浜(bāng)两处码头，" + damage.shift_one_byte("6月底前完成排查。") + "\n",
    "联系人：李宏斌 电话：12345678\n各单位要严格执行值班制度。\n",  # no damage: left alone
]


def eager_accepts(gain, candidate, known, run_end_only, left=""):
    """The rule as written before speed102: the document asked of every completion."""
    attested = not run_end_only and gbk.spelt_undamaged(candidate, known, left)
    return gain >= gbk.ACCEPT_MARGIN or gain >= gbk.ATTESTED_MARGIN and attested


@pytest.mark.parametrize("text", CASES)
def test_the_repair_is_the_same_as_with_every_completion_searched(text, monkeypatch):
    fast = gbk.repair_gbk_misalignment(text)
    monkeypatch.setattr(gbk, "accepts", eager_accepts)
    assert gbk.repair_gbk_misalignment(text) == fast


@pytest.mark.parametrize("gain", [-3.0, 0.0, 5.9, 6.0, 9.5, 11.9, 12.0, 30.0])
@pytest.mark.parametrize("candidate", ["整改措施", "整改", "整", "整改。", "治理方案"])
@pytest.mark.parametrize("run_end_only", [False, True])
def test_accepts_answers_as_the_eager_rule(gain, candidate, run_end_only):
    known = ATTESTED
    assert gbk.accepts(gain, candidate, known, run_end_only) == eager_accepts(gain, candidate, known, run_end_only)


@pytest.mark.parametrize("gain", [-3.0, 5.9, 12.0, 30.0])
def test_the_document_is_not_searched_outside_the_margins(gain, monkeypatch):
    def searched(candidate, known, left=""):
        raise AssertionError("searched")

    monkeypatch.setattr(gbk, "spelt_undamaged", searched)
    assert gbk.accepts(gain, "整改措施", ATTESTED, False) is (gain >= gbk.ACCEPT_MARGIN)


def test_a_completion_between_the_margins_is_searched(monkeypatch):
    asked = []
    monkeypatch.setattr(gbk, "spelt_undamaged", lambda candidate, known, left="": asked.append(candidate) or True)
    assert gbk.accepts(8.0, "整改措施", ATTESTED, False)
    assert asked == ["整改措施"]


@pytest.mark.parametrize("text", CASES)
def test_the_step_is_idempotent_on_its_repair(text):
    repaired, _ = gbk.repair_gbk_misalignment(text)
    assert gbk.repair_gbk_misalignment(repaired)[0] == repaired


def test_an_undamaged_text_is_left_alone():
    assert gbk.repair_gbk_misalignment(CASES[-1]) == (CASES[-1], [])


@pytest.mark.xfail(
    strict=True,
    reason="a region's windows that share a start re-read their bytes (`byte_tokens`) window by window; "
    "reading them once per start and cutting them per end is not built (speed102)",
)
def test_a_windows_bytes_are_read_once_per_start(monkeypatch):
    reads = []
    byte_tokens = gbk.byte_tokens
    monkeypatch.setattr(
        gbk, "byte_tokens", lambda region, codec: reads.append((region, codec)) or byte_tokens(region, codec)
    )
    gbk.repair_gbk_misalignment(CASES[0])
    assert reads
    # a window that ends earlier than another of the same start reads a prefix of its bytes again
    assert not [(a, b) for a in reads for b in reads if a != b and a[1] == b[1] and b[0].startswith(a[0])]
