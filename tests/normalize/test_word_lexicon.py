"""The normalizer's word model and its 著 reading read jieba's dictionary from the lexicon the
package ships (nlp_pipeline/jieba_lexicon.py), the one extraction's tagger reads: the same counts
as jieba's own prefix dict, and jieba itself never imported."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nlp_pipeline import jieba_lexicon, resources
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
    """jieba's prefix dict and total as jieba gives them after `suggest_freq(word, tune=True)` for each of
    the project's words kept whole (data/extract/lexicon_words.toml), worked out on a copy: jieba's own
    dictionary is left as it is for the other tests."""
    import jieba

    jieba.dt.check_initialized()
    freqs, total = dict(jieba.dt.FREQ), jieba.dt.total
    for addition in resources.read_rules(jieba_lexicon.ADDITIONS)["kept_whole"]:
        word, probability = addition["word"], 1.0
        for piece in jieba.dt.cut(word, HMM=False):
            probability *= freqs.get(piece, 1) / total
        frequency = max(int(probability * total) + 1, freqs.get(word, 1))
        freqs[word] = frequency
        total += frequency  # jieba's add_word
        freqs.update({word[:k]: 0 for k in range(1, len(word)) if word[:k] not in freqs})
    return freqs, total


def test_the_lexicon_answers_as_jiebas_prefix_dict(jieba_dictionary):
    """Every word and prefix of jieba's dictionary weighs what jieba gives it (0: a prefix only),
    and the total is jieba's: the shipped lexicon is not stale against the jieba installed, and the
    project's words kept whole weigh what jieba's suggest_freq gives them."""
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
    # the scores jieba's own prefix dict gave these texts (main before the lexicon served the word model); the
    # project's words kept whole add their weight to the total, a change in the sixth decimal (tasks97)
    assert probe["scores"] == pytest.approx([-5.579478, -17.962826, -2.301294], abs=1e-5)
