"""Where the gold gives a single-theme document's theme to a task naming no sector (issue 13, sectors73).

Measured on every read set: the gold gives the theme or withholds it document by document (all of a document's
tasks or none), and documents alike in kind, title, body sectors, headings and task kind fall on both sides, so no
decision over those features lowers no set. The pipeline keeps its reading: the theme of a notice, news report,
meeting report or minutes goes to its operational tasks, not to its reporting and publicity (the office's own
work), nor to a plan's work streams or an unfocused speech. The cases where the newer gold gives more are strict
xfails. Invented sentences."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.sectors import document_topic, with_document_topic

GAS_NOTICE_TITLE = "关于开展城镇燃气安全隐患排查整治的通知"
GAS_PLAN_TITLE = "关于印发城镇燃气安全隐患排查整治工作方案的通知"
# a body whose mentions are mostly gas, with a school, a restaurant and a fire item beside it
GAS_BODY = "\n".join(
    [
        "一、全面排查城镇燃气管道和燃气场站。",
        "二、检查餐饮场所燃气使用，检查学校食堂燃气设施。",
        "三、整治瓶装液化石油气违规充装，查处燃气经营违法行为。",
        "四、同步检查消防通道。",
    ]
)
GAS_TASKS = [["城镇燃气"], ["人员密集场所", "城镇燃气"], ["城镇燃气"], ["消防"]]


@pytest.mark.parametrize(
    ("title", "doc_type", "expected"),
    [
        # a notice on one theme that its body and tasks bear out has that theme
        (GAS_NOTICE_TITLE, "notice", ["城镇燃气"]),
        # a plan's work streams each have their own area: no document theme
        (GAS_PLAN_TITLE, "plan", []),
        # a speech ranges over every area unless it is focused on one
        ("在城镇燃气安全工作会议上的讲话", "speech", []),
    ],
)
def test_which_documents_have_a_theme(title: str, doc_type: str, expected: list[str]) -> None:
    assert document_topic(title, GAS_BODY, doc_type, GAS_TASKS) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # operational work naming no sector of its own is the theme's work
        ("各乡镇对辖区经营单位开展全面排查。", ["城镇燃气"]),
        ("发现隐患的立即责令停业整改。", ["城镇燃气"]),
        # reporting and publicity naming none are the office's own work
        ("各乡镇于每月25日前报送排查情况。", []),
        ("广泛开展宣传，营造良好氛围。", []),
        ("加强组织领导，明确专人负责。", []),
    ],
)
def test_theme_on_tasks_naming_none(sentence: str, expected: list[str]) -> None:
    assert with_document_topic([], sentence, ["城镇燃气"]) == expected


def test_task_naming_its_own_sector_keeps_it() -> None:
    assert with_document_topic(["消防"], "同步检查消防通道。", ["城镇燃气"]) == ["消防"]


@pytest.mark.xfail(
    strict=True,
    reason="the newer gold gives a plan's one-sector title to its work streams in some documents and not in others "
    "alike in every measured feature (sectors73: doc type, title, body sectors, heading, task kind); not built",
)
def test_plan_title_theme_on_its_work_streams() -> None:
    assert document_topic(GAS_PLAN_TITLE, GAS_BODY, "plan", GAS_TASKS) == ["城镇燃气"]


@pytest.mark.xfail(
    strict=True,
    reason="the gold gives the theme to a theme notice's reports in about three of four read tasks (sectors73), "
    "and withholds it in others of the same form; every measured rule lowered some set, so none is built",
)
def test_theme_on_a_theme_notice_report() -> None:
    assert with_document_topic([], "各乡镇于每月25日前报送排查情况。", ["城镇燃气"]) == ["城镇燃气"]
