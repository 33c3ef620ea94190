"""speed74's page prechecks and the date reader's digit test, each checked against the walk it skips:
where a precheck says no, the full computation finds nothing (positive and negative cases)."""

import pytest

from nlp_pipeline import resources
from nlp_pipeline.normalize import layout
from nlp_pipeline.normalize.lines import carried_date, read_lines

WRAPPED = "\n".join(f"各单位要结合本地实际第{n}次认真组织开展安全生产大检查工作并" for n in range(10)) + "\n全部完成。"
WHOLE_SENTENCES = "\n".join(f"第{n}项工作要在本月底前全部完成并上报县应急管理局备案。" for n in range(12))
SHORT = "\n".join(["一、总体要求", "各单位要加强值班值守。", "二、工作措施"])


def _widths_inputs(text: str) -> tuple[list[str], list, list[int], list[bool]]:
    stripped = [line.strip() for line in text.split("\n")]
    kinds = [line.kind for line in read_lines(text)]
    widths = layout.Widths(stripped, kinds, layout.paragraph_starts(text.split("\n"), stripped))
    return stripped, kinds, widths.lengths, widths.goes_on


@pytest.mark.parametrize("text", [WRAPPED, WHOLE_SENTENCES, SHORT])
def test_wrap_precheck_never_rules_out_a_width(text):
    stripped, kinds, lengths, goes_on = _widths_inputs(text)
    if not layout.may_be_wrapped_at_one_width(stripped, lengths, goes_on):
        assert layout.document_wrap_width(stripped, kinds) is None


def test_wrap_precheck_lets_a_wrapped_text_through():
    stripped, kinds, lengths, goes_on = _widths_inputs(WRAPPED)
    assert layout.may_be_wrapped_at_one_width(stripped, lengths, goes_on)
    assert layout.document_wrap_width(stripped, kinds) is not None


def test_wrap_precheck_turns_away_whole_sentences():
    stripped, _, lengths, goes_on = _widths_inputs(WHOLE_SENTENCES)
    assert not layout.may_be_wrapped_at_one_width(stripped, lengths, goes_on)


@pytest.mark.parametrize(
    ("line", "possible"),
    [
        ("工作要求：1.请各单位高度重视。2.妥善安排值班。3.及时报送信息。", True),
        ("（一）加强组织领导。（二）压实工作责任。（三）强化督导检查。", True),
        ("各单位要加强值班值守，及时报送信息。严禁迟报漏报。务必高度重视。", False),
    ],
)
def test_inline_list_precheck(line, possible):
    assert bool(layout.inline_list_lines(line, [0, len(line) + 1])) is possible
    if not possible:
        assert layout.inline_list_breaks(line) == []


@pytest.mark.parametrize(
    "text",
    [
        "项目  负责人  时限\n隐患排查  县应急局  6月底",
        "6月10日 — 燃气泄漏演练 — 金桂苑社区\n6月12日 — 消防疏散演练 — 实验小学",
        "各单位要加强值班值守。\n严禁迟报漏报。",
    ],
)
def test_layout_page_prechecks_skip_only_empty_walks(text):
    """The page-level gates skip only walks that would find nothing on the page."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    rows = layout.possible_table_rows(lines)
    dashed = layout.dash_parted_rows(stripped)
    if layout.BLANK_OR_BAR.search(text) is None:
        assert not rows
    if not any(dash in text for dash in layout.TABLE_DASHES):
        assert not dashed


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("发布时间：2024-04-18 10:02", "2024-04-18 10:02"),
        ("发布日期：113-05-20", "113-05-20"),
        ("时 间：2024-04-23", "2024-04-23"),
        ("发布时间：二〇二四年四月", None),  # no digit: no date form of the reader's
        ("各单位要加强值班值守，及时报送信息。", None),
    ],
)
def test_carried_date_digit_precheck(line, date):
    assert carried_date(line, resources.line_kinds()) == date
