"""Real copies, round 54 (issue 14, chrome54).

- A content farm's sentence presenting the text (下面是小编为大家整理的…，供大家参考。) that opens a line
  whose body runs on after it (a copy that lost the break after the farm's line): the farm's line is
  decisive chrome, so the whole line went, body and all. The line is now judged on what follows the
  sentence (`farm_preface`, lines.py), as rounds 49 and 52 judge a line without the credit glued to it,
  and the boilerplate step cuts the sentence alone. Only a sentence that points forward (下面是小编…,
  小编为你精选…) and only before a paragraph (`limits.farm_body_han`): the farm's line alone, its own short
  wish after it, a teaser before it, a closing formula or its list marks keep the whole line chrome.

Measured and dropped (each lifted only a read set: fits by the round's rule; strict xfails below, patches
in /work/notes/s17/chrome54/):

- a metadata block's summary field (概　述：各乡镇人民政府，…依据…市安...): a label under the block's last
  line whose value is the document's opening cut short, found again further down. Its commas keep it out
  of the block, so it stays over the title (r23 only);
- a channel's tag in brackets before the headline that the page's menu or breadcrumb names
  (【以案说法】… under 首页 > 普法园地 > 以案说法) (realstyle_sealed21 and sealed22 only).

Every text here is invented."""

import pytest

from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.lines import farm_preface, line_features, metadata_blocks, read_lines
from nlp_pipeline.resources import line_kinds

TITLE = "在全镇防汛安全工作会议上的讲话"
SPEECH = (
    "同志们：今天我们召开全镇防汛安全工作会议，主要任务是分析当前防汛形势，部署汛期各项工作。"
    "各村要立即组织力量排查山塘水库、地质灾害点和危旧房屋，发现隐患要当场整改。"
)
FARM = "下面是小编为大家整理的在全镇防汛安全工作会议上的讲话，供大家参考。"


def kept(text: str) -> str:
    return normalize(text).text


# (case, page, the body's words that must stay)
FARM_PREFACE_GOES_ITS_BODY_STAYS = [
    ("presenting sentence glued before a speech", f"{TITLE}\n{FARM}{SPEECH}\n", "今天我们召开全镇防汛安全工作会议"),
    (
        "a farm's tag inside the sentence",
        f"{TITLE}\n下面是小编为大家整理的防汛讲话【精选范文】，供大家参考。{SPEECH}\n",
        "各村要立即组织力量排查山塘水库",
    ),
    (
        "小编为你精选, an exclamation ends it",
        f"{TITLE}\n防汛讲话稿小编为你精选了一篇，欢迎阅读！{SPEECH}\n",
        "主要任务是分析当前防汛形势",
    ),
    (
        "traditional script",
        f"{TITLE}\n下面是小編為大家整理的防汛講話，供大家參考。同志們：今天我們召開全鎮防汛安全工作會議，部署汛期各項工作。"
        "各村要立即組織力量排查山塘水庫，發現隱患要當場整改。\n",
        "各村要立即组织力量排查山塘水库",
    ),
]


@pytest.mark.parametrize(
    "case,page,held", FARM_PREFACE_GOES_ITS_BODY_STAYS, ids=[c[0] for c in FARM_PREFACE_GOES_ITS_BODY_STAYS]
)
def test_a_farm_preface_goes_and_the_body_after_it_stays(case, page, held):
    out = kept(page)
    assert held in out
    assert "小编" not in out and "小編" not in out
    assert "参考" not in out and "欢迎阅读" not in out


# (case, page, the farm's words that must be gone): the whole line is the farm's
FARM_LINE_GOES_WHOLE = [
    ("the presenting sentence alone", f"{TITLE}\n{FARM}\n{SPEECH}\n", "供大家参考"),
    ("its own short wish after it", f"{TITLE}\n{FARM}希望对您的学习和工作有所帮助！\n{SPEECH}\n", "有所帮助"),
    ("a teaser before it", f"{TITLE}\n事前多想一步。{FARM}\n{SPEECH}\n", "事前多想一步"),
    ("a list mark of the farm after it", f"{TITLE}\n{FARM}第一篇：某镇防汛工作讲话\n{SPEECH}\n", "第一篇"),
    (
        "a closing formula, sentences after it",
        f"{TITLE}\n{SPEECH}\n以上就是小编整理的全部内容。更多精彩内容请关注本站，感谢您对本站的支持与厚爱。\n",
        "感谢您对本站",
    ),
]


