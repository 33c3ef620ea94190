"""Real copies, round 48 (issue 14).

- The page's headline with its buttons printed after it on its line (某某通知 列印, …  打印  分享): the line
  is the headline, the buttons go (a Taiwan site's 列印 took the whole headline); a phone's menu button
  (手机选单) is a page control.
- A headline printed again right under itself (a channel's name or blank lines between the copies)
  goes; a copy further away (an issuer's signature under a letter) stays.
- Strict xfails, dropped as fits (they moved only the sets read): a site's account and comment box
  (用户登录 / 还没有账号？ / 立即注册, 请先登录后发表评论, 评论 共 0 条, 您需要 登录 才可以下载或查看); a photo's
  caption with a short subject (劳工处。资料图片), a photo word alone (资料图片), a screenshot's placeholder
  (（某部门网站截图）); a headline printed again under the body.

Every text here is invented."""

import pytest

from nlp_pipeline.normalize import normalize

TITLE = "某县部署汛期渔港安全检查"
BODY = "近日，县农业农村局组织开展渔港安全检查，要求各渔船船主在台风来临前完成缆绳加固。"
BODY2 = "检查中发现的隐患，各乡镇要建立台账，限期整改到位。"


def lines_of(text: str) -> list[str]:
    return [line for line in normalize(text).text.split("\n") if line.strip()]


def body_only(text: str) -> list[str]:
    return [TITLE, normalize(BODY).text, normalize(BODY2).text]


@pytest.mark.parametrize(
    "page",
    [
        # a comment box with its counter under the source line
        f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n网友评论 共 12 条\n请先登录后再发表评论！",
        # a forum's download wall over the body, a close button under it
        f"|\n立即注册！\n您需要 登录 才可以下载或查看，没有帐号？注册\n×\n{TITLE}\n{BODY}\n{BODY2}",
        # a traditional page's comment box
        f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n留言 共 3 則\n請先登入後發表留言",
    ],
)
@pytest.mark.xfail(strict=True, reason="fit dropped: moved only the sets read (patch in /work/notes/s16/chrome48/)")
def test_an_account_or_comment_box_goes(page):
    assert lines_of(page) == body_only(page)


def test_a_login_box_in_the_footer_goes():
    # a login box under the body, one control a line: weak evidence in the footer
    page = f"{TITLE}\n{BODY}\n{BODY2}\n会员登录\n还没有帐号？\n马上注册"
    assert lines_of(page) == body_only(page)


@pytest.mark.parametrize(
    "sentence",
    [
        # a directive to log into a system and register: a party's duty
        "各企业要登录监管平台注册账号，于5月10日前完成隐患自查填报。",
        "用户登录后须立即修改初始密码。",
        "请各乡镇于本周五前登录系统下载检查表。",
        # a count of opinions in a report
        "共收到群众留言12条，已全部办结。",
        "没有账号的企业，请联系县应急局开通。",
    ],
)
def test_a_sentence_about_logging_in_stays(sentence):
    out = lines_of(f"{TITLE}\n\n{BODY}\n\n{sentence}\n\n{BODY2}")
    assert normalize(sentence).text in out


@pytest.mark.parametrize(
    "caption",
    [
        # a photo's subject, three characters, then its photo word; printed twice as the page did
        "渔政站。资料图片",
        # the photo word alone where the image stood
        "资料图片",
        "资料照片",
        # a screenshot's placeholder in brackets naming the site it was taken from
        "（某省应急管理厅网站截图）",
        "(视频截图)",
    ],
)
@pytest.mark.xfail(strict=True, reason="fit dropped: moved only the sets read (patch in /work/notes/s16/chrome48/)")
def test_a_photo_caption_goes(caption):
    page = f"{TITLE}\n\n{BODY}\n\n{caption}\n\n{caption}\n\n{BODY2}"
    assert lines_of(page) == body_only(page)


