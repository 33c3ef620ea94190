"""Real copies (issue 14, chrome74): two publish stamps that went with the chrome around them.

A school board's header prints its fields over the bulletin (`单位:… 承办:…来源:10.20.?.?`), the
poster's address masked with question marks. `SENTENCE_END` (lines.py) counted each masked figure as a
question's end, so the header's first line read as running text, the body's first anchor: the header
above the title was then no header, and its publish line (`时间:… 附件:管理:删除`) went whole, its
stamp with it. A question mark among an address's figures (after `数字.` or `?.`, or before `.数字`)
stands for a figure, not a question.

A site's line prints its address, its name in 【】 and its stamp glued together
(`http://www.example.com【某某日报】2019-03-02`). `carried_date` read no date there (Chinese before
the date, no space between), so the line went and the page lost its dateline. A date that closes the
line right after a name in its brackets is the site's stamp (`standing_alone`, lines.py).

A journal site prints a machine translation under the Chinese text, a mail an English notice under its
signature: running prose in a Latin script (`latin_prose`: eight words or more, no Chinese) on a page
whose body is Chinese is the page's (`mark_latin_prose`, lines.py). A company's English name, a standard's
name, English inside a Chinese sentence stay; a page with no Chinese body keeps its English.

Every text here is invented."""

import pytest

from nlp_pipeline.normalize.lines import line_features

from .replayed_text import assert_keeps_and_drops, kept

BOARD = (
    "单位:教务 承办:教务处来源:10.20.?.?\n"
    "标题:某市教育局防汛工作通知 网址:人气:120\n"
    "时间:2021-05-06 09:10:11附件:管理:删除 编修\n\n"
    "某市教育局防汛工作通知\n"
    "2021年5月5日\n\n"
    "一、各学校要加强汛期值班，及时掌握雨情水情，遇有险情立即报告。\n\n"
    "二、各学校要组织排查校舍和围墙，发现隐患及时整改。\n"
)
SITE_STAMP = (
    "您所在位置: 首页 »综合»正文\n\n"
    "某市启动汛期安全大检查\n\n"
    "http://www.example.com【某某日报】2019-03-02\n\n"
    "记者从市应急管理局获悉，全市将于本月起开展汛期安全大检查，重点检查水库和地质灾害隐患点。\n"
)

NOTICE = (
    "各乡镇人民政府：\n"
    "汛期将至，为做好今年防汛工作，现将有关事项通知如下：\n"
    "一、各乡镇要在5月底前完成山洪灾害隐患点排查，建立台账。\n"
)

# (case, page, what must stay, what must go)
CASES = [
    (
        "a machine translation printed under the Chinese text goes",
        "某县防汛办关于做好汛前准备工作的通知\n"
        + NOTICE
        + "To the township people's governments: the flood season is coming, and in order to do a good job "
        "of flood control this year, the relevant matters are notified as follows.\n",
        ["各乡镇人民政府：", "建立台账。"],
        ["flood season", "township"],
    ),
    (
        "a mail's English notice under the signature goes, its English company name stays",
        NOTICE + "某某精密零件有限公司 安全部\nQingshan Precision Parts (Lanxi) Co., Ltd.\n"
        "NOTICE: This e-mail and any attachments are intended only for the named recipients and may be confidential.\n",
        ["建立台账。", "Qingshan Precision Parts"],
        ["intended only"],
    ),
    (
        "a standard's English name on its line, and English inside a Chinese sentence, stay",
        NOTICE + "二、各企业要按照以下标准整改：\nCode for fire protection design of buildings\n"
        "三、各企业要按照 Safety data sheet for chemical products content and order of sections 的要求更新说明书。\n",
        ["Code for fire protection design", "content and order of sections"],
        [],
    ),
    (
        "a board's header over its bulletin goes, its publish stamp stays",
        BOARD,
        ["2021-05-06 09:10:11", "某市教育局防汛工作通知", "2021年5月5日", "立即报告。"],
        ["承办", "人气", "附件", "删除"],
    ),
    (
        "a site's address, its name in brackets and its stamp: the stamp stays as the dateline",
        SITE_STAMP,
        ["某市启动汛期安全大检查\n2019-03-02\n", "水库和地质灾害隐患点。"],
        ["example", "某某日报", "您所在位置"],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_chrome74(case: str, page: str, stays: list[str], goes: list[str]) -> None:
    assert_keeps_and_drops(page, stays, goes, case)


def test_an_english_page_keeps_its_prose() -> None:
    page = (
        "Flood season notice\n"
        "All township governments shall complete the inspection of flood hazard sites before the end of May.\n"
    )
    assert "before the end of May" in kept(page)


# (line, how many sentence ends it holds)
SENTENCE_ENDS = [
    ("来源:10.20.?.?", 0),  # a masked address's figures
    ("登录地址:192.168.1.?", 0),
    ("各单位是否已完成排查?请于今日报送。", 2),  # a question in running text
    ("还有隐患吗?", 1),
    ("版本号为3.2,是否更新?", 1),
]


@pytest.mark.parametrize(("line", "ends"), SENTENCE_ENDS)
def test_masked_figures_end_no_sentence(line: str, ends: int) -> None:
    assert line_features(line).sentence_ends == ends


# (line, the date it carries)
CARRIED_DATES = [
    ("http://www.example.com【某某日报】2019-03-02", "2019-03-02"),
    ("【某某新闻网】2020-07-15 08:30", "2020-07-15 08:30"),
    ("会议定于2019-03-02召开", None),  # a date inside a sentence
    ("请于【截止日期】2019-03-02前报送", None),  # the bracket's date goes on into the sentence
    ("某某日报2019-03-02", None),  # no bracket: a name glued to a date stays unread
]


@pytest.mark.parametrize(("line", "date"), CARRIED_DATES)
def test_stamp_after_bracketed_name(line: str, date: str | None) -> None:
    assert line_features(line).date == date
