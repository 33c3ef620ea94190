"""Title, doc_type and date from odd formats and page chrome (s4 analysis, group 7): a scanned
form's letter-spaced title, a title wrapped after its 的, 文号/签发人 and table header lines,
body cues for the type, dates whose year stands in an issue number, dotted dates in a signature
block, 0 among Chinese numerals, an upload stamp against the letter's issue date, a forwarding
note's own date. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


@pytest.mark.parametrize(
    "text, title",
    [
        # a scanned form's title spaced out letter by letter
        (
            "青禾建设工程有限公司\n安 全 隐 患 整 改 通 知 单\n编号：QH-AQ-2025-011\n"
            "现将检查发现的隐患通知如下，请按期整改。\n",
            "安全隐患整改通知单",
        ),
        # a title wrapped after its 的 (a PDF line break), the genre word spaced out on the next line
        (
            "柳湾县安全生产委员会办公室\n柳安办〔2025〕9号\n"
            "关于2025年二季度燃气安全暗访发现问题的\n督 办 通 报\n各乡镇安委会：\n"
            "现将暗访情况通报如下。\n",
            "关于2025年二季度燃气安全暗访发现问题的督办通报",
        ),
        # negative: a line after 的 that does not end in a genre word is not joined
        (
            "关于加强夏季高温作业防护的\n通知要求各企业调整作息\n各企业：\n请落实防暑措施。\n",
            "关于加强夏季高温作业防护的",
        ),
    ],
)
def test_title_of_odd_formats(text, title):
    assert extract_fields(text).meta.title == title


@pytest.mark.parametrize(
    "text",
    [
        # a 文号 line with its 签发人 field
        "柳安办﹝2021﹞31号 签发人：周某\n各乡镇人民政府：\n现将十月份隐患排查情况通报如下。\n",
        # a table's header row
        "序号\t隐患部位\t存在问题\t整改期限\n1\t二号库房\t灭火器过期\t3日内\n请各班组按期整改。\n",
        # an office signing below the text
        "各项目部：\n近日发生多起高处坠落事故。各项目部要立即开展自查。\n特此通知！\n青禾建设集团有限公司工程部\n",
        # a page's navigation
        "跳到主要内容区块\n设为主页收藏本页\n各单位要加强值守。\n",
    ],
)
def test_lines_that_are_never_the_title(text):
    assert extract_fields(text).meta.title is None


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # the body says what the document is, with no title to say it
        ("各项目部：\n近日发生多起高处坠落事故。各项目部要立即开展自查。\n特此通知！\n", "notice"),
        ("各乡镇：\n按照工作安排，现将十月份隐患排查情况通报如下。\n一、总体情况\n", "notice"),
        (
            "为统筹做好2025年全县道路运输安全工作，结合上级部署，制定本要点。\n一、总体目标\n" "全年不发生较大事故。\n",
            "plan",
        ),
        ("会议时间：5月6日\n会议由副总经理主持，现将会议情况纪要如下：\n一、各车间要排查隐患。\n", "minutes"),
        # a letter to a trade is a notice
        ("致全县燃气经营企业的信：夏季用气安全\n各燃气经营企业：\n请于7月底前完成自查。\n", "notice"),
        # negative: a news report that mentions a briefing stays news
        ("县应急局开展节前安全检查\n记者从县应急局获悉，检查组通报了上半年安全形势。\n", "news"),
    ],
)
def test_doc_type_from_body_cues(text, doc_type):
    assert extract_fields(text).meta.doc_type == doc_type


@pytest.mark.parametrize(
    "text, date",
    [
        # the year only in the issue number, the day on the meeting time line
        (
            "青禾精细化工有限公司安全生产例会纪要\n（2025年第14期）\n会议时间：4月9日（星期三）上午8:30—10:15\n"
            "会议地点：第一会议室\n现将会议情况纪要如下：\n一、各车间要在4月15日前完成自查。\n",
            "2025-04-09",
        ),
        # the year in the issue number, the day in the signature (…办公室　4月9日印发)
        (
            "青禾化工安全例会纪要\n（2025年第15期）\n现将会议情况纪要如下：\n一、各车间要在4月20日前完成自查。\n"
            "青禾化工综合办公室          4月16日印发\n",
            "2025-04-16",
        ),
        # a dotted date in a signature block of several fields
        (
            "青禾建设工程有限公司\n安全隐患整改通知单\n现将检查发现的隐患通知如下：\n1.外架连墙件缺失，24小时内整改。\n"
            "签发人：卢某（安全部经理）        签发日期：2025.6.17\n",
            "2025-06-17",
        ),
        # ASCII zero among Chinese numerals
        (
            "各项目部：\n各项目部要在十月份之前完成安全自检。\n特此通知！\n青禾建设集团有限公司工程部\n二0一四年九月十四日\n",
            "2014-09-14",
        ),
        # the letter's issue date, not the page's upload stamp below it
        (
            "致建造业承建商的信件：雨季地盘安全\n发出日期：18/7/2025\n各位承建商：\n请于8月15日前完成自我评核。\n"
            "上载日期：21/7/2025\n",
            "2025-07-18",
        ),
        # a newspaper's masthead date is the only date of the page
        ("当前报章2025年07月23日\n劳工局巡查工地风后安全\n劳工局呼吁承造商在复工前巡视工地。\n", "2025-07-23"),
        # a forwarded notice is dated by its own signature, not by the forwarding note's header over it (conv59: the
        # convention settled in docs/evaluation.md)
        (
            "县应急局关于转发市安委办排查通知的通知\n2025年3月6日（星期四） 下午4:12\n各乡镇应急办：\n"
            "现将市安委办《关于开展危化品排查的通知》转发给你们，请结合以下要求一并落实：\n"
            "1.请于3月12日前反馈联系人。\n各县应急管理局：\n请于3月25日前报送排查情况。\n市安委办\n2025年3月5日\n",
            "2025-03-05",
        ),
        # negative: without a forwarding note, the signature after the text beats a header date
        (
            "县应急局关于开展危化品排查的通知\n2025年3月6日（星期四） 下午4:12\n各乡镇应急办：\n"
            "请于3月12日前反馈联系人。\n县应急局\n2025年3月5日\n",
            "2025-03-05",
        ),
        # a two-digit ROC year on a Taiwanese page that counts years of the Republic (今(96)年)
        ("本局办理春安防火宣导事宜\n日期:96-02-16\n本局将于今(96)年春安期间加强公共场所检查。\n", "2007-02-16"),
        # negative: without years of the Republic in the text, 96-02-16 is no date
        ("本局办理春安防火宣导事宜\n日期:96-02-16\n本局将于春安期间加强公共场所检查。\n", None),
        # a news site's stamp: the time before the date and a time zone after it
        (
            "机电署加强升降机巡查\n09:40 2025-08-04 HKT\n机电署会继续巡查各区升降机，并要求承办商限期维修。\n",
            "2025-08-04",
        ),
        # negative: a clock time before a deadline inside a sentence is no date line; the signature dates it
        ("机电署加强升降机巡查\n承办商须于09:40 2025-08-30前提交报告。\n机电工程署\n2025年8月4日\n", "2025-08-04"),
        # negative: a deadline field's month and day is no date line
        ("青禾化工安全例会纪要\n（2025年第16期）\n整改期限：4月30日前\n请各车间按期整改。\n", None),
    ],
)
def test_date_of_odd_formats(text, date):
    assert extract_fields(text).meta.date == date
