"""A parenthesis closing an item that mixes parties and time, clause by clause (notes s7
analysis8, group 2): `…。（各街道负责，区林业局指导；办结时限：…）` was cut at its ； and lost both the
parties and the deadline; `（区安委办牵头，区司法局配合，年内完成）` gave no deadline, and `（区安委办，
三季度）` nothing at all. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.structure import closing_clauses, document_structure

HEADER = "关于开展农村房屋安全专项整治的通知\n各乡镇、县直有关部门：\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "（各街道负责，区林业局指导；办结时限：2026年4月底前）",
            [("units", "各街道负责"), ("supervising_units", "区林业局"), ("deadline", "2026年4月底前")],
        ),
        # ， between every clause, a time with its verb, a full stop after the bracket
        (
            "（区文旅局牵头，区税务局配合，三季度完成）。",
            [("units", "区文旅局牵头"), ("units", "区税务局配合"), ("deadline", "三季度完成")],
        ),
        # a bare party and a bare time
        ("（县应急管理局，四季度）", [("units", "县应急管理局"), ("deadline", "四季度")]),
        # a nested bracket inside a party, a verb with its object, 督导
        (
            "（各县（市、区）政府负责日常巡查，市应急管理局督导；10月底前）",
            [
                ("units", "各县（市、区）政府负责日常巡查"),
                ("supervising_units", "市应急管理局"),
                ("deadline", "10月底前"),
            ],
        ),
        # a field label beside parties with their verb
        (
            "（县交通运输局牵头；完成时限：每季度末前各完成一轮）",
            [("units", "县交通运输局牵头"), ("deadline", "每季度末前各完成一轮")],
        ),
        # negatives: one clause alone is left to the older patterns; a time with no party; an aside;
        # a heading's number; a clause that is neither party, label nor time; no bracket at the end
        ("（区水务局、区农业局负责）", []),
        ("（12月底前完成）", []),
        ("（6月底前；逾期通报）", []),
        ("（注：本表数据截至3月底；下同）", []),
        ("（一）组织领导", []),
        ("（县应急管理局牵头，逐家建立台账并动态更新管理）", []),
        ("（县应急管理局牵头，县商务局配合）要在5月底前完成评估。", []),
    ],
)
def test_each_clause_of_a_closing_parenthesis_gets_its_role(text, expected):
    assert closing_clauses(text) == expected


def test_no_sentence_ends_inside_a_closing_parenthesis():
    item = "（一）排查建档。对沿街商铺逐户排查。（各街道负责，区林业局指导；办结时限：2026年4月底前）\n"
    structure = document_structure(HEADER + item)
    field = [s for s in structure.sentences if s.kind == "field"]
    assert [s.text for s in field] == ["（各街道负责，区林业局指导；办结时限：2026年4月底前）"]
    # negative: a ； in running text still ends the sentence
    structure = document_structure(HEADER + "（二）消防排查。县消防救援大队要检查通道；各乡镇要清理杂物。\n")
    assert [s.text for s in structure.sentences if s.kind == "body"][-2:] == [
        "县消防救援大队要检查通道；",
        "各乡镇要清理杂物。",
    ]


def units_and_deadline(text: str) -> dict[str, tuple[set[tuple[str, str, str]], str | None]]:
    return {
        task.source[:8]: (
            {(unit.canonical, unit.role) for unit in task.units},
            task.deadline.date if task.deadline else None,
        )
        for task in extract_fields(text).tasks
    }


def test_every_task_of_the_item_takes_the_parties_and_the_time():
    text = (
        HEADER
        + "（一）开展排查建档。要对沿街商铺逐户排查，补登遗漏信息。（各街道负责，区林业局指导；办结时限：2026年4月底前）\n"
        + "（二）督导考评。开展季度考评，对3个街道开展督导。（区应急管理局，2026年四季度）\n"
        + "（三）宣传引导。县融媒体中心要做好宣传报道。\n"
    )
    tasks = units_and_deadline(text)
    expected_first = ({("乡镇街道", "responsible"), ("林业和草原部门", "supervising")}, "2026-04-30")
    assert tasks["（一）开展排查建"] == expected_first
    assert tasks["要对沿街商铺逐户"] == expected_first
    assert tasks["开展季度考评，对"] == ({("应急管理部门", "responsible")}, "2026-12-31")
    # the next item takes nothing from them
    assert tasks["县融媒体中心要做"][1] is None


@pytest.mark.parametrize(
    ("item", "fields"),
    [
        # no colon anywhere: the closing parenthesis still holds its ； (review 10, finding 2)
        (
            "（一）清理占道。对沿河步道逐段清理。（区城管局牵头；区水务局配合；7月底前完成）\n",
            ["（区城管局牵头；区水务局配合；7月底前完成）"],
        ),
        # the colon variant, mended before
        (
            "（一）清理占道。对沿河步道逐段清理。（区城管局牵头；办结时限：7月底前）\n",
            ["（区城管局牵头；办结时限：7月底前）"],
        ),
        # negative: a parenthesis that is an aside, not closing clauses, is no field
        ("（一）清理占道。对沿河步道逐段清理（含桥下空间；涵洞入口）\n", []),
    ],
)
def test_a_closing_parenthesis_is_one_field_with_or_without_a_colon(item, fields):
    structure = document_structure(HEADER + item)
    assert [s.text for s in structure.sentences if s.kind == "field"] == fields
    assert not any(s.text in ("配合；", "完成）", "区水务局配合；") for s in structure.sentences)
