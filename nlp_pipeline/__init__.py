"""nlp_pipeline: Chinese work-safety directives -> implementation checklists (任务分解表).

    >>> import nlp_pipeline
    >>> record = nlp_pipeline.extract("各乡镇要于6月底前完成隐患排查。")
    >>> record.tasks[0].text, record.tasks[0].deadline.text
    ('完成隐患排查', '6月底前')
    >>> nlp_pipeline.normalize("安全生產(chǎn)").text      # the pinyin goes, the script converted
    '安全生产'

Both functions may be called any number of times: the subpackages `nlp_pipeline.normalize` and
`nlp_pipeline.extract` share their names, and importing them (which the first call does) would
otherwise replace the functions with the modules. Each function also answers for its subpackage's
names, so `import nlp_pipeline.extract.units as units` and `nlp_pipeline.extract.units` work as in
any package.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types

__version__ = "0.38.0"

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


class _ApiFunction:
    """A public function named like a subpackage: calling it runs the function; a name it lacks is
    read from the subpackage. Python resolves `import nlp_pipeline.extract.units as units` by
    reading `units` off `nlp_pipeline.extract`, which is this object, not the module."""

    def __init__(self, function, subpackage: str) -> None:
        functools.update_wrapper(self, function)
        self._function = function
        self._subpackage = subpackage

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __getattr__(self, name: str):
        if name.startswith("__"):  # protocol look-ups (copy, pickle, inspect) are the function's own
            raise AttributeError(name)
        return getattr(importlib.import_module(self._subpackage), name)

    def __repr__(self) -> str:
        return repr(self._function)


normalize = _ApiFunction(normalize, f"{__name__}.normalize")
extract = _ApiFunction(extract, f"{__name__}.extract")


class _Package(types.ModuleType):
    """This package's module type: importing a subpackage named like an API function leaves the
    function in place (the subpackage stays importable by its dotted name, `sys.modules` holds it)."""

    API_FUNCTIONS = frozenset({"normalize", "extract"})

    def __setattr__(self, name: str, value) -> None:
        if name in self.API_FUNCTIONS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
