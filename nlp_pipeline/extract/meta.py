"""Document metadata: title, date, doc_type, issuer, region (CONTRACT.md `meta`).

The header zone (the lines before the first paragraph of running text) holds the title, the
document number, the issuer and often the dateline; the 落款 (issuer and date) closes notices.
Meeting reports, news and minutes are dated by the meeting (`6月11日…召开`), with the year taken
from the dateline or the web timestamp when the sentence gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from itertools import groupby, pairwise
from typing import Any

from .. import resources
from ..chars import HAN_CHAR
from ..dates import ROC_OFFSET, WrittenDate, YearOnly, chinese_number, find_dates, make_date, month_days, parse_date
from ..record import DOC_TYPES, Meta
from .pos import tagged
from .structure import Structure

MEETING_DATED = ("minutes", "meeting_report", "news")
STAMP_FORMS = ("iso", "roc_dashed", "day_first", "compact_stamp")
UPDATED = re.compile(
    "更新|修改|修订|上载|上載|上传"
)  # a page's update or upload stamp (上載日期：21/7/2025) comes last
ISSUED = re.compile("发文|成文|签发|发出")  # 发文日期：… in a letter's header is its own date, like a signature
# a headline with a bracket at its end (…实施方案（…实施方案）): without_repeated_bracket compares the two
REPEATING_BRACKET = re.compile(r"^(?P<title>[^（(]{6,})[（(](?P<again>[^（）()]+)[）)]$")
SENTENCE_END = re.compile("[。！？]")  # a sentence's end: prose, where a record's field line has none
CLAUSE_END = re.compile("[，,。；;！？]")  # a clause's end within a sentence
SPEECH_OPENING = re.compile("^同志们")  # a speech addresses its audience first
MAY_HOLD_A_DATE = re.compile(
    r"[0-9０-９]|[〇○零OＯ][一二三四五六七八九〇○零OＯ]"
)  # a digit, or a written year  # how sites stamp a page, not how a signature dates it
OPENING_PARAGRAPHS = 3
FIELD_LINE_MAX = 60  # a field line (时间：…, 地点：…, 参会人员：…) is short; a longer line is prose
OPENING_FIELDS = 6  # a record's head: time, place, chair, those present, who took it down
MINUTES_HEAD_PARAGRAPHS = 12  # a forwarding note, the masthead and the field lines of the minutes it carries
ISSUER_TAIL_MAX = 6  # the end of an issuer's name a narrow column wrapped (办公室, 委员会办公室)
WRAPPED_LINE_MAX = 16  # a line of such a column
HEADLINE_WRAPPED_LINES = 2  # a headline runs to three lines at most (its main line and two lines of its object)
WRAPPED_HEADLINE_LINE_MAX = 20  # such a line is a phrase (守牢防汛安全底线), never a lede's sentence
HEADLINE_LENGTH = (8, 60)  # a headline's characters: shorter is a heading (工作要求), longer a lede's sentence
HEADLINE_MIN_HAN = 5  # a headline says something in words; 2022年826 (a broken date) does not
POST_HEAD_LINES = 2  # a post opens with its headline and its stamp, or its account's name, its stamp and its headline
TAG_END = re.compile(r"[^\s：:／/|｜]\s*[：:／/|｜]\s*$")  # a column's tag ends in a separator (环球热门：)
GENRE_PHRASE_MIN_HAN = 4  # words before the genre word say what it is about (安全工作…会议记录); 紧急通知 is a masthead
COLUMN_NAME_MAX_HAN = 4  # a column's name is a genre phrase of two words (活动方案); a title says what it is about
SUBJECT_MIN_HAN = 4  # a body's or a place's name (县应急局, 城关镇中学); 附件, 签发 are no subject
TAGGED_HEADLINE_MIN_HAN = 8  # a headline after a column's tag is a clause (高温来了！…), not a heading (吊船检验限期)
PLAN_PARTS_MIN = 2  # a plan's aim and its division of work, say: one heading (工作目标) a notice may have too
SENT_BY_EMAIL = "send date of the forwarding e-mail"  # a reference that knows the day, not only the year


@cache
def _cues() -> dict[str, Any]:
    spec = resources.read_rules("extract/meta.toml")
    compiled: dict[str, Any] = {key: re.compile(value) for key, value in spec.items() if isinstance(value, str)}
    for typed in ("doc_types", "body_doc_types", "title_heads"):
        compiled[typed] = tuple((d["type"], re.compile(d["pattern"])) for d in spec[typed])
    compiled["generic_region_prefixes"] = tuple(spec["generic_region_prefixes"])
    return compiled


def header_lines(structure: Structure) -> list[str]:
    return [s.text for s in structure.sentences[: structure.body_start]]


def paragraphs(structure: Structure) -> list[str]:
    """The text of each paragraph, in order."""
    texts: dict[int, list[str]] = {}
    for s in structure.sentences:
        texts.setdefault(s.paragraph, []).append(s.text)
    return ["".join(parts) for _, parts in sorted(texts.items())]


def body_paragraphs(structure: Structure, all_paragraphs: list[str]) -> list[str]:
    """The paragraphs below the header lines (title, the dateline over the text)."""
    return all_paragraphs[len({s.paragraph for s in structure.sentences[: structure.body_start]}) :]


# what a title line may carry after the title itself, removed in this order: a template's label (『范文1』, （最新）), a
# site's name (_…网), a request to the readers ((请各车间传达)), an issue or document number in brackets ((第8期)), a list's
# counter set off by a space (… 3)
TITLE_SUFFIX_CUES = (
    "title_label_suffix",
    "title_site_suffix",
    "title_request_suffix",
    "title_issue_suffix",
    "title_counter_suffix",
)


def title_candidate(line: str) -> str:
    """A line as a title candidate: its prefix and suffixes removed, its spacing and repeated bracket undone."""
    c = _cues()
    line = c["title_counter_prefix"].sub("", without_prefix(line))
    for cue in TITLE_SUFFIX_CUES:
        line = c[cue].sub("", line)
    return without_repeated_bracket(unspaced(line))


def find_title(lines: list[str], marked_headings: tuple[str, ...] = ()) -> str | None:
    """The document's title among its opening `lines`; a line normalization kept without the bar or frame
    that set it off (`marked_headings`) is a section's heading, as not_a_title reads a line that still has it."""
    c = _cues()
    sections = {title_candidate(heading) for heading in marked_headings}
    read = joined_about_lines(joined_conjoined_names(joined_single_letters([title_candidate(line) for line in lines])))
    lines = joined_letterhead_titles(read)
    # a title printed under its issuer's name is the document's own (潞桥县应急管理局 / 重大事故隐患挂牌督办通知书):
    # the forwarding e-mail's subject above it only names that document
    letterheaded = set(lines) - set(read)
    usable = [
        line
        for line in lines
        if line
        and line not in sections
        and not c["not_a_title"].search(line)
        and not c["file_name_line"].search(line)
        and not c["doc_number"].search(c["number_suffix"].sub("", line) if c["title_words"].search(line) else line)
        and not c["salutation"].search(line)
        and not c["addressee_list"].match(line)
        and not line_date(line)
        and not c["issuer_line"].match(line)
        and not c["email_header"].match(line)
        and not c["record_field"].match(line)
        and not tagged_copy(line, lines)
        and not runs_on_as_prose(line)
    ]
    # a press release's letterhead (…署 新闻稿) heads every release the office issues: the headline under it
    # is the title, the letterhead only where the copy kept no headline
    letterheads = [line for line in usable if c["press_letterhead"].match(line)]
    usable = [line for line in usable if line not in letterheads]
    # a title word an issuing verb takes (…发出停工及敦促改善通知书) names a paper the text tells of: a sub-heading
    # holding only that is no title-word candidate, and the headline above it is read by its shape
    candidates = [
        line
        for line in usable
        if c["title_words"].search(c["issued_paper"].sub("", line)) and not subtitle_of_the_line_above(line, lines)
    ]
    # a bulletin's masthead (安全生产督办通报 over 第7期) gives way to the title of the article it carries
    mastheads = [line for line, below in pairwise([*lines, ""]) if c["issue_number"].match(below)]
    candidates = [line for line in candidates if line not in mastheads] or candidates
    # a site's column (活动方案) over the paper it files (乡镇安全生产月实施方案) is no title either (meta76)
    columns = [line for line, below in pairwise(lines) if below in candidates and column_over_its_paper(line, below)]
    candidates = [line for line in candidates if line not in columns]
    about = [
        own_title_of_reported_paper(line, lines)
        for line in candidates
        if "关于" in line and not c["coordinated_about"].search(line)
    ]
    title = next(iter(about or [line for line in candidates if line in letterheaded] or candidates), None)
    # a post's headline over its stamp is its title over a sub-heading of its body (…提醒, 多次部署 压实责任); a paper's
    # title below the stamp (关于…, …通知书) names the paper the post carries and stays the title (meta72)
    stamped = headline_over_stamp(lines)
    if stamped is not None and title is not None and not names_a_paper(title) and below_the_stamp(title, lines):
        return stamped
    if title is None:
        headlines = [line for line in usable if headline_shaped(line) and line[-1] not in "。！？；"]
        # a page's headline stands right above its publish line (发布日期：113-07-22); browser and
        # menu lines above it do not
        dated = [line for line in headlines if above_a_dateline(line, lines, headlines)]
        headline = next(iter(dated or headlines), None)
        # a post's headline with a title word that ends in ！ (致…的一封信｜…务必做到！) is no candidate above, where its
        # ！ reads as a sentence's end: over its stamp it is the title, not a line of the body shaped as a headline
        if stamped is not None and c["title_words"].search(stamped) and below_the_stamp(headline, lines):
            return stamped
        if headline is not None:
            return headline_with_dash_part(
                with_second_half_wrapped(with_object_wrapped(headline, lines, usable), lines, usable), lines, usable
            )
        # a post's headline that ends in ！ over its stamp, with no other headline in the copy, is the title (meta76)
        return (
            next(iter(letterheads), None)
            or stamped
            or short_headline_over_dateline(lines, usable)
            or headline_under_stamp(lines)
        )
    whole = headline_with_dash_part(
        with_object_wrapped(wrapped_title(title, lines, usable, candidates), lines, usable), lines, usable
    )
    with_issuer = issuer_above_title(whole, lines)
    if with_issuer != whole:
        return with_issuer
    issuer = c["issuer_in_title"].match(whole)
    if issuer:
        # a page's heading (信息名称 | X关于…的通知) repeats the document's own title with its issuer
        # prefixed: the document's title line (关于…的通知, under its issuer line) is the title
        return next((line for line in lines if line.startswith("关于") and line == whole[issuer.end(1) :]), whole)
    return whole


