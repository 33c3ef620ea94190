"""extract/pos.py: required_act's first verb without jieba, and the decision taken on it.

The case tables use our own clauses (what follows a modal: 须|按指引停放); each expected verb is the
one jieba.posseg tags first, and a second table checks that against jieba itself, so that a jieba
upgrade that moves a tag shows here and in `scripts/build_pos_lexicon.py --agreement`."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp_pipeline import jieba_lexicon, resources
from nlp_pipeline.extract import pos, tasks
from nlp_pipeline.extract.pos import Verb

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_pos_lexicon  # noqa: E402  (a script, not a package)

FIRST_VERBS = [
    ("按指引停放车辆", Verb("指引", 3)),  # jieba tags 指引 v, before 停放
    ("把吊臂降至地面", Verb("降", 4)),
    ("一律停航", Verb("停航", 4)),
    ("对3号井进行封堵", Verb("进行", 6)),  # digits inside the run
    ("按汛限水位以下运行", Verb("运行", 9)),  # 汛限 is re-cut by the model, as a noun
    ("立即停渡", Verb("停渡", 4)),  # 停渡 is no dictionary word: the model makes it a verb
    ("装尽装", Verb("装尽", 2)),
    ("具备相应资质", Verb("具备", 2)),
    # negative cases: no verb at all
    ("重点发力", None),  # 发力 is only a prefix in the dictionary; the model tags it n
    ("清楚列明网料规格", None),
    ("安全生产责任", None),
    ("ABC123", None),
    ("，。", None),
    ("", None),
]


@pytest.mark.parametrize(("clause", "verb"), FIRST_VERBS)
def test_the_first_verb_is_the_one_jieba_tags_first(clause, verb):
    assert pos.first_verb(clause) == verb


@pytest.mark.parametrize("clause", [clause for clause, _ in FIRST_VERBS])
def test_the_table_agrees_with_jieba_posseg(clause):
    assert build_pos_lexicon.jieba_first_verb(clause) == pos.first_verb(clause)


@pytest.mark.parametrize(
    ("rest", "acts"),
    [
        ("按指引停放", True),
        ("把吊臂降至地面", True),
        ("停航", True),  # the verb ends the clause
        ("防“□□”", True),  # a slogan's verb with a blanked quotation
        # negative cases
        ("具备相应资质", False),  # a stative verb
        ("把困难估计得更充分", False),  # a degree complement
        ("防□□", False),  # nothing but blanks after the verb
        ("重点发力", False),  # no verb
    ],
)
def test_act_after_modal(rest, acts):
    assert tasks.act_after_modal(rest, pos.first_verb(rest)) is acts


@pytest.mark.parametrize(
    ("sentence", "is_task"),
    [
        ("各类车辆须按指引停放。", True),
        ("汛期各水库须按汛限水位以下运行。", True),
        ("企业须具备相应资质。", False),
    ],
)
def test_required_act_decides_the_sentence(sentence, is_task):
    assert tasks.sentence_is_task(sentence, "notice") is is_task


def test_a_run_of_dictionary_characters_before_the_verb_spares_the_model(monkeypatch):
    def refuse():
        raise AssertionError("the hidden Markov model was loaded")

    monkeypatch.setattr(pos, "hidden_markov_model", refuse)
    pos.model_cut.cache_clear()  # a cut another test kept would spare the model here
    assert pos.first_verb.__wrapped__("按指引停放车辆汛限") == Verb("指引", 3)  # 汛限 comes after the verb
    with pytest.raises(AssertionError):
        pos.first_verb.__wrapped__("汛限水位以下运行")


@pytest.mark.parametrize(
    ("name", "build"),
    [(jieba_lexicon.LEXICON, build_pos_lexicon.lexicon_bytes), (pos.HMM, build_pos_lexicon.hmm_bytes)],
)
def test_the_artefacts_are_the_scripts_output(name, build):
    shipped = resources.data_path(name).read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == hashlib.sha256(build()).hexdigest()


PROBE = """
import importlib, json, sys
if sys.argv[1]:
    importlib.import_module(sys.argv[1])
