"""Which lines a title spans and which header line dates a speech (issue 13, meta73): a headline whose kicker ends
on a half-width ！ before a space is one line, not two; a cover letter's book title wrapped over two lines of a
narrow column is one title, its middle line no metadata cell; a speech is dated by the day alone in brackets under
its title, not by the day its transcript's editor signs below the text. Cases measured and left are strict xfails.
Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline import process_raw, raw_from_text


def record_of(text: str):
    return process_raw(raw_from_text(text), doc_id="m73")


def title_of(text: str) -> str | None:
    title = record_of(text).meta.title
    return "".join(title.split()) if title else None


BODY = "\n\n　　7月1日起，市劳动检查处将开展高温户外作业专项检查，各区公所要加强宣导。\n"


@pytest.mark.parametrize(
    "headline, title",
    [
        # a kicker ending on a half-width ！ and a space, then the headline
        ("烈日当头! 西区启动户外劳工防暑专案", "烈日当头！西区启动户外劳工防暑专案"),
        # a full-width ！ with a blank after it
        ("汛期将至！ 南桥镇全面排查山塘水库隐患", "汛期将至！南桥镇全面排查山塘水库隐患"),
        # a kicker ending on ？
        ("工地安全谁来管? 县住建局开展夜间突击检查", "工地安全谁来管？县住建局开展夜间突击检查"),
        # no space: as before
        ("深夜暗访！镇长带队检查敬老院消防安全", "深夜暗访！镇长带队检查敬老院消防安全"),
    ],
)
def test_a_headlines_kicker_before_a_space_stays_on_its_line(headline, title):
    assert title_of(headline + BODY) == title


@pytest.mark.parametrize(
    "line, lines",
    [
        # running text: a second sentence after the space breaks as before
        ("注意了！ 各单位要加强值守，确保安全。", ["注意了！", "各单位要加强值守，确保安全。"]),
        # a line that ends on ！ too is two exclamations, not a kicker and its headline
        ("高温来了！ 防暑要做好！", ["高温来了！", "防暑要做好！"]),
    ],
)
def test_a_sentence_before_a_space_still_ends_its_line(line, lines):
    text = record_of(line + BODY).text
    assert text.split("\n")[: len(lines)] == lines


WRAPPED_COVER_LETTER = (
    "当前位置：首页 > 政务公开 > 通知公告\n"
    "岭西县人民政府办公室关于印发\n"
    "《岭西县2026年汛期地质灾害防治\n"
    "安全生产专项行动方案》的通知\n"
    "发布时间：2026-05-06 10:15 　来源：县政府办\n"
    "　　　　 浏览次数：　 字号：【大】【中】【小】\n"
    "\n"
    "岭西政办〔2026〕21号\n"
    "\n"
    "各乡镇人民政府，县直有关单位：\n"
    "　　《岭西县2026年汛期地质灾害防治安全生产专项行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    "\n"
    "岭西县人民政府办公室\n"
    "2026年5月5日\n"
)


def test_a_book_title_wrapped_over_two_lines_is_one_title():
    record = record_of(WRAPPED_COVER_LETTER)
    assert "".join(record.meta.title.split()) == (
        "岭西县人民政府办公室关于印发《岭西县2026年汛期地质灾害防治安全生产专项行动方案》的通知"
    )
    assert "《岭西县2026年汛期地质灾害防治" in record.text  # the middle line is no metadata cell


def test_a_closed_book_title_line_is_read_as_before():
    text = WRAPPED_COVER_LETTER.replace(
        "《岭西县2026年汛期地质灾害防治\n安全生产专项行动方案》的通知", "《防治方案》的通知"
    )
    assert title_of(text) == "岭西县人民政府办公室关于印发《防治方案》的通知"


SPEECH = (
    "在全县2026年汛期安全生产工作会议上的讲话\n"
    "（根据录音整理，未经本人审阅）\n"
    "\n"
    "县人民政府副县长　林清和\n"
    "（2026年4月8日）\n"
    "\n"
    "同志们：\n"
    "　　今天召开会议，主要任务是部署汛期安全生产工作。各乡镇要在4月20日前完成山塘水库隐患排查。\n"
    "　　谢谢大家！\n"
    "\n"
    "（县人民政府办公室秘书股整理　2026年4月10日）\n"
)


def test_a_speech_is_dated_by_its_bracketed_day_not_its_transcript():
    meta = record_of(SPEECH).meta
    assert (meta.doc_type, meta.date) == ("speech", "2026-04-08")


def test_a_speech_without_a_bracketed_day_keeps_its_dateline():
    meta = record_of(SPEECH.replace("（2026年4月8日）\n", "")).meta
    assert meta.date == "2026-04-10"


@pytest.mark.xfail(
    strict=True, reason="measured, left (meta73): a headline repeated on the line under it is joined to it"
)
def test_a_headline_repeated_under_its_kicker_line():
    text = "[新闻] 热浪来袭! 北区守护户外劳工健康\n热浪来袭! 北区守护户外劳工健康\n记者 林一/北区报导" + BODY
    assert title_of(text) == "热浪来袭！北区守护户外劳工健康"
