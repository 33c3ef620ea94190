"""Property-based tests of reading: any bytes under any supported name either read or raise a
`DocumentError`; Chinese text in every supported encoding reads back as itself; a file cut
inside a multi-byte character fails cleanly; and whatever reads goes through the whole pipeline.
"""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from nlp_pipeline.errors import DocumentError
from nlp_pipeline.pipeline import process_raw
from nlp_pipeline.readers import read_bytes
from nlp_pipeline.resources import opencc_converter

EXAMPLES = int(os.environ.get("NLP_PIPELINE_FUZZ_EXAMPLES", "150"))
# the everyday run (and CI) draws the same examples every time, so that a release's gate does not
# depend on luck; a deep run (NLP_PIPELINE_FUZZ_EXAMPLES set) explores at random
DERANDOMIZE = "NLP_PIPELINE_FUZZ_EXAMPLES" not in os.environ
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE, suppress_health_check=[HealthCheck.too_slow]
)

NAMES = ["x.txt", "x.html", "x.docx", "x.pdf", "x", "x.htm"]
MAGIC = [
    b"",
    b"PK\x03\x04",
    b"%PDF-1.4\n",
    b"<html><body>",
    b"<!DOCTYPE html>",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
]
SENTENCES = [
    "关于切实做好汛期安全防范工作的通知",
    "各乡镇人民政府，县直各有关单位：",
    "县应急管理局牵头，县消防救援大队配合，于12月底前完成人员密集场所消防安全检查。",
    "各企业要严格落实安全生产主体责任，立即开展隐患排查治理。",
    "市住房和城乡建设局要加强城镇燃气安全监管，严禁违规使用液化石油气。",
    "一、提高思想认识",
    "（二）强化责任落实",
    "2024年5月6日",
]
# (codec, script): Big5 holds traditional characters only.
ENCODINGS = [
    ("utf-8", "s"),
    ("utf-8-sig", "s"),
    ("gb18030", "s"),
    ("gbk", "s"),
    ("gb2312", "s"),
    ("big5", "t"),
    ("utf-8", "t"),
    ("utf-16", "s"),
    ("utf-16-le", "s"),
    ("utf-16-be", "t"),
]

chinese_documents = st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=12).map("\n".join)


def _read_or_refuse(data: bytes, name: str):
    """The only allowed outcomes: a document, or a DocumentError naming the file."""
    try:
        return read_bytes(data, name)
    except DocumentError as error:
        assert name in str(error) and "\n" not in str(error)
        return None


def _in_script(text: str, script: str) -> str:
    return opencc_converter("s2t").convert(text) if script == "t" else text


@FUZZ
@given(st.sampled_from(MAGIC), st.binary(max_size=3000), st.sampled_from(NAMES))
def test_any_bytes_read_or_refuse(magic, data, name):
    _read_or_refuse(magic + data, name)


@FUZZ
@given(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=400),
    st.sampled_from(ENCODINGS),
    st.sampled_from(["x.txt", "x.html"]),
)
def test_any_text_in_any_encoding_reads_or_refuses(text, encoding, name):
    codec, _ = encoding
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        assume(False)
    raw = _read_or_refuse(data, name)
    if raw is not None:
        process_raw(raw)


@FUZZ
@example("（二）强化责任落实", ("gb18030", "s"))  # was read as cp949: .notes/robustness-findings.md #3
@example("一、提高思想认识", ("utf-16-le", "s"))  # was refused as binary: #4
@given(chinese_documents, st.sampled_from(ENCODINGS))
def test_chinese_text_reads_back_as_itself_in_every_encoding(text, encoding):
    codec, script = encoding
    text = _in_script(text, script)
    assert read_bytes(text.encode(codec), "x.txt").text == text


@FUZZ
@given(chinese_documents, st.sampled_from(ENCODINGS), st.data())
def test_cut_inside_a_character_reads_or_refuses(text, encoding, data):
    codec, script = encoding
    encoded = _in_script(text, script).encode(codec)
    cut = data.draw(st.integers(1, len(encoded) - 1))
    raw = _read_or_refuse(encoded[:cut], "x.txt")
    if raw is not None:
        process_raw(raw)


@FUZZ
@given(chinese_documents, st.sampled_from(ENCODINGS), st.binary(min_size=1, max_size=40), st.data())
def test_damaged_bytes_inside_a_document_go_through_the_pipeline(text, encoding, noise, data):
    codec, script = encoding
    encoded = _in_script(text, script).encode(codec)
    at = data.draw(st.integers(0, len(encoded)))
    raw = _read_or_refuse(encoded[:at] + noise + encoded[at:], "x.txt")
    if raw is not None:
        process_raw(raw)


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_a_file_cut_inside_its_last_character_keeps_its_text(codec):  # .notes/robustness-findings.md #2
    text = "\n".join(SENTENCES)
    raw = read_bytes(text.encode(codec)[:-1], "cut.txt")
    assert raw.text == text[:-1]
