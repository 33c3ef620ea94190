"""Exports: document records -> the checklist (任务分解表) as CSV, Excel, Markdown, and JSON.

One row per task, in document order, with the columns a safety office hands out. The Excel
workbook has a sheet of all tasks and one sheet per canonical unit, which is how offices
distribute the work.

A checklist is built one document at a time: `document_checklist(record)` turns a record into
its share of the checklist (done where the record is made: in a batch, by the worker), and
`Checklist.add` appends that share in every format asked for, so that the batch coordinator
writes the checklist while documents are still being processed. `to_csv`, `to_xlsx` and
`to_markdown` are the same `Checklist` over a list of records.

What a spreadsheet or Markdown viewer would run or render is neutralised: a CSV cell that
starts like a formula is prefixed with `'` (the xlsx writes every cell as text), and Markdown
gets raw HTML and its own control characters escaped.
"""

from __future__ import annotations

import csv
import datetime
import html
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from ..record import DocumentRecord, Task

COLUMNS = [
    "序号",
    "文档",
    "工作任务",
    "原文",
    "牵头单位",
    "责任单位",
    "配合单位",
    "督导单位",
    "完成时限",
    "截止日期",
    "行业领域",
    "要求",
]
MODALITY_LABELS = {"must": "必须", "should": "鼓励", "prohibit": "禁止"}
ROLE_COLUMNS = {"lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位", "supervising": "督导单位"}
COLUMN_WIDTHS = {
    "序号": 6,
    "文档": 22,
    "工作任务": 36,
    "原文": 60,
    "牵头单位": 18,
    "责任单位": 22,
    "配合单位": 18,
    "督导单位": 16,
    "完成时限": 16,
    "截止日期": 12,
    "行业领域": 16,
    "要求": 8,
}
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
ALL_TASKS_SHEET = "全部任务"
FORMATS = ("csv", "xlsx", "md")
# the Markdown table leaves out what its headings and the source text already give
MD_COLUMNS = [column for column in COLUMNS if column not in ("文档", "原文")]
# Where each Markdown column's value stands in a row (a row holds the values of COLUMNS).
MD_POSITIONS = [COLUMNS.index(column) for column in MD_COLUMNS]
# A spreadsheet takes a cell starting with one of these for a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Markdown's inline control characters, escaped with a backslash; < > & become entities, so that
# no renderer (CommonMark or not) sees raw HTML or an entity in task text.
MD_CONTROL = re.compile(r"([\\`*_\[\]|~])")
MD_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")
MD_PLAIN = re.compile(r"[^\\`*_\[\]|~<>&\r\n\u2028\u2029]*")


@dataclass
class DocumentChecklist:
    """One document's share of the checklist; row numbers (序号) are given when it is added."""

    title: str  # the 文档 column and the Markdown heading: title, else doc_id
    facts: str  # the Markdown line under the heading (日期, 发文单位, …)
    rows: list[tuple]  # per task: the values of COLUMNS[1:]
    sections: list[str]  # per task: the heading of its numbered part, or ""
    units: list[tuple[str, ...]]  # per task: the canonical units it names (its unit sheets)


def _mentions(task: Task, role: str) -> str:
    return "、".join(dict.fromkeys(u.mention for u in task.units if u.role == role))


def _task_values(title: str, task: Task) -> tuple:
    deadline = task.deadline
    return (
        title,
        task.text,
        task.source,
        *(_mentions(task, role) for role in ROLE_COLUMNS),
        deadline.text if deadline else "",
        (deadline.date or "") if deadline else "",
        "、".join(task.sectors),
        MODALITY_LABELS.get(task.modality, task.modality),
    )


def document_checklist(record: DocumentRecord) -> DocumentChecklist:
    meta = record.meta
    title = meta.title or record.doc_id
    facts = [
        f"日期：{meta.date}" if meta.date else "",
        f"发文单位：{meta.issuer}" if meta.issuer else "",
        f"行业领域：{'、'.join(record.sectors)}" if record.sectors else "",
        f"任务数：{len(record.tasks)}",
    ]
    return DocumentChecklist(
        title=title,
        facts="  ".join(f for f in facts if f),
        rows=[_task_values(title, task) for task in record.tasks],
        sections=[task.section or "" for task in record.tasks],
        units=[tuple(dict.fromkeys(u.canonical for u in task.units)) for task in record.tasks],
    )


