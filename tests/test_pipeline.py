"""`process` itself: the character cap every entry point shares, and the one place doc_ids are cleaned."""

from __future__ import annotations

import pytest

from nlp_pipeline.errors import DocumentTooLarge
from nlp_pipeline.pipeline import clean_doc_id, process
from nlp_pipeline.readers import MAX_CHARACTERS

LINE = "各乡镇要于6月底前完成燃气管道隐患排查。\n"


def test_a_text_past_the_character_cap_is_refused_in_chinese_not_by_spacy():
    text = LINE * (MAX_CHARACTERS // len(LINE) + 1)
    with pytest.raises(DocumentTooLarge) as caught:
        process(text)
    message = str(caught.value)
    assert "上限 1,000,000 字" in message and "拆分" in message and "max_length" not in message


def test_a_file_past_the_character_cap_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(LINE * (MAX_CHARACTERS // len(LINE) + 1), encoding="utf-8")
    with pytest.raises(DocumentTooLarge, match="long.txt"):
        process(path)


def test_a_text_at_the_cap_is_processed(monkeypatch):
    import nlp_pipeline.pipeline as pipeline

    # three different items of one length: the same line three times in a row is a doubled copy
    text = LINE + LINE.replace("乡镇", "街道") + LINE.replace("乡镇", "部门")
    monkeypatch.setattr(pipeline, "MAX_CHARACTERS", len(text))
    assert len(process(text).tasks) == 3


@pytest.mark.parametrize(
    "name, cleaned",
    [
        ("通知", "通知"),
        ("2024年 第3号 通知", "2024年 第3号 通知"),
        ("a\x00b", "ab"),  # NUL
        ("invoice\u202etxt.exe", "invoicetxt.exe"),  # right-to-left override
        ("\u2066隔离\u2069\u200f名", "隔离名"),  # bidi isolates and marks
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),  # Windows path characters
        ("tab\tand\nnew  line", "tab and new line"),
        ("trailing dot. ", "trailing dot"),
        (".hidden", "hidden"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("console", "console"),
        ("\x00\u202e", "document"),
        ("", "document"),
        ("长" * 300, "长" * 120),
    ],
)
def test_doc_ids_are_cleaned(name, cleaned):
    assert clean_doc_id(name) == cleaned


def test_process_cleans_the_doc_id_it_is_given():
    assert process(LINE, doc_id="../x\u202eexe.txt").doc_id == "_xexe.txt"  # no hidden file either
