"""Document type on real pages (issue 13, meta97): the cues of a document's own structure that type it.

- a Taiwan 公文 posted without its 主旨 is known by the first point of its 说明, which names the letter it acts on
  (一、依据…号函办理。, 依本府…号函谅达。): notice, as every such page of the sets' golds reads it;
- a cover letter prints a task list under its work items' name, quoted or bare before 的通知 (关于印发…重点工作任务的通知),
  or with the road map that times them (《…任务分工清单和推进路线图》): a plan when the list stands in the text;
- a headline whose verb has a party hand in a report (…责成承建商提交事故调查报告) reports that act: news, not the report.
The strict xfails are the classes left (docs/extraction.md, meta97). Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import find_doc_type

POSTING_HEAD = "提醒有关“校舍用电安全检查”各校应配合办理事项，详如说明。"
EXPLANATION = [
    "一、依据本县消防局114年3月2日消预字第1140001234号函办理。",
    "二、请各校于4月10日前完成校舍用电线路检查，并将检查表报送教育处。",
]
PRINTED_LIST = "2025年防灾减灾重点工作任务"
LETTER = "现将2025年防灾减灾重点工作任务印发给你们，请认真贯彻执行。"


def typed(title, lines, body):
    return find_doc_type(title, lines, body[:3], body)


@pytest.mark.parametrize(
    "title, lines, body, doc_type",
    [
        # a school's posting of an office's 公文: its 说明 opens on the letter it acts on
        (None, [POSTING_HEAD], [POSTING_HEAD, *EXPLANATION], "notice"),
        (None, [], ["依本府113年5月6日府教设字第1130000001号函谅达。", "请各校确实配合。"], "notice"),
        # under a headline with no type word of its own
        ("鉴于近期校园火灾频发 请各校落实用电管理", [], EXPLANATION, "notice"),
        # a cover letter that prints a task list under its items' name, the list in the text
        ("关于印发2025年防灾减灾重点工作任务的通知", [], [LETTER, PRINTED_LIST, "一、健全责任体系。"], "plan"),
        (
            "关于印发《全县燃气安全整治任务分工清单和推进路线图》的通知",
            [],
            ["各乡镇、县直各单位：", "全县燃气安全整治任务分工清单和推进路线图", "一、排查整治（县住建局牵头）"],
            "plan",
        ),
        # a headline in which a party is made to hand in the report
        ("工务局责成承建商三日内提交事故调查报告", [], ["工地昨日发生高处坠落事故，一名工人死亡。"], "news"),
    ],
)
def test_the_structure_types_the_document(title, lines, body, doc_type):
    assert typed(title, lines, body) == doc_type


@pytest.mark.parametrize(
    "title, lines, body, doc_type",
    [
        # a body that acts on results or a point that asks parties to act on a letter names no letter it answers
        ("县应急局开展燃气安全检查", [], ["依据检查结果，各企业要及时整改。", "二、请各校依函办理。"], "news"),
        # the same cover letter without the list in the copy: the letter alone
        ("关于印发2025年防灾减灾重点工作任务的通知", [], [LETTER], "notice"),
        # a letter that prints rules, not a plan
        ("关于印发燃气安全检查办法的通知", [], ["现将燃气安全检查办法印发给你们。"], "notice"),
        # the report itself
        ("县化工厂爆燃事故调查报告", [], ["一、事故基本情况"], "other"),
    ],
)
def test_near_misses_keep_their_type(title, lines, body, doc_type):
    assert typed(title, lines, body) == doc_type


@pytest.mark.xfail(strict=True, reason="the copy splits 一、依本府 / …号函谅达 over two paragraphs (normalization)")
def test_a_point_split_after_its_number_and_issuer():
    assert (
        typed(None, [POSTING_HEAD], [POSTING_HEAD, "一、依本府", "114年1月15日府教设字第1140000001号函谅达。"])
        == "notice"
    )


@pytest.mark.xfail(strict=True, reason="a 会议记录 title with its period after it: one page (r61), left (meta97)")
def test_minutes_titled_with_their_period_after_them():
    assert typed("安全生产领导小组会议记录2季度", [], ["一、会议议程", "1.总结上季度安全生产工作"]) == "minutes"


def test_a_villages_duty_rules():
    # left by meta97 (one page), built by meta98 with r64's two pages of rules (declares_rules)
    body = ["为做好村防汛工作，特制定本村防汛值班制度。", "一、汛期实行24小时值班。"]
    assert typed("青石村防汛值班规章制度", [], body) == "other"


@pytest.mark.xfail(strict=True, reason="a page continued from another ([接上页]) types by no title: r59, left (meta97)")
def test_a_continued_page_of_a_notice():
    body = ["[接上页] 三、有关要求", "各部门要根据本通知精神，制定具体检查工作方案。"]
    assert typed(None, [], body) == "notice"
