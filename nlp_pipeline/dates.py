"""Written dates, in every form the genre uses, read into ISO dates.

One parser for the package's dates: the metadata reader (datelines, publish lines), the
deadline reader (its day and month numbers) and the deadline ledger read written dates through
it; the CLI's and the web form's `--date` (`iso_date`) and search's date range (`period_bound`)
read typed ones. Written forms (ANNOTATION.md, Deadline):

- 2024年5月6日, 2024年5月6号, 2024-06-13 09:41, 2024/6/13, 2024.06.13
- 二〇二四年五月六日, 二○一○年十月一日, 二0一四年九月十四日 (Chinese numerals, 〇/○/零/O/0 for zero)
- 113年10月31日, 民國113年10月31日, 113-05-20 (years of the Republic of China: + 1911)
- 2014年元月4日, 二〇一四年元月四日 (元月, the first month, in a full date: a signature's form)
- 20230901 16:17:54 (a wire service's stamp: eight digits run together, read so only before a clock)
- 12/12/2025 (day first, as Hong Kong and Macau pages write it; month first only when the
  second number cannot be a month)
- 45747 (a spreadsheet's date serial, as a date cell copied out of Excel reads: `spreadsheet_day`)

Month and day alone (6月11日) carry no year: `month_days` finds them for a caller that knows the
year from elsewhere (a title, a document number, a publish line).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeGuard

ROC_OFFSET = 1911
SERIAL_EPOCH = dt.date(1899, 12, 30)  # day 0 of a spreadsheet's date serials (Excel, LibreOffice)
SERIAL_RANGE = (36526, 73050)  # the serials of 2000-01-01 and 2099-12-31
# a date typed in full width (２０２４年３月５日) is read like one in ASCII digits; one character
# for one, so offsets into the text hold
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# the numerals that count a list's items and headings, a month or a day, in order (一、…十、)
CHINESE_NUMERALS = "一二三四五六七八九十"
CHINESE_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "Ｏ": 0,
    "o": 0,
    "0": 0,  # typed with the digit key among Chinese numerals (二0一四年)
    "０": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_YEAR = "[〇○零OＯo0０一二三四五六七八九]{4}"
_CN_NUMBER = "[一二三四五六七八九十]{1,3}"
# 元月 names the first month (2014年元月4日): read so in a full date only, where the year and the day around it
# leave no other reading; 元 alone (元旦, 元宵) is no month
FIRST_MONTH = "元"

# each form with named groups y/m/d; order matters only for overlapping matches (longest wins)
_FORMS = {
    "ymd": rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})\s*年\s*(?P<m>[0-9]{{1,2}}|{FIRST_MONTH})\s*月\s*(?P<d>[0-9]{{1,2}})\s*[日号]",
    "iso": r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.．])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])",
    # a news site's stamp: the year, a space, then month/day of two digits each (2024 03/15 09:41:27)
    "year_month_day": r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s+(?P<m>[01][0-9])/(?P<d>[0-3][0-9])(?![0-9/])",
    "chinese": rf"(?P<y>{_CN_YEAR})\s*年\s*(?P<m>{_CN_NUMBER}|{FIRST_MONTH})\s*月\s*(?P<d>{_CN_NUMBER})\s*[日号]",
    "roc": r"(?:民[國国]\s*)?(?<![0-9])(?P<y>[0-9]{2,3})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*日",
    "roc_dashed": r"(?<![0-9])(?P<y>1[0-9]{2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])",
    # a wire service's stamp run together, its clock after a space ((中央社訊息服務20230901 16:17:54)): the clock
    # marks the eight digits as a date, where a phone or a serial number has none
    "compact_stamp": r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])(?=\s+[0-9]{1,2}:[0-9]{2}(?![0-9]))",
    "day_first": r"(?<![0-9/])(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>(?:19|20)[0-9]{2})(?![0-9])",
}
_PATTERN = re.compile(
    "|".join(
        f"(?P<{name}>{body.replace('(?P<', f'(?P<{name}_').replace('(?P=', f'(?P={name}_')})"
        for name, body in _FORMS.items()
    )
)
_MONTH_DAY = re.compile(
    r"(?<![0-9０-９年/\-.])(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]"
)


# a search's date bound: a year, a month or a day (\d: full-width digits typed in a form count too)
_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class YearOnly(dt.date):
    """A reference date that knows only its year (from a title or a document number), as 1 January:
    a month or a holiday resolves in that year (6月底前 → 6-30), a count of days (15日内), a bare
    day (28日前) or 本月/下月 does not."""


def knows_the_day(reference: dt.date | None) -> TypeGuard[dt.date]:
    return reference is not None and not isinstance(reference, YearOnly)


@dataclass(frozen=True)
class WrittenDate:
    date: dt.date
    start: int
    end: int
    form: str  # a key of _FORMS


def chinese_number(text: str) -> int:
    """A day, month or count in Arabic (also full-width) or Chinese digits: 9, 十, 十二, 二十五,
    三十一; 0 for a run that writes no number (二二, 十十), which no caller takes for a date."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return CHINESE_DIGIT.get(text, 0)
    tens, _, units = text.partition("十")
    return (CHINESE_DIGIT.get(tens, 0) if tens else 1) * 10 + (CHINESE_DIGIT.get(units, 0) if units else 0)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _read(form: str, groups: dict[str, str]) -> dt.date | None:
    year_text, month_text, day_text = (groups[f"{form}_{key}"] for key in ("y", "m", "d"))
    if form == "chinese":
        year = int("".join(str(CHINESE_DIGIT[ch]) for ch in year_text))
    else:
        year = int(year_text)
    month, day = 1 if month_text == FIRST_MONTH else chinese_number(month_text), chinese_number(day_text)
    if form in ("roc", "roc_dashed"):
        if not 1 <= year <= 200:
            return None
        year += ROC_OFFSET
    if form == "day_first" and month > 12 >= day:
        month, day = day, month  # 6/13/2025 can only be month first
    return make_date(year, month, day)


