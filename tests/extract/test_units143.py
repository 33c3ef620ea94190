"""A body that speaks (强调, 指出, 表示) of another party's duty frames the report and is no party (issue 13, units143).

Counted over the unit disagreements on matched tasks of the new development sets (r59, r60, /work/sealed41; docs/extraction.md,
units143): most rows are parties carried from a lead-in, a letter's addressee or an earlier sentence, a firm's own
offices (units142's) and single forms. The one class the older golds read one way is the speaker: a body that
stresses or points out what another party must do (X强调，Y必须…) is left out and Y kept, as 提醒/呼吁 and a spokesman's
frame already were; the body that announces its own coming work (X表示，将…) stays. Built: units.frames_another_party
takes a party group opening the clause after the body's speech frame. Strict xfails: a report opening with a
condition before its party, a circular's rule (X通函…规定，), a trade's whole system (全市交通运输系统), a property's owner
(业权人), 你们 greeted by the addressee line. Invented texts."""

from __future__ import annotations

import pytest

from .unit_views import sentence_task_units

NOTICE = "青山县应急管理局通知\n"


def units_of(sentence: str, text: str = NOTICE) -> list[tuple[str, str]]:
    return sentence_task_units(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("屋宇处强调，承办商必须在开工前提交安全计划。", [("承办商", "企业")]),
        ("县应急管理局强调，各企业必须于月底前完成自查。", [("各企业", "企业")]),
        ("县消防救援大队指出，县住建局要每周巡查在建工地。", [("县住建局", "住房和城乡建设部门")]),
        ("市交通运输局亦表示，各区县交通运输局要加密巡查频次。", [("各区县交通运输局", "交通运输部门")]),
    ],
)
def test_a_speaking_body_before_another_party_is_no_party(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the body announces its own coming work: it stays the party
        ("劳工处表示，将联同消防处加强巡查。", [("劳工处", "人力资源和社会保障部门"), ("消防处", "消防救援机构")]),
        ("县应急管理局强调，将于下月起开展专项检查。", [("县应急管理局", "应急管理部门")]),
        # no party opens the report: the body is read as before
        ("县应急管理局强调，要严格落实值班制度。", [("县应急管理局", "应急管理部门")]),
        # a body that asks directly (X要求Y) was already no party
        ("县应急管理局要求各企业立即开展自查。", [("各企业", "企业")]),
    ],
)
def test_a_body_announcing_its_own_work_stays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # a condition before the report's party
        ("县应急管理局强调，一旦发生险情，各企业必须立即撤离人员。", NOTICE, [("各企业", "企业")]),
        # a circular's rule, the body before its document's number, a condition before the party
        ("消防处通函第3／2026号规定，当装置损坏时，承办商必须在装置旁张贴告示。", NOTICE, [("承办商", "企业")]),
        # a trade's whole system as its department
        ("全市交通运输系统要加强节日值班值守。", NOTICE, [("全市交通运输系统", "交通运输部门")]),
        # a property's owner (业权人) as an owner
        ("至于私人楼宇的业权人须及早完成外墙检查。", NOTICE, [("业权人", "企业")]),
        # 你们 of a letter greeting one body on its addressee line
        (
            "请你们于月底前报送整改情况。",
            "关于督办整改的通知\n县消防救援大队：\n",
            [("县消防救援大队", "消防救援机构")],
        ),
    ],
)
@pytest.mark.xfail(strict=True, reason="left by units143: a single form in the development sets, or split by the golds")
def test_what_is_left(sentence: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert units_of(sentence, text) == expected
