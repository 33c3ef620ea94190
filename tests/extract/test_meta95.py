"""Titles of what content farms and news wires print (issue 13, meta95). A farm's bracket after the title that sells its
copy by freshness, choice or coverage (…工作要点（最新）, （精选）, （通用）, （全文）) is the farm's tag, not the title; a farm's
count of the pieces its page collects (（精选5篇）) is the page's title only where the copy prints those pieces under
headings of their own (…篇1, 第二篇：), the farm's tag where the copy carries one piece. A news wire's credit on its own
line (新闻中心/某县讯, 本报讯) is no title: the headline over it is, also where it ends in ！ under the page's stamp. Near
misses: a bracket that versions or qualifies the document (（试行）, （2024年版）), a count whose pieces the copy prints, a
masthead named 简讯. Left as strict xfails: the classes the golds read both ways (an issuer's line over 关于 at a red-head's
top, a firm's name over its minutes' title, a document number kept after a mail's subject). Every text here is written
for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import find_title
from nlp_pipeline.pipeline import process_raw, raw_from_text

BODY = (
    "2026年，全镇安全生产工作以防范较大事故为重点。\n"
    "一、健全责任体系\n"
    "1.3月底前，镇政府与各村签订安全生产目标责任书。\n"
    "2.各村安全员每月对辖区出租房巡查不少于一次。\n"
)


def title_of(text: str) -> str | None:
    return process_raw(raw_from_text(text), doc_id="m95").meta.title


def farm_page(headline: str, body: str = BODY) -> str:
    return (
        "某某范文网 - 公文写作范文大全 | 工作计划 | 讲话稿\n"
        "首页 > 公文范文 > 工作要点 > 正文\n\n"
        f"{headline}\n\n"
        "发布时间：2026-02-11 20:31:05　　来源：网友投稿　　阅读：912次\n\n" + body
    )


@pytest.mark.parametrize(
    "headline, title",
    [
        ("2026年镇安全生产工作要点（最新）", "2026年镇安全生产工作要点"),
        ("2026年镇安全生产工作要点(精选)", "2026年镇安全生产工作要点"),
        ("2026年镇安全生产工作要点（通用）", "2026年镇安全生产工作要点"),
        ("2026年镇安全生产工作要点（全文）", "2026年镇安全生产工作要点"),
        ("2026年镇安全生产工作要点【2026最新版】", "2026年镇安全生产工作要点"),
        # a count of pieces on a copy that carries one piece: the farm's tag
        ("2026年镇安全生产工作要点（精选3篇）", "2026年镇安全生产工作要点"),
        ("2026年镇安全生产工作要点（2篇）", "2026年镇安全生产工作要点"),
        # near misses: a bracket the document's own title carries stays
        ("2026年镇安全生产工作要点（试行）", "2026年镇安全生产工作要点（试行）"),
        ("2026年镇安全生产工作要点（2026年版）", "2026年镇安全生产工作要点（2026年版）"),
        ("关于公布最新安全生产举报电话的通知", "关于公布最新安全生产举报电话的通知"),
    ],
)
def test_a_farm_tag_after_the_title_is_no_part_of_it(headline, title):
    assert title_of(farm_page(headline)) == title


def test_a_count_whose_pieces_the_copy_prints_is_the_pages_title():
    # near miss: the page collects two pieces, each under its own heading; the count names what the page holds
    body = (
        "2026年镇安全生产工作要点 篇1\n" + BODY + "2026年镇安全生产工作要点 篇2\n" + BODY.replace("3月底前", "4月底前")
    )
    headline = "2026年镇安全生产工作要点（通用2篇）"
    assert title_of(farm_page(headline, body)) == headline


NEWS = (
    "某县政府消防局特别呼吁民众使用燃气热水器时注意通风，门窗勿紧闭，以免一氧化碳中毒。\n"
    "另为了保暖，民众常使用电暖器取暖，消防局提醒民众勿长时间使用，使用时勿共用插头。\n"
)


@pytest.mark.parametrize("credit", ["新闻中心/某县讯", "新闻室／某县讯", "本报讯"])
def test_a_news_wires_credit_line_is_no_title(credit):
    page = f"防疫专线：1922\n\n2026/01/12\n\n寒流来袭|燃气及电器小心使用！\n\n{credit}\n" + NEWS
    assert title_of(page) == "寒流来袭|燃气及电器小心使用！"


@pytest.mark.parametrize(
    "line, title",
    [
        ("新闻中心/某县讯", None),
        # near miss: 简讯 names a bulletin, a masthead the copy may have for its only title
        ("安全生产简讯", "安全生产简讯"),
    ],
)
def test_only_a_wires_credit_is_refused_as_the_title(line, title):
    assert find_title([line, "某县应急管理局编　　2026年1月12日"]) == title


def split(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(
    "text, title",
    [
        pytest.param(
            "某县安全生产委员会办公室文件\n\n某安办〔2026〕3号\n\n某县安全生产委员会办公室\n"
            "关于做好春节期间安全生产工作的通知\n\n各乡镇人民政府，县直有关部门：\n"
            "春节将至，现就有关事项通知如下。\n一、各乡镇要于2月10日前完成一轮安全检查。\n",
            "关于做好春节期间安全生产工作的通知",
            marks=split("an issuer's line over 关于 by era: sealed28-39 join it, sealed40 and r57 keep it apart"),
            id="red-head-issuer-apart",
        ),
        pytest.param(
            "江北恒远新材料有限公司\n2026年第一季度安全生产例会纪要\n\n（安委〔2026〕纪第1号）\n\n"
            "会议时间：2026年3月5日（星期四）上午9:00\n会议地点：行政楼三楼会议室\n主 持 人：王某（总经理）\n"
            "一、生产部要于3月15日前完成叉车检测。\n",
            "2026年第一季度安全生产例会纪要",
            marks=split("a firm's name over its minutes' title: most golds join it"),
            id="firm-over-minutes-apart",
        ),
        pytest.param(
            "发件人: 某市应急管理局值班室 <zbs@example.cn>\n发送时间: 2026年6月16日 星期二 下午 5:08\n"
            "收件人: 市住房和城乡建设局 <bgs@example.cn>\n主题: 关于做好汛期安全防范工作的函（某安函〔2026〕23号）\n\n"
            "市住房和城乡建设局：\n现就有关事项函告如下：\n一、请你局于6月27日前组织一次汛期专项检查。\n",
            "关于做好汛期安全防范工作的函（某安函〔2026〕23号）",
            marks=split("a mail subject's document number: kept 1 (sealed40), dropped 1 (sealed5)"),
            id="mail-subject-number-kept",
        ),
    ],
)
def test_split_title_readings(text, title):
    assert title_of(text) == title
