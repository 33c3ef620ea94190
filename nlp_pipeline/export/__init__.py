"""Exports: document records -> the checklist (任务分解表) as CSV, Excel, Markdown, and JSON.

One row per task, in document order, with the columns a safety office hands out. The Excel
workbook has a sheet of all tasks and one sheet per canonical unit, which is how offices
distribute the work.
"""
from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterable

from ..record import DocumentRecord, Task

COLUMNS = ["序号", "文档", "工作任务", "原文", "牵头单位", "责任单位", "配合单位", "督导单位",
           "完成时限", "截止日期", "行业领域", "要求"]
MODALITY_LABELS = {"must": "必须", "should": "鼓励", "prohibit": "禁止"}
ROLE_COLUMNS = {"lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位",
                "supervising": "督导单位"}
COLUMN_WIDTHS = {"序号": 6, "文档": 22, "工作任务": 36, "原文": 60, "牵头单位": 18, "责任单位": 22,
                 "配合单位": 18, "督导单位": 16, "完成时限": 16, "截止日期": 12, "行业领域": 16, "要求": 8}
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
ALL_TASKS_SHEET = "全部任务"


def _mentions(task: Task, role: str) -> str:
    return "、".join(dict.fromkeys(u.mention for u in task.units if u.role == role))


def task_row(number: int, record: DocumentRecord, task: Task) -> dict[str, str | int]:
    row: dict[str, str | int] = {"序号": number, "文档": record.meta.title or record.doc_id,
                                 "工作任务": task.text, "原文": task.source}
    for role, column in ROLE_COLUMNS.items():
        row[column] = _mentions(task, role)
    row["完成时限"] = task.deadline.text if task.deadline else ""
    row["截止日期"] = (task.deadline.date or "") if task.deadline else ""
    row["行业领域"] = "、".join(task.sectors)
    row["要求"] = MODALITY_LABELS.get(task.modality, task.modality)
    return row


def checklist_rows(records: Iterable[DocumentRecord]) -> list[dict[str, str | int]]:
    rows = []
    for record in records:
        for task in record.tasks:
            rows.append(task_row(len(rows) + 1, record, task))
    return rows


def to_json(record: DocumentRecord) -> str:
    return record.to_json()


def to_csv(records: Iterable[DocumentRecord]) -> bytes:
    """UTF-8 with a BOM, so that Excel opens the Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([row[column] for column in COLUMNS] for row in checklist_rows(records))
    return buffer.getvalue().encode("utf-8-sig")


def _sheet_name(name: str, taken: set[str]) -> str:
    base = SHEET_NAME_FORBIDDEN.sub("_", name)[:31] or "未命名"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:28]}_{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _unit_sheets(records: list[DocumentRecord]) -> dict[str, list[int]]:
    """Canonical unit -> indexes of the rows (in the all-tasks order) that name it."""
    sheets: dict[str, list[int]] = {}
    index = 0
    for record in records:
        for task in record.tasks:
            for canonical in dict.fromkeys(u.canonical for u in task.units):
                sheets.setdefault(canonical, []).append(index)
            index += 1
    return dict(sorted(sheets.items(), key=lambda item: -len(item[1])))


# A fixed save time, so that the same checklist is the same bytes (reruns, resumed batches and
# the two batch engines compare equal); xlsxwriter already fixes the zip entries' times.
SAVE_TIME = datetime.datetime(2000, 1, 1)
DEFAULT_WIDTH = 14


def _write_sheet(sheet, rows: list[dict], columns: list[str], widths: dict[str, int], header, wrap) -> None:
    for index, column in enumerate(columns):
        sheet.set_column(index, index, widths.get(column, DEFAULT_WIDTH), wrap)
        sheet.write_string(0, index, column, header)
    for number, row in enumerate(rows, start=1):
        for index, column in enumerate(columns):
            value = row[column]
            if isinstance(value, int):
                sheet.write_number(number, index, value)
            elif value:   # never `write`: a task starting with = must stay text, not become a formula
                sheet.write_string(number, index, value)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(rows), len(columns) - 1)


def workbook_bytes(sheets: list[tuple[str, list[dict], list[str]]], widths: dict[str, int]) -> bytes:
    """A formatted workbook of (sheet name, rows, columns) sheets; names are made valid and unique.

    Written cell by cell with xlsxwriter and column formats (no style per cell, no DataFrame):
    a sheet of tens of thousands of rows stays fast to write."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties({"created": SAVE_TIME})
    header = workbook.add_format({"bold": True, "bg_color": "#DDE7F3", "border": 1, "valign": "top"})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    taken: set[str] = set()
    for name, rows, columns in sheets:
        _write_sheet(workbook.add_worksheet(_sheet_name(name, taken)), rows, columns, widths, header, wrap)
    workbook.close()
    return buffer.getvalue()


def to_xlsx(records: Iterable[DocumentRecord]) -> bytes:
    """The formatted workbook: all tasks, then one sheet per canonical unit (most tasks first)."""
    records = list(records)
    rows = checklist_rows(records)
    sheets = [(ALL_TASKS_SHEET, rows, COLUMNS)]
    sheets += [(canonical, [rows[i] for i in indexes], COLUMNS)
               for canonical, indexes in _unit_sheets(records).items()]
    return workbook_bytes(sheets, COLUMN_WIDTHS)


def _md_cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _md_table(rows: list[dict], columns: list[str]) -> list[str]:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_md_cell(row[c]) for c in columns) + " |" for row in rows]
    return lines


MD_COLUMNS = ["序号", "工作任务", "牵头单位", "责任单位", "配合单位", "督导单位", "完成时限", "截止日期",
              "行业领域", "要求"]


def to_markdown(records: Iterable[DocumentRecord]) -> str:
    """A clerk-readable 任务分解表: per document, tasks grouped by the section they stand in."""
    out: list[str] = []
    number = 0
    for record in records:
        meta = record.meta
        out.append(f"# {meta.title or record.doc_id}")
        facts = [f"日期：{meta.date}" if meta.date else "", f"发文单位：{meta.issuer}" if meta.issuer else "",
                 f"行业领域：{'、'.join(record.sectors)}" if record.sectors else "", f"任务数：{len(record.tasks)}"]
        out.append("  ".join(f for f in facts if f))
        groups: dict[str, list[dict]] = {}
        for task in record.tasks:
            number += 1
            groups.setdefault(task.section or "", []).append(task_row(number, record, task))
        for section, rows in groups.items():
            out.append("")
            if section:
                out.append(f"## {section}")
                out.append("")
            out.extend(_md_table(rows, MD_COLUMNS))
        out.append("")
    return "\n".join(out)
