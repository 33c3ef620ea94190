"""Partners after a partner verb, a list whose items share one head, and a hospital's wards (issue 13, units74).

A partner verb (会同, 联合, 联同, 偕同, 协同) opens no body's name: after a clause's opening adverbial
(`针对电动自行车，联合市场监管部门检查…`) the name begins after the verb, so the partner is read as a partner and the
sentence keeps the party it stands under (an item's first sentence's 牵头 party) (units.names_only_partners). A list of short names that a department's head
closes (`会同海警、公安部门`, `联合边检、海事部门`) is a list of departments as one closed by 等部门 is: an item no
alias names is a party all the same (unit_rules.toml department_list_item). A hospital's ward (各病区) is one of its
own units, as a section (科室) is (enterprise.toml internal_party). Texts written for these tests."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.units import find_units

PARTNERS = [
    # (sentence, (canonical, mention) found)
    (
        "针对校园周边食品摊点，联合市场监管部门开展清查。",
        [("市场监督管理部门", "市场监管部门")],
    ),
    (
        "结合夏季专项行动，联合公安、交通、海事等部门开展联合执法。",
        [("公安机关", "公安"), ("交通运输部门", "交通"), ("海事部门", "海事等部门")],
    ),
    (
        "县农业农村局会同海警、公安部门，对非法捕捞保持高压态势。",
        [("农业农村部门", "县农业农村局"), ("其他", "海警"), ("公安机关", "公安部门")],
    ),
    ("二是将联合边检、海事部门加强港口巡查。", [("其他", "边检"), ("海事部门", "海事部门")]),
    # negatives: a department named by its work stays whole; one name before 部门 is no list; a verb before the
    # list's head makes it an object, not a partner list
    ("燃气管理部门要加强入户安检。", [("住房和城乡建设部门", "燃气管理部门")]),
    ("督促主管部门加强监管。", []),
    ("联合执法要常态化开展。", []),
]


@pytest.mark.parametrize(("sentence", "found"), PARTNERS)
def test_partners_and_lists_closed_by_a_head(sentence, found):
    assert [(unit.canonical, unit.mention) for unit in find_units(sentence)] == found


@pytest.mark.xfail(strict=True, reason="a list closed by a level, not a department's head: measured, not built")
def test_a_partner_list_closed_by_a_level():
    units = find_units("市农业农村局要牵头，会同海警、边防和各沿海县，在4月底前完成检查。")
    assert "海警" in [unit.mention for unit in units]


ITEM = """关于开展春季校园周边安全整治的通知
（二）校园周边安全
县应急管理局牵头，组织各乡镇开展校园周边消防检查。针对校园周边食品摊点，联合市场监管部门开展清查，规范经营秩序。
县安全生产委员会办公室
2025年3月2日"""


def test_an_items_party_goes_on_past_a_partner_after_an_adverbial():
    record = nlp_pipeline.process(ITEM)
    second = next(task for task in record.tasks if "市场监管部门" in task.source)
    assert [(unit.canonical, unit.role) for unit in second.units] == [
        ("应急管理部门", "lead"),
        ("市场监督管理部门", "cooperating"),
    ]


HOSPITAL = """城西人民医院关于做好春节期间安全工作的通知
各科室：
为确保春节期间医院安全，现将有关要求通知如下：
一、各病区要在1月20日前完成一次夜间疏散演练。
二、总务科负责在1月22日前检查全院消防设施。
城西人民医院
2025年1月10日"""


def test_a_hospitals_ward_is_its_own_unit():
    record = nlp_pipeline.process(HOSPITAL)
    drill = next(task for task in record.tasks if "疏散演练" in task.text)
    assert [(unit.canonical, unit.mention) for unit in drill.units] == [("其他", "各病区")]


def test_a_ward_outside_an_institutions_paper_is_no_party():
    # a government's notice names no ward of its own: 病区 after a verb is what is inspected
    assert [unit.mention for unit in find_units("县卫健局要加强对各医院病区的消防检查。")] == ["县卫健局"]