def find_dates(text: str) -> list[WrittenDate]:
    """Every full date written in `text`, in reading order; full-width digits count as ASCII."""
    found = []
    for match in _PATTERN.finditer(text.translate(FULL_WIDTH_DIGITS)):
        form = match.lastgroup
        date = _read(form, match.groupdict()) if form else None
        if form and date is not None:
            found.append(WrittenDate(date, match.start(), match.end(), form))
    return found


def month_days(text: str) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of each month-and-day written without a year (6月11日, 十二月十二日)."""
    found = []
    for match in _MONTH_DAY.finditer(text):
        month, day = chinese_number(match.group("m")), chinese_number(match.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((month, day, match.start(), match.end()))
    return found


def parse_date(value: str) -> dt.date | None:
    """One date that is the whole of `value` (surrounding spaces allowed), or None."""
    value = value.strip()
    found = find_dates(value)
    return found[0].date if len(found) == 1 and found[0].start == 0 and found[0].end == len(value) else None


def spreadsheet_day(value: str) -> dt.date | None:
    """The day a spreadsheet's date serial stands for, when `value` is only such a number (45747 →
    2025-03-31: a date cell copied out of Excel as its number, counted from 1899-12-30), or None.
    Only serials of the years 2000–2099 count: a cell's other numbers are counts, not days."""
    value = value.strip()
    if not value.isdigit() or not SERIAL_RANGE[0] <= int(value) <= SERIAL_RANGE[1]:
        return None
    return SERIAL_EPOCH + dt.timedelta(days=int(value))


def iso_date(value: str) -> str:
    """A date typed as YYYY-MM-DD (the CLI's and the web form's document date), in ISO form;
    ValueError for anything else."""
    return dt.date.fromisoformat(value).isoformat()


def period_bound(value: str, *, end: bool) -> dt.date:
    """The first day, or with `end` the last, of a year, month or day typed as YYYY, YYYY-MM or
    YYYY-MM-DD (2024-02 ends on 2024-02-29); ValueError for anything else."""
    match = _PERIOD.fullmatch(value.strip())
    if not match:
        raise ValueError(f"not YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
    year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, int(day) if day else (last_day if end else 1))