@pytest.mark.parametrize(
    "line",
    [
        # sending screenshots or photos along is a duty, not a placeholder
        "（附整改前后截图）",
        "各单位要整理好资料图片。",
        "资料图片按月归档。",
        # a sentence naming a screenshot
        "请各单位于3日前报送系统截图。",
        # a short heading that is no caption
        "渔港。安全",
    ],
)
def test_a_line_about_photos_stays(line):
    out = lines_of(f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY2}")
    assert normalize(line).text in out


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        # a traditional site's skip link and phone menu over a headline with its print button
        ("跳到主要內容區塊\n手機選單\n:::\n\n最新消息\n\n    {h} 列印", "某市漁業署提醒漁民做好防颱準備"),
        # print and share buttons after a simplified headline, two spaces apart
        ("网站首页 > 通知公告\n\n{h}  打印  分享  收藏", "关于做好汛期渔港安全检查的通知"),
        # a button in square brackets
        ("{h} 【打印】 【关闭】", "县应急局部署节前烟花爆竹安全检查"),
        # a font-size switcher after the headline
        ("{h}  字号 大 中 小", "某区开展燃气管道安全隐患排查"),
    ],
)
def test_a_headline_with_its_buttons_keeps_the_headline(header, headline):
    out = lines_of(header.replace("{h}", headline) + f"\n\n{BODY}\n\n{BODY2}")
    assert out[0] == normalize(headline).text
    assert out[1:] == [normalize(BODY).text, normalize(BODY2).text]


@pytest.mark.parametrize(
    "line",
    [
        # buttons alone stay chrome
        "打印  分享  收藏",
        # a site talking of itself before the button: chrome of its own
        "本站原创稿件 转载请注明出处 打印",
        # a menu path before the button
        "首页 > 通知公告 > 正文 打印",
    ],
)
def test_buttons_without_a_headline_go(line):
    out = lines_of(f"{TITLE}\n\n{line}\n\n{BODY}\n\n{BODY2}")
    assert out == body_only("")


HEADLINE = "市应急管理局部署夏季高温时段户外作业安全"


@pytest.mark.parametrize(
    "page",
    [
        # the headline printed twice in a row by a site's template
        f"{HEADLINE}\n{HEADLINE}\n\n{BODY}\n\n{BODY2}",
        # a channel's name between the copies, blank lines around it
        f"{HEADLINE}\n\n要闻\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}",
        # a Hong Kong headline of `body：message` printed three times, a channel name beside the copies
        f"劳工处：提醒雇主做好高温作业防护\n\n频道\n\n劳工处：提醒雇主做好高温作业防护\n\n{BODY}\n\n{BODY2}",
    ],
)
def test_a_headline_printed_again_goes(page):
    out = lines_of(page)
    headline = page.split("\n")[0]
    assert out.count(normalize(headline).text) == 1
    assert "频道" not in out and "要闻" not in out
    assert normalize(BODY2).text in out and normalize(BODY).text in out


@pytest.mark.parametrize(
    "page",
    [
        # an issuer over the body and under it as its signature: both stay
        f"某某县安全生产委员会办公室\n\n{BODY}\n\n{BODY2}\n\n某某县安全生产委员会办公室",
        # a plan's name as the page's headline and again over the plan under its cover letter: body
        f"某县燃气安全专项整治工作实施方案\n\n{BODY}\n\n某县燃气安全专项整治工作实施方案\n\n{BODY2}",
        # a numbered heading printed in two sections
        f"{HEADLINE}\n\n一、工作措施\n\n{BODY}\n\n二、工作措施\n\n{BODY2}",
    ],
)
def test_a_line_of_the_body_printed_again_stays(page):
    out = lines_of(page)
    for line in page.split("\n"):
        if line.strip() and line not in (BODY, BODY2):
            assert normalize(line).text in out
    if "某某县安全生产委员会办公室" in page:
        assert out.count("某某县安全生产委员会办公室") == 2
    if "实施方案" in page:
        assert out.count("某县燃气安全专项整治工作实施方案") == 2


@pytest.mark.xfail(
    strict=True,
    reason="a headline printed again under the body (a share card, a link to the page itself) stays: "
    "read by its distance from the headline it also took an issuer's signature under a letter (fit dropped)",
)
def test_a_headline_printed_again_under_the_body_goes():
    out = lines_of(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\n{HEADLINE}")
    assert out.count(HEADLINE) == 1
