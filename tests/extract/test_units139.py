"""A Hong Kong or Macau release's party reached by a pronoun or a reminder's colon (issue 13, units139).

Counted over the unit misses of the development sets' Hong Kong, Macau and Taiwan releases (docs/extraction.md,
units139): the demand after a circular, a letter or a meeting asks its recipient with a pronoun (向所有注册承办商发出通告，
要求他们：…; 去信各承建商，要求它们…; 与承建商会面，要求他们…), and a reminder closed by a colon hands the lines
under it to the party reminded (劳工局提醒承造商，须按…采取相应措施：). Strict xfails: a bare party heading under a
reminder's 以下事项 (（一）注册承建商 ⏎ —…), an agency's announced own act after 另表示, a sender after
亦已 (read as the past, it lowered a check set). Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline import extract

RELEASE = "渠务署加强巡查雨季渠务工程\n渠务署今日表示，已展开雨季前特别巡查。\n"
STAMP = "2026年4月2日（星期四）\n香港时间16时30分\n"


def units_of(text: str, source: str) -> list[tuple[str, str, str]]:
    """The units of the task whose source is `source` (StopIteration when no task has it)."""
    task = next(task for task in extract(text).tasks if task.source == source)
    return [(unit.mention, unit.canonical, unit.role) for unit in task.units]


def canonicals_of(text: str, source: str) -> set[str]:
    return {canonical for _, canonical, _ in units_of(text, source)}


def test_a_circulars_recipients_are_the_pronouns_and_its_items_parties() -> None:
    text = (
        RELEASE
        + "渠务署已向所有注册渠务工程承办商发出通告，要求他们：\n"
        + "（一）于五月十日或之前，完成检查其负责的明渠闸门，并将结果呈交渠务署；\n"
        + "（二）确保每个工地最少每星期清理一次渠口杂物。\n"
        + STAMP
    )
    for item in (
        "（一）于五月十日或之前，完成检查其负责的明渠闸门，并将结果呈交渠务署；",
        "（二）确保每个工地最少每星期清理一次渠口杂物。",
    ):
        assert canonicals_of(text, item) == {"企业"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a letter written to the party (去信), the demand's 它们 its recipients, the writer only speaks
        "屋宇署已去信各注册小型工程承建商，要求它们于本月底前完成棚网自查。",
        # a party met on a visit, asked with 他们
        "副处长在现场与承建商及分判商负责人会面，要求他们每日开工前检查工人的安全带。",
    ],
)
def test_the_pronoun_after_a_demand_is_the_party_written_to_or_met(sentence: str) -> None:
    assert canonicals_of(f"{RELEASE}{sentence}\n{STAMP}", sentence) == {"企业"}


def test_a_reminder_closed_by_a_colon_hands_its_lines_to_the_party() -> None:
    lines = [
        "三号风球悬挂期间，应停止棚架上的一切工序，停止使用吊船；",
        "如工地位于低洼地区，亦须提前做好防水准备。",
    ]
    text = (
        "劳工局巡查建筑工地\n劳工局今日联同工务局人员到多个建筑工地进行联合巡查。\n"
        "劳工局提醒承造商，须按台风讯号的不同阶段采取相应措施：\n" + "\n".join(lines) + "\n" + STAMP
    )
    for line in lines:
        assert units_of(text, line) == [("承造商", "企业", "responsible")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a meeting with no demand after it: the body that met is the party of its own act
        ("劳工处将于下月与承建商代表会面，并加强巡查高处工作。", {"人力资源和社会保障部门"}),
        # a demand after a meeting with no pronoun: the body that met asks it of no one named
        ("劳工处会与承建商代表会面，要求加强巡查。", {"人力资源和社会保障部门"}),
        # a sender speaking for itself before 已: a plain past report with its own present act stays the sender's
        ("消防处会继续巡查旧式楼宇，并向业主派发宣传单张。", {"消防救援机构"}),
    ],
)
def test_a_party_not_reached_by_a_pronoun_is_left_as_read(sentence: str, expected: set[str]) -> None:
    assert canonicals_of(f"{RELEASE}{sentence}\n{STAMP}", sentence) == expected


def test_a_reminder_without_a_colon_hands_no_line_on() -> None:
    text = "劳工局巡查建筑工地\n劳工局提醒承造商做好防风措施。\n" "三号风球悬挂期间，应停止棚架上的一切工序。\n" + STAMP
    assert units_of(text, "三号风球悬挂期间，应停止棚架上的一切工序。") == []


@pytest.mark.xfail(strict=True, reason="a bare party heading under a reminder's 以下事项 is read as no party (—lines)")
def test_a_party_heading_under_a_reminders_list() -> None:
    text = (
        RELEASE
        + "两个部门提醒各持份者注意以下事项：\n（一）注册承建商\n—每日收工前须清理地盘内的易燃物料；\n"
        + "—工程期间不得阻塞任何走火通道。\n"
        + STAMP
    )
    assert canonicals_of(text, "—每日收工前须清理地盘内的易燃物料；") == {"企业"}


@pytest.mark.xfail(strict=True, reason="an agency's announced own act after 另表示 and a date is read as no party")
def test_an_agencys_own_act_after_it_speaks() -> None:
    sentence = "劳工处另表示，5月20日将邀集辖内主要营造业者召开座谈会，说明专案检查重点。"
    assert canonicals_of(f"{RELEASE}{sentence}\n{STAMP}", sentence) == {"人力资源和社会保障部门"}


@pytest.mark.xfail(
    strict=True, reason="亦已 before 向…发出通告 is no past to the sender's test: the sender stays a party"
)
def test_a_sender_after_also_already_is_left_out() -> None:
    sentence = "屋宇署亦已去信各注册小型工程承建商，要求它们于本月底前完成棚网自查。"
    assert canonicals_of(f"{RELEASE}{sentence}\n{STAMP}", sentence) == {"企业"}
