"""Task misses and false tasks of realstyle_sealed33 and r41–r44 by class (issue 13, tasks92; docs/extraction.md).
The round measured one reading and kept none: an agency's announced gathering counted by the classifier 场 (…将于7月
办理3场…宣导会), a strict xfail here. The cases around it pin the readings the count found standing: a lead-in
closed by a colon keeps its first numbered point apart, announced work in the action lexicon is a task, an appeal
to the public and a gathering already held are not. Invented sentences."""

from __future__ import annotations

import pytest

import nlp_pipeline

NEWS_HEAD = "县府加强夏季职场安全\n（本报讯）2025年6月2日，县府发布新闻稿。\n"
REPORT_HEAD = "我镇召开安全生产工作会议\n6月2日，我镇召开安全生产工作会议。\n"


def task_sources(head: str, body: str) -> list[str]:
    return [task.source for task in nlp_pipeline.process(head + body + "\n", doc_id="doc", date="2025-06-02").tasks]


def is_a_task(head: str, sentence: str) -> bool:
    return any(sentence in source or source in sentence for source in task_sources(head, sentence))


@pytest.mark.parametrize(
    "head, sentence",
    [
        # an agency's announced work whose verb the action lexicon reads
        (NEWS_HEAD, "劳动检查处将于7月起对辖内营造工地实施专案检查。"),
        (NEWS_HEAD, "消防局将会同建设处对高楼层工地开展联合稽查。"),
    ],
)
def test_announced_work_is_a_task(head: str, sentence: str) -> None:
    assert is_a_task(head, sentence)


@pytest.mark.parametrize(
    "head, sentence",
    [
        # a gathering already held is an account, counted or not
        (NEWS_HEAD, "劳动检查处已于5月办理了3场营造业安全宣导会。"),
        # a count of events that happened is no gathering held
        (NEWS_HEAD, "今年全县共发生3场火灾。"),
    ],
)
def test_accounts_are_no_tasks(head: str, sentence: str) -> None:
    assert not is_a_task(head, sentence)


def test_a_colon_lead_in_keeps_its_first_point_apart() -> None:
    # the older gold's reading in all seven documents (r43's gold joins them: left as it is)
    body = "会上，镇长提出三点要求：一要压实企业主体责任，组织开展隐患排查；二要加强值班值守，严格落实领导带班制度。"
    sources = task_sources(REPORT_HEAD, body)
    assert any(source.startswith("一要压实企业主体责任") for source in sources)
    assert not any(source.startswith("会上，镇长提出三点要求") for source in sources)


@pytest.mark.xfail(
    strict=True,
    reason="an announced gathering counted by 场 after a verb outside the lexicon (办理): measured, it found 5 gold "
    "tasks on realstyle_sealed10, 17, 23 but its rows' dates and sectors lowered three sets' figures (tasks92)",
)
def test_an_announced_gathering_counted_by_its_classifier_is_a_task() -> None:
    assert is_a_task(NEWS_HEAD, "劳动检查处亦将于7月办理3场营造业热危害预防宣导会。")
