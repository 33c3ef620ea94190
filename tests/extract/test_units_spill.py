"""Units spilled from a neighbouring line or sentence (notes s4 analysis, group 2): a member list is
no 责任单位 line, inheritance comes only from a true lead-in or the item's own party line, and a
forwarded document does not take the forwarding note's addressees. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.structure import field_line


def units_by_task(text: str) -> dict[str, set[str]]:
    """Each task's text (its first 12 characters) -> its canonical units."""
    return {task.source[:12]: {unit.canonical for unit in task.units} for task in extract_fields(text).tasks}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("责任单位：县应急管理局", ("units", "县应急管理局")),
        ("主办单位：县应急管理局", ("units", "县应急管理局")),
        ("协办单位：县消防救援大队", ("cooperating_units", "县消防救援大队")),
        ("督办单位：市应急管理局", ("supervising_units", "市应急管理局")),
        ("主管部门：县住房和城乡建设局", ("units", "县住房和城乡建设局")),
        # member and attendee lists name no one who answers for the work
        ("专班成员单位：县应急管理局、县公安局、县住建局", None),
        ("成员单位：县交通运输局、县农业农村局", None),
        ("参会单位：各乡镇、县直有关部门", None),
        ("参加单位：县消防救援大队", None),
        ("出席：县政府副县长王某", None),
        ("列席：县应急管理局局长李某", None),
        ("抄送：市应急管理局", None),
    ],
)
def test_only_a_responsibility_label_makes_a_party_field_line(line, expected):
    assert field_line(line) == expected


def test_a_member_list_under_an_item_gives_its_tasks_nothing():
    text = (
        "关于开展有限空间作业专项整治的通知\n"
        "一、工作措施\n"
        "（一）强化执法检查。\n"
        "县应急管理局要对有限空间作业单位开展一次全覆盖检查。\n"
        "专班成员单位：县应急管理局、县公安局、县住建局、县市场监管局\n"
        "（二）强化执法惩处。\n"
        "对作业前未检测、无人监护等违法行为，一律依法处罚。\n"
    )
    found = units_by_task(text)
    assert found["县应急管理局要对有限空间"] == {"应急管理部门"}
    assert all("公安机关" not in units for units in found.values())
