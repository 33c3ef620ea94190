"""The one home of the pipeline's errors.

Every error a user can cause by handing us a bad document is a `DocumentError`: the CLI prints
`str(error)` as one line and exits 1, the batch writes it to `errors.jsonl` and goes on, the web
page shows it (without the server's paths). Messages are in Chinese, for the clerks who read
them, and say what to do.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class of everything this package raises on purpose."""

    exit_code = 1


class DocumentError(PipelineError):
    """A document that cannot be processed. The message names the file, says in Chinese what is
    wrong and what to do, then gives the particulars: `源文件：原因，做法（细节）`."""

    reason = "文档无法处理，请检查文件后重试"

    def __init__(self, source: str, detail: str = "") -> None:
        self.source = source
        self.detail = detail
        super().__init__(f"{source}：{self.reason}" + (f"（{detail}）" if detail else ""))

    def __reduce__(self):
        # rebuilt from its own arguments when it crosses a process boundary (the message would
        # otherwise be taken for the source and repeated)
        return type(self), (self.source, self.detail)


class MissingInput(DocumentError):
    reason = "找不到这个文件或文件夹，请检查路径"


class EmptyDocument(DocumentError):
    reason = "文档是空的，请确认选对了文件"


class UnsupportedFormat(DocumentError):
    reason = "不支持这种文件，请另存为 txt、html、docx 或 pdf 后再处理"


class UnreadableDocument(DocumentError):
    reason = "文件无法读取（可能已损坏），请用原来的软件打开后另存一份再试"


class BinaryContent(DocumentError):
    reason = "文件里不是文字而是二进制数据，请选择 txt、html、docx 或 pdf 文档"


class DocumentTooLarge(DocumentError):
    reason = "文档超过处理上限，请拆分成几份后分别处理"


class NoTextLayer(DocumentError):
    reason = "PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）再处理"


class DocumentTimeout(DocumentError):
    reason = "处理时间超过了每份文档的上限，请把文档拆分后再试"


class ProcessingFailed(DocumentError):
    reason = "处理这份文档的进程意外退出（多半是内存不够），请把文档拆分后再试"


class InternalError(DocumentError):
    reason = "程序内部出错，这份文档没有处理完；请把文档和这条信息一起报告给维护者"


class DocumentsFailed(PipelineError):
    """`batch` finished, but some documents could not be processed; the CLI exits 3.

    Everything else is written (records, checklists, summary); errors.jsonl says why each failed."""

    exit_code = 3

    def __init__(self, failed: int, documents: int, errors_path: str) -> None:
        super().__init__(
            f"{failed} 个文档处理失败（共 {documents} 个），原因见 {errors_path}；" "其余文档的记录和任务清单已写出"
        )


class UsageError(PipelineError):
    """A wrong command line or option value; the CLI exits 2."""

    exit_code = 2


class SearchError(PipelineError):
    """A search index that is missing, corrupt or given a query it cannot run."""


class ServiceBusy(PipelineError):
    """Every worker of the web service is busy for longer than a request may wait."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(f"服务正忙：同时处理的文档已达上限，等了 {waited_s:g} 秒仍没有空闲，请稍后再试")


class LedgerError(PipelineError):
    """A deadline-ledger request that cannot be met: an unknown task, status, unit or window."""


class AlignError(PipelineError):
    """Two documents that cannot be aligned (no tasks found in one of them, a bad format)."""


class EmbeddingError(PipelineError):
    """An embedding model file that is missing or damaged (a broken install or checkout)."""
