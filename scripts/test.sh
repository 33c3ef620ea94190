#!/usr/bin/env bash
# Sets up .venv, runs the static checks (scripts/check.sh: ruff, ruff format, mypy), installs the
# system packages the tests drive (Chromium, PostgreSQL), checks that a core install (no extras)
# works, and runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/check.sh
for installer in scripts/install_browser.sh scripts/install_postgres.sh; do
  if [ -f "$installer" ]; then bash "$installer"; fi
done
bash scripts/check_core_install.sh
exec .venv/bin/python -m pytest "$@"
