"""The cyclic garbage collector around the pipeline's loading (docs/benchmarks.md, speed100).

Loading the pipeline (spaCy's import, the rules, the models: what a one-document `extract` spends
most of its time on, and what a batch's warm-up does before the fork) allocates some 300,000
objects that live as long as the process and leaves almost no garbage. With the collector on, its
young generations are walked every 700 new objects and the whole heap whenever it grew by a
quarter: about 0.1 s of CPU of a one-document `extract`, for a few thousand objects found dead.
Processing documents once everything is loaded costs the collector about 1 % (measured in a batch
worker; higher thresholds there walk the same survivors and saved nothing), so only the loading is
worth a pause.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_when_done(paused: bool = True) -> Iterator[None]:
    """Run the block, with the collector off when `paused`; then freeze every object alive (out of
    the sight of every later collection, `gc.freeze`) and put the collector back as it was.

    Freezing before the collector comes back on is what makes the pause cheap: turned on with the
    stretch's objects still young, its next collection would walk them all at once. The little
    cyclic garbage the stretch left is frozen with the rest, kept until `gc.unfreeze` (the batch's
    end) or the process's exit. Only for a stretch of bounded work: with the collector off, a cycle
    made and dropped in it is never collected during it."""
    enabled = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