def own_title_of_reported_paper(line: str, lines: list[str]) -> str:
    """The paper's own title line where the line is a headline that reports the paper's issue (某某总局发布关于…的
    紧急通知) and the copy prints that title too (某某总局办公厅关于…的紧急通知): the page carries the paper, whose
    own line is its title. The line itself otherwise, a report whose copy kept no such line included (meta81)."""
    reported = _cues()["reported_paper"].search(line)
    if reported is None or line.startswith("关于"):
        return line
    return next(
        (
            other
            for other in lines
            if other != line and other.endswith(reported["paper"]) and not _cues()["reported_paper"].search(other)
        ),
        line,
    )


def headline_over_stamp(lines: list[str]) -> str | None:
    """The page's own headline: the first line of the header, right above the page's publish stamp (…，站长获刑 /
    2026-08-12 09:41). A post's headline may end in ！ (…发布重要提醒！), which makes no sentence of it there; a
    line that is no title by its form (a bullet, an item, prose with a full stop) is none."""
    c = _cues()
    stamp = line_date(lines[1]) if len(lines) > 1 else None
    if stamp is None or not stamp[3]:
        return None  # a signed date (2025年9月22日) or a message's date line stamps no post
    line = lines[0]
    if "。" in line or c["not_a_title"].search(line.rstrip("！!")) or not headline_shaped(line):
        return None
    if line_date(line) or c["issuer_line"].match(line) or c["salutation"].search(line):
        return None
    return line


def headline_under_stamp(lines: list[str]) -> str | None:
    """The page's own headline where the post prints its stamp above it (原创 某某 2025年09月28日 18:02 / 节前安全大检查丨
    …，这些问题当场交办！): the first line right under a publish stamp, read as `headline_over_stamp` reads the line
    above one. A headline may hold commas and end in ！; a line that holds a full stop is a sentence (meta81). The
    account's follow button alone on its line between the stamp and the headline is the strip's (meta93)."""
    c = _cues()
    for above, line in pairwise([line for line in lines if not c["follow_button"].match(line)]):
        stamp = line_date(above)
        if stamp is None or not stamp[3] or line_date(line):
            continue
        if "。" in line or c["not_a_title"].search(line.rstrip("！!")) or not headline_shaped(line):
            return None
        return None if c["issuer_line"].match(line) or c["salutation"].search(line) else line
    return None


def column_over_its_paper(line: str, below: str) -> bool:
    """The line is a site's column, named by a genre phrase alone (活动方案, 工作通知), right above a title of the
    same genre (乡镇安全生产月实施方案): the page files the paper under it, as a masthead heads its bulletin."""
    genre = _cues()["genre_word_end"].search(line)
    return (
        genre is not None
        and len(HAN_CHAR.findall(line)) <= COLUMN_NAME_MAX_HAN
        and len(below) > len(line)
        and below.endswith(genre.group())
    )


def names_a_paper(title: str) -> bool:
    """The line is a paper's title: a 关于 frame or a genre word at its end (…整改通知书, …例会纪要)."""
    c = _cues()
    return "关于" in title or bool(c["genre_word_end"].search(without_cell_bar(title)))


def below_the_stamp(line: str | None, lines: list[str]) -> bool:
    """The line stands in the post's body, below the line right under its stamp: a line right there may be the
    headline itself, under the account's name the post opens with."""
    return line is not None and line in lines and lines.index(line) > POST_HEAD_LINES


def tagged_copy(line: str, lines: list[str]) -> bool:
    """The line is another line of the header with a tag before it (环球热门：X over X, a repost's column):
    a page that prints its headline twice, once filed under a column or a feed's label, has the bare line
    for its title. Only a tag that ends in a separator counts (a colon, a slash, a bar); an issuer run
    into its title (X县应急管理局关于…) is no tag."""
    return any(
        other != line
        and len(HAN_CHAR.findall(other)) >= HEADLINE_MIN_HAN
        and line.endswith(other)
        and bool(TAG_END.search(line[: -len(other)]))
        for other in lines
    )


def short_headline_over_dateline(lines: list[str], usable: list[str]) -> str | None:
    """A headline shorter than a headline's usual length (气象预警信息), where the copy kept no other: the line right
    above the page's date line, in words and without a sentence's end, as a page prints its headline over its
    publish stamp (meta70). Field lines between them do not part them, nor a line without a headline's words (a
    field's value on a line of its own: 分机 25, an e-mail address): an official letter printed as issued has its
    header's fields (地址：…, 受文者：…) between its name (某某县政府　函) and its sending date (conv62)."""
    record_field = _cues()["record_field"]
    unfielded = [
        line
        for line in lines
        if line_date(line) is not None
        or not record_field.match(line)
        and len(HAN_CHAR.findall(line)) >= HEADLINE_MIN_HAN
    ]
    return next(
        (
            line
            for line, below in pairwise(unfielded)
            if line in usable
            and len(HAN_CHAR.findall(line)) >= HEADLINE_MIN_HAN
            and line[-1] not in "。！？；：:，,"
            and line_date(below) is not None
        ),
        None,
    )


def runs_on_as_prose(line: str) -> bool:
    """The line runs past a headline's length through a clause's comma: the body's first sentence (为深入学习贯彻…关于安全生产的
    重要论述…，贯彻执行…), whose 关于 or title word stands inside its clauses, cut before its end by the copy. A long
    title (…关于转发…《…》的通知) holds no comma; a headline with one (…，请查照。) is short."""
    return len(line) > HEADLINE_LENGTH[1] and "，" in line


def headline_shaped(line: str) -> bool:
    """The line is as long as a headline and says something in words."""
    return HEADLINE_LENGTH[0] <= len(line) <= HEADLINE_LENGTH[1] and len(HAN_CHAR.findall(line)) >= HEADLINE_MIN_HAN


def field_titles(removed: tuple[str, ...]) -> list[str]:
    """The values of the title fields of a metadata block the normalizer removed (名 称: | …会议 |, 标题：关于…):
    read after the text's own lines, they name the title of a copy whose title line went with the block, over a
    site's or a platform's name that only reads as a headline (meta.toml title_field)."""
    fields = (_cues()["title_field"].match(line) for line in removed)
    return [found["title"] for found in fields if found]


def breadcrumb_title(lines: list[str]) -> str | None:
    """The page a breadcrumb's last step names (当前位置：首页 > 办公文档 > 关于…的通知), where that step reads as a
    headline: the title of a copy that kept no title line of its own (meta.toml breadcrumb_last_step)."""
    steps = (_cues()["breadcrumb_last_step"].search(line) for line in lines)
    return next((found["step"] for found in steps if found and headline_shaped(found["step"])), None)


def headline_the_lede_restates(removed: tuple[str, ...], opening: list[str]) -> str | None:
    """A headline the normalizer removed as a copy of the body (a page that prints its headline under the text,
    …会议召开 after the reporter's credit), where the lede's first sentence restates it whole as its own clause
    (12月10日上午，…会议召开。): the page's title, where the copy kept no title line above the body. A removed line
    the lede holds only as part of a clause (a related link's headline quoted in passing) is none."""
    if not opening:
        return None
    clauses = CLAUSE_END.split(SENTENCE_END.split(opening[0], maxsplit=1)[0])
    return next(
        (
            line
            for line in (candidate.strip() for candidate in removed)
            if headline_shaped(line) and not CLAUSE_END.search(line) and line in clauses
        ),
        None,
    )


def subtitle_of_the_line_above(line: str, lines: list[str]) -> bool:
    """The line opens with a reporting verb (强调…, 要求…) and so has no subject of its own: it is the
    subtitle of the headline right above it, which names who speaks (…检查排水防涝工作 / 强调以…状态守牢…)."""
    at = lines.index(line)
    return at > 0 and bool(_cues()["reporting_verb_opening"].match(line)) and bool(lines[at - 1])


def without_cell_bar(line: str) -> str:
    """A line without the bar of the table cell it was copied from (…元旦假期安全提示 |): the title's own words."""
    return _cues()["cell_bar_tail"].sub("", line)


def without_prefix(line: str) -> str:
    """A title line without the label, forwarding mark or poster's tag before it (原标题：, 主题：转发：,
    【青河镇安委办】) and the 【】 around it, nor the bar of the table cell it was copied from after it
    (…元旦假期安全提示 |); a bracketed heading without the addressee line run into it; a flattened repost's
    headline without the site's name and the body run on after it (meta.toml headline_before_site)."""
    c = _cues()
    line = without_cell_bar(line)
    run_on = c["headline_before_site"].match(line)
    if run_on:
        return run_on["headline"]
    glued = c["glued_heading"].match(line)
    if glued:
        return glued["heading"]
    tag = c["source_tag"].match(line)
    if tag and (c["issuer_line"].match(tag["source"]) or tagged_headline(line[tag.end() :])):
        line = line[tag.end() :]  # 【青河镇安委办】关于…, 【安全提示】高温来了！…: the poster or its column
    column = c["column_tag"].match(line)
    if column and tagged_headline(line[column.end() :]):
        line = line[column.end() :]  # 全球快报：春运倒计时1天 …: the column the headline is filed under
    return c["title_prefix"].sub("", c["bracketed_title"].sub(r"\1", line))


def tagged_headline(rest: str) -> bool:
    """What follows a bracketed tag is a headline of its own (高温来了！这些措施企业必须做到): words enough to
    say something, no sentence, salutation or list lead-in ending it, and no document's title word. Such a
    tag files the headline under a column (【安全提示】) and is no part of its title; a mark before a letter's
    title (【紧急】关于…的通知) stays with it."""
    return (
        len(HAN_CHAR.findall(rest)) >= TAGGED_HEADLINE_MIN_HAN
        and rest[-1:] not in "。；：:"
        and not _cues()["title_words"].search(rest)
    )


