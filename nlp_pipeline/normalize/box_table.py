"""Tables drawn with box-drawing characters or ASCII, rebuilt as one line per row.

A table copied from a word processor's or a console's text form draws its frame with ┌─┬─┐ rules
and parts its cells with │; a plain-text editor draws the same grid with +----+ rules and | bars,
and a copy may mix the two. A long cell wraps inside its column, so one row stands on several
lines, each holding a slice of every cell, and a rule (├─┼─┤) may close each row. Read line by
line, each slice is a fragment of a sentence. This step finds each run of such lines
(data/normalize/box_table.toml), joins each cell's slices in order, writes each row as one line of
cells parted by `|` — the form the structure step reads a table in — and removes the rules. A run
parted by the ASCII | alone is a typed table, left as it is, unless a rule draws its grid. A slice
joins its cell with nothing (no space between Chinese characters, a word broken over the wrap
joined), but in a party column (责任单位) a slice after a whole party's name is the next party of a
list stacked one a line, parted by 、 as a clerk types it.

Where a row ends: at a rule, where the table draws rules between its rows; where it draws one
only under its header, a line whose first cell is blank continues the row above (the 序号 column is
filled on a row's first line only). A text without such a table — nearly every document — passes
untouched. It runs before the encoding repairs, which would read the frame's characters among
Chinese as damage.

A letter laid out in a table of bars (`| 主旨: | …请查照。 |`, `| 一、 | …。 |`: each row a label or an
item's number and its text) is no table of data: each of its rows becomes the line the letter has,
the label or number followed by its text, the bars gone.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .edits import Edit, apply_edits, line_starts
from .layout import header_role, party_list_ends
from .lines import has_table_bars

STEP = "box_table"
TEXT_KEYS = ("party_joiner",)  # the rules' strings that are text to write, not patterns


@cache
def box_rules() -> dict:
    spec = resources.read_rules("normalize/box_table.toml")
    return {
        key: re.compile(value) if isinstance(value, str) and key not in TEXT_KEYS else value
        for key, value in spec.items()
    }


def cells_of(line: str) -> list[str]:
    """The cells of a cell line, each without its padding (the bars at both ends dropped)."""
    return [cell.strip() for cell in box_rules()["cell_bar"].split(line.strip())[1:-1]]


def table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, past-last) line index of each run of cell lines and rules that is a drawn table: it holds
    enough cell lines, and a box-drawing bar or a rule (a run of ASCII bars alone is a typed table)."""
    rules = box_rules()
    runs: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate([*lines, ""]):
        in_table = bool(rules["cell_line"].match(line) or is_rule(line))
        if in_table and start is None:
            start = index
        elif not in_table and start is not None:
            held = lines[start:index]
            cell_lines = sum(1 for line in held if rules["cell_line"].match(line))
            drawn = any(rules["drawn_bar"].search(line) or is_rule(line) for line in held)
            if cell_lines >= rules["min_cell_lines"] and drawn:
                runs.append((start, index))
            start = None
    return runs


def is_rule(line: str) -> bool:
    """Whether a line is one of a drawn table's rules (┌──┬──┐, +----+----+)."""
    return bool(line.strip() and box_rules()["rule_line"].match(line))


def table_rows(run: list[str]) -> list[list[list[str]]]:
    """The rows of one table: each row a list of its lines' cells. A rule closes a row where the
    table draws rules between rows (a rule between two cell lines after the header's); else a line
    whose first cell is blank continues the row above."""
    cell_line = box_rules()["cell_line"]
    kinds = ["cells" if cell_line.match(line) else "rule" for line in run]
    inner_rules = sum(
        1
        for index, kind in enumerate(kinds)
        if kind == "rule" and "cells" in kinds[:index] and "cells" in kinds[index + 1 :]
    )
    rows_ruled = inner_rules >= 2
    rows: list[list[list[str]]] = []
    after_rule = True
    for line, kind in zip(run, kinds, strict=True):
        if kind == "rule":
            after_rule = True
            continue
        cells = cells_of(line)
        opens_row = not rows or (after_rule if rows_ruled else bool(cells[0]))
        if opens_row:
            rows.append([cells])
        else:
            rows[-1].append(cells)
        after_rule = False
    return rows


def joined_cell(slices: list[str], lists_parties: bool) -> str:
    """One cell's slices joined in order: with nothing, but in a party column a slice after a whole
    party's name is the next party of a stacked list (box_table.toml party_joiner)."""
    cell = ""
    for piece in filter(None, slices):
        cell += (box_rules()["party_joiner"] if lists_parties and party_list_ends(cell, piece) else "") + piece
    return cell


def joined_rows(rows: list[list[list[str]]]) -> list[str]:
    """Each row of one table as a line: each cell's slices joined, cells parted by `|`. The first row
    is the header: its cells name the party columns (tables.toml column roles)."""
    columns = [
        [[cells[column] if column < len(cells) else "" for cells in row] for column in range(max(map(len, row)))]
        for row in rows
    ]
    header = [joined_cell(slices, False) for slices in columns[0]]
    party_columns = {column for column, cell in enumerate(header) if (header_role(cell) or "").endswith("units")}
    return [
        "|".join(joined_cell(slices, column in party_columns) for column, slices in enumerate(row)) for row in columns
    ]


def layout_rows(lines: list[str]) -> list[tuple[int, str]]:
    """(index, the row as a line) of every row of a letter laid out in a table of bars: a run of
    lines of one or two cells, each opening with a label and its colon or an item's number, that
    numbers an item at least once (a run of labels alone is a metadata block's) and holds the
    fewest cell lines of a table."""
    rules = box_rules()
    found: list[tuple[int, str]] = []
    run: list[tuple[int, str, str]] = []
    for index, line in enumerate([*lines, ""]):
        row = rules["layout_row"].match(line)
        if row and rules["layout_head"].match(row["head"]):
            run.append((index, row["head"], row["body"] or ""))
            continue
        numbers_an_item = any(rules["numbered_head"].match(head) and body for _, head, body in run)
        if len(run) >= rules["min_cell_lines"] and numbers_an_item:
            found += [(at, head + body) for at, head, body in run]
        run = []
    return found


def rebuild_box_tables(text: str) -> tuple[str, list]:
    # every cell line holds cell bars and every laid-out row two plain ones (has_table_bars): a text with neither is
    # no table, and one search of the whole text answers before its lines are split and matched
    rules = box_rules()
    has_cells, has_layout = bool(rules["cell_bar"].search(text)), has_table_bars(text)
    if not (has_cells or has_layout):
        return text, []
    lines = text.split("\n")
    runs = table_runs(lines) if has_cells else []
    laid_out = layout_rows(lines) if has_layout else []
    if not runs and not laid_out:
        return text, []
    in_runs = {index for first, past in runs for index in range(first, past)}
    starts = line_starts(lines)
    edits = [Edit(starts[at], starts[at] + len(lines[at]), row) for at, row in laid_out if at not in in_runs]
    for first, past in runs:
        rows = "\n".join(joined_rows(table_rows(lines[first:past])))
        edits.append(Edit(starts[first], starts[past] - 1, rows))
    return apply_edits(STEP, text, edits)
