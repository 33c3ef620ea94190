#!/usr/bin/env bash
# Creates the virtualenv at .venv (repo root) and installs the package with every extra.
# Idempotent: a second run only checks what is installed.
# Under CI=true every dependency is held to the version in constraints/ci.txt, so that the quality
# gate and the checks do not move with a dependency release.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${CI:-}" = "true" ]; then
  .venv/bin/python -m pip install --quiet -c constraints/ci.txt -e ".[web,search,ann,distributed,dev]"
else
  .venv/bin/python -m pip install --quiet -e ".[web,search,ann,distributed,dev]"
fi