def issuer_above_title(title: str, lines: list[str]) -> str:
    """The title with the issuer printed alone on the line right above it (柳溪县人民政府 / 关于…的通知, under a
    document number or not): the title's first line, as GB/T 9704 composes a title (issuing body, subject, type) and
    as the golds read it (conv65: 57 to 32; with a number above 24 to 10, without 33 to 22). A joint letterhead is
    read so too (`joint_issuers`); a body over the document number over 关于 is the paper's header mark and stays
    out, as a `…文件` red-head does (`issuer_letterhead`)."""
    first = next((n for n, line in enumerate(lines) if title.startswith(line) or line.startswith(title)), None)
    if not first or not title.startswith("关于"):
        return title
    issuer = lines[first - 1]
    return issuer + title if opens_a_title(issuer) else title


def title_subject(title: str | None) -> str | None:
    """The title less the issuer line it opens with (`issuer_above_title`: 某县应急管理局关于…的通知 → 关于…的通知): what
    the document is about, for the readings of its topic, which an issuer's name (…防汛抗旱指挥部办公室) does not
    give. The title itself where no issuer's name stands before its 关于."""
    if not title:
        return title
    about = title.find("关于")
    return title[about:] if about > 0 and opens_a_title(title[:about]) else title


def opens_a_title(line: str) -> bool:
    """An issuer's name that is a 关于 title's first line (conv65): a letterhead or a joint letterhead, no red-head."""
    return issuer_letterhead(line) or joint_issuers(line)


def issuer_letterhead(line: str) -> bool:
    """A line printing an issuer's name as a paper's letterhead, not the red-header line of its file (…人民政府文件)."""
    return bool(_cues()["issuer_line"].match(line)) and not line.endswith("文件")


def joint_issuers(line: str) -> bool:
    """A line of two or more issuers' names set apart by spaces (中共某镇委员会 某镇人民政府): a joint paper's
    letterhead, read with the title under it whether a number stands over it or not (sealed38, sealed39: 2 of 2)."""
    names = line.split()
    return len(names) > 1 and all(_cues()["issuer_line"].match(name) for name in names)


def issuer_of_a_carried_letter(title: str, paragraphs: list[str]) -> str:
    """The title with its issuer's line when the letter is carried below another writer's running text (a
    forwarding mail's note, an OA record's opinions over its 正文): there the letter opens as printed — its issuer's
    line, its title, then its number or its addressee — and every read gold takes the issuer into the title. Since
    conv65 `issuer_above_title` joins an issuer line over 关于 in any layout, but only over the first line naming the
    title; this reads the letter's own title line further down (under a mail's subject that names it first), still
    with meta85's narrower conditions. One reading of every such line would serve both (not yet: it would move titles
    the release measured)."""
    c = _cues()
    if not title.startswith("关于"):
        return title
    for n in range(2, len(paragraphs) - 1):
        issuer, line, below = paragraphs[n - 1 : n + 2]
        if (
            line == title
            and issuer_letterhead(issuer)
            and (c["doc_number"].search(below) or c["salutation"].search(below))
            and any(p.endswith("。") for p in paragraphs[: n - 1])
        ):
            return issuer + title
    return title


def without_uncollected_count(title: str, paragraphs: list[str]) -> str:
    """The title without a farm's count of the pieces its page collects (…表态发言（精选5篇）) where the copy prints
    no piece under a heading of its own (…篇1, 第二篇：): the count then tags one piece cut from the set, not a title
    the copy bears out (meta95)."""
    c = _cues()
    if any(c["piece_heading"].search(paragraph) for paragraph in paragraphs):
        return title
    return c["piece_count_suffix"].sub("", title)


def unspaced(line: str) -> str:
    """A line spaced out letter by letter (督 办 通 报), or a title whose genre word alone is spaced out
    (…工作的通 知, as a page sets its red-header title), without those spaces; any other line as it is."""
    c = _cues()
    if c["letter_spaced"].match(line):
        return re.sub(r"[ 　]+", "", line)
    tail = c["letter_spaced_tail"].search(line)
    if tail and c["genre_word_end"].search(joined_tail := re.sub(r"[ 　]+", "", tail.group())):
        return line[: tail.start()] + joined_tail
    return line


def joined_single_letters(lines: list[str]) -> list[str]:
    """The lines, with a run of two or more lines of one Han character each made one line: a title's
    genre word set a character per line (…非煤矿山的 / 通 / 告), as a copy of a red header's big type
    breaks it."""
    joined: list[str] = []
    for one_letter, run in groupby(lines, key=lambda line: bool(HAN_CHAR.fullmatch(line))):
        letters = list(run)
        joined.extend(["".join(letters)] if one_letter and len(letters) > 1 else letters)
    return joined


def without_repeated_bracket(line: str) -> str:
    """A title without the bracket after it that says it again (…三年行动实施方案（…三年行动实施方案）), as a content
    farm prints its keyword beside the headline: the bracket adds nothing of the title's own (its period or version,
    （2023—2025年）, differs from what precedes it)."""
    found = REPEATING_BRACKET.match(line)
    return found["title"] if found and found["title"].strip() == found["again"].strip() else line


def joined_conjoined_names(lines: list[str]) -> list[str]:
    """The lines, with a line opening with 暨 joined to the line above (…第三次全体（扩大）会议 / 暨秋冬季森林防灭火
    工作部署会): 暨 joins the second name of one event to the first and never opens a title (meta.toml
    conjoined_name_line), so the page broke a headline there. A line above that ends a sentence is not continued."""
    c = _cues()
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            c["conjoined_name_line"].match(line)
            and previous[-1:] not in ("", *"。！？；：:，,")
            and len(previous + line) <= HEADLINE_LENGTH[1]
        ):
            joined[-1] = previous + line
        else:
            joined.append(line)
    return joined


def joined_about_lines(lines: list[str]) -> list[str]:
    """The lines, with a title opening 关于 joined to the line it was wrapped onto
    (关于高层建筑消防安全和电动自行车集中充电设施 / 建设有关问题的会议纪要; …发现问题的 / 督办通报: a PDF
    wrap after 的 that the next line's genre word ends; X关于印发 / 《…办法》的通知: a wrap before the
    book title, with the issuer before 关于; X关于印发 / 《…渔业船舶 / 安全生产…方案》的通知: a book title wrapped
    over two lines of its own; 栖凤区消防安全委员会 / 办公室关于开展住宅 / 小区…的通知: a
    narrow column that wrapped the issuer's name too)."""
    c = _cues()
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if book_title_wrapped(previous, line):
            joined[-1] = previous + line
        elif issuer_wrapped_before_about(previous, line):
            joined[-1] = previous + line
        elif (
            (previous.startswith("关于") or c["issuer_in_title"].match(previous))
            and (
                not c["title_words"].search(previous)
                or (previous.endswith("的") and bool(c["genre_word_end"].search(line)))
            )
            and c["title_words"].search(previous + line)
            and line[-1:] not in "。！？；："
        ):
            joined[-1] = previous + line
        else:
            joined.append(line)
    return joined


def joined_letterhead_titles(lines: list[str]) -> list[str]:
    """The lines, with a forwarded document's title joined to the name printed over it (潞桥县应急管理局 /
    重大事故隐患挂牌督办通知书, …有限公司 / 2024年8月份安全生产例会纪要, under an e-mail whose subject names that
    document): a genre phrase that names nobody, under a line that is a name, that a line above names again, is
    the document's own title in two lines. Without such a subject line above, a name over a genre phrase is
    left apart: the sets disagree on whether a school's or an office's name there belongs to the title."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if genre_phrase_without_subject(line) and names_a_subject(previous) and named_above(line, joined[:-1]):
            joined[-1] = previous + line
        elif genre_phrase_without_subject(line) and first_half_of_a_title(previous, line):
            joined[-1] = previous + line
        else:
            joined.append(line)
    return joined


def first_half_of_a_title(previous: str, line: str) -> bool:
    """The line above a genre phrase opens with its place but ends in no name's head noun (甘肃省房屋市政工程安全生产 /
    治本攻坚三年行动实施方案): it names nobody, so it is the title's first half, broken before its genre phrase, and
    the two make one headline (meta.toml name_head)."""
    return (
        names_a_subject(previous)
        and not _cues()["name_head"].search(previous)
        and len(previous + line) <= HEADLINE_LENGTH[1]
    )


def named_above(line: str, earlier: list[str]) -> bool:
    """An earlier line, not the same line again, names the document the line titles: a message's subject that holds
    it (重大事故隐患挂牌督办通知书（…）请立即落实) or that it holds (8月份安全生产例会纪要)."""
    return any(
        other != line and len(HAN_CHAR.findall(other)) >= HEADLINE_MIN_HAN and (line in other or other in line)
        for other in earlier
    )


def genre_phrase_without_subject(line: str) -> bool:
    """A title's genre phrase with no subject of its own (安全工作会议记录, 2024年8月份安全生产例会纪要): it ends in a
    genre word after words of its own, and opens with no place and no 全/本/我 that stands for one. A letter's
    frame (…关于…的通知) has its own wraps, and a masthead's genre word alone (会议纪要) heads the copy, not a title."""
    c = _cues()
    genre = c["genre_word_end"].search(line)
    return (
        genre is not None
        and len(HAN_CHAR.findall(line[: genre.start()])) >= GENRE_PHRASE_MIN_HAN
        and "关于" not in line
        and not line.startswith(tuple(c["generic_region_prefixes"]))
        and find_region(line) is None
    )


def names_a_subject(line: str) -> bool:
    """A header line that is a name and nothing more: an office's or a company's (潞桥县应急管理局, …有限公司), or a
    phrase opening with its place (青川镇中心小学); no title word, no date, no sentence or field."""
    c = _cues()
    return (
        len(HAN_CHAR.findall(line)) >= SUBJECT_MIN_HAN
        and not c["title_words"].search(line)
        and line[-1] not in "。！？；：:，,"
        and line_date(line) is None
        and not c["record_field"].match(line)
        and not c["not_a_title"].search(line)
        and (bool(c["issuer_line"].match(line)) or find_region(line) is not None)
    )


