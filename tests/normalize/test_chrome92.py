"""A document site's download notice in numbered items and its searches under the signature; a template
site's lead-in between the title and its repeat (issue 14, chrome92). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops

TITLE = "关于开展汛期尾矿库安全检查的通知"
ADDRESSEE = "各乡镇人民政府，县直有关单位："
BODY = "请各乡镇于6月15日前完成辖区尾矿库排洪设施检查，检查结果报县应急管理局。"
SIGNATURE = "梅川县安全生产委员会办公室"
DATE = "2025年6月2日"


def document(*tail: str) -> str:
    return "\n\n".join([TITLE, ADDRESSEE, BODY, SIGNATURE, DATE, *tail]) + "\n"


NOTICE = [
    "温馨提示",
    "1. 本平台不保证会员上传的文档内容完整，下载后发现问题本平台不予退款。",
    "2. 下载文档前请先预览，确认文档符合您的需要后再下载。",
]
SEARCHES = "相关搜索：尾矿库检查 汛期通知 排洪设施 应急管理"

# a template site's page: headline, stamp, its stock sentence with the title filled in, the title again
TEMPLATE_TITLE = "社区消防安全检查工作方案范文"
LEAD_IN = f"本站为您整理了{TEMPLATE_TITLE}，希望能给您的写作带来帮助，欢迎阅读参考。"
PLAN_OPENING = "为做好今冬明春社区消防安全工作，结合本社区实际，制定本方案。"
PLAN_ITEM = "一、社区居委会要在12月20日前完成辖区出租屋消防安全检查。"


def template_page(lead_in: str = LEAD_IN, *between: str) -> str:
    return (
        "\n\n".join([TEMPLATE_TITLE, "2024-11-19", lead_in, *between, TEMPLATE_TITLE, PLAN_OPENING, PLAN_ITEM]) + "\n"
    )


# (case, page, what stays, what goes)
CASES = [
    (
        "a download notice in numbered items and the site's searches under the signature",
        document(*NOTICE, SEARCHES),
        [BODY, SIGNATURE, DATE],
        ["温馨提示", "本平台不保证", "下载文档前", "相关搜索"],
    ),
    (
        "the notice without the searches",
        document(*NOTICE),
        [BODY, DATE],
        ["本平台不保证", "下载文档前"],
    ),
    (
        "a template site's lead-in that fills the title into its sentence, between the title and its repeat",
        template_page(),
        [TEMPLATE_TITLE, PLAN_OPENING, PLAN_ITEM],
        ["本站为您整理了", "欢迎阅读参考"],
    ),
    (
        "the lead-in under a label",
        template_page("前言：" + LEAD_IN),
        [PLAN_OPENING, PLAN_ITEM],
        ["前言", "本站为您整理了"],
    ),
]

# near misses: the body's items about downloading, a list of terms or an annex under the signature with no
# site's evidence, an annex listing its items beside a site's copyright, a news lead that retells its
# headline, two paragraphs before the repeat
KEPT = [
    (
        "numbered items of the body that speak of downloading and users stay (the walk stops at the signature)",
        document().replace(
            BODY, BODY + "\n\n1. 燃气用户上传检查照片，下载整改通知。\n\n2. 燃气用户上传整改照片，下载复查结果。"
        ),
        ["上传检查照片", "上传整改照片", DATE],
        [],
    ),
    (
        "a line of subject terms under the signature stays without the site's evidence",
        document("主题词：安全生产 尾矿库 检查 通知"),
        ["主题词：安全生产 尾矿库 检查 通知", DATE],
        [],
    ),
    (
        "an annex listing its items parted by spaces over a site's copyright stays",
        document(
            "附件：1．检查表　2．隐患台账　3．整改通知书（样表）", "Copyright © 梅川县应急管理局 地址：梅川县人民路1号"
        ),
        ["附件：1．检查表", "3．整改通知书（样表）"],
        ["Copyright"],
    ),
    (
        "a news lead that retells its headline stays, with the headline printed again under it",
        "\n\n".join(
            [
                "梅川县召开尾矿库汛期安全工作部署会",
                "2025-06-03 09:12",
                "6月2日下午，梅川县召开由各乡镇分管负责人参加的尾矿库汛期安全工作会议。",
                "梅川县召开尾矿库汛期安全工作部署会",
                "会议要求各乡镇在6月15日前完成排洪设施检查。",
            ]
        )
        + "\n",
        ["6月2日下午，梅川县召开", "会议要求各乡镇"],
        [],
    ),
    (
        "two paragraphs between the title and its repeat stay",
        template_page(PLAN_OPENING.replace("制定本方案", "印发本方案"), "请各网格员认真学习本方案。"),
        ["印发本方案", "请各网格员认真学习本方案"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES + KEPT)
def test_download_notice_and_template_lead_in(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


@pytest.mark.xfail(
    strict=True,
    reason="a site's contact footer (地址：/电话：/邮箱： fields) right under a news story with no other chrome "
    "(r48 rt18) is not told from a document's own contact fields by the fields alone",
)
def test_site_contact_footer_under_a_story():
    text = "\n\n".join(
        [
            "梅川县开展燃气安全进社区活动",
            "6月3日，梅川县应急管理局在城东社区开展燃气安全宣传，发放宣传资料500余份。",
            "下一步，该县将组织燃气企业入户安检，确保群众用气安全。",
            "地址：某某省某某市某某区88号",
            "电话：400-000-0000",
            "邮箱：service@example.com",
        ]
    )
    assert_keeps_and_drops(text + "\n", ["确保群众用气安全"], ["400-000-0000", "service@example.com"], "contact footer")
