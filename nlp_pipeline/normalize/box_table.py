"""Tables drawn with box-drawing characters, rebuilt as one line per row.

A table copied from a word processor's or a console's text form draws its frame with ┌─┬─┐ rules
and parts its cells with │. A long cell wraps inside its column, so one row stands on several
lines, each holding a slice of every cell, and a rule (├─┼─┤) may close each row. Read line by
line, each slice is a fragment of a sentence. This step finds each run of such lines
(data/normalize/box_table.toml), joins each cell's slices in order, writes each row as one line of
cells parted by `|` — the form the structure step reads a table in — and removes the rules.

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
from dataclasses import dataclass
from functools import cache

from .. import resources
from .edits import Edit, apply_edits, line_starts
from .layout import header_role, party_list_ends
from .lines import has_table_bars

STEP = "box_table"


@cache
def box_rules() -> dict:
    spec = resources.read_rules("normalize/box_table.toml")
    return {key: re.compile(value) if isinstance(value, str) else value for key, value in spec.items()}


@dataclass(frozen=True)
class Frame:
    """How a table draws its frame: its lines of cells, its rules, the bar between two cells, and what
    a text must hold to have such a table at all (one search of the whole text answers for most texts)."""

    cell_line: re.Pattern
    rule_line: re.Pattern
    cell_bar: re.Pattern
    gate: re.Pattern
    # whether a run of cell lines is a table only where a rule frames it: ASCII bars also part the cells
    # of a plain table, one row a line, which the structure step reads as it stands
    needs_rule: bool


@cache
def frames() -> tuple[Frame, ...]:
    """The box-drawn frame (┌─┬─┐, │) and the ASCII grid (+--+--+, |)."""
    rules = box_rules()
    box = Frame(rules["cell_line"], rules["rule_line"], rules["cell_bar"], rules["cell_bar"], needs_rule=False)
    grid = Frame(
        rules["grid_cell_line"], rules["grid_rule_line"], rules["grid_cell_bar"], rules["grid_rule"], needs_rule=True
    )
    return box, grid


def cells_of(line: str, frame: Frame) -> list[str]:
    """The cells of a cell line, each without its padding (the bars at both ends dropped)."""
    return [cell.strip() for cell in frame.cell_bar.split(line.strip())[1:-1]]


def table_runs(lines: list[str], frame: Frame) -> list[tuple[int, int]]:
    """(first, past-last) line index of each run of cell lines and rules of `frame` holding enough cell
    lines (and a rule, where the frame needs one)."""
    start = None
    runs: list[tuple[int, int]] = []
    for index, line in enumerate([*lines, ""]):
        in_table = bool(frame.cell_line.match(line) or (line.strip() and frame.rule_line.match(line)))
        if in_table and start is None:
            start = index
        elif not in_table and start is not None:
            held = lines[start:index]
            enough_cells = sum(1 for line in held if frame.cell_line.match(line)) >= box_rules()["min_cell_lines"]
            if enough_cells and (not frame.needs_rule or any(frame.rule_line.match(line) for line in held)):
                runs.append((start, index))
            start = None
    return runs


def table_rows(run: list[str], frame: Frame) -> list[list[list[str]]]:
    """The rows of one table: each row a list of its lines' cells. A rule closes a row where the
    table draws rules between rows (a rule between two cell lines after the header's); else a line
    whose first cell is blank continues the row above."""
    kinds = ["cells" if frame.cell_line.match(line) else "rule" for line in run]
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
        cells = cells_of(line, frame)
        opens_row = not rows or (after_rule if rows_ruled else bool(cells[0]))
        if opens_row:
            rows.append([cells])
        else:
            rows[-1].append(cells)
        after_rule = False
    return rows


def joined_row(lines: list[list[str]], party_columns: set[int]) -> str:
    """One row as a line: each cell's slices joined in order, cells parted by `|`. In a party column a
    slice that opens another party after a whole one (北渚区商务局 / 北渚区应急管理局: the cell lists one
    party a line) keeps a space before it, the form in which the structure step parts a cell's parties
    (structure._party_cells); a name the column wrapped (县市场 / 监管局) joins with nothing."""
    width = max(len(cells) for cells in lines)
    return "|".join(
        joined_cell([cells[column] for cells in lines if column < len(cells)], column in party_columns)
        for column in range(width)
    )


def joined_cell(slices: list[str], names_parties: bool) -> str:
    cell = ""
    for piece in filter(None, slices):
        cell += " " + piece if names_parties and party_list_ends(cell, piece) else piece
    return cell


def party_columns(header: list[list[str]]) -> set[int]:
    """The columns whose header (its slices joined) names the parties (责任单位, 牵头单位, 配合单位)."""
    return {
        column
        for column, name in enumerate(joined_row(header, set()).split("|"))
        if (header_role(name) or "").endswith("units")
    }


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
    # every box table holds a cell bar, every grid a rule and every laid-out row two plain bars (has_table_bars): a
    # text with none is no table, and one search of the whole text answers before its lines are split and matched
    framed = [frame for frame in frames() if frame.gate.search(text)]
    has_layout = has_table_bars(text)
    if not (framed or has_layout):
        return text, []
    lines = text.split("\n")
    runs = [(first, past, frame) for frame in framed for first, past in table_runs(lines, frame)]
    laid_out = layout_rows(lines) if has_layout else []
    if not runs and not laid_out:
        return text, []
    starts = line_starts(lines)
    edits = [Edit(starts[at], starts[at] + len(lines[at]), row) for at, row in laid_out if not within(at, runs)]
    for first, past, frame in runs:
        rows_of_table = table_rows(lines[first:past], frame)
        parties = party_columns(rows_of_table[0])
        rows = "\n".join(joined_row(row, parties) for row in rows_of_table)
        edits.append(Edit(starts[first], starts[past] - 1, rows))
    return apply_edits(STEP, text, edits)


def within(index: int, runs: list[tuple[int, int, Frame]]) -> bool:
    """Whether line `index` stands in one of the tables found."""
    return any(first <= index < past for first, past, _ in runs)