def book_title_wrapped(previous: str, line: str) -> bool:
    """The line goes on with the book title a cover letter's title opened or is about to open: after 印发/转发,
    a line holding the whole book title and the genre word (X关于印发 / 《…办法》的通知) or opening it (…关于印发 /
    《…渔业船舶 / 安全生产…方案》的通知, a narrow column); else the line that closes the book title the title above
    left open and ends with the genre word."""
    c = _cues()
    if "关于" not in previous:
        return False
    if previous.endswith(("印发", "转发")):
        return bool(c["book_title_line"].match(line) or c["book_title_opening"].match(line))
    return previous.count("《") > previous.count("》") and bool(c["book_title_closing"].match(line))


def issuer_wrapped_before_about(previous: str, line: str) -> bool:
    """The line goes on with the issuer's name the previous line began (栖凤区消防安全委员会 / 办公室关于…):
    what stands before its 关于 is no issuer alone, but completes the previous line's."""
    c = _cues()
    before_about = line.partition("关于")[0]
    return (
        "关于" in line
        and 0 < len(before_about) <= ISSUER_TAIL_MAX
        and not c["issuer_line"].match(before_about)
        and len(previous) <= WRAPPED_LINE_MAX
        and bool(c["issuer_line"].match(previous + before_about))
    )


def wrapped_title(title: str, lines: list[str], usable: list[str], candidates: list[str]) -> str:
    """The title line joined with the part of it wrapped onto the line after or before."""
    c = _cues()
    after = lines.index(title) + 1
    if after < len(lines) and lines[after] in usable and lines[after].startswith("的") and len(lines[after]) <= 12:
        return title + lines[after]  # 关于印发…实施方案 / 的通知, wrapped
    if (
        after < len(lines)
        and title.count("《") > title.count("》")
        and lines[after].count("》") > lines[after].count("《")
    ):
        return title + lines[after]  # 关于印发《…设施 / 安全隐患排查整治方案》的通知: the book title goes on
    before = lines.index(title) - 1
    if (
        before >= 0
        and lines[before] in usable
        and lines[before] not in candidates
        and not c["title_words"].search(lines[before])
        and lines[before][-1:] not in "。！？；"
        and (
            title.startswith("的")
            or lines[before].endswith(("关于", "的", "和", "及", "与"))
            or c["genre_word_only"].match(title)
        )
    ):
        return lines[before] + title  # 关于进一步加强… / …的通知, …专项整治 / 工作计划: wrapped
    return title


def with_object_wrapped(title: str, lines: list[str], usable: list[str]) -> str:
    """A headline that ends on a verb wanting what follows (…调度会强调 / 守牢防汛安全底线 / 确保…; …气象台发布 /
    暴雨橙色预警信号), joined with the short lines it was broken onto: what was said or issued is the
    headline's own object, not a subtitle."""
    if title not in lines or not _cues()["verb_wanting_object_end"].search(title):
        return title
    start = lines.index(title)
    wrapped = []
    for line in lines[start + 1 :][:HEADLINE_WRAPPED_LINES]:
        # the header's lines come again as the text's opening paragraphs: a line seen before ends the headline
        repeated = line in lines[: start + 1]
        if repeated or line not in usable or len(line) > WRAPPED_HEADLINE_LINE_MAX or len(HAN_CHAR.findall(line)) < 2:
            break
        wrapped.append(line)
    return title + "".join(wrapped)


def with_second_half_wrapped(headline: str, lines: list[str], usable: list[str]) -> str:
    """A headline wrapped over two short lines, joined (meta77): two parallel verb phrases of one length (加强景区安全
    管理 / 开展风险隐患排查), or a subject with no verb of its own over the short exclamation that says what of it
    (电动车“飞线充电” / 这回真要严查了！). A subtitle under a headline is a clause the headline does without: the
    headline names its own subject (汛前大检查全面展开 / “病险山塘”逐一过筛) or opens with a reporting verb."""
    if headline not in lines:
        return headline
    # the header's lines come again as the text's opening paragraphs: the line that goes on is the one under the
    # headline's last copy
    at = len(lines) - 1 - lines[::-1].index(headline)
    below = lines[at + 1] if at + 1 < len(lines) else ""
    if not below or len(below) > WRAPPED_HEADLINE_LINE_MAX or CLAUSE_END.search(below[:-1]):
        return headline
    if below in usable and parallel_verb_phrases(headline, below):
        return headline + below
    # the exclamation's ！ makes it no title line of its own (meta.toml not_a_title): it is read without it
    if subject_over_its_exclamation(headline, below):
        return headline + below
    return headline


def headline_with_dash_part(title: str, lines: list[str], usable: list[str]) -> str:
    """A news headline joined with its ——subtitle, whichever of the two was found: the line right under the headline
    that opens with a double dash (打造…保障… / ——某市全面启动…排查) is its second part. A paper's title (…会议上的讲话,
    政府工作报告) is whole on its own line: the dash line under it names the speaker or the occasion."""
    dash = _cues()["dash_part_opening"]
    if title not in lines:
        return title
    at = lines.index(title)
    if dash.match(title):
        above = lines[at - 1] if at > 0 else ""
        if above in usable and headline_shaped(above) and not names_a_paper(above) and not CLAUSE_END.search(above):
            return above + title
        return title
    below = lines[at + 1] if at + 1 < len(lines) else ""
    if dash.match(below) and headline_shaped(below[2:]) and not names_a_paper(title) and not CLAUSE_END.search(below):
        return title + below
    return title


def parallel_verb_phrases(first: str, second: str) -> bool:
    """Two lines of one headline as a couplet: each opens with a verb, so neither has a subject of its own, and the
    two are as long as each other (强化山塘水库巡查管理 / 开展汛前隐患排查整治); a headline that names who acts
    (韦某检查排水防涝工作) over a reporting verb's line (强调…) is a headline over its subtitle."""
    return (
        len(HAN_CHAR.findall(first)) == len(HAN_CHAR.findall(second)) == len(first) == len(second)
        and opens_with_a_verb(first)
        and opens_with_a_verb(second)
        and not _cues()["reporting_verb_opening"].match(second)
    )


def subject_over_its_exclamation(first: str, second: str) -> bool:
    """A line with no verb outside its quotes (电瓶车“楼道停放”“私拉电线”) says nothing yet: the short line under it
    ending in ！ or ？ is its predicate (这回真要严查了！), and the two are one headline."""
    c = _cues()
    unquoted = c["quoted"].sub("", first)
    return (
        second[-1:] in "！？!?"
        and not c["not_a_title"].search(second.rstrip("！？!?"))
        and len(HAN_CHAR.findall(second)) >= HEADLINE_MIN_HAN
        and first[-1:] not in "。！？；：:，,!?"
        and not any(tag.startswith("v") for _, tag, _ in tagged(unquoted))
    )


def opens_with_a_verb(line: str) -> bool:
    words = tagged(line)
    return bool(words) and words[0][1] == "v"


def title_run_into_addressee(opening: list[str]) -> str | None:
    """A letter's title in a copy that lost its line breaks (…关于印发…方案的通知各村委会：为确保…): the
    letter's frame right before the addressee line it heads. What stands before 关于 is left out: page
    marks and the issuer's name run together there too."""
    found = _cues()["title_before_addressee"].search(opening[0]) if opening else None
    return found["title"] if found else None


def title_run_into_lede(opening: list[str]) -> str | None:
    """A page excerpt's headline run into its lede with no break (…委员会会议2月3日上午，公司召开…): the opening run
    without punctuation, of a headline's length, right before the day the lede opens with (meta.toml
    title_before_lede)."""
    found = _cues()["title_before_lede"].match(opening[0]) if opening else None
    return found["title"] if found else None


def title_run_into_preamble(opening: list[str]) -> str | None:
    """A plan's title in a copy that lost its line breaks (…工作方案根据相关文件精神，…): the opening run up to a plan's
    genre word, right before the grounds or aim its preamble opens with (meta.toml title_before_preamble)."""
    found = _cues()["title_before_preamble"].match(opening[0]) if opening else None
    return found["title"] if found else None


def title_and_its_date(title: str | None) -> tuple[str | None, str | None]:
    """A title without the date it carries in brackets at its end (…检查程序 （104年02月04日）),
    and that date."""
    found = _cues()["title_date_suffix"].search(title) if title else None
    day = parse_date(found.group("date")) if found else None
    if title is None or found is None or day is None:
        return title, None
    return title[: found.start()], day.isoformat()


def above_a_dateline(headline: str, lines: list[str], headlines: list[str]) -> bool:
    """The line, or the line after it when that is a subtitle, stands right above a date line."""
    following = lines[lines.index(headline) + 1 :][:2]
    return bool(following) and (
        line_date(following[0]) is not None
        or (len(following) == 2 and following[0] in headlines and line_date(following[1]) is not None)
    )


def find_issuer(lines: list[str], title: str | None, all_paragraphs: list[str]) -> str | None:
    c = _cues()
    for line in lines:
        if c["issuer_line"].match(line):
            return re.sub(r"文件$", "", line)
    if title:
        found = c["issuer_in_title"].match(title)
        if found:
            return found.group(1)
    dated = next((issuer for issuer in map(dated_issuer, lines) if issuer), None)
    if dated:
        return dated
    for before, line in pairwise(all_paragraphs):
        if line_date(line) and c["issuer_line"].match(before):
            return before
    return None


def dated_issuer(line: str) -> str | None:
    """The issuer of a header line that signs and dates the paper at once (医院办公室　　2025年10月16日, a minutes'
    issuing line under its number): the issuer's name before the line's date, or None. A line that is no date line
    (line_date: a sentence holding a date, a field of another kind) names no issuer."""
    found = find_dates(line)[:1]
    if not found or line_date(line) is None:
        return None
    issuer = _cues()["issuer_line"].match(line[: found[0].start].strip())
    return issuer.group() if issuer else None


def institution_sender(lines: list[str]) -> str | None:
    """The institution's office an e-mail's header names as its sender (发件人：溧浦区人民医院保卫科 <…>), or None. The
    header's lines are the text's opening lines or the chrome the normalizer removed (one string may hold several)."""
    c = _cues()
    for line in (part for chunk in lines for part in chunk.splitlines()):
        sender = c["email_sender"].match(line.strip())
        if sender and c["email_sender_institution"].search(sender.group("name")):
            return sender.group("name")
    return None


