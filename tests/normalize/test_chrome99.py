"""A form's last lines to fill in are the document's, not the page's footer; a forum's anti-copy jammer
between paragraphs is junk (issue 14, chrome99). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops, page

NOTICE = [
    "关于开展沿街商铺电动车充电安全自查的通知",
    "各商户：",
    "请各商户对照下表逐项自查，于12月20日前将自查表交所在社区。",
    "青桥街道办事处",
    "2025年12月5日",
    "附件",
    "沿街商铺电动车充电安全自查表",
    "商铺名称：________________　　负责人：________",
    "1　是否在室内为电动车充电　□　□",
    "承诺：本店已按上述项目逐项自查，如实填报。",
    "商铺负责人（签字）：____________　　（盖章）",
]
FORM_TAIL = ["                    年  月  日", "网格员复核意见：__________________　复核人：________　日期：________"]
BUTTONS = ["【打印本页】 【关闭窗口】", "版权所有：青桥街道办事处 地址：青桥街道新华路12号 邮编：xxxxxx"]


# (case, page, what stays, what goes)
CASES = [
    (
        "a form's blank date and review line over the page's buttons and copyright",
        page(*NOTICE, *FORM_TAIL, *BUTTONS),
        ["年  月  日", "网格员复核意见：", "复核人：", "日期："],
        ["打印本页", "版权所有"],
    ),
    (
        "the review line alone under the signature line",
        page(*NOTICE, FORM_TAIL[1], *BUTTONS),
        ["网格员复核意见："],
        ["版权所有"],
    ),
    (
        "a form's tick-box choices over the buttons",
        page(*NOTICE, "□已整改完毕　　□部分整改　　□未整改", *BUTTONS),
        ["已整改完毕"],
        ["版权所有"],
    ),
    (
        "a forum's jammer as lines of their own and at a paragraph's start",
        page(
            "社区召开燃气安全整治会议",
            "5 W2 e, p# |( k3 T",
            '/ v7 l" H* Q2 C4 Z 为推进辖区燃气安全整治，11月3日社区召开专题会议。',
            "会议要求各网格于11月底前完成瓶装燃气用户排查。 ! e4 x1 m H9 @2 g5 D",
            "8 r, K) m3 f1 Y. h% u! R8 J) w",
        ),
        ["为推进辖区燃气安全整治", "11月底前完成瓶装燃气用户排查。"],
        ["W2", "p#", "Q2", "@2", "h%"],
    ),
]

# near misses: a bare rule, a dated signature, a page tool's boxes; grid references, letters, a value range
KEPT = [
    (
        "a rule of underscores and the page's tools still go under a signed notice",
        page(*NOTICE[:5], "______________________", "视力保护色：□□□", *BUTTONS),
        ["青桥街道办事处", "2025年12月5日"],
        ["视力保护色", "版权所有"],
    ),
    (
        "a sentence about signing is no form's line: the footer under it still goes",
        page(*NOTICE[:5], *BUTTONS),
        ["于12月20日前将自查表交所在社区"],
        ["打印本页", "版权所有"],
    ),
    (
        "grid references, a list of letters and a value range are no jammer",
        page(
            "一、检查范围",
            "A1 B2 C3 D4 E5 F6",
            "各库区 A B C D E F 逐一检查。",
            "排放水质要求 pH 6 ~ 9 之间，每日检测一次。",
        ),
        ["A1 B2 C3 D4 E5 F6", "A B C D E F", "pH 6 ~ 9"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page_text", "stays", "goes"), CASES + KEPT)
def test_form_lines_and_forum_jammer(case, page_text, stays, goes):
    assert_keeps_and_drops(page_text, stays, goes, case)


def test_removed_edit_stamp_gives_the_year():
    """A forum post's edit stamp, left on a line of its own once the jammer before it goes, is removed as
    chrome; the year it carries still dates the meeting the post reports by its month and day."""
    from nlp_pipeline.pipeline import process

    text = page(
        "社区召开燃气安全整治会议",
        "为推进辖区燃气安全整治，11月3日下午，社区召开专题会议，各网格长参加了会议。",
        "8 r, K) m3 f1 Y. h% u! R8 J) w 本帖最后由 社区发言人 于 2021-11-04 09:12 编辑",
        "会议要求各网格于11月底前完成瓶装燃气用户排查。",
    )
    assert process(text).meta.date == "2021-11-03"
