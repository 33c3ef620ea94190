#!/usr/bin/env python3
"""A real-page read: the pipeline on pages nobody here wrote, judged against blind gold.

    .venv/bin/python scripts/real_page_read.py DIR [DIR ...] [--changes OUT.tsv] [--json OUT.json]

Each DIR holds <id>.txt (a page as a clerk copied it) and <id>.gold.json (annotated per
../shared/ANNOTATION.md by someone who had not seen the pipeline). Real pages are third-party
text: keep them outside the repository; only this script and the figures are committed.

Reports, per folder and over all of them:
- eval/score.py's figures and the clerk's figure (scripts/evaluate.py);
- junk rows: predicted tasks whose source the gold text does not hold at all (page chrome,
  captions, a title taken for a task);
- cut task texts: task texts (工作任务) that begin or end inside a word of their source — a letter or
  Han character on both sides where jieba puts no word boundary (scripts/task_text_check.py; the
  start and the end are also counted apart);
- false changes, judged character by character: the input characters the annotator kept as they
  were that normalization changed or removed — unless the gold's line that holds the character
  stands whole in the output (a page that says its title or date twice: the annotator kept one copy,
  normalization the other), or unless the output holds the gold's copy of it (an alignment tie
  paired the gold's character with another copy on the page). Their rate is per input character; every false
  change is listed (with --changes) so that a person can read them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate  # scripts/evaluate.py: the scorer loader and the clerk's figure
import scoring  # scripts/scoring.py: text as it is compared (whichever scorer scores the figures)
import task_text_check  # scripts/task_text_check.py: where a task text cuts a word of its source


def kept_positions(source: str, target: str) -> dict[int, int]:
    """Positions of `source` whose character stands unchanged in `target` (an `equal` block), each
    with its position in `target`."""
    kept: dict[int, int] = {}
    for op in Levenshtein.opcodes(source, target):
        if op.tag == "equal":
            kept.update(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True))
    return kept


def line_at(text: str, position: int) -> str:
    """The line of `text` that holds `position`, without its surrounding spaces."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end != -1 else len(text)].strip()


def width_folded(text: str) -> str:
    """`text` with each character that NFKC folds to one character (a full-width colon, a
    half-width katakana) in its folded form, so positions stay where they were. ANNOTATION.md
    asks for full-width Chinese punctuation and scores text ignoring the width of punctuation: a
    `:` made `：` is the normalization it asks for, even where an annotator typed `:`."""
    folded = []
    for ch in text:
        canonical = unicodedata.normalize("NFKC", ch)
        folded.append(canonical if len(canonical) == 1 else ch)
    return "".join(folded)


def false_changes(raw: str, gold_text: str, output: str) -> list[tuple[int, str, str]]:
    """(position, the input's character, its context) for every input character the annotator kept
    and normalization did not, width aside (`width_folded`). A character whose line of the gold
    stands whole in the output is no false change: the page said it twice (a title in the metadata
    block and above the body) and the annotator kept one copy, normalization the other. Whitespace
    is left out: line breaks and spaces are layout."""
    folded_raw, folded_gold, folded_output = width_folded(raw), width_folded(gold_text), width_folded(output)
    gold_kept, ours_kept = kept_positions(folded_raw, folded_gold), kept_positions(folded_raw, folded_output)
    # the gold's characters the output holds: a page that says a word twice (the 关 of a content
    # farm's 相关 and of the title's 关于) lets an alignment tie pair the gold's copy with either, so
    # a character counts only where the gold's copy of it is missing from the output as well
    gold_in_output = set(kept_positions(folded_gold, folded_output))
    output_lines = {line.strip() for line in folded_output.splitlines()}
    return [
        (i, raw[i], raw[max(0, i - 8) : i + 9].replace("\n", "⏎"))
        for i in sorted(gold_kept.keys() - ours_kept.keys())
        if not raw[i].isspace()
        and gold_kept[i] not in gold_in_output
        and line_at(folded_gold, gold_kept[i]) not in output_lines
    ]


def read_folder(folder: Path, scorer, out: Path) -> dict:
    pred_dir = evaluate.predict_with_batch(folder, out)
    result = scorer.score(folder, pred_dir)
    good, total = evaluate.clerk_rows(scorer, folder, pred_dir)
    result["clerk_rows_acc"] = {"acc": round(good / total, 3) if total else None, "n": total}
    result |= evaluate.title_figures(folder, pred_dir)
    junk = cut = cut_start = cut_end = rows = characters = 0
    changes: list[tuple[str, int, str, str]] = []
    for gold_file in sorted(folder.glob("*.gold.json")):
        doc_id = gold_file.name[: -len(".gold.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pred_file = pred_dir / f"{doc_id}.json"
        if not pred_file.exists():
            continue
        pred = json.loads(pred_file.read_text(encoding="utf-8"))
        raw = (folder / f"{doc_id}.txt").read_text(encoding="utf-8", errors="replace")
        canon_gold = scoring.as_scored(gold["text"])
        for task in pred.get("tasks", []):
            rows += 1
            junk += scoring.as_scored(task.get("source") or "")[:12] not in canon_gold
            at_start, at_end = task_text_check.cut_at_start(task), task_text_check.cut_at_end(task)
            cut += at_start or at_end
            cut_start += at_start
            cut_end += at_end
        characters += sum(not ch.isspace() for ch in raw)
        changes += [(doc_id, *change) for change in false_changes(raw, gold["text"], pred.get("text") or "")]
    result["rows"] = rows
    result["junk_rows"] = junk
    result["cut_task_texts"] = cut
    result["cut_task_texts_at"] = {"start": cut_start, "end": cut_end}
    result["false_changes"] = {
        "characters": len(changes),
        "input_characters": characters,
        "rate": round(len(changes) / max(1, characters), 5),
    }
    result["false_change_list"] = changes
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--shared", type=Path, default=evaluate.SHARED)
    parser.add_argument("--changes", type=Path, help="write every false change here (TSV)")
    parser.add_argument("--json", type=Path, help="write all figures here")
    args = parser.parse_args()
    scorer = evaluate.load_scorer(args.shared)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for index, folder in enumerate(args.folders):
            result = read_folder(folder, scorer, Path(tmp) / str(index))
            results[str(folder)] = result
            print(f"== {folder}")
            print(scorer.brief(result))
            fc = result["false_changes"]
            cuts = result["cut_task_texts_at"]
            print(
                f"rows {result['rows']}  junk rows {result['junk_rows']}  cut task texts {result['cut_task_texts']}"
                f" (at the start {cuts['start']}, at the end {cuts['end']})"
            )
            print(f"false changes {fc['characters']} of {fc['input_characters']} characters ({fc['rate']:.3%})")
    if args.changes:
        lines = ["folder\tdoc\tposition\tcharacter\tcontext"]
        for folder, result in results.items():
            lines += [
                f"{folder}\t{doc}\t{pos}\t{ch}\t{context}" for doc, pos, ch, context in result["false_change_list"]
            ]
        args.changes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
