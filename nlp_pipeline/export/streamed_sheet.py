"""A worksheet written row by row, each block of rows turned into XML as soon as it is complete.

xlsxwriter keeps every cell in memory and writes a sheet's XML only when the workbook is saved;
for a batch that save comes after the last document, when nothing else can run beside it
(1.15 s of a 1,065-document batch: docs/benchmarks.md, speed10). Checklist rows are added in
order and never changed, so this sheet writes each row's cells straight into XML: a number, or a
string's place in the workbook's shared-string table (a larger file would come from xlsxwriter's
`constant_memory` mode, which writes strings inline). Going through xlsxwriter's general cell
writers (`write_string`, then `_write_rows` at the save) cost the batch coordinator 2-3 s of CPU
per 1,000 documents beside the workers (docs/benchmarks.md, batch25); the rows here are of one
kind only (numbers and non-empty text, in the column formats or one cell format), written in
about a fifth of the time. The saved file is the one xlsxwriter writes for the same cells
(tests/test_export.py compares them byte for byte): a block of 16 rows gets xlsxwriter's `spans`
attribute, the columns its cells use.

Relies on private parts of xlsxwriter's Worksheet (`_check_dimensions`, `str_table`,
`_write_sheet_data`, `col_info`, the markup of a row of the default height) and of its utility
module (`_utf16_len`, `_utf16_truncate`), stable through xlsxwriter 3; pyproject.toml keeps
xlsxwriter below 4.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from xlsxwriter.utility import _utf16_len, _utf16_truncate, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

# xlsxwriter gives each block of this many rows one `spans` attribute (the columns used in the
# block): a block is written out only when all of its rows are there.
SPAN_BLOCK_ROWS = 16


@dataclass(frozen=True)
class RenderedRow:
    """A row's cells as XML, less the row's number (`StreamedWorksheet.render_row`)."""

    first: int  # the first and last column with a cell; -1: none
    last: int
    parts: list[str]  # the cells' XML, to be joined with the row's number
    strings: int  # how many cells are shared strings (each use is counted in the table)
    styles: list[str]  # the ` s="…"` of the columns it was rendered for
    cell_format: Any  # the format given for every cell, or None: each column's


def _string_index(table: Any, text: str) -> int:
    """The text's place in xlsxwriter's shared-string table, added at its first use; the uses are
    counted where the row is appended (xlsxwriter's `_get_shared_string_index` counts here)."""
    index = table.string_table.get(text)
    if index is None:
        index = table.string_table[text] = table.unique_count
        table.unique_count += 1
    return index


class StreamedWorksheet(Worksheet):
    """A Worksheet written top to bottom with `append_row`; each complete block of rows becomes XML."""

    # Worksheet's own attributes that this class reads or sets (xlsxwriter ships no types)
    dim_rowmin: int | None  # the first row with a cell
    fh: io.StringIO  # where xlsxwriter's XML writer writes
    xls_strmax: int

    def __init__(self) -> None:
        super().__init__()
        self.rendered = io.StringIO()  # the XML of the complete blocks
        self.next_row = 0
        self.block: list[tuple[int, int, int, str]] = []  # rows of the open block: row, first and last column, cells
        self.column_names: list[str] = []  # A, B, …
        self.column_styles: list[str] = []  # the ` s="…"` of each column's cells: its format's

    def append_row(self, values: Sequence[str | int], cell_format=None) -> None:
        """The next row: numbers as numbers, text as shared strings, empty text left out (as
        `write_number` and `write_string` would store them); each cell in `cell_format`, else in
        its column's format."""
        self.append_rendered(self.render_row(values, cell_format))

    def render_row(self, values: Sequence[str | int], cell_format=None) -> RenderedRow:
        """A row's cells as XML without its row number, to be appended to this sheet or to another
        sheet of the workbook whose columns have the same formats (a checklist row goes to the
        all-tasks sheet and to each of its units' sheets: rendered once for all of them). Text
        gets its place in the shared-string table here; `append_rendered` counts each use."""
        names, styles = self._columns(len(values), cell_format)
        table = self.str_table
        longest = self.xls_strmax // 2  # a shorter text is within the limit whatever its characters
        parts = ['<c r="']  # joined with the row's number: '<c r="A' + '7' + '" s="1"><v>…</v></c><c r="B' …
        first = last = -1
        strings = 0
        for col, value in enumerate(values):
            if isinstance(value, str):
                if not value:
                    continue
                if len(value) > longest:
                    value = self._within_limit(value)
                parts[-1] += names[col]
                parts.append(f'"{styles[col]} t="s"><v>{_string_index(table, value)}</v></c><c r="')
                strings += 1
            else:
                parts[-1] += names[col]
                parts.append(f'"{styles[col]}><v>{value:.16G}</v></c><c r="')
            if first < 0:
                first = col
            last = col
        parts[-1] = parts[-1].removesuffix('<c r="')
        return RenderedRow(first, last, parts, strings, styles, cell_format)

    def append_rendered(self, rendered: RenderedRow) -> None:
        """The next row, rendered by `render_row` (of this sheet or of one with the same column formats)."""
        row = self.next_row
        self.next_row += 1
        if rendered.first < 0:
            return
        styles = self._columns(rendered.last + 1, rendered.cell_format)[1]
        assert (
            rendered.styles is styles or rendered.styles[: rendered.last + 1] == styles[: rendered.last + 1]
        ), "a row rendered for columns of other formats"
        self.str_table.count += rendered.strings
        self._check_dimensions(row, rendered.first)
        self._check_dimensions(row, rendered.last)
        if self.block and self.block[0][0] // SPAN_BLOCK_ROWS != row // SPAN_BLOCK_ROWS:
            self._write_block(self.rendered)  # the block before ended with rows without cells
        self.block.append((row, rendered.first, rendered.last, str(row + 1).join(rendered.parts)))
        if row % SPAN_BLOCK_ROWS == SPAN_BLOCK_ROWS - 1:
            self._write_block(self.rendered)

    def _within_limit(self, text: str) -> str:
        """The text cut to the longest string a cell holds, as `write_string` cuts it."""
        return _utf16_truncate(text, self.xls_strmax) if _utf16_len(text) > self.xls_strmax else text

    def _columns(self, count: int, cell_format) -> tuple[list[str], list[str]]:
        """The first `count` columns' names and the ` s="…"` attribute of their cells: the cell
        format's, else (as xlsxwriter writes a cell without a format of its own) the column's."""
        while len(self.column_names) < count:
            col = len(self.column_names)
            info = self.col_info.get(col)
            column_format = info.column_format if info is not None else None
            self.column_names.append(xl_col_to_name(col))
            self.column_styles.append(f' s="{column_format._get_xf_index()}"' if column_format is not None else "")
        if cell_format is not None:
            return self.column_names, [f' s="{cell_format._get_xf_index()}"'] * count
        return self.column_names, self.column_styles

    def _write_block(self, out: io.StringIO) -> None:
        if not self.block:
            return
        spans = f"{min(first for _, first, _, _ in self.block) + 1}:{max(last for _, _, last, _ in self.block) + 1}"
        for row, _, _, cells in self.block:
            # what xlsxwriter's `_write_row` writes for a row of the default height (no `set_row`,
            # no `set_default_row` on these sheets)
            out.write(f'<row r="{row + 1}" spans="{spans}">{cells}</row>')
        self.block = []

    def _write_sheet_data(self) -> None:
        if self.dim_rowmin is None:  # no rows: xlsxwriter's empty sheet
            super()._write_sheet_data()
            return
        self._write_block(self.rendered)
        self._xml_start_tag("sheetData")
        self.fh.write(self.rendered.getvalue())
        self._xml_end_tag("sheetData")


# zlib's level for the workbook's parts. xlsxwriter leaves zlib's default (6): deflating a
# 1,065-document batch's checklist (20 MB of XML) took 0.24 s of CPU, serial after the last
# document; level 2 takes 0.06 s for a file 16 % larger (2.44 MB against 2.11 MB;
# docs/benchmarks.md, speed29). Level 1 is no faster and 9 % larger again.
WORKBOOK_DEFLATE_LEVEL = 2


class _WorkbookPart(zipfile.ZipInfo):
    """A workbook part's zip entry, deflated at WORKBOOK_DEFLATE_LEVEL: zipfile deflates an entry
    at the level its `_compresslevel` names (None: zlib's default)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compresslevel = WORKBOOK_DEFLATE_LEVEL


def save_workbook(workbook: Any) -> None:
    """`workbook.close()` (an xlsxwriter Workbook written in memory), its parts deflated at
    WORKBOOK_DEFLATE_LEVEL. xlsxwriter has no option for the level: it makes each part's entry with
    the `ZipInfo` its module imported, which is lent this module's subclass for the save."""
    import xlsxwriter.workbook

    module: Any = xlsxwriter.workbook
    plain = module.ZipInfo
    module.ZipInfo = _WorkbookPart
    try:
        workbook.close()
    finally:
        module.ZipInfo = plain
