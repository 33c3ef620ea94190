"""A coming stage's act after a coverb phrase, and a cover letter's request beside its transmittal (issue 13, tasks88;
docs/extraction.md). `announces_next_step` reads 下一步，X将 + a coverb phrase (向/对/通过…) + its verb as announced
work; the transmittal 印发给你们 keeps a sentence out only when at most its one-clause formula follows it, so a concrete
request beside the formula (…，请认真贯彻执行，并于…前将…报至…) is the letter's task. Invented sentences; the convention:
ANNOTATION.md, Task."""

from __future__ import annotations

import pytest

import nlp_pipeline

NEWS_HEAD = "县应急管理局完成危化企业专项督导\n来源：县融媒体中心\n"
LETTER_HEAD = "关于印发《2025年全县安全生产工作要点》的通知\n各乡镇，县直各有关单位：\n"


def task_sources(head: str, body: str) -> set[str]:
    record = nlp_pipeline.process(head + body, doc_id="doc", date="2025-09-20")
    return {task.source for task in record.tasks}


@pytest.mark.parametrize(
    ("head", "body", "task"),
    [
        (  # the coming stage's act after a coverb phrase carrying its object
            NEWS_HEAD,
            "9月18日，县应急管理局派出3个督导组，共发现隐患42项。\n"
            "下一步，县应急管理局将向各乡镇通报此次督导情况，督促企业限期整改隐患。\n",
            "下一步，县应急管理局将向各乡镇通报此次督导情况，督促企业限期整改隐患。",
        ),
        (  # the same through 对
            NEWS_HEAD,
            "9月18日，县应急管理局派出3个督导组，共发现隐患42项。\n下一步，县应急管理局将对未整改企业开展执法检查。\n",
            "下一步，县应急管理局将对未整改企业开展执法检查。",
        ),
        (  # a report asked for beside the cover formula, sent on to a body
            LETTER_HEAD,
            "《2025年全县安全生产工作要点》已经县政府同意，现印发给你们，请认真贯彻执行，"
            "并于12月10日前将年度工作总结报至县安委办。\n",
            "《2025年全县安全生产工作要点》已经县政府同意，现印发给你们，请认真贯彻执行，"
            "并于12月10日前将年度工作总结报至县安委办。",
        ),
    ],
)
def test_announced_or_requested_work_is_a_task(head, body, task):
    assert task in task_sources(head, body)


@pytest.mark.parametrize(
    ("head", "body", "not_task"),
    [
        (  # a coming stage whose coverb phrase leads to no act: a thing's future
            NEWS_HEAD,
            "9月18日，县应急管理局派出3个督导组，共发现隐患42项。\n下一步，全县汛情将对交通造成较大影响。\n",
            "下一步，全县汛情将对交通造成较大影响。",
        ),
        (  # the transmittal with its one-clause formula
            LETTER_HEAD,
            "现将《2025年全县安全生产工作要点》印发给你们，请认真贯彻执行。\n",
            "现将《2025年全县安全生产工作要点》印发给你们，请认真贯彻执行。",
        ),
        (  # the transmittal with a formula of two clauses
            LETTER_HEAD,
            "现将《2025年全县安全生产工作要点》印发给你们，请结合实际，认真抓好落实。\n",
            "现将《2025年全县安全生产工作要点》印发给你们，请结合实际，认真抓好落实。",
        ),
        (  # the transmittal alone
            LETTER_HEAD,
            "经县政府同意，现将《2025年全县安全生产工作要点》印发给你们。\n",
            "经县政府同意，现将《2025年全县安全生产工作要点》印发给你们。",
        ),
    ],
)
def test_a_future_of_things_and_a_bare_transmittal_are_no_task(head, body, not_task):
    assert not_task not in task_sources(head, body)


def test_an_item_opening_with_its_date_before_a_coverb():
    # built by tasks91: the verb after the coverb's place read by its object
    body = (
        "一、活动内容\n1、6月1日，召开安全生产月活动动员会。\n2、6月2日至30日，在县电视台开设专栏，报道安全生产典型事迹。\n"
        "3、6月2日至30日，在手机上播发安全生产月活动标语。\n"
    )
    assert "3、6月2日至30日，在手机上播发安全生产月活动标语。" in task_sources("县安全生产月活动方案\n", body)


@pytest.mark.xfail(
    strict=True, reason="a governed place announcing its work (河北省将加强…): 2 of 4 read cases taken, not built"
)
def test_a_province_announcing_its_work():
    body = "9月29日，省文化和旅游厅对国庆假日安全工作进行了部署。\n某某省将加强景区环境整治和展陈内容的规范管理。\n"
    assert "某某省将加强景区环境整治和展陈内容的规范管理。" in task_sources(NEWS_HEAD, body)
