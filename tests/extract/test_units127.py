"""A firm's post and its holder before a speech verb speaks; the party is the demand's object (issue 13, units127).

Counted on r49–r52 and realstyle_sealed37 (docs/extraction.md, units127): in a firm's meeting report the manager
who demands (该公司经理王某要求，办公室牵头…) was read as a party of the firm, because a post title and a name before a
verb read as an internal party acting. enterprise.toml `speaks` now refuses a speech verb before a pause or the
addressed party as the post's act. Left as strict xfails: staff heads outside the post words (焊工) and a staff
subject before a frame of time with no modal, and a school's 班主任 where no issuer names the school. Invented texts."""

from __future__ import annotations

import pytest

import nlp_pipeline

FIRM = "某化工公司召开安全生产会议\n"


def units_of(text: str) -> set[tuple[str, str]]:
    record = nlp_pipeline.process(text, date="2030-03-04")
    return {(unit.mention, unit.canonical) for task in record.tasks for unit in task.units}


@pytest.mark.parametrize(
    ("text", "party", "read"),
    [
        # the speaker of the demand is no party; the object named after the verb is
        (
            FIRM + "该公司经理王某要求，办公室牵头做好公司维稳工作，确保不发生影响公司稳定事件。",
            ("该公司经理王某", "企业"),
            False,
        ),
        (
            FIRM + "该公司经理王某要求，办公室牵头做好公司维稳工作，确保不发生影响公司稳定事件。",
            ("办公室", "企业"),
            True,
        ),
        (FIRM + "总经理周某强调，各车间要加强夜间巡检。", ("总经理周某", "企业"), False),
        (FIRM + "总经理周某强调，各车间要加强夜间巡检。", ("各车间", "企业"), True),
        # near misses: a post's own act that opens with the same verb, a unit that acts with its modal
        (FIRM + "安全员要求整改到位的隐患逐项复查。", ("安全员", "企业"), True),
        (FIRM + "一车间要于本周内完成配电箱更换。", ("一车间", "企业"), True),
    ],
)
def test_speaker_post_is_no_party(text: str, party: tuple[str, str], read: bool) -> None:
    assert (party in units_of(text)) is read


@pytest.mark.xfail(strict=True, reason="焊工 is no post word and 在…时 before the act has no modal (units127, left)")
def test_welder_before_a_frame_of_time() -> None:
    assert ("焊工", "企业") in units_of(FIRM + "焊工在动火作业时认真落实安全措施，措施不到位时严禁动火。")


@pytest.mark.xfail(
    strict=True, reason="a school named only by its meeting's title gives its staff no kind (units127, left)"
)
def test_head_teacher_of_a_school() -> None:
    assert ("班主任", "其他") in units_of(
        "某中学召开安全工作会议\n会上，校长强调，班主任要加强交通安全宣传，让学生遵守交通规则。"
    )
