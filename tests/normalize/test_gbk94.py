"""Issue 14 (gbk94): more of the genre's clean text in the character model. gbk93 measured that a
dropped pair's choice improves only when the model knows the genre's words across word boundaries.
The model retrained with 28 texts of new prose (about 46,000 characters) chose every pair of
`test_pairs_the_genre_text_would_choose` right, but was not kept: the benchmark's seed 7 and two
outside sets fell (docs/normalization.md, gbk94), so those pairs stay strict xfails of the model
as it stands. Texts written for this project."""

import re
from pathlib import Path

import pytest

from nlp_pipeline.normalize import gbk_misalignment

from .test_gbk93 import chosen  # the wreck a dropped pair leaves, read back by refilled_pair

REPO = Path(__file__).resolve().parents[2]
SHARED_RUN = 40  # characters in a row the benchmark's texts may share with the training text (set phrases: 36)


@pytest.mark.xfail(
    strict=True,
    reason="gbk94: the model knows too little of the genre across word boundaries; the retrained model "
    "chose these right but moved seed 7 and two outside sets, and was not kept",
)
@pytest.mark.parametrize(
    ("before", "pair", "after"),
    [
        ("要组织", "网格", "员对辖"),  # read 网民
        ("五日前", "将上", "月工作"),  # read 进上: a function word before a time
        ("对拒不", "整改", "的，依"),  # read 正文
        ("处罚并", "公开", "曝光。"),  # read 公元
        ("同派出", "所对", "辖区烟"),  # read 所以: a word's end and a preposition
        ("区烟花", "爆竹", "经营点"),  # read 柄神
        ("爆竹经", "营点", "进行清"),  # read 营你
        ("格落实", "动火", "作业审"),  # read 二戰
    ],
)
def test_pairs_the_genre_text_would_choose(before, pair, after):
    assert chosen(before, pair, after) == pair


@pytest.mark.parametrize(
    ("before", "pair", "after"),
    [
        ("自组织", "开展", "隐患自"),  # read right by both models
        ("，限期", "整改", "到位。"),
        ("要提前", "转移", "危险区"),
        ("大隐患", "，一", "律挂牌"),  # a mark and its character
    ],
)
def test_pairs_read_right_before_stay_right(before, pair, after):
    assert chosen(before, pair, after) == pair


@pytest.mark.parametrize(
    "line",
    [
        "镇安监办要会同派出所对辖区烟花爆竹经营点进行清查。",
        "施工单位要严格落实动火作业审批制度。",
        "各成员单位于每月五日前将上月工作情况报送县安委办。",
    ],
)
def test_clean_lines_holding_such_pairs_stay(line):
    assert gbk_misalignment.repair_gbk_misalignment(line)[0] == line


def han_runs(path: Path, length: int) -> set[str]:
    text = re.sub(r"\s", "", path.read_text(encoding="utf-8"))
    return {text[i : i + length] for i in range(len(text) - length + 1)}


def test_the_benchmark_texts_are_not_the_training_text():
    # damage_benchmark.py's inputs (corpora/sample-src, corpora/sample made from them) must stay
    # unread by the model: they share the genre's set phrases with corpora/clean, no longer run
    trained = set().union(*(han_runs(p, SHARED_RUN) for p in (REPO / "corpora" / "clean").glob("*.txt")))
    for source in (REPO / "corpora" / "sample-src").glob("*.txt"):
        assert not han_runs(source, SHARED_RUN) & trained, source.name


@pytest.mark.xfail(
    strict=True,
    reason="gbk94: 要在 leads 要于 with and without the new genre text; one neighbour each side "
    "does not decide between two function words before a time",
)
def test_a_function_word_before_a_time_still_read_as_the_commoner():
    assert chosen("住建局", "要于", "本月底") == "要于"