from nlp_pipeline.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps([name for name in ("jieba", "jieba.posseg") if name in sys.modules]), file=sys.stderr)
"""


def loaded_jieba(preload: str, *argv: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, preload, *argv], capture_output=True, text=True, check=True)
    return json.loads(result.stderr.strip().splitlines()[-1])


def test_extract_decides_a_required_act_without_jieba(tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_text("关于台风期间交通管理的通知\n各类车辆须按指引停放。汛期各水库须按汛限水位以下运行。\n", "utf-8")
    output = tmp_path / "notice.json"
    assert loaded_jieba("", "extract", str(notice), "-o", str(output)) == []
    found = json.loads(output.read_text("utf-8"))["tasks"]
    assert any("停放" in task["text"] for task in found)  # required_act was reached and said yes


def test_the_probe_sees_jieba_when_it_is_loaded():
    """Negative case: the probe is no blind spot (search and the GBK repair step still load jieba)."""
    assert loaded_jieba("jieba.posseg", "--version") == ["jieba", "jieba.posseg"]


def full_viterbi_step(last, model, s, emission):
    """The step as jieba writes it: every live state weighed, a missing transition scoring -inf."""
    live = [p for p in last if model.transitions[p]]
    return max((last[p] + model.transitions[p].get(s, float("-inf")) + emission, p) for p in live)


# runs of our own: known characters, characters the model never saw (every state allowed), a single
# character, and runs whose states share no transition into the next character's states
VITERBI_RUNS = ["汛限", "停渡装尽装", "龘", "龘龘龘", "巡查龘整改", "鑫淼", "一", "的的的的", "桥梁隧道边坡"]


@pytest.mark.parametrize("run", VITERBI_RUNS)
def test_viterbi_weighs_only_entering_states_with_the_same_path(run, monkeypatch):
    model = pos.hidden_markov_model()
    fast = list(pos.viterbi_words(run, model))
    monkeypatch.setattr(pos, "_best_entry", full_viterbi_step)
    assert fast == list(pos.viterbi_words(run, model))


def test_the_entering_index_holds_every_transition_and_no_other():
    model = pos.hidden_markov_model()
    by_target = {(p, s, t) for s, entering in model.entering.items() for p, t in entering.items()}
    assert by_target == {(p, s, t) for p, following in model.transitions.items() for s, t in following.items()}


@pytest.mark.parametrize("run", VITERBI_RUNS)
def test_the_kept_cut_is_the_one_the_model_finds(run):
    """model_cut keeps viterbi_words' answer per stretch: the first ask and a kept one say the same."""
    found = tuple(pos.viterbi_words(run, pos.hidden_markov_model()))
    pos.model_cut.cache_clear()
    assert pos.model_cut(run) == found
    assert pos.model_cut(run) == found and pos.model_cut.cache_info().hits >= 1


@pytest.mark.parametrize(
    ("prefix", "found"),
    [
        ("安全", "word"),  # a word, and the start of longer ones (安全生产)
        ("消防安", "prefix"),  # only the start of longer words (消防安全)
        ("巡查", "word"),
        # negative cases: no word begins so
        ("龘龘", None),
        ("巡查龘", None),
    ],
)
def test_one_search_says_whether_a_word_begins_and_what_it_weighs(prefix, found):
    lex = pos.lexicon()
    frequency = lex.prefix_frequency(prefix)
    if found is None:
        assert frequency is None
    else:
        assert frequency == lex.frequency(prefix) and (frequency > 0) == (found == "word")
    # the route's kept lookup answers what the lexicon does, the first time and when kept
    pos.prefix_frequency.cache_clear()
    assert pos.prefix_frequency(prefix) == frequency and pos.prefix_frequency(prefix) == frequency


# Phrases whose words the task text counts and cuts (tasks.summarize): dictionary words only, runs the
# tagger's model re-cuts (a name, rare characters) at the start, in the middle and alone, punctuation.
COUNTED_PHRASES = [
    "及时报送信息",
    "孙启负责每周五组织检查",
    "龘龘巡查整改",
    "巡查龘龘，整改到位",
    "鑫淼",
    "龘",
    "",
    "、彻底整改到位",
    "县委常委会研究部署",
    "提前3天将方案报送备案",
]


@pytest.mark.parametrize("phrase", COUNTED_PHRASES)
def test_word_count_and_places_agree_with_the_tagged_words(phrase):
    """word_count, word_at and word_ends_before ask the tagger's model only where they must (text53's
    task text made extraction twice as slow when it tagged every phrase whole); they must say what
    `tagged` says."""
    words = pos.tagged(phrase)
    for most in (0, 1, 2, 3):
        assert pos.word_count(phrase, most) == min(most, len(words))
    for at in range(len(phrase) + 1):
        assert pos.word_at(phrase, at) == next(((word, end) for word, _, end in words if end >= at), ("", at))
        assert pos.word_ends_before(phrase, at) == [end for _, _, end in words if end < at]


@pytest.mark.parametrize("phrase", [p for p in COUNTED_PHRASES if len(p) > 1 and p.isalnum()])
def test_a_suffix_reuses_its_phrase_route_as_a_fresh_search_finds_it(phrase):
    """The route is found from the run's end, so a rest of a phrase reuses the phrase's (lexicon_route)."""
    pos.lexicon_route(phrase)
    for start in range(1, len(phrase)):
        assert pos.lexicon_route(phrase[start:]) == pos.route(phrase[start:])


@pytest.mark.parametrize("phrase", [p for p in COUNTED_PHRASES if len(p) > 1 and p.isalnum()])
def test_the_route_with_kept_lookups_is_the_one_fresh_lookups_find(phrase, monkeypatch):
    """route's lookups are kept (prefix_frequency); asking the lexicon each time finds the same route."""
    kept = pos.route(phrase)
    monkeypatch.setattr(pos, "prefix_frequency", pos.lexicon().prefix_frequency)
    assert pos.route(phrase) == kept
