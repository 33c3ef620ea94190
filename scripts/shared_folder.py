"""Where the shared folder (CONTRACT.md, ANNOTATION.md, labels/, eval/) is, for every script: the
folder `NLP_PIPELINE_SHARED` names, else `../shared` beside the checkout (CONTRIBUTING, Set-up).
The tests read the same variable (tests/conftest.py), so a worktree or a CI checkout that keeps the
shared folder elsewhere scores the same sets as a plain clone."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLP_PIPELINE_SHARED", REPO.parent / "shared")).resolve()
