"""Lines have kinds before sentences have meanings: one classification of every line of a document.

    >>> from nlp_pipeline.normalize.lines import LineKind, classify_lines
    >>> classify_lines("首页 > 新闻中心\\n我市召开安全生产会议\\n2024-06-13 09:12 来源：某某日报\\n会议要求，各地要立即开展排查。")
    [<LineKind.CHROME: 'chrome'>, <LineKind.TITLE: 'title'>, <LineKind.DATELINE: 'dateline'>, <LineKind.PROSE: 'prose'>]

Kinds: the title; the dateline (a line that is a date, or the chrome line that carries the page's
date); a site's metadata field (索引号：…, 标题：…); other chrome (menus, counters, credits,
copyright, related-articles lists); a photo caption; a heading (numbered, or a subtitle under
the title); a field line (责任单位：…); a table row (`cell|cell`); prose; blank.

A line's features — field labels, dates and times, counters, addresses, separators, words only
page furniture uses, sentence punctuation, length — add up to a chrome score (features and
weights: data/normalize/line_kinds.toml). Strong evidence makes a line chrome wherever it
stands; weak evidence only in the page's header (before the body) or footer (after it), or next
to chrome. Then the document's shape: the first title-like line of the header is the title, the
first date the header's chrome carries is the dateline, the
lines under a related-articles header go with it, and a footer block that holds chrome goes
whole. `read_lines` also says what a chrome line keeps (its date, the title a metadata block
names, a title without its 原标题： prefix); the boilerplate step removes the rest, and the
layout step never joins a title, heading, field, table row or dateline to its neighbour.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from functools import lru_cache
from itertools import takewhile
from operator import add
from typing import NamedTuple

from .. import resources
from ..chars import HAN, HAN_CHAR
from ..jieba_lexicon import lexicon
from .edits import line_starts

# the `!` of an image's Markdown (![](…)) ends no sentence: the line is the lost photo's markup
# a question mark among an address's figures (163.30.?.?) stands for a masked figure, not a question
SENTENCE_END = re.compile(
    r"(?:[。！？!；;]|(?<![\d?]\.)\?(?!\.[\d?]))(?!(?<=!)\[)(?![\u3400-\u9fff]{0,2}$)|(?:[。！？!]|(?<![\d?]\.)\?)$"
)
COMMA = re.compile(r"[，、]|(?<!\d),|,(?!\d)")  # not a thousands separator (点阅次数：1,283)


SPACES = re.compile(r"\s+")
SENTENCE_MARK = re.compile("[。！？!?，,]")
LIST_BULLET = re.compile(r"^[-·•*]")  # a list's bullet before a line (- 索引号：…)
SUMMARY_BULLET = re.compile(r"^[·•・‧▪●]")  # a news page's summary point (• 土地工务局巡查…); not a list's dash
BAR_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}[|｜]\S")  # a block's last row of one cell: 信息名称 | …
WIDE_GAP = re.compile(r"[ \u3000]{2,}|\t")  # a run of spaces that sets a line's parts apart
TICKER_BREAKER = re.compile(r"[，,。；;：:]")  # a clause inside a part: prose, or a field
WORK_TITLE = re.compile("《[^《》]*》")  # a work's name in guillemets: one word, whatever marks it holds
CHANNEL_BREAK = re.compile(r"\s*[-|｜_/>»]\s*")  # a site's name and its channel: 临江资讯网 - 本地新闻
HAN_WORD = re.compile(f"[{HAN}]+")
NAME_SEPARATOR = re.compile(r"[\s、]+")  # between the names of a credit (（某某 某某）)
LEADING_MARKS = re.compile(r"^[^\w\s]+\s+")  # marks alone before a bar's first link, a space after them
MENU_CELL_BREAK = re.compile(r"\s*[|｜]\s*|[ \u3000]{2,}|\t")  # a menu bar's links: bars or runs of spaces
TIME_OF_DAY = re.compile(r"\d{1,2}[:：]\d{2}")
LABEL_END = re.compile(r"[:：]\s*$")  # a label whose value the next line holds (出席人员：)
FIELD_LABEL = re.compile(r"^\W*[\u3400-\u9fff]{2,6}\s*[:：]")  # 来源: at a line's start
FRAMED_LABEL = re.compile(r"^【[\u3400-\u9fff]{2,6}】$")  # a panel's caption alone in its frame: 【流转意见】
# a day and its clock time at a line's start, before what was done then (2025-03-05 09:12  收文登记)
STAMP_FIRST = re.compile(r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")
FIELD_VALUE = re.compile(r"^[^:：]{1,12}[:：](?P<value>.+)$")  # what a field line holds after its label
KEYWORD_BREAKER = re.compile(
    r"[。！？!?；;：:、]|[,，]\s*$"
)  # a clause's end, a colon or a list's 、; a comma at the end
# keywords of a spam mirror's bait (commas, bars or the bar-shaped radical 丨, which no word of prose
# stands beside), parts of a page's title bar (underscores)
KEYWORD_SEPARATOR = re.compile("[,，_|｜丨]")
# a two-character label spaced out to the width of the four-character labels beside it (来 源：, 作 者：)
SPACED_LABEL = re.compile(f"(?<![{HAN}])([{HAN}])[ \u3000]+([{HAN}])(?=[ \u3000]*[:：])")
PATH_SEPARATOR = re.compile(r"[>＞›»/|｜]+")  # a line that is only a breadcrumb's separator
CLOSING_MARKS = "）)，,。；;"  # a line opening with one goes on from the line above it
FRAMED_BUTTON = re.compile(r"[\[【][^\]】]{1,8}[\]】]")  # one button in its frame: [退出], 【打印】
BUTTON_FRAME = re.compile(r"[【】\[\]|｜\s]")  # what frames or parts the buttons of a row
# a source's name on a page's first line, spaces removed: words, one dot or bar between two of them at most
# (今日头条 · 某某观察, 某市消防救援支队 新闻稿)
SOURCE_NAME = re.compile(f"[{HAN}A-Za-z]+(?:[·・|｜][{HAN}A-Za-z]+)?")
CLAUSE_ENDS = "。；;"  # a line ending on one is a sentence, never a headline (which may end on ！)


class LineKind(str, Enum):
    BLANK = "blank"
    TITLE = "title"
    DATELINE = "dateline"
    METADATA = "metadata"
    CHROME = "chrome"
    CAPTION = "caption"
    HEADING = "heading"
    FIELD = "field"
    TABLE_ROW = "table_row"
    PROSE = "prose"


# The kinds as module names: an Enum member read off its class goes through EnumType's __getattr__
# hook in Python 3.11 (three to four times a module name's cost), and the document-shape passes
# compare every line's kind several times over
BLANK = LineKind.BLANK
TITLE = LineKind.TITLE
DATELINE = LineKind.DATELINE
METADATA = LineKind.METADATA
CHROME = LineKind.CHROME
CAPTION = LineKind.CAPTION
HEADING = LineKind.HEADING
FIELD = LineKind.FIELD
TABLE_ROW = LineKind.TABLE_ROW
PROSE = LineKind.PROSE

REMOVED = frozenset({METADATA, CHROME, CAPTION})


class Line(NamedTuple):
    kind: LineKind
    start: int  # offset of the line in the text
    end: int  # offset of its end (before the newline)
    keep: str | None  # what stays of it when that is not the line as it stands (a chrome line's date)


class Features(NamedTuple):
    text: str  # the line without surrounding spaces
    score: float  # chrome evidence minus prose evidence
    kind: LineKind  # the kind the line has on its own
    sentence_ends: int
    commas: int
    han: int
    labels: int  # chrome field labels (来源：, 浏览次数：)
    date: str | None  # the date (and time) it carries
    title: str | None  # the value of a title field
    # asked of every line by the document-shape passes, so read once per distinct line (cached)
    compact: str  # the line without spaces
    block_labelled: bool  # holds a metadata block's label (索引号：)
    page_marker: bool  # a PDF page's footer (— 第 1 页，共 2 页 —)
    openings: frozenset[str]  # the OPENINGS (line_kinds.toml patterns) that match at the line's start
    anchor: bool = False  # a line of the document's body (`is_anchor`)
    # the chrome inside the line (`inline_chrome` of `text`): read here for the line's evidence and again by
    # the boilerplate step, which cuts it from every kept line, so found once per distinct line
    inline: tuple[re.Match, str] | None = None


# Patterns a document-shape pass matches at the start of every line of a page, each in a loop of its
# own (a tail's opening, a related-articles header, a letter's subject, a comment thread's counter, a
# dashed list's lone dash):
# read once per distinct line with the line's other features, a pass asks the line's `openings` and
# matches again only a line that opens with one (for its groups). Each is matched against the line's text, or its compact form where
# the pass reads that. None matches an empty line.
OPENINGS = (
    "thread_start",
    "truncation_notice",
    "signature_divider",
    "end_rule",
    "related_header",
    "tail_list_header",
    "summary_date",
    "framed_heading",
    "barred_heading",
    "thread_counter",
    "lone_dash",
)
COMPACT_OPENINGS = ("letter_subject",)
NO_OPENINGS: frozenset[str] = frozenset()
MARKED_HEADINGS = ("framed_heading", "barred_heading")  # a heading's marks go, its words stay
RELATED_LIST_HEADERS = frozenset({"related_header", "tail_list_header"})  # what starts `mark_related_lists`' list

BLANK_LINE = Features("", 0.0, BLANK, 0, 0, 0, 0, None, None, "", False, False, NO_OPENINGS)


def classify_lines(text: str) -> list[LineKind]:
    """The kind of every line of `text` (`text.split("\\n")`, in order)."""
    return [line.kind for line in read_lines(text)]


@lru_cache(maxsize=8)  # the boilerplate and layout steps read the same text's lines
def read_lines(text: str) -> tuple[Line, ...]:
    raw = text.split("\n")
    starts = line_starts(raw)
    features = features_of(raw)
    shape = resources.line_kinds()
    headlines = glued_headlines(features, shape)
    for i, headline in headlines.items():  # read as the headline it is; the chrome goes with the line's keep
        features[i] = line_features(headline)
    if has_table_bars(text):  # a page without two bars holds no row of a table (most pages: no bar at all)
        keep_body_table_rows(features, shape)
    # the passes that look for a line's opening (a tail's, a related list's header, a summary's date)
    # ask the page first: most pages hold none of them, and those passes are skipped there
    opened = page_openings(features)
    kinds = [f.kind for f in features]
    keep: list[str | None] = [None] * len(raw)

    blocks = metadata_blocks(features, shape)
    for i in blocks:
        kinds[i] = METADATA
    first_line = next((i for i, f in enumerate(features) if f.kind != BLANK), None)
    if first_line is not None and (
        is_headline_ticker(features[first_line].text, shape)
        or (
            is_keyword_list(features[first_line].text, shape, over_a_headline(features, first_line, shape))
            or is_foreign_bait(features, first_line, shape)
            and first_line not in blocks  # a metadata block's row (索引号 | … | 主题分类 | …) is read as one
        )
        and not continued(features, first_line)  # a wrapped paragraph's first line goes on in the next
        and not heads_a_table(features, first_line)
    ):
        kinds[first_line] = CHROME
    mark_header_menus(features, kinds, blocks, shape)
    mark_header_word_lists(features, kinds, shape)
    mark_column_link_rows(features, kinds, shape)
    mark_user_bar(features, kinds)
    mark_file_wrapper(features, kinds, shape)
    file_record = mark_file_record(features, kinds, shape)
    mark_header_fields_between_chrome(features, kinds, shape)
    anchors = [
        i
        for i, f in enumerate(features)
        if f.anchor
        and i not in blocks
        and kinds[i] != CHROME
        and not (f.kind == FIELD and headline_over_publish_line(features, i, shape))  # most anchors: no field
    ]
    for i in anchors[:1]:  # a site's summary of the page: the opening it repeats, cut short, or its labelled box
        if repeats_what_follows(features, kinds, i, shape) or is_summary_box(features, kinds, i, shape):
            kinds[i] = CHROME
            anchors.remove(i)
    first_body = anchors[0] if anchors else len(raw)
    last_body = anchors[-1] if anchors else -1
    weak = shape["thresholds"]["weak"]
    for i, f in enumerate(
        features if anchors else ()
    ):  # weak evidence: beside chrome, or in a page's header and footer
        # away from a list of fields (a letter's 发文日期：/发文字号：/附件： under its name); a field line
        # only when its label is chrome (来源：, not 电子邮箱：); a form's line to fill in is the document's
        # whatever its labels (核查人：____ 日期：____ under the form's last row, `form_blank`)
        if (
            (kinds[i] == PROSE or kinds[i] == FIELD and f.labels)
            and f.score >= weak
            and not shape["form_blank"].search(f.text)
            and not signs_remark(features, i)
        ):
            beside = [features[j] for j in neighbours(features, i)]
            if (
                # a page mark is no evidence for its neighbours (a table row's number after the page break)
                any(n.kind == CHROME and not n.page_marker for n in beside)
                or (i < first_body or i > last_body)
                and not any(lists_content_fields(f, features[j], shape) for j in field_run(features, i))
            ):
                kinds[i] = CHROME
    mark_header_stub_fields(features, kinds, shape)
    if not opened.isdisjoint(RELATED_LIST_HEADERS):
        mark_related_lists(features, kinds)
    if "lone_dash" in opened:
        mark_dashed_list(features, kinds, shape)
    mark_image_captions(features, kinds, shape)
    # a side marker stays inside one line, so a page without one anywhere has no line to ask (most pages)
    if shape["side_marker"].search(text) is not None:
        mark_side_marked_captions(features, kinds, shape)
    if "thread_start" in opened:
        mark_tail(features, kinds, "thread_start")
    if "thread_counter" in opened:
        mark_comment_thread(features, kinds, shape)
    mark_thread_under_button(features, kinds, shape)
    mark_running_heads(features, kinds, first_body)
    if "truncation_notice" in opened:
        mark_tail(features, kinds, "truncation_notice")
    if "signature_divider" in opened:
        mark_tail(features, kinds, "signature_divider", shape["limits"]["signature_lines"])
    if "end_rule" in opened:
        mark_tail(features, kinds, "end_rule")
    mark_bullet_summary(features, kinds, shape)
    mark_latin_prose(features, kinds, shape)
    mark_chrome_sentence_rests(features, kinds)
    mark_end_credits(features, kinds, last_body, shape)
    mark_footer_menus(features, kinds, blocks, shape)
    mark_links_under_closing_stamp(features, kinds, shape)
    mark_footer_block(features, kinds, shape)
    mark_lines_between_chrome(features, kinds, last_body, shape)
    mark_stamped_notes(features, kinds)
    mark_processing_log(features, kinds, shape)
    mark_site_tail(features, kinds, shape)
    mark_page_tail(features, kinds, shape)
    mark_doubled_list(features, kinds, shape)
    mark_headlines_under_credit(features, kinds, shape)
    keep_contact_pointers(features, kinds, shape)  # after the tail's passes: what stands under it is the site's
    # after the tail's passes too: a footer took the list. A lead ends a line (`link_lead` is multiline), so a
    # page without one anywhere has no line to ask (most pages), unless a glued headline (a line's part) is read
    if headlines or shape["link_lead"].search(text) is not None:
        keep_links_under_lead(features, kinds, shape)
    keep_lines_inside_body_brackets(features, kinds)

    mark_title_trails(features, kinds, first_body, shape)
    mark_breadcrumb_steps(features, kinds, first_body, shape)
    mark_source_over_headline(features, kinds, first_body, shape)
    headline_under_controls = mark_interface_lines(features, kinds, first_body, shape)
    navigation = next(  # a menu or a breadcrumb; a publish line's date parts (2023-11-30|字体:) are none
        (
            i
            for i in range(first_body)
            if kinds[i] == CHROME and features[i].date is None and is_navigation(features[i].text, shape)
        ),
        0,
    )
    # a page's title stands under its menu: what stands above it is the site's name (梓江市交通运输局)
    title = named_title(features, kinds, first_body)
    if title is None:
        title = headline_under_controls
    if title is None:
        title = find_title(features, kinds, first_body, shape, navigation)
    if title is None and navigation:
        title = find_title(features, kinds, first_body, shape, 0)
    if title is not None:
        title = original_title(features, kinds, title, first_body, shape)
        under_tab = headline_under_tab_title(features, title, first_body, shape)
        if under_tab is not None:  # the line taken for the title was the browser tab's: the headline under it
            kinds[title], title = CHROME, under_tab
        kinds[title] = TITLE
        title_text = without_title_prefix(features[title].text, shape)
        if title_text != features[title].text:
            keep[title] = title_text
        repeats = []
        for i in range(title + 1, first_body):  # a repeated title goes (原标题：… too); subtitles are headings
            if kinds[i] in (PROSE, FIELD) and without_title_prefix(features[i].text, shape) == title_text:
                kinds[i] = CHROME
                repeats.append(i)
            elif kinds[i] == PROSE and (
                shape["channel"].match(features[i].text)  # 社会 above a repeat
                or shape["site_name"].match(features[i].text)  # the site's name under the headline: no subtitle
            ):
                kinds[i] = CHROME
            elif (
                kinds[i] == PROSE
                and not features[i].sentence_ends
                and not features[i].commas
                and features[i].han
                and len(features[i].text) <= shape["title"]["max_chars"]
                and not shape["salutation"].search(features[i].text)
            ):
                kinds[i] = HEADING
        if repeats:
            mark_channels_between_repeats(features, kinds, title, repeats[-1], shape)
        else:
            mark_lead_in_over_repeated_title(features, kinds, title, title_text, shape)
    # the first line of a site's metadata block standing above the title (named_title's 名称：… or
    # any other block): what stands above that block is the page's top, whichever step found the title
    first_block = min(blocks, default=title)
    # the page's chrome above the title (a skip link, a language bar): what stands above it is the site's top
    top_chrome = navigation
    if title is not None:
        top_chrome = next((i for i in range(title) if kinds[i] == CHROME and not features[i].date), navigation)
    for i in range(0, title if title is not None else first_body):  # a site's name and channel above the title
        if kinds[i] == PROSE and (
            shape["site_name"].match(features[i].text)
            or shape["channel"].match(features[i].text)
            or is_site_and_channel(features[i].text, shape)
            or i < max(navigation, top_chrome)
            and is_site_name(features[i], shape)  # whatever stands above the menu: the site's name
            or is_name_over_menu(features, kinds, i, shape)  # between a farm's bait rows and its menu
            or title is not None
            and first_block is not None
            and i < first_block < title
        ):
            kinds[i] = CHROME
    if title is not None:
        category = category_over_title(features, kinds, title, shape)
        if category is not None:
            kinds[category] = CHROME
        mark_menu_links(features, kinds, title, shape)
    if title is None:  # no title line: the one a metadata block names stays
        for i in range(first_body):
            if kinds[i] in (CHROME, METADATA) and features[i].title:
                kinds[i], keep[i] = METADATA, features[i].title
                break
    if title is not None:
        mark_header_cells(features, kinds, blocks, title, first_body, shape)
    mark_repeated_headlines(features, kinds, last_body, shape)  # after the title's own repeats
    keep_meeting_time_fields(features, kinds, shape)
    keep_dateline(features, kinds, keep, blocks | file_record, title, first_body, last_body)
    title_before_date(features, kinds, keep, blocks, shape)
    if title is not None:
        date_under_title(features, kinds, keep, blocks, title)
        number_under_title(features, kinds, keep, blocks, title, shape)
    forwarded_mails(features, kinds, keep, blocks, first_body, shape)
    if "letter_subject" in opened:
        keep_letter_header(features, kinds, keep, shape)
    mark_cover_note(features, kinds, keep, shape)
    for i, f in enumerate(features if "summary_date" in opened else ()):  # a summary with its date: the date apart
        found = shape["summary_date"].match(f.text) if "summary_date" in f.openings else None
        if found and kinds[i] == CAPTION and keep[i] is None:  # a photo's caption as the summary:
            if DATELINE not in kinds:  # its date is the page's dateline when no other line is
                keep[i] = found.group(1)
        elif found and kinds[i] == TITLE and keep[i] is None:  # the headline as the summary: the date under it
            keep[i] = f"{f.text[found.end() :]}\n{found.group(1)}"
        elif found and kinds[i] not in REMOVED and keep[i] is None:
            keep[i] = f"{found.group(1)}\n{f.text[found.end() :]}"
    for marked in (name for name in MARKED_HEADINGS if name in opened):  # framed by rules or opened by a bar
        for i, f in enumerate(features):
            heading = shape[marked].match(f.text) if marked in f.openings else None
            if heading and kinds[i] not in REMOVED and keep[i] is None:
                keep[i] = heading.group("heading")
    mark_wrapped_chrome(features, kinds, keep, shape)
    stamped = stamped_title(features, kinds, keep, first_body, shape)
    if stamped is not None:
        line, keep[line] = stamped
        kinds[line] = HEADING
    keep_bare_stamps(features, kinds, shape)
    keep_stamp_years(features, kinds, shape)
    keep_release_contacts(features, kinds, keep, shape)
    trim_glued_end_credit(features, kinds, keep, shape)
    for i, f in enumerate(features):  # chrome that is a site's `label：value` field
        if kinds[i] == CHROME and f.labels:
            kinds[i] = METADATA
    for i, headline in headlines.items():
        if kinds[i] not in REMOVED and keep[i] is None:
            keep[i] = headline
    ends = map(add, starts, map(len, raw))  # a line's end: its start and its length (starts has one more)
    return tuple(map(Line, kinds, starts, ends, keep))


def glued_headlines(features: list[Features], shape: dict) -> dict[int, str]:
    """The page's headline printed on one line with chrome, above the first line of the body: its
    buttons after it (某某通知 列印, …整备 打印 分享: a line that is chrome only by the button words at its
    end), or a web address before it (某某医院 http://example.net/某县…的通知: a content farm's spam glued
    to the title). What is left is the headline where it reads as one (`reads_as_headline`): the
    title detector's verdict wins over the chrome it is glued to. Line index → the headline."""
    first_body = next((i for i, f in enumerate(features) if f.anchor), len(features))
    found = {}
    for i in range(first_body):
        headline = headline_before_buttons(features[i], shape) or headline_after_address(features[i], shape)
        if headline is not None and reads_as_headline(headline, shape):
            found[i] = headline
    return found


