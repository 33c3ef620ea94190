#!/usr/bin/env bash
# CI: install the package WITHOUT extras (`pip install .`, not editable) into a fresh temporary
# virtualenv, then run what a core install promises: `extract`, `batch`, `align` (its static
# embedding is package data, no model) and the Python API, each function called twice in one
# process. Catches a core import that only an extra brings, and data left out of the package.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d -t nlp-pipeline-core-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --upgrade pip
# build in a copy, so that no build/ or egg-info lands in the checkout
cp -r "$REPO/nlp_pipeline" "$REPO/pyproject.toml" "$REPO/README.md" "$WORK/"
mkdir "$WORK/src" && mv "$WORK/nlp_pipeline" "$WORK/pyproject.toml" "$WORK/README.md" "$WORK/src/"
"$WORK/venv/bin/python" -m pip install --quiet "$WORK/src"

cd "$WORK"   # away from the checkout, so that only the installed package can be imported
CLI="$WORK/venv/bin/nlp-pipeline"
mkdir inbox
cp "$REPO"/corpora/clean/c02_notice.txt "$REPO"/corpora/clean/c04_minutes.txt inbox/
"$CLI" extract inbox/c02_notice.txt > record.json
"$WORK/venv/bin/python" -c "import json; r = json.load(open('record.json', encoding='utf-8')); assert r['tasks'], r"
"$CLI" batch inbox -o out --workers 2 > summary.txt
test -s out/checklist.csv && test -s out/checklist.xlsx
"$CLI" align inbox/c02_notice.txt inbox/c02_notice.txt --format json > align.json
"$WORK/venv/bin/python" -c "import json; a = json.load(open('align.json', encoding='utf-8')); assert a['pairs'] and not a['not_taken_up'], a['coverage']"
"$WORK/venv/bin/python" - <<'PY'
import json
summary = json.load(open("out/summary.json", encoding="utf-8"))
assert summary["processed"] == 2 and summary["failed"] == 0, summary
import nlp_pipeline
assert "site-packages" in nlp_pipeline.__file__, nlp_pipeline.__file__
for _ in range(2):
    assert nlp_pipeline.normalize("安全生產(chǎn)").text == "安全生产"  # short texts are converted too
    record = nlp_pipeline.extract("各乡镇要于6月底前完成隐患排查。", date="2024-03-01")
    assert record.tasks[0].deadline.date == "2024-06-30"
    assert nlp_pipeline.extract("inbox/c02_notice.txt").tasks
print("core install: extract, batch, align and the Python API (twice) work without extras")
PY
