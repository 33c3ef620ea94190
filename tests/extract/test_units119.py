"""A firm's own label line hands it its share; a 挂牌督办 list's firm column beside the place's duty (issue 13, units119).

A line that holds one firm by its registered legal form and its colon, nothing else (`某某化工有限公司：`), over the
paragraphs or the numbered items of its share, is the party of those that name none, up to the next label line,
heading or part (tasks.firm_label_units, Inheritance._find_duty_parties, Inheritance.inherited). A table's column of
the place's or the regulator's duty (属地责任单位, 监管责任单位: tables.toml `oversight_responsibility`) watches the
row's work as a 督办单位 column does, so the column naming the row's firm still names the party that rectifies; a
place word that runs straight on into that firm's name is where it stands (tasks.names_a_place_of). Invented texts."""

from __future__ import annotations

import pytest

from tests.extract.test_units116 import units_by_source

LISTED = (
    "青山县安全生产委员会关于对重大事故隐患实行挂牌督办的通知\n"
    "各乡镇人民政府，县安委会各成员单位：\n"
    "经研究，决定对以下重大事故隐患实行挂牌督办。现将有关事项通知如下。\n"
    "一、挂牌督办单位及整改时限\n"
    "序号|单位名称|所在乡镇|重大事故隐患|整改时限|督办单位|属地责任单位\n"
    "1|青山县华泰化工有限公司|城南镇|储罐区未设置紧急切断装置|2025年6月30日前|县应急管理局|城南镇人民政府\n"
    "2|青山县新城商业广场|城北镇|疏散通道堵塞，喷淋系统停用|2025年5月20日前|县消防救援大队|城北镇人民政府\n"
    "二、对挂牌督办单位的整改要求\n"
    "青山县华泰化工有限公司：\n"
    "储罐区紧急切断装置须于6月30日前完成安装调试。整改期间停止储罐区装卸作业。\n"
    "青山县新城商业广场经营管理单位：\n"
    "喷淋系统须于5月20日前修复，修复前安排专人值守。\n"
    "三、工作要求\n"
    "（一）各挂牌督办单位要于4月30日前制定整改方案。\n"
)

CONTROL = (
    "青山县应急管理局关于安全检查发现问题整改的通知\n"
    "各乡镇人民政府：\n"
    "一、问题清单\n"
    "序号|单位名称|主要问题|责任单位|整改时限\n"
    "1|青山县华泰化工有限公司|储罐区未设置紧急切断装置|城南镇人民政府|2025年6月30日前\n"
)

ITEMS = (
    "青山市交通运输局关于做好假期道路运输安全工作的通知\n"
    "各县（市、区）交通运输局，各运输企业：\n"
    "为做好假期道路运输安全工作，现就有关事项通知如下。\n"
    "一、对重点运输企业的要求\n"
    "青山市公交集团有限公司：\n"
    "（一）节前完成全部运营车辆安全技术检查；\n"
    "（二）对客流集中线路加密班次，制定大客流疏运预案。\n"
    "二、强化运行监测\n"
    "各县（市、区）交通运输局要落实24小时值班制度。\n"
)

ORDER = (
    "整改通知书\n"
    "青山县华泰化工有限公司：\n"
    "我局于4月2日对你公司进行了检查。储罐区紧急切断装置须于6月30日前完成安装调试。\n"
)


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # the firm column beside a 督办单位 and a 属地责任单位 column: the firm rectifies, the township answers for the place
        (
            LISTED,
            "1|青山县华泰化工有限公司",
            [
                ("青山县华泰化工有限公司", "企业"),
                ("县应急管理局", "应急管理部门"),
                ("城南镇人民政府", "乡镇街道"),
            ],
        ),
        # a place word running straight into a firm's name is no party of its own (a county's government)
        (LISTED, "2|青山县新城商业广场", [("县消防救援大队", "消防救援机构"), ("城北镇人民政府", "乡镇街道")]),
        # the firm's own label line over its paragraph: both sentences, which name no party, are its share
        (LISTED, "储罐区紧急切断装置须于6月30日前", [("青山县华泰化工有限公司", "企业")]),
        (LISTED, "整改期间停止储罐区装卸作业", [("青山县华泰化工有限公司", "企业")]),
        # near miss: a label line that is no registered firm ends the share before it; its paragraph stays unread
        (LISTED, "喷淋系统须于5月20日前修复", []),
        # near miss: beside a plain 责任单位 column the inspected firm's column names no party (the read gold)
        (CONTROL, "1|青山县华泰化工有限公司", [("城南镇人民政府", "乡镇街道")]),
        # the firm's label line as the lead-in of numbered items
        (ITEMS, "（一）节前完成全部运营车辆安全技术检查", [("青山市公交集团有限公司", "企业")]),
        (ITEMS, "（二）对客流集中线路加密班次", [("青山市公交集团有限公司", "企业")]),
        # near miss: a later part keeps its own party
        (ITEMS, "各县（市、区）交通运输局要落实24小时值班制度", [("各县（市、区）交通运输局", "交通运输部门")]),
        # near miss: a letter to one firm greets it; its salutation hands the letter's sentences nothing
        (ORDER, "储罐区紧急切断装置须于6月30日前", []),
    ],
)
def test_firm_label_and_listed_firm(text: str, source: str, expected: list[tuple[str, str]]) -> None:
    found = units_by_source(text)
    assert [units for task, units in found.items() if task.startswith(source)] == [expected]


@pytest.mark.xfail(
    strict=True, reason="各挂牌督办单位 (the units a 挂牌督办 lists: firms) is read by its head 督办单位 as 有关部门"
)
def test_listed_units_are_the_firms() -> None:
    found = units_by_source(LISTED)
    assert [u for task, u in found.items() if task.startswith("（一）各挂牌督办单位")] == [[("各挂牌督办单位", "企业")]]


@pytest.mark.xfail(
    strict=True, reason="a firm column's cell no alias reads (…商业广场) is not read by the column's word"
)
def test_listed_firm_without_legal_form() -> None:
    found = units_by_source(LISTED)
    row = next(units for task, units in found.items() if task.startswith("2|"))
    assert ("青山县新城商业广场", "企业") in row