def checklist_rows(records: Iterable[DocumentRecord]) -> list[dict[str, str | int]]:
    """Every task as a row keyed by column name, numbered across the documents."""
    rows: list[dict[str, str | int]] = []
    for record in records:
        for values in document_checklist(record).rows:
            rows.append(dict(zip(COLUMNS, (len(rows) + 1, *values), strict=False)))
    return rows


def to_json(record: DocumentRecord) -> str:
    return record.to_json()


# --- CSV ------------------------------------------------------------------------------------------


def csv_cell(value: str | int) -> str | int:
    """The value as a CSV cell no spreadsheet runs: a leading formula character gets a `'`."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


class _CsvWriter:
    """UTF-8 with a BOM, so that Excel opens the Chinese correctly."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, lineterminator="\n")
        self.writer.writerow(COLUMNS)

    def add(self, first_number: int, part: DocumentChecklist) -> None:
        self.writer.writerows(
            [number, *map(csv_cell, values)] for number, values in enumerate(part.rows, start=first_number)
        )

    def finish(self) -> bytes:
        return self.buffer.getvalue().encode("utf-8-sig")


# --- Excel ----------------------------------------------------------------------------------------

# A fixed save time, so that the same checklist is the same bytes (reruns, resumed batches and
# the two batch engines compare equal); xlsxwriter already fixes the zip entries' times.
SAVE_TIME = datetime.datetime(2000, 1, 1)


def _sheet_name(name: str, taken: set[str]) -> str:
    base = SHEET_NAME_FORBIDDEN.sub("_", name)[:31] or "未命名"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:28]}_{n}"
        n += 1
    taken.add(candidate)
    return candidate


class _XlsxWriter:
    """The formatted workbook: all tasks, then one sheet per canonical unit (most tasks first).

    Written in one pass as documents arrive: each row goes to the all-tasks sheet and to the sheet
    of every unit it names, created when the unit first appears, as the XML of its cells, rendered
    once for all those sheets (`StreamedWorksheet.render_row`: column formats, no style per cell, no
    DataFrame; every sheet has the same column formats); `finish`
    only puts the unit sheets in order of size and saves. A checklist of tens of thousands of rows
    stays fast to write."""

    def __init__(self) -> None:
        import xlsxwriter

        self.buffer = io.BytesIO()
        self.workbook = xlsxwriter.Workbook(self.buffer, {"in_memory": True})
        self.workbook.set_properties({"created": SAVE_TIME})
        self.header = self.workbook.add_format({"bold": True, "bg_color": "#DDE7F3", "border": 1, "valign": "top"})
        self.wrap = self.workbook.add_format({"text_wrap": True, "valign": "top"})
        # A format's number in the file is given at its first use. Saving all at once uses the
        # column format first (the first sheet's column list comes before its header row); rows
        # rendered early would use the header's first: number them in the saving order.
        self.wrap._get_xf_index()
        self.header._get_xf_index()
        self.taken: set[str] = set()
        self.all_tasks = self._sheet(ALL_TASKS_SHEET)
        self.unit_sheets: dict[str, Any] = {}  # xlsxwriter's Worksheet (xlsxwriter is untyped)

    def _sheet(self, name: str):
        from .streamed_sheet import StreamedWorksheet

        sheet = self.workbook.add_worksheet(_sheet_name(name, self.taken), worksheet_class=StreamedWorksheet)
        for index, column in enumerate(COLUMNS):
            sheet.set_column(index, index, COLUMN_WIDTHS[column], self.wrap)
        sheet.append_row(COLUMNS, self.header)
        return sheet

    def add(self, first_number: int, part: DocumentChecklist) -> None:
        """Each row to the all-tasks sheet and its units' sheets: text stays text (never a
        formula: a task may start with =), empty cells stay empty (`append_row`)."""
        for number, values, units in zip(
            range(first_number, first_number + len(part.rows)), part.rows, part.units, strict=False
        ):
            rendered = self.all_tasks.render_row((number, *values))  # once for all its sheets: same column formats
            self.all_tasks.append_rendered(rendered)
            for canonical in units:
                if canonical not in self.unit_sheets:
                    self.unit_sheets[canonical] = self._sheet(canonical)
                self.unit_sheets[canonical].append_rendered(rendered)

    @staticmethod
    def _task_rows(sheet) -> int:
        return sheet.next_row - 1  # every row after the header holds a task's number

    def finish(self) -> bytes:
        from .streamed_sheet import save_workbook

        # Most tasks first (a stable sort: ties stay in order of first appearance). xlsxwriter has
        # no call to move a sheet: its list of sheets is put in order, and with it each sheet's
        # index, which names the sheet in the workbook's defined names (the autofilters).
        ordered = sorted(self.unit_sheets.values(), key=lambda sheet: -self._task_rows(sheet))
        self.workbook.worksheets_objs[1:] = ordered
        for index, sheet in enumerate(self.workbook.worksheets_objs):
            sheet.index = index
        for sheet in (self.all_tasks, *self.unit_sheets.values()):
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, self._task_rows(sheet), len(COLUMNS) - 1)
        save_workbook(self.workbook)
        return self.buffer.getvalue()


