"""Issue 19 (speed97): where the normalizer reads a page's lines twice. The line classifier
(`read_lines`) is the largest cost the boilerplate and layout steps share; its reading is kept for
the text it was given, so a page the steps between leave as it is (most pages) is read once, and a
page the boilerplate step cut is read again by the layout step (201 of the benchmark's 1,065 documents,
45 ms of 1.37 s). Texts written for this project."""

import pytest

from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.lines import read_lines

BODY = (
    "关于开展冬季燃气安全检查的通知\n"
    "各乡镇人民政府，县直有关单位：\n"
    "　　为做好冬季燃气安全工作，现将有关事项通知如下。\n"
    "一、县住建局牵头，11月底前完成餐饮场所燃气安全检查。\n"
    "二、各乡镇要建立隐患清单，逐项整改到位。\n"
)
# a site's share bar and copyright under the body: the boilerplate step removes both lines
CHROME_TAIL = "分享到：微信 微博 QQ空间\n版权所有：某某县人民政府 网站标识码：1234567890\n"

# (text, readings the normalizer makes, what the page shows)
CASES = [
    (BODY, 1, "a clean page: the layout step meets the boilerplate step's reading"),
    (BODY.replace("\n", "\n\n"), 1, "blank lines between (the layout step removes them, after its reading)"),
    (BODY + CHROME_TAIL, 2, "a page the boilerplate step cut: the layout step reads the shorter text anew"),
]


def readings_of(text: str) -> int:
    read_lines.cache_clear()
    normalize(text)
    return read_lines.cache_info().misses


@pytest.mark.parametrize(("text", "readings", "shows"), CASES, ids=[case[2][:30] for case in CASES])
def test_a_page_is_read_again_only_where_a_step_changed_it(text: str, readings: int, shows: str) -> None:
    assert readings_of(text) == readings, shows


def test_the_cut_page_loses_its_chrome_lines() -> None:
    # the negative case above is one: the tail's two lines are gone, the body stays
    out = normalize(BODY + CHROME_TAIL).text
    assert "版权所有" not in out and "分享到" not in out
    assert "11月底前完成餐饮场所燃气安全检查" in out


@pytest.mark.xfail(
    strict=True,
    reason="measured and left (speed97): a page whose boilerplate step removed whole lines only is read "
    "again by the layout step; reusing the kept lines' reading needs a proof that no kept line's kind "
    "depends on a removed neighbour (45 ms of 1.37 s on the benchmark corpus)",
)
def test_whole_lines_removed_are_not_read_again() -> None:
    assert readings_of(BODY + CHROME_TAIL) == 1
