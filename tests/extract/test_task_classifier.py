"""The learned task-sentence classifier's features, its loader and its hook in the task step
(issue 13): no model file means the rules alone; a present one overrides only where confident."""

from __future__ import annotations

import numpy as np
import pytest

from nlp_pipeline import resources
from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.task_classifier import (
    DIMENSION,
    HASH_BUCKETS,
    RuleCues,
    TaskClassifier,
    cue_tokens,
    feature_indices,
    loaded_classifier,
)

NOTICE = "关于开展燃气安全检查的通知\n\n一、各乡镇要在6月30日前完成辖区燃气管道隐患排查。\n二、县应急局负责督导检查。\n"


def cues(accepted: bool = True, kind: str = "body") -> RuleCues:
    return RuleCues(
        accepted=accepted,
        kind=kind,
        doc_type="notice",
        modality="must" if accepted else None,
        names_units=True,
        has_deadline=False,
        frame_section=False,
        task_section=True,
        review_section=False,
        enterprise=False,
        closes=True,
        aspect="none",
        reported=False,
        series_lead="none",
        public=False,
    )


def test_features_are_stable_and_in_range():
    first = feature_indices("各乡镇要开展排查。", cues())
    assert np.array_equal(first, feature_indices("各乡镇要开展排查。", cues()))  # crc32, not hash()
    assert first.min() >= 0 and first.max() < DIMENSION
    assert len(first) == len(set(first.tolist()))  # binary features, each once


def test_cues_are_features_after_the_ngram_buckets():
    text = "开展排查。"
    accepted, rejected = feature_indices(text, cues(True)), feature_indices(text, cues(False))
    assert set(accepted[accepted < HASH_BUCKETS]) == set(rejected[rejected < HASH_BUCKETS])
    assert set(accepted[accepted >= HASH_BUCKETS]) != set(rejected[rejected >= HASH_BUCKETS])
    assert "kind=body" in cue_tokens(cues()) and "accepted=True" in cue_tokens(cues())


@pytest.mark.parametrize(
    "bias, accepted, decided",
    [
        (0.0, True, True),  # p 0.5: not confident either way, the rules stand
        (0.0, False, False),
        (-6.0, True, False),  # p 0.002 < low: a rule-accepted sentence is dropped
        (6.0, False, True),  # p 0.998 > high: a rule-rejected one is taken
        (6.0, True, True),
        (-6.0, False, False),
    ],
)
def test_overrides_only_when_confident(bias, accepted, decided):
    classifier = TaskClassifier(np.zeros(DIMENSION, np.float32), bias, low=0.05, high=0.95)
    assert classifier.decide("开展排查。", cues(accepted)) is decided


@pytest.fixture
def model_file(tmp_path, monkeypatch):
    """Where the loader looks for the model (an absolute path: data_path keeps it as it is), in a
    folder the test writes; the loader's caches cleared around it."""
    model = tmp_path / "task_classifier.npz"
    monkeypatch.setattr(resources, "TASK_CLASSIFIER", str(model))
    resources.task_classifier_arrays.cache_clear()
    loaded_classifier.cache_clear()
    yield model
    resources.task_classifier_arrays.cache_clear()
    loaded_classifier.cache_clear()


def test_without_a_model_file_the_rules_decide(model_file):
    assert loaded_classifier() is None


def test_a_model_file_is_loaded_and_overrides_the_rules(model_file):
    rules_alone = [task.source for task in extract_fields(NOTICE).tasks]
    assert rules_alone  # the notice's two items are tasks by the rules
    np.savez(model_file, weights=np.zeros(DIMENSION, np.float32), bias=-8.0, low=0.05, high=0.95)
    resources.task_classifier_arrays.cache_clear()  # loaded once: the rules-alone run above cached None
    loaded_classifier.cache_clear()
    classifier = loaded_classifier()
    assert classifier is not None and classifier.low == 0.05 and classifier.high == 0.95
    assert extract_fields(NOTICE).tasks == []  # every sentence confidently not a task


def test_a_model_of_the_wrong_size_is_refused(model_file):
    np.savez(model_file, weights=np.zeros(10, np.float32), bias=0.0, low=0.05, high=0.95)
    with pytest.raises(ValueError, match="task_classifier.npz"):
        loaded_classifier()


@pytest.mark.parametrize(
    "low, high, accepted, may",
    [
        (0.0, 0.7, True, False),  # a low of 0 never drops a rule-accepted sentence
        (0.0, 0.7, False, True),
        (0.05, 1.0, False, False),  # a high of 1 never takes a rule-rejected one
        (0.05, 1.0, True, True),
    ],
)
def test_no_features_where_no_override_is_possible(low, high, accepted, may):
    classifier = TaskClassifier(np.zeros(DIMENSION, np.float32), 0.0, low=low, high=high)
    assert classifier.may_override(accepted) is may