# --- Markdown -------------------------------------------------------------------------------------


def md_text(value: str | int) -> str:
    """Text as Markdown shows it literally: no HTML, no emphasis, links or table breaks."""
    text = str(value)
    if MD_PLAIN.fullmatch(text):  # most task text: nothing to escape
        return text
    return MD_LINE_BREAK.sub(" ", MD_CONTROL.sub(r"\\\1", html.escape(text, quote=False)))


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
            elif value:  # never `write`: a task starting with = must stay text, not become a formula
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


def _md_table(rows: list[tuple]) -> list[str]:
    lines = ["| " + " | ".join(MD_COLUMNS) + " |", "|" + "---|" * len(MD_COLUMNS)]
    lines += ["| " + " | ".join(md_text(row[i]) for i in MD_POSITIONS) + " |" for row in rows]
    return lines


class _MarkdownWriter:
    """A clerk-readable 任务分解表: per document, tasks grouped by the section they stand in."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, first_number: int, part: DocumentChecklist) -> None:
        self.lines += [f"# {md_text(part.title)}", part.facts and md_text(part.facts)]
        groups: dict[str, list[tuple]] = {}
        for number, values, section in zip(
            range(first_number, first_number + len(part.rows)), part.rows, part.sections, strict=False
        ):
            groups.setdefault(section, []).append((number, *values))
        for section, rows in groups.items():
            self.lines.append("")
            if section:
                self.lines += [f"## {md_text(section)}", ""]
            self.lines += _md_table(rows)
        self.lines.append("")

    def finish(self) -> str:
        return "\n".join(self.lines)


# --- the checklist in every format ------------------------------------------------------------------

_Writer = TypeVar("_Writer", _CsvWriter, _XlsxWriter, _MarkdownWriter)


class Checklist:
    """The combined checklist, built one document at a time, in document order."""

    WRITERS: dict[str, type[_CsvWriter | _XlsxWriter | _MarkdownWriter]] = {
        "csv": _CsvWriter,
        "xlsx": _XlsxWriter,
        "md": _MarkdownWriter,
    }

    def __init__(self, formats: Iterable[str] = FORMATS) -> None:
        self.writers = {name: self.WRITERS[name]() for name in formats}
        self.tasks = 0

    def add(self, part: DocumentChecklist) -> None:
        for writer in self.writers.values():
            writer.add(self.tasks + 1, part)
        self.tasks += len(part.rows)

    def csv(self) -> bytes:
        return self._writer("csv", _CsvWriter).finish()

    def xlsx(self) -> bytes:
        return self._writer("xlsx", _XlsxWriter).finish()

    def markdown(self) -> str:
        return self._writer("md", _MarkdownWriter).finish()

    def _writer(self, name: str, kind: type[_Writer]) -> _Writer:
        writer = self.writers[name]
        assert isinstance(writer, kind), f"the {name} writer is a {type(writer).__name__}"
        return writer


def _checklist(records: Iterable[DocumentRecord], format: str) -> Checklist:  # noqa: A002
    checklist = Checklist((format,))
    for record in records:
        checklist.add(document_checklist(record))
    return checklist


def to_csv(records: Iterable[DocumentRecord]) -> bytes:
    """UTF-8 with a BOM, so that Excel opens the Chinese correctly; formula-like cells neutralised."""
    return _checklist(records, "csv").csv()


def to_xlsx(records: Iterable[DocumentRecord]) -> bytes:
    """The formatted workbook: all tasks, then one sheet per canonical unit (most tasks first)."""
    return _checklist(records, "xlsx").xlsx()


def to_markdown(records: Iterable[DocumentRecord]) -> str:
    """A clerk-readable 任务分解表: per document, tasks grouped by the section they stand in."""
    return _checklist(records, "md").markdown()
