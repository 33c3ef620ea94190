"""Real copies, round 26 (issue 14): where a page ends and where its dateline stands are read from
the page's structure — the site's copyright ends the document, and what stands under it is the site's
in any shape (contact numbers, a QQ number, an advert, other pages' headlines, a prompt to share),
unless it can be the document's (a paragraph, a date, an issuer, 附件：/抄送：/联系人：) or outweighs
the body above; a publish line right under the page's first kept line is the dateline, whatever
punctuation that headline holds; a ROC date keeps its clock time. Every text here is invented;
negatives keep what must stay."""

import pytest

from nlp_pipeline import normalize
from nlp_pipeline.normalize.lines import LineKind, classify_lines

BODY = (
    "近日，某县召开渔业安全生产工作会议，县农业农村局、各渔业村负责人参加会议。\n"
    "会议要求，一要落实渔船编组出海制度，二要开展渔船隐患排查，三要加强船员培训，坚决守住安全底线。\n"
    "节前，县农业农村局相关负责人还前往各渔港对渔船进行了安全检查，并对发现的问题当场交办。\n"
)

# --- the site's tail under its copyright -------------------------------------------------------------

SITE_TAILS = [
    # contact numbers, an office's address, mail and QQ numbers under a news portal's copyright
    (
        "某某资讯网 版权所有。\n"
        "联系电话：010-12345678、010-87654321，举报电话：13900001111\n"
        "办公地址：某某市某某路8号某某大厦3层\n"
        "邮箱：news@example.com\n"
        "通联QQ : 123456789\n",
        ["联系电话", "办公地址", "邮箱", "通联QQ"],
    ),
    # the site's credits in a row above its copyright, then its licence
    (
        "某某资讯中心 主办 | 某某信息办公室 主管\n某某网 版权所有\n京ICP备12345678号\n",
        ["主办", "主管", "ICP"],
    ),
    # a disclaimer, then other pages' headlines, a sign-up prompt and a share line (an account's repost)
    (
        "免责声明：本文转自网络，仅供学习交流，如有侵权请联系删除。\n"
        "1. 一图读懂：动火作业“十不准”\n"
        "2. 夏季用电安全的八个要点，收藏备用\n"
        "加入“安全交流群”，免费领取台账模板！\n"
        "觉得有用，就转给身边的同事吧\n",
        ["一图读懂", "夏季用电", "交流群", "觉得有用"],
    ),
    # a copyright written in sentences (a forum's notice) that ends the page
    (
        "‧本站为言论平台，网友请谨慎发言！如有纠纷，本站有权提供资料。 ◎服务条款 ‧Copyright ©某某媒体\n",
        ["本站为言论平台"],
    ),
]


@pytest.mark.parametrize(("tail", "gone"), SITE_TAILS)
def test_the_site_tail_under_its_copyright_goes(tail, gone):
    out = normalize(BODY + tail).text
    assert "坚决守住安全底线" in out and "当场交办" in out
    for words in gone:
        assert words not in out


KEPT_UNDER_COPYRIGHT = [
    # an issuer and its date under a copyright line printed inside the document's last page
    ("版权所有：某某县人民政府\n某某县应急管理局\n2025年3月2日\n", ["某某县应急管理局", "2025年3月2日"]),
    # the document's closing parts
    (
        "本网版权所有\n附件：渔船安全检查表\n联系人：县农业农村局 王某\n",
        ["附件：渔船安全检查表", "联系人：县农业农村局"],
    ),
    # a paragraph under the copyright: the document goes on
    (
        "版权所有 某某网\n会后，各渔业村要组织船东学习会议精神。县农业农村局将于月底前开展抽查。\n",
        ["各渔业村要组织船东学习会议精神"],
    ),
]


@pytest.mark.parametrize(("tail", "kept"), KEPT_UNDER_COPYRIGHT)
def test_what_can_be_the_documents_stays_under_a_copyright(tail, kept):
    out = normalize(BODY + tail).text
    for words in kept:
        assert words in out


def test_a_copyright_above_the_body_takes_no_body():
    """A copyright line atop the page: the body under it outweighs any tail, so it stays."""
    text = "某某资讯网 版权所有\n" + BODY.replace("。\n", "\n")  # lines of one sentence end at most
    assert LineKind.CHROME not in classify_lines(text)[1:]
    assert "坚决守住安全底线" in normalize(text).text


def test_a_credit_over_the_sites_addresses_opens_the_tail():
    """An editor's credit with the site's mail and web addresses under it: the advert and the site's
    cells between go with them."""
    tail = (
        "编辑：某某\n看海就到某某湾\n| 某某传媒有限公司 | |\n"
        "| 邮箱:news@example.com | 地址:某某路1号 |\n| 网址:http://www.example.com/ | 办事处:某某大厦 |\n"
    )
    out = normalize(BODY + tail).text
    assert "当场交办" in out
    assert not any(words in out for words in ("看海", "传媒", "邮箱", "网址"))


