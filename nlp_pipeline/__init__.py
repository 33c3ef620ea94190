"""nlp_pipeline: Chinese work-safety directives -> implementation checklists (任务分解表).

    >>> import nlp_pipeline
    >>> record = nlp_pipeline.extract("各乡镇要于6月底前完成隐患排查。")
    >>> record.tasks[0].text, record.tasks[0].deadline.text
    ('完成隐患排查', '6月底前')
    >>> nlp_pipeline.normalize("安全生產(chǎn)").text      # the pinyin annotation goes
    '安全生產'

Both functions may be called any number of times: the subpackages `nlp_pipeline.normalize` and
`nlp_pipeline.extract` share their names, and importing them (which the first call does) would
otherwise replace the functions with the modules.
"""

from __future__ import annotations

import sys
import types

__version__ = "0.11.0"

__all__ = ["__version__", "normalize", "extract", "process"]


def normalize(text: str):
    """Normalize one document's text; returns a `NormalizedText` (text, changes, counts)."""
    from .normalize import normalize as _normalize

    return _normalize(text)


def extract(text_or_path, *, date: str | None = None):
    """The `DocumentRecord` of a text or a file path."""
    from .pipeline import process

    return process(text_or_path, date=date)


def process(source, **options):
    from .pipeline import process as _process

    return _process(source, **options)


class _Package(types.ModuleType):
    """This package's module type: importing a subpackage named like an API function leaves the
    function in place (the subpackage stays importable by its dotted name, `sys.modules` holds it)."""

    API_FUNCTIONS = frozenset({"normalize", "extract"})

    def __setattr__(self, name: str, value) -> None:
        if name in self.API_FUNCTIONS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
