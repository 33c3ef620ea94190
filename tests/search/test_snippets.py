import pytest

from nlp_pipeline.search.snippets import snippet


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("开展燃气排查", ["燃气"], "开展«燃气»排查"),
        ("安全生产和安全", ["安全", "安全生产"], "«安全生产»和«安全»"),  # the longer word wins
        ("没有命中", ["燃气"], "没有命中"),  # nothing marked
        ("第一行\n第二行燃气", ["燃气"], "第一行 第二行«燃气»"),  # lines joined
        ("Gas pipes", ["gas"], "«Gas» pipes"),
    ],
)
def test_snippet_marks(text, words, expected):
    assert snippet(text, words) == expected


def test_snippet_window_holds_most_distinct_words():
    text = "燃气" + "无关内容" * 50 + "燃气和消防同时出现" + "其他" * 50
    result = snippet(text, ["燃气", "消防"], width=40)
    assert "«燃气»和«消防»" in result and result.startswith("…") and result.endswith("…")
