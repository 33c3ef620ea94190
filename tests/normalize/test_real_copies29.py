"""Real copies, round 29 (issue 14): a photo's credit in brackets after a body paragraph.

A photo's credit in brackets (（资料图片）, （某某处供图）) makes a line that says what one photo shows
— one sentence of one or two clauses — a caption; after a body paragraph of more sentences or
clauses only the credit goes, the paragraph stays. Every text here is invented."""

import pytest

from .test_steps import run_step

HEAD = "关于做好汛期安全防范工作的通知\n各乡镇要立即开展隐患排查，确保安全度汛。\n"
TAIL = "\n各单位要严格落实值班值守制度。\n县应急管理局\n2025年6月1日"


def body_line(line: str) -> str:
    """What the boilerplate step keeps of `line` set between a document's head and its signature."""
    out = run_step("boilerplate", HEAD + line + TAIL)
    assert out.startswith(HEAD) and out.endswith(TAIL[1:]), out
    return out[len(HEAD) : len(out) - len(TAIL)]


def test_a_photo_credit_after_a_body_paragraph_goes_alone():
    paragraph = "渔政人员登船检查救生衣配备情况。各渔港要在开渔前完成船只安全检查，未检查的一律不得出海。"
    assert body_line(paragraph + "（资料图片）") == paragraph


@pytest.mark.parametrize(
    "paragraph",
    [
        "劳工处将继续加强对建筑工地的巡查，对违规者依法检控，并提醒承建商做好防暑措施，保障工人安全健康。",
        "消防处表示会继续巡查旧式楼宇。各业主立案法团须于限期内完成消防设备改善工程。",
    ],
)
def test_a_paragraph_of_several_clauses_is_no_caption(paragraph):
    assert body_line(paragraph + "（资料图片）") == paragraph


@pytest.mark.parametrize(
    "caption", ["消防员昨日巡查商业大厦。（电台图片）", "署长（中）今日视察工地，了解防暑措施。（政府新闻处图片）"]
)
def test_a_one_sentence_line_with_a_photo_credit_is_a_caption(caption):
    assert body_line(caption) == ""


@pytest.mark.parametrize("line", ["各单位报送现场照片（附图片）", "请于5日前报送整改前后对比（含图片）。"])
def test_a_sentence_asking_for_photos_stays(line):
    assert body_line(line) == line


# Found this round and not adopted: ANNOTATION.md names phone numbers among the boilerplate and asks
# for the mainland standard, and the golds of realstyle_sealed8–10 and r9 follow it (a contact line's
# number goes; 「」 are written “”), while the golds of realstyle, realstyle_sealed, _sealed3 and _sealed7
# keep the numbers and the corner quotes: a change either way drops a set until the golds agree.
@pytest.mark.xfail(strict=True, reason="gold conflict: older real-style golds keep a contact line's phone number")
def test_a_contact_lines_phone_number_goes():
    assert body_line("联系人：县交通运输局运输科 孙明远，电话：0573-8861234") == "联系人：县交通运输局运输科 孙明远"


@pytest.mark.xfail(strict=True, reason="gold conflict: older real-style golds keep a traditional page's 「」")
def test_a_traditional_pages_corner_quotes_become_curly():
    from nlp_pipeline.normalize import normalize

    assert "“安全帽”" in normalize("勞工處提醒僱主，必須為僱員提供「安全帽」。").text
