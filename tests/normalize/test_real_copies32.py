"""Real copies, round 32 (issue 14): a site's link sections, and what was found but not adopted.

A site's footer lists links under a header of its own: to related pages (相关链接) or to other sites
(友情链接, 网站链接). The header may carry its links on its own line, parted by bars or gaps
(相关链接：某某总结 | 某某计划); a document's `label：value` line holds one value, not a list of links.

The strict xfails are shapes found on the development pages whose mechanism moved no page of the
sets held out for scoring (docs/normalization.md, round 32). Every text here is invented."""

import pytest

from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.lines import classify_lines

from .test_steps import run_step

BODY = "关于做好汛期安全防范工作的通知\n各乡镇要立即开展隐患排查，确保安全度汛。\n"


def lines_of(text: str) -> list[str]:
    return [line for line in normalize(text).text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "footer",
    [
        "【打印本页】 【关闭窗口】\n相关链接：县2024年防汛工作总结 | 县水利局汛期值班安排\n",
        "友情链接\n省应急管理厅\n市人民政府网\n",
        "友情链接：省应急管理厅  市人民政府网  县融媒体中心\n",
        "网站链接：国务院 | 应急管理部 | 省人民政府\n",
        "【相关链接】 某镇召开防汛会议 | 某县开展山洪演练\n",
    ],
)
def test_a_sites_link_section_goes(footer):
    out = run_step("boilerplate", BODY + "\n" + footer)
    assert out.strip() == BODY.strip()


@pytest.mark.parametrize(
    "line",
    [
        "相关链接：详见附件",  # one value, no list of links
        "相关文件：《某某条例》第五条规定，企业应当落实主体责任。",
        "各单位要在门户网站友情链接栏目中添加举报平台入口。",
        "相关资料：应急预案 | 值班表",  # no link section's word
    ],
)
def test_a_documents_line_naming_links_stays(line):
    text = BODY + line + "\n各单位要严格落实值班值守制度。\n"
    assert classify_lines(text)[2] != "chrome"


# --- found, not adopted (each moved only a development set; see docs/normalization.md, round 32) ---


@pytest.mark.xfail(strict=True, reason="a site's menus copied as words parted by single spaces stay")
def test_menus_of_words_beside_the_sites_chrome_go():
    page = (
        "某某新闻网\n首页 | 登录 | 注册\n\n"
        "新闻 要闻 本地 经济 娱乐 体育 评论 国际 视频\n"
        "滚动新闻 本地热点 财经快讯\n"
        "会员专区 我的收藏 订阅服务 常见问题 联系我们 客户服务\n\n"
        "劳工部门突击巡查建筑工地\n"
        "记者今日获悉，劳工部门连日突击巡查建筑工地，发现多处高处作业未设护栏，已责令承建商即时整改。\n"
    )
    assert lines_of(page)[0] == "劳工部门突击巡查建筑工地"


@pytest.mark.xfail(strict=True, reason="bare dates of a related list whose headlines the copy lost stay")
def test_bare_dates_stacked_after_the_story_go():
    story = "县应急管理局召开汛期安全生产调度会\n2024-07-02\n会议要求，各乡镇要立即开展隐患排查，确保安全度汛。\n"
    out = run_step("boilerplate", story + "\n2024-06-28\n2024-06-28\n2024-06-21\n")
    assert out.rstrip() == story.rstrip()


# issue 14 (norm40): a space after a comma or 、 inside a numbered item is the copy's, not the end of
# a heading: a heading has no clause punctuation before the space that ends it
@pytest.mark.parametrize(
    "item, joined",
    [
        (
            "二、各村要组织巡逻队伍加强夜间巡查, 落实网格员包片责任。",
            "二、各村要组织巡逻队伍加强夜间巡查，落实网格员包片责任。",
        ),
        ("2.全市所有工地暂停高处作业, 塔吊一律落钩停放。", "2.全市所有工地暂停高处作业，塔吊一律落钩停放。"),
        ("（三）严格执行领导带班制度， 确保通讯畅通。", "（三）严格执行领导带班制度，确保通讯畅通。"),
        ("4、对学校、 医院、商场开展消防检查。", "4、对学校、医院、商场开展消防检查。"),
    ],
)
def test_a_numbered_item_with_a_space_after_its_comma_stays_one_line(item, joined):
    text = f"关于做好近期安全防范工作的通知\n一、各单位要高度重视，迅速部署。\n{item}\n五、各单位要严格值班值守。"
    assert joined in lines_of(text)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("一、总体要求 各单位要把安全责任落实到岗位到人。", "一、总体要求"),
        ("（二）工作措施 各乡镇要在本月底前完成自查。", "（二）工作措施"),
        ("三、加强组织领导。 各部门要明确一名分管负责人。", "三、加强组织领导。"),
    ],
)
def test_a_heading_before_a_space_breaks_off(line, heading):
    text = f"关于开展燃气安全专项整治的通知\n{line}\n四、各单位要按时报送整治情况。"
    assert heading in lines_of(text)


