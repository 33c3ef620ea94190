"""The package's Python API as a user meets it: a fresh interpreter, each function called twice."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Run in a fresh process: in this one, earlier tests have already imported the subpackages.
API_TWICE = """
import nlp_pipeline
for _ in range(2):
    normalized = nlp_pipeline.normalize("安全生產(chǎn)")
    assert normalized.text == "安全生产", normalized.text  # short texts are converted too
    record = nlp_pipeline.extract("各乡镇要于6月底前完成隐患排查。", date="2024-03-01")
    assert record.tasks[0].deadline.date == "2024-06-30", record.tasks
    assert nlp_pipeline.process("县应急管理局要立即开展检查。").tasks
print("ok")
"""


def test_normalize_and_extract_can_be_called_again_in_a_fresh_interpreter():
    result = subprocess.run([sys.executable, "-c", API_TWICE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize("name", ["normalize", "extract"])
def test_the_subpackage_of_the_same_name_does_not_replace_the_function(name):
    import importlib

    import nlp_pipeline

    subpackage = importlib.import_module(f"nlp_pipeline.{name}")
    assert callable(getattr(nlp_pipeline, name)) and getattr(nlp_pipeline, name) is not subpackage
    assert sys.modules[f"nlp_pipeline.{name}"] is subpackage


SUBMODULE_IMPORTS = """
import nlp_pipeline.extract.units as units
import nlp_pipeline.normalize.script as script
import nlp_pipeline
assert units.__name__ == "nlp_pipeline.extract.units"
assert script.__name__ == "nlp_pipeline.normalize.script"
assert nlp_pipeline.extract.units is units  # a subpackage's module read off the function
assert nlp_pipeline.extract("县应急管理局要立即开展检查。").tasks  # and the function still runs
print("ok")
"""


def test_submodules_import_by_their_dotted_name_with_as():
    result = subprocess.run([sys.executable, "-c", SUBMODULE_IMPORTS], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_name_neither_the_function_nor_its_subpackage_has_is_an_attribute_error():
    import nlp_pipeline

    with pytest.raises(AttributeError):
        nlp_pipeline.extract.no_such_name  # noqa: B018 - the look-up is what is tested
    with pytest.raises(AttributeError):
        nlp_pipeline.normalize.__no_such_protocol__  # noqa: B018
