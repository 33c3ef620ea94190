"""Site chrome around a document's body read by line features (issue 14, analysis8 group 10): a
welcome-and-buttons line, a trail of menu names ending in the title, a search box under the site's
name, an app's instructions at the page's foot, a photo's caption as a page's summary, a site's
summary label and a news lead's 讯…报道： credit. Every text here is invented; negatives keep clean
text as it is."""

import pytest

from nlp_pipeline import normalize
from nlp_pipeline.normalize.lines import LineKind, classify_lines

TITLE = "关于加强汛期尾矿库安全管理的通知"
BODY = "各旗县应急管理局要在7月底前完成尾矿库隐患排查，对发现的问题立即整改。"
BODY2 = "各企业要落实24小时值班制度，发现险情立即报告。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a welcome with the site's buttons on one line: the exclamation mark is no sentence
        (f"欢迎来到某某安全平台! 设为首页 收藏\n{TITLE}\n{BODY}", f"{TITLE}\n{BODY}"),
        # a trail of menu names ending in the title the next line holds; the title line stays
        (f"某某安全网 法规首页 {TITLE}\n\n{TITLE}\n\n{BODY}", f"{TITLE}\n{BODY}"),
        # a menu's links one a line above the title, one printed twice
        (f"政务公开\n办事指南\n政务公开\n公开制度\n\n{TITLE}\n{BODY}", f"{TITLE}\n{BODY}"),
        # negative: short header lines none of which repeats (a document's own header) stay
        (
            f"特急\n某政发〔2024〕8号\n某县政府\n\n{TITLE}\n{BODY}",
            f"特急\n某政发〔2024〕8号\n某县政府\n{TITLE}\n{BODY}",
        ),
        # a search box under the site's name: both are the page's top, not the document's
        (f"某某区人民政府\n热门搜索：\n\n{TITLE}\n{BODY}", f"{TITLE}\n{BODY}"),
        # a site's summary under its own label above the body
        (f"{TITLE}\n核心提示：某某县2024年尾矿库安全管理要点。\n{BODY}", f"{TITLE}\n{BODY}"),
        # an app's instructions at the foot, written in sentences, with the site's links above them
        (
            f"{TITLE}\n{BODY}\n{BODY2}\n云上某县\n某县发布\n"
            "• 欢迎下载“云上某县”APP、关注某县政府网官方微信“某县发布”\n"
            "• ① 打开微信——发现——扫一扫，扫描左侧的“云上某县”二维码下载APP。\n【 打印 】",
            f"{TITLE}\n{BODY}\n{BODY2}",
        ),
        # a news story's lead credit in the 报道： frame goes; the story starts after it
        (
            "某某新闻讯 记者王某某报道：4月26日，某市召开安全生产视频会议，会议要求各地开展隐患排查。",
            "4月26日，某市召开安全生产视频会议，会议要求各地开展隐患排查。",
        ),
        # a photo's caption with the reporter's credit goes
        (f"{TITLE}\n{BODY}\n巡查队员在检查广告招牌。（记者林某某摄）\n{BODY2}", f"{TITLE}\n{BODY}\n{BODY2}"),
        # negatives: the bracketed lead credit stays (the gold sets keep it as the story's opening) ...
        (
            "某某日报讯（记者李某）7月27日晚，县应急局组织巡查，要求各乡镇落实值班。",
            "某某日报讯（记者李某）7月27日晚，县应急局组织巡查，要求各乡镇落实值班。",
        ),
        # ... a welcome inside a sentence, a search in a directive, 导读 inside a sentence
        (f"{TITLE}\n欢迎来到现场的各位同志！{BODY}", f"{TITLE}\n欢迎来到现场的各位同志！{BODY}"),
        (f"{TITLE}\n搜索救援队要在2小时内到位。\n{BODY}", f"{TITLE}\n搜索救援队要在2小时内到位。\n{BODY}"),
        (f"{TITLE}\n各单位要做好导读工作。\n{BODY}", f"{TITLE}\n各单位要做好导读工作。\n{BODY}"),
        # ... a document whose signature is followed by its own last sentence, no chrome anywhere
        (
            f"{TITLE}\n{BODY}\n某县应急管理局\n2024年6月3日\n{BODY2}",
            f"{TITLE}\n{BODY}\n某县应急管理局\n2024年6月3日\n{BODY2}",
        ),
        # ... a line that repeats the title with no menu names before it is no trail
        (f"{TITLE}\n{TITLE}\n{BODY}", f"{TITLE}\n{BODY}"),
        # a public account's follow prompt under the title, its list of earlier posts at the foot
        (
            f"{TITLE}\n\n点击上方绿字 订阅\n\n{BODY}\n\n往期推荐\n▶ 某镇召开防汛部署会\n▶ 暑假将至，这份提醒请转给孩子！\n",
            f"{TITLE}\n{BODY}",
        ),
        # a content farm's counter of the articles it collected, above a title it repeats
        (f"第一篇：{TITLE}\n\n{TITLE}\n{BODY}", f"{TITLE}\n{BODY}"),
        # a forum post's buttons under the body, and a reply under them
        (
            f"{TITLE}\n{BODY}\n\n使用道具 举报\n\n某网友 发表于 2024-5-13 08:45:00\n说得好，服务大家。\n回复 支持 反对",
            f"{TITLE}\n{BODY}",
        ),
        # a page's publishing unit and its font-size control under the title; the date stays
        (
            f"{TITLE}\n\n发布日期：2024-07-22\n发布单位：某某处 职业卫生科\n\n字级：小 中 大\n\n{BODY}",
            f"{TITLE}\n2024-07-22\n{BODY}",
        ),
        # a content farm's advert with its button at the top, a bare summary label above the summary
        (f"某某写作神器，超级方便！ 立即了解\n\n{TITLE}\n\n【摘要】\n\n{BODY}", f"{TITLE}\n{BODY}"),
        # negative: an exclamation that ends in an order, not a button, stays
        (f"{TITLE}\n{BODY}\n确保安全！立即落实", f"{TITLE}\n{BODY}\n确保安全！立即落实"),
        # a page's download list at its foot: the files' type and size in brackets
        (
            f"{TITLE}\n{BODY}\n\n下载：\n某某操作手册（2024年修订）（PDF 档案，2.7MB）\n应变计划范本（Word 档案，86KB）\n",
            f"{TITLE}\n{BODY}",
        ),
        # negative: a sentence asking for a file of a type and size stays
        (
            f"{TITLE}\n{BODY}\n请将报告（PDF格式，不超过2MB）发送至邮箱。",
            f"{TITLE}\n{BODY}\n请将报告（PDF格式，不超过2MB）发送至邮箱。",
        ),
        # negative: a lone word 举报 or 回复 inside the body is no forum button row
        (f"{TITLE}\n{BODY}\n举报\n{BODY2}", f"{TITLE}\n{BODY}\n举报\n{BODY2}"),
        # negative: a sentence about watching something above stays
        (f"{TITLE}\n上方来电请及时关注处置\n{BODY}", f"{TITLE}\n上方来电请及时关注处置\n{BODY}"),
    ],
)
def test_site_chrome_goes_and_the_document_stays(text, expected):
    assert normalize(text).text == expected


