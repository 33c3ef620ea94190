"""A title never goes with the chrome it is glued to or framed by: a headline after a spam line's web
address keeps the headline, a headline between `|` separators over the publish stamp is the title, not
a breadcrumb step; a title whose one compound keyword names both its sectors gives both to the tasks
(issue 13 and 14, meta80). Texts written for this project."""

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text

from .replayed_text import assert_keeps_and_drops

NOTICE_BODY = (
    "各乡镇（街道）、县直有关单位：\n"
    "受连续降雨影响，清水河水位持续上涨，为确保河堤度汛安全，现通知如下：\n"
    "一、沿河各乡镇要立即组织人员上堤巡查，实行24小时不间断值守。\n"
    "二、县水利局要派出技术人员，加强险工险段的巡查指导。\n"
)
MEETING_BODY = (
    "6月3日，我县召开2024年度迎峰度夏电力保供工作会议。\n"
    "副县长李某要求，各镇、各有关部门要加强设备巡查和检修，确保电网安全稳定运行。\n"
)

# (case, page, what stays, what goes)
CASES = [
    (
        "a spam line's web address glued to the title: the title stays",
        "某某皮肤病医院 http://example.net/河源县防汛指挥部关于加强清水河堤防值守的通知\n" + NOTICE_BODY,
        ["河源县防汛指挥部关于加强清水河堤防值守的通知\n各乡镇"],
        ["某某皮肤病医院", "example.net"],
    ),
    (
        "an address with its path glued to the title",
        "好看影视 www.example.com/news/2024/关于做好汛期安全工作的紧急通知\n" + NOTICE_BODY,
        ["关于做好汛期安全工作的紧急通知"],
        ["好看影视", "www.example.com"],
    ),
    (
        "a headline between separators over the publish stamp",
        "|\n|\n我县召开迎峰度夏电力保供会\n|\n作者:王某 来源:某某日报 浏览次数:512 发布时间:[2024-6-4] |\n"
        + MEETING_BODY,
        ["我县召开迎峰度夏电力保供会"],
        ["浏览次数"],
    ),
]

# near misses: chrome that holds no title still goes
DROPPED = [
    (
        "a site's name and address alone",
        "某某公文范文网 www.example.com\n关于加强清水河堤防值守的通知\n" + NOTICE_BODY,
        ["关于加强清水河堤防值守的通知"],
        ["某某公文范文网"],
    ),
    (
        "a breadcrumb's step between separators, the headline under the last one",
        "首页\n>\n新闻中心\n>\n我县召开迎峰度夏电力保供会\n发布时间：2024-06-04 来源：某某日报 浏览次数：512\n"
        + MEETING_BODY,
        ["我县召开迎峰度夏电力保供会"],
        ["新闻中心"],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES + DROPPED)
def test_title_glued_to_chrome(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


def record(page: str):
    return process_raw(raw_from_text(page, "page"))


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "某某皮肤病医院 http://example.net/河源县防汛指挥部关于加强清水河堤防值守的通知\n" + NOTICE_BODY,
            "河源县防汛指挥部关于加强清水河堤防值守的通知",
        ),
        (
            "|\n|\n我县召开迎峰度夏电力保供会\n|\n作者:王某 来源:某某日报 浏览次数:512 发布时间:[2024-6-4] |\n"
            + MEETING_BODY,
            "我县召开迎峰度夏电力保供会",
        ),
        (  # near miss: what follows the address is a sentence, no headline; the title is the next line
            "某某医院 http://example.net/专家坐诊，预约电话请拨打。\n关于加强清水河堤防值守的通知\n" + NOTICE_BODY,
            "关于加强清水河堤防值守的通知",
        ),
    ],
)
def test_title_read_from_the_chrome_line(page, title):
    assert record(page).meta.title == title


SECTOR_BODY = (
    "各乡镇（街道）、县直有关单位：\n"
    "受连续降雨影响，清水河水位持续上涨，为确保河堤度汛安全，现通知如下：\n"
    "一、沿河各乡镇要立即组织人员上堤巡查，实行24小时不间断值守，严防洪水漫溢。\n"
    "二、县水利局要派出技术人员，加强险工险段和河堤的巡查指导。\n"
    "三、各有关单位主要领导要亲自带队，严格落实领导带班制度，保持通讯联络畅通。\n"
)


@pytest.mark.parametrize(
    ("title", "sectors"),
    [
        # 防汛 names 自然灾害 and 水利, 河堤 水利: flood defence on the dikes, on a task naming no sector (in the
        # title's subject: an issuer's name before 关于 gives no topic since conv65, tests/extract/test_conv65.py)
        ("河源县人民政府关于加强清水河防汛堤防值守的通知", ["自然灾害", "水利"]),
        # near miss: 燃气 and 危化品, two keywords and none naming both, neither a place: no topic
        ("关于加强燃气和危化品安全值守的通知", []),
    ],
)
def test_title_sectors_paired_by_one_keyword(title, sectors):
    assert sorted(record(f"{title}\n{SECTOR_BODY}").tasks[2].sectors) == sorted(sectors)


def test_documents_own_title_under_a_web_headline():
    """Passes since meta81 (own_title_of_reported_paper): tests/extract/test_meta81.py holds its near misses."""
    page = (
        "某某总局发布关于做好汛期电梯安全工作的紧急通知\n"
        "  • 2024-08-07 08:31:47\n"
        "某某总局办公厅关于做好汛期电梯安全工作的紧急通知\n"
        "各省、自治区、直辖市市场监管局：\n"
        "一、各地要立即组织开展电梯安全排查，发现隐患及时整改。\n"
    )
    assert record(page).meta.title == "某某总局办公厅关于做好汛期电梯安全工作的紧急通知"
