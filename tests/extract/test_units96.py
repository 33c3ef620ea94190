"""The lead's own party read by grammar (issue 13, units96).

units95 found the carry on the newest gold already the pipeline's, and the lead's own party going unread. Read
here: villages counted by 各 and named by their head morpheme 村/社区 (各行政村（社区）), leaders counted by 各 with
no body before them (要求各级领导、各部门：), an officer's post after the body it serves (劳工处职业安全主任会…),
and a sentence closing an item that assigns the item's work (此项工作由…负责。). Near misses beside each.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from .unit_views import canonical, units_by_source
from .unit_views import sentence_units as read


def carried(text: str, prefix: int = 6) -> dict[str, set[str]]:
    return units_by_source(text, canonical, prefix=prefix)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # villages by their head morpheme, counted by 各, with a bracketed alternative
        (
            "各自然村（居）、县直各部门要开展森林防火巡查。",
            {("各自然村（居）", "乡镇街道"), ("县直各部门", "有关部门")},
        ),
        ("各建制村要落实防溺水巡查。", {("各建制村", "乡镇街道")}),
        ("各城中村、各企业要清理消防通道。", {("各城中村", "乡镇街道"), ("各企业", "企业")}),
        # leaders counted by 各, first in a list
        ("各位领导、各单位要带头落实安全责任。", {("各位领导", "党政领导"), ("各单位", "各级各部门")}),
        # an officer's post after its body, the predicate after the post
        ("屋宇署结构工程师会到场检查外墙。", {("屋宇署", "住房和城乡建设部门")}),
        ("劳工处高级督察将突击巡查工地。", {("劳工处", "人力资源和社会保障部门")}),
    ],
)
def test_the_lead_party_read(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "推进农村人居环境整治。",  # the countryside, no party
        "各村民小组要开展巡查。",  # 村民 goes on: read otherwise, never as 各村民
        "在各级领导的关心下，工作取得成效。",  # a possessive, no party
        "成立各级领导小组。",  # a body formed, no leaders addressed
    ],
)
def test_near_misses_read_no_new_party(sentence: str) -> None:
    mentions = {mention for mention, _ in read(sentence)}
    assert not {"各农村", "各村民", "各级领导", "各级领导小组"} & mentions


def test_a_body_asking_its_officer_is_its_own_request() -> None:
    # 劳工处要求…: the body's own verb, no post after it; the request's object stays the only party
    assert read("劳工处要求承建商加强高处作业安全。") == {("承建商", "企业")}


@pytest.mark.parametrize(
    ("text", "task", "expected"),
    [
        (
            "（三）加强宣传教育。开展安全生产月活动。此项工作由县委宣传部、县应急局负责。\n（四）强化执法。开展打非治违行动。\n",
            "开展安全生产",
            {"宣传部门", "应急管理部门"},
        ),
        (
            "（二）整治燃气隐患。逐户检查餐饮场所。以上任务由县住建局牵头，县市场监管局配合负责。\n",
            "逐户检查餐饮",
            {"住房和城乡建设部门", "市场监督管理部门"},
        ),
        # the next item is not assigned by it
        (
            "（三）加强宣传教育。开展安全生产月活动。此项工作由县委宣传部负责。\n（四）强化执法。开展打非治违行动。\n",
            "开展打非治违",
            set(),
        ),
        # a pointer naming its own work (此项检查…组织开展) is no assignment of the item
        (
            "（三）加强宣传教育。开展安全生产月活动。此项检查由县应急局组织开展。\n",
            "开展安全生产",
            set(),
        ),
    ],
)
def test_a_closing_assignment_gives_the_item_its_parties(text: str, task: str, expected: set[str]) -> None:
    assert carried(text)[task] == expected
