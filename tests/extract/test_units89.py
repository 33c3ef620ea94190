"""A sanction that holds someone to account orders no addressee; a body's 处 before 于 and a limit (issue 13, units89).

`对工作不力的，将依规约谈有关负责人`, `对瞒报谎报的，一律从严追责`: the sentence opens with a sanction's condition and
its consequence holds the party the condition describes to account; the act is the superior's, so the sentence takes
no party from its lead-in or the sentence before (tasks.holds_to_account, task_cues.toml `held_to_account`). A party
it names itself stays; a condition with a modal of its own is an order going on; a consequence that hands the
violator over (移送, 移交, 提请) is the act of the party handing over. `工务处于6月底前`: 处于 (be in a state) takes
no limit, so before 于 and a date's limit the 处 ends a body's name (unit_rules.toml `government_body`).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units

from .unit_views import canonical, pair, units_of_task_with

HEAD = "关于做好国庆期间安全防范工作的通知\n\n"


def document(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("lines", "words", "expected"),
    [
        # an interview of the officials the condition describes: no addressee, though the sentence before names one
        (
            (
                "五、加强督导检查",
                "县安委办将会同县安委会成员单位组成督导组，于10月1日前开展暗查暗访。对工作不力、整改拖延的，将依规约谈有关负责人。",
            ),
            "依规约谈",
            set(),
        ),
        # accountability after 一律, under a lead-in's party
        (
            ("各乡镇要严格落实值班制度；对迟报漏报的，一律从严追责。",),
            "一律从严追责",
            set(),
        ),
        (
            ("三、严格值班值守", "各乡镇要严格落实值班制度。凡脱岗离岗造成后果的，要严肃追究相关人员责任。"),
            "脱岗离岗",
            set(),
        ),
        # near misses: a party the sentence names itself acts
        (
            ("各乡镇要于10月5日前完成整改。对逾期未整改的，县安委办将约谈乡镇分管负责人。",),
            "逾期未整改",
            {"安委办"},
        ),
        # a consequence that hands the violator over is the act of the party the sentence stands under
        (
            ("县应急局要加强执法检查；对涉嫌犯罪的，依法移送司法机关追究刑事责任。",),
            "移送司法机关",
            {"应急管理部门"},
        ),
        # a condition with a modal of its own is an order that goes on with the paragraph's party
        (
            ("县应急局要开展回头看；对已关闭矿点要逐一复查，发现死灰复燃的，依法查处并追究属地责任。",),
            "逐一复查",
            {"应急管理部门"},
        ),
        # a penalty the regulator imposes is no accountability: the regulator's own act goes on
        (
            ("县应急局要加强执法检查；对拒不整改的，要依法严肃处理。",),
            "拒不整改",
            {"应急管理部门"},
        ),
    ],
)
def test_sanction_that_holds_to_account(lines: tuple[str, ...], words: str, expected: set[str]) -> None:
    assert units_of_task_with(document(*lines), words, canonical) == expected


def test_sanction_with_its_own_party_keeps_its_mention() -> None:
    text = document("对整改不力的，县安委办将提请县政府约谈其主要负责人。")
    assert ("县安委办", "安委办") in units_of_task_with(text, "整改不力", pair)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县长要求工务处于6月底前修订施工查核作业规定。", [("工务处", "住房和城乡建设部门")]),
        ("县长要求劳工处于下周完成工地巡查。", [("劳工处", "人力资源和社会保障部门")]),
        # near misses: 处于 a state or a season is no body's limit
        ("工地处于停工状态的，要落实看护人员。", []),
        ("县长要求劳工处于汛期加强巡查。", []),
    ],
)
def test_office_before_yu_and_a_limit(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


def test_veto_after_a_condition() -> None:
    # an assessment's veto holds the failing body to account (units91: measured on every set, none fell)
    text = document("县安委会将加大考核权重；对发生较大事故的乡镇，实行年度考核“一票否决”。")
    assert units_of_task_with(text, "一票否决", canonical) == set()
