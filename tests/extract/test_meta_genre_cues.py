"""doc_type and meta.date from the document's genre (issue 13, groups 6 and 8; ANNOTATION.md, Document type):
a letter's title is typed by its own genre word, a plan under its cover letter stays a plan when the
copy lost the plan's title line, an arrangement is a plan, a ledger is `other`, a speech thanks its
audience; a speech is dated by the meeting its editor's lede reports, a form by its 填报日期. Every text
here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def meta_of(text: str):
    return extract_fields(text).meta


COVER_LETTER = (
    "青湾县应急管理局\n关于印发《青湾县粉尘涉爆企业隐患治理行动方案》的通知\n各乡（镇）政府，县直各部门：\n"
    "《青湾县粉尘涉爆企业隐患治理行动方案》经局务会审定，特印发给你们，望结合实际抓好落实。\n"
    "青湾县应急管理局\n2024年3月14日\n"
)
LEDGER = (
    "青湾镇2024年四季度消防隐患排查整治台账\n填报单位（盖章）：青湾镇人民政府  统计截止：2024年12月25日\n"
    "序号\t检查日\t单位\t问题\t时限\n1\t2024.10.9\t青湾镇粮站\t灭火器过期\t立即\n"
)


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a letter that calls a meeting is a notice, not a report of the meeting
        (
            "关于召开全镇汛前安全检查部署会议的通知\n各村委会：\n经研究，定于下周召开会议，请按时参加。\n"
            "一、会议时间\n2024年6月3日上午9时\n",
            "notice",
        ),
        # negative: the meeting reported is a meeting report
        (
            "青湾镇召开汛前安全检查部署会议\n6月3日上午，青湾镇召开汛前安全检查部署会议。会议要求，各村要加强巡查。\n",
            "meeting_report",
        ),
        # a letter that asks for plans, or quotes a plan's title, is still a notice
        ("关于报送2025年度消防安全培训计划的通知\n各村委会：\n请于3月底前报送本村培训计划。\n", "notice"),
        (
            "关于认真落实《青湾镇燃气安全隐患清理方案》的通知\n各村委会：\n请对照方案在6月底前把排查做完。\n",
            "notice",
        ),
        # negative: a letter that hands down a plan is the plan's cover
        ("关于下达2025年度消防安全培训计划的通知\n各村委会：\n现将培训计划下达给你们。\n", "plan"),
        # a plan under its cover letter whose own title line the copy lost: its opening says what it is
        (
            COVER_LETTER + "近年来，我县粉尘涉爆事故时有发生。为有效防范事故，制定本方案。\n一、工作目标\n"
            "二、重点任务\n（一）各乡镇要在5月底前完成企业摸底。\n",
            "plan",
        ),
        # negative: the letter alone is a notice
        (COVER_LETTER, "notice"),
        # an arrangement of what is done when and by whom is a plan; a letter about a rota is a notice
        (
            "青湾街道“安全生产月”消防演练及燃气检查安排\n各社区：\n6月份街道将组织演练和检查，日程列下：\n"
            "6月12日 — 燃气泄漏处置演练 — 街道应急办\n",
            "plan",
        ),
        ("关于做好端午节期间值班安排的通知\n各社区：\n请各社区落实24小时值班。\n", "notice"),
        # a ledger is neither report, notice nor plan; a letter asking for one is a notice
        (LEDGER, "other"),
        ("关于建立消防隐患排查整治台账的通知\n各村委会：\n请于5月底前建立本村隐患台账。\n", "notice"),
        # a speech that lost its title thanks its audience; thanks inside a sentence do not make one
        ("今年我讲三点意见。一要压实责任。二要加强巡查。\n谢谢大家！\n", "speech"),
        ("谢谢大家的辛苦付出，今年要再接再厉。\n各村要加强巡查。\n", "news"),
        # a headline that reports what a speaker said at a meeting reports the meeting
        (
            "王某在全市防汛工作会议上强调 压实责任守牢底线\n记者 李某\n王某指出，要压实防汛责任。\n",
            "meeting_report",
        ),
        # negative: what a leader said on an inspection visit is news
        ("王某在检查燃气企业时强调 压实责任守牢底线\n记者 李某\n王某指出，要把企业的责任压实。\n", "news"),
    ],
)
def test_doc_type_by_genre(text, doc_type):
    assert meta_of(text).doc_type == doc_type


@pytest.mark.parametrize(
    "text, title, doc_type",
    [
        # a chat message's bracketed heading that the copy ran into its salutation, under the group's name
        (
            "青湾镇值班群(36)\n⚠️【青湾镇应急办防汛提醒】⚠️各村（社区）：\n今晚有暴雨，请立即组织巡查。\n",
            "青湾镇应急办防汛提醒",
            "notice",
        ),
        # negative: a bracketed label before a sentence is no heading
        (
            "青湾镇防汛工作提示\n【重点】各村要在今晚22时前完成转移。\n请各村立即组织巡查。\n",
            "青湾镇防汛工作提示",
            "notice",
        ),
    ],
)
def test_a_heading_run_into_its_salutation(text, title, doc_type):
    meta = meta_of(text)
    assert (meta.title, meta.doc_type) == (title, doc_type)


@pytest.mark.parametrize(
    "text, day",
    [
        # a speech posted by an account the day after: the meeting its editor's lede reports dates it
        (
            "李某在全县冬季安全生产大会上的讲话\n发稿 2024-11-19 18:06\n"
            "11月18日上午，全县冬季安全生产大会召开，县长李某到会讲话，以下为讲话摘要：\n同志们：\n一要压实责任。\n",
            "2024-11-18",
        ),
        # negative: a meeting the speech itself speaks of is background, not the day it was given
        (
            "李某在全县冬季安全生产大会上的讲话\n发稿 2024-11-19 18:06\n同志们：\n"
            "3月5日，市里召开了冬季安全生产大会。一要压实责任。\n",
            "2024-11-19",
        ),
        # negative: the speech's own dateline beats the lede
        (
            "李某在全县冬季安全生产大会上的讲话\n（2024年11月18日）\n同志们：\n3月5日，市里召开了冬季安全生产大会。一要压实责任。\n",
            "2024-11-18",
        ),
        # a form is dated by the day it was filled in, not by the cut-off of the period it covers
        (LEDGER + "填报人：赵某  审核人：钱某  填报日期：2024年12月28日\n", "2024-12-28"),
        # negative: nor by the day of a check in its rows
        (LEDGER, None),
    ],
)
def test_the_day_of_a_speech_and_a_form(text, day):
    assert meta_of(text).date == day


@pytest.mark.xfail(strict=True, reason="a day-first date with dots (5.3.2025) on a Hong Kong page is not read")
def test_a_dotted_day_first_publish_date():
    assert meta_of("屋宇署加强棚架巡查\n发布日期：5.3.2025\n屋宇署今日表示，将继续巡查。\n").date == "2025-03-05"


# --- the genre's own words on documents nobody here wrote (dlmeta24) ---------------------------------------

RECORD = (
    "青湾化工有限公司\n{title}\n会议时间：2024年11月4日（星期一）09:00—10:00\n主 持 人：周志平（生产副总）\n"
    "一、上月工作回顾\n上月全厂未发生事故。\n二、本月工作要求\n1.各车间要在11月10日前完成消防器材检查。\n"
)


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a meeting's record (会议记录, 会议纪录) is minutes, as a 纪要 is (ANNOTATION.md); so is an untitled one whose
        # chair field a copy spaced out (主 持 人：)
        (RECORD.format(title="安全生产月度例会会议记录"), "minutes"),
        (RECORD.format(title="安全生产月度例会会议纪录"), "minutes"),
        (
            "会议时间：2024年11月4日 09:00—10:00\n会议地点：三楼会议室\n主 持 人：周志平\n记 录 人：李倩\n"
            "一、各车间要在11月10日前完成消防器材检查。\n",
            "minutes",
        ),
        # negative: a letter about keeping records is a notice
        ("关于规范会议记录管理的通知\n各科室：\n请各科室按统一格式做好会议记录。\n", "notice"),
        # an office's reminder and warning message, and a letter known by its closing formula, are notices
        (
            "青湾生活圈\n本地生活资讯平台\n各商户、各居民小区物业：\n元旦将至，人员聚集增多。"
            "现将冬季用火用电注意事项提示如下：\n一、各商场要加强值守，严禁堵塞疏散通道。\n",
            "notice",
        ),
        ("燃气领域节日安全预警提示信息\n近期气温骤降，用气量大增，各燃气企业要加强巡检，严禁违规充装。\n", "notice"),
        (
            "青安办函〔2024〕21号\n青湾镇人民政府：\n5月6日，你镇发生一起较大险情。请你镇组织调查，5月20日前书面回复县安委办。\n"
            "此函。\n青湾县安委会办公室\n2024年5月8日\n",
            "notice",
        ),
        # negative: a report that a body issued a reminder is news of it
        (
            "消防部门发布节日消防安全提醒\n本报讯（记者 王某）记者从县消防救援大队获悉，大队近日发布节日消防安全提醒，"
            "提醒市民注意用火用电安全。\n",
            "news",
        ),
    ],
)
def test_the_genres_own_words(text, doc_type):
    assert meta_of(text).doc_type == doc_type


@pytest.mark.parametrize(
    "text, day",
    [
        # a speech's byline that a copy ran into its bracketed dateline
        (
            "在全县冬季消防工作推进会上的讲话\n县应急管理局局长 周志平（2024年11月5日，据录音整理）\n同志们：\n"
            "今天的会议很重要。各乡镇要在十一月底前把自查做完。\n谢谢大家！\n",
            "2024-11-05",
        ),
        # negative: a limit in brackets after a field is no dateline
        (
            "在全县冬季消防工作推进会上的讲话\n各乡镇 整改期限（2024年11月29日前）\n同志们：\n"
            "今天的会议很重要。各乡镇要在十一月底前把自查做完。\n谢谢大家！\n",
            None,
        ),
    ],
)
def test_a_speech_dated_in_its_byline(text, day):
    assert meta_of(text).date == day


# The verbs that hold a meeting are a closed class (召开, 举行, 主持); a meeting cited as the ground of the text's own
# requests (按照…召开的…会议要求) is not one it reports; a letter's own 提出要求如下 is a notice's form.
@pytest.mark.parametrize(
    "text, doc_type",
    [
        ("柳湾区举行2025年防汛工作动员会议\n区长在会上要求，各街道要落实巡堤查险责任。\n", "meeting_report"),
        (
            "台风临近 乡公所全面整备\n今日上午，乡长于乡公所主持防台应变会议，指示各村清理排水沟渠。\n",
            "meeting_report",
        ),
        # negatives: a meeting the letter cites; a drill held is no meeting
        (
            "各乡镇应急办：\n为做好汛期工作，按照市应急局召开的全市防汛调度会议要求，现提出要求如下：\n"
            "一、各乡镇要立即开展隐患排查。\n",
            "notice",
        ),
        ("柳湾中学举行消防疏散演练\n师生有序撤离到操场，消防队员讲解灭火器使用方法。\n", "news"),
        # what 召开 holds is a meeting, whatever kind the noun before 会 names
        (
            "|\n为压实企业主体责任，6月12日上午，柳湾镇召开了危化品企业安全生产警示约谈会，镇属企业负责人参加。\n"
            "镇长要求，各企业要在月底前完成自查。\n",
            "meeting_report",
        ),
        (
            "冬春季道路交通安全工作会召开\n11月3日，县交通运输局召开冬春季道路交通安全工作会，部署春运前隐患排查。\n",
            "meeting_report",
        ),
        # negatives: 会同 after a meeting that is only announced is no meeting held
        (
            "各乡镇：\n县防指将于近期召开，请各乡镇会同驻村干部做好准备。\n一、各乡镇要立即开展隐患排查。\n",
            "notice",
        ),
    ],
)
def test_meeting_verbs_and_cited_meetings(text, doc_type):
    assert meta_of(text).doc_type == doc_type


@pytest.mark.parametrize(
    "text, date",
    [
        # a lede that opens with a bare day: the meeting is in the month of the page's publish stamp
        (
            "青湾市举行安全生产月启动会议\n2026-06-04 09:15\n2日，青湾市举行安全生产月启动会议。会议要求各区加强宣传。\n",
            "2026-06-02",
        ),
        # negative: a lede with its month keeps that month
        (
            "青湾市举行安全生产月启动会议\n2026-06-04 09:15\n5月30日，青湾市举行安全生产月启动会议。会议要求各区加强宣传。\n",
            "2026-05-30",
        ),
    ],
)
def test_a_lede_opening_with_a_bare_day(text, date):
    assert meta_of(text).date == date


@pytest.mark.parametrize(
    "chrome, date",
    [
        # a site's stamp with its minute and a publish field after it, removed as chrome, dates the page
        (("2026-07-08 10:15:42 来源:某某客户端 编辑:\n",), "2026-07-08"),
        # negatives: a related link's day with a headline; a stamp with nothing of a publish line after it
        (("2026-05-07 16:02 县应急局召开防汛会议\n",), None),
        (("2026-05-07 县应急局召开防汛会议\n",), None),
    ],
)
def test_a_removed_publish_stamp_dates_the_page(chrome, date):
    text = "市场监管局发出通知 做好汛期电梯安全工作\n通知要求，各地要督促使用单位开展电梯隐患排查。\n"
    assert extract_fields(text, removed_chrome=chrome).meta.date == date


@pytest.mark.parametrize(
    "cells, date",
    [
        # a metadata table's date field in `|` cells dates the page, as a `发布日期：` line does
        ("发布日期 | 2026 年 3 月 2 日 |", "2026-03-02"),
        # negative: a ledger row with the date among other cells is no date field
        ("检查日期 | 2026年3月2日 | 县燃气站 | 未整改 |", None),
    ],
)
def test_a_date_field_in_table_cells(cells, date):
    text = f"校园公告\n公告主旨 | 转知防灾演练实施计划 |\n{cells}\n公告内容 | 请各班导师于演练当日引导学生疏散。 |\n"
    assert meta_of(text).date == date


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # the verb inside a letter's 关于 frame (关于发布…预警信号的通知) is the letter's subject: the letter is a notice
        (
            "澄河县防汛抗旱指挥部关于发布2024年第3号山洪灾害黄色预警的通知\n各乡镇人民政府：\n"
            "预计未来24小时我县沿河地区有暴雨，各乡镇要立即组织巡查转移。\n",
            "notice",
        ),
        (
            "关于下发2025年度工贸企业执法检查计划调整事项的通知\n各执法中队：\n请各中队按调整后的安排开展检查。\n",
            "notice",
        ),
        # negative: a headline that reports that a body issued a warning is news of it
        ("澄河县气象台发布暴雨橙色预警 多部门联动应对\n本报讯 昨日下午，县气象台发布暴雨橙色预警。\n", "news"),
        ("市防指下发通知部署台风防御工作\n本网讯 记者从市防指获悉，市防指昨日下发紧急通知。\n", "news"),
        # a form an office hands its parties the work on is a notice
        (
            "南屏区安全生产委员会办公室\n燃气安全重点工作交办单\n交办对象：区住建局、各街道办事处\n"
            "一、各街道要在5月底前完成餐饮场所燃气报警器安装核查。\n",
            "notice",
        ),
        ("重大火灾隐患挂牌督办单\n督办对象：南屏区物流园\n该园区须于10月15日前完成消防通道整改。\n", "notice"),
    ],
)
def test_letter_frames_and_directive_forms(text, doc_type):
    assert meta_of(text).doc_type == doc_type


def test_a_register_is_no_directive_form():
    assert meta_of("危险化学品出入库登记单\n序号\t品名\t数量\t经办人\n1\t液氨\t2吨\t王某\n").doc_type != "notice"


@pytest.mark.parametrize(
    "field_line, day",
    [
        ("编号：南安委办交〔2025〕14号        交办日期：2025-04-02", "2025-04-02"),
        ("督办编号：第7号　　督办日期：2024年9月18日", "2024-09-18"),
    ],
)
def test_a_directive_form_is_dated_by_its_hand_out_field(field_line, day):
    text = (
        f"南屏区安全生产委员会办公室\n燃气安全重点工作交办单\n{field_line}\n交办对象：区住建局\n"
        "3月1日，邻区一餐馆发生燃气爆炸。区住建局要在5月底前完成全区餐饮场所燃气报警器安装核查。\n"
    )
    assert meta_of(text).date == day


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a page posted under the meeting's name whose opening says it records the meeting's decisions: minutes
        (
            "区政府第15次常务会议\n2024年3月8日，区长主持召开区政府第十五次常务会议。现将会议研究决定的事项纪要如下：\n"
            "一、会议研究了春季森林防火工作。会议要求，各街道要在清明节前完成林区巡护队伍组建。\n",
            "minutes",
        ),
        (
            "青岭矿业公司三月安全办公会\n3月4日下午，公司在调度室召开安全办公会，现将会议纪要如下。\n"
            "一、井下运输大巷的积水问题由机电科在3月10日前处理完毕。\n",
            "minutes",
        ),
        # negative: a report of the meeting that does not record its decisions stays a meeting report
        (
            "区政府召开第15次常务会议\n3月8日，区长主持召开区政府第十五次常务会议，研究春季森林防火等工作。\n"
            "会议要求，各街道要在清明节前完成林区巡护队伍组建。\n",
            "meeting_report",
        ),
        # negative: minutes a report only cites do not make it minutes
        (
            "区安委办召开燃气安全推进会\n3月8日，区安委办召开推进会，通报第3期会议纪要确定事项的落实情况。\n"
            "会议要求，各街道要在月底前完成燃气用户入户检查。\n",
            "meeting_report",
        ),
    ],
)
def test_minutes_say_so_in_their_opening(text, doc_type):
    assert meta_of(text).doc_type == doc_type


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # an agreement the parties sign is ANNOTATION.md's other, whatever its field
        (
            "石门镇2025年度森林防火目标管理责任书\n甲方：石门镇人民政府\n乙方：石门村村民委员会\n"
            "为压实护林防火责任，甲乙双方签订本责任书。\n一、乙方要在清明节前组建林区巡护队伍。\n",
            "other",
        ),
        (
            "建筑施工企业安全生产承诺书\n本企业郑重承诺：严格落实安全生产主体责任，每月至少开展一次隐患自查。\n",
            "other",
        ),
        ("校园安全责任书（2025—2026学年）\n乙方要每周检查一次教学楼疏散通道。\n", "other"),
        # the copy lost its title: the opening says the parties sign the book
        (
            "甲方：县交通运输局\n乙方：县汽车客运站\n为压实春运安全责任，经双方协商，签订本安全责任书。\n"
            "一、乙方要落实进站安检制度，严禁危险品上车。\n",
            "other",
        ),
        # negative: a letter about signing the books is a notice
        (
            "关于签订2025年度安全生产目标责任书的通知\n各乡镇人民政府：\n请于3月底前与县政府签订目标责任书。\n",
            "notice",
        ),
        # negative: a headline that reports the signing names the book as its verb's object
        (
            "县政府与各乡镇签订安全生产目标责任书\n3月2日，县政府召开全县安全生产工作会议，与各乡镇签订目标责任书。\n",
            "meeting_report",
        ),
        (
            "我县渔船船东签订安全生产承诺书\n5月3日，县农业农村局组织全县渔船船东签订休渔期安全承诺书。\n",
            "news",
        ),
    ],
)
def test_an_agreement_the_parties_sign(text, doc_type):
    assert meta_of(text).doc_type == doc_type


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a headline whose last clause reports a body issuing a notice or asking for comments, after the event
        (
            "多地发生燃气爆炸事故，住建部发出紧急通知\n近日，多地餐饮场所接连发生燃气爆炸，住建部要求各地立即开展排查。\n",
            "news",
        ),
        (
            "关于修订燃气经营许可办法，市住建局公开征求意见\n市住建局起草了办法修订稿，公众可在6月30日前提出意见。\n",
            "news",
        ),
        (
            "暑期将至，教育部发出通知部署学生防溺水工作\n教育部近日发出通知，要求各地中小学在放假前开展一次防溺水教育。\n",
            "news",
        ),
        # negative: a letter's title with a comma is still one noun phrase under its 关于 frame
        (
            "关于认真贯彻全省安全生产会议精神，切实做好汛期安全防范工作的通知\n各乡镇人民政府：\n"
            "各乡镇要在6月10日前完成山洪灾害危险区排查。\n",
            "notice",
        ),
        (
            "关于征求《燃气经营许可办法（修订稿）》意见的函\n各区住建局：\n请于6月30日前将修改意见书面反馈市住建局。\n",
            "notice",
        ),
        # an event clause and a directive clause, no body issuing anything: no cue, the news default
        (
            "入汛以来强降雨频发，各地要严防山洪地质灾害\n各乡镇要在汛前完成危险区人员转移预案修订。\n",
            "news",
        ),
    ],
)
def test_a_headline_that_reports_a_notice_after_its_event(text, doc_type):
    assert meta_of(text).doc_type == doc_type


@pytest.mark.xfail(
    strict=True,
    reason="a headline that reports the office issuing a reminder, over the reminder itself (提示如下), is typed news "
    "by the headline; typing it notice lets the task stage take the headline and public advice as tasks (meta34, "
    "docs/extraction.md)",
)
def test_a_headline_over_the_reminder_it_announces():
    text = (
        "汛期将至！县应急管理局发布防汛安全提示\n为确保汛期安全，县应急管理局提示如下：\n"
        "一、各乡镇要在6月10日前完成山洪危险区人员排查。\n二、各施工工地要停止雨天高处作业。\n"
    )
    assert meta_of(text).doc_type == "notice"
