"""Real copies, round 66 (issue 14, fc66): a traditional page's own words are no byte-shift damage.

- The GBK misalignment repair seeds a region where three character pairs in a row are unseen by
  its model, which learnt mainland simplified text. On a text written in traditional script a
  region seeded only that way (no hard sign, no misread symbol, no rare character, no reading its
  character cannot have) is another region's common words (`本澳前` of a Macau notice), not a misread:
  it stays (`in_traditional_text`, gbk_misalignment.py). Misreads on traditional pages, which show
  those signs, and misreads of simplified text are repaired as before.
- Left (strict xfail): a metadata block's title cell under a label spaced to its neighbours' width
  (`名 稱: | …会议 |`) where the page has no title line of its own. Reading the spaced label as
  `名称：` kept the title but lowered a check set's text CER (docs/normalization.md, fc66).

Every text here is invented."""

import pytest

from nlp_pipeline.normalize import normalize, replay

# a line with a place's rare character (氹), so the repair reads the line at all
NOTICE = "消防局提醒,颱風季節將至,氹仔及路環各商戶應檢查招牌及棚架是否穩固。 {clause},應先向本局申報,以便安排檢查人員。"


def normalized(text: str) -> str:
    result = normalize(text)
    assert replay(text, result.changes) == result.text
    return result.text


# (case, page, what must stay, what must go)
CASES = [
    ("a Macau notice's 本澳 before a comma", NOTICE.format(clause="居民離境本澳前"), ["居民离境本澳前"], ["北京"]),
    ("the same word after another verb", NOTICE.format(clause="工人入境本澳前"), ["工人入境本澳前"], ["北京"]),
    ("and after 出入境", NOTICE.format(clause="旅客出入境本澳前"), ["旅客出入境本澳前"], ["那般"]),
    (
        "a misread on a traditional page, with a misread symbol, is repaired (negative)",
        "消防局提醒,氹仔及路環各商戶應⒓礄z查招牌及棚架是否穩固,發現隱患及時整改。",
        ["应立即检查招牌"],
        ["⒓", "礄"],
    ),
    (
        "a misread of simplified text is repaired (negative)",
        "各乡镇要立即组织力量开展隐寂挪檎喂ぷ,确保安全生产形势持续稳定。",
        ["开展隐患排查整治工作"],
        ["寂挪檎"],
    ),
]


@pytest.mark.parametrize("page, stays, goes", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_traditional_page_words(page: str, stays: list[str], goes: list[str]) -> None:
    text = normalized(page)
    for part in stays:
        assert part in text
    for part in goes:
        assert part not in text


TITLE = "某某镇召开汛期安全生产工作会议"
BLOCK_PAGE = (
    "索 引 號: | 000-111/2023-05-06/123 | 主題分類: | 安全生產 | 發布機構: | 某某鎮人民政府 |\n"
    "發文日期: | 2023-05-06 | 文 號: | 有 效 期: | 有效 | |\n"
    "名 稱: | 某某鎮召開汛期安全生產工作會議 |\n"
    "某某鎮召開汛期安全生產工作會議 | ||||\n"
    "5月6日,某某鎮召開汛期安全生產工作會議。鎮長出席會議並講話,要求各村要在5月底前完成隱患排查。"
)


@pytest.mark.xfail(strict=True, reason="the spaced 名 稱 cell's title: measured, lowered a check set, dropped (fc66)")
def test_spaced_title_label_keeps_the_title() -> None:
    assert normalized(BLOCK_PAGE).startswith(TITLE)
