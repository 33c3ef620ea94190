"""承接对照: a superior plan's tasks against the subordinate plan that implements it.

Python API (the CLI and the web page use exactly this)::

    from nlp_pipeline.align import align_files, align_records, render
    alignment = align_files("市方案.docx", "县方案.docx")
    alignment.pairs                   # Pair: superior item, subordinate item, score, unit mapping, deadline check
    alignment.not_taken_up            # superior items no subordinate item takes up
    alignment.unmatched_subordinate   # local tasks with no superior counterpart
    alignment.coverage()              # taken up overall and per unit
    render(alignment, "xlsx")         # md, xlsx or json (the JSON of alignment.to_dict())

`items.py` finds a plan's tasks, `match.py` scores and pairs them (weights and thresholds in
data/align/align.toml), `compare.py` adds the unit mapping and the deadline check.
"""

from __future__ import annotations

from .compare import Alignment, Pair, align_files, align_records
from .render import FORMATS, render

__all__ = ["FORMATS", "Alignment", "Pair", "align_files", "align_records", "render"]
