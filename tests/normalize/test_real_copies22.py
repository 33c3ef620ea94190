"""Real copies, round 22 (issue 14): phone copies wrapped narrow, and page chrome decided by a line's
features and its neighbours — language switchers and menus in a header copied without blank lines, a
category field of tags, a press release's channel before its title, a site's licences and hotline under
its copyright, a pointer elsewhere and the rest of its sentence, related pages without their header, a
keyword line atop a page, a headline read as a field over its publish line, an app banner, a source
credit and a download list glued to the last sentence, a title glued to its first item, a preview of
the page's opening printed again at its end. Every text here is invented; negatives keep what must
stay."""

from nlp_pipeline import normalize

# --- a phone's copy wrapped at 10-14 characters: each break decided, as in a wide copy ----------------

PHONE = (
    "关于做好节日期间燃气安全的通知\n各村、各社区：\n节日临近，群众用气量大，\n为防范燃气事故，现就有关\n"
    "事项通知如下：\n一、各社区要在本周五前，\n组织网格员逐户检查燃气\n软管，发现老化的，当场\n劝导住户更换。\n"
    "二、各村要利用广播，每\n天早晚提醒群众用气安全。\n镇应急办\n1月20日"
)


def test_phone_copy_wrapped_narrow_is_joined():
    assert normalize(PHONE).text == (
        "关于做好节日期间燃气安全的通知\n各村、各社区：\n"
        "节日临近，群众用气量大，为防范燃气事故，现就有关事项通知如下：\n"
        "一、各社区要在本周五前，组织网格员逐户检查燃气软管，发现老化的，当场劝导住户更换。\n"
        "二、各村要利用广播，每天早晚提醒群众用气安全。\n镇应急办\n1月20日"
    )


def test_short_line_of_a_wide_copy_stays_a_line():
    """Negative: where most lines are long, a line under 16 characters is a subtitle, not a wrap."""
    text = (
        "各单位：\n为做好汛期安全工作，现将有关要求通知如下，请各单位认真抓好落实，确保安全度汛。\n"
        "汛期值班和信息报送要求\n各单位要严格执行领导带班和二十四小时值班制度，确保信息畅通，发现险情立即报告。"
    )
    assert normalize(text).text == text
