"""An institution writing to its own departments and staff writes about its own premises: its sector goes to every
task, whatever hazard a task names (enterprise.issuer_institution, sector_rules.toml [topic.issuer_institutions]).
Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.enterprise import issuer_institution

HOSPITAL = (
    "关于开展冬季安全检查的通知\n各科室：\n为做好冬季安全工作，现将有关事项通知如下：\n"
    "一、保卫科负责消防设施检查，12月20日前完成。\n二、后勤保障部负责锅炉和电梯检查，每周报送一次。\n"
    "三、各科室要做好本科室用电安全自查。\n青禾县人民医院办公室\n2025年12月1日"
)
SCHOOL = (
    "关于做好暑假前安全工作的通知\n各年级组、各班主任：\n一、总务处负责食堂燃气管道检查，6月30日前完成。\n"
    "二、各班主任要在放假前开展一次防溺水教育。\n青禾县第二中学政教处\n2025年6月20日"
)
COMPANY = (
    "关于开展冬季安全检查的通知\n各部门、各车间：\n一、设备部负责锅炉和电梯检查，12月20日前完成。\n"
    "二、各车间要做好用电安全自查。\n青禾县宏达纸业有限公司\n2025年12月1日"
)


@pytest.mark.parametrize(
    ("text", "institution"),
    [(HOSPITAL, "医疗机构"), (SCHOOL, "学校")],
)
def test_an_institutions_own_notice_is_about_it_in_every_task(text: str, institution: str) -> None:
    tasks = extract_fields(text).tasks
    assert tasks and all(institution in task.sectors for task in tasks)


def test_a_companys_own_notice_takes_no_institution() -> None:
    tasks = extract_fields(COMPANY).tasks
    assert tasks and not any({"医疗机构", "学校", "养老机构"} & set(task.sectors) for task in tasks)


@pytest.mark.parametrize(
    ("issuer", "issuer_name", "sectors"),
    [
        (None, "城南人民医院", ["医疗机构"]),
        ("其他", "潇江县第二中学政教处", ["学校"]),
        (None, "阳光敬老院", ["养老机构"]),
        # a body the unit list reads writes about every institution, each task naming its own place
        ("教育部门", "青禾县教育局", []),
        (None, "青禾县宏达纸业有限公司", []),
        (None, None, []),
    ],
)
def test_the_issuers_institution_by_its_head_noun(issuer: str | None, issuer_name: str | None, sectors: list[str]):
    assert issuer_institution(issuer, issuer_name) == sectors
