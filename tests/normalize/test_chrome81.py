"""The new sealed set's chrome (issue 14, chrome81): a metadata block whose labels stand in 【】, a viewer's bare
page number.

A portal may print its metadata block with each label in 【】 instead of before a colon (【发文机关】某某局 ⏎
【公开方式】主动公开): the rows are a block's fields as `label：value` rows are, and the block goes whole when two of
its labels are block labels and one of them a site's (公开方式, 索引号 …). A bracketed word before a sentence
(【安全提示】…), or a run of bracketed rows that names no site's label, stays. The block's row that carries the document's own number (【发文字号】某应急〔2025〕7号) gives the number as
the line under the title, where the document prints it, unless the page prints it there itself.

A document viewer marks each page of its copy with `第2页` alone on a line: a page mark, as `第2页/共5页` is. A
sentence that names a page (详见第2页) stays.

Every text here is invented."""

import pytest

from .replayed_text import assert_keeps_and_drops, kept

TITLE = "某某市应急管理局关于燃气安全专项检查情况的通报\n"
ADDRESSEE = "各区县应急管理局：\n"
BODY = "各区县要在9月30日前完成燃气用户安全检查，并将整改情况报市应急管理局。\n"

BLOCK_CASES = [
    (
        "a block of 【label】 rows over the title goes",
        "【发文机关】某某市应急管理局\n【发文字号】某应急〔2025〕7号\n【发文日期】2025年08月12日\n"
        "【公开方式】主动公开\n【主题词】　燃气　专项检查　通报\n\n" + TITLE + "\n" + ADDRESSEE + BODY,
        ["某某市应急管理局关于燃气安全专项检查情况的通报", "各区县要在9月30日前完成燃气用户安全检查"],
        ["【发文机关】", "主动公开", "【主题词】"],
    ),
    (
        "a block that mixes 【label】 rows and colons goes",
        "【索引号】001122-2025-00031\n公开方式：主动公开\n\n" + TITLE + "\n" + BODY,
        [TITLE.strip(), "各区县要在9月30日前完成燃气用户安全检查"],
        ["001122-2025-00031", "主动公开"],
    ),
    (
        "a bracketed lead word before a sentence stays",
        TITLE + "\n【安全提示】夏季用气高峰来临，各餐饮场所要加强燃气巡查。\n" + BODY,
        ["【安全提示】夏季用气高峰来临，各餐饮场所要加强燃气巡查。", "各区县要在9月30日前完成燃气用户安全检查"],
        [],
    ),
    (
        "bracketed rows that name no site's label stay",
        TITLE + "\n【检查对象】餐饮场所\n【检查时间】9月1日至9月30日\n\n" + BODY,
        ["【检查对象】餐饮场所", "【检查时间】9月1日至9月30日"],
        [],
    ),
]


@pytest.mark.parametrize("case, page, stays, goes", BLOCK_CASES, ids=[case[0] for case in BLOCK_CASES])
def test_bracketed_metadata_block(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


PAGE_CASES = [
    (
        "a viewer's bare page number between pages goes",
        TITLE + "\n第1页\n" + ADDRESSEE + BODY + "\n第2页\n" + "二、有关要求\n各单位要落实值班制度。\n",
        ["各区县要在9月30日前完成燃气用户安全检查", "二、有关要求"],
        ["第1页", "第2页"],
    ),
    (
        "a sentence naming a page stays",
        TITLE + "\n" + BODY + "检查表格式详见第2页。\n",
        ["检查表格式详见第2页。"],
        [],
    ),
    (
        "a page word in Chinese numerals stays",
        TITLE + "\n第一页\n" + BODY,
        ["第一页"],
        [],
    ),
]


@pytest.mark.parametrize("case, page, stays, goes", PAGE_CASES, ids=[case[0] for case in PAGE_CASES])
def test_bare_page_number(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


def test_block_doc_number_under_the_title():
    page = "【发文机关】某某市应急管理局\n【发文字号】某应急〔2025〕7号\n【公开方式】主动公开\n\n" + TITLE + "\n" + BODY
    assert TITLE + "某应急〔2025〕7号\n" in kept(page)


def test_number_printed_under_the_title_is_not_doubled():
    page = (
        "【发文机关】某某市应急管理局\n【发文字号】某应急〔2025〕7号\n【公开方式】主动公开\n\n"
        + TITLE
        + "某应急〔2025〕7号\n"
        + BODY
    )
    assert kept(page).count("某应急〔2025〕7号") == 1


@pytest.mark.xfail(strict=True, reason="a viewer's copy of the file's name above its first page mark stays")
def test_file_name_above_the_first_page_mark():
    page = "某某文库 - 文档分享\n\n燃气安全检查方案.docx\n\n文档简介\n燃气安全检查方案\n\n第1页\n" + TITLE + "\n" + BODY
    text = kept(page)
    assert "燃气安全检查方案\n" not in text.replace(TITLE, "")
