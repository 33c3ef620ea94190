"""A lead-in's limit for the list it hands over (issue 13, dl71; docs/extraction.md, "A lead-in's limit for the items of
its list"). `…要求各施工单位于寒潮到来前落实下列措施：` then numbered items: the limit stands in the clause whose verb
takes the list as its object, so each item that states no time of its own is done by it. A limit in a clause of its
own before the list's clause, a span, a bare day, a purpose's time, a lead-in that names no party and a paragraph
after the list hand nothing on. Texts are written for these tests."""

from __future__ import annotations

import pytest

import nlp_pipeline

HEADER = "关于做好寒潮防御工作的通知\n"
FOOTER = "\n县应急管理局\n2025年12月1日\n"


def deadlines(body: str) -> list[str | None]:
    record = nlp_pipeline.extract(HEADER + body + FOOTER)
    return [task.deadline.text if task.deadline else None for task in record.tasks]


ITEMS = "一、施工单位应将塔吊吊臂调至自由旋转状态。\n二、各工地应加固临时围挡和活动板房。\n"


@pytest.mark.parametrize(
    "lead, expected",
    [
        # the limit in the list verb's clause times every item that states none
        ("县住建局要求各施工单位于寒潮到来前落实下列措施：", ["寒潮到来前", "寒潮到来前"]),
        ("县住建局要求各施工单位在节后复工前完成以下工作：", ["节后复工前", "节后复工前"]),
    ],
)
def test_lead_limit_carried(lead, expected):
    assert deadlines(lead + "\n" + ITEMS)[-2:] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an item's own time keeps to it
        (
            "县住建局要求各施工单位于寒潮到来前落实下列措施：\n"
            "一、施工单位应将塔吊吊臂调至自由旋转状态。\n二、寒潮期间各工地应安排专人巡查临时围挡。\n",
            ["寒潮到来前", "寒潮期间"],
        ),
        # a span in the lead-in is the list's background
        ("县住建局要求各施工单位在寒潮期间注意下列事项：\n" + ITEMS, [None, None]),
        # a purpose's time is the aim, not the items' limit
        ("为确保元旦前全县建筑施工安全，请各施工单位做好以下工作：\n" + ITEMS, [None, None]),
    ],
)
def test_nothing_carried(body, expected):
    assert deadlines(body)[-2:] == expected


def test_paragraph_after_the_list_takes_nothing():
    body = (
        "县住建局要求各施工单位于寒潮到来前落实下列措施：\n"
        + ITEMS
        + "县住建局将组织人员对各工地开展抽查，对措施不落实的依法处理。\n"
    )
    assert deadlines(body)[-1] is None


# --- measured and dropped -----------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="measured and dropped (dl71): a limit in a clause of its own before the list's clause "
    "(应在…前，完成以下措施：) lowered the check sets realstyle, realstyle_sealed and realstyle_sealed11",
)
def test_limit_in_its_own_clause_before_the_list():
    body = "县住建局提醒各施工单位应在寒潮到来前，完成以下防御措施：\n" + ITEMS
    assert deadlines(body)[-2:] == ["寒潮到来前", "寒潮到来前"]
