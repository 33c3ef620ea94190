"""units.predicate_follows: what follows a mention makes it a party — a predicate, or a time
(task_cues.toml subject_time, the one tasks.party_predicate passes) and an act after it."""

import pytest

from nlp_pipeline.extract.units import predicate_follows

CASES = [
    ("负责日常巡查", True),
    ("表示，将会同各区开展夜查", True),
    ("今日（9日）起展开燃气专项检查", True),  # a day from which, then the act
    ("20日17时前完成人员转移", True),  # an hour
    ("每日17:30前向县防指报告", True),
    ("今天下午5点前组织人员转移", True),  # a day and a part of it before the hour
    ("明天傍晚前完成转移", True),
    pytest.param(
        "6月底前完成排查",
        True,
        marks=pytest.mark.xfail(strict=True, reason="subject_time's lazy month alternative stops at 底, before 前"),
    ),
    ("20日17时前的强降雨", False),  # a time that dates a thing, no act
    ("今天下午的强降雨", False),
    ("今日（9日）起", False),
    ("和县交通局", False),
    ("强调，要加强", False),
]


@pytest.mark.parametrize("rest, follows", CASES)
def test_predicate_follows(rest, follows):
    assert predicate_follows(rest) is follows
