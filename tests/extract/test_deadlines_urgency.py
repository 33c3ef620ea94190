"""find_deadline: urgency words beyond CONTRACT.md's four (尽快, 尽早, 随即), urgency inside a purpose
clause or naming a mechanism, and 持续用力 (s7 analysis8 group 9, dl11). Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline, paired_deadline
from nlp_pipeline.pipeline import process_raw, raw_from_text

from .deadline_cases import triple

JUNE = dt.date(2025, 6, 12)


def found(sentence: str) -> tuple | None:
    return triple(find_deadline(sentence, JUNE))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 尽快, 尽早, 随即 time the action as 立即 does (gold of realstyle, r2, r3, r5, r6)
        ("各街道要督促施工单位尽快完成脚手架加固。", ("尽快", None, "immediate")),
        ("气象台请海事部门通知近海作业船只尽早回港避风。", ("尽早", None, "immediate")),
        ("暴雨警报解除后，市政部门会随即派员清理倒塌树木。", ("随即", None, "immediate")),
        ("台风过境后尽快检查棚架及外墙悬挂物。", ("尽快", None, "immediate")),
        # a stated day outranks urgency
        ("各乡镇要尽快摸排，6月30日前报送台账。", ("6月30日前", "2025-06-30", "date")),
        # negatives: urgency inside a purpose clause times the purpose, not the action asked for
        ("为尽快掌握山洪灾害损失，各村要逐户走访登记。", None),
        ("业主发现外墙剥落应致电屋宇署，以便署方尽快安排人员跟进。", None),
        ("抢修队伍全力清理路面，以保障居民出行安全及尽快恢复交通。", None),
        # negatives: urgency naming a thing (a mechanism, a system), not the action's time
        ("娱乐场所应设立烟感讯号即时通报机制。", None),
        ("县里建成第一时间响应系统。", None),
        # 持续用力 is effort, not a lasting duty; a bare 持续 before a work verb stays one
        ("要紧盯燃气管网隐患整治持续用力。", None),
        ("要持续开展燃气管线巡查。", ("持续", None, "ongoing")),
        # equipment kept running round the clock is a standing duty, as a 24-hour watch is
        ("储罐区要确保温度、液位监测系统24小时正常运行。", ("24小时正常运行", None, "recurring")),
        ("事发后24小时内报告。", ("24小时内", None, "date")),
    ],
)
def test_urgency_words_and_their_clauses(sentence, expected):
    assert found(sentence) == expected


PAIRS = "封堵孔洞当日完成；护栏更换不晚于9月10日"


@pytest.mark.parametrize(
    "task, expected",
    [
        ("南侧护栏由后勤组联系厂家更换，更换前不得靠近平台边缘。", ("护栏更换不晚于9月10日", "2025-09-10")),
        # negatives: a task sharing no word with any pair, and a line that is one time for the whole item
        ("严禁在平台上堆放杂物。", None),
    ],
)
def test_a_pair_of_a_deadline_line_names_a_prohibitions_work(task, expected):
    deadline = paired_deadline(PAIRS, task, JUNE)
    assert (deadline and (deadline.text, deadline.date)) == expected


def test_a_line_of_one_time_names_no_prohibition():
    assert paired_deadline("2025年9月10日前", "南侧护栏更换前不得靠近平台边缘。", JUNE) is None


NOTICE = """安全隐患整改通知书

设备部：
　　6月10日检查中发现你部存在以下安全隐患，请按要求整改。
1. 二号平台南侧护栏松动，地面有孔洞。
   整改要求：孔洞立即封堵；南侧护栏由后勤组联系厂家更换，更换前不得靠近平台边缘。
   期限：封堵孔洞当日完成；护栏更换不晚于9月10日

安全环保部
2025年6月12日
"""


def test_a_prohibition_takes_the_pair_that_names_its_work_end_to_end():
    record = process_raw(raw_from_text(NOTICE), doc_id="dl11")
    deadlines = {task.source: task.deadline and task.deadline.text for task in record.tasks}
    assert deadlines["南侧护栏由后勤组联系厂家更换，更换前不得靠近平台边缘。"] == "护栏更换不晚于9月10日"
    assert deadlines["整改要求：孔洞立即封堵；"] == "封堵孔洞当日完成"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 立行立改 times the fixing as 立即 does
        ("对检查发现的问题，各园区要立行立改，不留死角。", ("立行立改", None, "immediate")),
        # negative: a date of the same sentence is the sharper limit
        ("能整改的立行立改，其余问题于10月15日前整改到位。", ("10月15日前", "2025-10-15", "date")),
    ],
)
def test_act_and_fix_at_once_is_urgency(sentence, expected):
    deadline = find_deadline(sentence, dt.date(2025, 9, 3))
    assert (deadline.text, deadline.date, deadline.kind) == expected
