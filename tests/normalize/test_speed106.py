"""speed106: two per-line tests of the layout step answered by one scan of the page (`lines_holding`):
the lines that hold a list's first marker (`inline_list_lines`) and the lines that leave a bracket
open (`opens_bracket`). Each scan is checked against the per-line test it replaces, and the step's
output on written pages against what it gives where every line is asked."""

import pytest

from nlp_pipeline.normalize import edits, layout

PAGES = [
    "工作要求：1.请各单位高度重视。2.妥善安排值班。3.及时报送信息。\n各单位要认真落实。",
    "（一）加强组织领导。（二）压实工作责任。（三）强化督导检查。",
    "一、总体要求\n各乡镇要全面排查燃气管道隐患。（责任\n单位：县住建局）\n二、工作措施",
    "请认真学习《安全生产\n法》等法律法规，切实提高\n认识。",
    "（责任单位：县应急局）\n（完成时限：6月底前）",
    "  \n\n各单位要加强值班值守，(详见附件\n1)。\n",
    "",
    "没有任何标记的一行",
    "二、\n（三）加强督导\n(1)第一项。(2)第二项。(3)第三项。",
]


def _per_line(pattern_test, text):
    return {i for i, line in enumerate(text.split("\n")) if pattern_test(line)}


@pytest.mark.parametrize("text", PAGES)
def test_first_marker_lines_equal_each_lines_own_test(text):
    starts = edits.line_starts(text.split("\n"))
    firsts = [marker for first, _ in layout.inline_list()[1] for marker in first]
    assert layout.inline_list_lines(text, starts) == _per_line(lambda line: any(m in line for m in firsts), text)


@pytest.mark.parametrize("text", PAGES)
def test_bracket_lines_hold_every_open_bracket(text):
    starts = edits.line_starts(text.split("\n"))
    found = edits.lines_holding(layout.OPENING_BRACKET, text, starts)
    assert found == _per_line(lambda line: any(b in line for b in "（(《"), text)
    assert _per_line(layout.opens_bracket, text) <= found


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("各乡镇要全面排查。（责任", True),
        ("请认真学习《安全生产", True),
        ("(详见附件", True),
        ("（责任单位：县应急局）", False),  # closed on its line
        ("各单位要加强值班值守。", False),  # no bracket
        ("）和《条例》", False),  # a closing one first: no more opened than closed
    ],
)
def test_opens_bracket(line, opens):
    assert layout.opens_bracket(line) is opens


@pytest.mark.parametrize("text", PAGES)
def test_layout_output_equals_every_line_asked(text, monkeypatch):
    gated = layout.repair_layout(text)
    # every line let through both gates: the per-line tests alone decide, as before the scan
    monkeypatch.setattr(layout, "inline_list_lines", lambda text, starts: set(range(len(starts))))
    monkeypatch.setattr(layout, "lines_holding", lambda pattern, text, starts: set(range(len(starts) - 1)))
    assert layout.repair_layout(text) == gated


def test_a_match_at_a_line_start_is_that_lines():
    text = "甲\n（乙\n丙"
    assert edits.lines_holding(layout.OPENING_BRACKET, text, edits.line_starts(text.split("\n"))) == {1}


@pytest.mark.xfail(
    strict=True,
    reason="the boilerplate step's per-line inline-chrome and empty-label tests are still asked of every kept prose line",
)
def test_boilerplate_inline_tests_gated_by_a_page_scan():
    from nlp_pipeline.normalize import boilerplate

    assert hasattr(boilerplate, "inline_chrome_lines")
