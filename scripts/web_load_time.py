"""How long the web page takes for a document of N characters (default 10,000): process + render.

The text is dev documents from ../shared/eval/dev joined until N characters (read at run time,
never stored). Three figures, each the median of --repeat runs in this process:
  pipeline   process_raw() alone (what any front end pays)
  page       POST /process and GET /result/<id> through FastAPI's test client (what the clerk waits)
  render     GET /result/<id> alone (what the web layer adds)
and the ratio page / pipeline, which is machine-independent.

    .venv/bin/python scripts/web_load_time.py [--chars 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

from nlp_pipeline.pipeline import process_raw, raw_from_text
from nlp_pipeline.web import create_app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_folder import SHARED  # scripts/shared_folder.py: $NLP_PIPELINE_SHARED or ../shared

DEV = SHARED / "eval" / "dev"


def sample_text(chars: int) -> str:
    documents = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(DEV.glob("*.txt"))]
    if not documents:
        raise SystemExit(f"no dev documents under {DEV}")
    text = ""
    while len(text) < chars:
        text += "\n".join(documents)
    return text[:chars]


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = sample_text(args.chars)
    app = create_app()
    client = TestClient(app)
    process_raw(raw_from_text(text))  # load models and dictionaries once, outside the timings

    def page() -> None:
        response = client.post("/process", data={"text": text})
        response.raise_for_status()

    result_url = client.post("/process", data={"text": text}, follow_redirects=False).headers["location"]
    record = app.state.results.get(result_url.rsplit("/", 1)[1]).record
    pipeline_s = median_seconds(lambda: process_raw(raw_from_text(text)), args.repeat)
    page_s = median_seconds(page, args.repeat)
    render_s = median_seconds(lambda: client.get(result_url).raise_for_status(), args.repeat)
    html_kb = len(client.get(result_url).content) / 1024
    print(
        f"document: {len(text)} characters, {len(record.tasks)} tasks, "
        f"{len(record.normalization.changes)} changes; page {html_kb:.0f} KB of HTML"
    )
    print(
        f"pipeline {pipeline_s * 1000:.0f} ms · page {page_s * 1000:.0f} ms · render {render_s * 1000:.0f} ms"
        f" · page/pipeline {page_s / pipeline_s:.2f}"
    )


if __name__ == "__main__":
    main()
