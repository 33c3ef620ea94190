"""find_deadline: urgency words beyond CONTRACT.md's four (尽快, 尽早, 随即), urgency inside a purpose
clause or naming a mechanism, and 持续用力 (s7 analysis8 group 9, dl11). Texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

JUNE = dt.date(2025, 6, 12)


def found(sentence: str) -> tuple | None:
    deadline = find_deadline(sentence, JUNE)
    return (deadline.text, deadline.date, deadline.kind) if deadline else None


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
        ("要聚焦燃气隐患动态清零持续用力。", None),
        ("要持续开展燃气管线巡查。", ("持续", None, "ongoing")),
    ],
)
def test_urgency_words_and_their_clauses(sentence, expected):
    assert found(sentence) == expected
