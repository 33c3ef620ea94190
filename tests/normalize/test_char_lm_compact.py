"""char_lm.bin, the compact form of char_lm.tsv the pipeline loads (scripts/train_char_lm.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping

import pytest

from nlp_pipeline import resources


@pytest.fixture(scope="module")
def tsv() -> bytes:
    return resources.data_path(resources.CHAR_LM_TSV).read_bytes()


@pytest.fixture(scope="module")
def compact() -> bytes:
    return resources.data_path(resources.CHAR_LM_COMPACT).read_bytes()


def answers_as(counts: Mapping[str, int], expected: Mapping[str, int], present: list, absent: list) -> None:
    """`counts` answers every present key with `expected`'s count, by `in`, `[]` and `get`, and every
    absent one (non-strings included) as a dict would: not in, None, the default, KeyError."""
    for key in present:
        assert key in counts and counts[key] == counts.get(key) == expected[key]
    for key in absent:
        assert key not in counts and counts.get(key) is None and counts.get(key, 0) == 0
        with pytest.raises(KeyError):
            counts[key]


def test_compact_form_matches_the_tsv(tsv, compact):
    """Rebuilt with the TSV: after editing char_lm.tsv, run scripts/train_char_lm.py --compact-only."""
    from_compact = resources.read_char_lm_compact(compact, resources.char_lm_tsv_hash(tsv))
    from_tsv = resources.parse_char_lm_tsv(tsv)
    assert from_compact is not None, "char_lm.bin was built from another char_lm.tsv"
    assert list(from_compact.items()) == list(from_tsv.items())  # same counts, same order
    assert resources.char_lm_counts() == from_tsv


def test_crlf_line_ends_do_not_make_the_compact_form_stale(tsv):
    assert resources.char_lm_tsv_hash(tsv.replace(b"\n", b"\r\n")) == resources.char_lm_tsv_hash(tsv)
    assert resources.char_lm_tsv_hash(tsv + b"x\t1\n") != resources.char_lm_tsv_hash(tsv)


def test_tsv_comment_lines_are_left_out_alike(tsv):
    """Both forms read a line starting with # as a comment (char_lm.tsv's first line)."""
    counts = resources.parse_char_lm_tsv(tsv)
    assert "安全" in counts and counts["安"] > counts["安全"] > 0
    assert not any(key.startswith("#") for key in counts)


def _header(compact: bytes) -> tuple[int, dict]:
    end = compact.index(b"\n", len(resources.CHAR_LM_MAGIC)) + 1
    return end, json.loads(compact[len(resources.CHAR_LM_MAGIC) : end])


@pytest.mark.parametrize(
    "damage",
    [
        "another TSV",
        "truncated",
        "one byte too many",
        "no magic",
        "empty",
        "header not JSON",
        "header without entries",
        "entries miscounted",
        "keys not UTF-8",
    ],
)
def test_a_stale_or_damaged_compact_form_is_not_used(tsv, compact, damage):
    """None, so that char_lm_counts parses the TSV instead of answering from a wrong copy."""
    sha = resources.char_lm_tsv_hash(tsv)
    header_end, header = _header(compact)
    body = compact[header_end:]

    def rebuilt(**changes) -> bytes:
        return resources.CHAR_LM_MAGIC + json.dumps({**header, **changes}).encode() + b"\n" + body

    damaged = {
        "another TSV": rebuilt(sha256=resources.char_lm_tsv_hash(tsv + b"x\t1\n")),
        "truncated": compact[:-4],
        "one byte too many": compact + b"\0",
        "no magic": compact[len(resources.CHAR_LM_MAGIC) :],
        "empty": b"",
        "header not JSON": resources.CHAR_LM_MAGIC + b"{sha256\n" + body,
        "header without entries": rebuilt(entries=None),
        "entries miscounted": rebuilt(entries=header["entries"] - 1, keys=header["keys"] + 4),
        "keys not UTF-8": compact[:-1] + b"\xff",
    }[damage]
    assert resources.read_char_lm_compact(damaged, sha) is None
    assert resources.read_char_lm_compact(compact, sha) is not None


