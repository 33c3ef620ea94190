"""A document overseeing one firm gives the firm's trade to its tasks naming none; an issuing line that holds the body
and its day apart names the issuer (issue 13, sectors80).

A title whose act is done to one firm by its registered name (…对某某化工有限公司开展警示约谈的纪要) makes every task naming
no sector the firm's trade (sector_rules.toml title_subject_firm, sectors.title_subject_firm_sectors). A list of firms
(对…有限公司等5家单位) and a firm opening its own title are near misses. A printed minutes' issuing line
`医院办公室　　　2025年10月16日` names its issuer (meta.dated_issuer, units125), so a hospital's own minutes are about the
hospital in every task. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.sectors import title_subject_firm_sectors
from nlp_pipeline.pipeline import process_raw, raw_from_text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("云泽县应急管理局对云泽恒泰化工有限公司开展安全生产警示约谈的纪要", ["危险化学品"]),
        ("关于反馈对青禾精工机械有限公司安全生产巡查情况的意见", ["工贸"]),
        ("县住建局对宏远建设工程有限公司开展约谈的纪要", ["建筑施工"]),
        # near misses: a list of firms, a firm opening its own title, no firm, a firm of no trade word
        ("关于对云泽恒泰化工有限公司等3家单位重大事故隐患实行挂牌督办的通知", []),
        ("云泽恒泰化工有限公司安全生产例会纪要", []),
        ("关于对全县危险化学品企业开展执法检查的通知", []),
        ("县应急管理局对云泽远航有限公司开展约谈的纪要", []),
        (None, []),
    ],
)
def test_title_subject_firm_sectors(title: str | None, expected: list[str]) -> None:
    assert title_subject_firm_sectors(title) == expected


INTERVIEW = """云泽县应急管理局对云泽恒泰化工有限公司开展安全生产警示约谈的纪要

一、约谈事由

9月3日检查发现该公司存在多项问题。

二、整改要求

1.公司要在9月30日前完成全部问题整改，整改报告报县应急管理局。
2.县工业和信息化局配合做好行业指导。
3.罐区动火作业必须严格执行审批制度。
"""


def test_tasks_of_a_firm_interview_take_its_trade() -> None:
    record = process_raw(raw_from_text(INTERVIEW, "minutes"))
    by_item = {task.source[0]: sorted(task.sectors) for task in record.tasks}
    assert by_item["1"] == ["危险化学品"]
    assert by_item["2"] == ["危险化学品"]
    # a task naming its own sector keeps its own words
    assert by_item["3"] == ["危险作业"]


LISTED = """关于对青禾精工机械有限公司等3家单位重大事故隐患实行挂牌督办的通知

各乡镇人民政府，各有关部门：

一、督办要求

1.各督办单位要在9月30日前完成整改，整改报告报县应急管理局。
"""


def test_a_list_of_firms_gives_no_trade() -> None:
    record = process_raw(raw_from_text(LISTED, "notice"))
    assert [task.sectors for task in record.tasks] == [[]]


MINUTES = """青禾市第二人民医院安全生产委员会会议纪要

医院办公室　　　　2025年10月16日

10月14日，医院召开安全生产委员会会议，现将议定事项纪要如下。

一、议定事项

总务科在11月上旬前完成全院配电线路检修。
人事科于12月底前完成新入职职工安全培训。
"""


def test_hospital_minutes_with_its_issuing_line_are_about_the_hospital() -> None:
    record = process_raw(raw_from_text(MINUTES, "minutes"))
    assert record.meta.issuer == "医院办公室"
    assert record.tasks and all("医疗机构" in task.sectors for task in record.tasks)


def test_issuing_line_of_no_body_names_no_issuer() -> None:
    text = MINUTES.replace("医院办公室　　　　2025年10月16日", "会议要求　　　　各科室抓好落实")
    record = process_raw(raw_from_text(text, "minutes"))
    assert record.meta.issuer != "会议要求"
