"""Extraction's work done once (issue 19, speed62). The deadline finder's shared pre-test: a sentence is read
once for the characters its ~50 patterns need, and a finder none of whose patterns can match is not called;
neither may change a candidate, and a pattern asked alone keeps its own pre-test, which answers as the shared
one. A sentence's clauses cut once; the document model's span groups kept as offsets beside them."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from hypothesis import given, settings

from nlp_pipeline import resources
from nlp_pipeline.extract import deadlines, units
from nlp_pipeline.extract.prefilter import Guarded, GuardedFamily, OpeningOrAnywhere
from nlp_pipeline.extract.structure import MARKERS, PARAGRAPHS, SENTENCES, document_model, kept_spans
from nlp_pipeline.extract.tasks import CLAUSE_SPLIT, clauses, cues

from .test_prefilter import texts

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "sample"


def sample_sentences() -> list[str]:
    sentences = []
    for path in sorted(SAMPLES.glob("*.utf8.txt")):
        sentences += [s for s in re.split("[。；！？\n]", path.read_text(encoding="utf-8")) if s.strip()]
    return sentences


def every_finder(text: str, doc_date, plan_year) -> list[deadlines.Candidate]:
    """The candidates of every finder, none skipped, in FINDERS' order."""
    found = []
    for finder, reads, _ in deadlines.FINDERS:
        if reads == deadlines.PLAN_YEAR:
            found += finder(text, doc_date, plan_year)
        elif reads == deadlines.DOC_DATE:
            found += finder(text, doc_date)
        else:
            found += finder(text)
    return found


@pytest.mark.parametrize(
    "pattern, text, searched",
    [
        # 内 alone (辖区内) does not let a sentence through: the count and its unit are missing
        (r"[0-9]{1,3}(?:日|天)(?:内|之内)", "各乡镇要加强辖区内排查。", False),
        (r"[0-9]{1,3}(?:日|天)(?:内|之内)", "请于5天内报送。", True),
        # alternatives: one class of each branch's is tested
        (r"汛期(?:前|内)|节假日期间", "汛前检查水库大坝。", False),
        (r"汛期(?:前|内)|节假日期间", "节假日期间加强值守。", True),
        # nothing is needed: every text is searched
        (r"[\u4e00-\u9fff]+", "安全", True),
    ],
)
def test_the_family_turns_away_what_each_pattern_would(pattern, text, searched):
    other = re.compile(r"[0-9]+月底前")  # a second pattern whose classes share bits with the first's
    family = GuardedFamily({"other": other, "tested": re.compile(pattern)})
    assert bool(family.live(text) & family.mask(("tested",))) is searched
    assert Guarded(re.compile(pattern)).could_match(text) is searched


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_family_pre_test_answers_as_each_patterns_own(text):
    family = deadlines._scanners()
    live = family.live(text)
    for key, pattern in family.patterns.items():
        assert bool(live & family.mask((key,))) is Guarded(pattern).could_match(text)
        assert family.alone[key].could_match(text) is Guarded(pattern).could_match(text)


def test_skipping_finders_keeps_every_candidate():
    sentences = sample_sentences()
    assert len(sentences) > 200
    day = deadlines.dt.date(2025, 5, 20)
    for sentence in sentences:
        for doc_date, plan_year in ((None, None), (day, None), (day, 2026)):
            assert deadlines.found_candidates(sentence, doc_date, plan_year) == every_finder(
                sentence, doc_date, plan_year
            )


def scanned_keys(finder) -> set[str]:
    """The pattern keys a finder's own code names, other than as a look-up in the pattern table
    (weekdays reads calendar_re's fullmatch on its own matches' glosses)."""
    tree = ast.parse(inspect.getsource(finder))
    looked_up = {id(node.slice) for node in ast.walk(tree) if isinstance(node, ast.Subscript)}
    keys = set(deadlines._scanners().patterns)
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in keys and id(node) not in looked_up
    }


@pytest.mark.parametrize("finder, keys", [(finder, keys) for finder, _, keys in deadlines.FINDERS])
def test_deadline_finders_declare_their_patterns(finder, keys):
    scanned = scanned_keys(finder)
    if keys is None:
        assert not scanned
    else:
        assert scanned == set(keys)


def test_kept_clauses_are_a_fresh_cut():
    sentences = sample_sentences()
    kept = [clauses(sentence) for sentence in sentences]
    clauses.cache_clear()
    assert kept == [tuple(p for p in CLAUSE_SPLIT.split(sentence) if p.strip()) for sentence in sentences]
    assert kept == [clauses(sentence) for sentence in sentences]


def test_kept_span_offsets_are_the_span_groups():
    """The components and the outline read each group's offsets and labels where the component kept them."""
    for path in sorted(SAMPLES.glob("*.utf8.txt")):
        doc = document_model()(path.read_text(encoding="utf-8"))
        for name in (PARAGRAPHS, SENTENCES, MARKERS):
            assert kept_spans(doc, name) == [(s.start_char, s.end_char, s.label_) for s in doc.spans[name]]


def test_ranked_bodies_found_line_by_line_are_the_whole_texts():
    """rank_kinds searches each line alone: a body's name holds no line break, so no match is lost or cut."""
    pattern = resources.unit_rules()["ranked_body"]
    for path in sorted(SAMPLES.glob("*.utf8.txt")):
        text = path.read_text(encoding="utf-8")
        by_line = [m.group() for line in text.split("\n") for m in units._ranked_body().finditer(line)]
        assert by_line == [m.group() for m in pattern.finditer(text)]
    assert units.rank_kinds("东山交警大队\n西岭交警大队") == {"大队": units.rank_kinds("东山交警大队")["大队"]}


@pytest.mark.parametrize(
    "words, text, found",
    [
        (["^同志们", "印发给你们"], "同志们，今天召开会议。", True),
        (["^同志们", "印发给你们"], "各位同志们好。", False),  # anchored: not in the middle
        (["^同志们", "印发给你们"], "现将方案印发给你们。", True),
        (["^甲|乙"], "丙乙", True),  # ^ on one branch only: 乙 anywhere
        (["^附件"], "", False),
    ],
)
def test_opening_words_are_matched_at_the_start_only(words, text, found):
    whole = re.compile("|".join(f"(?:{word})" for word in words))
    assert OpeningOrAnywhere(words).found_in(text) is found is bool(whole.search(text))


def test_exclude_sentence_answers_as_the_whole_list():
    words = resources.read_rules("extract/task_cues.toml")["exclude_sentence"]
    whole = re.compile("|".join(f"(?:{word})" for word in words))
    for sentence in sample_sentences():
        assert cues().exclude.found_in(sentence) is bool(whole.search(sentence))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_exclude_sentence_answers_as_the_whole_list_on_any_text(text):
    words = resources.read_rules("extract/task_cues.toml")["exclude_sentence"]
    whole = re.compile("|".join(f"(?:{word})" for word in words))
    assert cues().exclude.found_in(text) is bool(whole.search(text))
