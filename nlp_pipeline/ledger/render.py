"""The ledger as a table for the terminal, JSON, CSV, an Excel workbook or an iCalendar file.

iCalendar (RFC 5545, written with the `icalendar` library): one all-day VEVENT per entry with a
day (an occurrence of a recurring deadline is an entry of its own), with a reminder the day
before. Its UID is made of the document, the task's status key and the day, so a calendar that
imports a later export updates the event instead of adding a second one; a task marked not
applicable comes back CANCELLED, a done one with 已办结 before its summary.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable

from .. import resources
from ..export import workbook_bytes
from .due import Ledger, LedgerEntry
from .status import statuses

COLUMNS = [
    "类别",
    "截止日期",
    "剩余天数",
    "工作任务",
    "责任单位",
    "完成时限",
    "行业领域",
    "办理状态",
    "备注",
    "文件",
    "文件日期",
    "任务编号",
    "任务键",
    "原文",
]
COLUMN_WIDTHS = {
    "类别": 10,
    "截止日期": 12,
    "剩余天数": 9,
    "工作任务": 40,
    "责任单位": 24,
    "完成时限": 14,
    "行业领域": 14,
    "办理状态": 10,
    "备注": 24,
    "文件": 30,
    "文件日期": 12,
    "任务编号": 8,
    "任务键": 18,
    "原文": 60,
}
LEDGER_SHEET = "督办台账"
STANDING_SHEET = "即时及长期任务"
FORMATS = ("table", "json", "csv", "xlsx", "ics")
UID_DOMAIN = "nlp-pipeline.ledger"
PRODID = "-//nlp-pipeline//督办台账//ZH"
REMINDER_BEFORE = dt.timedelta(days=1)


def category(entry: LedgerEntry) -> str:
    spec = resources.ledger_spec()
    return spec["standing"][entry.standing] if entry.standing else spec["states"][entry.state]


def row(entry: LedgerEntry) -> dict[str, str | int]:
    return {
        "类别": category(entry),
        "截止日期": entry.due or "",
        "剩余天数": entry.days_left if entry.days_left is not None else "",
        "工作任务": entry.text,
        "责任单位": "、".join(entry.units),
        "完成时限": entry.deadline["text"],
        "行业领域": "、".join(entry.sectors),
        "办理状态": statuses()[entry.status],
        "备注": entry.note,
        "文件": entry.title,
        "文件日期": entry.doc_date or "",
        "任务编号": entry.task_id,
        "任务键": entry.key,
        "原文": entry.source,
    }


def to_json(ledger: Ledger) -> str:
    return json.dumps(ledger.to_dict(), ensure_ascii=False, indent=1)


def to_csv(ledger: Ledger) -> bytes:
    """Entries with a day, then the standing tasks; UTF-8 with a BOM for Excel."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(row(entry) for entry in [*ledger.entries, *ledger.standing])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(ledger: Ledger) -> bytes:
    """The ledger, the standing tasks, then one sheet per unit of the ledger (most overdue first)."""
    rows = [row(entry) for entry in ledger.entries]
    sheets = [(LEDGER_SHEET, rows, COLUMNS), (STANDING_SHEET, [row(e) for e in ledger.standing], COLUMNS)]
    for unit in ledger.by_unit():
        sheets.append(
            (unit, [r for r, entry in zip(rows, ledger.entries, strict=False) if unit in entry.units], COLUMNS)
        )
    return workbook_bytes(sheets, COLUMN_WIDTHS)


def to_table(ledger: Ledger) -> str:
    counts = ledger.counts()
    filters = "".join(
        f"  {label}：{value}" for label, value in (("单位", ledger.unit), ("行业", ledger.sector)) if value
    )
    lines = [
        f"督办台账 {ledger.on} 至 {ledger.until}{filters}：逾期 {counts['overdue']} 项，待办 {counts['due']} 项，"
        f"已办结 {counts['finished']} 项，即时及长期 {counts['standing']} 项"
    ]
    for entry in ledger.entries:
        days_left = entry.days_left or 0  # set on every dated entry
        days = f"逾期{-days_left}天" if entry.state == "overdue" else f"{days_left}天后"
        lines.append(
            f"{category(entry)}  {entry.due}  {days:<8} {entry.text}  [{'、'.join(entry.units) or '未明确'}]"
            f"  {statuses()[entry.status]}{('：' + entry.note) if entry.note else ''}"
            f"  ({entry.doc_id} {entry.task_id})"
        )
    if ledger.standing:
        lines.append("")
        lines.append("即时及长期任务：")
        for entry in ledger.standing:
            lines.append(
                f"{category(entry)}  {entry.deadline['text']}  {entry.text}"
                f"  [{'、'.join(entry.units) or '未明确'}]  {statuses()[entry.status]}"
                f"  ({entry.doc_id} {entry.task_id})"
            )
    return "\n".join(lines)


def event_uid(entry: LedgerEntry) -> str:
    digest = hashlib.sha256(f"{entry.doc_id}\n{entry.key}\n{entry.due}".encode()).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def _description(entry: LedgerEntry) -> str:
    parts = [
        f"任务：{entry.text}",
        f"责任单位：{'、'.join(entry.units) or '未明确'}",
        f"完成时限：{entry.deadline['text']}（{entry.due}）",
        f"文件：{entry.title}（{entry.doc_id}{'，' + entry.doc_date if entry.doc_date else ''}）",
        f"办理状态：{statuses()[entry.status]}" + (f"（{entry.note}）" if entry.note else ""),
        f"原文：{entry.source}",
    ]
    return "\n".join(parts)


def to_ics(ledger: Ledger, now: dt.datetime | None = None) -> bytes:
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", LEDGER_SHEET + (f"（{ledger.unit}）" if ledger.unit else ""))
    stamp = now or dt.datetime.now(dt.timezone.utc)
    for entry in ledger.entries:
        assert entry.due is not None  # the ledger's entries are dated; standing tasks are apart
        due = dt.date.fromisoformat(entry.due)
        event = icalendar.Event()
        event.add("uid", event_uid(entry))
        event.add("dtstamp", stamp)
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(days=1))
        done = "【已办结】" if entry.status == "done" else ""
        units = "、".join(entry.units)
        event.add("summary", f"{done}{'【' + units + '】' if units else ''}{entry.text}")
        event.add("description", _description(entry))
        event.add("status", "CANCELLED" if entry.status == "not_applicable" else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        if entry.units:
            event.add("categories", entry.units)
        if entry.status_updated:
            event.add("last-modified", dt.datetime.fromisoformat(entry.status_updated).astimezone(dt.timezone.utc))
        if entry.state != "finished":
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"明日到期：{entry.text}")
            alarm.add("trigger", -REMINDER_BEFORE)
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def render(ledger: Ledger, fmt: str) -> bytes | str:
    """The ledger in one of FORMATS: text for table/json, bytes for the rest."""
    renderers: dict[str, Callable[[Ledger], bytes | str]] = {
        "table": to_table,
        "json": to_json,
        "csv": to_csv,
        "xlsx": to_xlsx,
        "ics": to_ics,
    }
    return renderers[fmt](ledger)