def find_region(*names: str | None) -> str | None:
    c = _cues()
    for name in names:
        if not name or name.startswith(c["generic_region_prefixes"]):
            continue
        found = c["region"].match(name)
        if found and found.group(1):
            return found.group(1)
    return None


def find_doc_type(
    title: str | None, lines: list[str], first_paragraphs: list[str], body: list[str] | None = None
) -> str:
    """The title's cue; else a meeting reported in the first paragraphs, the body's own words
    (通知如下, 特此通知, 制定本要点), a news cue, or a type word on a header line (ANNOTATION.md,
    Document type)."""
    c = _cues()
    if any(SPEECH_OPENING.match(p) for p in lines + first_paragraphs[:2]):
        return "speech"
    printed = printed_plan(title, first_paragraphs)
    if printed is not None and printed_plan_in_text(printed, body or []):
        return "plan"
    if printed is not None and any(c["printed_plan_letter"].search(p) for p in first_paragraphs[:2]):
        return "notice"  # the letter that prints it (现将《…》印发给你们) without the plan: a copy of the letter alone
    if reports_its_paper(title, first_paragraphs):
        return "news"
    if not title and first_paragraphs and c["lede_issues_paper"].match(first_paragraphs[0]):
        return "news"  # a lede that opens on a body issuing its notice reports the notice (…日前下发通知，…)
    if any(c["declares_rules"].search(p) for p in body or []):
        return "other"  # rules that say so (特制定本制度), on meetings or with a plan's opening, report none
    by_cue = [(doc_type, pattern) for doc_type, pattern in c["doc_types"] if doc_type in DOC_TYPES]
    patterns = dict(c["doc_types"])  # a type listed twice: its last entry is the general cue
    probe = type_probe(title, first_paragraphs)
    for doc_type, pattern in by_cue:
        # a lede's credit (中国应急安全网（通讯员：…）9月26日，…推进会在…召开) says who published a
        # report, not what it reports: without a title, the meeting is weighed before the news cues
        # without a title the probe is prose, and a plan it mentions (督促…制订整改方案, 落实五年规划)
        # is not the document: a plan says so itself (制定本方案) or is printed under its letter; a meeting
        # it cites (按照…召开的…会议要求) is not one it reports
        if pattern.search(probe) and (title or doc_type not in ("news", "plan")):
            if title or doc_type != "meeting_report" or reports_a_meeting(probe):
                return doc_type
    by_head = (list_type(title, body or []) or title_head_type(title)) if title else None
    if by_head is not None:
        return by_head
    if any(c["press_letterhead"].match(line) for line in lines):
        return "news"  # the letterhead names the release's genre above its headline (ANNOTATION.md: a press release)
    if title and c["record_table"].search(title):
        return "other"  # a ledger's cells (会议, 通知 in a row) do not type it
    if meeting_record_head(lines) or records_its_meeting(first_paragraphs[:2]):
        return "minutes"
    if any(reports_a_meeting(p) for p in first_paragraphs[:2]):
        return "meeting_report"
    for doc_type, pattern in c["body_doc_types"]:
        if any(pattern.search(p) for p in body or []):
            return doc_type
    if not title and plan_parts(body or []) >= PLAN_PARTS_MIN:
        return "plan"  # an excerpt of a plan that lost its title: its parts' headings say what it is
    if not title and any(
        c["addressee_opening"].match(p) or c["addressee_list"].match(p) for p in (lines + first_paragraphs)[:2]
    ):
        return "notice"  # a letter to the parties it names, its title lost with the page's header
    if not title and lines and c["excerpt_section_opening"].match(lines[0]):
        return "plan"  # an excerpt opening on a numbered paper's section: a plan's measures (meta66)
    if any(patterns["news"].search(p) for p in lines + first_paragraphs[:2]):
        return "news"
    for line in lines:
        # a quoted name (…发5千张「…通知书」) or a paper a headline's verb acts on (张贴《…的通告》) is no type word of
        # the line's own
        named = c["headline_acts_on_paper"].sub("", c["quoted"].sub("", line))
        for doc_type, pattern in by_cue:
            if len(line) <= 30 and pattern.search(named):
                return doc_type
    if title and c["rule_text"].search(title):
        return "other"  # a rule or a guide, not a report
    return "news"  # without any cue, a document of this genre reports something


def list_type(title: str, body: list[str]) -> str | None:
    """A list's type by its rows (meta.toml list_title): a plan when a column gives its rows their time limits (a
    task list), other for a list of standing duties, no such column; None for a title that is no list."""
    c = _cues()
    if not c["list_title"].search(c["title_bracket_tail"].sub("", title)):
        return None
    return "plan" if any(c["time_limit_column"].match(p) for p in body) else "other"


def reports_its_paper(title: str | None, first_paragraphs: list[str]) -> bool:
    """A headline that names a paper and goes on, after a space, with what came of it (…督查情况通报 批评19项工程),
    over a lede that tells the paper was issued (省建设厅近日通报了…): the page reports the paper, it is not the
    paper (meta.toml headline_names_paper, paper_issued)."""
    c = _cues()
    return bool(
        title
        and c["headline_names_paper"].search(title)
        and any(c["paper_issued"].search(p) for p in first_paragraphs[:2])
    )


def plan_parts(body: list[str]) -> int:
    """How many of a plan's parts (its aim, steps, division of work, leadership, backing: meta.toml
    plan_part_heading) the body heads: a heading repeated counts once."""
    heading = _cues()["plan_part_heading"]
    return len({found.group() for found in map(heading.match, body) if found})


def title_head_type(title: str) -> str | None:
    """The type the title's head noun gives where no title cue reads it (…工作总结, …应急预案（试行）, …的批复):
    the genre word that ends the title, a bracket naming its status or part after it left out."""
    c = _cues()
    head = c["title_bracket_tail"].sub("", title)
    return next((doc_type for doc_type, pattern in c["title_heads"] if pattern.search(head)), None)


def reports_a_meeting(paragraph: str) -> bool:
    """The paragraph reports a meeting (县安委会召开防汛调度会, 会议强调): not one it cites as the ground of its
    own requests (按照市应急局召开的…会议要求，…), nor one it calls (决定召开…会议。现将有关事项通知如下)."""
    convened = _cues()["convened_before"]
    return any(
        not convened.search(paragraph, 0, found.start())
        for found in uncited_matches(_cues()["meeting_in_body"], paragraph)
    )


def uncited_matches(pattern: re.Pattern[str], paragraph: str) -> Iterator[re.Match[str]]:
    """`pattern`'s matches in the paragraph outside a clause that cites the ground of the text's work."""
    cited = _cues()["cited_before"]
    return (found for found in pattern.finditer(paragraph) if not cited.search(paragraph, 0, found.start()))


def records_its_meeting(opening: list[str]) -> bool:
    """The opening paragraph that reports the meeting says the text records what it decided
    (…主持召开县政府第12次常务会议。现将会议议定事项纪要如下：): minutes, which a government site posts
    under the meeting's name alone, not a report of the meeting."""
    declares_minutes = dict(_cues()["body_doc_types"])["minutes"]
    return any(declares_minutes.search(paragraph) for paragraph in opening)


def meeting_record_head(lines: list[str]) -> bool:
    """The document opens with a meeting's record fields: its time and its chair (时间：… / 地点：… / 主持人：…)."""
    c = _cues()
    head = lines[:OPENING_FIELDS]
    return any(c["meeting_time_field"].match(line) for line in head) and any(
        c["chair_field"].match(line) for line in head
    )


def printed_plan(title: str | None, first_paragraphs: list[str]) -> str | None:
    """The name of the plan a cover letter prints or forwards (关于印发《X方案》的通知, 关于转发…《X方案》的通知;
    《X清单》…现印发给你们), or None.
    The letter is typed plan when the plan stands in the text, notice when only the letter's
    sentence does, and by the usual cues when the copy shows neither (a page cut after its title)."""
    c = _cues()
    found = c["printed_plan_title"].search(title) if title else None
    if found is not None:
        return found["name"] or found["bare_name"]  # quoted, or bare before the letter's 的通知
    if first_paragraphs and "转发" not in (title or ""):
        found = c["printed_plan_letter"].search(first_paragraphs[0])
    return found["name"] if found else None


def printed_plan_in_text(printed: str, body: list[str]) -> bool:
    """The plan a cover letter prints stands in the text: its own title line, or, where the copy lost
    that line (a PDF's running header taken for chrome), its opening that says what it is (制定本方案)."""
    declares_a_plan = dict(_cues()["body_doc_types"])["plan"]
    return any(plan_title_line(p, printed) or declares_a_plan.search(p) for p in body)


def plan_title_line(paragraph: str, printed: str) -> bool:
    """A printed plan's own title line: a short line without sentence punctuation ending in the
    plan's genre word (…工作方案, or its wrapped last line 工作计划; a letter may print several plans
    under their own names)."""
    line = paragraph.strip()
    genre = _cues()["plan_genre_end"].search(printed)
    # the attachment's heading may name the plan and what it is set out in (…任务分工 / …任务分工清单表)
    named = line.endswith(genre.group()) or line.startswith(printed) if genre else False
    return bool(named and len(line) <= 40 and not re.search("[。，,；：:]", line))


def type_probe(title: str | None, first_paragraphs: list[str]) -> str:
    """The text whose cue gives the type: the title, else the first paragraph. A name in quotes
    (「租者置其屋计划」) never types the document; a book title does only under a cover letter that
    prints it (关于印发《…方案》的通知), not one that forwards it (关于转发《…的通知》的通知) nor in a
    sentence (市安委会印发了《…的通知》) nor as the object a headline's verb ends on (张贴《…的通告》); nor do papers counted (发出两份通函, 开立停工通知30件): a report of them."""
    c = _cues()
    probe = c["counted_papers"].sub("", c["quoted"].sub("", title or (first_paragraphs[0] if first_paragraphs else "")))
    if title is None or "转发" in title:
        probe = c["book_title"].sub("", probe)
    elif c["headline_acts_on_paper"].search(probe):
        probe = c["headline_acts_on_paper"].sub("", probe)  # 张贴《…的通告》: what was done with the paper
    if title is None:
        probe = c["genre_word_as_verb"].sub("", probe)  # 会议通报了…: what the meeting did, not the paper
    return probe


