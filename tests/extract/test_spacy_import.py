"""spaCy imported without its command line (nlp_pipeline/extract/spacy_import.py).

Each case runs in a fresh interpreter, since what it checks is what an import leaves in
`sys.modules`; the script prints a JSON object of what it saw."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CLI_LIBRARIES = ("typer", "weasel", "requests")

SEEN = (
    f"import json, sys\nCLI_LIBRARIES = {CLI_LIBRARIES!r}\n"
    + """
seen = {
    "spacy": "spacy" in sys.modules,
    "cli_libraries": sorted(name for name in CLI_LIBRARIES if name in sys.modules),
    "placeholders_left": sorted(
        name for name, module in sys.modules.items() if (module.__doc__ or "").startswith("placeholder while spaCy")
    ),
}
"""
)


def run(script: str) -> dict:
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


CASES = {
    "the extractor's import leaves the command line out": (
        "import nlp_pipeline.extract\n" + SEEN + "print(json.dumps(seen))",
        {"spacy": True, "cli_libraries": [], "placeholders_left": []},
    ),
    # negative case: the probe sees the command line where spaCy was imported first, whole
    "spaCy imported before: left as it is": (
        "import spacy\nimport nlp_pipeline.extract\n" + SEEN + "print(json.dumps(seen))",
        {"spacy": True, "cli_libraries": sorted(CLI_LIBRARIES), "placeholders_left": []},
    ),
    # a spaCy release that asks its command line for more while starting: imported whole, and it works
    "placeholders that cannot answer: spaCy imported whole": (
        "from nlp_pipeline.extract import spacy_import\n"
        "import sys\n"
        "for name in [n for n in sys.modules if n == 'spacy' or n.startswith('spacy.')]: del sys.modules[name]\n"
        "real = spacy_import._placeholders\n"
        "def lacking():\n"
        "    modules = real()\n"
        "    del modules['spacy.cli.info'].info\n"
        "    return modules\n"
        "spacy_import._placeholders = lacking\n"
        "spacy = spacy_import.import_spacy()\n"
        "words = [t.text for t in spacy.blank('xx')('a b')]\n"
        + SEEN
        + "seen['words'] = words\nprint(json.dumps(seen))",
        {"spacy": True, "cli_libraries": sorted(CLI_LIBRARIES), "placeholders_left": [], "words": ["a", "b"]},
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_what_the_import_leaves_loaded(case):
    script, expected = CASES[case]
    assert run(script) == expected


def test_the_command_line_is_there_when_asked_for():
    script = (
        "import json, nlp_pipeline.extract, spacy\n"
        "info = spacy.info(markdown=False, silent=True)\n"
        "import spacy.cli\n"
        "print(json.dumps({'version': info['spacy_version'] == spacy.__version__,"
        " 'setup_cli': callable(spacy.cli.setup_cli), 'real': spacy.cli.__file__.endswith('__init__.py')}))"
    )
    assert run(script) == {"version": True, "setup_cli": True, "real": True}
