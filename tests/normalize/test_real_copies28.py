"""Real copies, round 28 (issue 14: clean text never changed): a page's own <title> pasted above
the page, its headline followed by the stamp a browser's tab shows (a time, the date, the channel
after spaced dashes). The stamp's time reads as chrome, so the header's headline went with the
site's menus; the headline stays and the stamp goes. Every text here is invented; negatives keep
their chrome."""

import pytest

from .test_steps import run_step

MENU = "首页\n  • 文章\n  • 图片\n新闻 港闻 经济 娱乐 体育 国际 专题\n"
BODY = "2024年1月5日星期五\n某区一名工人在工地高处作业时坠落受伤，劳工部门正调查事故成因，并要求承建商加强防护。\n"


@pytest.mark.parametrize(
    "stamped_line, headline",
    [
        (
            "某区工地工人高处坠落 署方:将检视承建商安全措施 (09:30) – 20240105 – 港闻",
            "某区工地工人高处坠落 署方:将检视承建商安全措施",
        ),
        ("全市开展燃气安全隐患排查整治行动 (18:05) – 20240105", "全市开展燃气安全隐患排查整治行动"),
    ],
)
def test_stamped_page_title_keeps_its_headline(stamped_line, headline):
    out = run_step("boilerplate", f"访问统计\n{stamped_line}\n{MENU}{BODY}")
    assert headline in out
    assert "– 20240105" not in out and "– 2024-01-05" not in out and "(18:05)" not in out
    assert "坠落受伤" in out


@pytest.mark.xfail(strict=True, reason="a stamp with a dashed date reads as the dateline, which keeps its date only")
@pytest.mark.parametrize("stamped_line", ["全市开展燃气安全隐患排查整治行动 – 2024-01-05 – 要闻"])
def test_stamped_title_with_a_dashed_date_keeps_its_headline(stamped_line):
    assert "全市开展燃气安全隐患排查整治行动" in run_step("boilerplate", f"访问统计\n{stamped_line}\n{MENU}{BODY}")


@pytest.mark.parametrize(
    "chrome_line",
    [
        # a stamp with no headline before it, or a headline too short to be one: chrome as before
        "2024-01-05 (09:30) – 20240105 – 港闻",
        "港闻 (09:30) – 20240105",
        # a site's name and its channel: no date, no title
        "临江资讯网 (09:30) – 港闻",
    ],
)
def test_stamp_without_a_headline_stays_chrome(chrome_line):
    before = run_step("boilerplate", f"访问统计\n{chrome_line}\n{MENU}{BODY}")
    assert chrome_line not in before
    assert "临江资讯网" not in before and "港闻 (09:30)" not in before
