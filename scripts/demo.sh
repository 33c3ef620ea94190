#!/usr/bin/env bash
# Sets up .venv and runs the batch on the bundled sample corpus; prints where the checklist is.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
out=${1:-out/sample}
.venv/bin/nlp-pipeline batch corpora/sample -o "$out"
echo
echo "任务分解表 / checklist: $out/checklist.xlsx  (also checklist.csv, checklist.md; one record per document in $out/docs/)"