@pytest.mark.parametrize("case,page,gone", FARM_LINE_GOES_WHOLE, ids=[c[0] for c in FARM_LINE_GOES_WHOLE])
def test_a_farm_line_without_a_body_after_it_goes_whole(case, page, gone):
    out = kept(page)
    assert gone not in out
    assert "各村要立即组织力量排查山塘水库" in out


# (case, line): a first sentence that is no farm's presenting sentence
NO_FARM_PREFACE = [
    (
        "a unit presenting its list",
        "下面是县应急局整理的隐患清单，请各单位对照整改。各村要在五月底前完成自查，发现问题立即上报。",
    ),
    ("a body sentence", SPEECH),
    ("the farm's line alone", FARM),
]


@pytest.mark.parametrize("case,line", NO_FARM_PREFACE, ids=[c[0] for c in NO_FARM_PREFACE])
def test_no_farm_preface(case, line):
    assert farm_preface(line, line_kinds()) is None


def test_the_farm_preface_is_its_first_sentence_through_its_end():
    found = farm_preface(FARM + SPEECH, line_kinds())
    assert found is not None and found.group() == FARM


BLOCK = (
    "标　　题：某某县安全生产委员会关于做好汛期安全防范工作的通知\n"
    "索 引 号：11500000MB0000000X/2025-0012 发文字号：某安委〔2025〕6号\n"
    "发布机构：县应急管理局 公开日期：2025-05-20\n"
)
ADDRESSEE = "各乡镇人民政府，各街道办事处，县安委会各成员单位："
OPENING = "为切实做好今年汛期安全防范工作，严防各类事故发生，现将有关事项通知如下。"
NOTICE_TITLE = "某某县安全生产委员会关于做好汛期安全防范工作的通知"


@pytest.mark.xfail(strict=True, reason="measured and dropped: lifted only r23 (a fit); block_summary.patch")
def test_a_block_summary_that_repeats_the_opening_goes_with_the_block():
    page = (
        f"{BLOCK}概　　述：  {ADDRESSEE}  为切实做好今年汛期安全防范工作，严防各...\n\n"
        f"{NOTICE_TITLE}\n\n来源：县应急管理局 发布时间：2025-05-20 09:00\n\n{ADDRESSEE}\n\n{OPENING}\n"
    )
    out = kept(page)
    assert "概" not in out and "..." not in out
    assert out.startswith(NOTICE_TITLE)
    assert ADDRESSEE in out and "严防各类事故发生" in out


# (case, page, index of the field line that must not join the block)
NOT_A_BLOCK_SUMMARY = [
    (
        "a value the document does not repeat",
        f"{BLOCK}备　　注：各单位要认真对照检查，按时报送整改情况。\n\n{NOTICE_TITLE}\n\n{ADDRESSEE}\n\n{OPENING}\n",
        3,
    ),
    (
        "a short value found below",
        f"{BLOCK}文　　种：通知，公告\n\n{NOTICE_TITLE}\n\n{ADDRESSEE}\n\n{OPENING}通知，公告\n",
        3,
    ),
    (
        "a field that repeats the body but stands under no block",
        f"{NOTICE_TITLE}\n议　　题：为切实做好今年汛期安全防范工作，严防各类事故发生\n\n{OPENING}\n",
        1,
    ),
]


@pytest.mark.parametrize("case,page,line", NOT_A_BLOCK_SUMMARY, ids=[c[0] for c in NOT_A_BLOCK_SUMMARY])
def test_not_a_block_summary(case, page, line):
    features = [line_features(text) for text in page.split("\n")]
    assert line not in metadata_blocks(features, line_kinds())
    assert read_lines(page)[line].kind != "metadata"


MENU = "首页 | 新闻中心 | 安全常识 | 以案说法 | 办事指南\n当前位置：首页 > 安全常识 > 以案说法\n\n"
STAMP = "\n\n发布时间：2025-06-03 10:20　来源：某县应急管理局　浏览次数：321\n\n"
CASE_BODY = "某县一家加油站擅自停用可燃气体报警装置，县应急管理局依法责令其停业整改，并处以罚款。"


@pytest.mark.xfail(strict=True, reason="measured and dropped: lifted only read sets (a fit); column_tag.patch")
def test_a_channel_tag_the_navigation_names_leaves_the_headline():
    out = kept(f"{MENU}【以案说法】加油站停用报警装置被责令停业整改{STAMP}{CASE_BODY}\n")
    assert out.startswith("加油站停用报警装置被责令停业整改")


def test_a_tag_the_navigation_does_not_name_stays():
    out = kept(f"{MENU}【紧急通知】加油站停用报警装置被责令停业整改{STAMP}{CASE_BODY}\n")
    assert out.startswith("【紧急通知】加油站停用报警装置被责令停业整改")
