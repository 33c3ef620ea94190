"""The modal a marker holds (tasks45): 一要/二要/三要 number an item and say its 要, so an item whose verb the
action lexicon lacks (利用, 发挥, 用好, 盯住) directs like the same clause after 要; an attitude, a goal or a
reflection after such a marker stays what it is. Every text here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402


def sources(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


def speech_with(items: str) -> str:
    return "在全县防汛工作会议上的讲话\n\n同志们：\n下面，我讲几点意见。\n" + items + "\n"


@pytest.mark.parametrize(
    "item",
    [
        "四要充分利用广播、横幅等形式广泛宣传防汛避险知识，营造全民防灾氛围。",
        "二要充分发挥村级应急广播作用，汛情一出现就及时播报。",
        "三要用好执法检查手段，倒逼危化企业落实主体责任。",
        "一要盯住校车和接送学生车辆，逐车核对驾驶人资质。",
        "五要借助网格员力量，摸清独居老人和留守儿童底数。",
    ],
)
def test_an_item_numbered_with_its_modal_directs(item):
    assert item in sources(speech_with(item))


@pytest.mark.parametrize(
    "item",
    [
        "一要深刻认识防汛工作的极端重要性。",
        "二要始终保持清醒头脑。",
        "三要确保全年不发生较大及以上安全事故。",
        "四要统一思想。",
    ],
)
def test_an_attitude_or_goal_after_the_marker_stays_out(item):
    assert item not in sources(speech_with(item))
