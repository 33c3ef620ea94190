"""A secretariat's file banner over a speech and the note under the speech's title (issue 13, meta85). A field line
naming a file (文件：讲话稿.txt) does not run into a whole title under it, a bracketed note holding a clause's comma
(（根据录音整理，未经本人审阅）) is no wrapped tail of the title above it, and a line naming a file is never the title.
Near misses stay as they were; the classes the read golds split are strict xfails. Every text here is written for the
test."""

from __future__ import annotations

import pytest

from nlp_pipeline.normalize.layout import note_under_title, whole_title_under_field
from nlp_pipeline.normalize.lines import LineKind
from nlp_pipeline.pipeline import process_raw, raw_from_text


def record_of(text: str):
    return process_raw(raw_from_text(text), doc_id="m85")


BODY = (
    "同志们：\n"
    "今天召开全县防汛工作会议，主要任务是分析形势、部署任务。刚才，县水利局通报了汛情，我都同意。下面，我讲两点意见。\n"
    "一、压实防汛责任\n"
    "各乡镇要在5月底前完成山塘水库隐患排查，县水利局要加强督导。\n"
)


@pytest.mark.parametrize(
    "head, title",
    [
        # a file banner over the speech, the note under its title
        (
            "青溪县政府办公室  文字材料\n文件：防汛会讲话（定稿）.txt\n-------------------------\n"
            "在全县2026年防汛工作会议上的讲话\n（根据录音整理，未经本人审阅）\n青溪县人民政府县长  马文博\n（2026年4月8日）\n",
            "在全县2026年防汛工作会议上的讲话",
        ),
        # the note with the day in it
        (
            "在全县2026年防汛工作会议上的讲话\n（2026年4月8日，根据录音整理）\n",
            "在全县2026年防汛工作会议上的讲话",
        ),
        # near miss: a speech with no banner and no note
        ("在全县2026年防汛工作会议上的讲话\n青溪县人民政府县长  马文博\n", "在全县2026年防汛工作会议上的讲话"),
    ],
)
def test_a_speech_under_a_file_banner_keeps_its_own_title(head, title):
    record = record_of(head + BODY)
    assert record.meta.title == title
    assert title in record.text.splitlines()


@pytest.mark.parametrize(
    "previous_kind, line, apart",
    [
        (LineKind.FIELD, "在全区2025年安全生产工作会议上的讲话", True),
        (LineKind.FIELD, "关于开展燃气安全检查的通知", True),
        # near misses: a field's value wrapped goes on in a fragment; a clause is no title; prose above is no field
        (LineKind.FIELD, "整治工作的通知", False),
        (LineKind.FIELD, "关于开展检查，请各单位报送的通知", False),
        (LineKind.PROSE, "关于开展燃气安全检查的通知", False),
    ],
)
def test_a_whole_title_under_a_field_line_starts_anew(previous_kind, line, apart):
    assert whole_title_under_field(previous_kind, line) is apart


@pytest.mark.parametrize(
    "previous, line, apart",
    [
        ("在全区2025年安全生产工作会议上的讲话", "（根据录音整理，未经本人审阅）", True),
        ("在全市消防工作会议上的讲话", "（2025年11月20日，根据录音整理）", True),
        # near misses: a title's period or version has no comma; a note under a line that is no title
        ("青溪县城镇燃气安全专项整治三年行动方案", "（2023—2025年）", False),
        ("青溪县安全生产考核办法", "（试行）", False),
        ("各乡镇要在5月底前完成排查", "（根据县里要求，逐户登记）", False),
    ],
)
def test_a_bracketed_note_under_a_title_is_a_line_of_its_own(previous, line, apart):
    assert note_under_title(previous, line) is apart


def test_a_line_naming_a_file_is_no_title():
    record = record_of("文件：全县防汛会议纪要.docx\n" + BODY)
    assert record.meta.title is None or not record.meta.title.endswith(".docx")


NOTICE_BODY = (
    "各乡镇人民政府，县直有关单位：\n"
    "为做好汛期安全防范工作，现就有关事项通知如下。\n"
    "一、各乡镇要在6月10日前完成山洪灾害危险区巡查。\n"
    "青溪县应急管理局\n2026年5月20日\n"
)


def test_an_issuer_line_above_about_without_number_is_the_titles_first_part():
    # with no document number over it as well (conv65: 33 golds to 22 in this shape, 57 to 32 in all)
    record = record_of("青溪县应急管理局\n关于做好2026年汛期安全防范工作的通知\n" + NOTICE_BODY)
    assert record.meta.title == "青溪县应急管理局关于做好2026年汛期安全防范工作的通知"


@pytest.mark.xfail(
    strict=True,
    reason="a body's name above its own minutes' genre phrase: the read golds join it 9 times, keep it apart 5 "
    "(sealed36 ss05/ss11 joined, sealed4 g05 and sealed24 sg10 apart); left as it is",
)
def test_a_name_above_its_minutes_is_the_titles_first_part():
    minutes = "青溪村村民委员会\n安全生产暨防汛工作会议记录\n时间：2026年5月20日上午9:00\n地点：村委会会议室\n" + BODY
    assert record_of(minutes).meta.title == "青溪村村民委员会安全生产暨防汛工作会议记录"
