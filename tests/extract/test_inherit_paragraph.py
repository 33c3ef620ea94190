"""A heading-less paragraph's opening party carried to its later subjectless directives (notes s6
analysis7 group 2, s5 analysis6 group F): a news report's `各乡镇要…。要进一步…` gives 各乡镇 to the
second sentence; a condition, the issuer speaking of itself, a subject of its own, another party
named in between or a paragraph break stops it. The same guard keeps a numbered part's first
sentence from handing its parties to statements (another party in between: a strict xfail). Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def units_by_task(text: str) -> dict[str, set[str]]:
    """Each task's source (its first 8 characters) -> the mentions of its units."""
    return {task.source[:8]: {unit.mention for unit in task.units} for task in extract_fields(text).tasks}


NEWS_OPENING = "河湾县召开安全生产工作会议\n\n3月2日，河湾县召开全县安全生产工作会议。\n\n"
PARTY_SENTENCE = "会议指出，各乡镇、各有关部门要切实扛起责任，全面排查燃气管道隐患。"


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # subjectless continuations: a modal, an action, a time before the action
        ("要进一步压实企业主体责任，建立隐患台账。", {"各乡镇", "各有关部门"}),
        ("全面梳理辖区内老旧小区燃气管线，逐户登记。", {"各乡镇", "各有关部门"}),
        ("要加快推进消防站建设，补齐救援短板。", {"各乡镇", "各有关部门"}),
        # negatives: conditions and rules bind whoever meets them
        ("对拒不整改的，依法责令停产整顿。", set()),
        ("发生燃气泄漏，必须第一时间报告。", set()),
        ("凡未完成整改的企业，一律停止供气。", set()),
        # negatives: the issuer speaking of itself, a subject of its own
        ("镇里将组织一次“回头看”检查。", set()),
        ("县、乡两级要直接叫应到村组责任人。", set()),
    ],
)
def test_a_news_paragraphs_party_reaches_its_subjectless_directives(later, expected):
    units = units_by_task(NEWS_OPENING + PARTY_SENTENCE + later + "\n")
    assert units[PARTY_SENTENCE[:8]] == {"各乡镇", "各有关部门"}
    assert units.get(later[:8], set()) == expected


def test_another_party_named_in_between_ends_the_opening_partys_reach():
    text = NEWS_OPENING + PARTY_SENTENCE + "县住建局要牵头抓好城镇燃气专项整治。要加强节日值班值守。\n"
    units = units_by_task(text)
    assert units["县住建局要牵头抓"] == {"县住建局"}
    assert units["要加强节日值班值"] == set()


def test_a_new_paragraph_inherits_nothing():
    text = NEWS_OPENING + PARTY_SENTENCE + "\n\n要做好汛期各项准备工作，备足防汛物资。\n"
    assert units_by_task(text)["要做好汛期各项准"] == set()


ITEM = "关于做好汛期安全生产工作的通知\n一、强化监测预警\n县水利局、县气象局要加强雨情水情会商，及时发布风险提示。"


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("要在5月底前完成防汛物资补充更新。", {"县水利局", "县气象局"}),
        # negatives: a statement whose subject is a system, not a continuation
        ("防汛值班制度长期坚持，主汛期实行24小时值班。", set()),
        # known failure: the guard on a numbered part's first sentence removes realstyle_sealed3's
        # wrongly inherited units but cost dev and genre unit recall (0.992 -> 0.960, 1.000 -> 0.920),
        # whose gold inherits across other parties, so numbered parts keep the old reach
        pytest.param(
            "各乡镇要组织开展一次防汛演练。要在5月底前完成防汛物资补充更新。",
            set(),
            marks=pytest.mark.xfail(strict=True, reason="numbered parts keep their first sentence's reach"),
        ),
    ],
)
def test_a_parts_first_sentence_hands_its_parties_only_to_continuations(later, expected):
    units = units_by_task(ITEM + later + "\n")
    last = later.split("。")[-2][:8]
    assert units.get(last, set()) == expected
