#!/usr/bin/env bash
# The static checks CI runs before the tests: ruff's lint rules, ruff's formatting and mypy, with the
# versions pinned in pyproject.toml's dev extra (the .venv that scripts/setup.sh makes). Runs all
# three and exits non-zero if any of them fails. Arguments: none.
set -uo pipefail
cd "$(dirname "$0")/.."
for tool in ruff mypy; do
  if [ ! -x ".venv/bin/$tool" ]; then
    echo "check.sh: .venv/bin/$tool is missing; run bash scripts/setup.sh first" >&2
    exit 2
  fi
done
failed=()
run() {
  echo "== $*"
  "$@" || failed+=("$*")
}
run .venv/bin/ruff check .
run .venv/bin/ruff format --check .
run .venv/bin/mypy   # the files and settings are in pyproject.toml ([tool.mypy]: nlp_pipeline and scripts)
if [ ${#failed[@]} -gt 0 ]; then
  printf 'check.sh: failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "check.sh: all checks passed"
