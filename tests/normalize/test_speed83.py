"""A dashed list's lone dash read with the line's openings (issue 19, speed83).

`mark_dashed_list` matched `lone_dash` against every line of every page at each of the two readings
of a document (the boilerplate and the layout step read its lines); it now asks the line's `openings`,
read once per distinct line, and runs only on a page that holds a lone dash. The reading must be the
pattern's: every case below is compared with the pattern itself, and whole pages are read with the
gate and with it forced open (tests/normalize/test_speed78.py reads the clean corpus that way too).
"""

from __future__ import annotations

import pytest

from nlp_pipeline import resources
from nlp_pipeline.normalize import lines
from nlp_pipeline.normalize.lines import CHROME, OPENINGS, classify_lines, line_features, read_lines

# (a line, whether it is a lone dash)
LINES = [
    ("-", True),
    ("—", True),
    ("––", True),
    ("  -  ", True),  # the line as the classifier reads it: without its surrounding blanks
    ("- 我县召开防汛会议", False),  # a list item under a dash
    ("————", False),  # a rule, not a part mark
    ("-—-", False),
    ("一", False),  # the numeral one, no dash
    ("", False),
]


@pytest.mark.parametrize(("line", "lone"), LINES, ids=[repr(case[0]) for case in LINES])
def test_lone_dash_among_the_openings(line: str, lone: bool) -> None:
    pattern = resources.line_kinds()["lone_dash"]
    assert ("lone_dash" in line_features(line).openings) is lone
    assert (pattern.match(line.strip()) is not None) is lone


BODY = "县应急管理局要求各乡镇于6月底前完成危险化学品企业隐患排查，并将整改情况报县安委办。"
DASHED = f"某县部署汛期安全工作\n{BODY}\n-\n某镇召开防汛会议\n3小时前\n-\n某县开展消防演练\n5小时前"
ONE_DASH = f"某县部署汛期安全工作\n{BODY}\n-\n某镇召开防汛会议"
PARAGRAPH_BELOW = f"某县部署汛期安全工作\n{BODY}\n-\n某镇召开防汛会议\n-\n{BODY}"
PAGES = [("dashed list", DASHED), ("one dash", ONE_DASH), ("a paragraph below the dashes", PARAGRAPH_BELOW)]


def test_the_dashed_list_still_goes() -> None:
    kinds = classify_lines(DASHED)
    assert kinds[1] != CHROME and all(kind == CHROME for kind in kinds[2:])


@pytest.mark.parametrize("text", [ONE_DASH, PARAGRAPH_BELOW], ids=["one dash", "paragraph below"])
def test_a_dash_without_its_list_stays(text: str) -> None:
    kinds = classify_lines(text)
    assert kinds[3] != CHROME


@pytest.mark.parametrize("text", [page[1] for page in PAGES], ids=[page[0] for page in PAGES])
def test_the_gate_changes_no_line(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read_lines.cache_clear()
    gated = list(read_lines(text))
    with monkeypatch.context() as patch:
        patch.setattr(lines, "page_openings", lambda features: frozenset(OPENINGS) | frozenset(lines.COMPACT_OPENINGS))
        read_lines.cache_clear()
        assert list(read_lines(text)) == gated
    read_lines.cache_clear()


def site_tail_asks(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """How often one reading of a page asks `site_tail_line` of a line, and of how many distinct lines."""
    asked: list[str] = []
    real = lines.site_tail_line

    def counted(f: lines.Features, kind: lines.LineKind, shape: dict) -> bool:
        asked.append(f.text)
        return real(f, kind, shape)

    with monkeypatch.context() as patch:
        patch.setattr(lines, "site_tail_line", counted)
        read_lines.cache_clear()
        read_lines(text)
    read_lines.cache_clear()
    return len(asked), len(set(asked))


@pytest.mark.xfail(
    strict=True,
    reason="the footer and tail passes (mark_lines_between_chrome, mark_site_tail, tail_items twice) each ask "
    "site_tail_line of the page's last lines; a shared record was measured at about 0.1 ms a pass over the "
    "benchmark's corpus and not built (docs/benchmarks.md, speed83)",
)
def test_the_tail_passes_ask_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    page = f"某县部署汛期安全工作\n{BODY}\n某镇召开防汛会议\n某县开展消防演练"  # two headlines under the body
    calls, distinct = site_tail_asks(page, monkeypatch)
    assert calls == distinct
