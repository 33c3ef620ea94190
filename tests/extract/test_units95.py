"""The carry of a party by structure, as the newest gold reads it (issue 13, units95).

On realstyle_sealed32–33 and the pages r41–r44 the carry has one reading by structure: a series of items
(一要…二要…, 一是…, 1、…) takes the party of the lead that hands it over — a lead-in before a colon, or the
sentence just before the series on its line whose subject is the party — and a 责任单位 line or bracket takes
its item; a party named inside the first item, or in a sentence that a new speech verb closes off
(…各乡镇要清醒认识…。他强调，一要…), reaches no other item. The pipeline already carries so; what the census
found failing is the lead's own party going unread (read since units96, the last table), not the carry.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from .unit_views import canonical, units_by_source


def carried(text: str, prefix: int = 6) -> dict[str, set[str]]:
    return units_by_source(text, canonical, prefix=prefix)


@pytest.mark.parametrize(
    ("text", "task", "expected"),
    [
        # a lead-in before a colon hands its list to its party
        (
            "最后，李主任要求各部门、各乡镇：一要抓好汛期值守工作；二要开展隐患排查整治。",
            "二要开展隐患",
            {"有关部门", "乡镇街道"},
        ),
        # the sentence just before the series on its line, the party its subject
        (
            "各乡镇人民政府、县有关部门要迅速开展道路交通安全专项整治。一要组织警力上路巡查。二要整治重点路段隐患。",
            "二要整治重点",
            {"乡镇街道", "有关部门"},
        ),
        (
            "局长要求，各街道、各部门要克服节前松懈思想，一是紧盯燃气安全；二是紧盯消防安全。",
            "二是紧盯消防",
            {"乡镇街道", "有关部门"},
        ),
        # an inspection's lead-in before 如下： hands its inspector to the items
        (
            "行动期间，县应急局执法人员会突击检查工地，重点如下：\n（一）高处作业：检查脚手架是否稳固。\n",
            "（一）高处作",
            {"应急管理部门"},
        ),
        # a 责任单位 line applies to its item's tasks
        (
            "（一）开展燃气安全检查。对餐饮场所逐一检查。\n责任单位：县住建局、县市场监管局\n",
            "对餐饮场所逐",
            {"住房和城乡建设部门", "市场监督管理部门"},
        ),
    ],
)
def test_a_lead_hands_its_party_to_the_series(text: str, task: str, expected: set[str]) -> None:
    assert carried(text)[task] == expected


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # a new speech verb closes off the party's sentence: the series has no lead of its own
        (
            "局长指出，各乡镇、各部门要清醒认识安全生产工作的复杂性。他强调，一要紧盯重点领域抓整治。二要压实各方责任抓落实。",
            "二要压实各方",
        ),
        # a party named inside the first item reaches no other item
        ("会议要求，一是各部门、各村要开展隐患排查；二是加强宣传引导，营造安全氛围。", "二是加强宣传"),
    ],
)
def test_no_lead_no_carry(text: str, task: str) -> None:
    assert carried(text)[task] == set()


@pytest.mark.parametrize(
    ("text", "task", "expected"),
    [
        pytest.param(
            "会议强调，各行政村、镇直各单位，高度重视安全生产工作。一要加强组织领导，明确责任分工。二要加强宣传引导。",
            "二要加强宣传",
            {"乡镇街道", "各级各部门"},
        ),
        pytest.param(
            "最后，王主任要求各级领导、各部门：一要抓好分管领域的安全工作；二要落实责任。",
            "二要落实责任",
            {"党政领导", "有关部门"},
        ),
        pytest.param(
            "行动期间，劳工处职业安全主任会在日间突击巡查地盘，重点如下：\n（一）高处工作：检查棚架是否稳妥。\n",
            "（一）高处工",
            {"人力资源和社会保障部门"},
        ),
    ],
)
def test_lead_party_read(text: str, task: str, expected: set[str]) -> None:
    assert carried(text)[task] == expected
