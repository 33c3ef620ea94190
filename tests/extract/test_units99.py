"""Where an institution's own party mention starts and ends, and its own committee by its one-character name
(issue 13, units99).

- A modal opens a clause's predicate and is never part of a name: 必须经总务科审批 names 总务科, the approver after 经.
- A name followed by a bare noun and a 、 modifies the first of a list of things (污水处理站调节池、化粪池纳入台账): no party.
  A name right before 、 is a list's item, and one before a coverb or a time acts on a list.
- A hospital's or school's committee named by the institution's one character (院安委办, 校安委会) is the committee
  (安委办, 安委会), as a county's is; 院办, 校医室 and 院领导 stay as before.
- A body whose meeting is scheduled (县安委会下次会议定于…召开) is told nothing; the party after it is.

责任科室 stays a party: every read gold counts it so. A duty after a condition (外包单位进入…，必须经…), measured and
left, is a strict xfail. Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.enterprise import heads_a_listed_noun
from nlp_pipeline.extract.units import find_units

HEAD = """城南人民医院
安全生产委员会会议纪要
〔2030〕第2期
3月2日下午，医院召开安全生产委员会会议。现将会议议定事项纪要如下：
"""


def units_of(line: str) -> dict[str, set[tuple[str, str]]]:
    record = nlp_pipeline.process(HEAD + line + "\n", date="2030-03-03")
    return {task.source: {(unit.mention, unit.canonical) for unit in task.units} for task in record.tasks}


def all_units(line: str) -> set[tuple[str, str]]:
    return {pair for pairs in units_of(line).values() for pair in pairs}


@pytest.mark.parametrize(
    ("line", "expected", "refused"),
    [
        # the modal is the clause's; the office after 经 approves
        ("一、施工人员动火作业，必须经总务科审批，并安排专人监护。", ("总务科", "其他"), "必须经总务科"),
        ("一、外来车辆进入院区，须经保卫科登记，3月底前完成道闸改造。", ("保卫科", "其他"), "须经保卫科"),
        # a name before a list of things modifies its first item
        (
            "一、污水处理站调节池、化粪池纳入全院有限空间台账，由总务科设置警示标识，3月底前完成。",
            ("总务科", "其他"),
            "污水处理站",
        ),
        ("一、信息中心机房、配电间纳入每日巡检，由设备科3月10日前完成登记。", ("设备科", "其他"), "信息中心"),
    ],
)
def test_where_a_party_mention_starts_and_ends(line, expected, refused):
    found = all_units(line)
    assert expected in found
    assert all(mention != refused for mention, _ in found)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # near misses: a name before 、 is a list's item; one before a coverb acts on a list
        ("一、各病区、各科室要在3月10日前完成灭火器检查。", "各病区"),
        ("一、保卫科对消防通道、楼梯间进行清理，3月5日前完成。", "保卫科"),
        ("一、总务科负责配电房、锅炉房挡鼠板补装，3月20日前完成。", "总务科"),
    ],
)
def test_a_party_before_a_list_still_acts(line, expected):
    assert any(mention.startswith(expected) for mention, _ in all_units(line))


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("调节池、化粪池纳入全院有限空间台账", True),
        ("机房、配电间纳入每日巡检", True),
        ("、各分包单位要将活动结合起来", False),
        ("从本周起每班装卸前对槽车静电接地、紧急切断阀进行确认", False),
        ("对消防通道、楼梯间进行清理", False),
    ],
)
def test_heads_a_listed_noun(clause, expected):
    assert heads_a_listed_noun(clause) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("院安委办于3月5日组织复查。", ("院安委办", "安委办")),
        ("由院安委办组织一次全院综合检查。", ("院安委办", "安委办")),
        ("院安全生产委员会办公室于3月5日组织复查。", ("院安全生产委员会办公室", "安委办")),
        ("校安委会于3月5日组织复查。", ("校安委会", "安委会")),
    ],
)
def test_an_institutions_committee_by_its_one_character_name(sentence, expected):
    assert expected in {(unit.mention, unit.canonical) for unit in find_units(sentence)}


@pytest.mark.parametrize(
    "sentence", ["院办要做好通知。", "校医室要做好检查。", "院领导要带队检查。", "学院要加强管理。"]
)
def test_other_words_after_the_institution_stay_as_they_were(sentence):
    assert all(unit.canonical not in ("安委会", "安委办") for unit in find_units(sentence))


def test_a_body_whose_meeting_is_scheduled_is_told_nothing():
    units = find_units("县安委会下次会议定于4月中旬召开，各乡镇于4月8日前将第一季度安全工作小结报县安委办。")
    assert [unit.mention for unit in units] == ["各乡镇"]
    # near miss: a body that schedules its own act is its party (units56)
    assert [unit.mention for unit in find_units("县应急局定于4月中旬开展专项检查。")] == ["县应急局"]


def test_the_scheduled_meetings_sentence_stays_a_task():
    line = "二、院安委会下次会议定于4月中旬召开，各科室于4月8日前将第一季度安全工作小结报院安委办。"
    assert any("各科室" in source for source in units_of(line))


def test_a_generic_office_word_after_you_stays_a_party():
    # every read gold counts 责任科室 as a party (si13, sg11 其他; sn13 企业): kept, and the committee beside it read
    found = all_units("二、其余4项由责任科室按原定时限整改，院安委办于3月5日组织复查，复查结果在院周会上通报。")
    assert {("责任科室", "其他"), ("院安委办", "安委办")} <= found


@pytest.mark.xfail(
    strict=True,
    reason="a duty after a condition (外包单位进入…，必须经…) stays uncarried: units97 measured both ways (units99)",
)
def test_the_party_of_a_condition_before_a_duty():
    line = "一、外包单位进入有限空间作业，必须经总务科审批，作业前检测气体并安排专人监护。"
    assert ("外包单位", "企业") in all_units(line)
