"""nlp_pipeline: Chinese work-safety directives -> implementation checklists (任务分解表).

    >>> import nlp_pipeline
    >>> record = nlp_pipeline.extract("各乡镇要于6月底前完成隐患排查。")
    >>> nlp_pipeline.normalize("安全生產(chǎn)").text
"""
from __future__ import annotations

__version__ = "0.1.0"

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
