"""Deadlines: the time limit a directive states, its kind, and the day it resolves to.

`find_deadline` reads one task sentence; `parse_deadline_text` reads the words of a `完成时限：`
line or a table's deadline cell (the whole cell is the deadline's text). Every timing phrase of
the sentence becomes a candidate; the deadline is the first candidate of the best tier (see the
`_doc` of `data/extract/deadline_words.toml`): a stated date beats a frequency, which beats a
named span, urgency and lasting duties. Only phrases that set a limit count: a bare date (事故
发生在6月3日, 6月11日召开) has no 前/底/至 and is background.

Dates resolve against the document date: a month before the document's month is next year's
(1月底前 in a November document), holidays are the next ones to come, `X节前` is the day before.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .. import resources
from ..chars import is_han
from ..dates import ROC_OFFSET, chinese_number, knows_the_day, make_date, parse_date, spreadsheet_day
from ..record import Deadline
from .pos import tagged
from .prefilter import Guarded, GuardedFamily

DASHES = ("—", "－", "～", "~", "-")  # a range written 4月26日—5月10日, like 至
SPAN_WORDS = ("至", "到", *DASHES)  # what follows the first day of a span (5月1日至7日)
STATED, OPEN, SPAN, URGENT, LASTING = range(5)
SEASON = STATED + 0.5  # 汛前, 寒假前: a stated limit, but a calendar date in the same sentence is the sharper one
REGULAR = OPEN + 0.25  # 定期 states no period: a stated frequency in the same sentence (每日调度) is the sharper one
STARTED = OPEN + 0.5  # 7月25日起: the day a measure starts, when no limit or frequency is stated
NARRATED = URGENT + 0.25  # 迅速行动，要求立即清理…: urgency in how a body acted yields to the requirement's own
# 须即时截断…，亦须在24小时内报告: a counted limit is sharper than a bare 即时/立即. Its kind is `date` (a relative
# limit, date null: the settled convention), its rank and its part in choosing among timings urgency's (`presses`)
COUNTED_HOURS = URGENT - 0.5
ORDER_PAPER = (
    LASTING + 0.5
)  # 下达限期整改指令书: the open limit of a paper served, when the sentence times nothing else
MEETING_START = LASTING + 1  # 会后: the meeting starts the work; every other timing of the sentence is its limit
SAME_DAY = OPEN + 0.75  # 当日完成: the document's day, after a frequency (每日巡查…当日清理), before spans and 立即
FESTIVAL = "festival"  # the key of the next festival the document names among `event_days`
FESTIVAL_LAST = "festival's last day off"  # the key of that festival's last day off, where the calendar knows it
SPAN_VERBS = ("完成", "结束")  # calendar_re's limit words that are the clause's verb, not a limit
# calendar_re's limit words that close a span whose end alone is written (接受申请至12月31日止): what runs until that day
SPAN_ENDS = ("止", "为止")
CAMPAIGN_END = "campaign"  # the key of the campaign's last day among `event_days` (not a family's word)
# jieba's tags of a word that may stand between a clause-opening month and the act it times (集中 v, 再次 d):
# a modifier or a serial verb, never a noun or a pronoun (全县, 我县: a subject, as a report's totals have)
MODIFIER_TAGS = ("d", "ad", "v")
MODIFIER_WINDOW = 8  # characters enough to tag the word right after the month
GLOSSED_FIRST, GLOSSED_LAST = "first day of ", "last day of "  # + a glossed event's word, among `event_days`
GLOSSED_LIMIT = "glossed limit "  # + a limit's words the document glosses with its day (汛前（5月15日前）)
# a season named by one character before 前 stands for its span: 汛前 is 汛期前, the day before 汛期's first
SEASON_SPAN = "期"
SAME_DAY_WORDS = ("当天", "当日")  # a festival's own day (清明当天), not the day before it
QUARTERS = ("quarter_end_re", "half_year_re")  # the patterns of a quarter and a half-year (三季度, 下半年)


CLAUSE_ACTION = 4  # a clause's action after its timing takes four characters or more (落实堤防巡护); 过程中 is none
PAIR_WORDS = 3  # a 期限 piece names its task in 3 characters or more (喷淋检修, 线路检修); 持续开展 names none


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    date: dt.date | None
    tier: float


def find_deadline(sentence: str, doc_date: dt.date | None, plan_year: int | None = None) -> Deadline | None:
    """The deadline `sentence` states, or None. `plan_year`: the year a plan issued late in the
    year before is for (`2026年工作要点` dated 2025-12-18): its bare 年底前/年内 end that year."""
    best = best_candidate(sentence, doc_date, plan_year)
    if best is None:
        return None
    return Deadline(sentence[best.start : best.end], iso(best.date), best.kind)


def parse_deadline_text(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> Deadline | None:
    """A deadline cell or `完成时限：` line (`2025年4月30日前`, `长期坚持`, `每半年一次`), or None."""
    words = text.strip().strip("。；;，,")
    best = best_candidate(words, doc_date, plan_year)
    if best is None:
        return cell_date(words, doc_date) or cell_written_day(words) or cell_period(words, doc_date)
    return Deadline(words, iso(best.date), best.kind)


def deadline_for_task(value: str, task: str, doc_date: dt.date | None, plan_year: int | None = None) -> Deadline | None:
    """The deadline a `期限：` line gives one task of its item. A line of `<task words> + time` pairs
    (围栏加固当日完成；喷淋检修不晚于5月20日) gives each task the pair whose task words it shares
    most (两处喷淋头由设备组…检修 → 不晚于5月20日), the first pair on a tie; any other line is one deadline."""
    pairs = deadline_pairs(value, doc_date, plan_year)
    if len(pairs) < 2:
        return parse_deadline_text(value, doc_date, plan_year)
    _, (text, date, kind) = max(pairs, key=lambda pair: shared_words(pair[0], task))
    return Deadline(text, date, kind)


def paired_deadline(value: str, task: str, doc_date: dt.date | None, plan_year: int | None = None) -> Deadline | None:
    """The pair of a `期限：` line of `<task words> + time` pairs that names the task by a shared word
    (立柱更换不晚于5月20日 for 三处立柱由设备组…更换，更换前不得使用…), else None: a line with one time
    for the whole item does not time a prohibition under it (严禁…上路行驶)."""
    pairs = deadline_pairs(value, doc_date, plan_year)
    named = [pair for pair in pairs if shared_words(pair[0], task)[0]]
    if len(pairs) < 2 or not named:
        return None
    _, (text, date, kind) = max(named, key=lambda pair: shared_words(pair[0], task))
    return Deadline(text, date, kind)


# typed: a `YearOnly` reference equals the date of 1 January of its year and hashes alike, yet resolves no count of
# days (15日内), so a document that knows only its year must not be given the pairs of one dated 1 January
@lru_cache(maxsize=1024, typed=True)
def deadline_pairs(
    value: str, doc_date: dt.date | None, plan_year: int | None
) -> tuple[tuple[str, tuple[str, str | None, str]], ...]:
    """The `<task words> + time` pieces of a `期限：` line: (task words, the piece's deadline as
    (text, date, kind)). Read once per line, though each task of the item asks."""
    pairs = []
    for piece in re.split("[；;，,]", value):
        words = piece.strip().strip("。；;，,")
        best = best_candidate(words, doc_date, plan_year)
        if best is None:
            continue
        task_words = words.replace(words[best.start : best.end], "")
        if sum(map(is_han, task_words)) >= PAIR_WORDS:
            pairs.append((task_words, (words, iso(best.date), best.kind)))
    return tuple(pairs)


def shared_words(words: str, task: str) -> tuple[int, int]:
    """How much of `words` `task` holds: shared two-character words first, then shared characters."""
    pairs = {words[i : i + 2] for i in range(len(words) - 1)}
    return sum(pair in task for pair in pairs), sum(char in task for char in set(words) if is_han(char))


class DocumentEvents(Mapping[str, dt.date]):
    """`event_days` of a whole document, found when a limit first asks for an event's day: most undated limits
    (每月, 长期, 立即) name no event, and `dated_by_event` reads the limit before the events, so a document whose
    limits name none is spared the pass over its text (some 6 % of extraction), and one whose limits name only a
    glossed event (汛期前) reads only the glosses."""

    __slots__ = ("_text", "_doc_date", "_days", "_glossed", "_anchors", "_stated", "_starts", "_spans")

    def __init__(self, text: str, doc_date: dt.date | None) -> None:
        self._text, self._doc_date = text, doc_date
        self._days: dict[str, dt.date] | None = None
        self._glossed: dict[str, dt.date] | None = None
        self._anchors: dict[str, dt.date | None] = {}
        self._stated: dict[str, dt.date | None] = {}
        self._starts: dict[str, dt.date | None] = {}
        self._spans: dict[str, dt.date | None] = {}

    def anchor_day(self, word: str) -> dt.date | None:
        """The one day the document fixes for the event `word` names (`anchor_day`), read once per word."""
        if word not in self._anchors:
            self._anchors[word] = anchor_day(word, self._text, self._doc_date)
        return self._anchors[word]

    def stated_anchor_day(self, word: str) -> dt.date | None:
        """The one day the document states for the event `word` names in a part of its own (`anchor_day` with no
        scheduling sentence), read once per word."""
        if word not in self._stated:
            self._stated[word] = anchor_day(word, self._text, self._doc_date, scheduled=False)
        return self._stated[word]

    def start_day(self, word: str) -> dt.date | None:
        """The one day the document says the measure `word` names starts from (`start_day`), read once per word."""
        if word not in self._starts:
            self._starts[word] = start_day(word, self._text, self._doc_date)
        return self._starts[word]

    def span_end(self, word: str) -> dt.date | None:
        """The last day of the span a sentence of the document states for the act `word` names (`stated_span_end`),
        read once per word."""
        if word not in self._spans:
            self._spans[word] = stated_span_end(word, self._text, self._doc_date)
        return self._spans[word]

    def glossed(self) -> dict[str, dt.date]:
        """The glossed events (`glossed_events`; every event, once they are found): all that a limit before
        or during a glossed event reads (`glossed_event_day`: 汛期前, 春节期间), found without the rest of the pass."""
        if self._days is not None:
            return self._days
        if self._glossed is None:
            self._glossed = glossed_events(self._text, self._doc_date)
        return self._glossed

    def _found(self) -> dict[str, dt.date]:
        if self._days is None:
            self._days = event_days(self._text, self._doc_date)
        return self._days

    def __getitem__(self, family: str) -> dt.date:
        return self._found()[family]

    def __iter__(self) -> Iterator[str]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())


def event_days(text: str, doc_date: dt.date | None) -> dict[str, dt.date]:
    """The first day of each event family (`event_families`) that `text`, a whole document, dates
    with a span (放假时间从5月1日至7日 → 放假: 5月1日; 7月1日至5日，全市有连续降水 → 降雨: 7月1日), and
    the day of each weekday it names beside a date (3月8日（周五）前 → 周五: 3月8日), and the last day
    of the campaign its stage lines date (验收阶段（11月1日—12月15日） → CAMPAIGN_END: 12月15日)."""
    patterns = resources.deadline_patterns()
    found: dict[str, dt.date] = {}
    festivals = [
        (day, name)
        for name in set(patterns["holiday_name_re"].findall(text))
        if is_festival(name) and (day := next_holiday(name, doc_date))
    ]
    if festivals:
        found[FESTIVAL], name = min(festivals)
        last_day_off = holiday_last_day(name, doc_date)
        if last_day_off is not None:
            found[FESTIVAL_LAST] = last_day_off
    campaign_end = campaign_last_day(text, doc_date)
    if campaign_end is not None:
        found[CAMPAIGN_END] = campaign_end
    found.update(glossed_events(text, doc_date))
    for sentence in re.split("[。；！？\n]", text):
        for named in scan_alone("named_weekday_re", sentence):
            day = resolve_calendar({"rel_month": None, **named.groupdict()}, doc_date)
            if day is not None:
                found.setdefault("周" + named["weekday"].replace("天", "日"), day)
        for start in scan_alone("calendar_re", sentence):
            if (
                not start["day"]
                or start["to"]
                or start["limit"]
                or sentence[start.end() : start.end() + 1] not in SPAN_WORDS
            ):
                continue
            near = sentence[max(0, start.start() - 16) : start.end() + 20]
            for family, words in patterns["event_families"].items():
                if family not in found and any(word in near for word in words):
                    day = resolve_calendar(start.groupdict(), doc_date)
                    if day is not None:
                        found[family] = day
    return found


def glossed_events(text: str, doc_date: dt.date | None) -> dict[str, dt.date]:
    """The first and last day of each event `text` dates in brackets after its name (开学（2月17日）,
    主汛期（6月15日至8月31日）) or defines by its dates (森林防火期为12月1日至4月30日, 5月1日起至8月16日为休渔时间),
    under GLOSSED_FIRST/GLOSSED_LAST + the event's word, and a term the document defines (本通知所称汛期，为6月1日至
    9月30日) as a glossed event; a limit glossed with its day (汛前（5月15日前）) under GLOSSED_LIMIT + the limit's
    words. The first gloss counts."""
    found: dict[str, dt.date] = {}
    glosses = (*scan_alone("glossed_event_re", text), *scan_alone("defined_event_re", text))
    for gloss in (*glosses, *scan_alone("term_defined_re", text), *scan_alone("dated_event_re", text)):
        days = span_days(gloss["first"], gloss["last"], doc_date)
        word = event_word(gloss["event"])
        if days is None or len(word) < 2:
            continue
        found.setdefault(GLOSSED_FIRST + word, days[0])
        found.setdefault(GLOSSED_LAST + word, days[1])
    for part in scan_alone("timed_event_span_re", text):
        day = timed_event_day(part, doc_date)
        if day is not None:  # its span's last day only: 演练前 keeps the anchored reading (anchored_event_day)
            found.setdefault(GLOSSED_LAST + event_word(part["event"]), day)
    for gloss in scan_alone("glossed_limit_re", text):
        days = span_days(gloss["day"], None, doc_date)
        if days is not None:
            found.setdefault(GLOSSED_LIMIT + limit_words(gloss["limit"]), days[0])
    return found


def timed_event_day(part: re.Match[str], doc_date: dt.date | None) -> dt.date | None:
    """The one day an event's 时间 part gives the hours it runs on (演练时间：11月7日14:30—16:00 → 11月7日;
    `timed_event_span_re`), the last day of the event's span (演练期间); None for a day the document's date leaves
    unresolved or an event of one character."""
    days = span_days(part["day"], None, doc_date)
    return None if days is None or len(event_word(part["event"])) < 2 else days[0]


def limit_words(words: str) -> str:
    """A limit's words without the 在/于 that introduces it (在汛前 → 汛前)."""
    return words.lstrip("在于")


