"""The normalizer's word model and its 著 reading read jieba's dictionary from the lexicon the
package ships (nlp_pipeline/jieba_lexicon.py), the one extraction's tagger reads: the same counts
as jieba's own prefix dict, and jieba itself never imported."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nlp_pipeline.jieba_lexicon import lexicon

# A probe in a fresh interpreter: the 著 readings and segmentation scores of our own sentences, and
# whether jieba or a second copy of its dictionary was loaded for them.
PROBE = """
import json, sys
from nlp_pipeline.normalize import script, wordlm
texts = ["隨著檢查的深入，隐患逐步显著减少", "执著于整改，衣著整齐上岗", "土著居民撤离到安置点"]
print(json.dumps({
    "zhe": [sorted(script.zhe_positions(text)) for text in texts],
    "scores": [round(wordlm.word_plausibility(text), 6) for text in texts],
    "jieba": "jieba" in sys.modules,
}))
"""


@pytest.fixture(scope="module")
def jieba_dictionary():
    import jieba

    jieba.dt.check_initialized()
    return jieba.dt.FREQ, jieba.dt.total


def test_the_lexicon_answers_as_jiebas_prefix_dict(jieba_dictionary):
    """Every word and prefix of jieba's dictionary weighs what jieba gives it (0: a prefix only),
    and the total is jieba's: the shipped lexicon is not stale against the jieba installed."""
    import math

    freqs, total = jieba_dictionary
    lex = lexicon()
    assert lex.log_total == math.log(total)
    assert [key for key, frequency in freqs.items() if lex.prefix_frequency(key) != frequency] == []


@pytest.mark.parametrize("text", ["龘龘", "巡查龘", "隐患排查治理龘", "Ａ级"])
def test_what_no_word_begins_with_is_none_as_in_jieba(jieba_dictionary, text):
    freqs, _ = jieba_dictionary
    assert freqs.get(text) is None and lexicon().prefix_frequency(text) is None


def test_the_zhe_reading_and_word_scores_load_no_jieba():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    probe = json.loads(result.stdout)
    assert not probe["jieba"]
    assert probe["zhe"][0] == [1]  # the 著 of 隨著 reads as 着, that of 显著 does not
    assert probe["zhe"][1] == [7]  # 衣著 is 衣着; 执著 is a word spelled 著 and stays
    assert probe["zhe"][2] == []  # 土著 stays
    # the scores jieba's own prefix dict gave these texts (main before the lexicon served the word model)
    assert probe["scores"] == [-5.579478, -17.962826, -2.301294]
