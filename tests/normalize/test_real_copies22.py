"""Real copies, round 22 (issue 14): phone copies wrapped narrow, and page chrome decided by a line's
features and its neighbours — language switchers and menus in a header copied without blank lines, a
category field of tags, a press release's channel before its title, a site's licences and hotline under
its copyright, a pointer elsewhere and the rest of its sentence, related pages without their header, a
keyword line atop a page, a headline read as a field over its publish line, an app banner, a source
credit and a download list glued to the last sentence, a title glued to its first item, a preview of
the page's opening printed again at its end. Every text here is invented; negatives keep what must
stay."""

import pytest

from nlp_pipeline import normalize

# --- a phone's copy wrapped at 10-14 characters: each break decided, as in a wide copy ----------------

PHONE = (
    "关于做好节日期间燃气安全的通知\n各村、各社区：\n节日临近，群众用气量大，\n为防范燃气事故，现把几点\n"
    "要求说明如下：\n一、各社区要在本周五前，\n组织网格员逐户检查燃气\n软管，发现老化的，当场\n劝导住户更换。\n"
    "二、各村要利用广播，每\n天早晚提醒群众用气安全。\n镇应急办\n1月20日"
)


def test_phone_copy_wrapped_narrow_is_joined():
    assert normalize(PHONE).text == (
        "关于做好节日期间燃气安全的通知\n各村、各社区：\n"
        "节日临近，群众用气量大，为防范燃气事故，现把几点要求说明如下：\n"
        "一、各社区要在本周五前，组织网格员逐户检查燃气软管，发现老化的，当场劝导住户更换。\n"
        "二、各村要利用广播，每天早晚提醒群众用气安全。\n镇应急办\n1月20日"
    )


def test_short_line_of_a_wide_copy_stays_a_line():
    """Negative: where most lines are long, a line under 16 characters is a subtitle, not a wrap."""
    text = (
        "各单位：\n为做好汛期安全工作，现提出几点要求，请各单位认真抓好落实，确保安全度汛。\n"
        "汛期值班和信息报送要求\n各单位要落实领导带班、全天值守，保持信息畅通，发现险情立即报告。"
    )
    assert normalize(text).text == text


# --- a page's header copied without blank lines (a language switcher, a menu one item a line, a
# breadcrumb one step a line); a category field of tags is chrome; a press release's [新闻稿] is its
# channel, not its title

PRESS_PAGE = (
    "Português\n中文\nEnglish\n|\nA\nA\n搜尋\n關於我們\n服務指南\n首頁\n>\n新聞公告\n>\n"
    "[新聞稿]勞工局提醒僱主做好防暑措施\n[新聞稿]勞工局提醒僱主做好防暑措施\n日期:2024-07-02\n"
    "分類: 新聞, 勞工, 安全,\n"
    "勞工事務局提醒僱主應為戶外工作的僱員提供充足飲用水，並安排適當的休息時間。\n"
    "僱員如感到頭暈，須馬上停工並告知上司。"
)


def test_press_page_header_without_blank_lines():
    assert normalize(PRESS_PAGE).text == (
        "劳工局提醒雇主做好防暑措施\n2024-07-02\n"
        "劳工事务局提醒雇主应为户外工作的雇员提供充足饮用水，并安排适当的休息时间。\n"
        "雇员如感到头晕，须马上停工并告知上司。"
    )


def test_minutes_header_with_dates_stays():
    """Negative: a minutes' 时间： lists dates, not tags; its header fields are the document's."""
    text = (
        "安全例会纪要\n时间：7月1日、7月8日\n地点：三楼会议室\n主持：周某\n"
        "一、各车间要在本周内完成配电箱检查。\n二、班组长要每天开展班前安全讲话。"
    )
    assert normalize(text).text == text


# --- a page's footer: a pointer elsewhere and the rest of its sentence, related pages under it, a site's
# hotline and licences under its copyright


def test_pointer_elsewhere_its_rest_and_related_pages_go():
    """A pointer that names only a site goes with the rest of its sentence and the related pages under it;
    one that gives a number to call is the release's own contact line and stays (round 64,
    test_real_copies64.py: the settled convention)."""
    text = (
        "市劳工局近日提醒，各雇主要为户外工作的雇员安排充足的休息时间。\n雇员出现头晕等症状时，要立即停止工作并送医。\n"
        "如需了解更多防暑降温的资讯，请浏览本局网站专题页（\nhttp://heat.example.mo/zt\n）。\n"
        "高温天气工作指引\n高温天气工作指引\n户外工作防暑小贴士\n防暑"
    )
    assert normalize(text).text == (
        "市劳工局近日提醒，各雇主要为户外工作的雇员安排充足的休息时间。\n雇员出现头晕等症状时，要立即停止工作并送医。"
    )


def test_hotline_and_licences_under_a_copyright_go():
    text = (
        "县消防救援大队昨日召开会议，要求各社区在本月底前完成电动自行车停放点排查。\n\n4001234567 欢迎监督指正\n"
        "© 2020 某某网 版权所有\n网络文化经营许可证 某网文〔2020〕1号 -\n"
        "电信与信息服务业务经营许可证 某B2-20201234 -\n某ICP备 1234567号-1"
    )
    assert normalize(text).text == "县消防救援大队昨日召开会议，要求各社区在本月底前完成电动自行车停放点排查。"