def event_word(words: str) -> str:
    """An event's name without what times it around the event (在开学前 → 开学, 汛期内 → 汛期, 报到期间 → 报到期)."""
    return resources.deadline_patterns()["event_word_ends_re"].sub("", words)


def glossed_day(deadline: Deadline, events: Mapping[str, dt.date]) -> dt.date | None:
    """The day a limit before a glossed event (开学前: the day before 开学（2月17日）) or the event's own span
    (汛期内: the last day of 汛期（6月15日至8月31日）) falls on, None when it names no glossed event."""
    word = event_word(deadline.text)
    before = deadline.kind == "date" and deadline.text.endswith("前")
    if before:
        glossed_limit = glossed_limit_day(deadline.text, events)
        if glossed_limit is not None:
            return glossed_limit
        if len(word) == 1:
            word += SEASON_SPAN
    if len(word) < 2 or not (before or deadline.kind == "period"):
        return None
    day = glossed_event_day(word, events, GLOSSED_FIRST if before else GLOSSED_LAST)
    if day is None:
        return None
    return day - dt.timedelta(days=1) if before else day


def glossed_limit_day(words: str, events: Mapping[str, dt.date]) -> dt.date | None:
    """The day the document glosses a limit with (汛前（5月15日前）), for the same limit written bare (汛前, 在汛前);
    the glossed limit may carry a word before it (完成汛前（…）), so its event's words need only end with the limit's.
    The two compare by the event they name before 前, so an arrival verb written another way (寒潮到来前 under
    寒潮来临前（…）) names the same limit; a limit naming no event (到来前) matches none."""
    event = event_word(limit_words(words))
    if not event:
        return None
    for key, day in glossed_only(events).items():
        glossed = key.removeprefix(GLOSSED_LIMIT)
        if glossed != key and event_word(glossed).endswith(event):
            return day
    return None


def glossed_event_day(word: str, events: Mapping[str, dt.date], end: str) -> dt.date | None:
    """The first or last day (`end`: GLOSSED_FIRST, GLOSSED_LAST) of the glossed event `word` names, or None.
    The words match when one ends with the other (秋季学期开学 and 开学), a span's 期 aside (防火期 and 森林防火期), and
    a holiday named by its kind (节日, 假期) matches the holidays the document dates (放假, 中秋假期, 春节): all of
    them, so 节日期间 under 中秋节（9月25日至27日）和国庆节（10月1日至7日） runs to the last one's last day."""
    of_its_kind = []
    for key, day in glossed_only(events).items():
        glossed = key.removeprefix(end)
        if glossed == key:
            continue
        if (
            glossed.endswith(word)
            or word.endswith(glossed)
            or event_core(glossed).endswith(event_core(word))
            or event_core(word).endswith(event_core(glossed))
        ):
            return day
        if holiday_of_its_kind(word, glossed):
            of_its_kind.append(day)
    if not of_its_kind:
        return None
    return max(of_its_kind) if end == GLOSSED_LAST else min(of_its_kind)


def holiday_of_its_kind(word: str, glossed: str) -> bool:
    """Whether `word` names a holiday by its kind (节日期间 → 节日期, 假期内 → 假期) and `glossed` is a holiday the
    document dates (放假时间从5月1日至7日 → 放假, 国庆、中秋假期自10月1日至8日 → 中秋假期)."""
    patterns = resources.deadline_patterns()
    return bool(
        patterns["holiday_kind_word_re"].match(event_core(word))
        and patterns["holiday_event_re"].search(event_core(glossed))
    )


def glossed_only(events: Mapping[str, dt.date]) -> Mapping[str, dt.date]:
    """The events that a glossed or defined event's key may be among: a DocumentEvents gives those alone."""
    return events.glossed() if isinstance(events, DocumentEvents) else events


def event_core(word: str) -> str:
    """An event's word without the 期 of its span (森林防火期 → 森林防火), unless that leaves one character (假期)."""
    return word[:-1] if word.endswith("期") and len(word) > 2 else word


def defined_event_span(text: str, events: Mapping[str, dt.date]) -> Deadline | None:
    """The span of an event the document dates elsewhere (休渔期间 of 伏季休渔 from 5月1日 to 8月16日, 防火期内 of 森林防火期)
    that `text` names, a period ending on the event's last day, wherever the sentence names it: a dated event is
    known to be a time (休渔期间不得离港), where an undated 期间 at a clause's head is as often an occasion (dl62)."""
    background = resources.deadline_patterns()["event_span_after_re"]
    for key, day in glossed_only(events).items():
        glossed = key.removeprefix(GLOSSED_LAST)
        if glossed == key:
            continue
        mention = re.search("|".join(map(re.escape, span_mentions(glossed))), text)
        if mention and not background.match(text, mention.end()):
            return Deadline(mention.group(), iso(day), "period")
    return None


def span_mentions(event: str) -> list[str]:
    """How a sentence names the span of `event`: the last two characters or more of its word without the span's
    期 (休渔 of 伏季休渔, 防火 of 森林防火期), then 期间 or 期内; a word that is a span itself (假期) also takes 间 or 内."""
    core = event_core(event)
    tails = [core[i:] for i in range(len(core) - 1)]
    own = [event + "间", event + "内"] if core == event and event.endswith("期") else []
    return [tail + ending for tail in tails for ending in ("期间", "期内")] + own


def counted_from_event(deadline: Deadline, events: Mapping[str, dt.date]) -> dt.date | None:
    """The day a count from an event ends on (开学后10日内 from 开学（9月1日）: 9月11日; 约谈后5个工作日内 from a 约谈 the
    document schedules on 7月15日: 7月22日) or the last day of the event's N-th week or day (开学第一周内: 9月7日, the
    first day counted in), or the day a count before it falls on (开渔前三日 from 开渔 on 9月16日: 9月13日); None when
    the limit counts from no event the document dates: a glossed one, else one whose day it fixes (`anchor_day`)."""
    count = resources.deadline_patterns()["event_count_re"].fullmatch(deadline.text)
    if count is None or not count["event"]:
        return None
    first = glossed_event_day(count["event"], events, GLOSSED_FIRST)
    if first is None and isinstance(events, DocumentEvents):
        first = events.anchor_day(count["event"])
        start = events.start_day(count["event"]) if first is None else None
        if start is not None:  # 条例施行后三个月内 from 10月1日起施行: the start's own day is the first counted
            return day_counted(start, count, first_counted=True)
    return day_counted(first, count) if first is not None else None


def day_counted(first: dt.date, count: re.Match[str], first_counted: bool = False) -> dt.date:
    """The day `count` (an `event_count_re` match) reaches from its event's day `first`: days, weeks and calendar
    months after it, working days over [working_calendar] (public holidays and the weekend days worked in their place:
    add_working_days), the N-th day or week from it counted in (and every count from a start, `first_counted`), or
    days before it."""
    number = chinese_number(count["count"].replace("两", "二"))
    if count["unit"] == "工作日":
        return add_working_days(first, number)
    counted_in = first_counted or bool(count["nth"])
    if count["unit"] == "月":
        last = add_months(first, -number if count["before"] else number)
        return last - dt.timedelta(days=1) if counted_in and not count["before"] else last
    days = number * 7 if count["unit"] in ("周", "星期") else number
    if count["before"]:
        return first - dt.timedelta(days=days)
    return first + dt.timedelta(days=days - 1 if counted_in else days)


def anchor_day(word: str, text: str, doc_date: dt.date | None, scheduled: bool = True) -> dt.date | None:
    """The one day `text`, a whole document, fixes for the event `word` names (约谈, 演练, 开渔; issue 13, dl93): its
    时间 part (约谈时间\n2025年10月17日), the span said to follow it (开渔后（9月16日至10月31日）) or a sentence scheduling it
    after the document's day (定于7月15日…进行集中约谈; not when `scheduled` is False), or the meeting its minutes record
    (`minutes_days`). None when it fixes none, or more than one (two drills)."""
    days = {
        found[0]
        for key in ("anchor_time_part_re", "anchor_after_span_re")
        for part in scan_alone(key, text)
        if names_the_event(part["event"], word) and (found := span_days(part["day"], None, doc_date))
    }
    if scheduled:
        days.update(scheduled_days(word, text, doc_date))
    days.update(minutes_days(word, text, doc_date))
    return days.pop() if len(days) == 1 else None


def start_day(word: str, text: str, doc_date: dt.date | None) -> dt.date | None:
    """The one day `text`, a whole document, says the measure `word` names starts from (将于2025年10月1日起施行 →
    施行: 10月1日; issue 13, dl98), None when it gives none or more than one."""
    days = {
        found[0]
        for start in scan_alone("anchor_start_re", text)
        if names_the_event(start["event"], word) and (found := span_days(start["day"], None, doc_date))
    }
    return days.pop() if len(days) == 1 else None


def stated_span_end(word: str, text: str, doc_date: dt.date | None) -> dt.date | None:
    """The last day of the span the first sentence of `text` (a whole document) that names the act `word` names states
    for it (由即日起至八月三十一日展开…特别执法行动, 此次整治行动自即日起至2027年3月31日 → 行动: its last day; issue 13,
    dl99): the sentence's own limit, a period with a day. A mention that times something around the act (行动期间,
    行动前: `anchor_word_timed_after_re`) is no statement of its span. None when no sentence states one."""
    timed_around = resources.deadline_patterns()["anchor_word_timed_after_re"]
    for sentence in re.split("[。；！？\n]", text):
        mentions = [at.end() for at in re.finditer(re.escape(word), sentence)]
        if not any(not timed_around.match(sentence, end) for end in mentions):
            continue
        stated = find_deadline(sentence, doc_date)
        if stated is not None and stated.kind == "period" and stated.date:
            return dt.date.fromisoformat(stated.date)
    return None


def anchored_event_limit(text: str, events: Mapping[str, dt.date]) -> Deadline | None:
    """A limit before an event or on its day (约谈前，…; 在开渔当日…; `anchored_event_limit_re`) that `text`, a sentence
    with no limit of its own, names, dated on the event's own day where a part of the document states it
    (`stated_anchor_day`); None for an event it does not date (a bare 会前 of no dated meeting is no limit). A day read
    off a sentence that seems to schedule the event is not enough here: 4月22日…作业中 reports a past accident, and
    作业前 is a rule for every job."""
    if not isinstance(events, DocumentEvents):
        return None
    for match in scan_alone("anchored_event_limit_re", text):
        day = events.stated_anchor_day(match["event"])
        if day is not None:
            return Deadline(match.group(), iso(day), "date")
    return None


def anchored_event_day(deadline: Deadline, events: Mapping[str, dt.date]) -> dt.date | None:
    """The day of the event a limit before it or on its day names (在开渔前 → 开渔前), where the document fixes the event's
    one day in a part of its own (`stated_anchor_day`): the event's own day, as the read golds date it (issue 13, dl99)."""
    limit = resources.deadline_patterns()["anchored_event_limit_re"].fullmatch(limit_words(deadline.text))
    if limit is None or deadline.kind != "date" or not isinstance(events, DocumentEvents):
        return None
    return events.stated_anchor_day(limit["event"])


def campaign_span_end(deadline: Deadline, events: Mapping[str, dt.date]) -> dt.date | None:
    """The last day of a campaign's own period (行动期间) whose span a sentence of the document states, where no stage
    line dates the campaign (`stated_span_end`; issue 13, dl99). Only the campaign's period: a season's or a hazard's
    (台风期间, 强降雨期间) is no act a sentence launches over a span."""
    word = event_core(event_word(limit_words(deadline.text)))
    if len(word) < 2 or not isinstance(events, DocumentEvents):
        return None
    return events.span_end(word)


def minutes_days(word: str, text: str, doc_date: dt.date | None) -> set[dt.date]:
    """The day of the meeting `text` records, for an event its minutes' title names (安全生产约谈会议纪要: 约谈, 会议;
    issue 13, dl98): the day of its 时间 line, else the document's own day. Empty for any other document."""
    title = next(iter(scan_alone("minutes_title_re", text)), None)
    if title is None or word not in title["event"]:
        return set()
    line = next(iter(scan_alone("minutes_time_line_re", text)), None)
    stated = span_days(line["day"], None, doc_date) if line else None
    day = stated[0] if stated else doc_date
    return {day} if knows_the_day(day) else set()


