"""A document-sharing site's upload day dates a shared copy that states no day of its own (issue 13, meta94). A sharing
site prints the file's row (上传人：…  上传时间：2026-03-02  格式：…) over the copy; normalization removes it as chrome.
When nothing else dates the copy — no signature's day, no dateline, no full date in the text, no day it takes effect —
the upload day is the date, the last resort. Near misses: a shared copy with its signature's day or a full date in its
text keeps that day; a site's update stamp (更新时间：) and a publish field are no upload; a sentence about an upload holds
no field. A forwarding mail's letter is dated by its own signature, not the mail's day (meta94's strict xfail, settled
by conv59: a plain test now). Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import upload_day
from nlp_pipeline.pipeline import process_raw, raw_from_text

PLAN = (
    "青禾县人民医院2026年度消防安全培训计划\n"
    "为提高全院职工消防安全意识，制定本计划。\n"
    "一、保卫科要于4月底前完成全员消防培训。\n"
    "二、各科室要每月开展一次消防自查。\n"
)


def meta_of(text: str):
    return process_raw(raw_from_text(text), doc_id="m94").meta


@pytest.mark.parametrize(
    "row, date",
    [
        # the upload field inside a row of fields set apart by spaces
        ("上传人：ab***  文档编号：5512  上传时间：2026-03-02  格式：DOCX  页数：6", "2026-03-02"),
        # half-width colons, the row after the file's name
        ("上传人:cd***   上传时间:2026-02-27   格式:DOC   页数:9", "2026-02-27"),
        # the field written as a date
        ("上传人：ef***  上传日期：2025年11月4日  大小：28KB", "2025-11-04"),
    ],
)
def test_a_shared_copy_with_no_day_of_its_own_takes_its_upload_day(row, date):
    assert meta_of("某某文库 > 医疗卫生 > 培训计划.docx\n" + row + "\n" + PLAN).date == date


def test_the_signature_day_beats_the_upload_day():
    # near miss: the copy is signed and dated; the upload came later and dates nothing
    row = "上传人：ab***  上传时间：2026-03-02  格式：DOCX\n"
    signed = PLAN + "青禾县人民医院\n2026年2月12日\n"
    assert meta_of(row + signed).date == "2026-02-12"


def test_a_full_date_in_the_text_beats_the_upload_day():
    # near miss: the text's own first full date is read before the upload, as before
    row = "上传人：ab***  上传时间：2026-03-02  格式：DOCX\n"
    dated = PLAN.replace("为提高", "2026年1月20日，院务会研究决定：为提高")
    assert meta_of(row + dated).date == "2026-01-20"


@pytest.mark.parametrize(
    "removed, day",
    [
        (("上传人：ab***  上传时间：2026-03-02  格式：DOCX",), "2026-03-02"),
        # near misses: a site's update stamp is its edit; a publish field is chrome_dateline's, not an upload; a
        # sentence that speaks of an upload is no field
        (("更新时间：2026-03-02  浏览：35",), None),
        (("发布时间：2026-03-02  来源：县卫健局",), None),
        (("本文档为用户上传，仅供学习参考。",), None),
    ],
)
def test_upload_day_reads_only_an_upload_field(removed, day):
    assert upload_day(removed) == day


def test_a_forwarded_letter_is_dated_by_its_own_signature():
    text = (
        "江北精工协同办公平台 — 邮件\n"
        "发件人：安全环保部 某某\n"
        "日  期：2026年3月9日 星期一 上午 9:42\n"
        "主  题：转发：区安委办关于开展节后复工安全检查的通知\n"
        "各车间：\n"
        "现将区安委办通知转发给你们，请认真落实。\n"
        "关于开展节后复工安全检查的通知\n"
        "各企业：\n"
        "一、各企业要于3月20日前完成复工安全自查。\n"
        "区安委办\n"
        "2026年3月6日\n"
    )
    assert meta_of(text).date == "2026-03-06"