def headline_before_buttons(f: Features, shape: dict) -> str | None:
    """What stands before the button words ending a chrome line (…的通知  打印  分享), if any."""
    trail = shape["button_trail"].search(f.text)
    if trail is None or f.kind != CHROME:
        return None
    return f.text[: trail.start()].rstrip()


def headline_after_address(f: Features, shape: dict) -> str | None:
    """What stands after the last web address on a line (某某医院 http://example.net/某县…的通知), if
    anything: an address never runs into Chinese, so the title glued to it starts where it ends."""
    addresses = list(shape["web_address"].finditer(f.text))
    if not addresses:
        return None
    return f.text[addresses[-1].end() :].strip() or None


def reads_as_headline(text: str, shape: dict) -> bool:
    """Whether a line's part, read alone, is of a headline's shape (`is_headline`): running text with no
    chrome of its own, no sentence's end, no comma, a title's length."""
    return is_headline(line_features(text), shape)


def metadata_blocks(features: list[Features], shape: dict) -> set[int]:
    """The lines of a government site's metadata blocks: a run of field lines (`label：value`, `|`
    rows) where two lines hold a block label (索引号、发布机构、文号 …); every line of the run goes
    (分类：…, 公开方式：… too)."""
    if not any(f.block_labelled for f in features):  # no line names a block label: most pages, no cell read
        return set()
    compact = [f.compact for f in features]
    labels = [block_label_cells(f, shape) for f in features]
    if sum(labels) < 2:  # no run can hold two block labels: most pages, read at no further cost
        return set()
    found: set[int] = set()
    run: list[int] = []
    first_line = next((i for i, f in enumerate(features) if f.kind != BLANK), None)
    for i, f in enumerate(features):
        if f.kind != BLANK and (
            is_block_field(f, compact[i], shape)
            or i == first_line
            and CUT_FIELD_ROW.match(compact[i]) is not None
            or bool(run)
            and continues_block(f, features[run[-1]], shape)
        ):
            if not run and is_headline_over_block(f, shape):
                continue  # the page's title over the block, no field of it
            run.append(i)
            continue
        found.update(block_run(run, compact, labels, shape))
        run = []
    found.update(block_run(run, compact, labels, shape))
    return found | stacked_block(features, compact, shape)


def stacked_block(features: list[Features], compact: list[str], shape: dict) -> set[int]:
    """A metadata block copied one cell a line, label over value (索引号 ⏎ 0029…/2019-135933 ⏎ 组配分类 ⏎
    部门文件 ⏎ 政策层级分类 ⏎ 县级政策 …): the label lines stand at every other line, so a label the lists
    do not name (信息分类, 政策层级分类, 文件编号) is read as one by its place between named ones, and each
    value goes with its label. A run is a block when most of its labels are named block labels, two at
    least, one of them a label only a site writes; a title field (信息名称) ends it, its value being the
    page's title line, which stays."""
    rows = [i for i, f in enumerate(features) if f.kind != BLANK]
    found: set[int] = set()
    k = 0
    while k < len(rows):
        pairs = stacked_pairs(features, compact, rows[k:], shape)
        named = [label for label, _ in pairs if shape["block_label"].match(compact[label])]
        if (
            len(named) >= 2
            and 2 * len(named) >= len(pairs)
            and any(shape["site_block_label"].match(compact[label]) for label in named)
        ):
            found.update(line for pair in pairs for line in pair)
        k += 2 * len(pairs) or 1
    return found


def stacked_pairs(features: list[Features], compact: list[str], rows: list[int], shape: dict) -> list[tuple[int, int]]:
    """The label-over-value pairs from the first of `rows` on: a label line of a few Chinese characters
    (`stacked_label`, its spaces aside: 来 源) that opens with a named block label at the first pair,
    over a value line with no sentence in it."""
    pairs: list[tuple[int, int]] = []
    for label, value in zip(rows[::2], rows[1::2], strict=False):  # a label left without its value ends the run
        if (
            not shape["stacked_label"].match(compact[label])
            or not pairs
            and not shape["block_label"].match(compact[label])
            or shape["title_label_line"].match(compact[label])
            or SENTENCE_MARK.search(compact[value])
            or len(compact[value]) > shape["limits"]["stacked_value_chars"]
        ):
            break
        pairs.append((label, value))
    return pairs


def continues_block(f: Features, above: Features, shape: dict) -> bool:
    """A line under a block's row (`above`, already in the run) that the copy wrote without colons: a
    page label, a space and its value (来源 某某镇), or under such a row a label whose value is empty
    (内容概述). Each reads as a short heading on its own, and the first was taken for the title."""
    if shape["spaced_label_row"].match(f.text):
        return True
    copied_without_colons = shape["spaced_block_cell"].match(above.text) or shape["spaced_label_row"].match(above.text)
    return bool(copied_without_colons) and shape["block_stub"].match(f.text) is not None


def is_headline_over_block(f: Features, shape: dict) -> bool:
    """Whether a line that would open a metadata block's run is the page's headline over the block,
    written as a news headline with a place and a colon before it (某镇：构建…防线): it holds no
    label (no block label, no chrome field label, no title field, no date), no cell, one colon only,
    and the words after its colon are a title's length on their own. A site's field over the block
    names a label (分类：…, 标题：…, 发布时间：…), carries a short value (体裁：通知) or shares its line
    with another field (a copy cut inside a block's first label: 号：…　信息分类：…)."""
    if f.labels or f.block_labelled or f.title or f.date or BAR_CELL.search(f.text):
        return False
    values = FIELD_COLON.split(f.text)[1:]
    return (
        len(values) == 1
        and is_headline_shaped(f, shape)
        and len(HAN_CHAR.findall(values[0])) >= shape["title"]["min_han"]
    )


BAR_CELL = re.compile("[|｜]")  # a `|` row's cell
FIELD_COLON = re.compile("[:：]")


# A copy that starts inside a block's first label (号:…　信息分类:… of 索引号:…): a row of two cells or
# more whose first label the selection cut to one character
CUT_FIELD_ROW = re.compile(f"^[{HAN}]{{1,8}}[:：][^:：。，,；;！？]+?[{HAN}]{{2,8}}[:：]")


def block_label_cells(f: Features, shape: dict) -> int:
    """How many block labels a line holds: one per `label：` cell (a block printed on one line,
    `公开方式：主动公开　公开范围：面向全社会`), one per label a row copied without colons opens its cells
    with (a row may mix both: `索引号 0072…　发布日期: 2019-03-26`), one for a line that names a label
    without a colon."""
    if not f.block_labelled:
        return 0
    return max(len(shape["block_label_cell"].findall(f.compact)) + len(spaced_block_cells(f.text, shape)), 1)


def spaced_block_cells(text: str, shape: dict) -> list[str]:
    """The cells of a block's row copied without colons, when the row opens with one
    (`索引号 0072…/2024-00123`, `组配分类 政府会议 发布机构 某某县人民政府`)."""
    if not shape["spaced_block_cell"].match(text):
        return []
    return shape["spaced_block_cell"].findall(text)


def block_run(run: list[int], compact: list[str], labels: list[int], shape: dict) -> list[int]:
    """`run` when it is a metadata block: two block labels, one of them only a site writes (a
    meeting's header, 时间：…　地点：…　主持：…, names none of them)."""
    if sum(labels[j] for j in run) >= 2 and any(shape["site_block_label"].search(compact[j]) for j in run):
        return run
    return []


def is_block_field(f: Features, compact: str, shape: dict) -> bool:
    """A field of a block: a `|` row, a `label：value` line, a label with an empty value
    (成文日期：); not the addressee line under it (各乡镇人民政府：). `compact`: the line without spaces."""
    if SENTENCE_MARK.search(compact):  # 、 and ； separate a field's values (城乡建设；安全生产)
        return False
    if shape["salutation"].search(compact):  # a line ending in a colon: a field only when labelled
        # (an addressee line is none; 名称：…　文号： ends in the empty value of a block's label), or when a
        # list's bullet sets it in a block printed as a list (- 时效：): no addressee line carries a bullet
        unbulleted = LIST_BULLET.sub("", compact)
        return bool(
            f.labels
            or shape["block_label"].match(unbulleted)
            or f.block_labelled
            and field_shaped(compact, shape)
            or unbulleted != compact
            and shape["empty_field"].match(unbulleted) is not None
        )
    return (
        f.kind in (TABLE_ROW, METADATA, CHROME)
        or field_shaped(compact, shape)
        or BAR_FIELD.match(compact) is not None
        or shape["bracket_field"].match(compact) is not None  # 【发文机关】某某局: a label in 【】
        or shape["spaced_block_cell"].match(f.text) is not None  # a row copied without colons (spaced_block_cells)
    )


def is_anchor(f: Features) -> bool:
    """A line of the document's body: running text, a heading, a field or a table row that no
    chrome evidence touches. Read once per distinct line, as `Features.anchor` (the document-shape
    passes ask it of every line)."""
    if f.score > 0:
        return False
    if f.kind == PROSE:  # running text: Chinese, with a sentence end, two commas or a paragraph's length
        if not f.han:  # a line without Chinese (a portal's English notice) is no Chinese document's text
            return False
        return f.sentence_ends > 0 or f.commas >= 2 or len(f.text) > resources.line_kinds()["limits"]["long_chars"]
    if f.kind == FIELD:  # 原标题：… opens a page, not its body
        return not resources.line_kinds()["title_prefix"].match(f.text)
    return f.kind in (HEADING, TABLE_ROW)


