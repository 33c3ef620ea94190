"""Task recall on unseen documents (issue 13, tasks35): shapes of directive found by their grammar, not by their
words. Every text here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

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