def names_the_event(words: str, word: str) -> bool:
    """Whether `words` name the event `word` does, one ending with the other (集中约谈 and 约谈)."""
    return words.endswith(word) or word.endswith(words)


def scheduled_days(word: str, text: str, doc_date: dt.date | None) -> set[dt.date]:
    """The days the sentences of `text` schedule the event `word` on: a sentence with one day, no limit and no span,
    later than the document's day, before the event's own mention (not one timing another act around the event:
    约谈前, 演练结束后, `anchor_word_timed_after_re`)."""
    if not knows_the_day(doc_date):
        return set()
    timed_around = resources.deadline_patterns()["anchor_word_timed_after_re"]
    days = set()
    for sentence in re.split("[。；！？\n]", text):
        if word not in sentence:
            continue
        dates = list(scan_alone("calendar_re", sentence))
        if len(dates) != 1 or not dates[0]["day"] or dates[0]["to"] or dates[0]["limit"]:
            continue
        mentions = (at.end() for at in re.finditer(re.escape(word), sentence) if at.start() >= dates[0].end())
        if not any(not timed_around.match(sentence, end) for end in mentions):
            continue
        day = resolve_calendar(dates[0].groupdict(), doc_date)
        if day is not None and day > doc_date:
            days.add(day)
    return days


def campaign_last_day(text: str, doc_date: dt.date | None) -> dt.date | None:
    """The last day of the campaign `text` (a whole document) runs: the latest end of its stage
    lines (验收阶段（11月1日—12月15日）) or time line (整治时间：4月1日至12月31日), None without them."""
    spans = resources.deadline_patterns()["campaign_span_re"].finditer(text)
    ends = [days[1] for span in spans if (days := span_days(span["first"], span["last"], doc_date))]
    return max(ends, default=None)


def span_days(first_words: str, last_words: str | None, doc_date: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a written span (3月12日—31日; a gloss of one day when `last_words` is None),
    None when either end is no day. A span written across the new year (12月1日—1月31日) ends in the next one."""
    first = campaign_day(first_words, doc_date, None)
    last = campaign_day(last_words, doc_date, first) if last_words else first
    if first is None or last is None:
        return None
    return first, last if last >= first else last.replace(year=last.year + 1)


def campaign_day(words: str, doc_date: dt.date | None, first: dt.date | None) -> dt.date | None:
    """One end of a campaign span; a span's last day without month or year takes its first day's."""
    day = resources.deadline_patterns()["campaign_day_re"].fullmatch(words)
    base = first or doc_date
    if day is None or base is None:
        return None
    year = written_year(day["year"]) if day["year"] else base.year
    month = int(day["month"]) if day["month"] else base.month
    try:
        return dt.date(year, month, int(day["day"]))
    except ValueError:  # 2月30日: no such day
        return None


def written_year(digits: str) -> int:
    """A span's written year: four figures, or three of the Republic's calendar (115 → 2026), as Taiwan writes it."""
    return int(digits) + (ROC_OFFSET if len(digits) == 3 else 0)


def dated_by_event(deadline: Deadline, events: Mapping[str, dt.date]) -> Deadline:
    """A limit before an event (放假前, 强降雨前) with no day of its own takes the day before the
    event's first day when the document dates the event elsewhere, a count from an event the document
    glosses (开学后10日内, 开学第一周内) the day the count ends on; a bare weekday (周五前) takes the
    day the document gives that weekday; the campaign's own period (专项整治期间) ends on its last day; a
    bare 节前 is the day before the next festival the document names and a bare 节日期间 ends on its last day
    off; a cell of the campaign's whole run (贯穿行动全程) ends on its last day too."""
    # each test reads the limit before it asks `events` (a DocumentEvents finds them only when asked); with no
    # events every test leaves the limit as it is
    if deadline.date:
        # a holiday's span dated by the calendar yields to the days the document gives it (春节假期（…）)
        own = glossed_day(deadline, events) if holiday_span(deadline.text) else None
        return Deadline(deadline.text, iso(own), deadline.kind) if own else deadline
    if deadline.kind == "period":
        period = resources.deadline_patterns()["campaign_period_word_re"]
        campaign_word = any(period.search(deadline.text, span.start, span.end) for span in named_spans(deadline.text))
        campaign_word = campaign_word or bool(resources.deadline_patterns()["campaign_run_re"].search(deadline.text))
        if campaign_word and CAMPAIGN_END in events:
            return Deadline(deadline.text, iso(events[CAMPAIGN_END]), deadline.kind)
        stated = campaign_span_end(deadline, events) if campaign_word else None
        if stated is not None:
            return Deadline(deadline.text, iso(stated), deadline.kind)
    glossed = (
        glossed_day(deadline, events) or counted_from_event(deadline, events) or anchored_event_day(deadline, events)
    )
    if glossed is not None:
        return Deadline(deadline.text, iso(glossed), deadline.kind)
    if deadline.kind == "period" and names_a_holiday_by_its_kind(deadline.text) and FESTIVAL_LAST in events:
        return Deadline(deadline.text, iso(events[FESTIVAL_LAST]), deadline.kind)
    weekday = resources.deadline_patterns()["weekday_re"].fullmatch(deadline.text)
    if weekday and weekday["week"] in ("周", "星期"):  # 周五前, on a page whose date is not known to the day
        named = events.get("周" + weekday["weekday"].replace("天", "日"))
        return Deadline(deadline.text, iso(named), deadline.kind) if named else deadline
    first = family_first_day(deadline.text, events)
    if first is not None:
        return Deadline(deadline.text, iso(first - dt.timedelta(days=1)), deadline.kind)
    # after the holiday's own first day, which the document may date otherwise than the festival (放假 from the eve)
    if resources.deadline_patterns()["festival_limit_re"].match(deadline.text):
        holiday = glossed_holiday_first(events)
        if holiday is not None:
            return Deadline(deadline.text, iso(holiday - dt.timedelta(days=1)), deadline.kind)
        if FESTIVAL in events:
            return Deadline(deadline.text, iso(events[FESTIVAL] - dt.timedelta(days=1)), deadline.kind)
    return deadline


def names_a_holiday_by_its_kind(words: str) -> bool:
    """Whether `words` are a holiday's span named by its kind (节日期间, 假期内), with no festival named: under no
    dated holiday it is the next festival the document names (中秋、国庆“双节”临近…节日期间 → 10月8日)."""
    return bool(resources.deadline_patterns()["holiday_kind_word_re"].match(event_core(event_word(words))))


def holiday_span(words: str) -> re.Match[str] | None:
    """`words` read as a named holiday's days off (国庆节期间, “五一”假期), which the calendar dates; else None."""
    holiday = resources.deadline_patterns()["holiday_re"].fullmatch(words)
    return holiday if holiday is not None and holiday["when"] in ("期间", "假期") else None


def glossed_holiday_first(events: Mapping[str, dt.date]) -> dt.date | None:
    """The first day of a holiday the document dates in brackets after its name (春节假期（2月15日至2月23日）): a
    bare 节前 is the day before it, as before a holiday the document defines (放假时间从…, family_first_day)."""
    holiday = resources.deadline_patterns()["holiday_event_re"]
    firsts = [
        day
        for key, day in glossed_only(events).items()
        if key.startswith(GLOSSED_FIRST) and holiday.search(event_core(key.removeprefix(GLOSSED_FIRST)))
    ]
    return min(firsts, default=None)


def family_first_day(words: str, events: Mapping[str, dt.date]) -> dt.date | None:
    """The first day the document gives the event family a limit before it names (放假前, 强降雨来临前), or None."""
    limit = resources.deadline_patterns()["event_limit_re"].search(words)
    if limit is None:
        return None
    family = next(
        (name for name, names in resources.deadline_patterns()["event_families"].items() if limit["event"] in names),
        None,
    )
    return events[family] if family is not None and family in events else None


def limit_cell(text: str) -> Deadline | None:
    """A table's limit cell that no timing pattern reads, by its form: a limit with no day (`暑期旅游高峰到来前`,
    `汛期结束后1个月内完成整治`) or a span (`贯穿行动全程`). The column's header says the cell is the limit; its
    words only say which kind."""
    words = text.strip().strip("。；;，,")
    patterns = resources.deadline_patterns()
    if patterns["limit_cell_re"].fullmatch(words):
        return Deadline(words, None, "date")
    if patterns["span_cell_re"].fullmatch(words):
        return Deadline(words, None, "period")
    return None


def cell_date(words: str, doc_date: dt.date | None) -> Deadline | None:
    """A cell or `完成时限：` line that is only a day (2024年9月30日, 7月15日): the limit is that day.
    In running text a bare date is background (事故发生在6月3日), so only whole cells read so."""
    match = resources.deadline_patterns()["calendar_re"].fullmatch(words)
    if match is None or not match.group("day"):
        return None
    return Deadline(words, iso(resolve_calendar(match.groupdict(), doc_date)), "date")


def cell_written_day(words: str) -> Deadline | None:
    """A cell that is one day written with its year in a table's forms (2025/3/31, 2025-03-31, 2025.4.30,
    二〇二五年三月三十一日, 114年3月31日) or a spreadsheet's date serial (45747: a date cell copied out of
    Excel as its number): the limit is that day."""
    day = parse_date(words) or spreadsheet_day(words)
    return Deadline(words, iso(day), "date") if day else None


def cell_period(words: str, doc_date: dt.date | None) -> Deadline | None:
    """A table cell that is only a span (全年, 6月, 1月—4月、10月—12月, 2025年5月—10月): a period ending
    with its last month, in the last year the cell states. In running text such words are background
    (6月召开…), so only whole cells are read this way."""
    patterns = resources.deadline_patterns()
    if not patterns["cell_period_re"].fullmatch(words):
        return None
    months = patterns["cell_month_re"].findall(words)
    years = patterns["cell_year_re"].findall(words)
    parts = {
        "month": months[-1] if months else "12",
        "month_end": "底",
        "rel_month": None,
        "year": years[-1] if years else None,
    }
    return Deadline(words, iso(resolve_calendar(parts, doc_date)), "period")


def best_candidate(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> Candidate | None:
    best = chosen_candidate(text, doc_date, plan_year)
    return None if best is None else holiday_span_dated(text, best, doc_date)


def chosen_candidate(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> Candidate | None:
    candidates = coordinated(text, outermost(spans_dated_inside(all_candidates(text, doc_date, plan_year))))
    candidates = before_a_contingency(text, after_an_opening_case(text, candidates))
    if not candidates:
        return None
    opening = sentence_opening(text, candidates)
    if opening is not None and all(c.tier >= SPAN for c in candidates if c is not opening):
        return directive_urgency(text, opening, candidates)
    best = min(candidates, key=lambda c: (c.tier, c.start))
    best = directive_urgency(text, main_clause_timing(text, best, candidates), candidates)
    return sharpened(text, best, candidates)


def holiday_span_dated(text: str, best: Candidate, doc_date: dt.date | None) -> Candidate:
    """The chosen limit, a named holiday's span (国庆节期间) given its last day off (holiday_last_day). The day is
    given after the choice: the ranking reads an undated span as one whose end the text does not state, and a
    span the calendar ends still yields as such (清明节期间全天候在岗值守: the duty)."""
    holiday = holiday_span(text[best.start : best.end]) if best.date is None else None
    return best if holiday is None else replace(best, date=holiday_last_day(holiday["name"], doc_date))


def directive_urgency(text: str, best: Candidate, candidates: list[Candidate]) -> Candidate:
    """An undated span (台风期间) in a clause that directs nothing — it tells what goes on then (寒潮期间
    道路容易结冰，…) or goes on with a measure after the directive has been given (…要立即组织检查，春运期间
    严格执行…) — yields to the urgency of a clause that has the directive's modal (须立即, 应迅速, 要第一时间):
    that urgency times the task. A span that is the topic of the next clause (台风期间，渔船要…) or stands in
    a modal clause of its own (要在检修期间落实…) keeps its rank."""
    if best.kind != "period" or best.date is not None or best.tier != SPAN:
        return best
    if directs(clause_around(text, best)) or not clause_action_after(text, best):
        return best
    breaks = resources.deadline_patterns()["clause_break_re"]
    urgent = [
        c
        for c in candidates
        if presses(c)
        and breaks.search(text, min(c.end, best.end), max(c.start, best.start))
        and directs(clause_before(text, c) + text[c.start : c.end])  # 应 is a modal only before a verb (应迅速)
    ]
    return min(urgent, key=lambda c: c.start, default=best)


def presses(candidate: Candidate) -> bool:
    """Urgency (立即, 迅速) or a count of hours or minutes (24小时内), not urgency in how a body acted (NARRATED)."""
    return candidate.tier <= URGENT and (candidate.kind == "immediate" or candidate.tier == COUNTED_HOURS)


def clause_around(text: str, candidate: Candidate) -> str:
    """The clause the candidate stands in, between the clause breaks around it."""
    return clause_before(text, candidate) + text[candidate.start : candidate.end] + clause_after(text, candidate)


def clause_before(text: str, candidate: Candidate) -> str:
    """The words of the candidate's clause before it."""
    breaks = resources.deadline_patterns()["clause_break_re"].finditer(text, 0, candidate.start)
    return text[max((m.end() for m in breaks), default=0) : candidate.start]


def clause_after(text: str, candidate: Candidate) -> str:
    """The words of the candidate's clause after it."""
    clause_end = resources.deadline_patterns()["clause_break_re"].search(text, candidate.end)
    return text[candidate.end : clause_end.start() if clause_end else len(text)]


def directs(clause: str) -> bool:
    """The clause holds a modal cue (要, 应, 须, 严禁…: tasks.modal_cues): it gives a directive."""
    from .tasks import modal_cues  # the task cues are the one list of modals; imported here for the import cycle

    return bool(modal_cues(clause))


def main_clause_timing(text: str, best: Candidate, candidates: list[Candidate]) -> Candidate:
    """A frequency of a later clause (…要立即责令停工，…，安排专人每日巡查; 在汛期落实堤防巡护，每日通报险情)
    times one step of the task: urgency, or a span after 在/于, that stands inside an earlier clause with that
    clause's action after it times the task, so it comes first. So does a dated span that opens a later clause
    and governs that clause's verb (…，7月10日至20日集中开展夜查，每周通报): it times the main verb, the
    frequency a step within it. A span opening the sentence (防火期内，…护林员每天巡山; 汛期各村…，每天17时前报平安)
    stays behind the frequency, as the gold sets annotate it."""
    if best.kind != "recurring":
        return best
    breaks = resources.deadline_patterns()["clause_break_re"]
    earlier = [
        c
        for c in candidates
        if (presses(c) or c.kind == "period" and adverbial(text, c))
        and c.end <= best.start
        and breaks.search(text, c.end, best.start)
        and clause_action_after(text, c)
    ]
    earlier += [c for c in candidates if c.end <= best.start and dated_span_opening_a_clause(text, c)]
    return min(earlier, key=lambda c: c.start, default=best)


def dated_span_opening_a_clause(text: str, candidate: Candidate) -> bool:
    """A span of days (7月10日至20日: no 于 before it, so ranked a span) that opens a clause after the sentence's
    first and goes on to that clause's action (，7月10日至20日集中开展…): the adverbial of the clause's verb. A span
    standing alone in its clause (…，10月1日至8日，各单位每日…) is a topic, and an undated one (…，汛期每日巡查)
    keeps the tier rule: the older gold sets take the frequency after both (dl73 measured them)."""
    if candidate.kind != "period" or candidate.date is None or candidate.tier != SPAN:
        return False
    if resources.deadline_patterns()["sentence_opening_re"].match(text[: candidate.start]):
        return False
    return not clause_before(text, candidate).strip() and clause_action_after(text, candidate)


def adverbial(text: str, candidate: Candidate) -> bool:
    """The span is introduced by 在/于 before the clause's verb (在汛期落实…, 要在暑期开展…), or is a term the
    clause's work is given (实施为期一个月的重点监控, 为期: "for a term of"): it times that action."""
    if term_of_work(text, candidate):
        return True
    return text[candidate.start - 1 : candidate.start] in ("在", "于") if candidate.start else False


def clause_action_after(text: str, candidate: Candidate) -> bool:
    """The candidate's clause goes on to its action (汛期各村负责人手机24小时开机，…): four characters or more
    before the clause ends. A timing that ends its clause, or is followed only by a time word (专项行动过程中，…),
    is the clause's topic."""
    return sum(map(is_han, clause_after(text, candidate))) >= CLAUSE_ACTION


def sharpened(text: str, best: Candidate, candidates: list[Candidate]) -> Candidate:
    """A span opening the sentence (二季度，5月底前完成…补库; 消防宣传月期间，综合部在11月18日上午组织疏散演练) gives
    way to a day of the clause right after it that falls within it: that day times the item's main work. A
    limit of a later clause (上半年，督促…完成…检查，5月10日前报送报告) times one step, and the span stays. A month
    that labels its line (4月：开展泵站检查，…试运行（4月20日前完成）) heads all of it, so a day anywhere after it does."""
    patterns = resources.deadline_patterns()
    mark = text[best.end : best.end + 1]
    if best.kind != "period" or best.date is None or mark not in ("，", ",", "：", ":"):
        return best
    if not patterns["sentence_opening_re"].match(text[: best.start]):
        return best
    clause_end = patterns["clause_break_re"].search(text, best.end + 1)
    main_end = clause_end.start() if clause_end and mark in ("，", ",") else len(text)
    inside = (
        c for c in candidates if best.end < c.start < main_end and c.tier == STATED and c.date and c.date <= best.date
    )
    return next(inside, best)


def after_an_opening_case(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The timings after a case clause that opens the sentence and ends in 的 (演出期间出现踩踏的，须第一时间
    报告): the case's time describes when it applies, the action's own time times the action. All timings
    when none stands after it (到2027年底仍不达标的，由属地政府引导关闭: the case's time is the consequence's)."""
    case = resources.deadline_patterns()["opening_case_clause_re"].match(text)
    if case is None:
        return candidates
    after = [c for c in candidates if c.start >= case.end()]
    return after or candidates


def before_a_contingency(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The timings before a contingency the sentence adds after its directive (…应立即责令停工，承包单位逾期
    不改的，须在1小时内…报告): the consequent's time times the contingency, not the task. All
    timings when none stands before it."""
    contingency = resources.deadline_patterns()["contingency_re"].search(text)
    if contingency is None:
        return candidates
    before = [c for c in candidates if c.end <= contingency.start()]
    return before or candidates


def sentence_opening(text: str, candidates: list[Candidate]) -> Candidate | None:
    """The timing that opens the sentence (持续推进…，汛期对客运车辆实行…): it scopes over the whole
    sentence, so it beats later spans and urgency, though not a date or a frequency (节日期间严格执行24小时
    值班制度 is timed by its duty). 会后 opening it only starts the work (会后要立即召开…: 立即 times it)."""
    opening = resources.deadline_patterns()["sentence_opening_re"]
    return next((c for c in candidates if c.tier != MEETING_START and opening.match(text[: c.start])), None)


def coordinated(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Limits of one tier and kind joined by 和/及/、 (6月25日前和12月10日前, 6月7日至8日、6月17日至19日)
    merged into one that ends on the later day."""
    joiner = resources.deadline_patterns()["coordination_re"]
    merged: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: c.start):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.tier == candidate.tier
            and last.kind == candidate.kind
            and (last.date or candidate.date)
            and joiner.fullmatch(text, last.end, candidate.start)
        ):
            later = max((d for d in (last.date, candidate.date) if d), default=None)
            merged[-1] = Candidate(last.start, candidate.end, candidate.kind, later, last.tier)
            continue
        merged.append(candidate)
    return merged


def all_candidates(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> list[Candidate]:
    candidates = terms_from_their_start(text, found_candidates(text, doc_date, plan_year), doc_date)
    patterns = resources.deadline_patterns()
    background = patterns["background_before_re"]
    reported = patterns["background_after_re"]
    # 截至8月底 is a report's cut-off, not a limit; 春节前的工期压力 is a noun's time; 上半年尚未整改的 reports
    kept = [
        c
        for c in candidates
        if not background.search(text, 0, c.start)
        and (term_of_work(text, c) or not (noun_time(text, c) or in_case_clause(text, c)))
        and not quoted_value(text, c)
        and not in_a_title(text, c)
        and not covered_by_a_plan(text, c)
        and not in_a_quality_noun(text, c)
        and not names_other_work(text, c)
        and not lifts_a_ban(text, c)
        and not reported.match(text, c.end)
        and not in_a_checked_item(text, c)
    ]
    return restated_by_a_day(text, [quoted_or_own(text, c, kept) for c in kept])


def restated_by_a_day(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A limit the text counts from an event (约谈后10日内) and restates at once as a day (，即1月26日前) ends on that
    day: the 即 clause says which day the count gives, so the count takes its date and either wording is the limit."""
    restated = resources.deadline_patterns()["restated_day_re"]
    dated = {c.start: c.date for c in candidates if c.date is not None}
    found = []
    for candidate in candidates:
        restatement = restated.match(text, candidate.end)
        day = dated.get(restatement.end()) if restatement and candidate.date is None else None
        found.append(replace(candidate, date=day) if day is not None else candidate)
    return found


def found_candidates(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> list[Candidate]:
    """Every finder's timings in `text`, in the order of FINDERS, before any is set aside as background."""
    live = _live(text)
    candidates = []
    for finder, reads, patterns in _finders():
        if not live & patterns:
            continue  # none of its patterns can match: it finds nothing
        if reads == PLAN_YEAR:
            candidates += finder(text, doc_date, plan_year)
        elif reads == DOC_DATE:
            candidates += finder(text, doc_date)
        else:
            candidates += finder(text)
    return candidates


def quoted_or_own(text: str, candidate: Candidate, candidates: list[Candidate]) -> Candidate:
    """A stated date in a clause quoting a superior (市里要求3月25日前报送) ranks after a stated date
    of another clause (请各乡镇于3月21日前报): the task's own limit."""
    if candidate.tier != STATED or not resources.deadline_patterns()["quoted_requirement_before_re"].search(
        text, 0, candidate.start
    ):
        return candidate
    own = any(other.tier == STATED and other.start > candidate.end for other in candidates)
    return Candidate(candidate.start, candidate.end, candidate.kind, candidate.date, SEASON) if own else candidate


def in_case_clause(text: str, candidate: Candidate) -> bool:
    """The timing stands in a case clause between 对 and its closing 的 or 者 (对汛前自查走过场的，…
    通报批评; 对整改逾期未销号的企业，…挂牌督办; 对于经通知限期改善而届期未改善者，…) or in a condition
    (如…未能于限期内遵办…，将…): it describes the cases, not when the action is done."""
    patterns = resources.deadline_patterns()
    # an urgency word right after a condition opens its consequent (如有不适立即通知主管): it times the act
    if candidate.kind != "immediate" and patterns["condition_clause_before_re"].search(text, 0, candidate.start):
        return True
    return framed_by(text, candidate, "case_clause")


def in_a_checked_item(text: str, candidate: Candidate) -> bool:
    """The timing stands in a whether-clause (抽查…是否按规定每月测试): it is part of what is checked, not
    the time the check is done in."""
    return bool(resources.deadline_patterns()["checked_item_before_re"].search(text, 0, candidate.start))


def term_work_before(text: str, start: int) -> bool:
    """A verb that launches a work stands right before `start` (开展|实施…为期一个月的…)."""
    return bool(resources.deadline_patterns()["term_work_before_re"].search(text, 0, start))


def term_of_work(text: str, candidate: Candidate) -> bool:
    """A term after the verb that launches the work (实施为期一个月的重点监控, 开展为期3个月的专项整治): the
    work's own time, though 的 follows it and 对 may stand before the verb."""
    return text.startswith("为期", candidate.start) and term_work_before(text, candidate.start)


def noun_time(text: str, candidate: Candidate) -> bool:
    """The timing qualifies a noun (确保春节期间的各项工作…, 春节前的工期压力) that no work verb governs
    (做好节日期间的安全生产检查工作 times the work)."""
    patterns = resources.deadline_patterns()
    if not patterns["noun_modifier_after_re"].match(text, candidate.end):
        return False
    return not patterns["work_before_modifier_re"].search(text, 0, candidate.start)


def quoted_value(text: str, candidate: Candidate) -> bool:
    """The timing is a quoted value the text speaks of (时限一栏为“长期坚持”的，…), which no work verb
    governs (落实“24小时值班”的要求 times the work)."""
    patterns = resources.deadline_patterns()
    opening = patterns["quoted_value_before_re"].search(text, 0, candidate.start)
    return bool(
        opening
        and patterns["quoted_value_after_re"].match(text, candidate.end)
        and not patterns["work_before_modifier_re"].search(text, 0, opening.start())
    )


def in_a_title(text: str, candidate: Candidate) -> bool:
    """The timing is part of a document's title in 《》 (落实《…百日行动方案（2025年）》各项要求), or of one
    named without the marks, 关于 to its genre noun (下发关于做好国庆期间有关工作的意见): it names the document, not a
    time of the task."""
    return framed_by(text, candidate, "title")


def framed_by(text: str, candidate: Candidate, frame: str) -> bool:
    """The timing stands in a frame of deadline_words.toml: `<frame>_before_re` found before it and
    `<frame>_after_re` matching right after it."""
    patterns = resources.deadline_patterns()
    return bool(
        patterns[f"{frame}_before_re"].search(text, 0, candidate.start)
        and patterns[f"{frame}_after_re"].match(text, candidate.end)
    )


def covered_by_a_plan(text: str, candidate: Candidate) -> bool:
    """The timing stands in the clause of a verb that makes a plan, right before the plan's noun (制定台风期间应急
    预案, 细化完善各部门强降雨期间工作事项): it says what the plan covers; the plan is made now. A frequency keeps its reading (建立24小时值班制度
    is a duty the gold sets time)."""
    patterns = resources.deadline_patterns()
    return bool(
        candidate.kind != "recurring"
        and patterns["plan_verb_before_re"].search(text, 0, candidate.start)
        and patterns["plan_noun_after_re"].match(text, candidate.end)
    )


def in_a_quality_noun(text: str, candidate: Candidate) -> bool:
    """The timing stands inside a noun phrase headed by a quality noun in 性 (充分认识安全生产工作的长期性;
    认识做好春节期间安全工作的重要性): it says what the quality is of; no action is timed by it. A timing
    that opens its clause or follows 于/在 times the clause's verb (6月底前提高排查工作的针对性)."""
    return framed_by(text, candidate, "quality_noun")


def names_other_work(text: str, candidate: Candidate) -> bool:
    """The timing stands inside the name of a work the sentence only points at: the work joined to by 结合
    (结合汛前排查，…), the work a check is made of between 对 and the check's verb (对各乡镇汛前准备工作开展明察暗访),
    the work 部署 assigns (研究部署节日期间安全防范工作). It says which work, not when the task's act is done."""
    return framed_by(text, candidate, "other_work") or framed_by(text, candidate, "checked_work")


def lifts_a_ban(text: str, candidate: Candidate) -> bool:
    """An event's limit before a prohibition (在整改完成前不得恢复生产; 在系统投用前，装置不得开车) says until
    when the ban holds: the event is the condition that lifts it, no time by which anything is done. Only an
    undated event's 前 reads so; a date before a ban (6月30日前不得…) still states the day."""
    return (
        candidate.tier == SEASON
        and candidate.date is None
        and text[candidate.start : candidate.end].endswith("前")
        and bool(resources.deadline_patterns()["ban_after_limit_re"].match(text, candidate.end))
    )


def spans_dated_inside(candidates: list[Candidate]) -> list[Candidate]:
    """A named span whose words are a range of days (于七月二十八日至八月三十一日期间) ends where the range it
    holds ends: the range is read inside it, and `outermost` keeps only the span."""
    return [
        replace(c, date=inner.date)
        if c.kind == "period" and c.date is None and (inner := _dated_range_inside(c, candidates))
        else c
        for c in candidates
    ]


def _dated_range_inside(span: Candidate, candidates: list[Candidate]) -> Candidate | None:
    return next(
        (
            o
            for o in candidates
            if o is not span
            and o.kind == "period"
            and o.date is not None
            and span.start <= o.start
            and o.end <= span.end
        ),
        None,
    )


def outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drops candidates inside a longer one (5日前 inside 每月5日前, 清明 inside 清明节期间)."""
    return [
        c
        for c in candidates
        if not any(
            o is not c and o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
            for o in candidates
        )
    ]


@cache
def _scanners() -> GuardedFamily:
    """The `*_re` patterns, pre-tested together: most sentences hold no timing words at all."""
    patterns = resources.deadline_patterns()
    return GuardedFamily({key: pattern for key, pattern in patterns.items() if key.endswith("_re")})


# the finders' sentence is read once for all its patterns (`found_candidates` first, then each finder's
# scans); a task sentence is read by all_candidates twice (the task cues without the document's date,
# the deadline with it)
@lru_cache(maxsize=256)
def _live(text: str) -> int:
    return _scanners().live(text)


def scan(key: str, text: str):
    """The matches of the pattern `key` in `text`, a sentence the finders read."""
    return _scanners().finditer(key, text, _live(text))


def scan_alone(key: str, text: str):
    """The matches of the pattern `key` in `text`, which no other pattern is asked of: its own pre-test."""
    return _scanners().alone[key].finditer(text)


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# --- stated dates --------------------------------------------------------------------------------


def calendar_dates(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> list[Candidate]:
    """9月底前, 到9月底结束, 2024年11月30日前, 明年1月10日前, 6月下旬, 即日起至10月31日. A bare
    month of a plan for `plan_year` falls in that year."""
    found = []
    for match in scan("calendar_re", text):
        parts = match.groupdict()
        if not (parts["month"] or parts["rel_month"]):
            continue
        if parts["to"] in DASHES and not parts["day"] and not third_of_month_span(text, match):
            continue  # 1月—4月、10月—12月 is a cell's list of spans (cell_period), not a limit
        opener = range_opener(text, match)
        # 主汛期（6月1日至9月30日）: the season's dates, a named span rather than a stated limit
        gloss = opener is not None and resources.deadline_patterns()["gloss_before_re"].search(text, 0, opener)
        day_range = resources.deadline_patterns()["day_range_after_re"].match(text, match.end())
        if parts["day"] and not parts["limit"] and day_range is not None:
            # 6月7日至8日: the days a rule holds on, ranked as a named span (6月19日至22日，各乡镇每日7时前报送…
            # is timed by its frequency); after 于/在 and before its action (于7月3日至15日对…开展排查) the
            # days time the action, as a stated date
            end = resolve_calendar({**parts, "day": day_range["day"]}, doc_date, plan_year)
            tier = STATED if times_the_action(text, match, day_range.end()) else SPAN
            found.append(Candidate(match.start(), day_range.end(), "period", end, tier))
            continue
        if not (
            parts["limit"]
            or parts["bound"]
            or parts["month_end"]
            or parts["third"]
            or (parts["to"] and opener is not None)
            or (parts["to"] and parts["day"])
            or (parts["day"] and times_the_action(text, match))
            or scheduled_after_the_document(text, match, parts, doc_date, plan_year)
            or whole_month(match, parts)
        ):
            continue
        if opener is not None and explicit_year(parts, doc_date) is None:
            # 2025年7月10日至7月15日: the span's end is in the year its start states, unless it writes its
            # own (自115年12月20日起至116年1月31日止)
            parts["year"] = opening_year(text[opener : match.start()])
        day = resolve_calendar(parts, doc_date, plan_year)
        if before_the_month(match, parts) and day is not None:
            day = day.replace(day=1) - dt.timedelta(days=1)  # 6月前, 十月份之前: by the end of the month before
        if whole_month(match, parts) and starts_then(text, match):
            # 于6月份开始，在每月7日前报送: the month the duty starts, ranked like 7月25日起 (its frequency
            # or limit times the task); the day is the month's first
            first = day.replace(day=1) if day else None
            found.append(Candidate(match.start(), match.end(), "date", first, STARTED))
        elif opener is not None:
            found.append(Candidate(opener, match.end(), "period", day, SPAN if gloss else STATED))
        else:
            # 9月上旬完成: 完成 is the clause's verb, the third of a month the span it is done in (period), as
            # 9月上旬 alone; only a limit word (9月上旬前, 6月份以前) makes the month a limit
            limit = parts["limit"] not in (None, *SPAN_VERBS)
            whole_span = (parts["third"] or whole_month(match, parts) or match["month_end"] == "全月") and not limit
            kind = "period" if whole_span or runs_until(parts) else "date"
            # a start (7月25日起) is the sentence's date only when it states no limit
            found.append(
                Candidate(match.start(), match.end(), kind, day, STARTED if parts["limit"] == "起" else STATED)
            )
    return found


def runs_until(parts: Mapping[str, str | None]) -> bool:
    """A day after 至/到 closed by 止 with no first day (…继续执行错峰作业，至9月15日止; 计划接受申请至本年十二月三十一日止):
    the text gives how long a standing state lasts, a span to that day (period), not a limit to finish by (到9月底结束
    is a limit: 结束 is the clause's verb)."""
    return parts["to"] in ("至", "到") and parts["limit"] in SPAN_ENDS


def third_of_month_span(text: str, match: re.Match) -> bool:
    """A span of months with a third of a month at one end (2025年6月—7月上旬, 5月下旬—9月): a stage's
    span, ending with its last month or third, never a cell's list of months (1月—4月、10月—12月)."""
    if match["third"]:
        return True
    opener = range_opener(text, match)
    return opener is not None and text[opener : match.start()].rstrip("起").endswith("旬")


def whole_month(match: re.Match, parts: dict) -> bool:
    """`在4月份开展…`, `于十一月期间举办…`: a month named after 在/于 as the time of the work, with no day and no
    limit, is a period that ends on the month's last day; so is a month opening a clause before its work
    (…，9月份组织一次交叉检查; past a colon, a place or an adverb: `month_work_starts`), and a month or 下月 after a
    future's 在/于 (`scheduled_month`). Otherwise a month is background (5月份我县连续发生…, 8月开展了…) or a
    noun's time (6月份新入职员工)."""
    if (
        not (parts["month"] or parts["rel_month"])
        or parts["day"]
        or parts["limit"]
        or match["third"]
        or match["month_end"]
    ):
        return False
    if match.group().endswith("月份") and match.string.endswith(("在", "于"), 0, match.start()):
        return True
    if month_span(match):
        return True
    if scheduled_month(match):
        return True
    if not parts["month"]:  # 本月/下月 time an act only as a future's month
        return False
    patterns = resources.deadline_patterns()
    if not patterns["clause_opening_re"].search(match.string, 0, match.start()):
        return False
    act = patterns["scheduled_action_after_re"]
    return any(act.match(match.string, start) for start in month_work_starts(match.string, match.end()))


def month_span(match: re.Match) -> bool:
    """A month after 在/于 that 期间 makes the span of the work (于十一月期间举办…), as 份 does (在4月份开展…); not the
    time of what happened then (在5月期间发生的…)."""
    text, after = match.string, match.end() + len("期间")
    return (
        text.startswith("期间", match.end())
        and text.endswith(("在", "于"), 0, match.start())
        and not resources.deadline_patterns()["dated_background_after_re"].match(text, after)
    )


def scheduled_month(match: re.Match) -> bool:
    """A month after a future's 在/于 (会在九月举办…, 将于113年12月间会同…办理, 将在下月开展…) before the act it
    times: the month the announced work is done in, written without 份 as Hong Kong and Taiwan pages write it.
    Without the future (在5月发生的事故, 要在9月前) the month is left to the other readings."""
    patterns = resources.deadline_patterns()
    return bool(
        patterns["scheduled_month_before_re"].search(match.string, 0, match.start())
        and times_the_action(match.string, match)
        and not patterns["month_joined_after_re"].match(match.string, match.end())
    )


def month_work_starts(text: str, end: int) -> tuple[int, ...]:
    """Where the work a clause-opening month times may begin: right after the month (9月份组织…), after a label's
    colon (3月：组织…) or the place the work is done in (9月份在辖区同类场所中开展…), or after one adverb or
    serial verb before the act (5月集中开展…, 11月再次组织…). A party between them (9月各乡镇组织…) is a subject,
    which the month does not skip: a report's totals stand so (7月份全县共开展…)."""
    gap = resources.deadline_patterns()["month_work_gap_re"].match(text, end)
    if gap:
        return (end, gap.end())
    words = tagged(text[end : end + MODIFIER_WINDOW])
    if words and words[0][1] in MODIFIER_TAGS:
        return (end, end + words[0][2])
    return (end,)


def starts_then(text: str, match: re.Match) -> bool:
    """The month is when the work starts (于6月份开始, 在7月份起), not the period it is done in."""
    return bool(resources.deadline_patterns()["start_after_month_re"].match(text, match.end()))


def before_the_month(match: re.Match, parts: dict) -> bool:
    """`<month>月(份)(之)前` with no day, the bare month's year unstated: before the month begins (6月前, 十月份之前 → the
    end of the month before; before_month_re)."""
    return bool(
        parts["month"] and not parts["day"] and resources.deadline_patterns()["before_month_re"].search(match.group())
    )


def weekdays(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """下周一例会前, 本周五下班前, 周五前: a day of this or next week (weeks start on Monday); a day
    the text glosses in brackets (下周一（7月15日）前) is that day. 下周一组织复查: a day of this or next
    week right before the action it times, unless that is a meeting or an event (下周一召开)."""
    found = []
    calendar = resources.deadline_patterns()["calendar_re"]
    limits = [(m, m["glossed"] and calendar.fullmatch(m["glossed"])) for m in scan("weekday_re", text)]
    # a day right before its action has no bracketed gloss
    actions = [(m, None) for m in scan("week_day_action_re", text) if not background_after(text, m)]
    for match, glossed in [*limits, *actions]:
        weekday = "一二三四五六日".find(match["weekday"].replace("天", "日"))
        day = None
        if glossed and glossed["day"]:
            day = resolve_calendar(glossed.groupdict(), doc_date)
        elif knows_the_day(doc_date):
            if match["week"] in ("周", "星期"):  # the next such day on or after the document date
                day = doc_date + dt.timedelta(days=(weekday - doc_date.weekday()) % 7)
            else:
                monday = doc_date - dt.timedelta(days=doc_date.weekday())
                day = monday + dt.timedelta(days=weekday + (7 if match["week"].startswith("下") else 0))
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def glossed_day_limits(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """于开始上课日（115年2月23日）前: an event glossed with its day in brackets before 前 is due by that day."""
    calendar = resources.deadline_patterns()["calendar_re"]
    found = []
    for match in scan("glossed_day_limit_re", text):
        glossed = calendar.fullmatch(match["glossed"])
        day = resolve_calendar(glossed.groupdict(), doc_date) if glossed else None
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def starts(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """由明年一月起 (the month's first day; 于9月起, the issuer's work from that month on: an undated period), 从今天起 and 从本周起 (the document's day), 下周起 (next Monday):
    the day a measure starts, ranked like 7月25日起; 今晚 (请各企业今晚组织检查): the document's own day, a stated date."""
    today = doc_date if knows_the_day(doc_date) else None
    found = []
    for match in scan("month_start_re", text):
        year = explicit_year({"rel_year": match["rel_year"] or match["rel_year2"]}, doc_date)
        month = chinese_number(match["month"])
        if year is None and doc_date is not None:
            year = doc_date.year + (1 if month < doc_date.month else 0)
        day = dt.date(year, month, 1) if year is not None and 1 <= month <= 12 else None
        found.append(Candidate(match.start(), match.end(), "date", day, STARTED))
    found += [Candidate(m.start() - 1, m.end(), "period", None, SPAN) for m in scan("month_onward_re", text)]
    found += [Candidate(m.start(), m.end(), "immediate", today, STARTED) for m in scan("today_start_re", text)]
    for match in scan("week_start_re", text):
        monday = today - dt.timedelta(days=today.weekday()) if today else None
        next_week = monday + dt.timedelta(weeks=1) if monday and match["week"].startswith("下") else None
        found.append(Candidate(match.start(), match.end(), "date", next_week or today, STARTED))
    found += [
        Candidate(m.start(), m.end(), "date", today, STATED)
        for key in ("tonight_re", "tonight_hour_re")
        for m in scan(key, text)
    ]
    return found


def next_days(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """明天上午, 明日12时前 (the document's day + 1), 后天下午 (+ 2): a stated date, as 今晚 is; a bare 明天 is none."""
    found = []
    for match in scan("tomorrow_re", text):
        day = None
        if knows_the_day(doc_date):
            day = doc_date + dt.timedelta(days=1 if match["tomorrow"] else 2)
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def this_month_end(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """月底前 with no month: the end of the document's month."""
    found = []
    for match in scan("month_end_re", text):
        day = None
        if knows_the_day(doc_date):
            day = doc_date.replace(day=calendar.monthrange(doc_date.year, doc_date.month)[1])
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def this_week(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """本周内: by the Sunday of the document's week; 下周内: of the week after; 第21周内: of that calendar
    week; 本周内（5月16日前）: the day the brackets give."""
    found = []
    for match in scan("this_week_re", text):
        glossed = match["glossed"] and resources.deadline_patterns()["calendar_re"].fullmatch(match["glossed"])
        day = None
        if glossed and glossed["day"]:
            day = resolve_calendar(glossed.groupdict(), doc_date)
        elif knows_the_day(doc_date):
            day = week_end(match, doc_date)
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def week_end(match: re.Match[str], doc_date: dt.date) -> dt.date | None:
    """The Sunday ending the week `match` names: the document's week, the next one, or a numbered week of the
    document's year; None for a numbered week that ended before the document (a campaign's own 第一周, not the
    calendar's)."""
    if match["number"]:
        number = chinese_number(match["number"])
        if not 1 <= number <= dt.date(doc_date.year, 12, 28).isocalendar()[1]:
            return None
        sunday = dt.date.fromisocalendar(doc_date.year, number, 7)
        return sunday if sunday >= doc_date else None
    this_sunday = doc_date + dt.timedelta(days=6 - doc_date.weekday())
    return this_sunday + dt.timedelta(weeks=1) if match["week"].startswith("下") else this_sunday


def today_limits(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """今日下班前: the document's own day, a stated date that beats 立即 in the same task; 当日完成, a
    same-day limit, ranks after a frequency and before spans and urgency (SAME_DAY); 开展节前检查 (the
    festival's time of the work) after urgency."""
    today = doc_date if knows_the_day(doc_date) else None
    found = [
        Candidate(m.start(), m.end(), "date", today, SAME_DAY if m["same_day"] else STATED)
        for m in scan("today_limit_re", text)
    ]
    # 开展节前安全检查: the time of the inspection, after urgency (立即开展节前…)
    return found + [Candidate(m.start(), m.end(), "date", None, URGENT + 0.5) for m in scan("festival_noun_re", text)]


def after_meeting(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """会后一周内: counted from the meeting, the day of the speech or minutes when the document knows it."""
    found = []
    for match in scan("after_meeting_re", text):
        count = chinese_number(match["count"].replace("两", "二"))
        day = None
        if knows_the_day(doc_date) and count:
            if match["unit"] == "月":
                day = add_months(doc_date, count)
            else:
                day = doc_date + dt.timedelta(days=count * (7 if match["unit"] in ("周", "星期") else 1))
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def working_days(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """3个工作日内: counted from the document's day over working days (add_working_days); after another
    event (受理后5个工作日内) its day is unknown and it ranks as an open limit."""
    found = []
    for match in scan("working_days_re", text):
        count = chinese_number(match["days"].replace("两", "二"))
        if match["after"]:
            found.append(Candidate(match.start("days"), match.end(), "date", None, OPEN))
            continue
        day = add_working_days(doc_date, count) if knows_the_day(doc_date) and count else None
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `day` (2025-05-13, a Tuesday, + 3 → 2025-05-16; 2025-05-20 + 15 →
    2025-06-11, over the 端午 holiday of 2 June)."""
    holidays, worked = working_calendar()
    while count:
        day += dt.timedelta(days=1)
        if day in worked or (day.weekday() < 5 and day not in holidays):
            count -= 1
    return day


@cache
def working_calendar() -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """(public holidays, weekend days worked in their place) of [working_calendar], day by day."""
    table = resources.deadline_patterns()["working_calendar"]
    holidays = set()
    for day, end in calendar_spans():
        while day <= end:
            holidays.add(day)
            day += dt.timedelta(days=1)
    return frozenset(holidays), frozenset(map(dt.date.fromisoformat, table["weekend_days_worked"]))


@cache
def calendar_spans() -> tuple[tuple[dt.date, dt.date], ...]:
    """The public holidays of [working_calendar] as (first, last) days; a single day is its own span."""
    spans = []
    for entry in resources.deadline_patterns()["working_calendar"]["holidays"]:
        first, _, last = entry.partition("/")
        spans.append((dt.date.fromisoformat(first), dt.date.fromisoformat(last or first)))
    return tuple(spans)


def opening_year(opener: str) -> str | None:
    """The year a span's opening day states (2025年7月10日 → 2025, 114年3月1日 → 2025), or None."""
    found = resources.deadline_patterns()["calendar_re"].search(opener)
    year = explicit_year(found.groupdict(), None) if found else None
    return str(year) if year is not None else None


def background_after(text: str, match: re.Match) -> bool:
    """The day is followed by a meeting, an event or a noun (下周一召开, 本周五举行): background."""
    return bool(resources.deadline_patterns()["dated_background_after_re"].match(text, match.end()))


def times_the_action(text: str, match: re.Match, end: int | None = None) -> bool:
    """A day (or days, ending at `end`) after 于/在 and before the action it times (企业于11月15日将…报送,
    于7月3日至15日对…开展排查), or after 定于, which fixes the day for what follows whatever stands between
    (定于6月18日（星期三）下午3:00，在…组织演练)."""
    patterns = resources.deadline_patterns()
    end = match.end() if end is None else end
    after = text[end : end + 1]
    return bool(patterns["fixed_day_before_re"].search(text, 0, match.start())) or bool(
        "\u4e00" <= after <= "\u9fff"
        and patterns["dated_action_before_re"].search(text, 0, match.start())
        and not patterns["dated_background_after_re"].match(text, end)
    )


def scheduled_after_the_document(
    text: str, match: re.Match, parts: dict, doc_date: dt.date | None, plan_year: int | None = None
) -> bool:
    """A day opening a clause before the work or event it times (…到位：1月16日举办主题活动), or before a future
    将 and its party (1月20日将组织…, 7月28日园区安监办将组织…), later than the document's own day: the day the
    action is scheduled for. A day not later than the document's is a
    report (6月11日召开, the meeting reported; 3月2日开展了…); a month before the document's is not rolled into
    the next year here, as a report of last year's month would be, unless the document is a plan for the
    next year (`plan_year`)."""
    if not (parts["month"] and parts["day"]) or parts["limit"] or parts["to"] or not knows_the_day(doc_date):
        return False
    patterns = resources.deadline_patterns()
    if not (
        patterns["clause_opening_re"].search(text, 0, match.start())
        and patterns["scheduled_action_after_re"].match(text, match.end())
    ):
        return False
    year = explicit_year(parts, doc_date) or plan_year or doc_date.year
    day = make_date(year, chinese_number(parts["month"]), chinese_number(parts["day"]))
    return day is not None and day > doc_date


def listed_days(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> list[Candidate]:
    """A list of days parted by 、 before the head noun that names them, opening a clause before its act
    (…，9月24日、10月1日两个出行高峰日实行路面巡逻): the days are one scheduled time of the act, a stated limit dated
    by the list's last day. A list the document's day has reached is a report (6月3日、6月5日两天共检查…), as a
    single scheduled day is (`scheduled_after_the_document`); a list in the middle of a clause (于…、…) is left to
    the other finders."""
    if not knows_the_day(doc_date):
        return []
    patterns = resources.deadline_patterns()
    found = []
    for match in scan("listed_days_re", text):
        last = last_listed_day(match["days"], plan_year or doc_date.year)
        listed = Candidate(match.start(), match.end(), "date", last, STATED)
        opens_a_clause = patterns["clause_opening_re"].search(text, 0, match.start())
        if opens_a_clause and clause_action_after(text, listed) and last is not None and last > doc_date:
            found.append(listed)
    return found


def last_listed_day(days: str, year: int) -> dt.date | None:
    """The last day of a 、-list of days in `year`, its month the last one the list writes (6月3日、10日 → 6月10日)."""
    month = day = None
    for listed in resources.deadline_patterns()["listed_day_re"].finditer(days):
        month = chinese_number(listed["month"]) if listed["month"] else month
        day = chinese_number(listed["day"])
    return make_date(year, month, day) if month and day else None


def range_opener(text: str, match: re.Match) -> int | None:
    """Where `即日起至…` / `3月1日至…` starts, for a date preceded by 至/到; None otherwise."""
    return span_opening(text, match.start() + 1) if match.group("to") else None


def resolve_calendar(parts: dict, doc_date: dt.date | None, plan_year: int | None = None) -> dt.date | None:
    year = explicit_year(parts, doc_date)
    if year is None and plan_year is not None and parts["month"]:
        year = plan_year
    if year is None and doc_date is None:
        return None
    if parts["rel_month"]:
        if not knows_the_day(doc_date):
            return None
        month = doc_date.month + (1 if parts["rel_month"].startswith("下") else 0)
        year, month = (doc_date.year + 1, 1) if month == 13 else (doc_date.year, month)
    else:
        month = chinese_number(parts["month"])
    if not 1 <= month <= 12:
        return None
    if year is None:  # the month's next turn after the document date, if the day exists in it
        if doc_date is None or day_in_month(parts, doc_date.year, month) is None:
            return None
        year = doc_date.year + (1 if month < doc_date.month else 0)
    day = day_in_month(parts, year, month)
    return dt.date(year, month, day) if day else None


def day_in_month(parts: dict, year: int, month: int) -> int | None:
    last = calendar.monthrange(year, month)[1]
    if parts.get("day"):
        day = chinese_number(parts["day"])
        return day if 1 <= day <= last else None
    third = parts.get("third")
    if third == "上旬":
        return 10
    if third in ("中旬", "上中旬"):
        return 20
    return last


def explicit_year(parts: dict, doc_date: dt.date | None) -> int | None:
    if parts.get("year"):
        return int(parts["year"])
    if parts.get("roc_year"):  # 114年9月30日: a year of the Republic, as Taiwan writes it
        return int(parts["roc_year"]) + ROC_OFFSET
    relative = parts.get("rel_year") or (parts["rel_short"] + "年" if parts.get("rel_short") else None)  # 明年底
    if relative and doc_date is not None:
        return doc_date.year + (1 if relative in ("明年", "次年") else 0)
    return None


def day_only_dates(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """28日12时前: a day of the document's month (or the next month, when that day has passed)."""
    found = []
    for match in scan("day_only_re", text):
        day = chinese_number(match.group("day"))
        found.append(Candidate(match.start(), match.end(), "date", next_day_numbered(doc_date, day), STATED))
    return found


def numeric_days(text: str) -> list[Candidate]:
    """2025.4.1—2025.8.31 (a stage's span: a period ending on its second day), 2025.6.30前, 2025/6/30前,
    2025-06-30止, 31/05/2025前, 11/09/2026（周五）17:00前, 最迟06/06/2026 (a date). The year is written, so the document date is not needed; a lone day is
    background."""
    found = []
    for match in scan("numeric_day_re", text):
        if match["last_day"]:
            year = int(match["last_year"] or match["year"])
            kind, day = "period", make_date(year, int(match["last_month"]), int(match["last_day"]))
        elif match["limit"]:
            kind, day = "date", make_date(int(match["year"]), int(match["month"]), int(match["day"]))
        else:
            continue
        found.append(Candidate(match.start(), match.end(), kind, day, STATED))
    for match in scan("day_first_re", text):
        if not (match["limit"] or match["bound"]):
            continue  # a lone day (23/05/2025 18:02, a table's date column) is background
        # no such day (05/31/2025): a month written first, which these notices do not do; read nothing
        if day := make_date(int(match["year"]), int(match["month"]), int(match["day"])):
            found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    return found


def next_day_numbered(doc_date: dt.date | None, day: int) -> dt.date | None:
    if not knows_the_day(doc_date):
        return None
    year, month = doc_date.year, doc_date.month
    if day < doc_date.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dt.date(year, month, day) if day <= calendar.monthrange(year, month)[1] else None


def period_ends(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> list[Candidate]:
    """年底前, 年内, 三季度末, 上半年前 (limits); 全年…不少于 (the year as the period of a count); 明年也将…
    (the year of the issuer's announced work)."""
    found = []
    for key, month_of, kind, tier in (
        ("year_end_re", lambda m: 12, "date", STATED),
        ("quarter_end_re", lambda m: 3 * chinese_number(m["quarter"]), "date", STATED),
        ("half_year_re", lambda m: 6 if m["half"] == "上半年" else 12, "date", STATED),
        ("this_year_re", lambda m: 12, "date", STATED),
        ("mid_year_re", lambda m: 6, "date", STATED),
        ("whole_year_re", lambda m: 12, "period", SPAN),
        ("announced_year_re", lambda m: 12, "period", SPAN),
    ):
        for match in scan(key, text):
            parts = match.groupdict()
            opening_span = key in QUARTERS and opens_the_item(text, match, parts)
            if key == "half_year_re" and text[match.end() : match.end() + 1] in ("，", ",") and not opening_span:
                continue  # …，上半年，… inside a sentence: no item's time
            year = explicit_year(parts, doc_date)
            month = month_of(parts)
            day = None
            if (
                year is None
                and plan_year is not None
                and key in ("year_end_re", "whole_year_re", "this_year_re", "mid_year_re")
            ):
                year = plan_year
            elif year is None and doc_date is not None:
                year = doc_date.year + (1 if month < doc_date.month else 0)
            if year is not None:
                day = dt.date(year, month, calendar.monthrange(year, month)[1])
            # 一季度，编制…, 在三季度组织…: the quarter the work is done in, a span; a limit (一季度完成, 三季度末前) is a date
            span = key in QUARTERS and bare_quarter(text, match, parts)
            found.append(Candidate(match.start(), match.end(), "period" if span else kind, day, tier))
    return found


def bare_quarter(text: str, match: re.Match, parts: dict) -> bool:
    """A quarter or half-year named without a limit (在三季度组织…, 第四季度开展…, 下半年重点追踪) is the span the
    work is done in; 前/内, its end (三季度末) or a completing verb after it (一季度完成) make it a limit."""
    return bool(
        not parts["limit"]
        and not match.group().endswith(("末", "底"))
        and not resources.deadline_patterns()["completion_after_re"].match(text, match.end())
    )


def on_the_calendar(text: str, candidate: Candidate) -> bool:
    """A limit (9月底前, 3日内) or a quarter or half-year the work is done in (在三季度组织…): a time a clause binds
    its act to, where a frequency, urgency or a named span (节日期间) is not."""
    words = text[candidate.start : candidate.end]
    if candidate.tier == COUNTED_HOURS:
        return False  # 24小时内 is a reporting window, urgency's rank
    return candidate.kind == "date" or any(resources.deadline_patterns()[key].fullmatch(words) for key in QUARTERS)


def opens_the_item(text: str, match: re.Match, parts: dict) -> bool:
    """A quarter or half-year that opens the sentence set off by a comma (一季度，修订…; 18.上半年，指导…)
    is the time of the whole item: a stated span. Its end (三季度末，完成…) is a limit."""
    return bool(
        not parts["limit"]
        and not match.group().endswith(("末", "底"))
        and text[match.end() : match.end() + 1] in ("，", ",")
        and resources.deadline_patterns()["sentence_opening_re"].match(text[: match.start()])
    )


def holidays(text: str, doc_date: dt.date | None, plan_year: int | None = None) -> list[Candidate]:
    """春节前 → the day before the next Spring Festival; 清明当天 → the festival's day; 国庆节期间/春节前后 →
    a span; 即日起至春节前 → a span that ends the day before it. A document that knows only the year its title
    names (在全县2025年安全生产工作会议上的讲话) speaks of that year's festivals: “五一”前 is 2025-04-30, never
    rolled into the next year."""
    found = []
    for match in scan("holiday_re", text):
        if match.group("when") in ("前后", "期间", "假期"):  # the chosen one's days off: holiday_span_dated
            found.append(Candidate(match.start(), match.end(), "period", None, SPAN))
            continue
        start: dt.date | None
        if plan_year is not None and not knows_the_day(doc_date):
            start = holiday_date(match.group("name"), plan_year)
        else:
            start = next_holiday(match.group("name"), doc_date)
        # a season counted from a festival (春运前) is a season's limit: a calendar date is sharper
        tier = STATED if is_festival(match.group("name")) else SEASON
        if start is not None and match.group("when") not in SAME_DAY_WORDS:  # 清明当天 is the festival's own day
            start -= dt.timedelta(days=1)
        opener = span_opening(text, match.start())
        if opener is not None:  # 即日起至春节前: a span that ends the day before the festival
            found.append(Candidate(opener, match.end(), "period", start, tier))
            continue
        found.append(Candidate(match.start(), match.end(), "date", start, tier))
    return found


def span_opening(text: str, end_words: int) -> int | None:
    """Where a span opens (即日起, 3月1日起) that runs, through 至/到/a dash, to the words at `end_words`
    (即日起至春节前, 3月1日至5月31日), or None."""
    if text[end_words - 1 : end_words] not in SPAN_WORDS:
        return None
    opener = resources.deadline_patterns()["range_opener_re"].search(text, 0, end_words - 1)
    return opener.start() if opener and opener.group() else None


def next_holiday(name: str, doc_date: dt.date | None) -> dt.date | None:
    """The festival on or after the document date. A date that knows only its year (〔2024〕12号)
    stands for the year's middle: a notice of that year speaks of the coming 春节, the next year's."""
    if doc_date is None:
        return None
    if not knows_the_day(doc_date):
        doc_date = dt.date(doc_date.year, 7, 1)
    this_year = holiday_date(name, doc_date.year)
    return this_year if this_year >= doc_date else holiday_date(name, doc_date.year + 1)


def holiday_last_day(name: str, doc_date: dt.date | None) -> dt.date | None:
    """The last day off of the holiday `name` names that has not ended on the document's day (国庆节期间 in a
    notice of 2025-09-19 → 2025-10-08), or None when its days are not known (holiday_days). A pair named as
    one (“两节”) is the one of its festivals that comes first."""
    if doc_date is None:
        return None
    if not knows_the_day(doc_date):
        doc_date = dt.date(doc_date.year, 7, 1)
    coming = []
    for festival in resources.deadline_patterns()["holiday_pairs"].get(name, [name]):
        for year in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
            days = holiday_days(festival, year)
            end = days[1] if days else holiday_date(festival, year)
            if end >= doc_date:
                coming.append((end, days))
                break
    days = min(coming, key=lambda found: found[0])[1] if coming else None
    return days[1] if days else None


@cache
def holiday_days(name: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day off around the festival of `year`: the [working_calendar] span that holds its day
    where the table lists the year, else its statutory days ([holiday_spans]), else None."""
    day = holiday_date(name, year)
    listed = [span for span in calendar_spans() if span[0].year == year]
    if listed:
        return next(((first, last) for first, last in listed if first <= day <= last), None)
    rule = resources.deadline_patterns()["holiday_spans"].get(name)
    if rule is None:
        return None
    last = day + dt.timedelta(days=rule["days"] - 1)
    joined = rule.get("joined")
    if joined and day <= holiday_date(joined, year) <= last:  # 中秋 within 国庆's days: one day more off
        last += dt.timedelta(days=1)
    return day, last


HOLIDAY_ARITY = {"solar": 2, "lunar": 2, "term": 1}  # the numbers (or name) of each kind of [holidays] entry


def holiday_entry(name: str) -> tuple[str, list[str], int]:
    """A [holidays] entry: its calendar, its values, and the days a season opens after the day (春运:
    15 days before 春节, `lunar 1 1 -15`), 0 for a festival."""
    calendar_kind, *values = resources.deadline_patterns()["holidays"][name].split()
    arity = HOLIDAY_ARITY[calendar_kind]
    return calendar_kind, values[:arity], int(values[arity]) if len(values) > arity else 0


def is_festival(name: str) -> bool:
    """A festival of the table, not a season counted from one (春运): a bare 节前 may refer to it."""
    return holiday_entry(name)[2] == 0


@cache
def holiday_date(name: str, year: int) -> dt.date:
    """Solar holidays from the table; lunar ones and 清明 through lunar_python; a season counted from
    a festival (春运) that many days from it."""
    calendar_kind, values, offset = holiday_entry(name)
    if calendar_kind == "solar":
        return dt.date(year, int(values[0]), int(values[1])) + dt.timedelta(days=offset)
    from lunar_python import Lunar, Solar

    if calendar_kind == "lunar":
        solar = Lunar.fromYmd(year, int(values[0]), int(values[1])).getSolar()
    else:
        solar = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()[values[0]]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay()) + dt.timedelta(days=offset)


def national_months(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """A national campaign month (“安全生产月”期间, 11月“消防宣传月”期间) is a span that ends on its month's last day:
    the month the document states before the name, else the calendar's ([national_months]: 安全生产月 is June)."""
    months = resources.deadline_patterns()["national_months"]
    found = []
    for match in scan("national_month_re", text):
        month = int(match["stated"]) if match["stated"] else months[match["led"] or match["name"]]
        day = None
        if doc_date is not None and 1 <= month <= 12:
            year = doc_date.year + (1 if doc_date.month > month else 0)
            day = dt.date(year, month, calendar.monthrange(year, month)[1])
        found.append(Candidate(match.start(), match.end(), "period", day, STATED))
    return found


def target_years(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """落实2024年度安全生产目标: a goal or task of a named year is due by its December 31; 2021年均要…: a year
    before a directive's modal is the period of its work. A year before the document's (2023年度目标任务
    reviewed in a 2024 document) is background."""
    found = []
    for key, kind in (("target_year_re", "date"), ("directive_year_re", "period")):
        for match in scan(key, text):
            year = int(match.group("year"))
            if doc_date is None or year >= doc_date.year:
                found.append(Candidate(match.start(), match.end(), kind, dt.date(year, 12, 31), SEASON))
    return found


# --- open limits, frequencies, spans, urgency, lasting duties --------------------------------------


def recurring(text: str) -> list[Candidate]:
    """每月5日前, 每年6月底前, 每年汛期前 (a stated day), 每月/按季度/定期/24小时值班/交接班时/每逢节假日/每个赶集日
    (a frequency), 限期整改 (an open limit); not a frequency that reports how often something happens (事故每年都有).
    定期 names no period, so a frequency that names one (定期会商，…每日调度) comes first."""
    found = []
    background = resources.deadline_patterns()["recurring_background_after_re"]
    for match in scan("recurring_re", text):
        if background.match(text, match.end()):
            continue  # 事故每年都有: how often it happens, not a duty
        stated = ("day", "hour", "shift_end", "end", "weekday", "term", "yearly", "yearly_event")
        tier = STATED if any(match.group(key) for key in stated) else OPEN
        found.append(Candidate(match.start(), match.end(), "recurring", None, tier))
    found += [Candidate(m.start(), m.end(), "recurring", None, REGULAR) for m in scan("regular_re", text)]
    for key in (
        "watch_duty_re",
        "by_period_re",
        "shift_change_re",
        "every_occasion_re",
        "every_event_before_re",
        "every_named_day_re",
        "each_listed_time_re",
    ):
        found += [Candidate(m.start(), m.end(), "recurring", None, OPEN) for m in scan(key, text)]
    paper = resources.deadline_patterns()["order_paper_after_re"]
    found += [
        Candidate(m.start(), m.end(), "date", None, ORDER_PAPER if paper.match(text, m.end()) else OPEN)
        for m in scan("time_limit_re", text)
    ]
    return found


def counted_days(text: str, doc_date: dt.date | None) -> list[Candidate]:
    """15日内, 一周内 and 一个月内 count from the document date; 开学后两周内, 开学后10日内 and 开学第一周内, counted from an
    event, are stated limits whose day only the event's gloss gives (dated_by_event); 24小时内 is a relative limit
    (date null) ranked as urgency, sharper than a bare 立即."""
    found = []
    for match in scan("days_within_re", text):
        day = doc_date + dt.timedelta(days=chinese_number(match["days"])) if knows_the_day(doc_date) else None
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    for match in scan("event_count_re", text):
        # the event's word opens the limit; after a bracket or a number (…）后10日内) the count alone does
        start = match.start() if match["event"] or match["nth"] else match.start("count")
        found.append(Candidate(start, match.end(), "date", None, event_count_rank(match)))
    for match in scan("weeks_counted_re", text):
        weeks = chinese_number(match.group("weeks").replace("两", "二"))
        day = doc_date + dt.timedelta(weeks=weeks) if knows_the_day(doc_date) and weeks else None
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    for match in scan("months_counted_re", text):
        months = chinese_number(match.group("months").replace("两", "二"))
        day = add_months(doc_date, months) if knows_the_day(doc_date) and months else None
        found.append(Candidate(match.start(), match.end(), "date", day, STATED))
    found += [Candidate(m.start(), m.end(), "date", None, COUNTED_HOURS) for m in scan("hours_within_re", text)]
    return found


def event_count_rank(match: re.Match[str]) -> float:
    """A count of working days from an event (整改时限届满后3个工作日内) or of days before one (复工前一日) ranks as an
    open limit, as a count of working days after another event always has (`working_days`): a stated day in the same
    sentence is the sharper limit until the document dates the event."""
    return OPEN if match["unit"] == "工作日" or match["before"] else STATED


def season_limits(text: str) -> list[Candidate]:
    """汛前, 寒假前, 春耕前, 春节停工前, 在春运开始前, 在行动结束后, 下次例会: a limit set by a season or an event
    whose day is local (date null); 更换前，由…: an opening event, ranked below every other timing."""
    seasons = [
        Candidate(m.start(), m.end(), "date", None, SEASON)
        for key in ("season_before_re", "event_before_re", "event_after_re", "next_meeting_re")
        for m in scan(key, text)
    ]
    # a season inside the opening clause (国庆节放假前，…) is read as the season, which outranks the bare event
    return seasons + [
        Candidate(m.start(), m.end(), "date", None, MEETING_START)
        for m in scan("opening_event_before_re", text)
        if times_the_next_clause(text, m) and not any(c.start < m.end() and m.start() < c.end for c in seasons)
    ]


def times_the_next_clause(text: str, match: re.Match[str]) -> bool:
    """更换前，相关实验室落实…; 外包队伍进场前，由安全环保部负责…: an event clause opening the sentence times the act of
    the party the next clause names, ranked as 会后 is: any other timing of the sentence (约谈前 that an earlier
    finder dates by the document's 约谈, a later date) is the limit. The clause must hold a verb with 前 cut as its own
    word (目前, 年前 are time words); the next clause names its party (由…, or a party before its modal): a bare modal
    (…作业前，必须…) goes on with the event's own subject, a standing rule's condition and no limit, and a ban after
    it is lifted by the event (lifts_a_ban); 在/于…前 is event_before_re's."""
    patterns = resources.deadline_patterns()
    return (
        bool(patterns["sentence_opening_re"].match(text[: match.start()]))
        and bool(patterns["named_party_act_re"].match(text, match.end()))
        and not patterns["ban_after_limit_re"].match(text, match.end())
        and event_clause(match.group())
    )


def event_clause(clause: str) -> bool:
    """A clause ending in 前 that names an event: a verb among its words and 前 a word of its own."""
    words = tagged(clause)
    return (
        bool(words) and words[-1][0] in ("前", "之前", "以前") and any(tag.startswith("v") for _, tag, _ in words[:-1])
    )


def meeting_starts(text: str) -> list[Candidate]:
    """会后，各村要…: the reported meeting starts the work, an undated limit that any other timing outranks. Only
    where the tagger reads 会后 as one word of its clause (例会后 and 大会后 are another gathering's)."""
    found = []
    for match in scan("meeting_start_re", text):
        clause = clause_before(text, Candidate(match.start(), match.end(), "date", None, MEETING_START))
        offset = match.start() - len(clause)
        words = tagged(text[offset : match.end() + 1])
        if any(word == "会后" and offset + end == match.end() for word, _, end in words):
            found.append(Candidate(match.start(), match.end(), "date", None, MEETING_START))
    return found


def named_spans(text: str) -> list[Candidate]:
    """百日行动, 三年行动 (a campaign the task carries out, not one it is joined to or acts on),
    节日期间, 强降雨期间, 开展“夏季安全执法月”行动, 作业期间 opening the sentence, any event's span opening a clause
    before its act (康养大会召开期间原则上不安排…)."""
    object_before = resources.deadline_patterns()["campaign_object_before_re"]
    campaigns = [m for m in scan("campaign_re", text) if not object_before.search(text, 0, m.start())]
    opening = resources.deadline_patterns()["sentence_opening_re"]
    # the span of the work itself (作业前及作业期间应…) times the duty only where it opens the sentence
    work = [m for m in scan("work_span_re", text) if opening.match(text[: m.start()])]
    spans = (
        *campaigns,
        *scan("span_re", text),
        *scan("campaign_period_re", text),
        *scan("campaign_month_re", text),
        *scan("event_span_re", text),
    )
    return [Candidate(m.start(), m.end(), "period", None, SPAN) for m in (*spans, *work)]


def terms(text: str) -> list[Candidate]:
    """开展为期3个月的专项整治: the term the launched work is given, an undated span. After a start
    (11月1日起…开展为期两个月的…) the term counts from it: `terms_from_their_start` dates it."""
    return [
        Candidate(m.start(), m.end(), "period", None, SPAN)
        for m in scan("term_re", text)
        if term_work_before(text, m.start())
    ]


def terms_from_their_start(text: str, candidates: list[Candidate], doc_date: dt.date | None) -> list[Candidate]:
    """11月1日起，…开展为期两个月的…: a term after the start the sentence dates runs from that day for its count,
    so the document fixes its end (2024-12-31), as 11月1日起至12月31日 would: it stands for its start and ranks
    as that span, a stated period. A start only the term dates (即日起, 由本月起, 从5月起: `term_start_day`) opens
    it as well. A term after a 起 no reader dates (自3月中旬起, 即日起至…开展为期…) is left to the start, and a term
    whose start another timing parts from it (11月1日起…，12月底前…为期) is its own."""
    term_re = resources.deadline_patterns()["term_re"]
    result = list(candidates)
    for term in candidates:
        counted = term_re.fullmatch(text, term.start, term.end) if term.date is None else None
        if counted is None or "起" not in text[: term.start]:
            continue
        result.remove(term)
        start = max(
            (c for c in result if c.tier == STARTED and c.date is not None and c.end <= term.start),
            key=lambda c: c.end,
            default=None,
        )
        if start is None:
            opened = term_from_its_own_start(text, term, counted, result, doc_date)
            result += [opened] if opened else []
            continue
        if any(start.end <= other.start and other.end <= term.start for other in result):
            continue
        result.remove(start)
        assert start.date is not None  # for the type checker: chosen among dated starts
        end = term_end(start.date, counted["term_count"], counted["term_unit"])
        result.append(Candidate(term.start, term.end, "period", end, STATED))
    return result


def term_from_its_own_start(
    text: str, term: Candidate, counted: re.Match[str], others: list[Candidate], doc_date: dt.date | None
) -> Candidate | None:
    """The term opened by a start only the term dates (`term_start_re`: 即日起, 今日（十一月三日）起, 由本月起, 从5月起)
    with no other timing between the two, a stated period to its last day (undated where the document's day is
    unknown), or None where no such start stands before it. Months are counted as calendar months, the start's month
    the first (今日（十一月三日）起…为期三个月 → 1月31日), as the golds end such a term; days and weeks from the day itself."""
    opening = None
    for match in resources.deadline_patterns()["term_start_re"].finditer(text, 0, term.start):
        opening = match
    if opening is None or any(opening.end() <= other.start and other.end <= term.start for other in others):
        return None
    day = term_start_day(opening, doc_date)
    if day is not None and (
        counted["term_unit"] == "年" or (counted["term_unit"] == "月" and counted["term_count"] != "半")
    ):
        day = day.replace(day=1)  # whole calendar months (半个月 is fifteen days from the day)
    end = term_end(day, counted["term_count"], counted["term_unit"]) if day else None
    return Candidate(term.start, term.end, "period", end, STATED)


def term_start_day(opening: re.Match[str], doc_date: dt.date | None) -> dt.date | None:
    """The day `term_start_re`'s start names: the document's day (即日起), its month's first (由本月起), or a month's
    first, in the document's year or the next one where the month has passed (从5月起)."""
    if not knows_the_day(doc_date):
        return None
    if opening["today"]:
        return doc_date
    if opening["this_month"]:
        return doc_date.replace(day=1)
    month = chinese_number(opening["month"])
    if not 1 <= month <= 12:
        return None
    return dt.date(doc_date.year + (1 if month < doc_date.month else 0), month, 1)


def term_end(start: dt.date, count_word: str, unit: str) -> dt.date:
    """The last day of a term of `count_word` `unit`s that opens on `start`: 两个月 from 11月1日 → 12月31日,
    两周 from 1月26日 → 2月8日, 半年 from 10月1日 → 3月31日."""
    count = 0.5 if count_word == "半" else chinese_number(count_word.replace("两", "二"))
    if unit in ("年", "月"):
        months = count * (12 if unit == "年" else 1)
        if months == int(months):
            return add_months(start, int(months)) - dt.timedelta(days=1)
        return start + dt.timedelta(days=int(months * 30) - 1)  # 半个月: fifteen days
    return start + dt.timedelta(days=int(count * (7 if unit in ("周", "星期") else 1)) - 1)


def urgency(text: str) -> list[Candidate]:
    """立即, 迅速, 第一时间, 抓紧, 尽快; adjacent words make one phrase (迅速立即). Not inside a relative
    clause (能立即通知撤离的通报系统, 能立即整改的): that describes a thing or a case; nor inside a purpose
    clause (为尽快检视…, 以便局方尽快跟进): that times the purpose, not the action asked for. Before a
    requirement the sentence reports (高度重视，迅速行动，要求立即清理…) urgency tells how the body acted: the
    requirement's own urgency comes first."""
    patterns = resources.deadline_patterns()
    relative, purpose = patterns["relative_urgency_before_re"], patterns["purpose_urgency_before_re"]
    requirement = patterns["requirement_opening_re"]
    return [
        Candidate(m.start(), m.end(), "immediate", None, NARRATED if requirement.search(text, m.end()) else URGENT)
        for m in scan("immediate_re", text)
        if not (relative.search(text, 0, m.start()) and "的" in re.split("[，。；：]", text[m.end() :])[0])
        and not purpose.search(text, 0, m.start())
    ]


def lasting(text: str) -> list[Candidate]:
    """常态化, 经常性, 持续, 日常/恒常 of a routine act, 平时 before a modal, 长期 — in that order of preference —
    unless they only qualify a noun or fall in a unit's remit stated before them."""
    found = []
    for rank, (word, not_after, not_before, kind, own_word_not_before_noun) in enumerate(_ongoing()):
        for match in word.finditer(text):
            if not_after is not None and not_after.match(text, match.end()):
                continue
            if not_before is not None and not_before.search(text, 0, match.start()):
                continue
            if own_word_not_before_noun and not times_an_act(text, match.start(), match.end()):
                continue
            # a word read by its context (加强日常巡查) names only its `duty` group
            start, end = match.span("duty") if "duty" in match.re.groupindex else match.span()
            found.append(Candidate(start, end, kind, None, LASTING + rank / 10))
    return found


def times_an_act(text: str, start: int, end: int) -> bool:
    """Whether the tagger cuts text[start:end] as a word of its own that no noun follows: 长期坚持 and a bare 长期
    time the duty; 中长期合同 (inside a longer word) and 长期气候变迁 (before a noun) class a thing."""
    words = tagged(text)
    for index, (word, _, word_end) in enumerate(words):
        if word_end - len(word) == start and word_end == end:
            return not (index + 1 < len(words) and words[index + 1][1].startswith("n"))
    return False


@cache
def _ongoing() -> tuple[tuple[Guarded, re.Pattern | None, re.Pattern | None, str, bool], ...]:
    """The lasting-duty words compiled, each with what must not follow it, what must not come before it in the
    sentence, the kind it reads as, and whether it must stand as a word of its own before no noun."""
    ongoing = resources.deadline_patterns()["ongoing"]
    return tuple(
        (Guarded(re.compile(word)), not_after, not_before, kind, own_word)
        for word, not_after, not_before, kind, own_word in ongoing
    )


# --- the finders all_candidates runs ---------------------------------------------------------------

PLAN_YEAR, DOC_DATE, TEXT_ONLY = "plan year", "doc date", "text"  # what a finder reads besides the text
# Each finder, in the order its candidates are listed (ties of tier go to the first), with the patterns
# whose matches are its only source of candidates (`scan` keys, test_deadline_finders_declare_their_patterns
# reads them off each finder): a sentence none of them can match is not given to it. None: it scans other
# patterns (lasting's words) and is always run.
FINDERS = (
    (calendar_dates, PLAN_YEAR, ("calendar_re",)),
    (listed_days, PLAN_YEAR, ("listed_days_re",)),
    (weekdays, DOC_DATE, ("weekday_re", "week_day_action_re")),
    (glossed_day_limits, DOC_DATE, ("glossed_day_limit_re",)),
    (this_week, DOC_DATE, ("this_week_re",)),
    (today_limits, DOC_DATE, ("today_limit_re", "festival_noun_re")),
    (next_days, DOC_DATE, ("tomorrow_re",)),
    (after_meeting, DOC_DATE, ("after_meeting_re",)),
    (working_days, DOC_DATE, ("working_days_re",)),
    (
        starts,
        DOC_DATE,
        ("month_start_re", "month_onward_re", "today_start_re", "week_start_re", "tonight_re", "tonight_hour_re"),
    ),
    (this_month_end, DOC_DATE, ("month_end_re",)),
    (day_only_dates, DOC_DATE, ("day_only_re",)),
    (numeric_days, TEXT_ONLY, ("numeric_day_re", "day_first_re")),
    (
        period_ends,
        PLAN_YEAR,
        (
            "year_end_re",
            "quarter_end_re",
            "half_year_re",
            "this_year_re",
            "mid_year_re",
            "whole_year_re",
            "announced_year_re",
        ),
    ),
    (holidays, PLAN_YEAR, ("holiday_re",)),
    (national_months, DOC_DATE, ("national_month_re",)),
    (target_years, DOC_DATE, ("target_year_re", "directive_year_re")),
    (
        counted_days,
        DOC_DATE,
        ("days_within_re", "event_count_re", "weeks_counted_re", "months_counted_re", "hours_within_re"),
    ),
    (
        season_limits,
        TEXT_ONLY,
        ("season_before_re", "event_before_re", "event_after_re", "next_meeting_re", "opening_event_before_re"),
    ),
    (
        recurring,
        TEXT_ONLY,
        (
            "recurring_re",
            "regular_re",
            "watch_duty_re",
            "by_period_re",
            "shift_change_re",
            "every_occasion_re",
            "every_event_before_re",
            "every_named_day_re",
            "each_listed_time_re",
            "time_limit_re",
        ),
    ),
    (
        named_spans,
        TEXT_ONLY,
        ("campaign_re", "work_span_re", "span_re", "campaign_period_re", "campaign_month_re", "event_span_re"),
    ),
    (terms, TEXT_ONLY, ("term_re",)),
    (urgency, TEXT_ONLY, ("immediate_re",)),
    (lasting, TEXT_ONLY, None),
    (meeting_starts, TEXT_ONLY, ("meeting_start_re",)),
)


@cache
def _finders() -> tuple[tuple[Callable[..., list[Candidate]], str, int], ...]:
    """FINDERS with each one's patterns as their bits in `_live` (all bits: always run)."""
    family = _scanners()
    return tuple((finder, reads, family.mask(keys) if keys else -1) for finder, reads, keys in FINDERS)