def is_summary_box(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> bool:
    """Whether line i, the page's first paragraph, is a site's summary box: its label opens it
    (【摘要】…, 摘要：…) and the site's furniture stands above it (a publish line, a menu). Under a bare
    title the labelled paragraph may be the document's own summary, and it stays."""
    return shape["summary_box"].match(features[i].text) is not None and any(kind == CHROME for kind in kinds[:i])


def repeats_what_follows(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> bool:
    """Whether line i is the text of the lines after it, cut short (a site's summary above the
    body: `各县市区安委会：根据…有关事` over the addressee line and the first paragraph; a share teaser,
    the document's title run into its addressee line, over the title and the addressee). An image's
    placeholder or caption between them (图片) is no part of the text the summary repeats; other chrome
    (a share bar between a paragraph and its copy) is, as before."""
    text = features[i].compact.rstrip("…．. ")
    if len(text) < shape["limits"]["summary_chars"]:
        return False
    following = ""
    for j in range(i + 1, len(features)):
        if kinds[j] == CAPTION:
            continue
        following += features[j].compact
        if len(following) >= len(text):
            break
    return following.startswith(text)


def field_run(features: list[Features], i: int) -> range:
    """The run of labelled lines (fields, or lines with a label) around line i, no blank line between
    them: a minutes' 时间：/地点：/主持：, a letter's 发文字号：/签发人：. A page copied without blank lines
    is one paragraph; a field of its body far above its footer lists nothing with the footer's 来源：."""
    start, end = i, i + 1
    while start > 0 and labelled(features[start - 1]):
        start -= 1
    while end < len(features) and labelled(features[end]):
        end += 1
    return range(start, end)


def labelled(f: Features) -> bool:
    return f.kind == FIELD or f.labels > 0


def neighbours(features: list[Features], i: int) -> list[int]:
    """The nearest non-blank lines before and after line i."""
    return [j for step in (-1, 1) if (j := nearest_line(features, i, step)) is not None]


def nearest_line(features: list[Features], i: int, step: int) -> int | None:
    """The nearest non-blank line before line i (`step` -1) or after it (1); None at the text's edge."""
    j = i + step
    while 0 <= j < len(features) and features[j].kind == BLANK:
        j += step
    return j if 0 <= j < len(features) else None


def mark_related_lists(features: list[Features], kinds: list[LineKind]) -> None:
    """A related-articles header and the short lines (headlines, bullets, dates) under it. A headline
    with an article's running text right under it is a page's own title over its lead, not a link:
    the list ends. A short line naming a list of articles by its head noun (新闻推荐, ▼往期推荐) with no
    full stop under it (the page's tail: the body has ended) heads one too; a headline that exclaims
    or a teaser cut short is an item."""
    shape = resources.line_kinds()
    in_list = after_date = False
    for i, f in enumerate(features):
        if f.kind == BLANK:
            continue
        if "related_header" in f.openings or heads_page_tail(features, i):
            kinds[i], in_list = CHROME, True
        elif in_list and not after_date and heads_running_text(features, i):
            in_list = False
        elif in_list and (
            after_date
            or not f.sentence_ends
            and shape["related_item"].match(f.text)
            or shape["bullet_headline"].match(f.text)  # ▶ 暑假将至，这份提醒请转给孩子！
            or shape["list_headline"].match(f.text)  # @所有渔民，休渔时间定了！
            or shape["list_teaser"].match(f.text)  # a teaser cut short under its headline (…提醒消费者...)
        ):
            kinds[i] = CHROME  # an item, or the summary under an item's date
        else:
            in_list = False
        after_date = in_list and f.date is not None and not f.sentence_ends


def mark_dashed_list(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A site's list of other stories parted by lone dashes under the body (`-` ⏎ a headline ⏎ its
    time ⏎ `-` ⏎ a headline): from a lone dash with a second one below it, no full stop under it and
    only short lines (`dashed_item_chars`) to the page's end, every line goes. One dash alone, or a
    paragraph below it, and every line stays."""
    dashes = [i for i, f in enumerate(features) if "lone_dash" in f.openings]
    if len(dashes) < 2:
        return
    below = [f for f in features[dashes[0] :] if f.kind != BLANK]
    if any("。" in f.text or len(f.text) > shape["limits"]["dashed_item_chars"] for f in below):
        return
    for i in range(dashes[0], len(features)):
        if features[i].kind != BLANK:
            kinds[i] = CHROME


def heads_page_tail(features: list[Features], i: int) -> bool:
    """Line i names a list of articles by its head noun (tail_list_header) and no line under it holds
    a full stop: the body has ended above it, so it is no subheading of the document."""
    return "tail_list_header" in features[i].openings and not any("。" in g.text for g in features[i + 1 :])


def heads_running_text(features: list[Features], i: int) -> bool:
    """Line i stands alone (a blank line above it) right over two paragraphs of running text: an
    article's opening, not the one-paragraph summary a related item can carry."""
    if i == 0 or features[i - 1].kind != BLANK:
        return False
    below = [f for f in features[i + 1 :] if f.kind != BLANK][:2]
    return len(below) == 2 and all(f.anchor and f.kind == PROSE and f.sentence_ends > 0 for f in below)


def mark_header_menus(features: list[Features], kinds: list[LineKind], blocks: set[int], shape: dict) -> None:
    """A bar of links above the first running text read as a table row (中文（繁体） | 中文（简体） | English;
    当前报章 2025年12月05日 星期五   今日导读 | 本报新闻): `is_menu_bar`. Its date, if any, stays as the
    dateline (keep_dateline)."""
    first_text = next((i for i, f in enumerate(features) if f.kind == PROSE and f.anchor), 0)
    for i in range(first_text):
        if is_menu_bar(features, kinds, i, blocks, shape) or is_stacked_link_bar(features, kinds, i, blocks, shape):
            kinds[i] = CHROME


def is_stacked_link_bar(features: list[Features], kinds: list[LineKind], i: int, blocks: set[int], shape: dict) -> bool:
    """One of several bars of links stacked above the first running text, every bar under its own name
    (热门：某彩票下载 | 某影视入口 ⏎ 推荐：某兼职日结 | 某论文代写): a content farm's bait rows, whose cells'
    count varies bar to bar. A table's rows are not each labelled: a table under a label (说明：单位|任务|时限
    ⏎ 县住建局|…) keeps its rows, and so does a lone labelled bar (`is_menu_bar` reads it by its chrome)."""
    if kinds[i] != TABLE_ROW or i in blocks:
        return False
    rows = stacked_rows(features, i)
    return len(rows) >= 2 and all(is_labelled_link_bar(features[j], shape) for j in rows)


def stacked_rows(features: list[Features], i: int) -> list[int]:
    """The table rows next to line `i` with no blank line between them, `i` among them."""
    start, end = i, i
    while start > 0 and features[start - 1].kind == TABLE_ROW:
        start -= 1
    while end + 1 < len(features) and features[end + 1].kind == TABLE_ROW:
        end += 1
    return list(range(start, end + 1))


def is_labelled_link_bar(f: Features, shape: dict) -> bool:
    """A bar of short links that holds no clause, under its own name (热门：…|…|…)."""
    bar = FIELD_LABEL.sub("", f.text, count=1)
    limit = shape["limits"]["menu_cell_chars"]
    cells = menu_cells(bar)
    return (
        bar != f.text
        and len(cells) >= 2
        and all(len(cell) <= limit and not TICKER_BREAKER.search(cell) for cell in cells)
    )


def mark_footer_menus(features: list[Features], kinds: list[LineKind], blocks: set[int], shape: dict) -> None:
    """A bar of links below the last running text read as a table row (今日新闻 | 新闻公报 | 政府新闻网 under
    the body's date): `is_menu_bar`, unless a cell holds a date or a body's name (县应急局 | 县住建局 |
    2025年5月8日, a signature laid out as a table) or the row is framed by bars (| 序号 | 单位 |, a table's
    head whose rows under it read as other kinds). Read after the body's span is set, which the bar, a
    table row, closed: a line between the body and the bar (完) is judged as before."""
    # the body's last running text, looked for from the page's foot up: the lines after it are few
    last_text = next(
        (i for i in range(len(features) - 1, -1, -1) if features[i].kind == PROSE and features[i].anchor), len(features)
    )
    for i in range(last_text + 1, len(features)):
        if (
            is_menu_bar(features, kinds, i, blocks, shape)
            and not features[i].date
            and not BAR_CELL.match(features[i].text)
            and not any(shape["body_name"].search(cell) for cell in menu_cells(features[i].text))
        ):
            kinds[i] = CHROME


def is_menu_bar(features: list[Features], kinds: list[LineKind], i: int, blocks: set[int], shape: dict) -> bool:
    """A table row outside a metadata block whose cells are all short and hold no clause, and no other
    row of bars beside it — a table's header row has its rows under it."""
    if kinds[i] != TABLE_ROW or i in blocks:
        return False
    if any(features[j].kind == TABLE_ROW for j in neighbours(features, i)):
        return False
    # a bar may open with its own name (热门：范文大全|工作总结|…) where it heads the page's other chrome (a
    # breadcrumb under it); a table's row under such a label (说明：单位|任务|时限) stands over the document
    bar = FIELD_LABEL.sub("", features[i].text, count=1)
    if bar != features[i].text and not any(features[j].kind == CHROME for j in neighbours(features, i)):
        return False
    limit = shape["limits"]["menu_cell_chars"]
    return all(len(cell) <= limit and not TICKER_BREAKER.search(cell) for cell in menu_cells(bar))


def menu_cells(bar: str) -> list[str]:
    """A bar's links: its parts between bars or runs of spaces that hold a word. A part of marks alone (the
    `:::` of a site's access key before its menu) is no link and no clause, nor is it part of the first link
    when one space parts them (`::: 回首页 | 网站导览`)."""
    return [cell for cell in MENU_CELL_BREAK.split(LEADING_MARKS.sub("", bar)) if any(c.isalnum() for c in cell)]


def mark_header_word_lists(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A site's menu copied as one line of many short words parted by single spaces (新闻 本港 国际
    财经 体育 …) among the page's first lines (under the site's slogan or greeting, which may read as
    running text): no sentence is a string of a dozen words without a mark. A line under a label that
    ends in a colon (出席人员：) lists that label's names and stays."""
    top = [i for i, f in enumerate(features) if f.kind != BLANK][: shape["limits"]["word_list_top_lines"]]
    for i in top:
        above = nearest_line(features, i, -1)
        if (
            kinds[i] == PROSE
            and shape["word_list"].match(features[i].text)
            and (above is None or not LABEL_END.search(features[above].text))
        ):
            kinds[i] = CHROME


def mark_header_stub_fields(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A site's fields above the body's first sentence that carry nothing of the document: a label
    left with no value (公布单位：, Last updated:) and a label whose whole value is a publish stamp
    (添加时间：2025-07-07 09:27, whose date `keep_dateline` keeps). A label alone goes where its value
    cannot be the line under it: a stamp, a field or another label alone stands there, or it stands
    under another label alone (a template's labels printed unfilled), or the page's removed chrome
    stands there (a portal's control over its help: 友善列印： ⏎ 请利用键盘按住Ctrl + P…). A label over the
    names or the text it introduces (出席人员： ⏎ 张某、李某, an addressee, 同志们：) and a field among the
    document's own (a minutes' 时间：/地点：) stay, and so does a label alone among a table's cells
    printed a cell a line (检查人员： ⏎ | ⏎ 受查单位： ⏎ |): a form's field left for the reader to fill."""
    first_sentence = next((i for i, f in enumerate(features) if f.sentence_ends and f.anchor), len(features))
    for i in range(first_sentence):
        f = features[i]
        if kinds[i] in REMOVED or f.kind == BLANK:
            continue
        if is_empty_label(f, shape) and not among_bar_cells(features, i):
            if any(
                is_empty_label(features[j], shape)
                or j > i
                and (is_stub_value(features[j]) or is_page_chrome(features, kinds, j))
                for j in neighbours(features, i)
            ):
                kinds[i] = CHROME
        elif is_labelled_stamp(f, shape) and not any(
            lists_content_fields(f, features[j], shape) for j in field_run(features, i) if j != i
        ):
            kinds[i] = CHROME


TABLE_BAR_START = ("|", "｜")  # a table copied a cell a line opens its cells' lines with a bar


def among_bar_cells(features: list[Features], i: int) -> bool:
    """Whether a line next to line i opens with a table's bar: line i is then a cell of a table copied a
    cell a line (| 检查人员： ⏎ | ⏎ 受查单位：), which a site's header fields never stand among."""
    return any(features[j].text.lstrip().startswith(TABLE_BAR_START) for j in neighbours(features, i))


def is_stub_value(f: Features) -> bool:
    """A line that cannot be a label's value standing under it: a date without a sentence (the value
    of a label alone above is a stamp) or a field with its own label."""
    return f.date is not None and not f.sentence_ends or f.kind == FIELD


def is_empty_label(f: Features, shape: dict) -> bool:
    """A label and its colon, nothing after them, and no address to people or an addressee."""
    return (
        shape["empty_label"].match(f.compact) is not None
        and not shape["address_words"].search(f.text)
        and not shape["addressee"].match(f.text)
    )


def is_labelled_stamp(f: Features, shape: dict) -> bool:
    """`label：` and a date with its time of day, nothing else (添加时间：2025-07-07 09:27): a site's
    stamp whatever its label says, written by a machine in digits. A field of the document dates in
    words (会议时间：2025年7月4日上午9:30)."""
    label = shape["field"].match(f.compact)
    return (
        label is not None
        and f.date is not None
        and TIME_OF_DAY.search(f.date) is not None
        and HAN_CHAR.search(f.date) is None
        and f.compact[label.end() - 1 :] == SPACES.sub("", f.date)
    )


def mark_image_captions(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A photo the copy lost, left as its file name (6ea4….jpg), and its caption: the short line
    right under it that ends no sentence (会议现场, 区党委委员、管委会副主任郭某)."""
    for i, f in enumerate(features):
        if not f.text or not shape["image_file"].match(f.text):
            continue
        kinds[i] = CAPTION
        below = next((j for j in neighbours(features, i) if j > i), None)
        if (
            below is not None
            and kinds[below] == PROSE
            and not features[below].sentence_ends
            and len(features[below].text) <= shape["limits"]["caption_chars"]
        ):
            kinds[below] = CAPTION


def mark_side_marked_captions(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A photo's caption that names who or what stands where by bracketed sides (某某（左）及某某（右）讲述…。,
    …外墙（左图），…搭配（右图）。某某提供): a line of its own, one sentence, at least two different sides
    (`side_marker`). It may end with 。 as prose does; a body sentence gives one side at most
    (车辆靠（左）行驶), and a paragraph runs longer or to more sentences."""
    for i, f in enumerate(features):
        if (
            kinds[i] == PROSE
            and f.sentence_ends <= 1
            and len(f.text) <= shape["limits"]["side_caption_chars"]
            and len({found.group("side") for found in shape["side_marker"].finditer(f.text)}) >= 2
        ):
            kinds[i] = CAPTION


def mark_latin_prose(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """Running prose in a Latin script (`latin_prose`: eight words or more, no Chinese) on a page whose
    body is Chinese is the page's: a machine translation printed beside the text, a mail's English
    notice. A page without a Chinese line of body text keeps it (the prose is then the document)."""
    if not any(f.anchor for f in features):  # an anchor of running text holds Chinese (is_anchor)
        return
    for i, f in enumerate(features):
        if not f.han and kinds[i] not in REMOVED and shape["latin_prose"].search(f.text):
            kinds[i] = CHROME


def mark_tail(features: list[Features], kinds: list[LineKind], opening: str, most: int | None = None) -> None:
    """The site's tail after the document: from the first line that opens with `opening` (one of
    OPENINGS, a line_kinds.toml pattern) to the page's end,
    every line is chrome — a thread's replies (a forum's floors, a chat's sign-up list:
    `thread_start`), a content farm's notice that it shows only the document's start (（未完，全文
    共1772字，当前显示432字）: `truncation_notice`) with its members' note, sign-up links and slogan,
    or a mail's signature under its `-- ` line (`signature_divider`: the sender's name, address and
    the mail's notice; at most `most` lines, as a signature is short), or a WeChat post's credits and
    links under its `— END —` (`end_rule`). The document must have ended
    before: the opening needs body text above it (no page opens with either)."""
    start = next((i for i, f in enumerate(features) if opening in f.openings), None)
    if start is None or not any(f.anchor for f in features[:start]):
        return
    if most is not None and sum(f.kind != BLANK for f in features[start + 1 :]) > most:
        return
    for i in range(start, len(features)):
        if kinds[i] != BLANK:
            kinds[i] = CHROME


def mark_comment_thread(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A site's comment thread under the document, read by its lines' shape: a counter line
    (`thread_counter`: 共 143 条评论, 留言 5) under the body, then to the page's end only readers' lines
    (`commenter_line`: 昵称：留言), replies' counters and short buttons (展开更多评论), two readers'
    lines at least, to the page's end or to the site's list under the thread (no full stop below it,
    as in `heads_page_tail`). A full stop below the readers' lines (the document goes on) leaves every
    line; the site's removed lines are passed over."""
    for start, f in enumerate(features):
        if "thread_counter" in f.openings and kinds[start] not in REMOVED:
            break
    else:
        return
    if not any(g.anchor for g in features[:start]):
        return  # the document must have ended above its thread
    below = [i for i in range(start + 1, len(features)) if features[i].kind != BLANK and kinds[i] not in REMOVED]
    readers = 0
    thread = [start]
    for i in below:
        if shape["commenter_line"].match(features[i].text):
            readers += 1
        elif not is_thread_button(features[i], shape):
            break
        thread.append(i)
    if readers < 2 or any("。" in features[i].text for i in below[len(thread) - 1 :]):
        return
    for i in thread:
        kinds[i] = CHROME


def mark_thread_under_button(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A thread that prints no counter: a public account's button (写留言), a short line the site's lines took
    already, over the run of readers' lines (`commenter_line`, each a remark with a clause mark in it, two at
    least) that ends the page, the site's own lines under it aside. A document's fields under its text (出席：某某,
    附件：…) are no remarks, and a sentence of the body above them is no button: they stay."""
    lines = [i for i in range(len(features)) if features[i].kind != BLANK]
    while lines and kinds[lines[-1]] in REMOVED and not shape["commenter_line"].match(features[lines[-1]].text):
        lines.pop()  # the site's lines under the thread
    run: list[int] = []
    while lines and shape["commenter_line"].match(features[lines[-1]].text):
        run.append(lines.pop())
    if len(run) < 2 or not lines or not any(f.anchor for f in features[: lines[-1]]):
        return
    buttons = thread_buttons(features, kinds, lines, shape)
    if not buttons:
        return
    if all(features[i].sentence_ends or features[i].commas for i in run):
        for i in (*buttons, *run):
            if kinds[i] not in REMOVED:
                kinds[i] = CHROME


def thread_buttons(features: list[Features], kinds: list[LineKind], lines: list[int], shape: dict) -> list[int]:
    """The button lines over a thread's remarks (`lines` ends on the line right above them): one short line
    the site's lines took already (写留言 in its counters' block), or up to `thread_buttons.max_lines` bare
    labels a line each (写留言 ⏎ 留言: no mark, no clause, at most `max_chars`) right under a line the site's
    lines took (阅读 1.3万  分享  赞 86). A body's heading or last sentence over remarks has no removed line
    over it and stays; empty when the lines above are no buttons."""
    limits = shape["limits"]["thread_buttons"]
    buttons: list[int] = []
    for i in reversed(lines):
        f = features[i]
        if f.sentence_ends or f.commas:
            return []
        if kinds[i] == CHROME:
            return buttons or [i]
        if len(buttons) == limits["max_lines"] or len(f.compact) > limits["max_chars"] or not f.compact.isalpha():
            return []
        buttons.insert(0, i)
    return []


def is_thread_button(f: Features, shape: dict) -> bool:
    """A reply's counter (2条回复) or a short button (展开更多评论) between a thread's readers' lines."""
    return "thread_counter" in f.openings or is_list_label(f, shape)


def mark_running_heads(features: list[Features], kinds: list[LineKind], first_body: int) -> None:
    """A PDF's running head: the headline-shaped line right under a page footer inside the body
    (— 第 1 页，共 2 页 —) whose characters all stand in the page's header (机电安全署通函第 3/2026 号).
    Not the title of a document the header's cover letter issues in 《》 (关于印发《…方案》的通知): that
    line opens the document under the letter. A running head is printed page after page: where two
    page breaks or more cut the body, a headline under one of them only is the document's own (a
    plan's title opening its page); a document's number or an issuer is furniture even once (a PDF
    may print its head atop one page only)."""
    shape = resources.line_kinds()
    header: str | None = None  # read only for a document with page footers
    breaks = 0
    heads: dict[str, list[int]] = {}  # a candidate's text: the lines it stands on
    for i, f in enumerate(features[first_body:], start=first_body):  # a page's end inside the body
        if not f.page_marker:
            continue
        below = next((j for j in neighbours(features, i) if j > i), None)
        if below is None:
            continue
        breaks += 1
        text = features[below].compact
        if header is None:
            header = "".join(features[i].compact for i in range(min(first_body, len(features))))
        if (
            features[below].han  # a headline, not a table row's number the page break left below the mark
            and not features[below].sentence_ends
            and not features[below].commas
            and features[below].kind == PROSE
            and len(text) <= shape["title"]["max_chars"]
            and set(text) <= set(header)
            and f"《{text}》" not in header
        ):
            heads.setdefault(text, []).append(below)
    for text, lines in heads.items():
        if breaks < 2 or len(lines) >= 2 or shape["not_title"].search(text):
            for i in lines:
                kinds[i] = CHROME


def mark_bullet_summary(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A news page's summary in bullets above its story (• 工务局巡查有棚架的工地。 • 人员记录受影响
    的楼宇。): a run of bulleted lines before the first paragraph whose words — pairs of Chinese
    characters — the story under it repeats. A list of the document's own tasks says what the text
    above it has not said, and stands under its opening paragraph."""
    run: list[int] = []
    for i, f in enumerate(features):
        if f.kind == BLANK or kinds[i] in REMOVED and not run:
            continue
        if SUMMARY_BULLET.match(f.text) and kinds[i] not in REMOVED:
            run.append(i)
        elif run or f.anchor:
            break
    if len(run) < shape["limits"]["summary_bullets"]:
        return
    story = "".join(f.compact for f in features[run[-1] + 1 :])
    pairs = {
        word[k : k + 2] for i in run for word in HAN_WORD.findall(features[i].compact) for k in range(len(word) - 1)
    }
    if pairs and sum(pair in story for pair in pairs) >= shape["limits"]["summary_overlap"] * len(pairs):
        for i in run:
            kinds[i] = CHROME


def mark_chrome_sentence_rests(features: list[Features], kinds: list[LineKind]) -> None:
    """The rest of a chrome sentence that a line of its own broke (…请浏览本局网站专题页( ⏎ http://… ⏎ ),或致电…
    查询。): a line opening with a closing mark goes on from the lines above it; where those lines, back to
    the one that opened the bracket, are all chrome, it is chrome too. A body sentence with an address
    in brackets (请登录平台（ ⏎ https://… ⏎ ）填报。) keeps its rest: its opening line is body."""
    for i, f in enumerate(features):
        if not f.text or f.text[0] not in CLOSING_MARKS or kinds[i] in REMOVED:
            continue
        j = i - 1
        while j >= 0 and (features[j].kind == BLANK or kinds[j] in REMOVED):
            if features[j].kind != BLANK and opens_a_bracket(features[j].text):
                kinds[i] = CHROME
                break
            j -= 1


def keep_contact_pointers(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A pointer elsewhere that gives a number to call (如想了解更多…，请浏览…专题网页( ⏎ https://… ⏎ ),或致电
    28717781查询。) is the document's own contact line, which stays (the settled convention), the rest of
    its sentence with it, the address in a bracket broken over lines included. A pointer that names only a
    site (欲了解详情，可登录县政府网站查阅。) stays chrome."""
    for i, f in enumerate(features):
        if kinds[i] != CHROME or not shape["more_info"].search(f.text):
            continue
        sentence = sentence_lines(features, i)
        if shape["call_number"].search("".join(features[j].text for j in sentence)):
            for j in sentence:
                kinds[j] = PROSE


def keep_links_under_lead(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A list of links that a body sentence introduces (…可浏览以下连结： ⏎ 《某某指引》(https://…) ⏎ 某某专题网
    ( https://… )) is the document's own references, which stay: the lines right under the sentence that give
    an address, blank lines between them, are its items, whatever pass took them for a footer or a related
    list. The sentence must be the body's (running text, not removed) and end in a colon (`link_lead`); the
    first line without an address ends the list (此页面有问题吗？ under it stays the site's). A list under a
    chrome label (相关链接：, 友情链接) has no body sentence over it and stays chrome, and so does an item
    that is the site's whatever stands over it (a copyright with the site's address: strong evidence)."""
    for i, f in enumerate(features):
        if kinds[i] not in (PROSE, HEADING) or not shape["link_lead"].search(f.text):
            continue
        for j in range(i + 1, len(features)):
            item = features[j]
            if item.kind == BLANK:
                continue
            if not shape["url"].search(item.text) or item.score >= shape["thresholds"]["chrome"]:
                break
            kinds[j] = PROSE


def sentence_lines(features: list[Features], i: int) -> range:
    """The lines of the sentence that opens on line i: a bracket left open at a line's end goes on in
    the next line (an address on a line of its own), and so does a next line that opens with a closing mark."""
    end, joined = i, features[i].text
    while end + 1 < len(features) and features[end + 1].text:
        following = features[end + 1].text
        if not (opens_a_bracket(joined) or following[0] in CLOSING_MARKS):
            break
        end, joined = end + 1, joined + following
    return range(i, end + 1)


def opens_a_bracket(text: str) -> bool:
    """Whether a line leaves a parenthesis open at its end (…专题网页(, （责任单位："""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


SENTENCE_BRACKETS = {"（": "）", "(": ")", "〔": "〕", "﹝": "﹞", "［": "］", "[": "]"}  # an opener and its closer
BRACKET_MARKS = frozenset(SENTENCE_BRACKETS) | frozenset(SENTENCE_BRACKETS.values())


def keep_lines_inside_body_brackets(features: list[Features], kinds: list[LineKind]) -> None:
    """A line between a body line that leaves a bracket open at its end and the line right under it that
    closes that bracket is inside the body's sentence, whatever its own evidence: a file's place on a site
    spelled out in the body's brackets (…可在局网站下载（位置：首页->通知公告-> ⏎ 政策文件->安全生产->某某
    通知 ⏎ 附件），逾期不再受理。) reads as a site's breadcrumb alone, but the sentence runs on through
    it. Only lines next to each other, a body line above (running text or a heading, not removed) and a
    kept line below; the middle line holds words and no bracket, the bracket is the one the line above left open
    last, and the line below closes it before it opens another."""
    for i in range(1, len(features) - 1):
        if kinds[i] not in REMOVED or kinds[i - 1] not in (PROSE, HEADING) or kinds[i + 1] in REMOVED:
            continue
        opened = last_open_bracket(features[i - 1].text)
        # a bare address alone there is a link's target, which goes as ever (请登录平台（ ⏎ https://… ⏎ ）填报。)
        if opened is None or not features[i].han or any(ch in BRACKET_MARKS for ch in features[i].text):
            continue
        below = features[i + 1].text
        closing = below.find(SENTENCE_BRACKETS[opened])
        if closing != -1 and not any(ch in BRACKET_MARKS for ch in below[:closing]):
            kinds[i] = PROSE


def last_open_bracket(text: str) -> str | None:
    """The bracket a line leaves open at its end, the innermost one (网站〔下载路径：… -> 〔), or None."""
    stack: list[str] = []
    for ch in text:
        if ch in SENTENCE_BRACKETS:
            stack.append(ch)
        elif stack and ch == SENTENCE_BRACKETS[stack[-1]]:
            stack.pop()
    return stack[-1] if stack else None


def mark_footer_block(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """The document's last lines, when they hold chrome and nothing of the body: contact lines,
    a feedback prompt, bulleted headlines, short lines and a line printed twice over (a site's
    channel links) among them go too (a date line, an issuer line and the document's own contact
    person, 联系人：…, end the block). Headlines (a site's related pages without their header, a
    feedback line) go only with a site's chrome (copyright, an address, a pointer elsewhere): under a
    PDF's last page mark a headline is the document's (（此件公开发布）); a dated line or a body's name
    (an issuer without its date) is the document's whatever follows, and so is a form's line to fill in
    (`form_blank`: 核查人：________, 负责人（签字）, a blank 年　月　日), whatever its score."""
    block: list[int] = []
    headlines: list[int] = []  # lines of the block that only their headline shape put there
    body_above = False  # the document ended above the block: a page of headlines alone is no footer
    for i in range(len(features) - 1, -1, -1):
        f = features[i]
        if shape["document_contact"].match(f.compact):  # the document's own contact person ends it,
            while block and is_contact_field(features[block[-1]], shape):  # with the numbers right under it
                block.pop()
            break
        if shape["form_blank"].search(f.text):  # a form's line to fill in (核查人：____, （盖章）, 年 月 日)
            body_above = True  # is the document's: the form ends it, as a contact person does
            break
        if (
            kinds[i] in (BLANK, CHROME, CAPTION)
            or is_contact_field(f, shape)
            or shape["site_question"].match(f.text)  # 此页面有问题吗？
            or shape["bullet_item"].match(f.text)  # older headlines under a bullet
            or chrome_evidence(f, shape) >= shape["thresholds"]["chrome"]  # 扫一扫，…下载APP。: chrome in sentences
            or speaks_of_the_site(f, kinds[i], shape)  # 所有资源均是用户自行上传分享，…请勿作他用。
            or lists_search_terms(f, shape)  # 相关搜索：安全月 实施方案 …: evidence only beside the site's
            or is_office_hours(f, shape)  # 上班时间：周一至周五 08:00-12:00: no evidence by itself
            or is_link_row(f, shape)  # 回上一页  回首页  友善列印: no evidence by itself
            or is_source_credit(f, shape)  # 资料来源：劳动暨青年发展处: no evidence by itself
            or (
                kinds[i] in (PROSE, FIELD)
                and not f.sentence_ends
                and not shape["not_title"].search(f.text)
                and (
                    f.score >= shape["thresholds"]["weak"]
                    or not f.han
                    or len(f.text) <= shape["limits"]["tiny_chars"]
                    or any(features[j].text == f.text for j in neighbours(features, i))  # a link bar's twin
                )
            )
        ):
            block.append(i)
        elif site_headline(features, kinds, i, shape):
            headlines.append(len(block))
            block.append(i)
        else:
            body_above = True
            break
    strong = [i for i in block if kinds[i] == CHROME and features[i].score >= shape["thresholds"]["chrome"]]
    # the site's own chrome (an address, a copyright, a pointer elsewhere), not a PDF's page mark or a rule
    site = [i for i in strong if not features[i].page_marker and not shape["rule"].search(features[i].text)]
    if headlines and not (body_above and site and site[0] < block[headlines[0]]):
        block = block[: headlines[0]]  # no site's chrome above them: the block ends under the first headline
        strong = [i for i in strong if i in block]
    if body_above and strong and all(is_button_row(features[i], shape) for i in strong):
        # only the page's buttons under it (【关闭窗口】): a contact right under the body is the document's own
        while block and (features[block[-1]].kind == BLANK or is_contact_field(features[block[-1]], shape)):
            block.pop()
    # a document site talking of itself on two lines (下载文档到电脑… ⏎ 还剩6页未读…) is the site's evidence too
    talking = [i for i in block if speaks_of_the_site(features[i], kinds[i], shape)]
    # a page mark is no evidence for the lines above it
    if any(not features[i].page_marker for i in strong) or len(talking) >= shape["limits"]["site_talk_lines"]:
        for i in block:
            if kinds[i] != BLANK:
                kinds[i] = CHROME


def speaks_of_the_site(f: Features, kind: LineKind, shape: dict) -> bool:
    """A line where a document-sharing site talks of itself under the file it offers, sentence or not:
    its words touch at least `site_topics_min` of the site's topics (line_kinds.toml [site_topics]: the
    site's stock of files, the file as a thing to get, the reader's account, rights, getting or reading
    it — 下载文档到电脑，查找使用更方便, 还剩6页未读，继续阅读, the site's paragraph on users' uploads and rights).
    A dated line, a body's name (an issuer), a document's closing part (附件：, 抄送：) or its contact
    person is the document's whatever it speaks of. A numbered line that ends a sentence is an item of
    the site's notice (下载提示 ⏎ 1. 本站不保证该用户上传的文档完整性…。), not a heading of the document."""
    topics = sum(1 for topic in shape["site_topics"] if topic.search(f.text))
    return (
        (kind in (PROSE, FIELD) or (kind == HEADING and f.sentence_ends > 0))
        and topics >= shape["limits"]["site_topics_min"]
        and f.date is None
        and not shape["body_name"].search(f.text)
        and not shape["document_end_label"].match(f.compact)
        and not shape["document_contact"].match(f.compact)
    )


def is_office_hours(f: Features, shape: dict) -> bool:
    """A field whose value is a timetable: a clock range (`clock_range`: 08:00-12:00) and no day, no
    sentence. A site's footer prints its office hours under its address, under any label (上班时间,
    为民服务时间); a meeting's time in the document carries its day."""
    return labelled(f) and f.date is None and not f.sentence_ends and shape["clock_range"].search(f.text) is not None


def is_source_credit(f: Features, shape: dict) -> bool:
    """A press release's credit of its source under the body: a 来源 label (资料来源, 新闻来源) over one
    body's name alone (`source_credit`, `body_name`). A portal prints it above its contact line; a
    sentence about sources goes on after its colon, and a fund's source (经费来源：县财政) names no office."""
    credit = shape["source_credit"].match(f.text)
    return credit is not None and shape["body_name"].search(credit["value"]) is not None


def is_link_row(f: Features, shape: dict, min_cells: int | None = None) -> bool:
    """A row of a page's links: several short words parted by bars or runs of spaces, no mark, clause or
    date among them (回上一页  回首页  友善列印  转寄好友, in whatever words the site has). A row of the
    document's parties (县应急局  县住建局  县消防大队) or of people's names is the document's."""
    cells = menu_cells(f.text)
    limits = shape["limits"]["link_row"]
    return (
        len(cells) >= (min_cells or limits["min_cells"])
        and f.date is None
        and short_words(cells, limits["max_cell_chars"])
        and not any(shape["body_name"].search(cell) for cell in cells)
        and not all(is_personal_name(cell) for cell in cells)
    )


def mark_links_under_closing_stamp(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A press release's page prints its links right under the release's closing stamp (香港时间18时05分 ⏎
    今日新闻 | 新闻公报, 今日新闻　　新闻公报目录): from the page's end up, rows of links of two cells at
    least (`is_link_row`, fewer cells than a row anywhere else needs) and the site's removed lines, up to a
    line that closes the document with its day or minute (`tail_item_not`'s stamp). A row of the
    document's parties or names stays (no link row), and so does a short row over any other last line."""
    rows: list[int] = []
    for i in range(len(features) - 1, -1, -1):
        f = features[i]
        if f.kind == BLANK or kinds[i] in REMOVED:
            continue
        if kinds[i] == PROSE and is_link_row(f, shape, shape["limits"]["link_row"]["under_stamp_min_cells"]):
            rows.append(i)
            continue
        if rows and shape["tail_item_not"].search(f.text):
            for row in rows:
                kinds[row] = CHROME
        return


def mark_column_link_rows(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A site's row of links to its sub-sites' pages of one column, wherever on the page it stands
    (`is_column_link_row`): no sentence of a document is a string of words that all end alike."""
    for i, f in enumerate(features):
        if kinds[i] == PROSE and is_column_link_row(f, shape):
            kinds[i] = CHROME


def is_column_link_row(f: Features, shape: dict) -> bool:
    """Several cells parted by spaces, no mark or date in them, each a different body (a town, a street
    office, a bureau) before the same column word that names no body (中枢街道信息公开 同乐街道信息公开
    板桥镇信息公开 …): a site's links to its members' pages. A row of the document's parties that end alike
    (县应急管理局 市应急管理局 …) shares a body's name and stays; so does a row of items that end alike but
    start with no body (一季度检查 二季度检查 …, 第一检查组 第二检查组 …)."""
    cells = f.text.split()
    limits = shape["limits"]["column_link_row"]
    if (
        f.date is not None
        or f.sentence_ends
        or len(cells) < limits["min_cells"]
        or len(set(cells)) < len(cells)
        or not short_words(cells, limits["max_cell_chars"])
    ):
        return False
    tail = shared_tail(cells)
    return (
        len(tail) >= limits["min_tail_chars"]
        and not shape["body_name"].search(tail)
        and all(shape["body_name"].search(cell[: -len(tail)]) for cell in cells)
    )


def short_words(cells: list[str], max_chars: int) -> bool:
    """Every cell a word of letters and digits alone, no longer than `max_chars`: a link's caption, no clause."""
    return all(len(cell) <= max_chars and cell.isalnum() for cell in cells)


def shared_tail(words: list[str]) -> str:
    """The longest ending every word has."""
    shortest = min(words, key=len)
    length = 0
    while length < len(shortest) and all(word[-length - 1] == shortest[-length - 1] for word in words):
        length += 1
    return shortest[len(shortest) - length :]


def lists_search_terms(f: Features, shape: dict) -> bool:
    """A labelled line whose value only lists short terms parted by spaces, none a clause (相关搜索：
    安全生产月活动方案 安全月 实施方案 企业): a site's tags or searches. The footer's walk passes over it;
    it is no evidence of the site by itself (a 主题词 line of an official document has the same shape),
    so the block goes only on the site's other evidence. A document's closing part (附件：, 抄送：) is
    the document's whatever it lists."""
    label = FIELD_LABEL.match(f.text)
    if label is None or f.sentence_ends or shape["document_end_label"].match(f.compact):
        return False  # 附件：1．提纲　2．一封信: the document's closing part lists its own items
    value = f.text[label.end() :]
    terms = value.split()
    limits = shape["limits"]["keyword_list"]
    return (
        len(terms) >= limits["min_parts_foreign"]
        and not KEYWORD_BREAKER.search(value)
        and all(len(term) <= limits["max_part_chars"] for term in terms)
    )


def is_button_row(f: Features, shape: dict) -> bool:
    """A line of the page's own buttons and nothing else (【打印本页】 【关闭窗口】, 返回顶部): chrome words in
    their frames. Under the body such lines say nothing of a site's footer (no copyright, no 主办)."""
    return not BUTTON_FRAME.sub("", shape["chrome_word"].sub("", f.text))


def mark_repeated_headlines(features: list[Features], kinds: list[LineKind], last_body: int, shape: dict) -> None:
    """A headline printed again right under itself, word for word (a site's template printing the
    headline twice, a channel's name between the copies: 劳工处：… / 社会 / 劳工处：…): the first copy
    stays, the later ones go, and the short lines between the copies with them (a channel's name, as
    between a title and its repeat). Only a headline's shape (no sentence's end, a title's length, no
    numbered heading, no issuer or document number). A copy further away stays: an issuer over a
    letter's body and under it as its signature, a plan's name over the plan under its cover letter;
    so does a line printed twice under the body's last line, which the footer's own chrome decides."""
    body = features[: last_body + 1]
    if not repeats_a_line(body):
        return
    earlier: set[str] = set()  # every line's compact text above line i: a copy needs its original there
    for i, f in enumerate(body):
        copied = f.compact in earlier
        earlier.add(f.compact)
        if not copied or kinds[i] in REMOVED or f.kind == BLANK:
            continue
        above = line_above_short_ones(features, kinds, i, shape)
        # the copy is compared first: a line equal to the one above is rare, a headline's shape costs five patterns
        if above is not None and features[above].compact == f.compact and is_headline_shaped(f, shape):
            for j in range(above + 1, i + 1):
                if features[j].kind != BLANK:
                    kinds[j] = CHROME


def repeats_a_line(features: list[Features]) -> bool:
    """Whether two non-blank lines have the same compact text: what a copy of a line needs (a blank line's
    compact text is empty, and a copy is compared with a non-blank line above it)."""
    compacts = [f.compact for f in features if f.kind != BLANK]
    return len(set(compacts)) < len(compacts)


def line_above_short_ones(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> int | None:
    """The nearest kept line above line `i` that is not a short label (a channel's name, 社会): blank
    lines, removed ones and lines of at most `tiny_chars` without a sentence's end are passed over."""
    for j in range(i - 1, -1, -1):
        f = features[j]
        if kinds[j] in REMOVED or f.kind == BLANK:
            continue
        if len(f.text) <= shape["limits"]["tiny_chars"] and not f.sentence_ends:
            continue
        return j
    return None


def is_headline_shaped(f: Features, shape: dict) -> bool:
    """A line that can be a page's headline: Chinese, no sentence's end, a title's length, not a
    numbered heading, an issuer, a document number or an addressee."""
    return (
        f.kind != BLANK
        and not f.sentence_ends
        and f.han >= shape["title"]["min_han"]
        and len(f.text) <= shape["title"]["max_chars"]
        and not shape["heading"].match(f.text)
        and not shape["not_title"].search(f.text)
        and not shape["salutation"].search(f.text)
    )


def mark_end_credits(features: list[Features], kinds: list[LineKind], last_body: int, shape: dict) -> None:
    """Under the body's last line, a line that is only a credit in brackets (（文/某某）, （某某某报道）,
    （某某某）) is the site's byline: ANNOTATION.md's "editor and reporter credits at the end". Above
    the body's end such a line may be the document's (a subtitle's （试行）, a list of names)."""
    for i in range(last_body + 1, len(features)):
        if kinds[i] in (PROSE, HEADING, FIELD) and is_end_credit(features[i].text, shape):
            kinds[i] = CHROME


def trim_glued_end_credit(features: list[Features], kinds: list[LineKind], keep: list[str | None], shape: dict) -> None:
    """The story's credit glued after the last sentence of the document's last line (…参加会议。（某某）):
    the line keeps its sentences and loses the credit, as `mark_end_credits` drops one on a line of its
    own. Read on the last line that stays only: above it, a bracket after a sentence is the document's."""
    last = next((i for i in reversed(range(len(features))) if kinds[i] not in REMOVED and kinds[i] != BLANK), None)
    if last is None or keep[last] is not None or kinds[last] not in (PROSE, FIELD):
        return
    found = shape["glued_end_credit"].search(features[last].text)
    if found and is_end_credit(found.group("credit"), shape):
        keep[last] = features[last].text[: found.start()].rstrip()


def mark_headlines_under_credit(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """Other stories' headlines printed without a label under a story that closes with its reporter's
    credit (…有效应变。（某某/台北报导） ⏎ 某地扬言上街头 ⏎ 【专题】某某首度松口：…): a run of at least two
    headline-shaped lines to the page's end, right under the credit (glued after the last sentence or
    on its own line, removed). A document's closing lines are none: a signature or an issuer, a date, an
    annex's label (`site_tail_line`); a story without a credit keeps what stands under it. A headline
    with its publish day glued after it (`dated_headline`: - 某地启动应急响应2024-06-03) is a link too,
    whatever its kind: its colon (某市：…) reads as a field's, its cry (快讯！…) as a sentence's end."""
    kept = [i for i, f in enumerate(features) if f.kind != BLANK and kinds[i] not in REMOVED]
    run: list[int] = []
    for i in reversed(kept):
        if shape["dated_headline"].match(features[i].text) or (
            kinds[i] in (PROSE, HEADING)
            and is_headline_shaped(features[i], shape)
            and site_tail_line(features[i], kinds[i], shape)
        ):
            run.insert(0, i)
        else:
            break
    if len(run) < 2 or len(run) == len(kept):
        return
    story_end = kept[len(kept) - len(run) - 1]
    glued = shape["glued_end_credit"].search(features[story_end].text)
    credited = (glued is not None and is_end_credit(glued.group("credit"), shape)) or any(
        kinds[j] in REMOVED and is_credit(features[j], shape) for j in range(story_end + 1, run[0])
    )
    if credited:
        for i in run:
            kinds[i] = CHROME


def is_credit(f: Features, shape: dict) -> bool:
    """A removed line that credits the story: a credit in brackets (`is_end_credit`) or a reporter's
    or editor's line of roles and names (`credit_line`: （记者 某某 通讯员 某某）, 责任编辑：某某)."""
    return is_end_credit(f.text, shape) or shape["credit_line"].search(f.compact) is not None


def is_end_credit(text: str, shape: dict) -> bool:
    """A credit in brackets (`end_credit`): with a role or 报道 any names; names alone only when
    every one is a person's name (（此页无正文）, （全文）, （明天） are none)."""
    found = shape["end_credit"].match(text)
    if found is None:
        return False
    if found.group("role") or found.group("suffix"):
        return True
    return all(is_personal_name(name) for name in NAME_SEPARATOR.split(found.group("names")))


def is_personal_name(word: str) -> bool:
    """A surname and one to three characters, not a dictionary word other than a name (jieba's nr)."""
    surnames = resources.name_cues()["surnames"]
    if not any(word.startswith(surname) and len(word) > len(surname) for surname in surnames):
        return False
    entry = lexicon().entry(word)
    return entry is None or entry[1].startswith("nr")


def mark_lines_between_chrome(features: list[Features], kinds: list[LineKind], last_body: int, shape: dict) -> None:
    """Under the document's last line of body text, lines that end no sentence with the page's chrome
    right above and right below them are the site's too (a link bar between 【打印本页】 and 主办：…; a
    footer of the site's address, switchboard and office hours between the share bar and the browser
    note), unless one of them can be the document's (`site_tail_line`: a dated line, a body's name, a
    closing part such as 附件：; its contact person, 联系人：…): a document's own closing lines stand
    together, not between the site's. A run of several lines holds fields (label：value), as a site's
    footer prints them, and lines whose own words score as chrome (本网站最佳浏览解析度…, read back as
    prose by an earlier pass); a line of other prose among them is no footer."""
    for run in runs_between_chrome(features, kinds, last_body, shape):
        if len(run) == 1 or all(kinds[i] == FIELD or features[i].score >= shape["thresholds"]["chrome"] for i in run):
            for i in run:
                kinds[i] = CHROME
    for run in runs_at_body_edge(features, kinds, last_body, shape):
        if len(run) == 1 or all(len(features[i].compact) <= shape["limits"]["tiny_chars"] for i in run):
            for i in run:
                kinds[i] = CHROME


def runs_at_body_edge(
    features: list[Features], kinds: list[LineKind], last_body: int, shape: dict
) -> Iterator[list[int]]:
    """Under the document's last line of running text still kept (a site's notice that reads as
    running text, 本站文章未经许可不得转载。, went before), the runs of lines that could be the site's
    (`could_be_site_line`) with the page's removed chrome on one side and, on the other, that last
    line of the body or the page's end: the site's prompt over its share widget (扫码阅读本文),
    a badge line over its footer fields or under them at the page's end, a comment box's labels
    under its share buttons. The body's last line and the page's end frame a run as the site's
    chrome does, but only with the site's chrome on its other side, and never a rule (a divider
    over a carried document's title, a list's lone dash): lines under the body with nothing of the
    site's under them are the document's closing (a signature, a cut last line). Every line of the
    run is words alone (`words_alone`)."""
    last_text = next(
        (
            i
            for i in range(last_body, -1, -1)
            if features[i].anchor and features[i].kind != FIELD and kinds[i] not in REMOVED
        ),
        None,
    )
    if last_text is None:  # no body line kept: what stands there is the document itself
        return
    body = "".join(features[i].compact for i in range(last_text + 1) if kinds[i] not in REMOVED)
    run: list[int] = []
    for i in range(last_text + 1, len(features) + 1):
        if i < len(features) and features[i].kind == BLANK:
            continue
        if i < len(features) and could_be_site_line(features[i], kinds[i], shape):
            run.append(i)
            continue
        if run:
            above, below = nearest_line(features, run[0], -1), i if i < len(features) else None
            chrome_above, chrome_below = (
                site_chrome(features, kinds, above, shape),
                site_chrome(features, kinds, below, shape),
            )
            if (
                (chrome_above or above == last_text)
                and (chrome_below or below is None)
                and (chrome_above or chrome_below)
                and all(words_alone(features[j], below is None, body, shape) for j in run)
            ):
                yield run
        run = []


NAME_CHARS = 3  # a person's name: a surname and one or two characters (a button's four words are none)


def site_chrome(features: list[Features], kinds: list[LineKind], i: int | None, shape: dict) -> bool:
    """Line i is removed as the site's chrome: not a page mark, not a rule (a divider is the document's too)."""
    return is_page_chrome(features, kinds, i) and i is not None and not shape["rule"].search(features[i].text)


def words_alone(f: Features, over_page_end: bool, body: str, shape: dict) -> bool:
    """A line of words alone, as a site's prompt or badge is: no number, bracket, clause or label with its
    value (`document_mark`), not names alone (a row of signers, 何某明  林某婷), not the body's words
    printed again (a headline under its story); a label alone ending the line only over the page's end,
    where it labels nothing."""
    return (
        not shape["document_mark"].search(f.text)
        and (over_page_end or not LABEL_END.search(f.text))
        and not all(len(word) <= NAME_CHARS and is_personal_name(word) for word in f.text.split())
        and f.compact not in body
    )


def mark_header_fields_between_chrome(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """Above the document's first sentence, a run of field lines (label：value, no sentence) with the
    page's removed chrome right above and right below it is the page's record of the file, not the
    document: an office system prints 文件标题：… ⏎ 文号：… ⏎ 密级：… ⏎ 拟稿人：… ⏎ 分送：… between its button
    bar and a rule, and the document (its own title, its own 文号) starts under the rule. A letter's own
    header fields (发文字号：, 签发人：) stand under its title or beside body lines, not framed by the
    site's chrome; a run of one or two fields there may be the page's publish line, and stays."""
    if removed_lines(kinds) < 2:  # no frame: a run's two ends are two removed lines
        return
    first_text = next(
        (i for i, f in enumerate(features) if f.anchor and f.sentence_ends and kinds[i] not in REMOVED), len(features)
    )
    run: list[int] = []
    for i in range(first_text + 1):
        if i < first_text and features[i].kind == BLANK:
            continue
        if i < first_text and kinds[i] == FIELD and not features[i].sentence_ends:
            run.append(i)
            continue
        if (
            len(run) >= shape["limits"]["header_field_run"]
            and is_page_chrome(features, kinds, i)
            and is_page_chrome(features, kinds, nearest_line(features, run[0], -1))
        ):
            for j in run:
                kinds[j] = CHROME
        run = []


def mark_stamped_notes(features: list[Features], kinds: list[LineKind]) -> None:
    """Under the document's date (its signature's or its imprint's), a run framed by the page's chrome
    that opens with a label alone (阅办意见：) and whose every other line carries a day and a clock time
    (后勤保障部 某某  2025-10-31 09:12  已阅。) is an office system's log of the file's readers: each
    reader's remark, stamped as the system stamps it. The document's own closing lines (出席：, 记录：,
    its 印发 line) stand above its date; a document's line stamped to the minute under it is the
    system's. Its remarks end sentences, which the footer passes take for the document's."""
    for run in framed_runs(features, kinds):
        opening = nearest_line(features, run[0], -1)
        above = nearest_line(features, opening, -1) if opening is not None else None
        if (
            len(run) >= 2
            and above is not None
            and kinds[above] == DATELINE
            and is_label_alone(features[run[0]])
            and all(is_clock_stamped(features[i]) for i in run[1:])
        ):
            for i in run:
                kinds[i] = CHROME


def signs_remark(features: list[Features], i: int) -> bool:
    """Line i signs the remark over it: a line stamped to the minute that ends no sentence (县政府办公室
    某某  2025-03-05 11:20) under a remark that ends one, itself under a label alone (拟办意见：). An office
    system's form prints each opinion so, a rule under its signer; the rule frames the opinion and tells
    nothing of its signer, who is the document's as the remark is."""
    remark = nearest_line(features, i, -1)
    if remark is None or not is_clock_stamped(features[i]) or features[i].sentence_ends:
        return False
    label = nearest_line(features, remark, -1)
    return label is not None and features[remark].sentence_ends > 0 and is_label_alone(features[label])


def mark_processing_log(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A run framed by the page's chrome whose lines, after a label alone (办理记录：) and the field lines
    over it (办理情况：办理中…), each open with a day and its clock time and end no sentence
    (2025-03-05 09:12  收文登记（秘书科 某某）) is an office system's log of how the file was handled: one
    step a line, stamped first as the system stamps it. A document's own dated lines put the stamp after
    the writer (a signer's line) or end a sentence; the label, the frame and the stamp first tell it."""
    for run in framed_runs(features, kinds):
        label = next((k for k, i in enumerate(run) if is_label_alone(features[i])), None)
        if label is None or not all(kinds[i] == FIELD for i in run[:label]):
            continue
        steps = run[label + 1 :]
        if len(steps) >= shape["limits"]["processing_log_steps"] and all(
            STAMP_FIRST.match(features[i].text) and not features[i].sentence_ends for i in steps
        ):
            for i in run:
                kinds[i] = CHROME


def is_label_alone(f: Features) -> bool:
    """A label with no value on its line: 阅办意见： (its value on the lines under it), or a panel's caption
    in its frame, 【流转意见】."""
    return bool(FIELD_LABEL.match(f.text) and LABEL_END.search(f.text)) or FRAMED_LABEL.match(f.compact) is not None


def framed_runs(features: list[Features], kinds: list[LineKind]) -> Iterator[list[int]]:
    """The runs of kept non-blank lines with the page's removed chrome (not a page mark) right above and
    right below them."""
    return runs_framed_by_chrome(features, kinds, range(len(features)), lambda i: kinds[i] not in REMOVED)


def runs_framed_by_chrome(
    features: list[Features], kinds: list[LineKind], lines: Iterable[int], belongs: Callable[[int], bool]
) -> Iterator[list[int]]:
    """The runs of consecutive non-blank lines among `lines` that `belongs` takes, with the page's removed
    chrome (not a page mark) right above and right below: the line that ends a run, and the nearest line
    over its first."""
    if removed_lines(kinds) < 2:  # the line over a run and the line that ends it: two removed lines
        return
    run: list[int] = []
    for i in lines:
        if features[i].kind == BLANK:
            continue
        if belongs(i):
            run.append(i)
            continue
        if (
            run
            and is_page_chrome(features, kinds, i)
            and is_page_chrome(features, kinds, nearest_line(features, run[0], -1))
        ):
            yield run
        run = []


def removed_lines(kinds: list[LineKind]) -> int:
    """How many lines the page's kinds remove so far, counted in C: a page with fewer than two holds no
    run framed by its chrome, and most pages hold none at all (a framed pass then reads no line)."""
    return kinds.count(CHROME) + kinds.count(METADATA) + kinds.count(CAPTION)


def is_clock_stamped(f: Features) -> bool:
    """A line that carries a day with its clock time (2025-10-31 09:12)."""
    return f.date is not None and TIME_OF_DAY.search(f.date) is not None


def runs_between_chrome(
    features: list[Features], kinds: list[LineKind], last_body: int, shape: dict
) -> Iterator[list[int]]:
    """The runs of consecutive non-blank lines under the document's last line of running text that
    could be the site's (`could_be_site_line`), with the page's removed chrome (not a page mark) right
    above and right below. A field counts as body (`is_anchor`), so the last body line may be the
    site's own footer field; the runs are read from the last body line that is not a field. A line
    next to a table's bar (| ⏎ 受查单位： ⏎ |: a form copied a cell a line, its empty cells' bars removed)
    is a cell of the document's table, never the site's (`among_bar_cells`)."""
    last_text = next(
        (i for i in range(last_body, -1, -1) if features[i].anchor and features[i].kind != FIELD), last_body
    )
    return runs_framed_by_chrome(
        features,
        kinds,
        range(last_text + 1, len(features)),
        lambda i: could_be_site_line(features[i], kinds[i], shape) and not among_bar_cells(features, i),
    )


def could_be_site_line(f: Features, kind: LineKind, shape: dict) -> bool:
    """A kept line that ends no sentence and that nothing marks as the document's own."""
    return (
        kind in (PROSE, FIELD)
        and not f.sentence_ends
        and site_tail_line(f, kind, shape)
        and not shape["document_contact"].match(f.compact)
    )


def is_page_chrome(features: list[Features], kinds: list[LineKind], i: int | None) -> bool:
    """Whether line i is removed as the page's chrome (a page mark is the document's paper, not a site)."""
    return i is not None and kinds[i] in REMOVED and not features[i].page_marker


def mark_site_tail(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """The site's tail under the document: from the site's copyright or disclaimer after the body
    (whatever its sentences say: 网友请谨慎发言！…Copyright ©…) to the page's end, when no line
    under it can be the document's and the body above it outweighs the tail. A site prints its
    contact lines, licences, sign-up prompts and other pages' headlines under its copyright, in any
    shape (客服QQ : 123, 某某口腔 欢迎预约, 1. 重磅！…): nothing of the document follows the site's
    copyright, so what stands under it is the site's unless it is running text (two sentence ends or
    more, or a sentence ending in 。), a dated line, a body's name (an issuer) or one of the document's closing parts (附件：,
    抄送：, 联系人：). `mark_footer_block` takes only lines that look like chrome themselves; this takes
    the lines of any look under the site's own end. A line of other strong chrome (an editor's
    credit, a share bar) opens the tail only where a kept line under it holds the site's web or mail
    address (邮箱：…@….com, 网址：http://…): a document's own lines may stand under a credit, but not
    among the site's addresses."""
    ends = []  # the lines under which every line can be the site's, lowest first
    addressed = False  # a kept line under the line holds a web or mail address
    for i in range(len(features) - 1, -1, -1):
        f = features[i]
        if f.kind == BLANK:
            continue
        if site_end(f, shape) or addressed and strong_chrome(f, kinds[i], shape):
            ends.append(i)
        elif (kinds[i] not in REMOVED or f.page_marker) and not site_tail_line(f, kinds[i], shape):
            break
        addressed = addressed or kinds[i] not in REMOVED and shape["url"].search(f.text) is not None
    start = next((i for i in reversed(ends) if outweighs_its_tail(features, kinds, i)), len(features))
    for i in range(start, len(features)):
        if kinds[i] != BLANK:
            kinds[i] = CHROME


def mark_page_tail(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """The page's tail by its lines' kind, whatever words they hold: under the document's last line, a
    run of lines that carry no sentence — a list's items under a bullet or a dash, a list's label alone,
    a headline that exclaims or asks, and other pages' headlines under such a label or item (`tail_items`)
    — with the site's chrome between them or none, to the page's end. A headline alone there may be the
    document's (a closing formula without its full stop, a signature's unit), so headlines go only in a
    list the run opens with its label or bullet (相关信息： ⏎ titles). One line alone, and a list under a
    label (注意事项： ⏎ • 不私拉电线 may be the document's), go only with the site's strong chrome (a
    copyright, a button row) in the run; one line alone also as a row of links parted by spaces."""
    items = tail_items(features, kinds, shape, headlines=True)
    if items and is_headline(features[items[-1]], shape):  # no label or bullet opens the list
        items = tail_items(features, kinds, shape, headlines=False)
    if not items:
        return
    site = any(strong_chrome(features[j], kinds[j], shape) for j in range(items[-1], len(features)))
    if (
        not site
        and not is_empty_tail_label(features, kinds, items)
        and (
            len(items) == 1
            and len(features[items[0]].text.split()) < 2  # a last line cut short (各地工作中)
            or features[items[-1]].text.endswith(("：", ":"))  # a label over the document's list (注意事项：)
        )
    ):
        return
    for i in items:
        kinds[i] = CHROME


def is_empty_tail_label(features: list[Features], kinds: list[LineKind], items: list[int]) -> bool:
    """A tail that is one label alone, nothing kept under it but the site's removed lines (关联稿件： ⏎ the
    site's removed lines to the page's end): it labels nothing, so it is a site's empty widget, not the head
    of the document's list (注意事项： ⏎ • 不私拉电线 has its items in the run; 附件： over a signature has the
    signature under it). Only on a site's page, where some line went as the site's (a publish stamp's label,
    a menu): a plain text's last label (a copy cut after 同志们： or 其他事项：) is the document's, cut short."""
    return (
        len(items) == 1
        and features[items[0]].text.endswith(("：", ":"))
        and any(f.kind != BLANK and kinds[j] in REMOVED for j, f in enumerate(features) if j != items[0])
    )


def mark_doubled_list(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A site's list of other stories under the body that prints each link twice, its text and its
    title (`1. 标题` ⏎ `标题` ⏎ `1小时前`): under the last line that ends a sentence, at least
    `doubled_items_min` lines that repeat the kept line right above them, a list's marker left out of
    both, are such a list. From the line over its first item — and the list's label over that, a short
    line (`1. 更多`) — to the page's end, every line goes: the items, their relative stamps, a last item
    cut short (a numbered item, which the body's anchors count). A document prints no line twice in a
    row; one doubled line alone is left to `mark_repeated_headlines` and the footer's chrome."""
    kept = [i for i, f in enumerate(features) if f.kind != BLANK and kinds[i] not in REMOVED]
    last_sentence = max((n for n, i in enumerate(kept) if features[i].sentence_ends), default=-1)
    kept = kept[last_sentence + 1 :]
    doubled = [n for n in range(1, len(kept)) if is_doubled_item(features[kept[n - 1]], features[kept[n]], shape)]
    if len(doubled) < shape["limits"]["doubled_items_min"]:
        return
    start = doubled[0] - 1
    if start > 0 and is_list_label(features[kept[start - 1]], shape):
        start -= 1
    for i in kept[start:]:
        kinds[i] = CHROME


def without_list_marker(f: Features, shape: dict) -> str:
    """A line's words without its list's marker (1. , 2、, a bullet) and without spaces."""
    return "".join(shape["list_marker"].sub("", f.text, count=1).split())


def is_doubled_item(above: Features, below: Features, shape: dict) -> bool:
    """Line `below` repeats line `above`, their list markers left out, and is a headline's length:
    a stamp or a label printed twice (1小时前) is no item."""
    return below.han >= shape["title"]["min_han"] and without_list_marker(above, shape) == without_list_marker(
        below, shape
    )


def is_list_label(f: Features, shape: dict) -> bool:
    """A list's label over its items: a short line without a sentence's end (1. 更多, 相关新闻)."""
    return not f.sentence_ends and len(without_list_marker(f, shape)) <= shape["limits"]["tiny_chars"]


def tail_items(features: list[Features], kinds: list[LineKind], shape: dict, headlines: bool) -> list[int]:
    """The tail's own lines, lowest first: from the page's end up, the lines `is_tail_item` takes, the
    site's removed lines passed over, up to the first other line (the document's last). None when no
    line of the document stands above them, when that line is a heading without a sentence (a section's
    last line under 三、监督及考核 is the document's) or a clause ending in a colon (注意事项： ⏎ • 不私拉电线:
    the lines it introduces are the document's list)."""
    items: list[int] = []
    for i in range(len(features) - 1, -1, -1):
        f = features[i]
        if f.kind == BLANK or kinds[i] in REMOVED and not f.page_marker:
            continue
        if not is_tail_item(f, kinds[i], shape, headlines):
            break
        items.append(i)
    else:
        return []  # no line of the body above
    if kinds[i] == HEADING and not features[i].sentence_ends or features[i].text.endswith(("：", ":")):
        return []
    return items


def is_tail_item(f: Features, kind: LineKind, shape: dict, headlines: bool) -> bool:
    """A line of a site's list after the document: an item under a bullet or a dash or a label alone
    (`tail_item`), a headline that exclaims or asks (`list_headline`), with `headlines` any headline
    (`is_headline`, not a clause that opens what it lists: 应注意下列事项：); never a line the document
    closes with (`site_tail_line`: a date, a body's name, 附件：, an imprint; `tail_item_not`: a stamp, a
    row of telephone numbers), a contact line, a note in brackets or a numbered item."""
    bulleted_headline = shape["bullet_headline"].match(f.text)  # its cry inside: ▶ 注意！这几种插座别用
    return (
        kind in (PROSE, FIELD)
        and (not f.sentence_ends or bool(bulleted_headline))
        and site_tail_line(f, kind, shape)
        and not is_contact_field(f, shape)
        and not shape["document_contact"].match(f.compact)
        and f.text[0] not in "（(【[《"
        and not shape["heading"].match(f.text)
        and not shape["tail_item_not"].search(f.text)
        and bool(
            shape["tail_item"].match(f.text)
            or shape["list_headline"].match(f.text)
            or bulleted_headline
            or headlines
            and is_headline(f, shape)
            and not f.text.endswith(("：", ":"))
        )
    )


def site_end(f: Features, shape: dict) -> bool:
    """The site's own end of a page: its copyright (版权所有, ICP备…, ©) or a disclaimer (decisive
    evidence: a line holding one scores as chrome, so no other line is searched for one)."""
    if shape["copyright"].search(f.text):
        return True
    return f.score >= shape["thresholds"]["chrome"] and shape["disclaimer"].search(f.text) is not None


def strong_chrome(f: Features, kind: LineKind, shape: dict) -> bool:
    """A line removed on strong evidence of its own (a credit, a share bar), not a page mark or a rule."""
    return (
        kind in REMOVED
        and f.score >= shape["thresholds"]["chrome"]
        and not f.page_marker
        and not shape["rule"].search(f.text)
    )


def site_tail_line(f: Features, kind: LineKind, shape: dict) -> bool:
    """Whether a line under the site's copyright can be the site's: no paragraph, no date, no
    body's name, no closing part of a document (附件：, the imprint 某某办公室 2025年6月2日印发)."""
    return (
        f.sentence_ends <= 1
        and not f.text.endswith("。")  # a sentence of running text: the site's lines end none
        and f.date is None
        and kind != DATELINE
        and not shape["body_name"].search(f.text)
        and not shape["not_title"].search(f.text)
        and not shape["document_end_label"].match(f.compact)
        and not shape["imprint_line"].match(f.compact)
    )


def outweighs_its_tail(features: list[Features], kinds: list[LineKind], start: int) -> bool:
    """Whether the body text above line `start` is longer than the text kept from there on: a page
    holds more of the document than of its tail (a copyright line atop the page has the body under it)."""
    body = sum(len(f.compact) for f in features[:start] if f.anchor)
    tail = sum(len(features[i].compact) for i in range(start, len(features)) if kinds[i] not in REMOVED)
    return body > tail


def site_headline(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> bool:
    """A headline that may be a site's in a page's footer (a related page, 欢迎监督): not dated, no
    body's name (an issuer), no note in brackets (（此件公开发布）), not right under a date line (what
    stands under the signature date is the document's)."""
    f = features[i]
    above = next((j for j in neighbours(features, i) if j < i), None)
    return (
        kinds[i] == PROSE
        and is_headline(f, shape)
        and not f.date
        and not shape["body_name"].search(f.text)
        and f.text[0] not in "（(【["
        and (above is None or kinds[above] != DATELINE)
    )


def chrome_evidence(f: Features, shape: dict) -> float:
    """A line's chrome score before its prose evidence (sentence ends, commas, length) is taken
    off: an app's instructions at a page's foot are written in sentences."""
    weights, limits = shape["weights"], shape["limits"]
    prose = f.sentence_ends * weights["sentence_end"] + min(f.commas, limits["commas_counted"]) * weights["comma"]
    return f.score - prose - (weights["long"] if prose_length(f.text, shape) > limits["long_chars"] else 0)


def lists_content_fields(f: Features, field: Features, shape: dict) -> bool:
    """Whether `field` makes the labelled line `f` beside it a field of the document (a letter's
    发文字号： beside its 签发人：): a field with no chrome label does, except a contact line beside a
    site's publish field (a press release's 发布日期：/发布单位： over its 联络人：… 电话：…: the contact
    line is the document's, the publish fields the site's)."""
    if field.kind != FIELD or field.score > 0:
        return False
    return not (shape["publish_field"].match(f.compact) and is_contact_field(field, shape))


def is_contact_field(f: Features, shape: dict) -> bool:
    """A contact field: its label says so (电话：, 地址：) or its value is a telephone or fax number
    (连络电话：03-8462860#311, 传真号码：…)."""
    return bool(shape["contact"].match(f.text) or shape["phone_value"].match(f.text))


def mark_header_cells(
    features: list[Features], kinds: list[LineKind], blocks: set[int], title: int, first_body: int, shape: dict
) -> None:
    """A law database's metadata printed as cells, one per line, between the title and the body
    (发布单位 / 某某委员会 / 发布文号 青安〔2024〕1号 / 发布日期 … / 备注): in a run of lines with no blank
    between them that holds two chrome lines, the short lines without punctuation are the block's
    labels and values; so are they where chrome makes most of the lines between the title and the
    body, blank lines between them (收藏 / 下载法规 / 我要纠错 / 条款摘要). A subtitle (——在…会议上的讲话)
    set off by blank lines under a title with one publish line is no cell. A run of cells is a
    metadata block (`blocks`): its date is the dateline only where the document has none of its own.
    A headline's second line under a title left open (`continued_headline`) is the headline's, no cell."""

    def chrome_lines(run: range) -> int:
        return sum(kinds[i] in (CHROME, METADATA) and features[i].score > 0 for i in run)

    zone = range(title + 1, first_body)
    title_goes_on = continued_headline(features, title, shape)
    table = False
    if chrome_lines(zone) * 2 > sum(features[i].kind != BLANK for i in zone) >= 4:
        runs = [zone]
    else:
        table = True  # runs of lines with no blank line between them
        runs, start = [], title + 1
        while start < first_body:
            end = start
            while end < first_body and features[end].kind != BLANK:
                end += 1
            runs.append(range(start, end))
            start = end + 1
    for run in runs:
        if chrome_lines(run) >= 2:
            cells = []
            for i in run:
                f = features[i]
                if (
                    kinds[i] in (PROSE, HEADING)
                    and i != title_goes_on
                    and not SENTENCE_MARK.search(f.text)
                    and len(f.text) <= shape["limits"]["cell_chars"]
                    and not f.text.startswith(("—", "-"))
                    and not shape["salutation"].search(f.text)
                    # the title's wrapped end (…检查的通知), not a cell's value (通知)
                    and not (shape["title_end"].search(f.text) and f.han >= shape["title"]["min_han"])
                    # nor its middle: a line that opens a book title and leaves it open (…关于印发 / 《…渔业船舶 /
                    # 安全生产…方案》的通知) goes on in the line after, as no cell's value does
                    and f.text.count("《") <= f.text.count("》")
                ):
                    kinds[i] = METADATA if table else CHROME
                    cells.append(i)
            # a date cell (发布日期 / 2024年06月27日 10:55:21) is the block's; a publish line with a
            # counter under it (来源：…2025-03-12 09:26 / 浏览量：1), no cell between, is no block
            if table and cells:
                for i in run:
                    if kinds[i] == DATELINE:
                        kinds[i] = METADATA
                blocks.update(i for i in run if kinds[i] in (CHROME, METADATA))


def continued_headline(features: list[Features], title: int, shape: dict) -> int | None:
    """The line that goes on in the title: the nearest line under a title left open on an appeal's
    addressee (某局吁各界人士 ⏎ 做好防风措施: `open_headline`), whatever the site prints around it (its
    counter and buttons, the photo's alt text repeating the headline's words); None for any other title."""
    if not shape["open_headline"].search(features[title].text):
        return None
    return nearest_line(features, title, 1)


def category_over_title(features: list[Features], kinds: list[LineKind], title: int, shape: dict) -> int | None:
    """The line of a site's category trail printed right above the title at the page's top (安全生产 ⏎
    关于…的通知, 活动方案 ⏎ 某某实施方案): a few Chinese characters alone (`category_trail`), no body's name
    (a letterhead 某某县应急管理局 or 某某县人民政府文件 stays), with only the site's removed lines above it,
    on a site's page: chrome above it, or the site's publish stamp under the title. A document's own
    label over its title (附件 ⏎ 某某清单, no site around it) stays."""
    line = nearest_line(features, title, -1)
    if line is None or kinds[line] != PROSE:
        return None
    text = features[line].text
    if not shape["category_trail"].match(text) or shape["body_name"].search(text) or shape["not_title"].search(text):
        return None
    above = [j for j in range(line) if features[j].kind != BLANK]
    if any(kinds[j] not in REMOVED for j in above):
        return None
    under = nearest_line(features, title, 1)
    site_page = bool(above) or under is not None and is_publish_stamp(features[under], shape)
    return line if site_page else None


def mark_menu_links(features: list[Features], kinds: list[LineKind], title: int, shape: dict) -> None:
    """A menu's links one a line above the title (政府信息 / 公开指南 / 政府信息 / 公开制度): three or more
    short lines without punctuation, one of them printed twice — a document's header repeats no
    line — are the site's, not the document's."""
    links = [
        i
        for i in range(title)
        if kinds[i] == PROSE
        and len(features[i].text) <= shape["limits"]["tiny_chars"]
        and not SENTENCE_MARK.search(features[i].text)
    ]
    texts = [features[i].text for i in links]
    if len(links) >= 3 and len(set(texts)) < len(texts):
        for i in links:
            kinds[i] = CHROME


def mark_title_trails(features: list[Features], kinds: list[LineKind], first_body: int, shape: dict) -> None:
    """A header line that is a few menu names and then the title the next line holds (某某中国 法规首页
    关于…的通知 over 关于…的通知): the site's trail to the page, ending at its title, is chrome; the
    title line under it stays."""
    limits = shape["title"]
    for i in range(min(first_body, len(features))):
        if kinds[i] != PROSE or features[i].sentence_ends:
            continue
        following = nearest_line(features, i, 1)
        if following is None:
            return
        title = features[following].text
        trail = features[i].text[: -len(title)].strip() if features[i].text.endswith(title) else ""
        if (
            trail
            and len(trail) <= shape["limits"]["trail_chars"]
            and len(HAN_CHAR.findall(title)) >= limits["min_han"]
            and not SENTENCE_MARK.search(trail)
        ):
            kinds[i] = CHROME


def mark_breadcrumb_steps(features: list[Features], kinds: list[LineKind], first_body: int, shape: dict) -> None:
    """A breadcrumb copied one step a line (首页 ⏎ > ⏎ 新闻公告 ⏎ > ⏎ the title): a short header line
    between two lines that are only a path's separator is a step of the path; the title under the
    last separator is none."""
    for i in range(min(first_body, len(features))):
        if kinds[i] != PROSE or len(features[i].text) > shape["limits"]["menu_cell_chars"]:
            continue
        if SENTENCE_MARK.search(features[i].text):
            continue
        around = neighbours(features, i)
        if (
            len(around) == 2
            and all(PATH_SEPARATOR.fullmatch(features[j].text) for j in around)
            and not heads_publish_stamp(features, i, shape)
        ):
            kinds[i] = CHROME


def heads_publish_stamp(features: list[Features], i: int, shape: dict) -> bool:
    """Whether line i is a headline over the page's publish stamp (发布时间：… 来源：…) with nothing but
    separators between (| ⏎ 某县召开…会 ⏎ | ⏎ 作者：… 发布时间：…): the page's title, which a
    separator above and below does not make a step of a path."""
    if not is_headline(features[i], shape):
        return False
    below = nearest_line(features, i, 1)
    while below is not None and PATH_SEPARATOR.fullmatch(features[below].text):
        below = nearest_line(features, below, 1)
    return (
        below is not None
        and features[below].date is not None
        and features[below].score >= shape["thresholds"]["chrome"]
    )


def named_title(features: list[Features], kinds: list[LineKind], first_body: int) -> int | None:
    """The header's line that repeats the title its metadata block names (名称：…): that line is the
    title, whatever short line (the site's or the office's name) stands above the block."""
    named = {features[i].title for i in range(first_body) if kinds[i] == METADATA and features[i].title}
    return next(
        (i for i in range(first_body) if kinds[i] in (PROSE, FIELD) and features[i].text in named),
        None,
    )


def keep_release_contacts(features: list[Features], kinds: list[LineKind], keep: list[str | None], shape: dict) -> None:
    """A release's publish line that goes (发布单位：劳动检查处　联络人：邱科长　电话：…) keeps the release's own
    contact person printed after its fields: the document's contact line never leaves with the site's."""
    for i, f in enumerate(features):
        if kinds[i] not in REMOVED or keep[i] is not None or not shape["publish_field"].match(f.compact):
            continue
        found = shape["release_contact"].search(f.text)
        if found:
            keep[i] = found.group()


def stamped_title(
    features: list[Features], kinds: list[LineKind], keep: list[str | None], first_body: int, shape: dict
) -> tuple[int, str] | None:
    """The header's chrome line that is the page's own <title>, its headline followed by the publish
    stamp a browser's tab shows (… (17:12) – 20250810 – 港闻): the stamp's time reads as chrome, but
    the headline is the page's title and stays; (line, headline)."""
    for i in range(min(first_body, len(features))):
        found = shape["stamped_title"].match(features[i].text)
        if not found or kinds[i] != CHROME or keep[i] is not None:
            continue
        headline = found.group("headline")
        if len(HAN_CHAR.findall(headline)) >= shape["title"]["min_han"] and not SENTENCE_END.search(headline):
            return i, headline
    return None


def find_title(
    features: list[Features], kinds: list[LineKind], first_body: int, shape: dict, start: int = 0
) -> int | None:
    """The first line of the header from `start` on that reads as a title: not chrome, a date,
    an issuer, a document number or a salutation; no sentence punctuation; a title's length."""
    limits = shape["title"]
    for i in range(start, min(first_body, len(features))):
        f = features[i]
        prefix = shape["title_prefix"].match(f.text)
        if (
            kinds[i] not in (PROSE, FIELD)
            or (kinds[i] == FIELD and not prefix and not headline_over_publish_line(features, i, shape))
            or f.sentence_ends
            or shape["site_name"].match(f.text)
            or shape["channel"].match(f.text)
            or is_site_and_channel(f.text, shape)
            or is_name_over_menu(features, kinds, i, shape)
        ):
            continue
        text = f.text[prefix.end() :] if prefix else f.text
        if (
            limits["min_han"] <= len(HAN_CHAR.findall(text))
            and len(text) <= limits["max_chars"]
            and not shape["not_title"].search(shape["number_suffix"].sub("", text))
            and not shape["salutation"].search(text)
            and text[-1] not in limits["open_ends"]
            and not (f.commas and continued(features, i))
        ):
            return i
    return None


def original_title(features: list[Features], kinds: list[LineKind], title: int, first_body: int, shape: dict) -> int:
    """The title line, where a repost prints the document's own title under its headline (【方案】…（全文）
    over 原标题：…的通知): the original is the title, the repost's reworded headline is the site's. A
    原标题 that repeats the headline leaves the headline the title (the repeat goes below). So does a
    headline-shaped line that rewords the headline in one place (某局发布关于…的通知 over 某局办公厅关于…的通知):
    the page's headline retells the document's own title, printed under it."""
    for i in range(title + 1, first_body):
        if kinds[i] in (PROSE, HEADING) and rewords_headline(features[title], features[i], shape):
            kinds[title] = CHROME
            return i
        if kinds[i] not in (PROSE, FIELD) or not shape["original_title"].match(features[i].compact):
            continue
        if without_title_prefix(features[i].text, shape) != without_title_prefix(features[title].text, shape):
            kinds[title] = CHROME
            return i
        break
    return title


def rewords_headline(headline: Features, line: Features, shape: dict) -> bool:
    """Whether `line` is the headline with one run in its middle said otherwise: both headline-shaped,
    sharing their opening and their end, which cover `share` of the longer (发布 for 办公厅). A line that
    shares only the opening or only the end (an issuer over its title, 通知 under another 通知) is another."""
    if line.compact == headline.compact or not is_headline_shaped(line, shape):
        return False
    a, b = headline.compact, line.compact
    shortest = min(len(a), len(b))
    opening = next((n for n in range(shortest) if a[n] != b[n]), shortest)
    end = next((n for n in range(shortest - opening) if a[-1 - n] != b[-1 - n]), shortest - opening)
    near = shape["limits"]["reworded_headline"]
    return min(opening, end) >= near["min_shared"] and opening + end >= near["share"] * max(len(a), len(b))


def mark_channels_between_repeats(
    features: list[Features], kinds: list[LineKind], title: int, last_repeat: int, shape: dict
) -> None:
    """A page that prints its title again under it prints its channel tags between the copies (民生 ⏎
    the title again ⏎ 民生事): a short line without punctuation there is the site's, not a subtitle —
    a subtitle is not printed again with its title."""
    for i in range(title + 1, last_repeat):
        f = features[i]
        if (
            kinds[i] in (PROSE, HEADING)
            and len(f.text) <= shape["limits"]["channel_chars"]
            and not SENTENCE_MARK.search(f.text)
        ):
            kinds[i] = CHROME


def mark_lead_in_over_repeated_title(
    features: list[Features], kinds: list[LineKind], title: int, title_text: str, shape: dict
) -> None:
    """A template site prints the title, its own paragraph about the page, then the title again over
    the document (标题 ⏎ 日期 ⏎ 本站为你精心整理了…，希望…。 ⏎ 标题 ⏎ 正文): the one paragraph between
    the two copies is the site's lead-in, not the document's first paragraph — a document states its
    title once before its body. Only a lone paragraph goes (the stamp and chrome under the title are
    passed over); two paragraphs before a repeat, or a repeat cut or reworded, leave the page as it is.
    The site fills the title whole into its stock sentence (为您带来了{title}，…); a news story's lead retells
    its headline in its own words, and the headline printed again under it is a photo's caption."""
    lines = [i for i in range(title + 1, len(features)) if kinds[i] not in (BLANK, CHROME, DATELINE, METADATA)]
    if len(lines) < 2:
        return
    lead_in, repeat = lines[0], lines[1]
    if (
        kinds[lead_in] in (PROSE, FIELD)  # 前言：本站为你精心整理了…
        and features[lead_in].sentence_ends
        and features[lead_in].date is None
        and title_text in features[lead_in].text
        and without_title_prefix(features[repeat].text, shape) == title_text
    ):
        kinds[lead_in] = CHROME


def without_title_prefix(text: str, shape: dict) -> str:
    """A title line without its prefix (原标题：, 【转载】)."""
    prefix = shape["title_prefix"].match(text)
    return text[prefix.end() :] if prefix else text


def continued(features: list[Features], i: int) -> bool:
    """Whether running text follows line i directly (no blank line): a line with a comma there is
    the first line of a hard-wrapped paragraph, not a title."""
    return i + 1 < len(features) and features[i + 1].kind == PROSE


def keep_dateline(
    features: list[Features],
    kinds: list[LineKind],
    keep: list[str | None],
    blocks: set[int],
    title: int | None,
    first_body: int,
    last_body: int,
) -> None:
    """One dateline: the first publish line of the header (发布时间：…, a date opening a line of
    chrome); failing that, a dated publish line of the footer, when the page keeps no dated line
    of its own; failing that, the date of the header's metadata block. A page that opens with running text (a cookie notice) has its publish line under the
    title. A document viewer's upload date (beside 格式：, 页数：) is not the document's; a metadata
    block's date or a footer's is not kept beside the document's own signature date."""
    shape = resources.line_kinds()
    dated = [
        i
        for i, f in enumerate(features)
        if kinds[i] in REMOVED
        and f.date
        and f.kind != CAPTION  # a photo's date, not the page's
        and not any(shape["file_fields"].search(f.text) for f in features[max(0, i - 2) : i + 3])
    ]
    # the header ends at the first running text: a headline read as a field (北京：严查…) does not end
    # it, a letter's field that holds sentences (主旨：为防范…。) does
    first_prose = next(
        (i for i, f in enumerate(features) if (f.kind == PROSE or f.sentence_ends) and f.anchor and i not in blocks),
        first_body,
    )
    header = (
        [i for i in dated if i < max(first_body, first_prose)]
        or [
            i
            for i in dated
            if i < last_body
            and (under_a_title(features, kinds, i, shape) or under_the_first_line(features, kinds, i, shape))
        ]
        or publish_lines_before_first_sentence(features, dated, shape)
    )
    # a publish line with the page's view counter (浏览次数：494) is the site's, not a field of the
    # metadata block it stands over: its date is the page's dateline, as a publish line's is (chrome60)
    publish = [i for i in header if i not in blocks or shape["counter"].search(features[i].text)]
    header = published_first(features, header, blocks, shape)
    footer = [i for i in dated if i > last_body and has_date_label(features[i].text, shape)]
    if footer and keeps_a_date(features, kinds, shape):  # asked only of a page with a dated footer
        footer = []
    # a site's metadata block dates the page, not the document: beside the document's own date it
    # goes (an e-mail's sending time stays: the mail is the document)
    if signed(features, kinds, first_body) and not any(shape["mail_header"].match(features[i].text) for i in blocks):
        footer, header = [], []
    # a page that prints its publish line above the title and again under it keeps the one under it:
    # a dateline stands under its title
    if title is not None and publish and publish[0] < title:
        repeated = [i for i in publish if i > title and features[i].date == features[publish[0]].date]
        publish = repeated or publish
    for i in publish[:1] or footer[:1] or header[:1]:
        i = stamp_over_window(features, i, publish + header, shape)
        kinds[i], keep[i] = DATELINE, numbered_date(features[i], shape)


def stamp_over_window(features: list[Features], chosen: int, dated: list[int], shape: dict) -> int:
    """The dateline among the header's dated lines: a notice board's posting window (2024-03-13 09:00~2024-03-20
    09:00) dates when the notice stays up, not when it was published; a single stamp beside it (更新时间：2024-03-13
    09:02:24) is the page's. A window alone stays the dateline (its first day)."""
    if not shape["posting_window"].search(features[chosen].text):
        return chosen
    return next((i for i in dated if not shape["posting_window"].search(features[i].text)), chosen)


def published_first(features: list[Features], header: list[int], blocks: set[int], shape: dict) -> list[int]:
    """A metadata block that dates the page twice (成文日期：2023-6-21 … 发布日期：2023-06-21) keeps its
    publish field's day as the dateline, written as the field writes it: the site's day of publishing is
    the page's, the other field (the writing day, a validity day) is the document's record. Other lines
    keep their order."""
    published = [
        i for i in header if i in blocks and shape["block_publish_date"].search(with_labels_closed(features[i].text))
    ]
    return published + [i for i in header if i not in published]


def keep_meeting_time_fields(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A meeting's time field read as a publish line (时间：2025年7月3日（星期四）14:30 scores as a labelled
    stamp) stays whole where the meeting's place or chair stands right under it (地点：…, 主持：…): the
    minutes' own head, whose day dates them. A single moment, not a span (dated_time_span keeps a span)."""
    for i, f in enumerate(features):
        if kinds[i] not in REMOVED or not f.date or not shape["meeting_time_label"].match(with_labels_closed(f.text)):
            continue
        below = nearest_line(features, i, 1)
        if (
            below is not None
            and kinds[below] not in REMOVED
            and shape["meeting_head_field"].match(features[below].text)
        ):
            kinds[i] = FIELD


def keep_bare_stamps(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A date left on a line of its own stays, though it scores as chrome (digits, no word): a
    publish stamp's time (`00:00`, `05-31 23:14`) under the title or under the line that holds the
    stamp's date, and a signature date typed as digits (`2024123`) under the issuer's name. The
    dateline stays with its chrome gone (ANNOTATION.md); a time under running text is not one."""
    for i, f in enumerate(features):
        if kinds[i] != CHROME or f.labels:
            continue
        above = nearest_line(features, i, -1)
        if above is None or kinds[above] in REMOVED:
            continue
        over = features[above]
        if shape["bare_stamp"].match(f.text):
            stamped = kinds[above] in (TITLE, DATELINE) or over.date is not None and not over.sentence_ends
        else:  # the issuer: a name, no sentence, no clause
            stamped = bool(
                shape["digit_date"].match(f.text) and over.han and not over.sentence_ends and not over.commas
            )
        if stamped:
            kinds[i] = DATELINE


def keep_stamp_years(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A year alone on its line right over a dateline that gives no year (`2024` ⏎ `07-25` ⏎ `09:52`): the
    stamp broken over lines, and its year stays with it (it scores as chrome, digits and no word)."""
    for i, f in enumerate(features):
        if kinds[i] != CHROME or not shape["stamp_year"].match(f.text):
            continue
        below = nearest_line(features, i, 1)
        if below is not None and kinds[below] == DATELINE and not STAMP_YEAR.search(features[below].date or ""):
            kinds[i] = DATELINE


STAMP_YEAR = re.compile(r"(?:19|20)\d{2}")  # a year written in a stamp's digits


def publish_lines_before_first_sentence(features: list[Features], dated: list[int], shape: dict) -> list[int]:
    """Dated chrome lines with a publish label (发布时间：… | 来源：…) above the body's first sentence: the
    page's publish line even when the lines above it read as running text (a spam mirror's bait
    keywords parted by commas, a headline with a comma): no sentence of the body stands before it."""
    first_sentence = next((i for i, f in enumerate(features) if f.sentence_ends and f.anchor), len(features))
    return [i for i in dated if i < first_sentence and has_date_label(features[i].text, shape)]


def keeps_a_date(features: list[Features], kinds: list[LineKind], shape: dict) -> bool:
    """Whether the page keeps a dated line of its own (a dateline, a kept line with a date label):
    a footer's date (更新日期：…) dates only a page that keeps none."""
    return any(
        kinds[i] == DATELINE or kinds[i] not in REMOVED and f.date and has_date_label(f.text, shape)
        for i, f in enumerate(features)
    )


def numbered_date(f: Features, shape: dict) -> str | None:
    """What a dateline keeps of its chrome line: the date, with the document number when the line
    opens with one (梓安委〔2024〕31号　　印发日期：2024-11-27): the number is the document's, not the site's."""
    first_part = WIDE_GAP.split(f.text, maxsplit=1)[0].strip()
    if f.date and first_part != f.text and shape["document_number"].match(first_part):
        return f"{first_part}\n{f.date}"
    return f.date


def signed(features: list[Features], kinds: list[LineKind], first_body: int) -> bool:
    """Whether the document dates itself: a line that is only a date under its body text (the
    signature date under the issuer). Its own date is the document's; a site's publish line or
    metadata block then keeps none."""
    return any(kinds[i] == DATELINE and features[i].kind == DATELINE for i in range(first_body + 1, len(features)))


def title_before_date(
    features: list[Features], kinds: list[LineKind], keep: list[str | None], blocks: set[int], shape: dict
) -> None:
    """An e-mail header that keeps both the subject (主题：…) and the dateline (发送时间：…) keeps
    them in a page's order, the title first, whatever order the mail client wrote."""
    dateline = next((i for i in sorted(blocks) if kinds[i] == DATELINE), None)
    titled = next((i for i in sorted(blocks) if kinds[i] == METADATA and keep[i]), None)
    if (
        dateline is not None
        and titled is not None
        and dateline < titled
        and set(range(dateline, titled)) <= blocks
        and shape["mail_header"].match(features[dateline].text)
    ):
        kinds[dateline], kinds[titled] = kinds[titled], kinds[dateline]
        keep[dateline], keep[titled] = keep[titled], keep[dateline]


def forwarded_mails(
    features: list[Features],
    kinds: list[LineKind],
    keep: list[str | None],
    blocks: set[int],
    first_body: int,
    shape: dict,
) -> None:
    """A mail forwarded inside the body (-----原始邮件----- and its header with its sending time):
    its header goes, sending time, sender and recipients (the settled convention, conv63: the golds
    drop the quoted header 15 to 4); the letter it quotes is the text, with its own title and date.
    Its subject stays as the letter's title only where the letter prints none of its own (a 函 that
    opens on its addressee). The forwarding mail's own header above the note is not this step's."""
    for run in consecutive_runs(sorted(i for i in blocks if i > first_body)):
        if not any(shape["mail_header"].match(features[i].text) for i in run):
            continue
        subject = next((features[i].title for i in run if features[i].title), None)
        sent = any(shape["mail_header"].match(features[i].text) and features[i].date for i in run)
        if sent and subject and not prints_subject(features, run[-1] + 1, subject, shape):
            kinds[run[0]], keep[run[0]] = METADATA, subject


def prints_subject(features: list[Features], start: int, subject: str, shape: dict) -> bool:
    """Whether the text from `start` prints a mail's subject again as a title (a line that is no
    sentence and opens with the subject's first characters or ends its title): the quoted letter's
    own title, or its document number where the subject is that number."""
    opening_words = subject.replace(" ", "")[: shape["limits"]["subject_opening_chars"]]
    return any(
        not f.sentence_ends and (f.compact.startswith(opening_words) or ends_subject_title(f.compact, subject, shape))
        for f in features[start:]
    )


OPEN_CELL = re.compile(r"^[|｜](?!.*[|｜]\s*$)")  # a table row the wrap cut before its closing bar
CLOSING_CELL = re.compile(r"^[^|｜]+[|｜]$")  # the rest of it: 防安全委员会办公室 |
OPEN_LABEL = re.compile(f"[{HAN}]{{1,8}}[:：]$")  # a label whose value the wrap put on the next line


def mark_wrapped_chrome(features: list[Features], kinds: list[LineKind], keep: list[str | None], shape: dict) -> None:
    """What a narrow wrap (a phone's copy) carried onto the next line of a chrome line goes with it:
    the rest of a metadata cell (| 文号 | 青应急办〔2 ⏎ 025〕7号 |) and the value of a label the line
    ends with (来源： ⏎ 区消防救援大队  阅读：). Not a title a title label opens (标题： ⏎ …), nor a
    sentence, nor a document's number or issuer under a label left empty (点击: ⏎ 青安委〔2023〕11号)."""
    body = (PROSE, HEADING, FIELD, TABLE_ROW)
    for i in range(1, len(features)):
        before, line = features[i - 1], features[i]
        removed = kinds[i - 1] in REMOVED or kinds[i - 1] == DATELINE and keep[i - 1] is not None
        if not removed or kinds[i] not in body or line.sentence_ends or line.commas:
            continue
        if len(line.text) > shape["limits"]["menu_cell_chars"] or shape["title_field"].search(before.text):
            continue
        if shape["not_title"].search(line.text):  # the document's number under a counter left empty (点击:)
            continue
        if (
            OPEN_CELL.match(before.text)
            and CLOSING_CELL.match(line.text)
            or OPEN_LABEL.search(before.text)
            or wrapped_tail(features, kinds, i, shape)
        ):
            kinds[i], keep[i] = CHROME, None


def wrapped_tail(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> bool:
    """A few characters a wrap cut off a chrome line's end (…的公 ⏎ 告, 微信  微博 ⏎ QQ空间): a short
    line of its own under it, a blank line or the text's end after it, no addressee or date."""
    line = features[i]
    return (
        kinds[i] == PROSE
        and len(line.text) <= shape["limits"]["tiny_chars"]
        and (i + 1 == len(features) or features[i + 1].kind == BLANK)
        and not shape["salutation"].search(line.text)
    )


def keep_letter_header(features: list[Features], kinds: list[LineKind], keep: list[str | None], shape: dict) -> None:
    """An official letter's header above its subject line (档号：, 保存年限： … 速别： … 主旨：) printed as
    issued: its field lines are the letter's own and stay as printed, an archive field left empty
    included, whatever a site's header would have lost (a label alone, a field block). Both archive
    fields say the letter is printed as issued; the golds keep its header four to one (issue 14, conv62)."""
    subject = next((i for i, f in enumerate(features) if "letter_subject" in f.openings), None)
    if subject is None or sum(bool(shape["letter_header"].match(features[i].compact)) for i in range(subject)) < 2:
        return
    for i in range(subject):
        if shape["letter_field"].match(features[i].compact) and kinds[i] in REMOVED:
            kinds[i], keep[i] = FIELD, None


def mark_cover_note(features: list[Features], kinds: list[LineKind], keep: list[str | None], shape: dict) -> None:
    """A mail whose header opens the text (under a divider naming the mail or not) and that carries
    a document: the header, the cover note to its recipients and the signature under it go; the
    document is the text, its own title and date included. The document starts under a divider
    (-------- 正文 --------), or else where the mail's subject is printed again as a title: the
    paragraph holding that title, or an earlier one opening with a document's number. A subject the
    text does not print again is the mail's own: the mail is the document, its header stays. A
    forward that quotes the original mail under a divider (---- 原始邮件 ----) keeps its note: the
    annotators kept it as the forwarding mail's text."""
    lines = [i for i, f in enumerate(features) if f.kind != BLANK]
    if not lines:
        return
    opening = lines[1] if shape["rule"].match(features[lines[0]].text) and len(lines) > 1 else lines[0]
    if not shape["mail_header"].match(features[opening].text):
        return
    divider = next((i for i, f in enumerate(features) if shape["cover_divider"].match(f.text)), None)
    if divider is not None and any(f.kind != BLANK for f in features[divider + 1 :]):
        start: int | None = divider + 1
    else:
        start = carried_document_start(features, opening, shape)
        if start is not None and any(shape["rule"].match(features[i].text) for i in range(opening, start)):
            return  # the original mail under a forward's divider (---- 原始邮件 ----): the note above stays
    if start is None:
        return
    for i in range(lines[0], start):
        if features[i].kind != BLANK:
            kinds[i], keep[i] = CHROME, None


def carried_document_start(features: list[Features], opening: int, shape: dict) -> int | None:
    """The first line of the document a mail carries under its cover note (see mark_cover_note):
    the paragraph in which a line without sentence punctuation opens with the subject's first
    characters, or an earlier paragraph opening with a document's number."""
    header = next((i for i in range(opening, len(features)) if features[i].kind == BLANK), len(features))
    subject = next((features[i].title for i in range(opening, header) if features[i].title), None)
    if not subject:
        return None
    opening_words = subject.replace(" ", "")[: shape["limits"]["subject_opening_chars"]]
    numbered = None
    for paragraph in consecutive_runs([i for i in range(header, len(features)) if features[i].kind != BLANK]):
        if numbered is None and shape["document_number"].match(features[paragraph[0]].compact):
            numbered = paragraph[0]
        if any(
            not features[i].sentence_ends
            and (
                features[i].compact.startswith(opening_words) or ends_subject_title(features[i].compact, subject, shape)
            )
            for i in paragraph
        ):
            return paragraph[0] if numbered is None else numbered
    return None


BRACKETED = re.compile(r"[（(][^（）()]*[)）]")


def ends_subject_title(line: str, subject: str, shape: dict) -> bool:
    """A title line that ends the mail's subject, remarks in brackets left out: the subject may put
    an issue or the issuer before the title's words (subject 2025年第36期安全生产例会纪要（请各部门
    落实）, title line 安全生产例会纪要 with （2025年第36期） under it)."""
    return (
        len(line) >= shape["limits"]["subject_title_chars"]
        and shape["title_end"].search(line) is not None
        and BRACKETED.sub("", subject.replace(" ", "")).endswith(line)
    )


def consecutive_runs(indices: list[int]) -> list[list[int]]:
    """[3, 4, 5, 9, 10] -> [[3, 4, 5], [9, 10]]."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def date_under_title(
    features: list[Features], kinds: list[LineKind], keep: list[str | None], blocks: set[int], title: int
) -> None:
    """A metadata block right above the title line gives its date under the title, where a page
    writes its dateline (title, date, body), not above it; so does a bare stamp among the page's
    chrome (某某网 > 正文 / 2024 03/15 09:41:27 / 来源：… / title). A labelled publish line above the
    title (发布时间：…) stays where it stood, as the golds keep it."""
    dateline = next((i for i in range(title) if kinds[i] == DATELINE), None)
    if dateline is None or dateline not in blocks and not bare_stamp_in_chrome(features, kinds, dateline):
        return
    if any(kinds[i] not in REMOVED and features[i].kind != BLANK for i in range(dateline + 1, title)):
        return  # the block or the chrome does not end right above the title
    keep[title] = f"{keep[title] or features[title].text}\n{keep[dateline] or features[dateline].text}"
    kinds[dateline], keep[dateline] = METADATA, None


def number_under_title(
    features: list[Features], kinds: list[LineKind], keep: list[str | None], blocks: set[int], title: int, shape: dict
) -> None:
    """A metadata block printed with its labels in 【】 (a law database's or a portal's header of the document's
    own fields) gives the row that carries the document's number (【发文字号】某应急〔2025〕7号) as the line under
    the title, where the document prints it; the row's label goes with the block. A block of `label：value`
    rows keeps none: the older golds drop its 文号 with it (realstyle, realstyle_sealed2–4, 11, 21, 23). Only the block's first such row; a block with none, or a page that prints the number itself, is left as it
    is."""
    for i in sorted(blocks):
        found = shape["doc_number_value"].search(features[i].compact)
        if found is None or kinds[i] not in REMOVED or not shape["bracket_field"].match(features[i].compact):
            continue
        if any(found.group(1) in f.compact for j, f in enumerate(features) if j != i and kinds[j] not in REMOVED):
            return  # the document prints its number under the title itself
        keep[title] = f"{keep[title] or features[title].text}\n{found.group(1)}"
        kinds[i], keep[i] = METADATA, None
        return


def bare_stamp_in_chrome(features: list[Features], kinds: list[LineKind], i: int) -> bool:
    """Line `i` is only a date (its own kind) and stands under the page's chrome (a breadcrumb, a
    title bar): a site's stamp, not a document's first line."""
    return features[i].kind == DATELINE and any(kinds[j] in REMOVED for j in range(i))


def is_headline_ticker(text: str, shape: dict) -> bool:
    """A page's first line that strings other headlines together, set apart by runs of spaces
    (《…》正式发表!   超人气…推出!   …): every part a headline of its own, no part a clause of a
    sentence (no comma, no full stop). A table row copied with spaces has short cells instead. A
    colon inside a work's name (《某游戏: 副标题》主题曲公开) is the name's, no clause of the part."""
    ticker = shape["limits"]["ticker"]
    parts = [part for part in WIDE_GAP.split(text) if part]
    return len(parts) >= ticker["min_parts"] and all(
        len(part) >= ticker["min_part_chars"] and not TICKER_BREAKER.search(WORK_TITLE.sub("", part)) for part in parts
    )


def is_keyword_list(text: str, shape: dict, headline_below: bool = False) -> bool:
    """A page's first line that lists keywords parted by commas (安全生产,隐患排查,应急管理,…; a spam
    mirror's bait) or by underscores (a page's title bar: 某通知_通知公告_某县政府网): every part a short
    word or phrase, no clause ending or colon among them, and no mark at its end — a document's first
    sentence ends, or opens a list with a colon. Over the page's headline fewer parts are enough: the
    document's own first line is its title, never a list above it, and a title ends as one does
    (…管理的通知); an underscore, no mark of Chinese prose, needs fewer than a comma."""
    limits = shape["limits"]["keyword_list"]
    least = limits["min_parts"]
    if headline_below and not shape["title_end"].search(text):
        least = limits["min_parts_over_headline"] - ("_" in text)
    return listed_phrases(text, shape) >= least


def listed_phrases(text: str, shape: dict) -> int:
    """How many words or phrases `text` lists, parted by commas, bars or underscores, when every part
    is short and none ends a clause or opens a list (no colon, no 、, no comma at the end); 0 otherwise."""
    parts = KEYWORD_SEPARATOR.split(text)
    if KEYWORD_BREAKER.search(text) or not all(
        0 < len(part.strip()) <= shape["limits"]["keyword_list"]["max_part_chars"] for part in parts
    ):
        return 0
    return len(parts)


def keep_body_table_rows(features: list[Features], shape: dict) -> None:
    """A table of the document's body read as rows, not as a site's menus (村名 | 姓名 | 手机号码 | over
    张村 | 王某 | 13800001111 |): a short row's bars are `separated`'s evidence of a menu, and a phone
    number in it `phone_line`'s of a site's hotline, together a chrome line's score. In a run of lines
    with the same count of bars, no blank line between them, under a head row that names its columns
    (a table row by its own kind, no digit in it) and with `table_rows_min` rows or more, a row that is
    chrome by its bars and not without them is a table row. A menu's lines carry other chrome
    (首页, 联系我们, a copyright) and stay chrome; so does a row with a site's words in it."""
    weight, chrome = shape["weights"]["separated"], shape["thresholds"]["chrome"]
    for run in bar_runs(features):
        head = next((n for n, i in enumerate(run) if is_table_head(features[i])), None)
        if head is None or len(run) - head - 1 < shape["limits"]["table_rows_min"]:
            continue
        for i in run[head + 1 :]:
            f = features[i]
            if f.kind == CHROME and shape["separated"].search(f.text) and f.score - weight < chrome:
                row = f._replace(kind=TABLE_ROW, score=f.score - weight)
                features[i] = row._replace(anchor=is_anchor(row))


def has_table_bars(text: str) -> bool:
    """Whether `text` holds two bars at least (`|` or `｜`): a line of `bar_runs` has two, so a text with
    fewer has no run, and its lines need not be counted one by one."""
    return text.count("|") + text.count("｜") >= 2


def bar_runs(features: list[Features]) -> Iterator[list[int]]:
    """Runs of consecutive lines, no blank line between them, each parted by the same count (two or
    more) of bars: a table's rows, or a menu's lines."""
    run: list[int] = []
    run_bars = 0
    for i, f in enumerate(features):
        bars = f.text.count("|") + f.text.count("｜")  # BAR_CELL's matches, counted without a list of them
        if run and (bars < 2 or bars != run_bars):
            yield run
            run = []
        if bars >= 2:
            run.append(i)
            run_bars = bars
    if run:
        yield run


def is_table_head(f: Features) -> bool:
    """A table's head row: a table row by its own kind (no chrome evidence but its bars) that names
    its columns, no figure in it (序号 | 单位 | 电话, not a row of values)."""
    return f.kind == TABLE_ROW and not any(c.isdigit() for c in f.text)


def heads_a_table(features: list[Features], i: int) -> bool:
    """Whether line i is a table's head row (序号|单位|任务|时限|备注 with its rows under it): parts
    parted by bars are then cells, not a list of keywords."""
    return features[i].kind == TABLE_ROW and any(features[j].kind == TABLE_ROW for j in neighbours(features, i))


def is_foreign_bait(features: list[Features], i: int, shape: dict) -> bool:
    """A page's first line of comma-parted phrases that none of the page's other lines speaks of: a
    content farm's bait (某某在线观看,某某视频,某某字幕), pasted over any story. Fewer parts are enough
    than for a keyword list (`is_keyword_list`), because no part shares two Chinese characters in a
    row with the page: a site's own search terms and a slogan over a document (安全生产,重在预防,人人有责)
    name what the page goes on to say, and so does an addressee line (its units open the tasks)."""
    text = features[i].text
    if listed_phrases(text, shape) < shape["limits"]["keyword_list"]["min_parts_foreign"]:
        return False
    below = features[i + 1 :]
    if not any(f.kind == PROSE and f.sentence_ends for f in below):
        return False  # no running text to be foreign to: a lone line (or a list) is what was given
    rest = "".join(f.text for f in below)
    return not any(pair in rest for pair in han_pairs(text))


def han_pairs(text: str) -> set[str]:
    """Every two Chinese characters in a row in `text`."""
    return {word[k : k + 2] for word in HAN_WORD.findall(text) for k in range(len(word) - 1)}


def over_a_headline(features: list[Features], i: int, shape: dict) -> bool:
    """Whether the next line after line i is of a headline's shape (one that reads as a field too:
    省教育厅：排查校舍隐患): no sentence punctuation, no comma, a title's length; a numbered heading
    (二、工作要求) is the body's, and so is the line above it. A site's one navigation word between them
    (首页, too short for a headline and no sentence) is passed over: the page's bar stands between its
    bait line and the headline (meta81)."""
    below_at = nearest_line(features, i, 1)
    if below_at is not None and is_navigation_word(features[below_at], shape):
        below_at = nearest_line(features, below_at, 1)
    below = features[below_at] if below_at is not None else None
    return (
        below is not None
        and below.kind in (PROSE, FIELD)
        and not below.sentence_ends
        and not below.commas
        and shape["title"]["min_han"] <= below.han
        and len(below.text) <= shape["title"]["max_chars"]
    )


def is_navigation_word(line: Features, shape: dict) -> bool:
    """A line of one short word a site's bar prints (首页, 正文): fewer Chinese characters than a headline's
    least, no other letter, no sentence and no comma."""
    return (
        0 < line.han < shape["title"]["min_han"]
        and len(line.text) == line.han
        and not line.sentence_ends
        and not line.commas
    )


def headline_over_publish_line(features: list[Features], i: int, shape: dict) -> bool:
    """A news headline that reads as a field (应急管理局：全面排查…隐患) right above the page's publish line
    (发布时间：… 来源：…): the title, not a field of the body."""
    f = features[i]
    if f.kind != FIELD or f.sentence_ends or len(f.text) > shape["title"]["max_chars"]:
        return False  # most lines, read at no further cost
    below = next((j for j in neighbours(features, i) if j > i), None)
    return (
        below is not None
        and features[below].date is not None
        and features[below].score >= shape["thresholds"]["chrome"]
    )


def mark_interface_lines(features: list[Features], kinds: list[LineKind], first_body: int, shape: dict) -> int | None:
    """A page's short interface lines above its headline (微信扫一扫分享, 分享缩略图): a share, like or
    login control with what it acts on, read as running text since its word is not alone on the line,
    and then taken for the title. Only above a headline that stands over a dated line (the page's
    publish stamp), the page's own title, so that a short title with such a word stays. Returns that
    headline when a control stood above it: the title, which the control hid."""
    headline = next(
        (  # the headline may be the body's first line itself (a field's shape: 某镇:开展…检查)
            i
            for i in range(min(first_body + 1, len(features)))
            if kinds[i] in (PROSE, FIELD) and headline_over_dated_line(features, i, shape)
        ),
        None,
    )
    controls = [
        i for i in range(headline or 0) if kinds[i] == PROSE and shape["interface_line"].match(features[i].text)
    ]
    for i in controls:
        kinds[i] = CHROME
    return headline if controls else None


def headline_over_dated_line(features: list[Features], i: int, shape: dict) -> bool:
    """A title-shaped line (no sentence end, a title's length) whose next line carries a date."""
    f = features[i]
    if f.sentence_ends or not f.han or len(f.text) > shape["title"]["max_chars"]:
        return False
    below = next((j for j in neighbours(features, i) if j > i), None)
    return below is not None and features[below].date is not None


def is_navigation(text: str, shape: dict) -> bool:
    """A breadcrumb, a menu bar (首页 | 政务公开 | 政务服务, 首页 社会 港闻 财经) or a search box."""
    return any(shape[name].search(text) for name in ("breadcrumb", "separated", "menu_bar", "search_box"))


def is_site_and_channel(text: str, shape: dict) -> bool:
    """A site's name and its channel on one line (临江资讯网 - 本地新闻): a site name, then short
    Chinese parts set apart by a dash or a bar; or a body's name and a channel of its site parted
    by a space (`is_body_and_channel`)."""
    parts = CHANNEL_BREAK.split(text)
    if len(parts) == 1:
        return is_body_and_channel(text, shape)
    return bool(shape["site_name"].match(parts[0])) and all(
        HAN_WORD.fullmatch(part) and len(part) <= shape["limits"]["channel_chars"] for part in parts[1:]
    )


def headline_under_tab_title(features: list[Features], title: int, first_body: int, shape: dict) -> int | None:
    """The line under the title line, above the body, that is the headline alone where the title line
    is the browser tab's title the copy took along: the headline, then the site's name set apart by a
    dash or a bar (某县开展燃气检查-某某网 over 某县开展燃气检查). Words after the headline that name no
    site (某县开展燃气检查-续 over 某县开展燃气检查) make no tab's title."""
    tab = features[title].text
    for i in range(title + 1, first_body):
        headline = features[i].text.strip()
        if headline and tab.startswith(headline):
            parts = CHANNEL_BREAK.split(tab[len(headline) :])
            if len(parts) > 1 and not parts[0] and all(shape["site_name"].match(part) for part in parts[1:]):
                return i
    return None


def is_body_and_channel(text: str, shape: dict) -> bool:
    """A government's site printing its name and the channel the page stands in (香港特别行政区政府
    新闻公报, 某某县人民政府 通知公告) over the headline: two words parted by a space, a body's name and a
    `channel` alone. A letterhead names no channel (某某县人民政府 文件 is the document's own), and a
    release's masthead names its kind (某支队 新闻稿: `release_masthead`), which stays."""
    parts = text.split()
    return (
        len(parts) == 2
        and HAN_WORD.fullmatch(parts[0]) is not None
        and shape["body_name"].search(parts[0]) is not None
        and shape["channel"].match(parts[1]) is not None
        and shape["release_masthead"].match(parts[1]) is None
    )


def mark_source_over_headline(features: list[Features], kinds: list[LineKind], first_body: int, shape: dict) -> None:
    """A page's first line that names where the page comes from (a site, an account, an office:
    某市应急管理局, 某某发布, 今日头条 · 某某观察) over the page's headline and its publish stamp, in either
    order: the page's source, not the document's title. A stamp that is only the date and the source
    again (2025-11-24 08:57 · 某某融媒) is the page's publish line. A release's masthead goes too when the
    stamp and the headline follow it (某支队 新闻稿); one with fields under it before the headline (发布日期：…,
    发布单位：…, 联络人：…) has no headline beside its stamp and stays, as the sets' gold keeps it."""
    lines = [i for i, f in enumerate(features) if f.kind != BLANK][:3]
    if len(lines) < 3 or lines[0] >= first_body or kinds[lines[0]] != PROSE:
        return
    name, *below = lines
    if not is_source_name(features[name], shape):
        return
    stamps = [i for i in below if is_publish_stamp(features[i], shape)]
    headlines = [
        i
        for i in below
        if kinds[i] == PROSE
        and headline_under_source(features[i], features[name], shape)
        and not (features[i].commas and continued(features, i))  # a wrapped paragraph's first line
    ]
    if len(stamps) != 1 or len(headlines) != 1 or stamps == headlines:
        return
    kinds[name] = CHROME
    stamp = features[stamps[0]]
    if kinds[stamps[0]] == PROSE and stamp.date and stamp.text.startswith(stamp.date):
        rest = stamp.text[len(stamp.date) :]
        if len(HAN_CHAR.findall(rest)) <= shape["limits"]["source_name_han"]:
            kinds[stamps[0]] = CHROME  # a date and a source's name: the dateline step keeps the date


def is_source_name(f: Features, shape: dict) -> bool:
    """A name a page's source goes by: Chinese or Latin words, one dot or bar between two of them at
    most, short, no document's noun at its end (…的通知 is a title) and no address (…：)."""
    return (
        2 <= f.han <= shape["limits"]["source_name_han"]
        and SOURCE_NAME.fullmatch(f.compact) is not None
        and not shape["title_end"].search(f.text)
    )


def is_publish_stamp(f: Features, shape: dict) -> bool:
    """A line that dates the page as a site does: a date with its time of day and the source after
    it (2025-12-09 21:30 某区融媒体中心), or after a publish label (发布日期：…), and no sentence. A date
    alone is the dateline a normalized text already has: its title above it stays a title."""
    return (
        f.date is not None
        and not f.sentence_ends
        and f.compact != SPACES.sub("", f.date)
        and (TIME_OF_DAY.search(f.date) is not None or has_date_label(f.text, shape))
    )


def headline_under_source(f: Features, name: Features, shape: dict) -> bool:
    """A headline under a source's name: longer than the name, a title's length, one exclamation at
    most (暗访发现…不亮！某县对3家单位…约谈), no clause's end at its end, no date."""
    return (
        f.date is None
        and f.han > name.han
        and shape["title"]["min_han"] <= f.han
        and len(f.text) <= shape["title"]["max_chars"]
        and f.sentence_ends <= 1
        and f.text[-1] not in shape["title"]["open_ends"] + CLAUSE_ENDS
    )


def is_name_over_menu(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> bool:
    """A short line between removed chrome above it and the page's menu or breadcrumb right under it
    (a farm's bait rows ⏎ 某某网 - 您身边的写作助手 ⏎ 首页 | 工作总结 | …): the site's name and slogan,
    not the title. A title stands under the menu, or over its publish line (dated or labelled, which may
    be parted by bars as a menu is); an issuer over the title stands right above it."""
    around = neighbours(features, i)
    return (
        len(around) == 2
        and all(kinds[j] in REMOVED for j in around)
        and is_navigation(features[around[1]].text, shape)
        and features[around[1]].date is None  # a publish line parted by bars (时间 | 来源：) is under a title
        and not features[around[1]].labels
        and is_site_name(features[i], shape)
    )


def is_site_name(f: Features, shape: dict) -> bool:
    """A line above a page's menu that can be the site's name: a headline, or a short name with
    a Latin brand beside it (港闻快讯 HKNow)."""
    return is_headline(f, shape) or (
        f.kind == PROSE and not f.sentence_ends and not f.commas and f.han >= 2 and len(f.text) <= 30
    )


def mark_user_bar(features: list[Features], kinds: list[LineKind]) -> None:
    """The page's first line when it is an office system's user bar (`is_user_bar`) over the page's
    chrome (its menu or breadcrumb): read before the body's first line is looked for, which it would be."""
    top = nearest_line(features, -1, 1)
    if top is None or kinds[top] != PROSE or not is_user_bar(features[top]):
        return
    under = nearest_line(features, top, 1)
    if under is not None and kinds[under] in REMOVED:
        kinds[top] = CHROME


def mark_file_wrapper(features: list[Features], kinds: list[LineKind], shape: dict) -> None:
    """A transcript pasted with the text file it was kept in: at the page's top a field naming the file
    (`file_name_field`: 文件：讲话（整理稿）.txt), at most the office's line above it, over a rule; at the
    page's end the last rule with a line or two under it that end no sentence (整理：秘书科 2025.3.13).
    A dated line under a rule alone is the document's (the older golds keep it): the footer goes only in
    the frame the banner opens. Read before the body's first line is looked for: the office's line would
    be taken as the title."""
    lines = [i for i, f in enumerate(features) if f.kind != BLANK]
    most = shape["limits"]["file_wrapper_lines"]
    named = next(
        (
            k
            for k, i in enumerate(lines[:most])
            if shape["file_name_field"].match(features[i].text)
            and not shape["document_end_label"].match(features[i].compact)
        ),
        None,
    )
    if named is None or named + 1 >= len(lines) or not is_rule_line(features[lines[named + 1]], shape):
        return
    banner = lines[: named + 2]
    if any(features[i].sentence_ends for i in banner):
        return
    for i in banner:
        kinds[i] = CHROME
    rules = [k for k in range(named + 2, len(lines)) if is_rule_line(features[lines[k]], shape)]
    under = lines[rules[-1] + 1 :] if rules else []
    if rules and 0 < len(under) <= most and not any(features[i].sentence_ends for i in under):
        for i in (lines[rules[-1]], *under):
            kinds[i] = CHROME


def mark_file_record(features: list[Features], kinds: list[LineKind], shape: dict) -> set[int]:
    """An office system's page of one file: over the page's first rule, a run of fields (标　　题：…,
    发文单位：…, 密　　级：…) one of which holds the very line that stands right under the rule, the
    document's title, is the system's record of the file; the lines over it that end no sentence (the
    system's name, its user bar, the panel's caption 【公文查看】) are the system's too. The document starts
    with its title under the rule. A letter's own header fields (签发人：, 发文字号：) stand under its title or
    beside it, never naming it over a rule; a field run over a rule that names another line stays. Read
    before the title is looked for: the system's name would be taken for it. Returns the record's lines:
    its 发文时间 is the system's stamp of the file, no dateline of the page (the signature dates the
    document)."""
    lines = [i for i, f in enumerate(features) if f.kind != BLANK]
    rule = next((k for k, i in enumerate(lines) if is_rule_line(features[i], shape)), None)
    if rule is None or rule + 1 >= len(lines) or any(features[i].sentence_ends for i in lines[:rule]):
        return set()
    fields = list(takewhile(lambda i: kinds[i] == FIELD, reversed(lines[:rule])))
    title = features[lines[rule + 1]].compact
    if len(fields) < shape["limits"]["header_field_run"] or all(field_value(features[i]) != title for i in fields):
        return set()
    for i in lines[: rule + 1]:
        kinds[i] = CHROME
    return set(fields)


def field_value(f: Features) -> str | None:
    """The value a field line holds after its label, spaces left out (标　　题：某某通知 → 某某通知)."""
    found = FIELD_VALUE.match(f.compact)
    return found["value"] if found else None


def is_rule_line(f: Features, shape: dict) -> bool:
    return shape["rule"].search(f.text) is not None


def is_user_bar(f: Features) -> bool:
    """An office system's bar over its menu: cells parted by runs of spaces, no sentence, among them a
    field (当前用户：质控科-某某) and a framed button ([退出], [待办 12]). A document's first line is no row of
    buttons."""
    cells = menu_cells(f.text)
    return (
        not f.sentence_ends
        and any(FIELD_LABEL.match(cell) for cell in cells)
        and any(FRAMED_BUTTON.search(cell) for cell in cells)
    )


def is_headline(f: Features, shape: dict) -> bool:
    """A line of a title's shape: Chinese, no sentence punctuation, no comma, a title's length."""
    return (
        f.kind == PROSE
        and not f.sentence_ends
        and not f.commas
        and shape["title"]["min_han"] <= f.han
        and len(f.text) <= shape["title"]["max_chars"]
    )


def under_the_first_line(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> bool:
    """Whether the nearest line above line i is the page's first kept line, of a title's length: a
    page's headline over its publish line, whatever punctuation it holds (…安全工作 严防隐患！,
    …道路、桥梁养护…会议), where `under_a_title` wants none; chrome above it (a search box) is the site's."""
    above = next((j for j in neighbours(features, i) if j < i), None)
    first = next((j for j, f in enumerate(features) if f.kind != BLANK and kinds[j] not in REMOVED), None)
    return (
        above is not None
        and above == first
        and len(features[above].text) <= shape["title"]["max_chars"]
        and features[above].sentence_ends <= 1
    )


def under_a_title(features: list[Features], kinds: list[LineKind], i: int, shape: dict) -> bool:
    """Whether the nearest line above line i is a headline: no sentence punctuation, no comma, a
    title's length, not removed."""
    above = next((j for j in neighbours(features, i) if j < i), None)
    return above is not None and kinds[above] not in REMOVED and is_headline(features[above], shape)


def line_features(line: str) -> Features:
    return _features(line.strip())


def features_of(lines: Iterable[str]) -> list[Features]:
    """`line_features` of each of `lines`: the strip and the cached reading mapped without a call in Python
    per line (a page's every line is read so, by the line classifier and the page furniture)."""
    return list(map(_features, map(str.strip, lines)))


@lru_cache(maxsize=65536)
def _features(text: str) -> Features:
    if not text:
        return BLANK_LINE
    shape = resources.line_kinds()
    limits = shape["limits"]
    compact = SPACES.sub("", text)
    # a credit glued after the last sentence (…落实到位。（编辑：某某 审核：某某）) is the boilerplate step's
    # to cut: its labels are no evidence against the sentences before it, which the line is judged on;
    # a farm's presenting sentence before the first (下面是小编…，供大家参考。同志们：…) likewise
    inline = inline_chrome(text, shape)
    evidence = without_inline_chrome(text, inline) or text
    # so is a lead credit before its first sentence (本网讯 9月3日…): 本网 is no site talking of itself there
    evidence = without_lead_credit(evidence, shape) or evidence
    score, labels = chrome_score(evidence, shape)
    sentence_ends = len(SENTENCE_END.findall(text))
    commas = 0 if labels and shape["tag_list"].match(text) else len(COMMA.findall(text))  # a list of tags
    page_mark = is_page_mark(text)
    if score >= shape["thresholds"]["chrome"]:
        kind = CHROME
    elif shape["caption"].search(text):
        kind = CAPTION
    elif shape["date_line"].match(text):
        kind = DATELINE
    elif text.count("|") >= 2:
        kind = TABLE_ROW
    elif shape["heading"].match(text):
        kind = HEADING
    elif field_shaped(compact, shape) and sentence_ends <= 1 and len(text) <= limits["field_chars"]:
        kind = FIELD  # a label and its value, not a paragraph that opens with 会议要求：
    else:
        kind = PROSE
    features = Features(
        text,
        score,
        kind,
        sentence_ends,
        commas,
        len(HAN_CHAR.findall(text)),
        labels,
        carried_date(text, shape),
        title_value(text, shape),
        compact,
        shape["block_label"].search(compact) is not None,
        page_mark,
        line_openings(text, compact, shape),
        inline=inline,
    )
    return features._replace(anchor=is_anchor(features))


def page_openings(features: list[Features]) -> frozenset[str]:
    """The OPENINGS and COMPACT_OPENINGS some line of the page opens with: a pass that acts only from a
    line with its opening has nothing to do on a page without one."""
    return NO_OPENINGS.union(*(f.openings for f in features if f.openings))


def line_openings(text: str, compact: str, shape: dict) -> frozenset[str]:
    """The OPENINGS that match at the start of a line (`text`; `compact`, without its spaces, for
    COMPACT_OPENINGS); most lines open with none."""
    found = [name for name in OPENINGS if shape[name].match(text)]
    found += [name for name in COMPACT_OPENINGS if shape[name].match(compact)]
    return frozenset(found) if found else NO_OPENINGS


def inline_chrome(text: str, shape: dict) -> tuple[re.Match, str] | None:
    """Chrome inside a line that stays (a content farm's presenting sentence before its first
    sentence, a credit after its last, an editor's tag, a lead credit before its first): the farm's
    sentence or the first `inline` pattern's match, with what replaces it."""
    preface = farm_preface(text, shape)
    if preface is not None:
        return preface, ""
    if not shape["inline_hint"].search(text) and not shape["inline_hint_lead"].match(text):
        return None
    for pattern, replacement in shape["inline"]:
        found = pattern.search(text)
        if found:
            return found, replacement
    return None


def without_inline_chrome(text: str, glued: tuple[re.Match, str] | None) -> str | None:
    """The line as it stands once its inline chrome (`glued`, `inline_chrome` of `text`) is cut; None
    when it holds none."""
    if glued is None:
        return None
    found, replacement = glued
    return (text[: found.start()] + found.expand(replacement) + text[found.end() :]).strip()


def without_lead_credit(text: str, shape: dict) -> str | None:
    """What follows a lead credit that opens a paragraph (本网讯 …, 某某日报讯（记者 王某）…, 【某某新闻网】…);
    None when the line opens with none or no sentence follows it (a line of chrome holding 讯 is
    judged whole)."""
    found = shape["lead_credit"].match(text)
    if found is None or not reads_as_body(text[found.end() :], LEAD_BODY_MIN_HAN):
        return None
    return text[found.end() :]


def farm_preface(text: str, shape: dict) -> re.Match | None:
    """A content farm's sentence presenting the text (下面是小编为大家整理的…，供大家参考。) that opens a
    line whose body goes on after it (a copy that lost the break after the farm's line): the
    sentence, through its end. None when the line's first sentence presents nothing, or nothing of a
    body follows it (the farm's line alone, or more of the farm: 第一篇：…, which is judged whole)."""
    first = FIRST_SENTENCE.match(text)
    if first is None or not shape["farm_preface"].search(first.group()):
        return None
    return first if reads_as_body(text[first.end() :], shape["limits"]["farm_body_han"]) else None


def reads_as_body(rest: str, min_han: int) -> bool:
    """What follows a lead-in (a lead credit, a farm's presenting sentence) is a body paragraph: it
    ends a sentence and holds `min_han` Chinese characters or more."""
    return SENTENCE_END.search(rest) is not None and len(HAN_CHAR.findall(rest)) >= min_han


LEAD_BODY_MIN_HAN = 10  # a body paragraph after a lead credit: a sentence, not a label's value
FIRST_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]\s*")  # a line's first sentence, through its end


def chrome_score(text: str, shape: dict) -> tuple[float, int]:
    """A line's chrome evidence minus its prose evidence, and the chrome field labels it holds."""
    weights, limits = shape["weights"], shape["limits"]
    compact = SPACES.sub("", text)
    score = 0.0
    labels = min(
        len(shape["strong_label"].findall(compact)) + len(shape["weak_label"].findall(with_labels_closed(text))),
        limits["labels_counted"],
    )
    bare = min(len(shape["bare_label"].findall(compact)), limits["labels_counted"]) - labels
    score += labels * weights["strong_label"] + max(bare, 0) * weights["bare_label"]
    if shape["chrome_word"].search(text) or shape["chrome_word"].search(compact):  # 下载 相关 / 注 册
        score += weights["chrome_word"]
    score += len(set(shape["site_talk"].findall(text))) * weights["site_talk"]
    for name in (
        "breadcrumb",
        "counter",
        "url",
        "copyright",
        "newspaper",
        "credit_line",
        "byline",
        "reference_code",
        "player_message",
        "timestamp",
        "no_han",
        "phone_line",
        "separated",
        "button_line",
        "end_mark",
        "read_aloud",
        "rule",
        "disclaimer",
        "advert",
        "farm_line",
        "file_line",
        "share_line",
        "sponsor_line",
        "sponsor_alone",
        "menu_bar",
        "unit_credit",
        "foreign_script",
        "form_control",
        "page_control",
        "key_chord",
        "paywall",
        "app_banner",
        "app_name",
        "mail_client",
        "markup",
        "summary_note",
        "more_info",
        "search_box",
    ):
        if shape[name].search(text) or name == "credit_line" and shape[name].search(compact):  # 记者 叶  露
            score += weights[name]
    if is_page_mark(text):
        score += weights["page_marker"]
    commas = 0 if labels and shape["tag_list"].match(text) else len(COMMA.findall(text))  # a list of tags
    score += len(SENTENCE_END.findall(text)) * weights["sentence_end"]
    score += min(commas, limits["commas_counted"]) * weights["comma"]
    if prose_length(text, shape) > limits["long_chars"]:
        score += weights["long"]
    if any(shape[name].search(text) for name in shape["decisive"]) or is_site_address(text, shape):
        score = max(score, shape["thresholds"]["chrome"])  # a disclaimer is long and full of commas
    elif shape["addressee"].match(text):  # 各会员单位： is no site talking of its members
        score = min(score, 0.0)
    elif shape["dated_time_span"].search(text):  # a meeting's time (时间：…14:30—16:10) is no publish stamp
        score = min(score, 0.0)
    return score, labels


def prose_length(text: str, shape: dict) -> int:
    """A line's length as evidence of running text: its web addresses left out. A link's path
    (http://某站/2023/3/20/….shtml) makes a source line as long as a paragraph, and is no prose."""
    return len(shape["web_address"].sub("", text))


def is_site_address(text: str, shape: dict) -> bool:
    """A site's name and its web address and nothing else (某某范文网 www.example.com): a content farm's
    mark printed between a copied document's paragraphs, or a site's line at a page's head or foot. A
    contact label typed without its colon (网址 www.example.gov.cn) is the document's contact line."""
    found = shape["site_address"].match(text)
    return found is not None and not shape["contact"].match(found.group("name") + "：")


def is_page_mark(text: str) -> bool:
    """A page mark (- 3 -, 第3页 共5页), read after NFKC so that a full-width one (－ ３ －) is one too:
    the line classifier, the boilerplate step and the layout step all judge page marks here."""
    return resources.line_kinds()["page_marker"].search(unicodedata.normalize("NFKC", text)) is not None


DIGIT = re.compile(r"\d")


def with_labels_closed(text: str) -> str:
    """The line with a label spaced out to the width of the labels beside it closed up (来 源： →
    来源：, 时 间： → 时间：): a template's alignment, not two words."""
    return SPACED_LABEL.sub(r"\1\2", text)


def has_date_label(text: str, shape: dict) -> bool:
    """Whether a line labels a date of the page (发布时间：, 时间：, spaced or not)."""
    return shape["date_label"].search(with_labels_closed(text)) is not None


def field_shaped(compact: str, shape: dict) -> bool:
    """`label：value`, read without spaces (labels spaced to align: 电　话：, 邮　箱：) and without a
    list's bullet before it (- 发文机关: …)."""
    return shape["field"].match(LIST_BULLET.sub("", compact)) is not None


def carried_date(text: str, shape: dict) -> str | None:
    """The date (and time) a line carries: the one after a date label (发布时间：), or one that
    opens the line before any Chinese (2024-06-13 09:12 来源：…). An upload or print date is not
    the document's."""
    if DIGIT.search(text) is None:  # every date form it reads holds a digit: most lines of a body hold none
        return None
    text = with_labels_closed(text)  # 时 间：2024-04-23 dates its line as 时间：2024-04-23 does
    labelled = shape["date_label"].search(text)
    found = None
    if labelled:  # after a label a ROC date may have two digits (日期:96-02-16)
        found = shape["carried_date"].search(text, labelled.end()) or shape["short_roc_date"].search(
            text, labelled.end()
        )
    if not found:
        found = shape["carried_date"].search(text)
        if found and HAN_CHAR.search(text, 0, found.start()) and not standing_alone(text, found, shape):
            return None
    return found.group().strip() if found else None


def standing_alone(text: str, found: re.Match, shape: dict) -> bool:
    """A date that is a part of its own between a line's parts (站名  2006年01月27日  来源：…), a
    publish stamp with its time glued to the end of a field's value (来源:某县应急管理局2025-03-12 09:26),
    or one that closes the line right after a name in its brackets (www.example.com【某某日报】2016-04-23):
    a site's name in 【】 is no sentence's word, and the date after it is the site's stamp."""
    before, after = text[: found.start()], text[found.end() :]
    if not after.strip() and TIME_OF_DAY.search(found.group()) and FIELD_LABEL.search(before):
        return True
    if not after.strip() and shape["bracketed_name_end"].search(before):
        return True
    return re.search(r"(?:\s|[|｜])$", before) is not None and re.match(r"(?:\s|[|｜]|$)", after) is not None


CELL_FRAME = re.compile(r"^[|｜\s]+|[|｜\s]+$")  # a page's table cell around a field's value


def title_value(text: str, shape: dict) -> str | None:
    """The title a `名称：` field names, without the table cell around it (名称: | …的通知 |)."""
    found = shape["title_field"].search(text)
    if not found:
        return None
    value = without_title_prefix(CELL_FRAME.sub("", found.group(1)), shape)  # 主题：转发：关于…的通知
    return value if len(HAN_CHAR.findall(value)) >= shape["title"]["min_han"] else None
