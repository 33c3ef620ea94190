"""Real copies, round 24 (issue 14): a text's structure decides — a document viewer's page chunks (1、
2、 3、 opening each page of a preview, the break inside a sentence) and page marks left inside a line,
a speech's date in brackets with a note, a mail whose subject puts the issue before the title it
carries; and (strict xfail) the items of one list share their shape: a hard-wrapped item whose first
line holds no punctuation is no heading when its siblings run on as prose. Every text here is
invented; negatives keep what must stay."""

import pytest

from nlp_pipeline import normalize

# --- a hard-wrapped text: an item's first line without punctuation ----------------------------------

# a phone's copy of a notice, wrapped wherever the writer's screen ended: 13 to 20 characters a line
# (a proportional font: digits and punctuation narrower), no one width
PHONE_COPY = (
    "各村（社区）、镇直各单位：\n"
    "近期我镇气温持续偏高，山林干燥，野\n"
    "外用火风险明显增加。现将有\n"
    "关要求通知如下：\n"
    "一、各村于本周五前，由村支书带\n"
    "队，对辖区坟山、林缘农田、果园逐片巡\n"
    "查一遍，巡查记录报镇林业站。\n"
    "二、护林员每天上山巡护不少于2\n"
    "次，发现烟点立即报告，不得拖延，并\n"
    "在1小时内赶到现场处置。\n"
    "三、各村要在村部储备不少于10台\n"
    "风力灭火机、20把扫把，缺的本\n"
    "周内补齐，镇林业站逐村检查。\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="a hard-wrapped item's first line without punctuation is read as a heading, so the item breaks "
    "in two (sealed8 p06, sealed6 i11, sealed7 j09). Joining it when a sibling item of the same numbering "
    "runs on as prose (/work/notes/s10/norm24_item_wraps.patch) raised tasks on all three sets, check sets "
    "identical, but the newly matched p06 item has no sector of its own words (the gold gives it the "
    "notice's 自然灾害), so sealed8 task sectors fell 0.787 -> 0.783, below its floor",
)
def test_item_first_line_without_punctuation_goes_on_in_a_wrapped_text():
    out = normalize(PHONE_COPY).text
    assert "三、各村要在村部储备不少于10台风力灭火机、20把扫把，缺的本周内补齐，镇林业站逐村检查。" in out.split("\n")


# the same shape of list, every item a topic heading over its own paragraph
HEADED_COPY = (
    "各村（社区）、镇直各单位：\n"
    "近期我镇气温持续偏高，山林干燥，\n"
    "野外用火风险明显增加。现将有关\n"
    "要求通知如下：\n"
    "一、加强野外火源管控工作\n"
    "各村要对坟山、林缘农田逐片巡查\n"
    "一遍，巡查记录报镇林业站备案。\n"
    "二、严格落实护林员巡护制度\n"
    "护林员每天上山巡护不少于两次，\n"
    "发现烟点立即报告，不得拖延。\n"
)


def test_topic_headings_of_a_wrapped_text_stay_lines_of_their_own():
    """Negative: no item of the list runs on as prose, so a heading filling the width is a heading."""
    lines = normalize(HEADED_COPY).text.split("\n")
    assert "一、加强野外火源管控工作" in lines
    assert "二、严格落实护林员巡护制度" in lines


def test_heading_over_a_cut_paragraph_stays_in_a_text_that_is_not_wrapped():
    """Negative: paragraphs a line each (a web copy cut short): the heading stays, whatever the short
    line under it."""
    text = (
        "一、加强人员密集场所防火检查工作\n"
        "各商场、宾馆、影院要严格落实消防安全主体责任，节前全面开展自查自纠，重点检查电气线路和消防设施是否完好，"
        "安全出口、疏散通道是否畅通，严禁占用、堵塞、封闭疏散通道。\n"
        "二、加强居民家庭用火用电安全提醒\n"
        "社区要组织网格员逐户上门提醒，帮助独居老人排查家中电器、燃气隐患，发现问题当场帮助整改到位。\n"
        "三、做好客运站点和车辆的消防检查\n"
        "交通运输部门要加强对客运站点、\n"
    )
    lines = normalize(text).text.split("\n")
    assert "三、做好客运站点和车辆的消防检查" in lines


# --- a document viewer's page chunks and page marks inside a line -----------------------------------

