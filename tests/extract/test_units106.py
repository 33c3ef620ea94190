"""A lead's party carried into its 一是/二是/1. items by the lead's structure (issue 13, units106).

A lead-in that hands its party a set of work — before a colon, or announced by count in a closed sentence
(…要做好九方面的工作。, 请各企业务必落实以下要求) — gives that party to every item of the set, on the lead's line or on
lines of their own (`tasks.hands_a_set`). A lead that is a directive of its own run on into its items (…要进一步提高警惕，
…落到实处。一是…) gives its party to an item only while the item has a sentence naming no party: a heading whose every
sentence under it names its own party titles their work and takes none (`Inheritance._titles_its_own_parties_work`).
Near misses: a heading that is the whole item, an item with a sentence naming no party, a colon's lead over items naming
their own parties, a closed paragraph over items on lines of their own, the issuer's 通知如下. Strict xfails: a request
closing a paragraph above items on their own lines, and a note that gives a party every task below.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.extract.tasks import hands_a_set


def units_by_source(text: str) -> dict[str, set[str]]:
    record = nlp_pipeline.process(text).to_dict()
    return {task["source"]: {unit["mention"] for unit in task["units"]} for task in record["tasks"]}


TITLE = "关于做好汛期安全防范工作的情况\n"

# a full directive run on into its items, every sentence under each heading naming its own party
DIRECTIVE_OVER_OWN_PARTIES = TITLE + (
    "会后，县长主持召开专题会。他指出，汛期已至，各乡镇、各部门要绷紧安全这根弦，切实把各项责任落实到位。"
    "一是抓紧开展汛前排查。各乡镇要组织力量对山塘水库开展全面排查。"
    "二是强化重点部位管控。县水利局要加强对病险水库的巡查；县交通运输局要做好临水路段警示。\n"
)

# the same lead over a heading that is the whole item, and over an item with a sentence naming no party
DIRECTIVE_OVER_OPEN_ITEMS = TITLE + (
    "会后，县长主持召开专题会。他指出，汛期已至，各乡镇、各部门要绷紧安全这根弦，切实把各项责任落实到位。"
    "一要抓紧开展汛前隐患排查，做到不留死角。"
    "二要严格值班值守。要严格执行24小时值班制度，遇有险情第一时间报告。\n"
)

# a counted lead: its later items stand on lines of their own, one names its own party
COUNTED_LEAD = TITLE + (
    "根据县政府要求，各乡镇、各部门要做好四方面的工作。一是要抓紧开展汛前隐患排查。要对山塘水库开展全面排查。\n"
    "二是要严格落实值班值守制度。要严格执行24小时值班制度。\n"
    "三是要加强应急物资储备。各乡镇、各部门、各单位要备足防汛物资。\n"
)

# a colon's lead over items whose sentences name their own parties
COLON_LEAD = TITLE + (
    "各乡镇、各部门要做好以下几项工作：\n"
    "一、抓紧开展汛前排查。各乡镇要组织力量对山塘水库开展全面排查。\n"
    "二、强化重点部位管控。县水利局要加强对病险水库的巡查。\n"
)

# a closed paragraph above items on lines of their own
CLOSED_PARAGRAPH = TITLE + (
    "汛期已至，各乡镇、各部门要绷紧安全这根弦，切实把各项责任落实到位。\n"
    "一、抓紧开展汛前排查。各乡镇要组织力量对山塘水库开展全面排查。\n"
    "二、强化重点部位管控。县水利局要加强对病险水库的巡查。\n"
)


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a full directive's party reaches no heading whose sentences name their own parties
        (DIRECTIVE_OVER_OWN_PARTIES, "一是抓紧开展汛前排查。", set()),
        (DIRECTIVE_OVER_OWN_PARTIES, "二是强化重点部位管控。", set()),
        (DIRECTIVE_OVER_OWN_PARTIES, "各乡镇要组织力量对山塘水库开展全面排查。", {"各乡镇"}),
        # near misses: a heading that is the whole item, an item with a sentence naming no party
        (DIRECTIVE_OVER_OPEN_ITEMS, "一要抓紧开展汛前隐患排查，做到不留死角。", {"各乡镇", "各部门"}),
        (DIRECTIVE_OVER_OPEN_ITEMS, "二要严格值班值守。", {"各乡镇", "各部门"}),
        # a counted lead hands its party to every item, on its line or not, whatever the item's sentences name
        (COUNTED_LEAD, "一是要抓紧开展汛前隐患排查。", {"各乡镇", "各部门"}),
        (COUNTED_LEAD, "二是要严格落实值班值守制度。", {"各乡镇", "各部门"}),
        (COUNTED_LEAD, "要严格执行24小时值班制度。", {"各乡镇", "各部门"}),
        (COUNTED_LEAD, "三是要加强应急物资储备。", {"各乡镇", "各部门"}),
        # a colon's lead hands its set as before
        (COLON_LEAD, "一、抓紧开展汛前排查。", {"各乡镇", "各部门"}),
        (COLON_LEAD, "二、强化重点部位管控。", {"各乡镇", "各部门"}),
        # a closed paragraph above items on lines of their own hands nothing, as before
        (CLOSED_PARAGRAPH, "一、抓紧开展汛前排查。", set()),
    ],
)
def test_a_leads_party_reaches_its_items_by_structure(text: str, source: str, expected: set[str]) -> None:
    found = units_by_source(text)
    assert source in found
    assert found[source] == expected


@pytest.mark.parametrize(
    ("lead", "hands"),
    [
        ("各乡镇、各部门要做好以下几项工作：", True),
        ("根据县政府要求，各乡镇、各部门要做好四方面的工作。", True),
        ("为防止中暑，请各企业务必落实以下要求", True),
        ("各单位要抓好三个方面的工作。", True),
        # near misses: the issuer's formula and a plan's, a count inside a clause that goes on, a full directive
        ("具体事项通知如下。", False),
        ("现制定方案如下。", False),
        ("各乡镇要做好以下工作，确保安全度汛。", False),
        ("各乡镇、各部门要绷紧安全这根弦，切实把各项责任落实到位。", False),
    ],
)
def test_a_lead_that_hands_a_set(lead: str, hands: bool) -> None:
    assert hands_a_set(lead) is hands


@pytest.mark.xfail(
    strict=True,
    reason="a request closing its paragraph above items on lines of their own (请各县区务必高度重视，…。) hands its "
    "party in r42 rq20's gold, not in the older gold's closed paragraphs (units83, units95): measured, left",
)
def test_a_closing_request_over_items_on_their_own_lines() -> None:
    text = TITLE + (
        "按照市政府的部署，请各县区务必高度重视，强化各项防范措施。\n"
        "一、要盯紧本轮降雨过程，提前发布预警信息。\n"
        "二、要加强山洪灾害危险区巡查，及时转移受威胁群众。\n"
    )
    assert units_by_source(text)["一、要盯紧本轮降雨过程，提前发布预警信息。"] == {"各县区"}


@pytest.mark.xfail(
    strict=True,
    reason="a note that gives a party every task below (说明：以下各项任务中，各乡镇均负有属地管理责任) is carried by "
    "realstyle_sealed22 se03's gold, one document of its form: measured, left",
)
def test_a_note_that_gives_every_task_below_a_party() -> None:
    text = TITLE + (
        "说明：以下各项任务中，各乡镇均负有属地管理责任，不再逐项列明。\n"
        "一、压实防汛安全责任\n"
        "县水利局要加强对病险水库的巡查。\n"
        "二、强化重点部位管控\n"
        "要加强对临水路段的警示。\n"
    )
    assert units_by_source(text)["要加强对临水路段的警示。"] == {"各乡镇"}
