"""Document types and dates read by a document's structure (issue 13, meta82): a list (…清单) is a plan when a column
gives its rows their time limits and other when it lists standing duties; an untitled report whose first paragraph
opens on the meeting as the subject of its first act (会议首先…, 会议先后…) reports a meeting; a 版记's 印 after the
signature day (…办公室　2025年9月26日印) dates the paper. Near misses stay as they were; what was measured and left is a
strict xfail. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text


def meta_of(text: str):
    return process_raw(raw_from_text(text), doc_id="m82").meta


TASK_LIST = (
    "青岗县2026年燃气安全重点工作任务清单\n"
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t开展餐饮场所燃气安全检查\t县住建局\t县市场监管局\t2026年5月底前\n"
    "2\t更换老旧燃气管道\t县住建局\t各乡镇\t2026年9月30日前\n"
)
DUTY_LIST = (
    "青岗县安全生产委员会成员单位燃气安全职责清单\n"
    "（2026年版）\n"
    "一、县住建局\n"
    "1.负责城镇燃气行业安全监督管理，指导燃气经营企业落实安全生产主体责任。\n"
    "2.每季度召开一次燃气安全工作会议，研究解决突出问题。\n"
    "二、县市场监管局\n"
    "1.负责燃气器具产品质量监督管理。\n"
)


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a list of standing duties, each body and its duties, no limit: none of the directive genres
        (DUTY_LIST, "other"),
        # a cover letter printing a list is typed by its letter, as before
        (
            "关于印发《青岗县燃气安全重点任务清单》的通知\n各乡镇人民政府：\n"
            "现将《青岗县燃气安全重点任务清单》印发给你们，请认真抓好落实。\n",
            "notice",
        ),
    ],
)
def test_a_list_is_typed_by_its_rows(text, doc_type):
    assert meta_of(text).doc_type == doc_type


def test_a_task_list_is_no_duty_list():
    # its time-limit column keeps it from other: the cues after type it, as before
    assert meta_of(TASK_LIST).doc_type != "other"


@pytest.mark.parametrize(
    "text",
    [
        TASK_LIST,
        "白河镇敬老院消防检查问题隐患和整改措施清单\n"
        "序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限\n"
        "1 | 疏散通道堆放杂物 | 立即清理 | 镇敬老院 | 立行立改\n",
    ],
)
# typed plan since meta83, whose reading of 每季度末…前 kept realstyle_sealed4 deadlines (test_meta83.py)
def test_a_task_list_is_a_plan(text):
    assert meta_of(text).doc_type == "plan"


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # an untitled excerpt opening on the meeting's first act
        (
            "会议首先学习了新修订的安全生产法，传达了全市安全生产工作会议精神。\n"
            "随后，副主任对下一阶段工作作出安排，要求各科室立即开展隐患排查。\n",
            "meeting_report",
        ),
        (
            "会议先后听取了各乡镇的汇报，分析了当前防汛形势。\n各乡镇要立即组织巡堤查险。\n",
            "meeting_report",
        ),
    ],
)
def test_an_excerpt_opening_on_the_meetings_first_act_reports_a_meeting(text, doc_type):
    assert meta_of(text).doc_type == doc_type


def test_a_meeting_named_inside_a_paper_is_no_report():
    # 会议纪要 as the subject of the first clause names a paper, not the meeting's acts
    text = "会议纪要首先送县长审阅，再印发各乡镇。\n各乡镇要于5月底前报送落实情况。\n"
    assert meta_of(text).doc_type != "meeting_report"


def test_a_signature_day_marked_printed_dates_the_paper():
    text = TASK_LIST + "注：防火期为2025年10月1日至2026年5月31日。\n青岗县住房和城乡建设局　　2026年3月2日印\n"
    assert meta_of(text).date == "2026-03-02"


# a headline acting on a paper (张贴《…的通告》): news since meta83, its cases in test_meta83.py


# a page menu above the headline: the strict xfail moved to test_meta83.py
