"""spaCy imported without its command line: a third of a cold `extract`'s spaCy import.

`spacy/__init__` runs `from .cli.info import info` (to offer `spacy.info()`), and `spacy.cli`
imports every command of spaCy's command-line tool and what they use: typer, weasel, requests,
httpx, wasabi's markdown tables, the project tools. The extractor uses none of them. Measured on
spaCy 3.8 (docs/benchmarks.md, start-up): `import spacy` 0.43-0.47 s of CPU, 0.32-0.33 s without
the command line; 727 modules loaded instead of 1,089.

`import_spacy` lends the import two placeholder modules for `spacy.cli` and `spacy.cli.info` and
takes them back at once, so nothing else sees them: a later `import spacy.cli` (spaCy's own
`python -m spacy`, a test) loads the real command line, and `spacy.info` loads it when called.
If a spaCy release imports anything else from its command line while starting, the placeholders
cannot answer it: the half-done import is dropped and spaCy is imported as it is, whole.
"""

from __future__ import annotations

import sys
import types
from typing import Any

CLI_MODULES = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info` as spaCy defines it, its command line imported on the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _placeholders() -> dict[str, types.ModuleType]:
    package = types.ModuleType("spacy.cli", "placeholder while spaCy starts (nlp_pipeline.extract.spacy_import)")
    package.__path__ = []  # a package, so that `spacy.cli.info` can be its submodule
    info = types.ModuleType("spacy.cli.info", package.__doc__)
    info.info = _info  # type: ignore[attr-defined]
    return {package.__name__: package, info.__name__: info}


def import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line unless it (or part of it) is imported already."""
    if "spacy" in sys.modules or any(name in sys.modules for name in CLI_MODULES):
        import spacy

        return spacy
    placeholders = _placeholders()
    sys.modules.update(placeholders)
    try:
        import spacy
    except ImportError:  # this spaCy wants more of its command line: import it whole
        for name in [name for name in sys.modules if name == "spacy" or name.startswith("spacy.")]:
            del sys.modules[name]
        placeholders.clear()
        import spacy
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


spacy = import_spacy()  # on import: `nlp_pipeline.extract` imports this module before any other