# A credit names its role as a word of its own: a role that also begins other words (文, 图, 审核,
# 摄影) is set apart from the name by a colon or a space; a line that only begins with the same
# characters (文物保护单位, 图书馆) is the document's.
@pytest.mark.parametrize("line", ["文物保护单位", "图书馆", "审核通过", "摄影展览", "文化广场 图书馆"])
def test_a_line_that_begins_with_a_roles_characters_stays(line):
    text = f"关于开展汛前安全检查的通知\n各单位要对以下场所开展一次全面检查：\n{line}\n检查结果于5月10日前报县应急管理局。\n"
    assert line in run_step("boilerplate", text)


@pytest.mark.parametrize(
    "credit", ["（文：王某某）", "（文/图 王某某）", "（记者 李某 通讯员 张某）", "记者王某某", "审核：赵某"]
)
def test_a_credit_under_the_story_goes(credit):
    story = "县应急管理局开展汛前检查\n检查组要求各单位立即整改发现的隐患，确保安全度汛。\n"
    assert run_step("boilerplate", story + credit + "\n").strip() == story.strip()


# Under the body's last line, a line that ends no sentence between two lines of the site's chrome is
# the site's; a document's closing line (its issuer, a date, an attachment) stays wherever it stands.
STORY = "关于做好汛期安全防范工作的通知\n各乡镇要立即开展隐患排查，确保安全度汛。\n\n"
SITE_ABOVE = "【打印本页】 【关闭窗口】\n"
SITE_BELOW = "主办：某某县人民政府办公室  承办：某某县大数据中心\n"


@pytest.mark.parametrize("line", ["县政府门户网站群", "微信 微博 抖音 今日头条", "扫码关注 手机版"])
def test_a_line_between_the_sites_chrome_under_the_body_goes(line):
    out = run_step("boilerplate", STORY + SITE_ABOVE + line + "\n" + SITE_BELOW)
    assert out.strip() == STORY.strip()


@pytest.mark.parametrize(
    "line",
    ["某某县应急管理局", "2025年6月1日", "附件：汛期隐患排查表", "请各单位认真贯彻执行。", "某某化工有限公司"],
)
def test_a_documents_closing_line_between_the_sites_chrome_stays(line):
    assert line in run_step("boilerplate", STORY + SITE_ABOVE + line + "\n" + SITE_BELOW)


# issue 14 (norm40): a line opening with 、 after a sentence's end is a heading whose numeral the
# copy lost (an enumeration comma never follows 。); after a word it is a wrapped list's next item
@pytest.mark.parametrize(
    "text, line",
    [
        ("关于做好汛期安全工作的通知\n各乡镇要切实加强值班值守。\n\n、工作目标\n全年不发生较大事故。", "、工作目标"),
        ("矿山安全生产责任书\n为落实企业主体责任，特签订本责任书。\n、控制指标\n死亡人数为零。", "、控制指标"),
        ("校园安全工作要点\n各校要守住安全底线！\n、加强组织领导\n成立工作专班。", "、加强组织领导"),
        ("县应急管理局关于开展检查的通知\n要检查学校\n、医院和商场的消防设施。", "要检查学校、医院和商场的消防设施。"),
        (
            "关于开展燃气检查的通知\n重点检查餐馆、酒店\n、农贸市场等人员密集场所。",
            "重点检查餐馆、酒店、农贸市场等人员密集场所。",
        ),
    ],
)
def test_a_line_opening_with_an_enumeration_comma_after_a_sentence_end_stays(text, line):
    assert line in lines_of(text)


# issue 14 (norm40): a subheadline whose words a space parts (two names, then 出席…并讲话) stays under
# its headline, though it ends in a word a title ends in; a wrapped title's tail still joins
@pytest.mark.parametrize(
    "text, first_lines",
    [
        (
            "全市危化品安全专项整治推进会议召开\n王建国 李明分别出席会议并讲话\n4月2日，推进会议召开。会议要求各地要立即排查。",
            ["全市危化品安全专项整治推进会议召开", "王建国 李明分别出席会议并讲话"],
        ),
        (
            "市政府召开防汛工作专题会议\n副市长 赵某主持会议并讲话\n会议指出，各地要压实责任。",
            ["市政府召开防汛工作专题会议", "副市长 赵某主持会议并讲话"],
        ),
        (
            "关于开展住建领域安全生产专项排查\n整治工作的通知\n各单位：\n现将有关事项通知如下。",
            ["关于开展住建领域安全生产专项排查整治工作的通知", "各单位："],
        ),
    ],
)
def test_a_subheadline_with_parted_words_is_not_a_titles_tail(text, first_lines):
    assert lines_of(text)[:2] == first_lines


# a flattened page's title run was glued to the first paragraph after it (a strict xfail until glue50:
# layout title_before_body, tests/normalize/test_layout_title_body.py)
def test_a_flattened_title_keeps_its_break_before_the_first_paragraph():
    page = (
        "春季森林防火宣传 县林业局 关于加强春季森林防火工作的通告 为切实做好春季森林防火工作，"
        "保护森林资源，现通告如下。 一、禁止野外用火。 二、各村要加强巡查。"
    )
    assert any(line.endswith("关于加强春季森林防火工作的通告") for line in lines_of(page))