def line_date(line: str) -> tuple[date, bool, int, bool] | None:
    """(the date, whether it is a 印发 date, 1 when a label such as 发布时间： stands before it and 2
    for a page's 更新日期, whether it is a stamp — 2024-06-13, 12/12/2025 — rather than written out
    as a signature writes it) of a date line: a date with at most an issuer or a date label before it and a time, 印发 or
    publish-line fields after it (发布时间：2024-06-13 09:41 来源：…). A sentence that holds a
    date (各乡镇要于2024年6月30日前…) is no date line, nor is a field of another kind (整改期限：…)."""
    c = _cues()
    if len(line) > 120 or "。" in line or not MAY_HOLD_A_DATE.search(line) or c["email_sent"].match(line):
        return None  # an e-mail's send line dates the e-mail, not the document it forwards
    for found in find_dates(line)[:1]:
        after = line[found.end :]
        # a signature whose issuer and date ran together when the copy lost its line break (X县人民政府2023年11月3日)
        before = (
            c["date_line_before"].match(line[: found.start])
            or c["issuer_line"].match(line[: found.start].strip())
            or masthead_compiler(line[: found.start].strip())
        )
        # an issuer's name or a masthead before the date has no label group, only a date label does
        label = before.groupdict().get("label") or "" if before else ""
        if before and (
            c["date_line_after"].match(after)
            or (label and c["field_link"].match(after))
            or next_field_of_a_record(label, after)
            or dated_by_a_unit(line[: found.start], after)
        ):
            printed = bool(c["printed_suffix"].match(after.strip().rstrip("）)")))
            # a page's update comes last; an issue date label (发文日期：) dates the letter itself
            labelled = 2 if UPDATED.search(label) else int(bool(label) and not ISSUED.search(label))
            return found.date, printed, labelled, found.form in STAMP_FORMS or posted_minute(line, after)
    for found in find_dates(line)[-1:]:
        # a signature block of several fields: the date of its issue field (…　签发日期：2025.6.17)
        if c["issued_field"].search(line[: found.start]) and c["date_line_after"].match(line[found.end :]):
            return found.date, False, 0, found.form in STAMP_FORMS
    run_together = run_together_day(line)
    return (run_together, False, 0, False) if run_together else None


def next_field_of_a_record(label: str | None, after: str) -> bool:
    """Whether a date labelled 日期 is one field of a record's head row (日期：2025年11月7日（星期六）　天气：晴): the
    row's next field, a short label after a gap, follows it (meta.toml date_field_label, next_field_after). The
    label ends in a noun: prose after the date that opens with a party and its modal (各村要：…) is no field."""
    c = _cues()
    if not (label and c["date_field_label"].search(label)):
        return False
    field = c["next_field_after"].match(after)
    return bool(field) and tagged(field["label"])[-1][1].startswith("n")


def dated_by_a_unit(before: str, after: str) -> bool:
    """Whether a date line is a unit's post on a list of notices (防灾科 2019-08-23 461): a name before the
    date, the post's counts after it (meta.toml stamp_counts_after) — not a bulleted link's day and count."""
    return bool(HAN_CHAR.search(before)) and bool(_cues()["stamp_counts_after"].match(after))


def masthead_compiler(text: str) -> re.Match[str] | None:
    """The compiler of a bulletin's masthead whose date the copy ran into it (…安委会办公室编2025年9月14日):
    an issuer's name, then a verb of compiling (meta.toml masthead_compiler)."""
    c = _cues()
    compiled = c["masthead_compiler"].match(text)
    return c["issuer_line"].match(compiled["issuer"]) if compiled else None


def run_together_day(line: str) -> date | None:
    """A signature date whose month and day run together (2022年826): the day, where the digits split
    into exactly one month and day."""
    found = _cues()["run_together_date"].match(line.strip())
    if found is None:
        return None
    year, digits = int(found["year"]), found["digits"]
    # four digits are always two and two (1012 is October 12th, never January 12th)
    cuts = (1, 2) if len(digits) == 3 else (2,)
    splits = {(int(digits[:cut]), int(digits[cut:])) for cut in cuts}
    days = [day for month, day_of_month in splits if (day := make_date(year, month, day_of_month))]
    return days[0] if len(days) == 1 else None


def year_hint(
    title: str | None,
    lines: list[str],
    all_paragraphs: list[str],
    removed_chrome: tuple[str, ...] = (),
    published: str | None = None,
    opening: list[str] | None = None,
) -> tuple[int, str] | None:
    """The year a document states somewhere, and where: a date line, its title (2024年…), an issue
    number (2025年第14期), a document number (〔2024〕12号), else the first full date of the text; then
    a year the opening paragraphs state, those of the page and those of its running text (`opening`);
    last, a document number in the header block normalization removed (文号：苍安委办〔2025〕7号), the
    removed publish line's date (`published`, chrome_dateline), or any full date a removed line carried."""
    c = _cues()
    for line in lines + all_paragraphs:
        found = line_date(line)
        if found:
            return found[0].year, "year of a date line"
    for pattern, texts, source in (
        ("title_year", [title or ""], "year in the title"),
        ("issue_number", lines, "year of the issue number"),
        ("doc_number_year", lines + all_paragraphs[:3], "year of the document number"),
        ("title_year", lines, "year stated in the header"),
    ):
        for text in texts:
            match = c[pattern].search(text)
            if match and match.group(1):
                return int(match.group(1)), source
    for paragraph in all_paragraphs:
        dates = find_dates(paragraph) if MAY_HOLD_A_DATE.search(paragraph) else None
        if dates:
            return dates[0].date.year, "year of the first date in the text"
    for paragraph in all_paragraphs:  # a metadata block after the text (文号：苍安委办〔2025〕7号)
        match = c["doc_number_year"].search(paragraph)
        if match:
            return int(match.group(1)), "year of the document number"
    # a page's first paragraphs may be its menu and headline (我的位置：首页>文章详情): the running text's
    # own opening paragraphs are read after them, so a lede whose year stands in a later paragraph still has it
    for paragraph in [*all_paragraphs[:OPENING_PARAGRAPHS], *(opening or [])]:
        stated = stated_year(paragraph)
        if stated:
            return stated, "year stated in the text"
    for line in removed_chrome:
        match = c["doc_number_year"].search(line)
        if match:
            return int(match.group(1)), "year of the document number in the removed header"
    if published:
        return int(published[:4]), "year of the removed publish line"
    # a post's edit stamp the page printed (…于 2020-10-13 12:32 编辑), removed as chrome: no dateline, as
    # an update stamp is none, but the year the page was written in
    stamped = next((written[0] for line in removed_chrome if (written := find_dates(line))), None)
    return (stamped.date.year, "year of a removed stamp") if stamped else None


def stated_year(paragraph: str) -> int | None:
    """The year a paragraph of running text states as its own: the first year it names that a meeting does
    not look back on, else the year after the one it reviews (回顾总结2022年度…工作: a meeting of 2023)."""
    c = _cues()
    reviewed = {match.start(1) for match in c["reviewed_year"].finditer(paragraph)}
    years = [(match.start(1), int(match.group(1))) for match in c["title_year"].finditer(paragraph)]
    own = [year for start, year in years if start not in reviewed]
    if own:
        return own[0]
    return years[0][1] + 1 if years else None


def reported_meeting_day(first: list[str], year: tuple[int, str] | None, stamp_text: str | None) -> str | None:
    """The day of the meeting a report opens with (meeting_date), in the year the text states, or the
    year before when the meeting deploys that year's coming festivals (12月25日…部署2026年元旦春节期间
    的工作: a meeting of 2025) and falls in the months such meetings are held (meta.toml)."""
    stamp = date.fromisoformat(stamp_text) if stamp_text else None
    stated = year[0] if year else None
    meeting_year = stated
    if stated is not None and year and year[1] == "year stated in the text" and coming_festival_year(first) == stated:
        meeting_year = stated - 1
    found = meeting_date(first, meeting_year, stamp)
    first_month = resources.read_rules("extract/meta.toml")["festival_meeting_first_month"]
    if found and meeting_year != stated and date.fromisoformat(found).month < first_month:
        found = meeting_date(first, stated, stamp)
    return found


def meeting_date(first_paragraphs: list[str], year: int | None, stamp: date | None = None) -> str | None:
    """The day of the meeting the opening paragraphs report: a full date, a month and day in the
    year the document states (never after the page's stamp: that meeting is still to come), or a bare
    day (29日在京召开; a lede opening 29日，…) in the month of the page's stamp."""
    c = _cues()
    for paragraph in first_paragraphs:
        # only a meeting the paragraph reports gives its day, not the ground its first clause cites
        # (为贯彻落实…会议精神和…工作部署，…计划从1月24日起开展…)
        verbs = list(uncited_matches(c["meeting_verbs"], paragraph))
        if not verbs:
            continue
        paragraph = up_to_the_meeting_clause(paragraph, verbs)
        full = find_dates(paragraph)
        if full:
            return day_of_the_meeting_sentence(paragraph, full).date.isoformat()
        # a day a deadline ends on (于12月31日前完成) is no meeting day, nor the dateline of the report (7月4日讯)
        month_day = [
            found
            for found in month_days(paragraph)
            if not c["deadline_after"].match(paragraph[found[3] :])
            and not c["news_dateline_after"].match(paragraph[found[3] :])
        ]
        if month_day and year:
            day = make_date(year, month_day[0][0], month_day[0][1])
            if day and stamp and day > stamp:
                continue  # 简介会在六月十三日举行 on a page stamped 6月6日: a meeting to come, not the one reported
            return day.isoformat() if day else None
        bare = c["bare_day"].search(paragraph) or c["lede_bare_day"].match(paragraph)
        if bare and stamp and not month_day:
            month_start = stamp.replace(day=1)
            bare_day = chinese_number(bare.group(1))
            if bare_day > stamp.day:  # reported later than the month it happened in
                month_start = (month_start - timedelta(days=1)).replace(day=1)
            day = make_date(month_start.year, month_start.month, bare_day)
            return day.isoformat() if day else None
    return None


