"""An institution that writes to its own offices, though a place opens its name or its e-mail header names it
(issue 13, units81).

A school's or a hospital's notice to its own offices gives its offices, classes and staff as its parties, of the kind
其他 (units65, units78: enterprise.own_party_kind). Two shapes of the writer went unread:

- the place the institution serves opens its name (`青苇县实验中学校长办公室`, a title `青苇县实验中学…安排`): the unit rules
  read the bare place as the county's government, so the issuer was 政府 and the school's offices no parties
  (context._place_of_an_institution: a place followed, within a short modifier, by an institution's head noun is
  where the institution stands);
- an e-mail from the institution's office (`发件人：…人民医院保卫科 <…>`): the normalizer takes the header off as
  chrome, and no issuer was read (meta.institution_sender).

And a table's `参与单位` column beside its `牵头单位` names the lead's helpers (tables.toml column_meaning).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.context import _place_of_an_institution
from nlp_pipeline.extract.meta import institution_sender

from .unit_views import pair, units_by_source, units_of_task_with


def units_by_task(text: str) -> dict[str, set[tuple[str, str]]]:
    return units_by_source(text, pair)


def task_units(text: str, words: str) -> set[tuple[str, str]]:
    return units_of_task_with(text, words, pair)


@pytest.mark.parametrize(
    ("mention", "name", "expected"),
    [
        ("柳溪县", "柳溪县第三中学政教处", True),  # the county the school serves
        ("白沙镇", "白沙镇中心卫生院", True),
        ("柳溪县", "柳溪县实验小学2027年暑假安全工作安排", True),  # a title the school's name opens
        ("柳溪县", "柳溪县人民政府办公室", False),  # the county's own office
        ("县教育局", "县教育局关于加强中小学校园安全的通知", False),  # a bureau's paper about schools
        ("柳溪县卫生健康局", "柳溪县卫生健康局", False),
    ],
)
def test_a_place_before_an_institutions_head(mention: str, name: str, expected: bool) -> None:
    assert _place_of_an_institution(mention, name) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["发件人：柳溪县人民医院后勤保障部 <hq@lx.example>", "收件人：各科室"], "柳溪县人民医院后勤保障部"),
        (["From: 白沙镇中心小学校办"], "白沙镇中心小学校办"),
        (["发件人：王敏（安全部） <wm@corp.example>"], None),  # a person
        (["发件人：集团安全管理部 <aq@corp.example>"], None),  # a company's department: the unit rules read it
        (["收件人：柳溪县人民医院各科室"], None),  # the addressee, not the writer
    ],
)
def test_an_institution_as_an_emails_sender(lines: list[str], expected: str | None) -> None:
    assert institution_sender(lines) == expected


SCHOOL = (
    "柳溪县第三中学2027年暑假安全工作安排\n\n"
    "各年级组、处室：\n"
    "为做好暑假期间安全工作，现作如下安排：\n"
    "1．教务处负责7月10日前完成实验室危化品清点。\n"
    "2．政教处要在放假前组织一次防溺水专题教育。\n\n"
    "柳溪县第三中学校长办公室\n2027年7月1日\n"
)

HOSPITAL_MAIL = (
    "发件人：柳溪县人民医院后勤保障部 <hq@lx.example>\n"
    "发送时间：2027年9月25日(星期六) 上午10:05\n"
    "收件人：各科室 <ks@lx.example>\n"
    "主题：关于做好国庆假期用电安全检查的通知\n\n"
    "各科室、各病区：\n"
    "为确保假期用电安全，现通知如下：\n"
    "1．设备科负责9月29日前完成配电房巡检。\n"
    "2．保卫科要在假期每日巡查一次院区消防通道。\n\n"
    "后勤保障部\n2027年9月25日\n"
)

COUNTY = (
    "柳溪县人民政府办公室关于做好暑期安全工作的通知\n\n"
    "各乡镇人民政府，县直有关部门：\n"
    "1．县教育局负责7月10日前完成校园安全检查。\n\n"
    "柳溪县人民政府办公室\n2027年7月1日\n"
)

TABLE = (
    "关于开展秋季安全检查的通知\n\n"
    "各乡镇人民政府，县直有关部门：\n"
    "现将检查分工通知如下。\n\n"
    "| 序号 | 检查领域 | 牵头单位 | 参与单位 | 时间节点 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 城镇燃气 | 县住建局 | 县市场监管局、县消防救援大队 | 10月底前 |\n"
    "| 2 | 道路运输 | 县交通运输局 | 县公安局 | 11月10日前 |\n\n"
    "县安全生产委员会办公室\n2027年9月20日\n"
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # the school's name opens with its county: its offices are its parties
        (SCHOOL, "实验室危化品清点", {("教务处", "其他")}),
        (SCHOOL, "防溺水专题教育", {("政教处", "其他")}),
        # the hospital's e-mail: its departments are its parties
        (HOSPITAL_MAIL, "配电房巡检", {("设备科", "其他")}),
        (HOSPITAL_MAIL, "院区消防通道", {("保卫科", "其他")}),
        # the county's own office writes: its bureau keeps its kind
        (COUNTY, "校园安全检查", {("县教育局", "教育部门")}),
    ],
)
def test_the_institutions_offices_as_parties(text: str, words: str, expected: set[tuple[str, str]]) -> None:
    assert task_units(text, words) == expected


def test_a_participating_column_helps_the_lead() -> None:
    roles = {
        (unit.canonical, unit.role)
        for task in extract_fields(TABLE).tasks
        if "城镇燃气" in task.source
        for unit in task.units
    }
    assert roles == {
        ("住房和城乡建设部门", "lead"),
        ("市场监督管理部门", "cooperating"),
        ("消防救援机构", "cooperating"),
    }
