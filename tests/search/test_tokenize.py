import pytest

from nlp_pipeline.search.tokenize import index_tokens, query_phrases


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("燃气安全", "燃气 气安 安全"),
        ("省", "省"),  # a lone character stays a unigram
        ("9月底前", "9 月底 底前"),
        ("ＡＢＣ Gas", "abc gas"),  # full-width folded, lower-cased
        ("（一）“四不两直”", "一 四不 不两 两直"),  # punctuation never becomes a token
        ("", ""),
    ],
)
def test_index_tokens(text, tokens):
    assert index_tokens(text) == tokens


@pytest.mark.parametrize(
    "query, words",
    [
        ("燃气", ["燃气"]),
        ("燃气 消防", ["燃气", "消防"]),
        ("安全生产", ["安全生产"]),  # short runs are matched whole, not split
        ('"燃气" OR (消防)*', ["燃气", "OR", "消防"]),  # FTS operators are plain words
        ("燃气 燃气", ["燃气"]),
        ("哪些文件要求住建部门整治燃气", ["哪些", "文件", "要求", "住建", "部门", "整治", "燃气"]),
        ("*()", []),
    ],
)
def test_query_words(query, words):
    assert [phrase.word for phrase in query_phrases(query)] == words


def test_single_character_is_a_prefix_phrase():
    (phrase,) = query_phrases("火")
    assert phrase.prefix and phrase.tokens == ("火",)
    assert not query_phrases("火灾")[0].prefix
