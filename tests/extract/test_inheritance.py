"""What a sentence inherits from its lead-in or paragraph (notes s5 analysis6, group F): a rule
triggered by an event (发生…，必须…) or a violation met by an order (对…的，依法责令…) binds
whoever meets it and takes no party it does not name; subjectless `要…` continuations and the
items of a lead-in still take the lead-in's party. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def units_by_task(text: str) -> dict[str, set[str]]:
    """Each task's source (its first 12 characters) -> the mentions of its units."""
    return {task.source[:12]: {unit.mention for unit in task.units} for task in extract_fields(text).tasks}


LEAD_IN = "关于做好汛期安全生产工作的通知\n各乡镇要做好以下工作：\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a rule's trigger: no addressee of its own, none inherited
        ("发生生产安全事故，必须按规定第一时间报告县应急管理局。", set()),
        ("发生险情或事故，须在30分钟内电话报告。", set()),
        ("对存在重大事故隐患的，依法责令停产停业整顿。", set()),
        # a rule that names its party keeps it
        ("发生生产安全事故，各企业必须按规定第一时间报告。", {"各企业"}),
        # negatives: the lead-in hands its party to items that open with an action or a time
        ("要及时开展汛前隐患排查。", {"各乡镇"}),
        ("对排查出的隐患，要建立整改台账。", {"各乡镇"}),
        ("发生事故后，严禁未佩戴防护装备盲目施救。", {"各乡镇"}),
        # the older sets' gold gives these conditional rules the lead-in's party
        ("发生事故或险情的，要在第一时间报告。", {"各乡镇"}),
        ("对拒不整改的，要从严从重处理。", {"各乡镇"}),
    ],
)
def test_a_rule_trigger_under_a_lead_in_inherits_no_party(item, expected):
    units = units_by_task(LEAD_IN + "一、加强汛期隐患排查。" + item + "\n")
    assert units[item[:12]] == expected


def test_a_lead_in_hands_its_party_to_every_item():
    text = LEAD_IN + "一、全面开展隐患排查整治。\n二、加强值班值守和信息报送。\n三、做好应急物资储备。\n"
    units = units_by_task(text)
    items = ("一、全面开展隐患排查整治。", "二、加强值班值守和信息报送。", "三、做好应急物资储备。")
    assert [units[item[:12]] for item in items] == [{"各乡镇"}] * 3


def test_a_subjectless_continuation_takes_the_first_sentences_party_but_a_trigger_does_not():
    text = (
        "关于加强燃气安全管理的通知\n一、强化隐患整治\n县住建局要组织开展燃气安全专项检查。"
        "要及时督促企业整改到位。发生燃气事故，必须按规定在1小时内报告。\n"
    )
    units = units_by_task(text)
    assert units["要及时督促企业整改到位。"[:12]] == {"县住建局"}
    assert units["发生燃气事故，必须按规定在1小时内报告。"[:12]] == set()


NOTICE = "关于做好节日期间安全工作的通知\n各会员单位：\n"


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        # the issuer's formula closes the lead-in: it announces the items, hands them no party
        ("节日将至，各会员单位要做好节日期间各项工作，现将有关事项通知如下：", set()),
        ("节日将至，各会员单位要做好节日期间各项工作，现将有关要求明确如下：", set()),
        # negatives: a lead-in that hands its list to its party
        ("节日将至，各会员单位要做好以下工作：", {"各会员单位"}),
        ("各会员单位要重点抓好以下几项工作：", {"各会员单位"}),
    ],
)
def test_a_lead_in_closing_with_the_issuers_formula_hands_no_party(lead_in, expected):
    heading, body = "一、落实值班制度，及时做好应急处置", "严格落实值班值守和现场巡查制度。"
    units = units_by_task(NOTICE + lead_in + "\n" + heading + "\n" + body + "\n")
    assert (units[heading[:12]], units[body[:12]]) == (expected, expected)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # a statement opening the parent section is no lead-in of its sub-items
        ("今年是攻坚之年，各部门既要抓好节日安全防范，也要谋划全年重点任务。", set()),
        # negative: a lead-in of the sub-items still hands them its party
        ("各部门要重点抓好以下工作：", {"各部门"}),
    ],
)
def test_a_sections_opening_sentence_is_handed_on_only_as_a_lead_in(opening, expected):
    text = (
        "关于2025年安全生产工作的意见\n三、着眼全年任务，推动治本攻坚\n"
        + opening
        + "\n一是完善责任体系。\n二是深化重点领域整治。\n"
    )
    units = units_by_task(text)
    assert (units["一是完善责任体系。"], units["二是深化重点领域整治。"]) == (expected, expected)


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        # a lead-in that reports what was done: its parties did it, the items are findings or orders of their own
        ("5月6日，县应急管理局会同县住建局，对辖区在建工地开展了联合检查，发现以下问题：", set()),
        ("上周，县应急管理局、县商务局，对全县加油站进行了抽查，发现以下隐患：", set()),
        # negatives: a lead-in that asks its party to act hands it on
        ("各乡镇要做好以下工作：", {"各乡镇"}),
        ("县应急管理局要会同县住建局做好以下工作：", {"县应急管理局", "县住建局"}),
    ],
)
def test_a_lead_in_reporting_past_work_hands_no_party(lead_in, expected):
    text = "关于做好安全生产工作的通知\n" + lead_in + "\n一、立即落实整改措施。\n二、加强日常巡查。\n"
    units = units_by_task(text)
    assert units["一、立即落实整改措施。"[:12]] == expected
