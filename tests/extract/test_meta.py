"""Title, date, doc_type, issuer and region."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.meta import extract_meta
from nlp_pipeline.extract.structure import document_structure

from .samples import MINUTES, NOTICE_WITH_FIELDS, SPEECH, TABLE_PLAN

NEWS = """青禾市召开安全生产专题会议
2022-08-05 10:12:30
青禾日报讯（记者李青）8月4日，市政府召开全市安全生产专题会议，部署下一阶段工作。
会议要求，各县区要立即开展隐患排查。
"""

UNDATED_REPORT = """今天上午，我县召开安全生产工作会议，部署汛期工作。
会议要求，各乡镇要加强值班值守。
"""


def meta(text: str, doc_date: str | None = None):
    return extract_meta(document_structure(text), doc_date)


@pytest.mark.parametrize(
    "text, title, date, doc_type",
    [
        (MINUTES, "关于研究汛期安全生产工作的会议纪要", "2023-06-02", "minutes"),  # meeting date, not 印发
        (SPEECH, "在全镇安全生产工作会议上的讲话", "2022-03-08", "speech"),
        (
            NOTICE_WITH_FIELDS,
            "青禾市安全生产委员会办公室关于开展工贸企业粉尘防爆专项检查的通知",
            "2023-07-10",
            "notice",
        ),  # 落款; issuer over 关于 (conv65)
        (TABLE_PLAN, "松溪县燃气安全专项整治方案", None, "plan"),
        (NEWS, "青禾市召开安全生产专题会议", "2022-08-04", "meeting_report"),  # year from the timestamp
        (UNDATED_REPORT, None, None, "meeting_report"),
    ],
)
def test_meta(text, title, date, doc_type):
    found = meta(text)
    assert (found.title, found.date, found.doc_type) == (title, date, doc_type)


def test_date_override_wins():
    assert meta(MINUTES, "2020-01-01").date == "2020-01-01"


@pytest.mark.parametrize(
    "text, issuer, region",
    [
        (MINUTES, "柳岸县人民政府", "柳岸县"),
        (NOTICE_WITH_FIELDS, "青禾市安全生产委员会办公室", "青禾市"),
        (NEWS, None, "青禾市"),
        (SPEECH, None, None),  # 全镇 names no place
    ],
)
def test_issuer_and_region(text, issuer, region):
    found = meta(text)
    assert (found.issuer, found.region) == (issuer, region)


def test_plan_year_only_for_a_late_plan_naming_next_year():
    import datetime as dt

    from nlp_pipeline.extract.meta import plan_year

    assert plan_year("关于印发《鹭汀县2026年安全生产工作要点》的通知", dt.date(2025, 12, 18)) == 2026
    # issued in the first quarter of its own year: its bare months are that year's (1月底前 is not next year's)
    assert plan_year("关于印发《鹭汀县2026年安全生产工作要点》的通知", dt.date(2026, 1, 8)) == 2026
    assert plan_year("关于印发《鹭汀县2026年安全生产工作要点》的通知", dt.date(2026, 6, 8)) is None
    assert plan_year("关于2024年安全生产工作情况的通报", dt.date(2023, 12, 1)) is None
    assert plan_year(None, dt.date(2025, 12, 18)) is None


@pytest.mark.parametrize(
    "text, title, date",
    [
        # dates in every written form (ANNOTATION.md) and titles behind labels and prefixes
        (
            "关于做好汛期安全工作的通知\n各乡镇：\n请各乡镇做好防汛工作。\n县应急管理局\n二〇二四年五月六日\n",
            "关于做好汛期安全工作的通知",
            "2024-05-06",
        ),
        (
            "信息名称：关于开展燃气安全检查的通知\n发布日期：2024-06-13 09:41\n各乡镇要开展燃气安全检查。\n",
            "关于开展燃气安全检查的通知",
            "2024-06-13",
        ),
        (
            "原标题：区公所加強颱風防範\n發布日期：113-09-17\n各里辦公處應於颱風來襲前完成巡查。\n",
            "区公所加強颱風防範",
            "2024-09-17",
        ),
        ("劳工处加强巡查建筑地盘\n12/12/2025\n劳工处将继续巡查建筑地盘。\n", "劳工处加强巡查建筑地盘", "2025-12-12"),
        (
            "关于进一步加强汛期安全防范工作\n的紧急通知\n各乡镇要立即开展排查。\n县政府办公室\n2024年6月3日\n",
            "关于进一步加强汛期安全防范工作的紧急通知",
            "2024-06-03",
        ),
        # a meeting's month and day take the year of the publish line
        (
            "我县召开二季度安全生产工作会议\n发布时间：2024-04-12 16:35　来源：县应急管理局　浏览次数：1027\n"
            "4月11日下午，县安委会召开二季度安全生产工作会议。会议要求，各乡镇要开展隐患排查。\n",
            "我县召开二季度安全生产工作会议",
            "2024-04-11",
        ),
    ],
)
def test_dates_in_any_form_and_labelled_titles(text, title, date):
    meta = extract_fields(text).meta
    assert (meta.title, meta.date) == (title, date)


@pytest.mark.parametrize(
    "line",
    [
        "各乡镇要于2024年6月30日前完成排查。",  # a sentence holding a date
        "2024年上半年全县发生事故3起",
    ],
)
def test_sentences_are_no_date_lines(line):
    from nlp_pipeline.extract.meta import line_date

    assert line_date(line) is None


def test_a_document_without_its_own_date_resolves_deadlines_in_the_year_it_states():
    extraction = extract_fields(
        "关于做好2024年汛期安全工作的通知\n各乡镇：\n一、各乡镇要于6月底前完成危险区排查。\n"
        "二、县水利局要在15日内完成水库检查。\n"
    )
    meta = extraction.meta
    assert meta.date is None
    assert (meta.reference_date, meta.reference_source) == ("2024-01-01", "year in the title")
    month_end, days = (t.deadline for t in extraction.tasks)
    assert (month_end.text, month_end.date) == ("6月底前", "2024-06-30")
    assert (days.text, days.date) == ("15日内", None)  # a count of days needs the day itself


def test_a_dated_document_records_no_reference():
    meta = extract_fields("关于做好汛期安全工作的通知\n各乡镇要于6月底前完成排查。\n县应急管理局\n2024年6月3日\n").meta
    assert (meta.date, meta.reference_date, meta.reference_source) == ("2024-06-03", None, None)


@pytest.mark.parametrize(
    "text, date",
    [
        # the signature's date beats the site's publish line; a field of another kind is no date line
        (
            "关于汛期问题的通报\n日期：2024-08-19　来源：县应急管理局\n各乡镇要于8月30日前完成整改。\n县安委办\n2024年8月16日\n",
            "2024-08-16",
        ),
        ("关于挂牌督办的通知\n整改期限：2024年12月31日\n各乡镇要立即整改。\n生成日期：2024-10-22\n", "2024-10-22"),
        # a bulletin's month and day, in the year its title states
        (
            "安全生产督办通报\n第7期\n县安委办编　　　　11月17日\n澄溪县2025年秋冬季消防安全督查情况通报\n"
            "11月12日至14日，县安委办组成督查组开展了督查。\n各乡镇要于11月30日前完成整改。\n",
            "2025-11-17",
        ),
    ],
)
def test_which_date_line_dates_the_document(text, date):
    assert extract_fields(text).meta.date == date


@pytest.mark.parametrize(
    "text, date, doc_type",
    [
        # a news lede opens with its day, in the year a stamp or title gives
        (
            "区领导督导检查防汛工作\n2023-05-22 09:00:24\n5月18日下午，区长霍某带领相关部门负责同志督导检查防汛工作，"
            "要求各镇要落实巡查制度。\n",
            "2023-05-18",
            "news",
        ),
        (
            "望川日报 2024年10月23日 第03版：要闻\n秋冬季道路运输安全大检查全面展开\n"
            "记者从市交通运输局获悉，各运输企业要在11月底前完成自查。\n",
            "2024-10-23",
            "news",
        ),
    ],
)
def test_news_dates(text, date, doc_type):
    meta = extract_fields(text).meta
    assert (meta.date, meta.doc_type) == (date, doc_type)


@pytest.mark.parametrize(
    "text, date",
    [
        # a signature after the text beats a date a site's metadata left under the title
        ("关于印发整治方案的通知\n2024年4月8日\n各区县要认真组织实施。\n市交通运输局\n2024年4月3日\n", "2024-04-03"),
        # a page's 更新日期 comes after its 发布日期
        (
            "职安署吁局限空间作业先测再进\n发布日期：113-05-20\n雇主应于作业前测定氧气浓度。\n资料更新日期：113-05-21\n",
            "2024-05-20",
        ),
    ],
)
def test_signature_and_update_dates(text, date):
    assert extract_fields(text).meta.date == date


@pytest.mark.parametrize(
    "text, title, doc_type",
    [
        # without any cue a document of this genre reports something; rules and guides are other
        (
            "楼宇署限月底前交棚网阻燃证明\n楼宇署今日表示，业主须于本月31日或之前提交证明。\n",
            "楼宇署限月底前交棚网阻燃证明",
            "news",
        ),
        (
            "消防机关办理消防安全检查注意事项\n一、检查人员应以编组方式实施检查。\n",
            "消防机关办理消防安全检查注意事项",
            "other",
        ),
        # 通函 is a notice; an email's header lines are never the title
        (
            "机电安全署气体安全科通函\n致：全港食肆东主\n东主须于2026年2月28日或之前安排检查。\n",
            "机电安全署气体安全科通函",
            "notice",
        ),
        (
            "发件人：安环部-陆某 <lu@example.com>\n发送时间：2024年7月9日 17:22\n主题：7月份安全生产例会纪要\n"
            "各车间要于7月12日前完成钢丝绳更换。\n",
            "7月份安全生产例会纪要",
            "minutes",
        ),
        # the title below a metadata table the normalizer kept
        (
            "索引号 | 1151/2024-00087 | 主题分类 | 安全生产\n关于印发《棠川县燃气安全专项整治实施方案》的通知\n"
            "各乡镇要认真组织实施。\n",
            "关于印发《棠川县燃气安全专项整治实施方案》的通知",
            "plan",
        ),
    ],
)
def test_titles_and_types_of_real_copies(text, title, doc_type):
    meta = extract_fields(text).meta
    assert (meta.title, meta.doc_type) == (title, doc_type)


@pytest.mark.parametrize(
    "text, date",
    [
        # a paper's own dateline dates a news report, not the day its lede opens with
        (
            "2024年10月23日\n秋冬季道路运输安全大检查全面展开\n"
            "本报讯（记者戴某）10月22日，记者从市交通运输局获悉，各运输企业要在11月底前完成自查。\n",
            "2024-10-23",
        ),
        # a letter's 发文日期 in ROC years beats the stamp of the page that posted it
        (
            "转知县政府函-请加强工安防护\n张贴日期：2024-11-04 09:12:37\n南屿县政府函\n受文者：竹坑乡公所\n"
            "发文日期：中华民国113年10月31日\n主旨：请转知辖内事业单位加强工安防护措施，请查照。\n",
            "2024-10-31",
        ),
        # minutes are dated by the meeting they record, not by the e-mail that sent them
        (
            "主题：7月份安全生产例会纪要\n发送时间：2024年7月9日 17:22\n各位：\n"
            "附件是7月8日安全例会纪要，正文贴在下面。\n各车间要在7月15日前完成除尘罩检修。\n",
            "2024-07-08",
        ),
        # negative: a site's publish stamp does not date a news report whose lede gives its day
        (
            "区领导督导检查防汛工作\n发布时间:2023-05-22 09:00:24\n5月18日下午，区长霍某带领相关部门督导检查防汛工作，"
            "要求各镇要落实巡查制度。\n",
            "2023-05-18",
        ),
    ],
)
def test_issue_datelines_and_meeting_days(text, date):
    assert extract_fields(text).meta.date == date


def test_a_meetings_year_from_a_document_number_after_the_text():
    text = (
        "县安委会召开第一次全体会议\n3月14日上午，县安委会召开第一次全体会议，部署本年度重点任务。\n"
        "会议要求，各乡镇要在3月底前完成责任书签订。\n文号：苍安委办〔2025〕7号\n"
    )
    assert extract_fields(text).meta.date == "2025-03-14"
