"""Page gates for the line classifier's opening passes and the repeated-headline pass (issue 19, speed78).

`read_lines` runs some 40 passes over a page's lines; several act only from a line that opens with one
of OPENINGS (a thread's start, a truncation notice, a signature's divider, a related list's header, a
letter's subject, a summary's date, a framed heading), and `mark_repeated_headlines` only on a line
whose compact text a non-blank line above it shares. The page's openings are gathered once
(`page_openings`) and a page with no line twice is told apart at C speed (`repeats_a_line`): the passes
are skipped where they cannot act. The gates must change no line's kind: every case below is read
with the gates and with them forced open, and both readings must be the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp_pipeline.normalize import lines
from nlp_pipeline.normalize.lines import BLANK, OPENINGS, classify_lines, page_openings, read_lines, repeats_a_line

REPO = Path(__file__).resolve().parents[2]

BODY = "县应急管理局要求各乡镇于6月底前完成危险化学品企业隐患排查，并将整改情况报县安委办。"

# (name, page text, an opening the page holds or None, whether two non-blank lines share their compact text)
PAGES = [
    ("plain notice", f"关于开展汛期安全检查的通知\n各乡镇：\n{BODY}\n县安委办\n2024年5月6日", None, False),
    ("blank lines only repeat", f"关于开展汛期安全检查的通知\n\n{BODY}\n\n县安委办", None, False),
    (
        "truncation notice",
        f"某县部署汛期安全工作\n{BODY}\n（未完，全文共2310字，当前显示400字）\n注册会员查看全文",
        "truncation_notice",
        False,
    ),
    ("signature divider", f"各位同事：\n{BODY}\n--\n王某某\n县应急管理局办公室", "signature_divider", False),
    ("thread start", f"某镇召开燃气安全会议\n{BODY}\n网友评论（3）\n张三：支持\n李四：好", "thread_start", False),
    (
        "related header",
        f"某县开展消防演练\n{BODY}\n相关新闻\n某镇召开防汛会议\n某县部署安全检查",
        "related_header",
        False,
    ),
    ("summary date", f" date 2024-03-02 节后复工首日，县应急局检查建筑工地。\n{BODY}", "summary_date", False),
    ("headline printed twice", f"县应急局部署汛期安全工作\n社会\n县应急局部署汛期安全工作\n{BODY}", None, True),
    ("headline twice, spaced", f"县应急局部署汛期安全工作\n县应急局 部署汛期安全工作\n{BODY}", None, True),
    ("sentence twice far apart", f"关于开展汛期安全检查的通知\n{BODY}\n二、工作要求\n{BODY}", None, True),
]


@pytest.mark.parametrize(("name", "text", "opening", "twice"), PAGES, ids=[p[0] for p in PAGES])
def test_page_facts(name: str, text: str, opening: str | None, twice: bool) -> None:
    features = [lines.line_features(line) for line in text.split("\n")]
    found = page_openings(features)
    assert opening in found if opening else not found
    assert repeats_a_line(features) is twice


def test_blank_lines_are_no_copy() -> None:
    features = [lines.line_features(line) for line in ["", "甲", "", "乙", ""]]
    assert all(f.kind == BLANK for f in features[::2])
    assert not repeats_a_line(features)


def ungated_kinds(text: str, monkeypatch: pytest.MonkeyPatch) -> list:
    """The page's line readings with every gate forced open: each pass runs, as before the gates."""
    with monkeypatch.context() as patch:
        patch.setattr(lines, "page_openings", lambda features: frozenset(OPENINGS) | frozenset(lines.COMPACT_OPENINGS))
        patch.setattr(lines, "repeats_a_line", lambda features: True)
        read_lines.cache_clear()
        readings = list(read_lines(text))
    read_lines.cache_clear()
    return readings


def sample_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((REPO / "corpora" / "clean").glob("*.txt"))[:40]]


@pytest.mark.parametrize("text", [p[1] for p in PAGES], ids=[p[0] for p in PAGES])
def test_gates_change_no_line(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read_lines.cache_clear()
    assert list(read_lines(text)) == ungated_kinds(text, monkeypatch)


def test_gates_change_no_line_of_the_clean_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in sample_texts():
        read_lines.cache_clear()
        assert list(read_lines(text)) == ungated_kinds(text, monkeypatch)


def test_the_gated_passes_still_act() -> None:
    kinds = classify_lines(PAGES[2][1])
    assert kinds[2] == lines.CHROME and kinds[3] == lines.CHROME  # the notice and the farm's note under it
    kinds = classify_lines(PAGES[7][1])
    assert kinds[0] != lines.CHROME and kinds[2] == lines.CHROME  # the headline's copy goes, the first stays
