"""Several fields in one parenthesis closing an item (notes s6 analysis7, group 8):
`…。（牵头单位：X；配合单位：Y；完成时限：Z）` was cut at each ； before it was read, so the lead was
lost, the cooperating parties became responsible and the deadline kept its `）`. The run is now one
field sentence and each value keeps its label's role. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.structure import document_structure, field_run

HEADER = "关于开展安全生产专项整治的通知\n各乡镇、县直有关部门：\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "（牵头单位：县应急管理局；配合单位：县商务局、县消防救援大队；完成时限：5月20日前）",
            [
                ("lead_units", "县应急管理局"),
                ("cooperating_units", "县商务局、县消防救援大队"),
                ("deadline", "5月20日前"),
            ],
        ),
        # ， between the fields, the full stop after the bracket, half-width brackets and colons
        ("（责任单位：县住建局，完成时间：6月底前）。", [("units", "县住建局"), ("deadline", "6月底前")]),
        ("(牵头部门:县林业局;时限:11月30日前)", [("lead_units", "县林业局"), ("deadline", "11月30日前")]),
        # a label that names no field (a leader) is dropped; the others stay
        (
            "（责任单位：县消防救援大队；责任领导：副县长王某；时限：7月15日前）",
            [("units", "县消防救援大队"), ("deadline", "7月15日前")],
        ),
        # a bracket nested in a value, a ， inside the deadline's own text
        (
            "（牵头单位：各县（市、区）安委办；完成时限：集中整治4月至6月，设施9月底前完工）",
            [("lead_units", "各县（市、区）安委办"), ("deadline", "集中整治4月至6月，设施9月底前完工")],
        ),
        # one field, with or without brackets, reads as before
        ("（责任单位：县安委办）", [("units", "县安委办")]),
        ("配合单位：县公安局、县交通运输局", [("cooperating_units", "县公安局、县交通运输局")]),
        # negatives: an aside whose second piece has no label, a one-character label, a contact note
        ("（说明：检查范围包括商场；学校另行部署）", []),
        ("（注：本表数据截至3月底；下同）", []),
        ("（联系人：县安委办张某，电话：0000-1234567）", []),
        # negatives: a quoted label (a form's column), a 【】 tag that runs on into the sentence
        ("请在“牵头单位：”栏填写本单位；在“完成时限：”栏填写日期。", []),
        ("配合单位：县商务局】各乡镇要落实属地责任。", []),
        # negative: a parenthesis that does not close the line is an aside in running text
        ("（牵头单位：县应急局；配合单位：县商务局）要在5月底前完成评估。", []),
    ],
)
def test_field_run_reads_every_field_with_its_role(text, expected):
    assert field_run(text) == expected


def sentences_of(item: str) -> list[tuple[str, str]]:
    structure = document_structure(HEADER + item + "\n")
    return [(s.kind, s.text) for s in structure.sentences if s.kind in ("body", "field")][1:]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the run after the item's 。 is one field sentence, not three pieces
        (
            "一、评估危化企业。对危化企业逐家评估。（牵头单位：县应急管理局；配合单位：县商务局；完成时限：5月20日前）",
            [
                ("body", "对危化企业逐家评估。"),
                ("field", "（牵头单位：县应急管理局；配合单位：县商务局；完成时限：5月20日前）"),
            ],
        ),
        # a run inside the item's last sentence keeps that sentence whole
        (
            "一、评估危化企业。对危化企业逐家评估（牵头单位：县应急管理局；配合单位：县商务局）。",
            [("body", "对危化企业逐家评估（牵头单位：县应急管理局；配合单位：县商务局）。")],
        ),
        # a run in mid-sentence: one sentence, and no field
        (
            "一、完成评估。县应急管理局（牵头单位：县应急局；配合单位：县商务局）要在5月底前完成评估。",
            [("body", "县应急管理局（牵头单位：县应急局；配合单位：县商务局）要在5月底前完成评估。")],
        ),
        # negatives: an aside and a 【】 tag are still cut at their ；
        (
            "一、开展检查。对商场开展检查（说明：范围包括商场；学校另行部署）。",
            [("body", "对商场开展检查（说明：范围包括商场；"), ("body", "学校另行部署）。")],
        ),
        (
            "一、落实责任。【牵头单位：县应急局；配合单位：县商务局】各乡镇要落实属地责任。",
            [("body", "【牵头单位：县应急局；"), ("body", "配合单位：县商务局】各乡镇要落实属地责任。")],
        ),
    ],
)
def test_no_sentence_ends_inside_a_field_run(item, expected):
    assert sentences_of(item) == expected


def units_and_deadline(text: str) -> dict[str, tuple[set[tuple[str, str, str]], str | None]]:
    """Each task's source (its first 10 characters) -> its (mention, canonical, role)s and deadline text."""
    return {
        task.source[:10]: (
            {(unit.mention, unit.canonical, unit.role) for unit in task.units},
            task.deadline.text if task.deadline else None,
        )
        for task in extract_fields(text).tasks
    }


def test_every_task_of_the_item_takes_the_run_with_each_labels_role():
    item = (
        "一、危化企业评估。对全县危化企业逐家评估，形成“一企一单”。"
        "（牵头单位：县应急管理局；配合单位：县商务局、县消防救援大队；完成时限：5月20日前）\n"
        "二、燃气安全。县住建局要组织燃气管道排查。\n"
    )
    tasks = units_and_deadline(HEADER + item)
    assert tasks["对全县危化企业逐家评"] == (
        {
            ("县应急管理局", "应急管理部门", "lead"),
            ("县商务局", "商务部门", "cooperating"),
            ("县消防救援大队", "消防救援机构", "cooperating"),
        },
        "5月20日前",
    )
    # the next item takes nothing from it
    assert tasks["县住建局要组织燃气管"] == ({("县住建局", "住房和城乡建设部门", "responsible")}, None)


def test_fields_parted_by_commas_and_a_leader_label():
    item = (
        "一、消防通道。清理小区消防通道堵塞问题。（责任单位：县消防救援大队，责任领导：副县长王某，时限：7月15日前）\n"
    )
    tasks = units_and_deadline(HEADER + item)
    assert tasks["清理小区消防通道堵塞"] == ({("县消防救援大队", "消防救援机构", "responsible")}, "7月15日前")


def test_a_cooperating_party_alone_leaves_the_lead_to_the_sentence():
    item = "一、联合检查。县应急管理局要开展联合检查。（配合单位：县公安局；完成时限：6月底前）\n"
    units, deadline = units_and_deadline(HEADER + item)["县应急管理局要开展联"]
    assert units == {("县应急管理局", "应急管理部门", "responsible"), ("县公安局", "公安机关", "cooperating")}
    assert deadline == "6月底前"


@pytest.mark.xfail(strict=True, reason="a run inside the last sentence stays in the task's text (task source)")
def test_a_run_inside_the_last_sentence_is_not_part_of_the_task_text():
    item = "一、危化企业评估。对危化企业逐家评估（牵头单位：县应急管理局；完成时限：5月20日前）。\n"
    assert "对危化企业逐家评估。" in {task.source for task in extract_fields(HEADER + item).tasks}