FARM_LINE = "《关于做好春季森林防火工作的通知.docx》由会员分享，可在线阅读，更多相关文档请在某某文库上搜索。"
PAGE_ONE = (
    "1、关于做好春季森林防火工作的通知各村、各单位：当前正值春耕备耕时期，农事用火、祭祀用火明显增多，"
    "为切实做好春季森林防火工作，坚决防止发生森林火灾，保护人民群众生命财产安全和森林资源安全，"
    "根据上级有关文件精神，结合我镇实际，现就做好春季森林防火工作的有关事项通知如下：一、压实各级防火责任，"
    "各村要认真落实属地管理责任，村支书是本村森林防火第一责"
)
PAGE_TWO = "2、任人，要亲自部署、亲自检查，层层签订防火责任书，把责任落实到山头地块和具体人员。"


def test_viewer_page_numbers_go_and_the_sentence_reads_on():
    out = normalize(f"{FARM_LINE}\n{PAGE_ONE}\n{PAGE_TWO}\n").text
    assert out.startswith("关于做好春季森林防火工作的通知")
    assert "第一责任人，要亲自部署" in out
    assert "2、" not in out


def test_viewer_page_breaks_before_an_item_after_a_sentence_end():
    """The page lost its paragraph breaks: an item's marker after a colon or a full stop opens a line."""
    lines = normalize(f"{FARM_LINE}\n{PAGE_ONE}\n{PAGE_TWO}\n").text.split("\n")
    # the title glued to its addressee gets its own line too (round 58, title_glued_to_addressee)
    assert lines[0] == "关于做好春季森林防火工作的通知"
    assert lines[1].startswith("各村、各单位：当前正值春耕备耕时期")
    assert lines[2].startswith("一、压实各级防火责任，各村要认真落实属地管理责任")


def test_items_inside_a_sentence_of_an_ordinary_text_stay_inline():
    """Negative: no viewer's page here; an enumeration after a colon stays in its paragraph."""
    text = "会议提出三点要求：一、压实防火责任；二、加强野外巡护；三、做好物资储备。"
    assert normalize(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a list whose items end their sentences
        "1、各村要于3月10日前完成防火隔离带清理，清理情况报镇林业站。\n"
        "2、护林员要每天巡护两次，发现烟点立即报告。\n",
        # short items without punctuation
        "1、加强组织领导\n2、落实巡护责任\n3、强化宣传教育\n",
    ],
)
def test_numbered_lists_keep_their_numbers(text):
    assert normalize(text).text == text.rstrip("\n")


def test_page_mark_inside_a_line_goes():
    text = "各村要组织人员深入农户宣传防火知识，充第3页共9页分利用广播、标语营造氛围。"
    assert normalize(text).text == "各村要组织人员深入农户宣传防火知识，充分利用广播、标语营造氛围。"


def test_page_reference_inside_a_line_stays():
    """Negative: a page the text points to has no page count beside it."""
    text = "整改要求详见附件第3页，各单位对照执行。"
    assert normalize(text).text == text


# --- a speech's date in brackets, with where or how it was taken down -------------------------------

SPEECH_HEAD = "在全县春季防火工作会议上的讲话\n县应急管理局局长 王某某\n（2025年3月2日，根据录音整理）\n同志们："


def test_speech_date_with_a_note_is_a_line_of_its_own():
    assert normalize(SPEECH_HEAD).text == SPEECH_HEAD


def test_date_opening_a_sentence_in_brackets_is_no_dateline():
    """Negative: a sentence in brackets after a date reads on with the line above it as before."""
    text = "各村要把巡查记录整理成册，\n（2025年3月2日前报镇林业站）。"
    assert normalize(text).text == "各村要把巡查记录整理成册，（2025年3月2日前报镇林业站）。"


# --- a mail whose subject puts the issue before the title it carries --------------------------------

MAIL_HEAD = (
    "发件人：安全环保部 <aqhb@example.com>\n"
    "发送时间：3月5日 09:12\n"
    "收件人：各车间主任\n"
    "主题：2025年第8期安全例会纪要（请各车间按期落实）\n\n"
    "各位：\n纪要正文贴在下面，整改后把照片发我。\n王某\n\n"
)
MINUTES = "某某化工有限公司\n安全例会纪要\n（2025年第8期）\n一、各车间要在3月10日前完成静电接地检测。"


def test_cover_note_goes_when_the_title_ends_the_subject():
    out = normalize(MAIL_HEAD + MINUTES).text
    assert "纪要正文贴在下面" not in out
    assert "安全例会纪要" in out
    assert out.endswith("一、各车间要在3月10日前完成静电接地检测。")


def test_mail_that_is_the_document_keeps_its_text():
    """Negative: no line under the note ends the subject: the mail is the document."""
    text = MAIL_HEAD + "一、各车间要在3月10日前完成静电接地检测。"
    assert "纪要正文贴在下面" in normalize(text).text
