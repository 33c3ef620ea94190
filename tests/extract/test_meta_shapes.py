"""Title, date and doc_type decided by the document's shape (issue 13, metadata): where a page
puts its headline, how a news report speaks of a meeting, a speech or a notice, how a press
release signs its date. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


@pytest.mark.parametrize(
    "text, title",
    [
        # a metadata cell's label and its `|` are chrome, the title after them stays
        (
            "发布机构 | 柳湾县应急管理局 | 生成日期 | 2024-03-13\n"
            "信息名称 | 柳湾县应急管理局关于开展粉尘涉爆企业专项检查的通知\n各乡镇要认真组织实施。\n",
            "柳湾县应急管理局关于开展粉尘涉爆企业专项检查的通知",
        ),
        # a site's name after the headline
        ("渠务署展开雨季前渠道巡查 – HKNews\n渠务署今日表示，将巡查全港主要渠道。\n", "渠务署展开雨季前渠道巡查"),
        # a book title wrapped over two lines is joined
        (
            "关于印发《青屿市城市燃气管网和地下\n设施安全隐患排查整治方案》的通知\n各区要认真组织实施。\n",
            "关于印发《青屿市城市燃气管网和地下设施安全隐患排查整治方案》的通知",
        ),
        # a numbered item is body text even when it holds a title word (报告)
        (
            "屋宇处限期交棚网检验证明\n"
            "一、承建商须在12月31日前上载认可化验所发出的测试报告；\n二、未能提供报告的棚网须拆除。\n",
            "屋宇处限期交棚网检验证明",
        ),
        # the headline stands right above its publish line; a browser notice and the office's name
        # above it are not the title
        (
            "您的浏览器不支援JavaScript功能，若网页功能无法正常使用时，请开启浏览器设定\n"
            "溪口市政府劳动检查处\n酷暑来袭勿轻忽 溪口市劳检处8月起户外作业专案检查\n发布日期：113-07-30\n"
            "劳检处今（30）日表示，将自8月1日起执行户外作业热危害专案检查。\n",
            "酷暑来袭勿轻忽 溪口市劳检处8月起户外作业专案检查",
        ),
        # negative: a subtitle between the headline and the publish line does not take its place
        (
            "秋季道路运输安全检查全面展开\n“两客一危”车辆逐一检查\n发布时间：2024-10-21 08:30\n"
            "记者从市交通运输局获悉，各运输企业要在11月底前完成自查。\n",
            "秋季道路运输安全检查全面展开",
        ),
        # negative: a label whose value is a code is a metadata line, not a title
        ("档号：GS/CIR/2026/004\n燃气装置定期检查安排\n东主须每年安排检查。\n", "燃气装置定期检查安排"),
    ],
)
def test_title_by_page_shape(text, title):
    assert extract_fields(text).meta.title == title


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a report that someone spoke at a meeting is a meeting report, not the speech
        (
            "全省防汛工作视频会议在省城召开 副省长出席并讲话\n会议强调，各地要落实防汛责任。\n",
            "meeting_report",
        ),
        ("市长发表讲话\n6月3日下午，市长在市防汛会商会上强调，要盯防重点水库。\n", "meeting_report"),
        # negative: the speech itself
        ("在全县防汛工作会议上的讲话\n同志们：\n今天召开会议，主要是部署防汛工作。\n", "speech"),
        # a meeting reported either way round: the meeting noun before 召开, or a 专题会
        (
            "溪川网（通讯员：某某）9月26日上午，全市燃气安全排查整治推进会在市政府召开，各乡镇负责人参加。\n"
            "会议明确，各乡镇要在10月底前完成排查。\n",
            "meeting_report",
        ),
        ("8月11日下午，街道召开危化品专项整治督导专题会，要求各社区开展排查。\n", "meeting_report"),
        # a headline reporting that a body sent a notice is news of it
        ("省政府办公厅发出通知：做好高温天气防御应对\n省政府办公厅近日发出通知，要求各地加强防暑降温。\n", "news"),
        ("省森林防火指挥部发出春节森林防火紧急通知\n佳节将至，各地要严防森林火灾。\n", "news"),
        # negative: the notice itself, and a cover letter printing a set of rules
        ("关于做好高温天气防御应对工作的紧急通知\n各市、县人民政府：\n各地要加强防暑降温。\n", "notice"),
        ("关于印发《安全生产约谈办法》的通知\n各乡镇：\n现将办法印发给你们。\n", "notice"),
    ],
)
def test_doc_type_by_shape(text, doc_type):
    assert extract_fields(text).meta.doc_type == doc_type


@pytest.mark.parametrize(
    "text, date",
    [
        # a press release closes with its date, a weekday in brackets and the local time
        (
            "新闻公报\n职安处公布棚架工地执法行动结果\n职安处今日公布，该处于上月进行了特别执法行动。\n"
            "承建商须于十二月三十一日或之前完成自我检查。\n2025年12月12日（星期五）香港时间18时05分\n",
            "2025-12-12",
        ),
        # a bare day in a meeting sentence, in the month of the page's stamp …
        (
            "全国安全生产电视电话会议在京召开\n入库时间：2023-11-30\n"
            "全国安全生产电视电话会议29日在京召开，会议强调，要全力做好岁末年初安全生产工作。\n",
            "2023-11-29",
        ),
        # … or the month before, when the day is later than the stamp's
        (
            "全市安全生产工作会议召开\n发布时间：2024-03-02 10:00\n全市安全生产工作会议29日在市政府召开，会议要求各区开展排查。\n",
            "2024-02-29",
        ),
        # a meeting's month and day, in the year its own sentence states
        ("2月5日，县安委会召开2021年第一次全体会议，会议要求各乡镇开展节后复工检查。\n", "2021-02-05"),
        # negative: a bare day that is no meeting's (限7日内整改) dates nothing
        ("县安委会召开专题会议\n会议要求，各企业限7日内整改到位。\n", None),
    ],
)
def test_meta_date_by_shape(text, date):
    assert extract_fields(text).meta.date == date
