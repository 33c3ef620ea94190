"""A findings table's column of enterprise names names each row's party (issue 13, units88).

`企业名称|主要问题|整改期限`: the header says its cells are the names of enterprises, and with no answering column
beside it (责任单位) the named enterprise is the party that rectifies its row, as a `被检查单位` column alone is
(tables.toml `column_meaning`, structure._without_inspected_columns). A project's name names work, not a party, and
a contact form (单位名称|姓名|联系电话) holds no column of tasks.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import find_units

from .unit_views import pair, units_by_source, units_of_task_with

HEAD = "关于危险化学品企业专项检查发现问题的通报\n\n各有关企业：\n现将检查发现的主要问题通报如下。\n"


def document(header: str, *rows: str) -> str:
    return HEAD + "\n".join((header, *rows)) + "\n"


@pytest.mark.parametrize(
    ("header", "row", "words", "expected"),
    [
        # the enterprise named in the row's first cell
        (
            "企业名称 | 主要问题 | 整改期限",
            "青石振鸿化工有限公司 | 紧急停车系统未投用 | 2024年11月15日前",
            "紧急停车系统",
            {("青石振鸿化工有限公司", "企业")},
        ),
        (
            "单位名称 | 存在问题 | 整改时限",
            "青石鑫源气体有限公司 | 可燃气体报警器未定期检定 | 2024年12月1日前",
            "可燃气体报警器",
            {("青石鑫源气体有限公司", "企业")},
        ),
        # negative: beside an answering column the project's name is what the row is about
        (
            "项目名称 | 存在问题 | 整改责任单位 | 整改时限",
            "城东污水管网工程 | 基坑临边防护缺失 | 县住建局 | 2024年11月30日前",
            "基坑临边防护",
            {("县住建局", "住房和城乡建设部门")},
        ),
    ],
)
def test_a_column_of_enterprise_names_names_the_rows_party(header, row, words, expected):
    assert units_of_task_with(document(header, row), words, pair) == expected


def test_a_contact_form_of_unit_names_holds_no_task():
    text = document("单位名称 | 姓名 | 职务 | 联系电话", "青石振鸿化工有限公司 | 李某 | 安全员 | 0000-1234567")
    assert not any("青石振鸿" in task.source for task in extract_fields(text).tasks)


def test_a_sentence_naming_its_own_party_keeps_it_beside_the_table():
    text = (
        document(
            "企业名称 | 主要问题 | 整改期限",
            "青石振鸿化工有限公司 | 紧急停车系统未投用 | 2024年11月15日前",
        )
        + "县应急管理局要在12月5日前组织复查。\n"
    )
    assert units_by_source(text, pair, prefix=8)["县应急管理局要在"] == {("县应急管理局", "应急管理部门")}


@pytest.mark.xfail(
    strict=True,
    reason="counted, left out: a would-be township whose first word the tagger calls "
    "nz, not v (印发乡…), is read as a place and its leaders as the party (one sentence)",
)
def test_an_act_before_a_township_word():
    assert find_units("2月底前印发乡领导班子成员安全生产任务清单。") == []
