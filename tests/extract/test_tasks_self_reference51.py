"""A document's own making and its scoring lines (tasks51): a sentence whose only act is making the document itself
(为…，根据…，制定本制度。 / …经双方协商，签订本责任书。) names no work to check off, whatever document kind the
self-reference 本 + a kind of document names (方案, 制度, 责任书, 协议…); a line of an assessment sheet that scores a
failing (…未建立台账的扣3分; …每次加2分) states how a deed is scored, not a deed (ANNOTATION.md: a task tells a
party to do something that can be checked off). task_cues.toml exclude_sentence. Every text here is written for the
test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract.tasks import sentence_is_task  # noqa: E402


@pytest.mark.parametrize(
    "sentence, doc_type",
    [
        # an enterprise rule's preamble: purpose, legal ground, the rule made
        ("为规范危险化学品仓库出入库管理，根据《危险化学品安全管理条例》有关规定，制定本制度。", "other"),
        # a contract between a company and its subcontractor
        ("为明确施工期间双方安全责任，经甲乙双方友好协商，签订本协议。", "other"),
        # a village's pledge
        ("为落实护林防火责任，全体村民共同订立本公约。", "notice"),
        # a school's rule for its dormitory
        ("为加强学生宿舍用电安全管理，结合我校实际，制定本规定。", "notice"),
        # scoring lines of an assessment sheet: a failing and its deduction, a merit and its bonus
        ("未按要求建立隐患排查台账的扣3分。", "other"),
        ("应急演练未形成书面总结的，每次扣2分；", "other"),
        ("全年未发生一般以上事故的，加5分。", "other"),
    ],
)
def test_a_document_making_itself_or_a_scoring_line_is_no_task(sentence, doc_type):
    assert not sentence_is_task(sentence, doc_type)


@pytest.mark.parametrize(
    "sentence, doc_type",
    [
        # making another document is work: a party told to draw up its own plan
        ("各乡镇要于6月10日前制定本辖区防汛应急预案，报县防汛办备案。", "notice"),
        ("各企业要结合实际制定本单位有限空间作业管理制度。", "notice"),
        # signing a pledge is a task when a party is told to
        ("各学校要组织家长签订防溺水安全责任书。", "notice"),
        # a deduction rule stated as an order to the assessor: still the assessor's act
        ("县安委办要对各乡镇考核情况进行通报，并于12月底前报县政府。", "notice"),
        # 分 as a part of a word, not a score
        ("各企业要分班组开展有限空间作业应急演练。", "notice"),
    ],
)
def test_making_a_document_of_ones_own_or_work_near_a_score_stays_a_task(sentence, doc_type):
    assert sentence_is_task(sentence, doc_type)


@pytest.mark.parametrize(
    "sentence, doc_type",
    [
        # a report's meeting, named by its body (…安委会) or its purpose (…协调会), with or without its day
        ("11月2日上午，县消防大队在一楼会议室召开今冬明春火灾防控安委会。", "meeting_report"),
        ("9月3日，市燃气办召开瓶装液化气安全整治协调会。", "meeting_report"),
        ("春节前夕，平安镇召开节日安全工作会议。", "news"),
        ("市交通运输局昨天举行汛期水上交通安全约谈会。", "news"),
        ("当天下午，区住建局在工地现场召开深基坑施工安全观摩会。", "news"),
    ],
)
def test_a_report_holding_a_meeting_reports_its_event(sentence, doc_type):
    assert not sentence_is_task(sentence, doc_type)


@pytest.mark.parametrize(
    "sentence, doc_type",
    [
        # a meeting still to hold: a future, a plan, a request, a limit, a standing schedule
        ("县应急局将于下周召开全县危化品安全培训会。", "news"),
        ("县安委办计划于月底召开全体成员会。", "news"),
        ("各乡镇要于6月15日前召开防溺水专题会，部署暑期工作。", "meeting_report"),
        ("各企业每月召开一次安全例会。", "meeting_report"),
        # a notice's item names a meeting to hold: not a report's event
        ("请各校于开学前召开一次安全教育家长会。", "notice"),
    ],
)
def test_a_meeting_still_to_hold_is_work(sentence, doc_type):
    assert sentence_is_task(sentence, doc_type)
