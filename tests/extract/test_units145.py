"""A field line closes its own sub-item where the document gives sub-items lines of their own; a partner verb opens no
party's name; the new written set's unit disagreements by class (issue 13, units145).

Counted over /work/sealed42's unit disagreements (docs/extraction.md, units145). Built: a 责任单位 line after the last
sub-item of a list is lifted to the enclosing item only in a document whose lists never close two sub-items with lines
of their own (structure._items_carry_own_fields), and 会同/联合/配合… at a clause's opening is no word of the name
after it (unit_rules.toml kind_subject, enterprise.toml internal_party). Strict xfails: a colloquial bureau (局里) for
the body named before, a paragraph after a list's last item whose own closing parenthesis the item takes, a firm a
school names beside its own office (企业, split in the read golds). Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline import extract
from nlp_pipeline.extract.units import find_units

OWN_LINES = (
    "青山县2025年燃气安全工作要点\n"
    "一、压实责任\n"
    "1. 县住建局要与各燃气企业签订安全责任书，3月底前完成。\n"
    "（责任单位：县住建局）\n"
    "2. 落实燃气企业入户安检制度。\n"
    "3. 将燃气安全纳入年度考核。\n"
    "（责任单位：县安委办）\n"
    "二、强化检查\n"
    "4. 开展燃气管网隐患排查，4月底前完成。\n"
    "5. 计划6月前完成老旧管网改造。\n"
    "（责任单位：县城管局）\n"
)

LIFTED = (
    "青山县2025年燃气安全工作要点\n"
    "一、强化检查\n"
    "1. 开展燃气管网隐患排查，4月底前完成。\n"
    "2. 开展餐饮场所燃气报警器安装检查。\n"
    "3. 计划6月前完成老旧管网改造。\n"
    "（责任单位：县城管局）\n"
)

CITY_MANAGEMENT = [("县城管局", "城市管理和综合执法部门")]


def units_by_source(text: str) -> dict[str, list[tuple[str, str]]]:
    return {task.source: [(unit.mention, unit.canonical) for unit in task.units] for task in extract(text).tasks}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the document closes items 1 and 3 with lines of their own: item 5's line is item 5's
        ("5. 计划6月前完成老旧管网改造。", CITY_MANAGEMENT),
        ("4. 开展燃气管网隐患排查，4月底前完成。", []),
        ("二、强化检查", []),
        ("2. 落实燃气企业入户安检制度。", []),
        ("3. 将燃气安全纳入年度考核。", [("县安委办", "安委办")]),
    ],
)
def test_a_line_closes_its_own_sub_item_where_items_carry_lines(source: str, expected: list[tuple[str, str]]) -> None:
    assert units_by_source(OWN_LINES)[source] == expected


@pytest.mark.parametrize(
    "source",
    [
        "一、强化检查",
        "1. 开展燃气管网隐患排查，4月底前完成。",
        "2. 开展餐饮场所燃气报警器安装检查。",
        "3. 计划6月前完成老旧管网改造。",
    ],
)
def test_a_line_after_the_last_sub_item_still_closes_the_item_elsewhere(source: str) -> None:
    # no list of this document gives two sub-items lines of their own: the line under the last closes the whole item
    assert units_by_source(LIFTED)[source] == CITY_MANAGEMENT


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("办公室负责，会同物业公司做好以下工作：", [("办公室", "发文机关"), ("物业公司", "企业")]),
        ("县住建局负责，联合燃气公司开展入户安检。", [("县住建局", "住房和城乡建设部门"), ("燃气公司", "企业")]),
        # negative: a kind of firm opening its clause with its own act stays its subject
        ("燃气经营单位严格执行入户安检制度。", [("燃气经营单位", "企业")]),
        ("县住建局会同物业公司开展检查。", [("县住建局", "住房和城乡建设部门"), ("物业公司", "企业")]),
    ],
)
def test_a_partner_verb_opens_no_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


SCHOOL = "青山县实验小学\n关于做好校车安全工作的通知\n各年级组、总务处：\n一、开学前准备\n总务处负责，会同校车公司做好以下工作：\n1. 对校车逐一检查制动和灯光；\n2. 更新校车乘车学生名单。\n"


def test_a_partner_in_a_schools_lead_in_is_named_without_its_verb() -> None:
    assert [mention for mention, _ in units_by_source(SCHOOL)["2. 更新校车乘车学生名单。"]] == ["总务处", "校车公司"]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        pytest.param(
            "青山县应急管理局召开会议\n11月6日，县应急管理局召开冬季安全工作会议。会议要求各乡镇要加强检查。"
            "局里还将继续推进隐患治理，力争年内完成改造。\n",
            "局里还将继续推进隐患治理，力争年内完成改造。",
            [("局里", "应急管理部门")],
            id="a-colloquial-bureau-for-the-body-named-before",
        ),
        pytest.param(
            "青山县安委办通知\n二、抓实冬季取暖安全\n各乡镇要于1月25日前做好以下工作：\n1.对辖区内独居老人逐户走访；\n"
            "2.建立走访台账，发现问题当场督促整改。\n县卫生健康局要做好中毒救治药品准备。（责任单位：县卫生健康局；完成时限：1月20日前）\n",
            "2.建立走访台账，发现问题当场督促整改。",
            [("各乡镇", "乡镇街道")],
            id="a-paragraph-after-the-last-item-keeps-its-own-parenthesis",
        ),
        pytest.param(
            SCHOOL,
            "2. 更新校车乘车学生名单。",
            [("总务处", "其他"), ("校车公司", "企业")],
            id="a-firm-beside-a-schools-office",
        ),
    ],
)
@pytest.mark.xfail(strict=True, reason="left: see docs/extraction.md, units145")
def test_left_forms(text: str, source: str, expected: list[tuple[str, str]]) -> None:
    assert units_by_source(text)[source] == expected