def test_compact_form_answers_by_bisection_as_the_tsv_dict_does(tsv, compact):
    """The sorted keys are searched, not hashed into a dict (issue 19, speed47): the same answers
    for keys present and absent, the same iteration order, the same unigram totals for the model."""
    from nlp_pipeline.normalize.charlm import CharLM

    from_compact = resources.read_char_lm_compact(compact, resources.char_lm_tsv_hash(tsv))
    from_tsv = resources.parse_char_lm_tsv(tsv)
    assert isinstance(from_compact, resources.SortedCounts)
    present = ["安", "安全", "A", "A制", "&", list(from_tsv)[0], list(from_tsv)[-1]]
    absent = ["", "安全生产", "\n", "A\t", "ab" * 3, "\uffff", 1, None, "安".encode()]  # not strings: absent too
    answers_as(from_compact, from_tsv, present, absent)
    assert len(from_compact) == len(from_tsv)
    assert list(from_compact.values()) == list(from_tsv.values())
    by_bisection, by_dict = CharLM(from_compact), CharLM(from_tsv)
    assert (by_bisection.total, by_bisection.vocab) == (by_dict.total, by_dict.vocab)
    assert by_bisection.logprob("安全生产检查") == by_dict.logprob("安全生产检查")


@pytest.mark.parametrize("char", ["安", "會", "会", "A", "\ue000"])  # simplified, traditional, Latin, unseen
def test_a_characters_unigram_is_the_same_asked_once_or_again(char):
    """The model keeps each character's unigram estimate (the GBK step asks for the same few
    thousand characters tens of thousands of times): the kept value is the one computed."""
    from nlp_pipeline.normalize.charlm import CharLM, simplified_char

    model = CharLM({"安": 3, "会": 2, "安全": 1, "A": 1})
    expected = (model.counts.get(simplified_char(char), 0) + 0.5) / (model.total + 0.5 * model.vocab)
    assert model.unigram(char) == expected and model.unigram(char) == expected


def test_keys_out_of_order_are_read_into_a_dict():
    """A compact form written from counts not in sorted order cannot be bisected: a dict, as before."""
    counts = {"甲": 1, "甲乙": 1, "乙": 2}  # 乙 sorts before 甲
    compact = resources.counts_compact(counts, resources.CHAR_LM_MAGIC, "0" * 64)
    read = resources.read_counts_compact(compact, resources.CHAR_LM_MAGIC, "0" * 64)
    assert type(read) is dict and read == counts
    in_order = resources.read_counts_compact(
        resources.counts_compact(dict(sorted(counts.items())), resources.CHAR_LM_MAGIC, "0" * 64),
        resources.CHAR_LM_MAGIC,
        "0" * 64,
    )
    assert isinstance(in_order, resources.SortedCounts) and in_order == counts


# speed69: keys of one or two characters as integers in the strings' order (`CodedCounts`).
CODED = {"甲": 5, "甲乙": 2, "乙": 7, "A": 1, "A制": 3, "\U00020000": 4, "\U00020000\U0010ffff": 1}


@pytest.mark.parametrize(
    ("first", "second"),
    [("A", "A制"), ("A制", "乙"), ("乙", "甲"), ("甲", "甲乙"), ("甲乙", "\U00020000"), ("\x00", "\x00\x00")],
)
def test_a_keys_code_sorts_as_the_key_does(first, second):
    assert first < second and resources.key_code(first) < resources.key_code(second)
    assert resources.code_key(resources.key_code(first)) == first


@pytest.mark.parametrize("key", ["", "安全生", "ab" * 3])
def test_a_key_of_no_or_more_than_two_characters_has_no_code(key):
    with pytest.raises(ValueError):
        resources.key_code(key)


def test_coded_counts_answer_as_the_dict_does():
    """Present and absent keys, iteration in key order, the unigram sums the model needs."""
    coded = resources.CodedCounts(*resources.coded_counts(CODED))
    present = list(CODED)
    absent = ["", "乙甲", "A\t", "甲乙丙", "\uffff", 1, None, ("甲", "乙"), "甲".encode()]  # not strings: absent too
    answers_as(coded, CODED, present, absent)
    assert list(coded) == sorted(CODED) and list(coded.values()) == [CODED[key] for key in sorted(CODED)]
    assert dict(coded.items()) == CODED and len(coded) == len(CODED)
    assert resources.unigram_sums(coded) == resources.unigram_sums(dict(CODED)) == (17, 4)