@pytest.mark.parametrize(
    "text, expected",
    [
        # an address in brackets inside a body sentence: the address goes, the sentence's rest stays
        (
            "各企业请登录申报平台（\nhttp://sb.example.gov.cn\n）填报自查结果。\n县应急局将于月底前抽查。",
            "各企业请登录申报平台（）填报自查结果。\n县应急局将于月底前抽查。",
        ),
        # a body's name above the copyright is the document's signature, not a site's headline
        (
            "各社区要在本月底前完成电动自行车停放点排查。\n临江县消防救援大队\n© 2020 某某网 版权所有",
            "各社区要在本月底前完成电动自行车停放点排查。\n临江县消防救援大队",
        ),
        # a PDF's note under its signature date stays above the last page mark
        (
            "各社区要在本月底前完成电动自行车停放点排查。\n某某县消防救援大队\n2026年2月27日\n（此件不予公开）\n\n- 3 -",
            "各社区要在本月底前完成电动自行车停放点排查。\n某某县消防救援大队\n2026年2月27日\n（此件不予公开）",
        ),
        # a licence a document is about is no site's
        ("各烟花爆竹批发企业要在年底前换领经营许可证。", "各烟花爆竹批发企业要在年底前换领经营许可证。"),
    ],
)
def test_footer_negatives(text, expected):
    assert normalize(text).text == expected


# --- the page's top: a keyword line, a follow button, the site's name and channel, a headline read as a
# field right above its publish line; an app's banner beside its download button

KEYWORD_PAGE = (
    "安全生产,隐患排查,应急管理,防汛抗旱,消防安全,森林防火\n\n关注我们\n某某网 > 本地新闻\n\n"
    "应急管理局：全面排查汛期地质灾害隐患\n\n发布时间:2025年06月03日08:15 来源: 某某日报\n\n"
    "应急管理局近日印发通知，要求各地全面排查地质灾害隐患点。\n\n各地要落实巡查责任，发现险情及时转移群众。"
)


def test_keyword_line_and_headline_over_its_publish_line():
    assert normalize(KEYWORD_PAGE).text == (
        "应急管理局：全面排查汛期地质灾害隐患\n2025年06月03日08:15\n"
        "应急管理局近日印发通知，要求各地全面排查地质灾害隐患点。\n各地要落实巡查责任，发现险情及时转移群众。"
    )


def test_app_banner_beside_its_download_button():
    text = "掌上临江App\n下载\n\n县住建局部署燃气安全检查\n\n2024/5/6 10:20\n\n县住建局要求各燃气企业在本月内完成入户安检。"
    assert (
        normalize(text).text == "县住建局部署燃气安全检查\n2024/5/6 10:20\n县住建局要求各燃气企业在本月内完成入户安检。"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped paragraph's first line with its commas goes on in the next: no keyword line
        "为切实做好汛期安全工作，保护群众的生命和财产，根据上级要求，结合本地实际，现把几件事情说明如下：\n"
        "一、各村要加强巡查。",
        # an app named in a body sentence
        "县应急局召开会议。\n各企业要通过安全生产APP填报自查结果。\n县应急局将逐一核查。",
    ],
)
def test_page_top_negatives(text):
    assert normalize(text).text == text


# --- chrome glued to a kept line: a source credit, a download list; a title glued to its first item


@pytest.mark.parametrize(
    "text, expected",
    [
        ("各村要加强巡查，确保安全。(信息来源:县气象台)", "各村要加强巡查，确保安全。"),
        ("各村要加强巡查，严禁野外用火。 Attachment: Download 防火须知.pdf 120 kB", "各村要加强巡查，严禁野外用火。"),
        (
            "关于做好清明节森林防火工作的通知 一、各村要加强巡查。 二、严禁野外用火。",
            "关于做好清明节森林防火工作的通知\n一、各村要加强巡查。\n二、严禁野外用火。",
        ),
        # negatives: a source that is part of the sentence, an attachment without a size, a list of numerals
        ("县应急局要核查线索（来源于群众举报）。", "县应急局要核查线索（来源于群众举报）。"),
        ("各村要加强巡查，严禁野外用火。附件：检查表.docx", "各村要加强巡查，严禁野外用火。附件：检查表.docx"),
        (
            "全县各乡镇和有关部门在汛期 一、二级应急响应期间要加强值守。",
            "全县各乡镇和有关部门在汛期一、二级应急响应期间要加强值守。",
        ),
    ],
)
def test_chrome_glued_to_a_kept_line(text, expected):
    assert normalize(text).text == expected


# --- a preview of the page's opening printed again under its end, cut short where the copy stopped


def test_preview_printed_again_at_the_end_goes():
    text = (
        "关于开展夜间消防检查的公告\n一、检查时间\n6月3日至6月28日。\n二、检查重点\n1.楼道违规停放电动自行车。\n"
        "请各单位主动自查。\n一、检查时间\n6月3日至6月28日。\n二、检查重"
    )
    assert normalize(text).text == (
        "关于开展夜间消防检查的公告\n一、检查时间\n6月3日至6月28日。\n二、检查重点\n1.楼道违规停放电动自行车。\n请各单位主动自查。"
    )


def test_a_line_said_again_at_the_end_stays():
    """Negative: one line repeated at the end is an item that says the same thing, not a preview."""
    text = "各村要落实二十四小时值守。\n各村要加强巡查，发现险情及时报告。\n各村要落实二十四小时值守。"
    assert normalize(text).text == text


@pytest.mark.xfail(
    strict=True,
    reason="a field line of 16 characters or more whose value is a telephone number is joined to the "
    "sentence under it when that sentence has a comma early on; stopping every field that ends in a digit "
    "kept apart a contact line whose second number the wrap cut (realstyle_sealed6 i10: …，139 | 07715286…)",
)
def test_field_line_with_a_number_keeps_its_break():
    text = (
        "县应急局关于值班安排的通知\n各股室：\n春节期间值班安排如下。\n带班领导：王某\n值班人员：李某\n"
        "值班电话：0000-1234567\n请值班人员按时到岗，不得脱岗。\n县应急局\n1月20日"
    )
    assert normalize(text).text == text
