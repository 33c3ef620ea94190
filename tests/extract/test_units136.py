"""A duty list's post column names the holder of each row's duties (issue 13, units136).

Counted over realstyle_sealed39's unit misses (docs/extraction.md, units136): a township's 岗位责任清单 (序号|岗位|主要安全
生产职责, one post a row) read no table, so every row took the party of the section above it (镇纪委, supervising). The
golds give each row its post (7 of 7, the one such table of the read sets). A 岗位 column now names parties and a 职责
column the task, as 责任单位 and 工作任务 do. A contact form's 职务 column stays no table of tasks. Strict xfails: the posts
the mention grammar does not read (分管…副镇长, a village's 党支部书记) and a firm's own departments (convention 10, split
by era: units134); a secretary after its body and a letter's 你局 are read since units137. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline import extract

SECTION_ABOVE = "青石镇安全生产工作要点\n一、强化督查\n镇纪委对各岗位履职情况开展监督检查。\n附表\n"


def task_units(text: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    return [
        (task.source, [(unit.mention, unit.canonical, unit.role) for unit in task.units])
        for task in extract(text).tasks
    ]


def row_units(text: str) -> list[list[tuple[str, str, str]]]:
    return [units for source, units in task_units(text) if "|" in source]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        ("序号|岗位|主要安全生产职责", "1|镇长|每月主持召开一次安全生产例会。", [("镇长", "党政领导", "responsible")]),
        (
            "序号|岗位|主要安全生产职责",
            "2|其他班子成员|每季度对分管领域至少检查一次。",
            [("班子成员", "党政领导", "responsible")],
        ),
        (
            "序号|岗位|主要安全生产职责",
            "3|村安全员|按网格开展巡查，建立隐患台账。",
            [("村安全员", "乡镇街道", "responsible")],
        ),
        ("序号|责任岗位|主要职责", "1|镇长|组织制定年度安全生产工作计划。", [("镇长", "党政领导", "responsible")]),
        # near miss: a unit column beside a 职责 column reads as it did
        (
            "序号|责任单位|主要职责|完成时限",
            "1|县水利局|负责水库山塘巡查|6月底前",
            [("县水利局", "水利部门", "responsible")],
        ),
    ],
)
def test_a_post_column_names_each_rows_holder(header: str, row: str, expected: list[tuple[str, str, str]]) -> None:
    assert row_units(f"{SECTION_ABOVE}{header}\n{row}\n") == [expected]


def test_the_section_above_keeps_its_own_party() -> None:
    text = f"{SECTION_ABOVE}序号|岗位|主要安全生产职责\n1|镇长|每月主持召开一次安全生产例会。\n"
    assert ("镇纪委对各岗位履职情况开展监督检查。", [("镇纪委", "纪检监察机关", "supervising")]) in task_units(text)


def test_a_contact_forms_post_column_is_no_task_table() -> None:
    text = "关于报送联络员的通知\n各乡镇要于3月5日前报送联络员名单。\n姓名|职务|办公电话\n张某|副镇长|0731-1234567\n"
    assert task_units(text) == [("各乡镇要于3月5日前报送联络员名单。", [("各乡镇", "乡镇街道", "responsible")])]


def test_a_secretary_after_its_body_is_the_post() -> None:
    assert row_units(f"{SECTION_ABOVE}序号|岗位|主要安全生产职责\n1|镇党委书记|每半年带队开展一次综合督查。\n") == [
        [("镇党委书记", "党政领导", "responsible")]
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a post named by its charge before the title (分管安全生产副镇长) is no mention: the title reads only right after "
    "a level word",
)
def test_a_post_named_by_its_charge() -> None:
    assert row_units(f"{SECTION_ABOVE}序号|岗位|主要安全生产职责\n1|分管安全生产副镇长|每月召开一次安委办例会。\n") == [
        [("分管安全生产副镇长", "党政领导", "responsible")]
    ]


def test_a_letters_second_person_is_its_addressee() -> None:
    text = "关于督查反馈意见的函\n南川县住房和城乡建设局：\n现将督查情况反馈如下。\n你局要于7月底前完成起重机械台账更新。\n"
    assert [units for _, units in task_units(text)][-1] == [("你局", "住房和城乡建设部门", "responsible")]
