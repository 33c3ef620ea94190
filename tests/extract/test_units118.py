"""Speakers, a noun's verb, a party's head noun and the issuer's squad (issue 13, units118).

The unit disagreements of the real pages r49 and r50, counted by class (docs/extraction.md, units118):
- a township head who speaks (镇长王某强调：) is no party: the level word 镇 is a mention of its own, so the title's 长
  follows it, and the speaker check (unit_rules.toml `not_a_party_after`) reads that 长 as a title;
- a verb after 的 heads a noun (总书记关于…的重要指示精神): no speaker's act, so the party before it stays;
- 单位 heads a party of its own and modifies no kind of business (各单位严格执行公司预案: 各单位, not a company);
- the issuer's enforcement squad named by its level (区局执法大队) is the issuer's, as 区局 and 局执法大队 are.
Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.tasks import find_units


def units_by_source(text: str) -> dict[str, list[tuple[str, str]]]:
    return {task.source: [(unit.mention, unit.canonical) for unit in task.units] for task in extract_fields(text).tasks}


def found(sentence: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence)]


MEETING = """9月20日，某镇召开燃气安全工作推进会。
针对节前燃气安全工作，镇长王某强调：
一要广泛宣传
要在10月底前完成燃气安全宣传全覆盖。
二要加快进度
各村（社区）要积极配合，10月底前完成安装。
"""


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the township head who speaks before the colon hands nobody the items …
        ("一要广泛宣传", []),
        ("要在10月底前完成燃气安全宣传全覆盖。", []),
        # … an item naming its own party keeps it
        ("各村（社区）要积极配合，10月底前完成安装。", [("各村（社区）", "乡镇街道")]),
    ],
)
def test_township_speaker_is_no_party(source: str, expected: list[tuple[str, str]]) -> None:
    assert units_by_source(MEETING)[source] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # speakers: a township's or a village's head who speaks is no party, the addressee after is
        ("乡长王某要求，各村要加强巡查。", [("各村", "乡镇街道")]),
        ("镇长李某某在会上指出，各村要加强巡查。", [("各村", "乡镇街道")]),
        # near misses: a township head told to act is a party; 说明 is an act, not the verb 说 of a speaker
        ("镇长要亲自抓燃气安全工作。", [("镇长", "党政领导")]),
        ("确实无法按期完成的，由属地镇长签字说明原因。", [("属地镇长", "党政领导")]),
        # a verb after 的 heads a noun: the party before it stays …
        ("王某指出，各级各部门要深入学习贯彻总书记关于安全生产的重要指示精神。", [("各级各部门", "各级各部门")]),
        # … near miss: a speaker's title and the verb he speaks with
        ("县委书记王某在会上指示，各乡镇要加强巡查。", [("各乡镇", "乡镇街道")]),
        # 单位 heads a party of its own: the company after it is what it acts on …
        ("各单位严格执行公司节日保电预案。", [("各单位", "各级各部门")]),
        # … near misses: kinds of business by their head noun
        ("各燃气公司要加强巡查。", [("各燃气公司", "企业")]),
        ("被检查单位要立即整改。", [("被检查单位", "企业")]),
        ("各在建项目业主单位要加强巡查。", [("各在建项目业主单位", "企业")]),
    ],
)
def test_party_slot_readings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


NOTICE = """某区应急管理局关于开展工贸企业专项整治的通知
各镇人民政府、街道办事处：
现将有关事项通知如下：
其中，粉尘涉爆企业由区局执法大队牵头开展排查。
区公安局执法大队要于6月底前完成危险货物运输企业排查。
"""


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the issuer's squad named by its level is the issuer's …
        ("其中，粉尘涉爆企业由区局执法大队牵头开展排查。", [("区局执法大队", "应急管理部门")]),
        # … near miss: another bureau's squad is that bureau's
        ("区公安局执法大队要于6月底前完成危险货物运输企业排查。", [("区公安局执法大队", "公安机关")]),
    ],
)
def test_issuers_squad_by_level(source: str, expected: list[tuple[str, str]]) -> None:
    assert units_by_source(NOTICE)[source] == expected


def test_partners_after_yu_in_a_subjectless_clause() -> None:
    # read since units122 (units.joint_partner_groups): a modal's directive, a joint arrangement
    assert found("一是要迅速与县公安局、县应急管理局成立专项整治工作专班。") == [
        ("县公安局", "公安机关"),
        ("县应急管理局", "应急管理部门"),
    ]
