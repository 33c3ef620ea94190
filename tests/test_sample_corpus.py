"""The bundled sample corpus (corpora/sample/): every file is read with the format and encoding
its name promises, conversions lose nothing, and scripts/make_sample_corpus.py regenerates the
committed files byte for byte. Also the damage functions of scripts/damage.py it is made with."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nlp_pipeline.readers import read_document
from nlp_pipeline.resources import opencc_converter

from .conftest import load_module

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "corpora" / "sample"
SRC = SAMPLE.parent / "sample-src"
SCRIPTS = REPO / "scripts"
REGENERATE = "regenerate with `python scripts/make_sample_corpus.py` and commit corpora/sample/"

# file -> (format, encoding the reader reports, codec the bytes were written in; None for containers)
EXPECTED = {
    "speech-county-meeting.utf8.txt": ("txt", "utf-8", "utf-8"),
    "speech-county-meeting.trad-pinyin.utf8.txt": ("txt", "utf-8", "utf-8"),
    "speech-county-meeting.spun.gb18030.txt": ("txt", "gb18030", "gb18030"),
    "report-flood-season.utf8.txt": ("txt", "utf-8", "utf-8"),
    "report-flood-season.gbk-misaligned.utf8.txt": ("txt", "utf-8", "utf-8"),
    "report-flood-season.web-chrome.utf8-bom.txt": ("txt", "utf-8", "utf-8-sig"),
    "notice-fireworks.utf8.txt": ("txt", "utf-8", "utf-8"),
    "notice-fireworks.trad-pinyin.big5.txt": ("txt", "big5", "big5hkscs"),
    "plan-selfbuilt-housing.utf8.txt": ("txt", "utf-8", "utf-8"),
    "plan-selfbuilt-housing.web.gbk.html": ("html", "gb18030", None),
    "plan-selfbuilt-housing.table.docx": ("docx", None, None),
    "minutes-confined-space.utf8.txt": ("txt", "utf-8", "utf-8"),
    "minutes-confined-space.utf16le-bom.txt": ("txt", "utf-16", "utf-16"),
    "minutes-confined-space.wrapped.pdf": ("pdf", None, None),
    "bulletin-inspection.utf8.txt": ("txt", "utf-8", "utf-8"),
    "bulletin-inspection.gb18030.txt": ("txt", "gb18030", "gb18030"),
}
# clean copies in another encoding or container: the reader must give back the source text
LOSSLESS = [
    "speech-county-meeting.utf8.txt",
    "report-flood-season.utf8.txt",
    "notice-fireworks.utf8.txt",
    "plan-selfbuilt-housing.utf8.txt",
    "minutes-confined-space.utf8.txt",
    "bulletin-inspection.utf8.txt",
    "minutes-confined-space.utf16le-bom.txt",
    "bulletin-inspection.gb18030.txt",
    "plan-selfbuilt-housing.table.docx",
]
GLOSS = re.compile(r"\([a-z\u00c0-\u024f]+\)")


def _damage_module():
    return load_module("damage", SCRIPTS / "damage.py")


damage = _damage_module()


def _source_of(name: str) -> str:
    return (SRC / (name.split(".")[0] + ".txt")).read_text(encoding="utf-8")


def _without_whitespace(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_expected_table_lists_exactly_the_corpus():
    assert {p.name for p in SAMPLE.iterdir() if p.is_file()} == set(EXPECTED)


def test_corpus_stays_small():
    assert sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file()) < 2 * 2**20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_file_is_read_with_its_format_and_encoding(name):
    raw = read_document(SAMPLE / name)
    fmt, encoding, codec = EXPECTED[name]
    assert (raw.format, raw.encoding) == (fmt, encoding)
    if codec:  # decoded exactly as written, not merely without error (Big5 also decodes as GB18030)
        assert raw.text == (SAMPLE / name).read_bytes().decode(codec)


@pytest.mark.parametrize("name", LOSSLESS)
def test_clean_copies_read_back_as_their_source(name):
    text = read_document(SAMPLE / name).text.replace("\r\n", "\n")
    assert text.strip() == _source_of(name).strip()


@pytest.mark.parametrize("name", ["plan-selfbuilt-housing.web.gbk.html", "plan-selfbuilt-housing.table.docx"])
def test_task_table_rows_survive_as_cell_lines(name):
    rows = [line for line in _source_of(name).splitlines() if "|" in line]
    lines = read_document(SAMPLE / name).text.splitlines()
    assert len(rows) == 12 and all(row in lines for row in rows)


def test_html_drops_navigation_scripts_and_footer_but_keeps_the_article():
    text = read_document(SAMPLE / "plan-selfbuilt-housing.web.gbk.html").text
    assert "政务公开" not in text and "_hits" not in text and "ICP" not in text
    article = "".join(line for line in text.splitlines() if "浏览次数" not in line)  # the site's byline
    assert _without_whitespace(article.replace("|", "")) == _without_whitespace(
        _source_of("plan-selfbuilt-housing").replace("|", "")
    )


def test_pdf_text_layer_holds_the_whole_document_in_wrapped_lines():
    text = read_document(SAMPLE / "minutes-confined-space.wrapped.pdf").text
    source = _source_of("minutes-confined-space")
    assert _without_whitespace(text) == _without_whitespace(source)
    assert len(text.splitlines()) > len(source.splitlines())


def test_regeneration_is_byte_identical(tmp_path):
    subprocess.run(
        [sys.executable, str(SCRIPTS / "make_sample_corpus.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    regenerated = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert set(regenerated) == set(EXPECTED), REGENERATE
    changed = [name for name, data in regenerated.items() if (SAMPLE / name).read_bytes() != data]
    assert not changed, f"{changed} differ from the committed files; {REGENERATE}"


# --- damage functions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span, garbled",
    [
        ("。現", "，F"),  # 現 is AC 46: its trail byte, read alone, is ASCII F
        ("現場", "F場"),  # ... and an ASCII byte puts the decoder back in step
        ("通報", "▓"),
        ("2024 ABC", "024 ABC"),  # ASCII is one byte each: a late start loses one character only
    ],
)
def test_shift_one_byte_decodes_gbk_one_byte_late(span, garbled):
    assert damage.shift_one_byte(span) == garbled


def test_gbk_misalign_leaves_ascii_and_glosses_alone():
    glossed = damage.to_traditional_with_pinyin(_source_of("report-flood-season"), random.Random(3), rate=0.6)
    misaligned = damage.gbk_misalign(glossed, random.Random(3), rate=1.0)
    assert misaligned != glossed
    assert GLOSS.findall(misaligned) == GLOSS.findall(glossed)
    assert damage.gbk_misalign("ICP 12345 (abc)", random.Random(0), rate=1.0) == "ICP 12345 (abc)"


def test_traditional_with_pinyin_round_trips_to_the_source():
    source = _source_of("notice-fireworks")
    glossed = damage.to_traditional_with_pinyin(source, random.Random(0), rate=1.0)
    assert "會(huì)" in glossed
    assert opencc_converter("t2s").convert(GLOSS.sub("", glossed)) == source


def test_glosses_only_follow_converted_characters():
    glossed = damage.to_traditional_with_pinyin("安全生产工作会议", random.Random(0), rate=1.0)
    assert glossed == "安全生產(chǎn)工作會(huì)議(yì)"


@pytest.mark.parametrize(
    "text, spun",
    [
        ("安全生产基础", "平安生产根底"),
        ("坚持原则，降低成本", "坚持原那么，降低本钱"),
        ("督促部分企业巩固整改成果", "催促局部企业稳固整改成果"),
        ("平安", "平安"),  # spun words are not spun again
        ("县应急管理局牵头", "县应急管理局牵头"),  # text without listed words is untouched
    ],
)
def test_spin_swaps_listed_words_once(text, spun):
    assert damage.spin(text) == spun


def test_content_farm_frame_and_web_chrome_wrap_the_text_unchanged():
    text = _source_of("report-flood-season")
    farm = damage.add_content_farm_frame(text, "标题", keywords=("安全生产",))
    assert farm.startswith("下面是小编为大家整理的标题") and farm.rstrip().endswith("推荐访问：标题 安全生产")
    chrome = damage.add_web_chrome(
        text, random.Random(0), site="某日报", published="2024-06-18 09:00:00", editor="某编辑"
    )
    assert "浏览次数" in chrome and "责任编辑：某编辑" in chrome and "ICP备" in chrome
    title, body = text.split("\n", 1)
    assert title in chrome.splitlines() and _without_whitespace(body) in _without_whitespace(chrome)
