"""A learned check on the rules' task decision (issue 13): logistic regression over hashed character
1-3-grams of the sentence and the cues the rules saw (RuleCues), trained by
scripts/train_task_classifier.py. It only overrides the rules when confident: a sentence the rules
accept is dropped below `low`, one they reject is taken above `high`. Without its model file
(data/models/task_classifier.npz) the rules decide alone; docs/extraction.md has the measured
leave-one-set-out table.

numpy only: the model is a weight vector, a dot product over a few hundred indices per sentence.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, fields
from functools import cache

import numpy as np

from .. import resources

HASH_BITS = 14
HASH_BUCKETS = 1 << HASH_BITS  # 16384 weights: 64 KB in float32, few collisions for a few thousand sentences
NGRAM_SIZES = (1, 2, 3)
CUE_BUCKETS = 64  # cue features live after the n-gram buckets, hashed too: no fixed table to keep in step
DIMENSION = HASH_BUCKETS + CUE_BUCKETS
BASE = np.uint64(1_000_003)  # a code point is below 2**21: a 3-gram's polynomial stays below 2**64
GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the product's top bits are the bucket


@dataclass(frozen=True)
class RuleCues:
    """What the rules saw of a sentence they judged: the classifier's features besides the text."""

    accepted: bool  # the rules' decision
    kind: str  # body | heading | table_row …
    doc_type: str
    modality: str | None
    names_units: bool
    has_deadline: bool
    frame_section: bool
    task_section: bool
    review_section: bool
    enterprise: bool
    closes: bool  # ends like a finished sentence
    aspect: str  # done | ongoing | none: a news account's 已/了/正在 against a directive's bare verb
    reported: bool  # a reporting frame (据…介绍, …表示，) tells what a body did or says
    series_lead: str  # none | report | directive | other: the lead-in of the 一是… series it is an item of
    public: bool  # addresses the public (市民, 居民, 广大游客): advice, not a duty


def ngram_buckets(text: str) -> np.ndarray:
    """The buckets of the text's 1-3-grams, computed over its code points at once (the sentence is
    hashed on every candidate of a document: a Python loop over its n-grams cost more than the
    rules' own decision). Stable across runs and platforms, unlike hash()."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    buckets = []
    with np.errstate(over="ignore"):  # the products wrap modulo 2**64 by design
        for size in NGRAM_SIZES:
            if len(codes) < size:
                break
            value = np.full(
                len(codes) - size + 1, size, dtype=np.uint64
            )  # the size seeds it: 1-grams differ from 2-grams
            for offset in range(size):
                value = value * BASE + codes[offset : len(codes) - size + 1 + offset]
            buckets.append((value * GOLDEN) >> np.uint64(64 - HASH_BITS))
    return np.concatenate(buckets).astype(np.int64) if buckets else np.zeros(0, np.int64)


def cue_bucket(token: str) -> int:
    return HASH_BUCKETS + zlib.crc32(token.encode("utf-8")) % CUE_BUCKETS


def cue_tokens(cues: RuleCues) -> list[str]:
    """One token per cue: `name=value` (kind=heading, modality=must, accepted=True)."""
    return [f"{f.name}={getattr(cues, f.name)}" for f in fields(cues)]


def feature_indices(text: str, cues: RuleCues) -> np.ndarray:
    """The active features of a sentence (each counted once): hashed 1-3-grams of its text, then its
    cues; the sentence is framed by ^ and $ so that openings and endings (要…, …。) are n-grams too."""
    grams = ngram_buckets(f"^{text.strip()}$")
    return np.unique(np.concatenate([grams, np.array([cue_bucket(t) for t in cue_tokens(cues)], np.int64)]))


@dataclass(frozen=True)
class TaskClassifier:
    weights: np.ndarray  # DIMENSION float32; the features are binary
    bias: float
    low: float  # a rule-accepted sentence below this probability is dropped
    high: float  # a rule-rejected sentence above this probability is taken

    def probability(self, text: str, cues: RuleCues) -> float:
        score = float(self.weights[feature_indices(text, cues)].sum()) + self.bias
        return float(1.0 / (1.0 + np.exp(-score)))

    def may_override(self, accepted: bool) -> bool:
        """Whether any probability could turn the rules' decision: a `low` of 0 never drops, a `high`
        of 1 never takes, and then the sentence's cues and features need not be computed at all."""
        return self.low > 0 if accepted else self.high < 1

    def decide(self, text: str, cues: RuleCues) -> bool:
        probability = self.probability(text, cues)
        return probability >= self.low if cues.accepted else probability > self.high


@cache
def loaded_classifier() -> TaskClassifier | None:
    """The model in data/models/task_classifier.npz, or None when there is none (the rules alone)."""
    arrays = resources.task_classifier_arrays()
    if arrays is None:
        return None
    if arrays["weights"].shape != (DIMENSION,):
        raise ValueError(f"task_classifier.npz: {arrays['weights'].shape[0]} weights, expected {DIMENSION}")
    return TaskClassifier(
        weights=arrays["weights"].astype(np.float32),
        bias=float(arrays["bias"]),
        low=float(arrays["low"]),
        high=float(arrays["high"]),
    )
