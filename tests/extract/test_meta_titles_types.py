"""meta.title and meta.doc_type (analysis7 group 12): a forwarding title keeps 转发, a summary block's
bullet point or a sentence piece is no title, a bracketed heading is read without its brackets, and a
cover letter that prints a plan is a plan only when the plan stands in the text. Every text here is
written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def meta_of(text: str):
    return extract_fields(text).meta


@pytest.mark.parametrize(
    "text, title",
    [
        # a forwarding notice's title keeps its 转发; an e-mail's 转发： label goes
        (
            "转发市应急管理局关于做好高温天气安全防范工作的通知\n各企业：\n现将通知转发给你们，请认真落实。\n",
            "转发市应急管理局关于做好高温天气安全防范工作的通知",
        ),
        (
            "主题：转发：关于做好高温天气安全防范工作的通知\n各企业：\n请认真落实。\n",
            "关于做好高温天气安全防范工作的通知",
        ),
        # a page's pointer (详见：) is no part of the title
        (
            "详见：区政府办公室关于做好当前防火工作的紧急通知\n各街道要加强巡查。\n",
            "区政府办公室关于做好当前防火工作的紧急通知",
        ),
        # a headline over a summary block: its bullet points hold title words (通知书) but are not the title
        (
            "屋宇处完成棚架特别巡查 承建商须于七月底前完成检验\n8/7/2025 10:15\n【重点】\n"
            "● 棚架检验限期：31/7/2025\n● 1/8/2025起无有效证明即发停工通知书\n屋宇处今日公布巡查结果，共巡查200个地盘。\n",
            "屋宇处完成棚架特别巡查 承建商须于七月底前完成检验",
        ),
        # a chat message's bracketed heading; a wrapped sentence quoting a notice is not the title
        (
            "【紧急通知】\n各村委会：\n根据镇防指〔2025〕8号\n《关于启动防台风Ⅳ级应急响应的通知》，镇防指决定自今晚起\n"
            "启动应急响应。\n各村要在今晚22时前完成人员转移。\n",
            "紧急通知",
        ),
    ],
)
def test_the_title_line(text, title):
    assert meta_of(text).title == title


PRINTED_TITLE = "关于印发《青石县2025年夏季燃气安全排查整治任务分解》的通知\n各乡镇人民政府，县直有关单位：\n"
LETTER = "现将《青石县2025年夏季燃气安全排查整治任务分解》印发给你们，请认真抓好落实。\n"
PLAN = "附件\n青石县2025年夏季燃气安全排查整治任务分解\n一、县住建局要在6月底前完成全县燃气管网排查。\n"


@pytest.mark.parametrize(
    "text, doc_type",
    [
        (PRINTED_TITLE + LETTER + "\n青石县安全生产委员会\n2025年5月8日\n" + PLAN, "plan"),  # the plan is printed
        (
            PRINTED_TITLE + LETTER + "各乡镇要加强组织领导，确保按期完成。\n\n青石县安全生产委员会\n2025年5月8日\n",
            "notice",
        ),
        # without a title, the letter's first paragraph names what it prints
        (
            "各乡镇人民政府：\n县安委办调整了《青石县创建安全发展示范县重点任务责任清单》，现印发给你们，请认真抓好落实。\n"
            "一、要提高思想认识，切实增强责任感。\n",
            "notice",
        ),
        # a printed plan wrapped over two lines still stands in the text
        (
            PRINTED_TITLE
            + LETTER
            + "\n青石县安全生产委员会\n2025年5月8日\n青石县2025年夏季燃气安全\n排查整治任务分解\n一、县住建局要在6月底前完成排查。\n",
            "plan",
        ),
    ],
)
def test_a_cover_letter_that_prints_a_plan(text, doc_type):
    assert meta_of(text).doc_type == doc_type


def test_a_forwarded_rule_is_not_typed_by_the_printed_plan_rule():
    text = "关于转发《安全生产检查办法》的通知\n各乡镇：\n现将《安全生产检查办法》转发给你们，请遵照执行。\n"
    assert meta_of(text).doc_type == "notice"


def test_a_meeting_to_come_does_not_date_a_news_report():
    text = (
        "屋宇处完成棚架特别巡查\n2025年7月8日\n屋宇处今日公布巡查结果，共巡查200个地盘。\n"
        "处方会于七月内举办简介会，分别在七月十五日及七月二十二日举行，欢迎业界参加。\n"
    )
    assert meta_of(text).date == "2025-07-08"


@pytest.mark.parametrize(
    "menu",
    [
        "首页 要闻 本地 民生 订阅通知 电子版",
        "订户专区 我的收藏 活动通知 数字报（学生版） 往期回顾",
    ],
)
def test_a_row_of_menu_items_is_not_the_title(menu):
    # a site's navigation row, however its items read (订阅通知), is chrome; the headline is the title
    text = (
        f"{menu}\n工地棚架工人高处堕下受伤 当局促承建商检视安全措施\n2025-08-10 17:12\n"
        "一名工人昨日在工地棚架工作时堕下受伤。劳工处表示，承建商须立即检视工作程序。\n"
    )
    assert extract_fields(text).meta.title == "工地棚架工人高处堕下受伤 当局促承建商检视安全措施"


def test_a_headline_of_two_spaced_clauses_stays_the_title():
    text = "台风逼近 本所加强防台整备 请各里配合办理\n2025-08-10\n本所已启动防台应变小组，请各里长协助清理沟渠。\n"
    assert extract_fields(text).meta.title == "台风逼近 本所加强防台整备 请各里配合办理"


FORWARDING_TITLE = "关于转发县住建局等部门《青石县建筑工地汛期安全检查方案》的通知\n各乡镇人民政府，县直有关单位：\n"
FORWARDING_LETTER = (
    "县住建局、县水利局制定的《青石县建筑工地汛期安全检查方案》已经县政府同意，现转发给你们，请认真执行。\n"
)


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a letter that forwards a plan other bodies drew up is its cover letter: a plan when the plan is printed
        (
            FORWARDING_TITLE
            + FORWARDING_LETTER
            + "\n青石县人民政府办公室\n2025年5月6日\n青石县建筑工地汛期安全检查方案\n一、各施工企业要在6月10日前完成基坑排水设施自查。\n",
            "plan",
        ),
        (
            "县教育局关于转发市教育局《中小学校舍安全隐患排查工作计划》的通知\n各中小学校：\n现将市教育局制定的计划转发给你们。\n"
            "县教育局\n2025年3月2日\n中小学校舍安全隐患排查工作计划\n一、各校要在4月底前完成校舍安全自查。\n",
            "plan",
        ),
        # negative: the copy holds the letter alone
        (
            FORWARDING_TITLE
            + FORWARDING_LETTER
            + "各乡镇要结合防汛工作统筹推进。\n\n青石县人民政府办公室\n2025年5月6日\n",
            "notice",
        ),
        # negative: a forwarded notice prints no plan, whatever plan it mentions
        (
            "关于转发《市应急管理局关于做好汛期尾矿库安全工作的通知》的通知\n各乡镇：\n现将通知转发给你们，请按照通知附带的检查方案开展排查。\n",
            "notice",
        ),
    ],
)
def test_a_cover_letter_that_forwards_a_plan(text, doc_type):
    assert meta_of(text).doc_type == doc_type
