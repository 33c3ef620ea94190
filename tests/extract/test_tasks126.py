"""A heading taken as a task is about the sector its points share (issue 13, tasks126; docs/extraction.md). A closed
verb-object point over measures of its own (二是锻造基层监管队伍。, tasks124's rule) names no sector in its words; the
golds give a heading the sector every one of its points is about (168 of 192 headings whose points share one). Taking
such headings with their points' shared sector was built and measured, and dropped: realstyle_sealed15's task sectors
stayed under their floor and eleven other figures fell; its cases stand as strict xfails. Parties and limits should
stay with the points: the golds leave a heading without the party its points share (90 of 95) and without their
shared limit (52 of 52). Every text is invented."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields

OPENING = (
    "在全县安全生产工作会议上的讲话\n同志们：\n今天召开会议，部署当前安全生产工作。下面，我讲几点意见。\n"
    "一是抓好道路交通安全。县交通运输局要加强对客运车辆的检查。\n"
)
CLOSING = "\n三是抓好消防安全。县消防救援大队要开展高层建筑消防检查。\n"

MINES = "各矿山企业要在汛前完成排土场隐患排查。各乡镇要加强对尾矿库的日常巡查。"

# the heading, the point's measures under it, the sectors the heading should carry
TAKES_ITS_POINTS_SECTOR = [
    # a point whose words name no sector, over measures that are all about mines
    ("二是锻造基层监管队伍。", MINES, ["非煤矿山"]),
    # an adjective of manner before the verb
    ("二是严密防范重大风险。", MINES, ["非煤矿山"]),
    # measures about different sectors share none: the heading takes neither
    ("二是锻造基层监管队伍。", "各乡镇要加强对尾矿库的日常巡查。县交通运输局要加强对客运车辆的检查。", []),
]

KEEPS_ITS_OWN = [
    # a heading that names a sector of its own keeps to it (adding the measures' sector to every heading lowered 32
    # sets: a general measure's golds give it only its own)
    ("二是整治燃气管网隐患。", MINES, ["城镇燃气"]),
]


def _heading_task(heading: str, points: str):
    text = OPENING + heading + points + CLOSING
    return next(task for task in extract_fields(text).tasks if task.source == heading)


@pytest.mark.parametrize(("heading", "points", "sectors"), KEEPS_ITS_OWN)
def test_a_heading_keeps_its_own_sector(heading: str, points: str, sectors: list[str]) -> None:
    assert sorted(_heading_task(heading, points).sectors) == sorted(sectors)


@pytest.mark.parametrize(("heading", "points", "sectors"), TAKES_ITS_POINTS_SECTOR)
@pytest.mark.xfail(
    strict=True, reason="built and dropped: sealed15 stays under its floor (docs/extraction.md, tasks126)"
)
def test_a_heading_carries_the_sector_its_points_share(heading: str, points: str, sectors: list[str]) -> None:
    assert sorted(_heading_task(heading, points).sectors) == sorted(sectors)


@pytest.mark.xfail(strict=True, reason="the heading is no task yet (docs/extraction.md, tasks126)")
def test_the_points_parties_and_limits_stay_with_them() -> None:
    # both points name a party and a limit of their own; the heading that titles them names neither
    points = "各矿山企业要在汛前完成排土场隐患排查。各矿山企业要在汛前完成尾矿库隐患排查。"
    task = _heading_task("二是锻造基层监管队伍。", points)
    assert task.units == [] and task.deadline is None


@pytest.mark.xfail(strict=True, reason="counted and left: golds split (docs/extraction.md, tasks126)")
def test_a_heading_naming_a_sector_also_takes_its_points_sector() -> None:
    # most golds give a heading its own sector and its measures' shared one; done for every heading, 32 sets fell
    assert sorted(_heading_task("二是整治燃气管网隐患。", MINES).sectors) == ["城镇燃气", "非煤矿山"]
