"""The one home of the pipeline's errors.

Every error a user can cause by handing us a bad document is a `DocumentError`: the CLI prints
`str(error)` as one line and exits 1, the batch writes it to `errors.jsonl` and goes on.
"""
from __future__ import annotations


class PipelineError(Exception):
    """Base class of everything this package raises on purpose."""

    exit_code = 1


class DocumentError(PipelineError):
    """A document that cannot be processed; the message names the file and the reason."""

    reason = "bad document"

    def __init__(self, source: str, detail: str = "") -> None:
        self.source = source
        self.detail = detail
        super().__init__(f"{source}: {self.reason}" + (f" ({detail})" if detail else ""))


class MissingInput(DocumentError):
    reason = "no such file or directory"


class EmptyDocument(DocumentError):
    reason = "the document is empty"


class UnsupportedFormat(DocumentError):
    reason = "unsupported document format"


class UnreadableDocument(DocumentError):
    reason = "the document cannot be read"


class BinaryContent(DocumentError):
    reason = "the file holds binary data, not text"


class DocumentTooLarge(DocumentError):
    reason = "the document is too large"


class NoTextLayer(DocumentError):
    reason = "the PDF has no text layer (a scan?); OCR it first"


class DocumentTimeout(DocumentError):
    reason = "processing took longer than the per-document time limit"


class UsageError(PipelineError):
    """A wrong command line or option value; the CLI exits 2."""

    exit_code = 2


class SearchError(PipelineError):
    """A search index that is missing, corrupt or given a query it cannot run."""


class LedgerError(PipelineError):
    """A deadline-ledger request that cannot be met: an unknown task, status, unit or window."""


class AlignError(PipelineError):
    """Two documents that cannot be aligned (no tasks found in one of them, a bad format)."""