def test_a_sentence_between_chrome_lines_stays():
    """A story's last sentence between a reference code and a player's message, an address only in
    a chrome line under them: the sentence is the story's (it ends in 。), nothing opens a tail."""
    text = (
        BODY
        + "news2025051200a7\n各渔业村还要每月组织一次船员安全培训。\n\n未能播放视频\n\n"
        + "订阅县政府新闻频道：https://t.me/example，即时接收最新消息。\n订阅频道\n"
    )
    assert "各渔业村还要每月组织一次船员安全培训。" in normalize(text).text


def test_a_credit_opens_no_tail():
    """An editor's credit without the site's addresses under it is no end of the page: a line of any
    look under it stays."""
    out = normalize(BODY + "编辑：某某\n会后各村要组织船东学习，并于月底前报送学习情况\n").text
    assert "并于月底前报送学习情况" in out


# --- the dateline under the page's first kept line ---------------------------------------------------

DATELINES = [
    # a headline with an exclamation, then the publish line
    (
        "某某总局：做好汛期电梯安全工作 严防“带病”运行！\n" "2023-08-06 11:37:54 来源：某某新闻客户端 编辑：\n",
        "2023-08-06 11:37:54",
    ),
    # a headline with a list's 、, a search box above it
    (
        "搜索\n某市城管局召开道路、桥梁、广场养护安全会议\n时间: 2025-02-12 13:33:34 |   作者: 某某\n",
        "2025-02-12 13:33:34",
    ),
    # a ROC date with its clock time
    ("某某分队 电动车火警\n承办人:某某分队 队员 某某 上版日期:113-05-15 15:07\n", "113-05-15 15:07"),
]


@pytest.mark.parametrize(("head", "date"), DATELINES)
def test_the_publish_line_under_the_first_line_is_the_dateline(head, date):
    out = normalize(head + BODY).text
    assert date in out.split("\n")
    assert "来源" not in out and "作者" not in out and "承办人" not in out


def test_a_publish_line_under_a_paragraph_keeps_no_date():
    """The first line a paragraph (two sentences), the dated chrome line under it is no dateline."""
    text = "会议强调，要压实责任。会议要求，要排查隐患。\n2023-08-06 11:37:54 来源：某某新闻客户端 编辑：\n" + BODY
    assert "2023-08-06" not in normalize(text).text


# --- a reposted page's header: the follow prompt, the reworded headline, the 原标题, the counter -------

REPOST = (
    "某某安全号 2025-03-02 08:10\n"
    "点击上方蓝字“某某安全号”关注我们，每周一篇安全知识！\n"
    "【通知】夏季用电安全检查这样做（全文）\n"
    "原标题：某某县应急管理局关于开展夏季用电安全检查的通知\n"
    "编辑：某某  阅读：2.4万\n"
    "各乡镇、各有关单位：\n"
    "现将夏季用电安全检查有关事项通知如下，请认真组织实施。\n"
    "一、各乡镇要于6月底前完成辖区内企业用电线路排查。\n"
)


def test_a_repost_keeps_the_original_title_and_drops_its_own_header():
    out = normalize(REPOST).text.split("\n")
    assert "某某县应急管理局关于开展夏季用电安全检查的通知" in out
    assert not any(word in line for line in out for word in ("关注我们", "（全文）", "原标题", "阅读："))
    assert "现将夏季用电安全检查有关事项通知如下，请认真组织实施。" in out


def test_an_original_title_that_repeats_the_headline_leaves_the_headline():
    text = "某某县召开夏季安全生产会议\n原标题：某某县召开夏季安全生产会议\n" + BODY
    out = normalize(text).text.split("\n")
    assert out[0] == "某某县召开夏季安全生产会议"
    assert sum("某某县召开夏季安全生产会议" in line for line in out) == 1


# --- a photo's caption in brackets ------------------------------------------------------------------

CAPTIONS = [
    ("（图为县长在渔港检查救生设备。记者 王某 摄）", "图为县长在渔港", False),
    ("（图纸审查由县住建局负责，各乡镇配合。）", "图纸审查由县住建局负责", True),  # a bracketed sentence stays
]


@pytest.mark.parametrize(("line", "words", "stays"), CAPTIONS)
def test_a_bracketed_photo_caption_goes(line, words, stays):
    out = normalize(BODY + line + "\n会后，各渔业村要组织船东学习会议精神。\n").text
    assert (words in out) is stays
