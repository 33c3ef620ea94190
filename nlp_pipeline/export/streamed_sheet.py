"""A worksheet that turns its finished rows into XML while the rest of the checklist still arrives.

xlsxwriter keeps every cell in memory and writes a sheet's XML only when the workbook is saved;
for a batch that save comes after the last document, when nothing else can run beside it
(1.15 s of a 1,065-document batch: docs/benchmarks.md, speed10). Checklist rows are added in
order and never changed, so a block of rows is final as soon as a later row is added: this sheet
renders each finished block with xlsxwriter's own row writer (`_write_rows`) into a buffer and drops
its cells, and the save only copies the buffer and renders the last rows. The saved file is the
one xlsxwriter would write (tests/test_export.py compares them byte for byte): strings stay in
the shared-string table (xlsxwriter's `constant_memory` mode would write them inline, a larger
file), and blocks follow xlsxwriter's `spans`, one attribute per 16 rows, computed from the
block's own cells.

Relies on three private parts of xlsxwriter's Worksheet (`_write_rows`, `_write_sheet_data`, the
`dim_rowmin`/`dim_rowmax` range it renders), stable through xlsxwriter 3; pyproject.toml keeps
xlsxwriter below 4.
"""

from __future__ import annotations

import io

from xlsxwriter.worksheet import Worksheet

# xlsxwriter gives each block of this many rows one `spans` attribute (the columns used in the
# block): a block is rendered only when all of its rows are there.
SPAN_BLOCK_ROWS = 16


class StreamedWorksheet(Worksheet):
    """A Worksheet written top to bottom; `render_rows_before(row)` once no cell before `row` will
    change renders the complete blocks above it."""

    # Worksheet's own attributes that this class sets (xlsxwriter ships no types)
    dim_rowmin: int | None  # the first and last row with a cell
    dim_rowmax: int | None
    fh: io.StringIO  # where xlsxwriter's XML writer writes

    def __init__(self) -> None:
        super().__init__()
        self.rendered = io.StringIO()
        self.rendered_rows = 0  # rows [0, rendered_rows) are XML in `rendered`, no longer cells

    def render_rows_before(self, row: int) -> None:
        end = row // SPAN_BLOCK_ROWS * SPAN_BLOCK_ROWS
        if self.dim_rowmin is None or end <= self.rendered_rows:
            return
        kept = self.dim_rowmin, self.dim_rowmax, self.fh
        self.dim_rowmin, self.dim_rowmax, self.fh = self.rendered_rows, end - 1, self.rendered
        try:
            self._write_rows()
        finally:
            self.dim_rowmin, self.dim_rowmax, self.fh = kept
        for rendered in range(self.rendered_rows, end):
            self.table.pop(rendered, None)
        self.rendered_rows = end

    def _write_sheet_data(self) -> None:
        if self.dim_rowmax is None or not self.rendered_rows:  # no rows, or none rendered yet
            super()._write_sheet_data()
            return
        self._xml_start_tag("sheetData")
        self.fh.write(self.rendered.getvalue())
        if self.rendered_rows <= self.dim_rowmax:
            first = self.dim_rowmin
            self.dim_rowmin = self.rendered_rows
            try:
                self._write_rows()
            finally:
                self.dim_rowmin = first
        self._xml_end_tag("sheetData")
