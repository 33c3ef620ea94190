"""A later clause's 将 before a preposition is the future, not 把 (tasks43): after an agency named earlier in the
sentence, `…，并将在全市开展…` / `…，还将于下周对…检查` announce its work; `…，并将整改报告报送…` (将 = 把 before a
noun) and 在 opening a noun (将在建项目…) do not. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.tasks import sentence_is_task


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("市交通局通报了春运准备情况，并将于下周对客运站开展安全检查。", True),
        ("区教育局介绍了暑期安全工作，还将在各校组织防溺水演练。", True),
        ("县林业局总结了春季防火经验，并将对重点林区开展无人机巡查。", True),
        ("消防救援大队公布了火灾统计，也将从下月起开展高层建筑消防检查。", True),
        ("区住建局表示，上半年已完成燃气管道改造，并将整改报告报送区政府。", False),
        ("县应急局介绍了检查情况，并将在建项目纳入重点监管台账。", False),
        ("据气象部门预测，明天将有强降雨。", False),
    ],
)
def test_a_later_future_before_a_preposition_announces_work(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected
