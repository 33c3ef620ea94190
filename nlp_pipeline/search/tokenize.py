"""Index and query tokens: CJK bigrams (chosen by measurement, see scripts/search_relevance.py).

Every CJK run becomes its overlapping character bigrams (a lone character stays a unigram), so
any substring of two or more characters is found by its bigrams, whatever a word segmenter
would have made of its context. Other letter/digit runs are single tokens, NFKC-folded and
lower-cased. Queries are cut into words (jieba, field synonyms kept whole): each word is one
term of the ranking (search/ranking.py), matched as its bigrams.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .. import resources
from ..chars import HAN_WITH_COMPATIBILITY
from ..dates import CHINESE_NUMERALS, chinese_number
from .question import question_frame

CJK_CHARS = HAN_WITH_COMPATIBILITY  # a compatibility ideograph in a query is still cut into bigrams
WORD_RUN = re.compile(rf"[{CJK_CHARS}]+|[^\W{CJK_CHARS}_]+")
CJK_RUN = re.compile(rf"[{CJK_CHARS}]+")
# A month or day written in Chinese numerals (六月, 十二月, 十五日): a clerk types it so, documents
# write it in digits (6月底前), so the word is searched in digits too (`_month_spellings`). It asks
# for no tasks due in its month (`query_dues`): measured, that lowered the blind set's month queries
# (docs/search.md, search89), a task due then about another subject outranking the topic's texts.
NUMERAL_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
NUMERAL_DAY = "(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
MONTH = re.compile(rf"(?<![0-9{CHINESE_NUMERALS}])(?:[0-9]{{1,2}}|{NUMERAL_MONTH})月")
# A date or month in a query (2024年6月, 6月底, 12月31日, 11月中旬, 六月底): one term, not digits and characters apart.
# A span of months (7到9月, 7月至9月), a quarter (三季度, 第二季度) or a half-year (上半年) is one
# term too: a date range, matched by the tasks due in any of its months.
MONTH_SPAN = re.compile(r"(?<![0-9])(?P<first>[0-9]{1,2})月?(?:份)?(?:到|至|-|－|—|~|～)(?P<last>[0-9]{1,2})月(?:份)?")
QUARTER = re.compile(r"第?(?P<quarter>[一二三四1-4])季度")
HALF_YEAR = re.compile(r"(?P<half>[上下])半年")
DATE_WORD = re.compile(
    rf"(?:{MONTH_SPAN.pattern})|(?:{QUARTER.pattern})|(?:{HALF_YEAR.pattern})"
    r"|(?<![0-9])(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?"
    r"|[0-9]{1,2}月(?:[0-9]{1,2}[日号]|上旬|中旬|下旬|[初中底末])?)"
    rf"|(?<![{CHINESE_NUMERALS}]){NUMERAL_MONTH}月(?:{NUMERAL_DAY}[日号]|上旬|中旬|下旬|[初中底末])?"
)
NUMERAL_DATE = re.compile(rf"(?<![{CHINESE_NUMERALS}]){NUMERAL_MONTH}月")


@dataclass(frozen=True)
class Phrase:
    """One spelling of a query word: its tokens; `prefix` when the last one is a lone CJK
    character, which the index holds only where no CJK character follows it (燃, 3月 → 3 月*)."""

    word: str
    tokens: tuple[str, ...]
    prefix: bool = False
    # What an occurrence counts in the ranking against one of the query's own word (a neighbour
    # in meaning counts less: search/neighbours.py).
    weight: float = 1.0


@dataclass(frozen=True)
class Due:
    """The month a query asks tasks to be due in (5月底前, 元旦前), or its months from `month` to
    `last` (7到9月, 三季度, 上半年): a task row's parsed deadline date in them, of any year unless
    the query names one (2024年6月)."""

    month: int
    year: int | None = None
    last: int | None = None

    def months(self) -> tuple[int, ...]:
        return tuple(range(self.month, (self.last or self.month) + 1))


@dataclass(frozen=True)
class Party:
    """The parties a query word names (市场监管局: 市场监督管理部门), as the extractor labels the
    tasks' units: a task row labelled with one of them holds the word, written or not."""

    canonicals: tuple[str, ...]


# Canonical units that name a kind of party rather than one (any government, any township, any
# company, 其他): a query word for them is searched by its words only.
PARTY_KINDS = frozenset(
    {"党委", "政府", "党政领导", "乡镇街道", "开发区园区", "企业", "各级各部门", "有关部门", "其他"}
)


@dataclass(frozen=True)
class Term:
    """One word of a query, found in a text when any of its spellings is; a date word is also
    found in a text with a task due in its month (`due`), a party's name in a text with a task
    labelled with that party (`party`)."""

    word: str
    phrases: tuple[Phrase, ...]
    due: Due | None = None
    party: Party | None = None
    # A word of a question's frame (哪个部门牵头: search/question.py), not of its subject: counted in
    # BM25, not in the share of the question a text holds.
    frame: bool = False

    @property
    def asked(self) -> Due | Party | None:
        """What a task row must have for the text to hold this term through it."""
        return self.due or self.party


@dataclass(frozen=True)
class QueryPlan:
    terms: list[Term]
    # CJK runs of the query that were cut into several words: found verbatim, a text ranks higher.
    runs: list[Term] = field(default_factory=list)


def run_tokens(run: str) -> list[str]:
    if not CJK_RUN.match(run):
        return [unicodedata.normalize("NFKC", run).casefold()]
    if len(run) == 1:
        return [run]
    return list(map(operator.add, run, run[1:]))


def index_tokens(text: str) -> str:
    """The space-separated token string stored in the full-text index for `text`."""
    tokens: list[str] = []
    for run in WORD_RUN.findall(text):
        tokens.extend(run_tokens(run))  # a run is all CJK or all not: its first character tells
    return " ".join(tokens)


def phrase(word: str) -> Phrase:
    tokens = tuple(index_tokens(word).split())
    return Phrase(word, tokens, prefix=bool(tokens) and len(tokens[-1]) == 1 and bool(CJK_RUN.match(tokens[-1])))


def query_plan(simplified: str, typed: str) -> QueryPlan:
    """The terms of a normalized query: `simplified` is it in simplified script, `typed` as typed.

    A CJK run is cut into words (field synonyms kept whole, the rest by jieba, a single character
    joined to the word before it; stop words dropped where others are left); each word is a term,
    searched in every spelling: simplified, as typed (a document may keep traditional
    characters), and with a field synonym put in.
    """
    words: list[tuple[str, str]] = []
    runs: list[Term] = []
    aligned = len(typed) == len(simplified)
    position = 0
    for date in [*date_words(simplified), None]:
        for match in WORD_RUN.finditer(simplified, position, date.start() if date else len(simplified)):
            run = match.group()
            typed_run = typed[match.start() : match.end()] if aligned else run
            spans = _word_spans(run) if CJK_RUN.fullmatch(run) else [(0, len(run))]
            words += [(run[start:end], typed_run[start:end]) for start, end in spans]
            if len(spans) > 1 or spans[0] != (0, len(run)):
                runs.append(Term(run, tuple(phrase(spelling) for spelling in dict.fromkeys([run, typed_run]))))
        if date:  # a date (6月底, 12月31日) is one word: its digits and characters found together
            words.append((date.group(), typed[date.start() : date.end()] if aligned else date.group()))
            position = date.end()
    words = [pair for pair in words if pair[0] not in resources.query_stopwords()] or words
    dues = query_dues(simplified)
    frame = question_frame(simplified)
    terms: dict[tuple[str, ...], Term] = {}
    for word, typed_word in words:
        spellings = [
            phrase(spelling)
            for spelling in dict.fromkeys(
                [
                    word,
                    typed_word,
                    *synonym_spellings(word),
                    *_month_spellings(word),
                    *_unit_spellings(word),
                    *_sector_words(word),
                ]
            )
        ]
        due = next((month for span, month in dues if word in span), None)
        dues = [(span, month) for span, month in dues if word not in span]  # one term a deadline
        terms.setdefault(spellings[0].tokens, Term(word, tuple(spellings), due, _party(word), word in frame))
    return QueryPlan(list(terms.values()), runs)


# Reference days a year apart over the lunar calendar's nineteen-year cycle: a deadline read on one
# day of the calendar against each (元旦前 → 12-31) names that month; one read in two months next to
# each other (春节前: January or February, 中秋前: September or October, as the lunar calendar falls)
# names both, the tasks due in either; one read otherwise names none.
REFERENCE_DAYS = tuple(dt.date(year, 1, 10) for year in range(2001, 2020))
# The extractor's patterns of a deadline named without its month: a festival, the year's end, a
# quarter, a half-year (data/extract/deadline_words.toml).
# (Quarters and half-years are date words: `_date_word_months` reads them as their months.)
NAMED_DEADLINES = ("holiday_name_re", "year_end_re")


def query_dues(query: str) -> list[tuple[str, Due]]:
    """The words of `query` that name the months tasks are due in, with the months: each date word
    with a month (5月底, 11月中旬, 2023年4月), a span of months (7到9月), a quarter or half-year
    the extractor's patterns read as a deadline there (三季度完成; not 二季度的通报), and a deadline
    named otherwise (元旦前, 年底前) as the extractor reads it — only when one of its patterns is in the query, since its
    reader loads the document model (a second of a command's start)."""
    patterns = resources.deadline_patterns()
    found = [
        (date.group(), due)
        for date in date_words(query)
        if not NUMERAL_DATE.match(date.group())  # searched by its digits only (see NUMERAL_MONTH)
        and (due := _date_word_months(date.group()))
        and _read_as_deadline(date, patterns)
    ]
    if any(patterns[key].search(query) for key in NAMED_DEADLINES):
        from ..extract.deadlines import find_deadline

        deadline = find_deadline(query, REFERENCE_DAYS[0])
        if deadline and (due := _calendar_month(deadline.text)):
            found.append((deadline.text, due))
    return found


def date_words(text: str) -> list[re.Match[str]]:
    """The date words of `text` (`DATE_WORD`); a month in Chinese numerals only where its numeral
    starts a word of the text's jieba cut (六月底前, 到十二月; not the 一月 of 统一月度, whose 一 ends 统一)."""
    found = list(DATE_WORD.finditer(text))
    if not any(NUMERAL_DATE.match(date.group()) for date in found):
        return found
    import jieba

    word_starts = {start for _, start, _ in jieba.tokenize(text)}
    return [date for date in found if not NUMERAL_DATE.match(date.group()) or date.start() in word_starts]


def _read_as_deadline(date: re.Match[str], patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether a quarter or half-year of the query names when tasks are due, as the extractor's
    patterns read it there (三季度完成, 上半年前), not the period a document is about (二季度的督查通报,
    上半年以来); any other date word does."""
    word = date.group()
    key = "quarter_end_re" if QUARTER.fullmatch(word) else "half_year_re" if HALF_YEAR.fullmatch(word) else None
    if key is None:
        return True
    found = patterns[key].match(date.string, date.start())
    return found is not None and found.end() >= date.end()


def _date_word_months(word: str) -> Due | None:
    """The months of a date word: a span (7到9月), a quarter (三季度: 7 to 9), a half-year
    (上半年: 1 to 6), or one month (6月底, 2024年6月); None for a year alone."""
    if span := MONTH_SPAN.fullmatch(word):
        first, last = int(span["first"]), int(span["last"])
        return Due(first, last=last) if 1 <= first < last <= 12 else None
    if quarter := QUARTER.fullmatch(word):
        number = chinese_number(quarter["quarter"])
        return Due(3 * number - 2, last=3 * number)
    if half := HALF_YEAR.fullmatch(word):
        return Due(1, last=6) if half["half"] == "上" else Due(7, last=12)
    month = MONTH.search(word)
    year = re.match("[0-9]{4}(?=年)", word)
    if not month or not 1 <= chinese_number(month.group()[:-1]) <= 12:
        return None
    return Due(chinese_number(month.group()[:-1]), int(year.group()) if year else None)


def _calendar_month(words: str) -> Due | None:
    """The months `words` name as a deadline, read by the extractor against every reference day:
    one month when each reading is on the same day of the calendar (and the year too when the
    words name it: 2024年底前), two months next to each other when a festival of the lunar
    calendar moves between them (春节前: 1 to 2); None when they name no day of the calendar."""
    from ..extract.deadlines import parse_deadline_text

    read = [parse_deadline_text(words, day) for day in REFERENCE_DAYS]
    days = [dt.date.fromisoformat(deadline.date) for deadline in read if deadline and deadline.date]
    if len(days) < len(REFERENCE_DAYS):
        return None
    if len(set(days)) == 1:
        return Due(days[0].month, days[0].year)
    if any(later.year != earlier.year + 1 for earlier, later in zip(days, days[1:], strict=False)):
        return None
    months = sorted({day.month for day in days})
    if len(months) == 1:
        return Due(months[0])
    return Due(months[0], last=months[1]) if len(months) == 2 and months[1] == months[0] + 1 else None


def _unit_spellings(word: str) -> tuple[str, ...]:
    """A party's other names: 自然资源局 is also written 自然资源和规划局, 自然资源部门 … (the
    extractor's unit aliases; an abbreviation that is also a common word, 交通 or 教育, is none)."""
    return _names_of_same_party().get(word, ())


def _party(word: str) -> Party | None:
    """The parties a query word names when it is a party's name in the extractor's unit aliases
    (not an abbreviation that is also a common word, nor a kind of party)."""
    canonicals = tuple(name for name in _party_of_name().get(word, ()) if name not in PARTY_KINDS)
    return Party(canonicals) if canonicals else None


@cache
def _party_of_name() -> dict[str, tuple[str, ...]]:
    return {alias: canonicals for alias, (canonicals, strict) in resources.unit_aliases().items() if not strict}


def _sector_words(word: str) -> tuple[str, ...]:
    """The words that name a sector, for the sector's own name: 道路交通 is also found as 交通事故,
    客运, 货车 … (the extractor's sector keywords that name this sector alone)."""
    return sector_words().get(word, ())


@cache
def sector_words() -> dict[str, tuple[str, ...]]:
    """Each sector's canonical name and the keywords that name that sector alone."""
    words: dict[str, list[str]] = {}
    for keyword, sectors in resources.sector_keywords().items():
        if len(sectors) == 1 and keyword != sectors[0]:
            words.setdefault(sectors[0], []).append(keyword)
    return {sector: tuple(keywords) for sector, keywords in words.items() if sector in resources.sector_canonicals()}


@cache
def party_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every party's names a query word stands for (the extractor's unit aliases that are not
    strict), by the party's canonical names."""
    names: dict[tuple[str, ...], list[str]] = {}
    for alias, (canonicals, strict) in resources.unit_aliases().items():
        if not strict:
            names.setdefault(canonicals, []).append(alias)
    return {canonicals: tuple(group) for canonicals, group in names.items()}


@cache
def _names_of_same_party() -> dict[str, tuple[str, ...]]:
    return {
        alias: tuple(other for other in group if other != alias) for group in party_names().values() for alias in group
    }


def _month_spellings(word: str) -> list[str]:
    """A date's month alone: 6月底 is also found as 6月30日, 6月份 (6月 matched as a prefix); a
    span's other forms (7到9月: 7月至9月; 三季度: 第三季度); a month in Chinese numerals also in digits
    (六月底: 6月底, 6月)."""
    if not DATE_WORD.fullmatch(word):
        return []
    due = _date_word_months(word)
    if due and due.last:
        first, last = due.month, due.last
        if quarter := QUARTER.fullmatch(word):
            number = "一二三四"[chinese_number(quarter["quarter"]) - 1]
            return [f"第{number}季度", f"{number}季度"]
        if HALF_YEAR.fullmatch(word):
            return []
        return [f"{first}月至{last}月", f"{first}-{last}月", f"{first}至{last}月", f"{first}月—{last}月"]
    month = MONTH.search(word)
    if not month:
        return []
    in_digits = _in_digits(word)
    return [spelling for spelling in dict.fromkeys([in_digits, _in_digits(month.group())]) if spelling != word]


def _in_digits(word: str) -> str:
    """A date word with its Chinese numerals written in digits, as documents write it (六月底 → 6月底,
    十二月十五日 → 12月15日)."""
    return re.sub(rf"[{CHINESE_NUMERALS}]+(?=[月日号])", lambda numeral: str(chinese_number(numeral.group())), word)


def _word_spans(run: str) -> list[tuple[int, int]]:
    """Where the words of a CJK run stand: field synonyms whole, the pieces between cut by
    jieba. The characters jieba leaves single are what it does not know: a stretch of them, the
    stop words at its ends set apart, joins the word before it (燃气管 + 道, 青石 + 镇, 挂牌 + 都办);
    where no word stands right before it, two characters or more are a word of their own (五和一);
    one character joins the word after it at the run's start and is left out after a stop word
    (前要报的隐患: no 报). A stop word joins nothing."""
    if len(run) <= 2:
        return [(0, len(run))]
    spans, position = [], 0
    for start, end in _synonym_spans(run) + [(len(run), len(run))]:
        spans += [(position + a, position + b) for a, b in _jieba_spans(run[position:start])]
        if end > start:
            spans.append((start, end))
        position = end

    def stop(span: tuple[int, int]) -> bool:
        return run[span[0] : span[1]] in resources.query_stopwords()

    words: list[tuple[int, int]] = []
    waiting = None  # one character at the run's start: it joins the next word
    at = 0
    while at < len(spans):
        if spans[at][1] - spans[at][0] > 1:
            word = spans[at]
            if waiting is not None and not stop(word):
                word = (waiting[0], word[1])
            words.append(word)
            waiting = None
            at += 1
            continue
        after = at
        while after < len(spans) and spans[after][1] - spans[after][0] == 1:
            after += 1
        stretch = spans[at:after]
        at = after
        first, last = 0, len(stretch)
        while first < last and stop(stretch[first]):
            first += 1
        while last > first and stop(stretch[last - 1]):
            last -= 1
        words += stretch[:first]
        if last > first:
            core = (stretch[first][0], stretch[last - 1][1])
            if first == 0 and words and not stop(words[-1]):
                words[-1] = (words[-1][0], core[1])
            elif core[1] - core[0] > 1:
                words.append(core)
            elif not words and last == len(stretch):
                waiting = core
        words += stretch[last:]
    cuts = frozenset(end for _, end in spans)
    return [piece for word in words for piece in _split_at_name(run, word, cuts)]


def _split_at_name(run: str, span: tuple[int, int], cuts: frozenset[int]) -> list[tuple[int, int]]:
    """A word the cutting made up (no word of jieba's dictionary, no known name itself) that starts
    or ends with a known name — a field synonym, a party's name of the extractor, a sector word —
    split there, the name and the rest (two characters or more) searched as two words: jieba
    leaves 约谈 after 安监局 as single characters that join it, and 安监局约谈 is not a phrase the
    texts write (安监局 + 约谈). Only where jieba or a field synonym ended a word (`cuts`): 化工厂
    + 还能, not 化工 + 厂还能; 燃气管道 (燃气管 + 道) stays whole. A known name whole stays whole
    (消防救援大队, 应急管理局), so does a word jieba knows; the longest name is taken, a prefix
    before a suffix."""
    start, end = span
    word = run[start:end]
    names = known_names()
    if end - start < 4 or word in names or _jieba_word(word):
        return [span]
    for size in range(end - start - 2, 1, -1):
        if word[:size] in names and start + size in cuts:
            return [(start, start + size), *_split_at_name(run, (start + size, end), cuts)]
    for size in range(end - start - 2, 1, -1):
        if word[-size:] in names and end - size in cuts:
            return [*_split_at_name(run, (start, end - size), cuts), (end - size, end)]
    return [span]


def _jieba_word(word: str) -> bool:
    import jieba

    return bool(jieba.dt.FREQ.get(word))


@cache
def known_names() -> frozenset[str]:
    """The names a made-up query word is split at (`_split_at_name`): field synonyms, the
    extractor's unit aliases that are not common words nor a kind of party (企业, 政府: `PARTY_KINDS`),
    the sectors and their own keywords; two characters or more."""
    parties = (alias for alias, canonicals in _party_of_name().items() if not set(canonicals) <= PARTY_KINDS)
    names = {*resources.search_synonyms(), *parties, *resources.sector_canonicals()}
    names.update(word for words in sector_words().values() for word in words)
    return frozenset(name for name in names if len(name) >= 2)


def _jieba_spans(text: str) -> list[tuple[int, int]]:
    """jieba's words of `text`; a word jieba made up (no dictionary word: its HMM joins unknown
    characters) loses the stop words at its ends (青石镇要 → 青石 · 镇 · 要, 哪天要 → 哪天 · 要)."""
    if not text:
        return []
    import jieba  # loading its dictionary takes a second: only for queries that need cutting

    spans, position = [], 0
    for word in jieba.cut(text):
        start, end = position, position + len(word)
        if len(word) > 1 and not _jieba_word(word):
            while end - start > 1 and text[start] in resources.query_stopwords():
                spans.append((start, start + 1))
                start += 1
            trailing: list[tuple[int, int]] = []
            while end - start > 1 and text[end - 1] in resources.query_stopwords():
                trailing.insert(0, (end - 1, end))
                end -= 1
            spans.append((start, end))
            spans += trailing
        else:
            spans.append((start, end))
        position += len(word)
    return spans


def _synonym_spans(run: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of field synonyms in `run`, the longest taken first."""
    taken: list[tuple[int, int]] = []
    for word in sorted(resources.search_synonyms(), key=len, reverse=True):
        start = run.find(word)
        while start >= 0:
            span = (start, start + len(word))
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
            start = run.find(word, start + 1)
    return sorted(taken)


def synonym_spellings(word: str) -> list[str]:
    """`word` with each field synonym it holds replaced by each of its other names (煤气中毒 →
    一氧化碳中毒; 电瓶车 → 电动车, 电动自行车)."""
    spellings = []
    for start, end in _synonym_spans(word):
        for other in resources.search_synonyms()[word[start:end]]:
            spellings.append(word[:start] + other + word[end:])
    return spellings
