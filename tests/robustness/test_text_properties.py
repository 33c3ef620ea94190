"""Property-based tests of the text stages: whatever text arrives, normalize, extract_fields and
process answer without an unhandled exception and keep their contracts.

The strategies mix the damage the pipeline is built for (pinyin annotations, spun words, web
chrome, stray spaces, zero-width characters, broken lines) with arbitrary Unicode, so that the
rules' own code paths are exercised, not only their fast exits. `NLP_PIPELINE_FUZZ_EXAMPLES`
raises the number of examples per property for a deeper run (the default keeps the whole
robustness suite within a few minutes on two cores).
"""

from __future__ import annotations

import os
import re

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.lines import classify_lines, read_lines
from nlp_pipeline.pipeline import process
from nlp_pipeline.record import DEADLINE_KINDS, MODALITIES, ROLES, DocumentRecord
from nlp_pipeline.resources import record_schema

EXAMPLES = int(os.environ.get("NLP_PIPELINE_FUZZ_EXAMPLES", "150"))
# the everyday run (and CI) draws the same examples every time, so that a release's gate does not
# depend on luck; a deep run (NLP_PIPELINE_FUZZ_EXAMPLES set) explores at random
DERANDOMIZE = "NLP_PIPELINE_FUZZ_EXAMPLES" not in os.environ
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE, suppress_health_check=[HealthCheck.too_slow]
)
FEW = settings(
    max_examples=max(5, EXAMPLES // 10),
    deadline=None,
    derandomize=DERANDOMIZE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces of the damage and layout the rules look for, written for these tests.
DAMAGE_PIECES = [
    "會(huì)",
    "動(dòng)",
    "现(xiàn)在",
    "(试行)",
    "（一）",
    "(2024)",
    "（以下简称“方案”）",
    "(PDF)",
    "平安生产",
    "经济开展",
    "原那么",
    "根底",
    "本钱",
    "催促",
    "对D和人民",
    "**省",
    "****家",
    "来源：",
    "浏览次数：",
    "责任编辑：",
    "字体：大 中 小",
    "打印本页",
    "下面是小编为大家整理的",
    "推荐访问",
    "版权所有",
    "电话：0351-1234567",
    "http://www.example.gov.cn/a.html",
    "2024年5月6日",
    "6月底前",
    "一、",
    "二要",
    "1.",
    "第一，",
    "|",
    "安 全 生 产",
    "\u200b",
    "\ufeff",
    "\u3000",
    "\xa0",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    '"',
    "“",
    "”",
    "‘",
    "（",
    "）",
    "《",
    "》",
]
CLEAN_SUBJECTS = [
    "各乡镇人民政府",
    "县应急管理局",
    "市住房和城乡建设局",
    "各有关部门",
    "县消防救援大队",
    "区交通运输局",
    "各级安委会成员单位",
    "市场监管部门",
    "县教育局",
    "各企业",
]
CLEAN_ACTIONS = [
    "组织开展燃气安全专项检查",
    "完成人员密集场所消防安全排查",
    "落实安全生产责任制",
    "制定隐患排查治理工作方案",
    "加强危险化学品运输车辆监管",
    "开展应急演练和安全培训",
    "建立重大隐患挂牌督办制度",
    "督促企业落实主体责任",
    "严格执行领导带班值班制度",
    "及时上报事故信息",
]
CLEAN_TIMES = ["", "立即", "于6月底前", "在年底前", "每月", "于2024年9月30日前"]
CLEAN_MODALS = ["要", "必须", "务必"]

cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
any_char = st.characters(exclude_categories=["Cs"])  # readers decode strictly: no lone surrogates
punctuation = st.sampled_from(list("，。、；：？！“”‘’（）《》【】…—·,.;:?!\"'()[]<>-_/\\|*#%&@~ \n\u3000"))
mixed_scripts = st.lists(
    st.one_of(
        st.text(cjk, min_size=1, max_size=8),
        st.sampled_from(DAMAGE_PIECES),
        st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=6),
        st.text(any_char, max_size=3),
        punctuation,
    ),
    max_size=80,
).map("".join)
documentish = st.one_of(mixed_scripts, st.text(any_char, max_size=300), st.text(punctuation, max_size=200))


@st.composite
def clean_documents(draw) -> str:
    """Clean simplified text of the genre, as ANNOTATION.md defines it: one paragraph per line,
    full-width punctuation, no damage the rules repair. A paragraph printed twice in a row is such
    damage (a copy-paste doubled it: the repeated_block step), so no paragraph is drawn twice."""
    paragraphs: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        sentences = [
            f"{draw(st.sampled_from(CLEAN_SUBJECTS))}{draw(st.sampled_from(CLEAN_MODALS))}"
            f"{draw(st.sampled_from(CLEAN_TIMES))}{draw(st.sampled_from(CLEAN_ACTIONS))}"
            for _ in range(draw(st.integers(1, 4)))
        ]
        paragraph = "，".join(sentences) + "。"
        if paragraph not in paragraphs:
            paragraphs.append(paragraph)
    return "\n".join(paragraphs)


@st.composite
def long_lines(draw) -> str:
    """One line of 10 000 to 60 000 characters: a piece of damage or text repeated."""
    piece = draw(st.one_of(st.sampled_from(DAMAGE_PIECES + CLEAN_ACTIONS), st.text(cjk, min_size=1, max_size=4)))
    piece = piece.replace("\n", "").replace("\r", "") or "要"
    return piece * (draw(st.integers(10_000, 60_000)) // len(piece))


def _check_normalized(text: str):
    result = normalize(text)
    assert isinstance(result.text, str)
    assert all(change.step and isinstance(change.offset, int) and change.offset >= 0 for change in result.changes)
    assert all(isinstance(count, int) for count in result.counts.values())
    return result


def _check_extraction(text: str) -> None:
    extraction = extract_fields(text)
    for task in extraction.tasks:
        assert text[task.start : task.end] == task.source, "task offsets must point at its source in the text"
        assert task.modality in MODALITIES
        assert all(unit.role in ROLES and unit.canonical for unit in task.units)
        if task.deadline is not None:
            assert task.deadline.kind in DEADLINE_KINDS
            assert task.deadline.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", task.deadline.date)
    assert extraction.meta.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", extraction.meta.date)


@FUZZ
@given(documentish)
def test_normalize_answers_anything(text):
    _check_normalized(text)


@FUZZ
@given(documentish)
def test_every_line_has_one_kind(text):
    """The line classifier answers anything: one kind per line, chrome keeping only a date or a title."""
    lines = read_lines(text)
    assert [line.kind for line in lines] == classify_lines(text)
    assert len(lines) == len(text.split("\n"))
    for line in lines:
        assert text[line.start : line.end] == text.split("\n")[lines.index(line)]
        assert line.keep is None or line.keep in text[line.start : line.end]


@FUZZ
@example(":0”")
@example('"\n\n一')
@example('一一一一一一一一一000?"00\x85一')
@given(documentish)
def test_normalize_is_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once


@pytest.mark.parametrize("text", ["一、一\t来源：", "一、总体要求 作者：", "（一）加强领导\u3000x来源："])
def test_a_chrome_label_split_off_a_heading_is_removed_in_one_pass(text):
    once = normalize(text).text
    assert "来源" not in once and "作者" not in once
    assert normalize(once).text == once


def test_a_chrome_field_after_a_heading_is_not_broken_off():
    """Broken off, `来源：县局` would be chrome only on a second pass (at the page's end)."""
    once = normalize("一、一\t来源：县局").text
    assert once == "一、一\t来源：县局"
    assert normalize(once).text == once


@FUZZ
@given(clean_documents())
def test_clean_simplified_text_passes_unchanged(text):
    result = normalize(text)
    assert result.text == text
    assert not result.changes


@FUZZ
@given(documentish)
def test_extract_answers_anything_and_keeps_offsets(text):
    _check_extraction(text)


@FUZZ
@given(clean_documents())
def test_extract_on_clean_directives_keeps_offsets(text):
    _check_extraction(text)


@FEW
@example("安 全 生 产" * 4000)  # a PDF text layer with a space between characters; .notes/robustness-findings.md #6
@given(long_lines())
def test_very_long_lines(text):
    _check_extraction(_check_normalized(text).text)


@FUZZ
@given(documentish)
def test_process_gives_a_valid_record(text):
    record = process(text)
    data = record.to_dict()
    jsonschema.validate(data, record_schema())
    assert DocumentRecord.from_dict(data).to_dict() == data


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("要" * 100, id="long-one-line"),  # .notes/robustness-findings.md #1
        pytest.param("各乡镇要立即开展隐患排查" * 30, id="one-line-sentences"),
        pytest.param("/" * 5000, id="slashes"),
        pytest.param("各乡镇要立即开展隐患排查。", id="short-one-line"),
    ],
)
def test_one_line_text_is_text_not_a_file_name(text):
    # process() takes a string without a newline for a file name first; a name the file
    # system refuses (too long) must not escape as OSError.
    assert process(text).text
