"""Task recall on unseen documents (issue 13, tasks35): shapes of directive found by their grammar, not by their
words. Every text here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.tasks import sentence_is_task  # noqa: E402


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a level of government stands for its bodies and acts, as 市本级 does
        ("省级重点抽查10家危化品生产企业。", True),
        ("县级每季度组织一次森林防火联合检查。", True),
        ("自治区级重点督查尾矿库较多的三个市。", True),
        ("市级成立燃气安全整治工作专班，统筹推进整治工作。", True),
        ("州级于6月底前完成对各县的交叉检查。", True),
        # 级 in other words: a grade, a superior, a size of accident — no party
        ("事故等级较高，影响较大。", False),
        ("本次事故为较大级别事故。", False),
        ("县级公路沿线完成护栏安装120公里。", False),
    ],
)
def test_a_level_of_government_is_a_party(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected


# Found this round and measured, not built: each moved only the sets read for it (docs/extraction.md, tasks35)
PLAN_ITEMS = (
    "县应急管理局关于印发2026年危化品安全专项整治方案的通知\n"
    "各乡镇：\n"
    "现将方案印发给你们，请认真贯彻执行。\n"
    "一、工作任务\n"
    "1.召开全县危化品企业安全生产工作推进会，逐企签订年度承诺书。\n"
    "2.3月底前完成上年度未整改5项隐患的复查。\n"
    "3.6月30日前将半年工作情况书面报送县安委办。\n"
    "4.督促做好储罐区的检查\n"
)


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(
            "1.召开全县危化品企业安全生产工作推进会，逐企签订年度承诺书。", id="a meeting to convene, verb first"
        ),
        pytest.param("2.3月底前完成上年度未整改5项隐患的复查。", id="a failing inside the object's 的-phrase"),
        pytest.param("4.督促做好储罐区的检查", id="a verbal noun after 的 is the act directed"),
    ],
)
@pytest.mark.xfail(strict=True, reason="measured in tasks35: found only on the read sets, dropped as fits")
def test_plan_items_that_direct(item):
    assert item in [task.source for task in extract_fields(PLAN_ITEMS).tasks]


def test_a_dated_item_with_将_before_a_verb_of_submitting():
    # the completion limit (tasks49) binds 报送 to its day; tasks35 had measured 将 as 把 alone and dropped it
    item = "3.6月30日前将半年工作情况书面报送县安委办。"
    assert item in [task.source for task in extract_fields(PLAN_ITEMS).tasks]


def test_an_agency_saying_it_will_act():
    # a strict xfail since tasks35; the connector after a verb of speech (tasks121) reads it, no in-repo set moved
    assert sentence_is_task("消防处说会加强对旧楼的巡查。", "news")


SPACED_ITEMS = "镇安全生产月活动实施方案\n" "一、工作措施\n" "1. 落实经费保障。\n" "2. 健全值班值守制度。\n"


@pytest.mark.xfail(
    strict=True,
    reason="the space a copy leaves after `N.` hides the item's verb (tasks35: one false task on a check set)",
)
def test_items_with_a_space_after_their_number():
    found = [task.source for task in extract_fields(SPACED_ITEMS).tasks]
    assert "1. 落实经费保障。" in found and "2. 健全值班值守制度。" in found


# A copy often leaves a space after an item's `N.` (`2. 落实经费保障。`): the verb after it still opens the item.
SPACED_ITEMS = (
    "关于做好春季林区防火工作的通知\n"
    "各乡镇：\n"
    "为做好春季防火工作，现就有关事项通知如下：\n"
    "1. 落实护林员巡山责任，实行包片包段。\n"
    "2. 清理林缘可燃物，4月10日前完成。\n"
    "3. 加强野外用火巡查，发现一起制止一起。\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "1. 落实护林员巡山责任，实行包片包段。",
        "2. 清理林缘可燃物，4月10日前完成。",
        "3. 加强野外用火巡查，发现一起制止一起。",
    ],
)
def test_an_item_with_a_space_after_its_number(item):
    assert any(
        source.endswith(item.split(" ", 1)[1])
        for source in [task.source for task in extract_fields(SPACED_ITEMS).tasks]
    )


def test_a_decimal_is_no_item_marker_to_strip():
    # a figure like 2.5 opens no item: nothing changes for a sentence that starts with one
    assert [task.source for task in extract_fields("2.5万元专项资金已下达。\n").tasks] == []
