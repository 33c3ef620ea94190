"""Announced work in Hong Kong and Taiwan releases and news (issue 13, tasks93; docs/extraction.md). Two readings:
a clause that sets when an announced act ends (…会即时发出停工通知书，直至危险已经消除为止) keeps its perfect to
itself, so the announcement is no account of work done; and a township, village or district named as the subject
(该镇下一步还将…, 镇里…) opens announced work as a bureau does. The appeals, advice and accounts around them stay no
tasks. Invented sentences."""

from __future__ import annotations

import pytest

import nlp_pipeline

NEWS_HEAD = "县府加强夏季职场安全\n（本报讯）2025年6月2日，县府发布新闻稿。\n"


def task_sources(body: str) -> list[str]:
    return [
        task.source for task in nlp_pipeline.process(NEWS_HEAD + body + "\n", doc_id="doc", date="2025-06-02").tasks
    ]


def is_a_task(sentence: str) -> bool:
    return any(sentence in source or source in sentence for source in task_sources(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the limit clause's 已经 is the condition the stop waits for, not work done
        "由即日起至八月三十一日，职安处会把吊船工作列为重点巡查项目，职安处会即时发出停工通知书，直至有关危险已经消除为止。",
        "如发现违规，劳动检查处会即时勒令停工，直到隐患已整改完毕。",
        # a township as the subject of its coming work, after a condition
        "对于逾期不整改的，该镇下一步还将联合上级部门依法严格进行处理。",
        "下一步，该乡还将组织开展燃气安全专项检查。",
    ],
)
def test_announced_work_is_a_task(sentence: str) -> None:
    assert is_a_task(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a perfect outside a limit clause still tells work done
        "职安处已经对辖内工地开展专案检查，共发出停工通知书12份。",
        # an appeal or advice to the public is no party's duty
        "职安处亦提醒市民，外出时应注意防暑降温。",
        # a township's past work is an account
        "该镇已于5月完成全部燃气隐患排查。",
    ],
)
def test_accounts_and_advice_are_no_tasks(sentence: str) -> None:
    assert not is_a_task(sentence)


@pytest.mark.xfail(
    strict=True,
    reason="a province or region named as the subject of announced work (河北省将加强…): no party subject ends in 省 "
    "or a bare place name; not built (tasks93)",
)
def test_a_province_announcing_its_work_is_a_task() -> None:
    assert is_a_task("河东省将加强景区的环境整治和安全管理。")


@pytest.mark.xfail(
    strict=True,
    reason="a sentence that is one quotation of the agency's words (「县府将请…」): read inside its quotes it took "
    "quoted slogans and views as tasks on heldout2 and realstyle_sealed23, and gained none; left (tasks93)",
)
def test_a_quoted_announcement_is_a_task() -> None:
    assert is_a_task("「县府将请各乡公所加强既有农路巡查与临时修补。」")
