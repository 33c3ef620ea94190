"""A document's date, type and title on real pages, by structure (issue 13, meta62): a stamp's time zone between its date
and its minute, a document number bracketed after the title, a labelled row of page buttons, a sub-heading whose title
word is a paper an office issues, a paper's name in quotes or counted, a meeting not called 会议, a plan known by its
parts' headings. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def title_of(text: str) -> str:
    return "".join((extract_fields(text).meta.title or "").split())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a news site's stamp with its time zone between the date and the minute
        (
            "区消防局巡查旧楼发出千余张整改通知书\n2025-03-04 HKT 10:20\n"
            "区消防局过去两个月巡查约300幢旧楼，发现部分楼宇逃生通道受阻。\n",
            "2025-03-04",
        ),
        # the time zone after the minute, as before
        (
            "区消防局巡查旧楼发出千余张整改通知书\n10:20 2025-03-04 HKT\n"
            "区消防局过去两个月巡查约300幢旧楼，发现部分楼宇逃生通道受阻。\n",
            "2025-03-04",
        ),
    ],
)
def test_a_stamp_with_its_time_zone_dates_the_page(text, date):
    assert extract_fields(text).meta.date == date


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the document number a database prints in brackets after the title
        (
            "关于印发《青川县2025年安全生产工作要点》的通知 (青安〔2025〕3号)\n各乡镇人民政府：\n"
            "《青川县2025年安全生产工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。\n",
            "关于印发《青川县2025年安全生产工作要点》的通知",
        ),
        # negative: an issue counted inside the title stays
        (
            "关于开展第三期燃气隐患排查的通知\n各乡镇：\n现将有关事项通知如下：各乡镇要在6月10日前完成排查。\n",
            "关于开展第三期燃气隐患排查的通知",
        ),
        # a labelled row of page buttons over the headline
        (
            "字号：大 中 小\n县应急局检查汛期在建工地安全\n2025-06-03\n县应急局昨日检查了5个在建工地，督促整改隐患12处。\n",
            "县应急局检查汛期在建工地安全",
        ),
        (
            "字体: 放大 还原 缩小\n县应急局检查汛期在建工地安全\n2025-06-03\n县应急局昨日检查了5个在建工地，督促整改隐患12处。\n",
            "县应急局检查汛期在建工地安全",
        ),
        # a report's sub-heading whose title word is the paper the office issues: the headline above it is the title
        (
            "安全月｜市监局突击检查电梯维保 用远程监测查隐患\n09:30 2026-06-05 HKT\n"
            "市监局今日起展开为期一周的电梯维保专项检查，重点检查困人救援响应。\n"
            "发现违规即发出整改通知书\n市监局如发现违规维保，会即时发出整改通知书。\n",
            "安全月｜市监局突击检查电梯维保用远程监测查隐患",
        ),
        # negative: a letter that issues a warning names it inside its 关于 frame, and is titled so
        (
            "关于发布高温作业安全预警的通知\n各建筑施工企业：\n近期持续高温，现将有关事项通知如下：各企业要调整作业时间。\n",
            "关于发布高温作业安全预警的通知",
        ),
    ],
)
def test_what_the_title_is(text, title):
    assert title_of(text) == title


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a paper's name in quotes in the headline is no type word of the page's own
        (
            "消防处巡查七百幢旧楼 促业主遵办「火警危险通知书」\n2025-05-02 10:00\n"
            "消防处过去两个月巡查约700幢旧楼，发现多处防烟门损坏。\n",
            "news",
        ),
        # papers counted in a report's lede (两份通函) are what it tells of
        (
            "2026-02-03\n市消防局昨日（2月2日）发出两份通函，要求各物业公司加强消防设施管理。两份通函即时生效。\n"
            "市消防局表示，违规者将被追究责任。\n",
            "news",
        ),
        (
            "春节将至，市政府自1月10日起启动工地坠落防护专案检查，至昨日累计检查80个工地，开立停工通知12件。\n"
            "劳工局表示，后续将持续加强执法。\n",
            "news",
        ),
        # negative: a letter without its title still announces itself
        (
            "各乡镇人民政府，县直各单位：\n为做好汛期安全工作，现将有关事项通知如下：\n一、各乡镇要在6月10日前完成排查。\n",
            "notice",
        ),
        # a meeting not called 会议: a 约谈 its chair holds and speaks at
        (
            "市安委办约谈两家企业负责人\n2025-04-10 16:00\n4月9日下午，市安委办对两家隐患突出的企业开展警示约谈。"
            "市安委办副主任主持约谈并讲话。\n约谈提出三点要求。\n",
            "meeting_report",
        ),
        # a speaker reported in a meeting whatever its name
        (
            "2025-12-03\n县长昨（二）日在县务会议中表扬先进单位，同时要求消防、工商等局处全面盘点高风险建筑。\n"
            "县长并提出下列要求：\n一、各局处要加强巡查。\n",
            "meeting_report",
        ),
        # negative: an office that summoned a party, reported without a meeting's acts
        (
            "2025-04-10\n县应急局近日约谈了3家企业负责人，指出了检查中发现的问题。企业负责人表示将立即整改。\n",
            "news",
        ),
        # a plan that lost its title: its parts' headings
        (
            "为做好汛期安全工作，经镇党委、政府研究决定，在全镇开展隐患排查整治行动。\n一、工作目标\n"
            "全面排查各类隐患，实现隐患清零。\n二、排查整治范围\n涵盖道路交通、建筑施工、自建房等领域。\n"
            "三、检查内容及责任分工\n（一）道路交通\n镇交管站负责排查辖区临水临崖路段。\n",
            "plan",
        ),
        # negative: a notice's requests and tasks are headed in both genres
        (
            "近期我县进入主汛期，各类安全风险上升。\n一、主要任务\n各乡镇要全面排查隐患。\n二、工作要求\n"
            "各单位要加强值班值守。\n",
            "news",
        ),
    ],
)
def test_what_the_document_is(text, doc_type):
    assert extract_fields(text).meta.doc_type == doc_type
