"""A content farm's bait over the page's first line, read by its parts that the page never speaks of
(issue 14, chrome89). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops

NOTICE = (
    "县应急管理局关于开展汛前安全检查的通知\n"
    "2025-04-18\n"
    "各乡镇人民政府，县直各有关单位：\n"
    "为做好今年汛期安全工作，各乡镇要在5月20日前完成山塘水库和地质灾害隐患点排查，县水利局牵头督导。\n"
    "县应急局要加强值班值守，确保汛期安全生产形势稳定。\n"
)

# (case, page, what stays, what goes)
CASES = [
    (
        "three bait phrases right over the headline, none of them the page's words",
        "午夜影院高清免费看,热门网游私服开服表,体彩竞猜内部推荐群\n\n" + NOTICE,
        ["县应急管理局关于开展汛前安全检查的通知", "县水利局牵头督导"],
        ["午夜影院", "体彩竞猜"],
    ),
    (
        "four bait phrases over the site's home link, the headline under it",
        "韩剧在线点播免费,直播带货月入过万,网红美食探店合集,低价代购名牌包包\n\n首页\n\n" + NOTICE,
        ["县应急管理局关于开展汛前安全检查的通知", "县水利局牵头督导"],
        ["韩剧在线", "代购名牌"],
    ),
]

# near misses: a first line of phrases the page goes on to speak of, or too few phrases
KEPT = [
    (
        "a slogan over the document: its words are the page's",
        "安全生产,重在预防,人人有责\n\n" + NOTICE,
        ["安全生产，重在预防，人人有责", "县水利局牵头督导"],
        [],
    ),
    (
        "an addressee line without its colon: its units open the body",
        "各乡镇,县水利局,县应急局\n" + NOTICE.split("\n", 3)[3],
        ["各乡镇，县水利局，县应急局", "县水利局牵头督导"],
        [],
    ),
    (
        "two foreign phrases only: no list",
        "午夜影院高清免费看,体彩竞猜内部推荐群\n\n" + NOTICE,
        ["县应急管理局关于开展汛前安全检查的通知"],
        [],
    ),
    (
        "three phrases that end a clause: a sentence, not bait",
        "天气转暖,雨水增多,请各单位注意防范。\n\n" + NOTICE,
        ["请各单位注意防范。"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES + KEPT)
def test_foreign_bait_over_the_page(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


@pytest.mark.xfail(
    strict=True, reason="a template site's intro paragraph over the document stays: it ends as prose does (ru18 shape)"
)
def test_template_intro_over_the_document():
    page = (
        "前言：本站为你收集整理了汛前安全检查通知范文，供你写作时参考，如需定制范文，欢迎联系在线客服。\n"
        "汛前安全检查通知\n\n" + NOTICE
    )
    assert_keeps_and_drops(page, ["县水利局牵头督导"], ["本站为你收集整理"], "template intro")


@pytest.mark.xfail(
    strict=True,
    reason="a 【】 block whose labels are none of block_labels stays (ru02 shape: 【发文单位】, 【签发时间】)",
)
def test_bracket_block_of_unknown_labels():
    page = NOTICE.replace(
        "2025-04-18\n",
        "2025-04-18\n\n【发文单位】县应急管理局\n\n【签发时间】2025年4月17日\n\n【印发时间】2025年4月17日\n\n",
    )
    assert_keeps_and_drops(page, ["县水利局牵头督导"], ["签发时间"], "bracket block")
