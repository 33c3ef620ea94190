"""The ```python blocks of README.md run, so that the README's examples cannot rot.

What shape an example must have:
- a block written as an interactive session (lines starting with `>>> `) is a doctest: each
  shown result must match (`...` stands for any text; whitespace runs compare equal);
- any other block is run as a script and must not raise; a `# comment` after an expression
  describes its result for the reader and is not checked;
- every block starts from a fresh namespace holding only `date` (datetime.date) and `Path`;
  it runs in an empty temporary folder, so a file name it passes is not found there (and
  `extract` reads such a string as text).
"""

from __future__ import annotations

import doctest
import re
from datetime import date
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
PYTHON_BLOCK = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.M | re.S)


def python_blocks(markdown: str) -> list[tuple[int, str]]:
    """(line number, code) of every ```python block."""
    return [(markdown.count("\n", 0, match.start()) + 1, match.group(1)) for match in PYTHON_BLOCK.finditer(markdown)]


BLOCKS = python_blocks(README.read_text(encoding="utf-8")) if README.is_file() else []


def test_the_readme_has_python_examples():
    assert BLOCKS, "README.md has no ```python block"


def test_blocks_are_found_with_their_line_numbers():
    markdown = "text\n```python\nx = 1\n```\n```bash\nls\n```\n```python\n>>> 1 + 1\n2\n```\n"
    assert python_blocks(markdown) == [(2, "x = 1\n"), (8, ">>> 1 + 1\n2\n")]


def run_block(code: str, name: str) -> None:
    namespace = {"date": date, "Path": Path, "__name__": "__readme__"}
    if re.search(r"^\s*>>> ", code, re.M):
        parser, runner = (
            doctest.DocTestParser(),
            doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE),
        )
        runner.run(parser.get_doctest(code, namespace, name, str(README), 0))
        failed, _ = runner.summarize(verbose=False)
        assert failed == 0, f"{name}: {failed} doctest example(s) failed (see the output above)"
    else:
        exec(compile(code, name, "exec"), namespace)  # noqa: S102 - the README's own examples


def test_a_doctest_block_checks_its_results():
    run_block(">>> 1 + 1\n2\n", "passing")
    with pytest.raises(AssertionError, match="1 doctest example"):
        run_block(">>> 1 + 1\n3\n", "failing")


def test_a_script_block_must_not_raise():
    run_block("x = date(2024, 1, 1)\n", "passing")
    with pytest.raises(ZeroDivisionError):
        run_block("1 / 0\n", "failing")


@pytest.mark.parametrize("line, code", BLOCKS, ids=[f"README.md:{line}" for line, _ in BLOCKS])
def test_readme_example_runs(line, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run_block(code, f"README.md:{line}")
