"""A Hong Kong, Macau or Taiwan body before 亦表示 or 亦正联同: it speaks of, or is doing, its own work (issue 13,
units126).

Counted on r51, r49, r50 and realstyle_sealed37 (docs/extraction.md, units126): a body restating its coming work after
亦表示 (房屋局亦表示，将联同…) and a body doing it now with a partner (劳工处亦正联同…) were no party, while the partner after
联同 was. The adverb 亦 before the speech verb and the progressive 正 before 联同/会同 now stand in unit_rules.toml
`predicate_after`. Invented texts."""

from __future__ import annotations

import pytest

import nlp_pipeline


def units_of(text: str) -> set[tuple[str, str]]:
    record = nlp_pipeline.process(text, date="2030-03-04")
    return {(unit.mention, unit.canonical) for task in record.tasks for unit in task.units}


@pytest.mark.parametrize(
    ("text", "party", "read"),
    [
        ("房屋局亦表示，将联同消防处持续关注工地的防风准备工作。", ("房屋局", "住房和城乡建设部门"), True),
        (
            "劳工处亦正联同职业安全健康局加强宣传，并提醒雇主在安排高处工作时，应提供合适的安全带。",
            ("劳工处", "人力资源和社会保障部门"),
            True,
        ),
        ("劳工处正会同消防处加强巡查，并提醒承建商在台风前，应加固棚架。", ("劳工处", "人力资源和社会保障部门"), True),
        ("房屋局亦表示，将于下月展开专项巡查。", ("房屋局", "住房和城乡建设部门"), True),
        # near misses: a result reported after 亦表示, a speech whose next clause orders others
        ("房屋局亦表示，工程已于上月完成。", ("房屋局", "住房和城乡建设部门"), False),
        ("房屋局亦表示，各承建商须于台风季节前完成检查。", ("房屋局", "住房和城乡建设部门"), False),
    ],
)
def test_body_before_also_speaks_or_joins(text: str, party: tuple[str, str], read: bool) -> None:
    assert (party in units_of(text)) is read


@pytest.mark.xfail(
    strict=True,
    reason="a ministry outside the vocabulary after 请 (内政部, 经济部): the head 部 is also "
    "a firm's own department (生产部, 安环部) and the golds split 经济部's canonical (工业和信息化 in r45, 其他 in r51)",
)
def test_ministry_outside_vocabulary_after_request() -> None:
    assert ("内政部", "其他") in units_of("另针对陆上整备部分，请内政部督导地方政府加强招牌防护。")


@pytest.mark.xfail(
    strict=True, reason="partners after 联同 in a 及 list whose heads no rule reads (建造商会, 相关工会)"
)
def test_partner_chamber_after_join() -> None:
    found = units_of("环保局亦会于七月展开巡查，并联同建造商会及相关工会举办宣传活动。")
    assert ("建造商会", "其他") in found
