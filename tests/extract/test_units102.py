"""Offices named by their function, and a heading's carry from the lead before it (issue 13, units102).

A body outside the label file takes the department of the function its name holds (unit_domains.tsv, read by
`units.body_kind`). units102 adds the short and regional function words the read gold maps: a Taiwan labour office
shortened to 劳 (劳检处, 劳青处), buildings (楼宇署), the road administration (路政署), public construction (公建局),
informatisation (县经济信息化局), the budget office (主计处); and the role word 主办机关 (各工程主办机关, the body that
runs a public work), which a suffix completes after a name with no domain word of its own (`with_role_in_suffix`).
Near misses: an event's organiser (主办方), a firm's labour services (劳务公司), the cyberspace office (网信办), a
body read before. A heading whose items name their own parties under a full directive takes none (built by units106).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

import nlp_pipeline

from .unit_views import sentence_units as read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a labour office shortened to 劳 before its second function
        ("劳检处将加强巡查各工地。", {("劳检处", "人力资源和社会保障部门")}),
        (
            "劳青处应会同工务处组成联合稽查小组。",
            {("劳青处", "人力资源和社会保障部门"), ("工务处", "住房和城乡建设部门")},
        ),
        # buildings, roads, public construction, informatisation, the budget office
        ("请楼宇署加强巡查旧楼外墙。", {("楼宇署", "住房和城乡建设部门")}),
        ("请新区公建局迅速排查在建工程。", {("新区公建局", "住房和城乡建设部门")}),
        ("县经济信息化局要加强检查。", {("县经济信息化局", "工业和信息化部门")}),
        # the body that runs a public work, named by its role
        ("各工程主办机关应于1月24日前完成总体检。", {("各工程主办机关", "有关部门")}),
        ("各公共工程主办机关应督促厂商完成检查。", {("各公共工程主办机关", "有关部门")}),
        # near misses: bodies read before, an event's organiser, a labour-services firm, the cyberspace office
        ("劳工处会继续巡查地盘。", {("劳工处", "人力资源和社会保障部门")}),
        ("各主管机关应督促厂商完成检查。", {("各主管机关", "有关部门")}),
        ("主办方要提前报备安保方案。", {("主办方", "其他")}),
        ("县网信办要加强网络舆情监测。", {("县网信办", "宣传部门")}),
        ("县统计局要加强统计。", {("县统计局", "其他")}),
    ],
)
def test_an_office_takes_its_function(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert read(sentence) == expected


def test_a_labour_services_firm_is_no_labour_office() -> None:
    assert ("劳务公司", "人力资源和社会保障部门") not in read("劳务公司要为劳务人员购买保险。")


def heading_units(text: str, heading: str) -> set[str]:
    record = nlp_pipeline.process(text).to_dict()
    return {unit["mention"] for task in record["tasks"] if task["source"] == heading for unit in task["units"]}


LEAD_THEN_HEADINGS = (
    "关于国庆期间安全检查的情况\n"
    "检查结束后，区长召开座谈会。他强调，各街道、各部门要进一步提高警惕，切实把各项防范措施落到实处。"
    "一是迅速开展节前大检查。各街道要对辖区出租房屋开展拉网式排查。"
    "二是严格应急值守。区应急局要严格执行24小时值班制度。\n"
)


def test_a_heading_under_a_full_directive_takes_no_party() -> None:
    assert heading_units(LEAD_THEN_HEADINGS, "一是迅速开展节前大检查。") == set()