def test_a_caption_summary_keeps_its_date_as_the_dateline():
    """A page whose summary (date …) is a photo's caption: the caption goes, its date stays as the
    dateline when the page has no other."""
    text = f" date 2025-11-12 县长在会上听取各局处汇报。（记者方某某摄）\n\n{BODY}"
    assert normalize(text).text == f"2025-11-12\n{BODY}"


def test_the_title_under_a_trail_is_the_title():
    kinds = classify_lines(f"某某安全网 法规首页 {TITLE}\n{TITLE}\n{BODY}")
    assert kinds == [LineKind.CHROME, LineKind.TITLE, LineKind.PROSE]


NUMBERED_TITLE = "某某省安全生产委员会关于印发《某某省安全生产委员会2025年工作要点》的通知（某安〔2025〕2号）"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law database's cells one a line under the title, with no blank line between them
        (
            f"{NUMBERED_TITLE}\n发布单位\n某某省安全生产委员会\n发布文号 某安〔2025〕2号\n"
            f"发布日期 2025-02-01 生效日期 2025-02-01\n有效性状态 废止日期 暂无\n备注\n\n{BODY}",
            f"{NUMBERED_TITLE}\n2025-02-01\n{BODY}",
        ),
        # cells with the date alone in its cell: a block's date, not kept beside the signature's
        (
            f"{TITLE}\n\n索引号\n0001/2024-001\n文件类型\n通知\n发文字号\n某政办发〔2024〕20号\n"
            f"发布日期\n2024年06月27日 10:55:21\n\n{BODY}\n某县人民政府办公室\n2024年6月11日",
            f"{TITLE}\n{BODY}\n某县人民政府办公室\n2024年6月11日",
        ),
        # the page's buttons and labels between the title and the body, blank lines between them
        (
            f"{TITLE}\n\n收藏\n\n下载法规\n\n我要纠错\n\n条款摘要\n\n原文版权归原版权人拥有\n\n"
            f"发文字号:某应急字〔2025〕7号\n\n颁布部门:某某应急管理厅\n\n颁布日期:2025-07-01\n\n{BODY}",
            f"{TITLE}\n2025-07-01\n{BODY}",
        ),
        # a breadcrumb opened by its label, however long the title at its end
        (
            f"当前位置：首页 » 政策法规 » 地方法规 » {NUMBERED_TITLE}\n{NUMBERED_TITLE}\n{BODY}",
            f"{NUMBERED_TITLE}\n{BODY}",
        ),
        # negatives: a subtitle and the speaker under a speech's title stay (no chrome around them) ...
        (
            f"在全县安全生产工作会议上的讲话\n——县长 王某某\n（2025年3月1日）\n{BODY}",
            f"在全县安全生产工作会议上的讲话\n——县长 王某某\n（2025年3月1日）\n{BODY}",
        ),
        # ... an official header's issuer and number under one publish line stay
        (
            f"{TITLE}\n发布时间：2025-06-03 10:00\n\n某县应急管理局\n\n某应急〔2025〕5号\n\n{BODY}",
            f"{TITLE}\n2025-06-03 10:00\n某县应急管理局\n某应急〔2025〕5号\n{BODY}",
        ),
    ],
)
def test_metadata_cells_between_title_and_body(text, expected):
    assert normalize(text).text == expected


def test_a_publish_line_over_a_counter_keeps_its_date():
    """Two chrome lines between the title and the body with no cell between them are a publish line
    and its counter, not a block of cells: the publish line's date stays the dateline."""
    text = f"{TITLE}\n来源:某县应急管理局执法大队2025-03-12 09:26\n浏览量:1|| | ||\n\n{BODY}"
    assert normalize(text).text == f"{TITLE}\n2025-03-12 09:26\n{BODY}"