def day_of_the_meeting_sentence(clause: str, full: list[WrittenDate]) -> WrittenDate:
    """The full date the sentence that reports the meeting states (…5名矿工死亡。2019年12月30日上午，…召开紧急会议):
    a date in a sentence before it is the event that occasioned the meeting; where the meeting's own sentence states
    none, the first date of the paragraph, as before. `clause`: the paragraph up to the meeting's clause; `full`: its
    full dates, at least one."""
    sentence_start = max((end.end() for end in SENTENCE_END.finditer(clause)), default=0)
    return next((found for found in full if found.start >= sentence_start), full[0])


def up_to_the_meeting_clause(paragraph: str, verbs: list[re.Match[str]]) -> str:
    """The paragraph up to the end of the clause that reports its meeting (5月4日，县政府召开…会议; 县政府于5月4日召开…):
    a day written before the meeting or beside its verb is its day; a day in a clause after it (…日前召开的…会上了解到，
    5月1日12时起…) is something the meeting set or the report goes on to tell. `verbs`: the paragraph's meeting verbs
    outside a cited clause (`uncited_matches`), at least one."""
    sentence_end = SENTENCE_END.search(paragraph, verbs[0].end())
    # the sentence's last meeting verb (县政府召开…会议，会议于5月4日在…举行): its clause still reports the meeting
    last = [v for v in verbs if not sentence_end or v.start() < sentence_end.start()][-1]
    end = CLAUSE_END.search(paragraph, last.end())
    return paragraph[: end.start()] if end else paragraph


def filed_day(first_paragraphs: list[str], year: int | None, stamp: str | None) -> str | None:
    """The day of an agency's dateline the lede opens with (某某晚报9月16日讯（记者…）, 新华社武汉4月16日电（…）), in the
    year the document states; never after the page's stamp (a report is posted when it has been filed)."""
    found = _cues()["filed_dateline"].match(first_paragraphs[0]) if first_paragraphs and year else None
    if found is None or year is None:
        return None
    ((month, day, _, _),) = month_days(found.group("date"))
    filed = make_date(year, month, day)
    if filed is None or (stamp and filed > date.fromisoformat(stamp)):
        return None
    return filed.isoformat()


def effective_day(paragraphs: list[str]) -> str | None:
    """The day a paper says it takes effect (本通告自2025年1月13日起施行), where nothing else dates it: a notice
    or rules copied without their signature's day are dated by the day they set."""
    pattern = _cues()["effective_from"]
    for paragraph in paragraphs:
        found = pattern.search(paragraph)
        dates = find_dates(found.group("date")) if found else []
        if dates:
            return dates[0].date.isoformat()
    return None


def speech_lede(body: list[str]) -> list[str]:
    """The running text above a speech's salutation (同志们：): an editor's lede, which reports the meeting
    the speech was given at; nothing where the speech opens the text, whose own paragraphs speak of other
    meetings."""
    opening = next((n for n, paragraph in enumerate(body) if SPEECH_OPENING.match(paragraph)), 0)
    return body[:opening]


def lede_date(first_paragraphs: list[str], year: int | None) -> str | None:
    """The day a news lede opens with (5月18日下午，区长…), in the year the document states."""
    found = _cues()["lede_date"].match(first_paragraphs[0]) if first_paragraphs and year else None
    if found is None or year is None:
        return None
    ((month, day, _, _),) = month_days(found.group("date"))
    dated = make_date(year, month, day)
    return dated.isoformat() if dated else None


def under_a_numbered_part(structure: Structure, first_paragraphs: list[str]) -> bool:
    """Whether the opening running paragraph stands under a numbered part's heading: a record whose field
    lines (约谈时间：…) lead straight into 一、约谈事由 opens with its matter's history (9月11日，…开展执法检查),
    not with a lede reporting the day of the text."""
    opening = first_paragraphs[0] if first_paragraphs else ""
    sentence = next((s for s in structure.sentences[structure.body_start :] if s.text and s.text in opening), None)
    return sentence is not None and sentence.part is not None


def ranked_datelines(lines: list[str], body: list[str]) -> list[tuple[date, bool, int, bool, int]]:
    """The date lines, best first: a signature's date (2024年8月16日), then a publish line's
    (发布时间：…, a bare 2024-08-19 stamp left by the publish line), then a 印发 date; a signature
    after the text beats a date under the title that a site's metadata left. So a letter forwarded
    under an e-mail's note (现将…转发给你们) is dated by its own signature, not by the day of the mail
    that carries it (the mail's header day, kept over the note); a letter with no signed day of its own
    is dated by the mail's day (docs/evaluation.md, "Conventions settled")."""
    found = [(*d, zone) for zone, texts in enumerate((body, lines)) for d in map(line_date, texts) if d]
    return sorted(found, key=lambda d: (d[1], d[2], d[3], d[4]))


def forwarding_note_day(structure: Structure) -> date | None:
    """The day a forwarding note was written (its mail header's 时间：2025年9月22日…, the dateline kept over the
    note), where the text opens with one (…已转发给大家，请认真学习): the letter it forwards may be dated by its own
    signature, but the note's own relative limits (值班表本周三前发出) count from the day the note was sent."""
    body = body_paragraphs(structure, paragraphs(structure))
    if not any(_cues()["forwarded"].search(p) for p in body[:OPENING_PARAGRAPHS]):
        return None
    ranked = ranked_datelines(header_lines(structure), [])
    return ranked[0][0] if ranked else None


def dateline(lines: list[str], body: list[str]) -> str | None:
    """The first date line (cover letter, speech dateline, 落款), else a publish line; 印发 lines last."""
    ranked = ranked_datelines(lines, body)
    return ranked[0][0].isoformat() if ranked else None


def issue_dateline(lines: list[str], body: list[str]) -> str | None:
    """A paper's own dateline (2024年10月23日 over the headline), written out, with no label: the
    day a news report was issued. A site's publish stamp (发布时间：2023-05-22 09:00) is not: a
    news page is dated by the day its lede reports."""
    ranked = ranked_datelines(lines, body)
    if ranked and not ranked[0][1] and ranked[0][2] == 0 and not ranked[0][3]:
        return ranked[0][0].isoformat()
    return None


def speech_day(lines: list[str]) -> str | None:
    """A speech's own dateline among its header lines: the day alone in brackets under its title or speaker
    (（2026年2月26日）). It dates the speech over a date its transcript's editor signs below the text
    (（…整理　2026年2月27日）), which a signature's rank would put first."""
    bracketed = _cues()["bracketed_day_line"]
    days = [found[0].date for line in lines if bracketed.match(line) and (found := find_dates(line))]
    return days[0].isoformat() if days else None


def adopted_day(lines: list[str]) -> str | None:
    """The day a paper was adopted, from the record in brackets under its title (（2025年2月18日县安委会第一次
    全体会议审议通过）): a plan or rules are dated by it, over the 印发 line the ranking of date lines puts first."""
    adopted = _cues()["adopted_day_line"]
    days = [found[0].date for line in lines if adopted.match(line) and (found := find_dates(line))]
    return days[0].isoformat() if days else None


def month_day_line(lines: list[str], year: int | None) -> str | None:
    """A date line without its year — in the header (澄溪县安委办编　　11月17日, 会议时间：4月9日（星期三）
    上午8:30) or a signature (…综合办公室　　4月9日印发) — in the year the document states elsewhere
    (its title, an issue or document number)."""
    c = _cues()
    for line in lines:
        found = month_days(line)
        if (
            year
            and found
            and len(line) <= 60
            and "。" not in line
            and c["date_line_after"].match(line[found[-1][3] :])
            and c["date_line_before"].match(line[: found[-1][2]])
        ):
            day = make_date(year, found[-1][0], found[-1][1])
            return day.isoformat() if day else None
    return None


def meeting_field_date(lines: list[str], year: int | None) -> str | None:
    """The day of a meeting's own time field in the header (时间：2025.3.6  下午2:30—5:10; 会议时间：4月9日):
    minutes are dated by their meeting, not by the signature of the day after."""
    for line in lines:
        if not _cues()["meeting_time_field"].match(line):
            continue
        full = find_dates(line)
        if full:
            return full[0].date.isoformat()
        found = month_days(line)
        day = make_date(year, found[0][0], found[0][1]) if found and year else None
        if day:
            return day.isoformat()
    return None


def posted_minute(line: str, after: str) -> bool:
    """Whether the clock time right after a date line's date is a site's stamp, the minute it posted
    (2020年04月07日 15:25); a dated span of clock times (时间：2025年9月8日 9:00—11:30) is when a meeting
    ran, no stamp (line_kinds.toml dated_time_span, which normalization reads the same way)."""
    return bool(_cues()["clock_after"].match(after)) and not resources.line_kinds()["dated_time_span"].search(line)


def field_lines(texts: list[str]) -> list[str]:
    """The short lines without a sentence's end among `texts`: a record's field lines, not its prose."""
    return [text for text in texts if len(text) <= FIELD_LINE_MAX and not SENTENCE_END.search(text)]


def coming_festival_year(first_paragraphs: list[str]) -> int | None:
    """The year a meeting report names with the coming New Year or Spring Festival (部署2026年元旦春节
    期间的工作). Held in November or December, the meeting is in the year before: its own 12月25日 is
    2025-12-25."""
    for paragraph in first_paragraphs:
        found = _cues()["coming_festival_year"].search(paragraph)
        if found:
            return int(found.group(1))
    return None


def message_date(lines: list[str], year: int | None) -> str | None:
    """A chat copy's message head (县应急局-周明  7月11日 21:07), in the year the text states elsewhere."""
    for line in lines:
        if year and _cues()["message_time_line"].match(line):
            ((month, day, _, _), *_) = month_days(line)
            found = make_date(year, month, day)
            if found:
                return found.isoformat()
    return None


