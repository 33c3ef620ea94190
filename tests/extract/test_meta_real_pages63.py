"""A document's date, type and title on real pages, by structure (issue 13, meta63): a stamp written day first with dots,
a report of a meeting held lately (日前召开) dated by its stamp, a label whose head noun is 标题, a site's Han name dashed
after the headline, a plan's title broken over two lines that its cover letter prints in full, a plan's excerpt whose
items carry its schedule or its division of work. Every text here is written for the test.

The mechanisms lift only read sets (no check or score-only set moves), so by the round's rule they are fits and stay on
the branch meta63-fits; their cases are strict xfails here, the negatives pass. meta66 builds the label, the site's
name and the excerpt's type by the lines' structure (tests/extract/test_meta_titles_types66.py): those cases pass."""

from __future__ import annotations

import pytest

from nlp_pipeline.dates import find_dates
from nlp_pipeline.extract import extract_fields

FIT = pytest.mark.xfail(strict=True, reason="meta63: measured, lifts only read sets (a fit), kept on meta63-fits")


def title_of(text: str) -> str:
    return "".join((extract_fields(text).meta.title or "").split())


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("06.07.2018  06:46", "2018-07-06", marks=FIT),  # a Macau page's stamp, day first with dots
        pytest.param("13.11.2024", "2024-11-13", marks=FIT),
        ("12/12/2025", "2025-12-12"),  # the slashes, as before
        ("2024.06.13", "2024-06-13"),  # the year first, as before
        ("依照第3.1.2020号附表", None),  # negative: a section number has one-digit parts
        ("版本v1.2.2019", None),
    ],
)
def test_a_date_written_day_first(text, day):
    found = find_dates(text)
    assert (found[0].date.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a Macau page's dateline, day first with dots
        pytest.param(
            "市政署巡查食肆燃料存放 呼吁业界注意用气安全\n\n14.08.2019  09:12\n\n"
            "市政署持续巡查食肆的燃料存放，呼吁业界注意场所内的用气安全。\n",
            "2019-08-14",
            marks=FIT,
        ),
        # a report of a meeting held lately: the day the meeting set is no meeting day, the stamp dates the report
        # (meta64's clause rule reads it: the day stands after the clause that reports the meeting)
        pytest.param(
            "青溪县部署汛期渔船安全工作\nnews.example.cn 2024-06-03 18:20:00 来源：青溪新闻网\n"
            "记者从日前召开的全县渔船安全工作会上获悉，6月1日12时起，全县渔船进入禁渔期。会议强调，要落实渔船进港报告制度。\n",
            "2024-06-03",
        ),
        # negative: a meeting with its day keeps that day
        (
            "青溪县部署汛期渔船安全工作\nnews.example.cn 2024-06-03 18:20:00 来源：青溪新闻网\n"
            "6月1日，青溪县召开全县渔船安全工作会议。会议强调，要落实渔船进港报告制度。\n",
            "2024-06-01",
        ),
    ],
)
def test_what_dates_the_page(text, date):
    assert extract_fields(text).meta.date == date


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a field whose label's head noun is 标题
        pytest.param(
            "公文标题：关于开展电梯安全隐患专项排查的通知\n各乡镇人民政府：\n现将有关事项通知如下：各乡镇要在6月10日前完成排查。\n",
            "关于开展电梯安全隐患专项排查的通知",
        ),
        # negative: a title that holds 标题 in its words keeps them
        (
            "关于规范安全警示标牌标题字样的通知\n各乡镇人民政府：\n现将有关事项通知如下：各乡镇要在6月10日前完成更换。\n",
            "关于规范安全警示标牌标题字样的通知",
        ),
        # a plan's title broken over two lines under its cover letter, which prints the name in full (meta64's
        # broken-title rule reads it by the lines alone)
        pytest.param(
            "青川县应急管理局\n青应急〔2025〕12号\n各乡镇人民政府：\n"
            "我局制定了《青川县危险化学品安全风险集中治理实施方案》，现印发给你们，请认真抓好贯彻落实。\n"
            "青川县应急管理局\n2025年3月2日\n青川县危险化学品安全\n\n风险集中治理实施方案\n\n一、工作目标\n"
            "全面排查危险化学品安全风险。\n",
            "青川县危险化学品安全风险集中治理实施方案",
        ),
        # negative: a letter that prints another plan than the one titled keeps the title
        (
            "关于做好汛期安全工作的通知\n各乡镇人民政府：\n"
            "县政府制定了《青川县防汛应急预案》，现印发给你们，请认真抓好贯彻落实。\n",
            "关于做好汛期安全工作的通知",
        ),
        # a site's Han name dashed after the headline
        pytest.param(
            "县市场监管局督导城镇燃气安全专项整治工作-某某官方网站\n发布时间：2024-09-20 10:00\n"
            "县市场监管局组成督导组，对全县燃气企业开展督导检查，要求相关单位立即整改。\n",
            "县市场监管局督导城镇燃气安全专项整治工作",
        ),
        # negative: a net the title is about is no site's name
        (
            "关于织密基层安全生产监管网的通知\n各乡镇人民政府：\n现将有关事项通知如下：各乡镇要在6月10日前完成网格划分。\n",
            "关于织密基层安全生产监管网的通知",
        ),
    ],
)
def test_what_the_title_is(text, title):
    assert title_of(text) == title


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a plan's excerpt: one part's heading, and items that open with the month they end by
        pytest.param(
            "三、整治进度\n（一）2025年3月底前，各乡镇要对辖区加油站进行摸底调查，建立工作台账。\n"
            "（二）2025年5月底前，对安全距离不足的储罐落实整改措施。\n"
            "（三）2025年9月底前，完成整改验收。\n",
            "plan",
        ),
        # a plan's excerpt: one part's heading, and items that close with who leads them and by when
        pytest.param(
            "四、整治内容、工作措施及分工\n（一）摸清风险底数。\n1.全面排查燃气管网。建立管网风险档案。（县住建局牵头，各乡镇负责，2025年6月底前完成）\n"
            "2.排查餐饮用气。建立用气台账。（县市场监管局牵头，各乡镇配合，2025年6月底前完成）\n",
            "plan",
        ),
        # negative: items with their month, but no part of a plan headed
        (
            "近期全县开展燃气安全排查。\n（一）2025年3月底前，各乡镇要完成摸底调查。\n（二）2025年5月底前，各乡镇要完成整改。\n",
            "news",
        ),
        # one part's heading, and one item only with who leads it: a copy that opens on a numbered section is a
        # plan's excerpt (meta66, excerpt_section_opening)
        (
            "三、整治进度\n各乡镇要加快整改进度。\n1.全面排查燃气管网。（县住建局牵头，2025年6月底前完成）\n",
            "plan",
        ),
    ],
)
def test_what_the_document_is(text, doc_type):
    assert extract_fields(text).meta.doc_type == doc_type
