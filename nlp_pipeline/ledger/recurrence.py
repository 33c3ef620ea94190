"""When a recurring deadline (每月5日前, 按季度, 每周, 月报告) falls due inside a window.

The cycle a deadline text names and the days it falls on are data (data/ledger/ledger.toml,
as dateutil.rrule parameters); dateutil expands them, so month ends, leap years and the
last day of a quarter need no arithmetic here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from dateutil import rrule

from .. import resources
from ..dates import chinese_number

STATED_DAY = re.compile(r"(?P<day>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]")
QUARTER_LAST_MONTH = "末月"


@dataclass(frozen=True)
class Recurrence:
    cycle: str  # a key of the cycles table: 月, 季度, 周 …
    day: int | None = None  # the stated day of the month (每月5日前), if any

    def standing(self) -> str | None:
        """The reason this cycle is listed apart instead of put on the calendar, or None."""
        return _cycles()[self.cycle].get("standing")

    def rule_parameters(self, text: str = "") -> dict:
        spec = dict(_cycles()[self.cycle])
        if self.day is not None:
            spec.update(spec.pop("with_day", {}))
            spec["bymonthday"] = self.day
        spec.pop("with_day", None)
        if QUARTER_LAST_MONTH in text:
            spec.update(resources.ledger_spec()["quarter_last_month"])
        return spec


@cache
def _cycles() -> dict[str, dict]:
    return resources.ledger_spec()["cycles"]


@cache
def _cycle_words() -> re.Pattern:
    words = [word for word, _ in resources.ledger_spec()["cycle_words"]]
    return re.compile("|".join(map(re.escape, words)))


def recurrence_of(deadline_text: str) -> Recurrence | None:
    """The cycle of a recurring deadline's words, or None (定期, 24小时值班 name no cycle)."""
    found = _cycle_words().search(deadline_text)
    if not found:
        return None
    cycle = dict(resources.ledger_spec()["cycle_words"])[found.group()]
    stated = STATED_DAY.search(deadline_text, found.end())
    day = chinese_number(stated.group("day")) if stated else None
    return Recurrence(cycle, day if day and 1 <= day <= 31 else None)


def occurrences(recurrence: Recurrence, first: dt.date, last: dt.date, text: str = "") -> list[dt.date]:
    """The days from `first` to `last` (both included) on which the recurring deadline falls due."""
    if recurrence.standing() or first > last:
        return []
    spec = recurrence.rule_parameters(text)
    frequency = getattr(rrule, spec.pop("freq"))
    if "byweekday" in spec:
        spec["byweekday"] = getattr(rrule, spec["byweekday"])
    start = dt.datetime.combine(first, dt.time())
    rule = rrule.rrule(frequency, dtstart=start, until=dt.datetime.combine(last, dt.time()), **spec)
    return [moment.date() for moment in rule]