def may_be_title_line(paragraph: str) -> bool:
    """A short paragraph that is neither a sentence nor a salutation, or that opens with a bracketed
    heading run into its salutation (【…紧急提醒】各村（社区）：), or a flattened repost headed by its tab's title."""
    c = _cues()
    return (
        len(paragraph) <= 80
        and (not paragraph.endswith(("。", "：", ":")) or bool(c["glued_heading"].match(paragraph)))
    ) or bool(c["headline_before_site"].match(paragraph))


def above_the_signature(paragraphs: list[str]) -> list[str]:
    """The paragraphs down to the last one of running text: the short lines after it are the
    signature (县城建集团工程部 over its date), never the title."""
    prose = [i for i, p in enumerate(paragraphs) if SENTENCE_END.search(p)]
    return paragraphs[: prose[-1] + 1] if prose else paragraphs


def roc_short_date(texts: list[str]) -> str | None:
    """A date line with a two-digit ROC year (日期:96-02-16 → 2007-02-16), read so only in a text
    that counts years of the Republic elsewhere (今(96)年, 民国96年)."""
    c = _cues()
    if not any(c["roc_years"].search(text) for text in texts):
        return None
    for text in texts:
        found = c["roc_short_line"].match(text.strip())
        day = make_date(int(found["y"]) + ROC_OFFSET, int(found["m"]), int(found["d"])) if found else None
        if day:
            return day.isoformat()
    return None


def metadata_fields(line: str) -> list[str]:
    """A removed chrome line as the fields its row prints (上传人：…  文档编号：…  上传时间：2026-03-02): a run of spaces
    or a bar sets them apart (meta.toml metadata_field_break)."""
    return [field for field in _cues()["metadata_field_break"].split(line.strip()) if field]


def chrome_dateline(removed_chrome: tuple[str, ...]) -> str | None:
    """The date a publish line or a metadata block carried that normalization removed as chrome
    (发布日期：114年5月2日, 发布时间：2024年06月13日09:41 来源：…, 成文日期：2024-05-06): ANNOTATION.md keeps
    that date as the dateline, so it dates a text that has no date line of its own. Only a labelled
    field counts (a list of links prints its headlines' days unlabelled) and never an update stamp; a metadata row's
    date field counts wherever it stands in the row."""
    c = _cues()
    fields = [
        field for line in removed_chrome for field in metadata_fields(line) if c["chrome_date_field"].match(field)
    ]
    return dateline([line for line in fields if (found := line_date(line)) and found[2] < 2], [])


def upload_day(removed_chrome: tuple[str, ...]) -> str | None:
    """The day a document-sharing site's row says the file was uploaded (上传人：…  上传时间：2026-03-02), removed as
    chrome: the last resort for a shared copy that states no day of its own (meta.toml upload_field)."""
    c = _cues()
    fields = [field for line in removed_chrome for field in metadata_fields(line) if c["upload_field"].match(field)]
    return next((found[0].isoformat() for field in fields if (found := line_date(field))), None)


def without_site_clock(lines: list[str], title: str | None, published: str | None) -> list[str]:
    """The header lines less a site's clock: a bare stamp to the second (2024-09-10 11:25:48) above the
    title on a page whose publish line states another day, removed as chrome (`published`) or kept as the
    dateline under the title (发布时间：2011-11-25 → 2011-11-25). A site prints the time of the visit over
    every page; the publish line dates the post."""
    at_title = next((i for i, line in enumerate(lines) if title and title in line), None)
    if at_title is None:
        return lines
    under = {found[0].isoformat() for line in lines[at_title + 1 :] if (found := line_date(line))}
    posted = under | ({published} if published else set())
    clocks = {
        i
        for i, line in enumerate(lines[:at_title])
        if _cues()["site_clock"].match(line) and (found := line_date(line)) and posted - {found[0].isoformat()}
    }
    return [line for i, line in enumerate(lines) if i not in clocks]


def first_full_date(first_paragraphs: list[str]) -> str | None:
    """The first full date the opening paragraphs state, the day a deadline ends on (须于2024年5月31日前
    完成) left out: a document is never dated by what it asks for, nor by a day it talks about (a period's
    bounds, a condition's, a day it describes: meta.toml described_date_after)."""
    c = _cues()
    for paragraph in first_paragraphs:
        for found in find_dates(paragraph):
            after = paragraph[found.end :]
            if not c["deadline_after"].match(after) and not c["described_date_after"].match(after):
                return found.date.isoformat()
    return None


def extract_meta(
    structure: Structure,
    doc_date: str | None = None,
    removed_chrome: tuple[str, ...] = (),
    marked_headings: tuple[str, ...] = (),
) -> Meta:
    lines = header_lines(structure)
    all_paragraphs = paragraphs(structure)
    body = body_paragraphs(structure, all_paragraphs)
    # the opening paragraphs of running text: publish lines and other short chrome do not count
    first = [_cues()["publish_prefix"].sub("", p) for p in body if SENTENCE_END.search(p)][:OPENING_PARAGRAPHS]
    # the title may stand below page chrome the normalizer kept (a metadata table): look at the
    # short lines opening the text too, past the header's own (read twice, a stamp at the header's end would stand
    # over the header's first line again, and the headline under it would be read as no longer right under it)
    title, title_day = title_and_its_date(
        find_title(
            lines
            + [p for p in body_paragraphs(structure, above_the_signature(all_paragraphs)[:12]) if may_be_title_line(p)]
            + field_titles(removed_chrome),
            marked_headings,
        )
        or title_run_into_addressee(all_paragraphs[:1])
        or title_run_into_lede(all_paragraphs[:1])
        or title_run_into_preamble(all_paragraphs[:1])
        or breadcrumb_title([*lines, *all_paragraphs[:1], *removed_chrome])
        or headline_the_lede_restates(removed_chrome, body[:1])
    )
    if title is not None:
        title = without_uncollected_count(issuer_of_a_carried_letter(title, all_paragraphs), all_paragraphs)
    doc_type = find_doc_type(title, lines + body[:1], first, body)
    published = chrome_dateline(removed_chrome)
    year = year_hint(title, lines, all_paragraphs, removed_chrome, published, first)
    # the page's own stamp: a meeting it reports was held on or before it
    own_dateline = dateline(without_site_clock(lines, title, published), body)
    stamp = own_dateline or published
    found_date = doc_date or adopted_day(lines)
    if not found_date and doc_type == "speech":
        # a speech is dated by the day it was given: its own dateline, else the meeting day its editor's
        # lede reports (11月8日上午，…大会召开，…到会讲话), not the day an account posted it
        found_date = (
            speech_day(lines) or issue_dateline(lines, body) or reported_meeting_day(speech_lede(body), year, stamp)
        )
    if not found_date and doc_type in MEETING_DATED:
        # minutes forwarded under a note keep their own head (时间：9月3日…) below it, out of the header
        fields = lines + field_lines(all_paragraphs[:MINUTES_HEAD_PARAGRAPHS]) if doc_type == "minutes" else lines
        found_date = meeting_field_date(fields, year[0] if year else None) or reported_meeting_day(first, year, stamp)
    if not found_date and doc_type == "news":
        # a news report not about a meeting is dated by its paper's dateline where it has one, not
        # by the day its lede opens with (本报讯…10月22日，记者从…获悉); an agency's dateline (…晚报9月16日讯,
        # 新华社…4月16日电（) is the day the report was filed, the page's stamp only when it was posted
        found_date = issue_dateline(lines, body) or filed_day(first, year[0] if year else None, stamp)
    if not found_date and doc_type in MEETING_DATED and not under_a_numbered_part(structure, first):
        found_date = lede_date(first, year[0] if year else None)
    found_date = (
        found_date
        or own_dateline
        or title_day
        or month_day_line(lines + body[-OPENING_PARAGRAPHS:], year[0] if year else None)
        or roc_short_date(lines + all_paragraphs)
        or published
        or first_full_date(first)
        or message_date([*lines, *all_paragraphs[:OPENING_PARAGRAPHS], *removed_chrome], year[0] if year else None)
        or effective_day(all_paragraphs)
        or upload_day(removed_chrome)
    )
    # an e-mail's header is chrome the normalizer took off: its sender may still be the writing institution
    issuer = find_issuer(lines, title, all_paragraphs) or institution_sender([*lines, *removed_chrome])
    meta = Meta(title=title, date=found_date, doc_type=doc_type, issuer=issuer, region=find_region(issuer, title))
    sent = sent_day(lines)
    if found_date is None and sent is not None:
        # a document forwarded by e-mail without a date of its own: its deadlines count from the day it was sent
        meta.reference_date, meta.reference_source = sent.isoformat(), SENT_BY_EMAIL
    elif found_date is None and year is not None:
        # relative deadlines (6月底前) still resolve, in the year the document states elsewhere
        meta.reference_date, meta.reference_source = f"{year[0]:04d}-01-01", year[1]
    return meta


def sent_day(lines: list[str]) -> date | None:
    """The day on a forwarding e-mail's header (发送时间：2024年4月11日(星期四) 下午3:47)."""
    for line in lines:
        if _cues()["email_sent"].match(line):
            found = find_dates(line)
            if found:
                return found[0].date
    return None


def reference_day(meta: Meta) -> date | None:
    """The day deadlines resolve against: the document's date, else the day its forwarding e-mail
    was sent, else its year (YearOnly)."""
    try:
        if meta.date:
            return date.fromisoformat(meta.date)
        if meta.reference_source == SENT_BY_EMAIL and meta.reference_date:
            return date.fromisoformat(meta.reference_date)
        return YearOnly.fromisoformat(meta.reference_date) if meta.reference_date else None
    except ValueError:  # a --date that is no day
        return None


def plan_year(title: str | None, doc_date: date | None) -> int | None:
    """The year a plan is for, where it differs from reading the document's date alone: a plan
    issued in the last quarter of the year before (`2026年…工作要点` dated 2025-12-18: its bare
    年底前/年内 end 2026), or one issued in the first quarter of its own year (`2025年…工作要点`
    dated 2025-02-21: its 1月底前 is 2025's, not next year's)."""
    if not title or doc_date is None or 4 <= doc_date.month < 10:
        return None
    found = _cues()["plan_year"].search(title)
    wanted = doc_date.year + 1 if doc_date.month >= 10 else doc_date.year
    return int(found.group(1)) if found and int(found.group(1)) == wanted else None
