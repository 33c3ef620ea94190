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
