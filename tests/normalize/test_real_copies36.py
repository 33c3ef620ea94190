"""Real copies, round 36 (issue 14): a page's own headline under a related-articles list in its
header. A site prints its 热门文章/相关新闻 links above the article; the list's items are short lines,
and so is the article's headline. The headline is the one that stands alone right over running text
(the lead): there the list ends, and the headline stays. Every text here is invented; negatives
keep a related list whole where no running text follows an item."""

import pytest

from nlp_pipeline.normalize import normalize

LEAD = "本报讯记者从区应急管理局获悉，全区将于本周起开展为期一个月的燃气安全大排查，各街道要逐户上门检查。"
SECOND = "区应急管理局要求，各企业要立即自查用气设备，发现隐患当场整改。"


def lines_of(text: str) -> list[str]:
    return [line for line in normalize(text).text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        ("热门文章\n\n某镇举办秋季森林防火演练\n县里召开食品安全工作例会\n", "全区启动燃气安全大排查"),
        ("相关新闻\n· 某港区开展台风防御检查\n· 某校组织消防疏散演练\n", "入冬以来首轮燃气入户检查开始"),
        ("猜你喜欢\n\n1. 河道清淤进度过半\n2. 夜市消防通道整治见效\n\n", "学校周边交通隐患专项整治启动 各部门分片包干"),
        ("【相关阅读】\n矿山复工复产验收办法出台\n\n", "冬季取暖季前 区里部署一氧化碳中毒防范"),
        ("往期推荐\n渔船返港检查侧记\n电梯困人应急演练走进社区\n", "建筑工地高温作业有了新规"),
    ],
)
def test_headline_over_the_lead_ends_a_related_list(header, headline):
    text = f"{header}\n{headline}\n\n{LEAD}\n\n{SECOND}\n"
    assert lines_of(text) == [headline, LEAD, SECOND]


@pytest.mark.parametrize(
    "tail",
    [
        "相关新闻\n某镇举办秋季森林防火演练\n县里召开食品安全工作例会\n",  # a list under the body
        "热门文章\n\n某镇举办秋季森林防火演练\n\n县里召开食品安全工作例会\n",  # items parted by blanks
        # an item with its one-paragraph summary: the item goes, the summary is no list line
        "相关阅读\n\n某镇召开汛前检查部署会\n\n3月5日，某镇召开会议部署汛前检查。\n",
        "往期推荐\n· 渔船返港检查侧记\n· 电梯困人应急演练走进社区\n\n版权所有 某某区融媒体中心\n",
    ],
)
def test_related_list_with_no_article_under_an_item_goes(tail):
    text = f"{LEAD}\n\n{SECOND}\n\n{tail}"
    summary = [line for line in tail.split("\n") if line.endswith("。")]
    assert lines_of(text) == [LEAD, SECOND, *summary]


# --- found, not adopted: each moved only a set read this round (docs/normalization.md) --------------


@pytest.mark.xfail(strict=True, reason="an editor's 导言/导语 summary label: moved only r14 (a fit)")
def test_labelled_summary_that_the_lead_repeats_goes():
    lead = "近日，区应急管理局召开燃气安全专题会，部署入冬前排查工作。"
    text = f"全区部署入冬前燃气安全排查\n导言：{lead}\n{lead}\n{SECOND}\n"
    assert lines_of(text) == ["全区部署入冬前燃气安全排查", lead, SECOND]


@pytest.mark.xfail(strict=True, reason="a cut-short summary glued from title, salutation and opening: one page (r14)")
def test_cut_short_summary_of_title_salutation_and_opening_goes():
    title = "某市应急管理局关于做好冬季燃气安全工作的通知"
    salutation = "各区应急管理局，市有关单位："
    summary = f"{title}{salutation}为切实做好冬季燃气安全工"
    body = "为切实做好冬季燃气安全工作，防范化解重大风险，特作如下部署。"
    text = f"{summary}\n\n图片\n\n{title}\n\n{salutation}\n\n{body}\n\n{SECOND}\n"
    assert lines_of(text) == [title, salutation, body, SECOND]
