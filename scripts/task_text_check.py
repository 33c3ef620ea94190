#!/usr/bin/env python3
"""Defects of the task text (工作任务), the short verb-object summary a clerk reads in each checklist row.

    .venv/bin/python scripts/task_text_check.py --sets SET [SET ...] [--list] [--json OUT.json]

A set is named as scripts/evaluate.py names it (../shared/eval/<name>, tests/extract/<name> or a folder of
<doc_id>.txt + <doc_id>.gold.json); the pipeline runs over it as the batch does. The gold is not read: the
defects are judged on the rows alone, against each row's own source sentence, with jieba's own segmentation,
dictionary and part-of-speech tags (loaded here, not the pipeline's copy of them):

- cut at the start: the text begins inside a dictionary word of its source (及时 → 时报送…, 负责 → 责…,
  要求 → 求…), or with the mark that joined it to a word taken away (按期、→ 、彻底…). An item's marker of a
  numeral and its modal (一要, 二是) is no word: the text after it is whole (一要紧盯… → 紧盯…). A run jieba cuts by its
  hidden Markov model (厅要, 署亦: a name before its modal) is a guess, no word; a compound of two
  dictionary words (严格执行) may be entered at its joint;
- cut at the end: the text ends inside a word of its source, read the same way;
- bare: the text is one word (排查, 配合, 奖惩) or only numbers and times (4月15日—4月18日): no act with its
  object or manner;
- wrong clause: the text's first clause conditions, times or partners the act instead of doing it — a
  condition asking nothing (如出现…, 一旦…, 未经…), a clause closing as a condition, a person or a time (…的,
  …者, 于…发布后, …时), a partner (…联同X, X a list of parties, the act in the next clause), a verb and a count
  alone where the source has a clause before it (评价一次) — or the text closes a parenthesis it never
  opened (完成）).

Prints, per set, the rows and each class's count; `--list` also prints every defective row (read it only
on the sets you may read). A row counts once per class; a row may be in several classes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate  # scripts/evaluate.py: the set names and the batch run

CLASSES = ("cut_start", "cut_end", "bare", "wrong_clause")
END_MARKS = "。；;，,：:！!？?"
CLAUSE_MARKS = re.compile(r"[，,；;。：:！!？?]")
# a clause opening with a condition (如出现…, 一旦…, 未经…同意) and asking nothing of anyone; 如期/如实/如下 are manners
CONDITION_OPEN = re.compile(r"^(?:如果?|若|假如|倘若|一旦|凡是?|未经|遇有?|遇到)(?!期|实|下|何)")
MODAL = re.compile(r"要|应|须|必须|不得|严禁|禁止|立即|马上")
# a clause closing as a condition, a subject or a time (…的, …者, 于…发布后, …时): the act follows it
CONDITION_CLOSE = re.compile(r"(?:的|者|后|时)$")
# a partner named after 联同/会同/联合/协同 with no act of its own: the act is in the next clause
PARTNER = re.compile(r"(?:联同|会同|联合|协同)(?P<party>[^，,；;。]{2,40})$")
# a verb and a count alone (评价一次), taken where the source has a clause before it
FREQUENCY = re.compile(r"^[一-鿿]{1,6}?(?:[一两二三四五六七八九十0-9]+)[次遍轮]$")
OPENERS, CLOSERS = "（(「『【", "）)」』】"
# a word with no verb in it: numbers, times, measure words, punctuation, letters (jieba's tags)
NO_ACT_TAGS = ("m", "t", "q", "x", "eng", "f")
# an item's marker of a numeral and its modal or copula (一要, 二是, 三须) opening the source or a clause: the act
# begins after it even where jieba joins the modal to the verb's first character (一要紧盯 → 一 / 要紧 / 盯, 紧盯
# being no dictionary word)
NUMBERED_MODAL = re.compile(r"(?:^|[，,；;。：:！!？?])[一二三四五六七八九十]{1,3}(?:要|是|须|应|需)$")


def word_boundaries(source: str) -> set[int]:
    """Offsets in `source` that are no position inside one of jieba's dictionary words. A run jieba cuts
    by its hidden Markov model (厅要, 署亦: a name before its modal) is a guess, not a word; a word that is
    two dictionary words of two characters or more (严格执行 = 严格 + 执行) may be entered at its joint."""
    import jieba

    boundaries, position = set(range(len(source) + 1)), 0
    for word in jieba.lcut(source):
        if _is_word(word):
            inside = set(range(position + 1, position + len(word)))
            boundaries -= inside - {
                position + k for k in range(2, len(word) - 1) if _is_word(word[:k]) and _is_word(word[k:])
            }
        position += len(word)
    return boundaries


def _is_word(piece: str) -> bool:
    import jieba

    return len(piece) > 1 and bool(jieba.dt.FREQ.get(piece))


def _inside_a_word(source: str, at: int) -> bool:
    """`at` falls between two characters of a word (letters or Han characters: punctuation never sits
    inside a word)."""
    if at <= 0 or at >= len(source) or not (source[at - 1].isalnum() and source[at].isalnum()):
        return False
    return at not in word_boundaries(source)


def placed(task: dict) -> tuple[str, str, int] | None:
    """(text, source, where the text stands in the source), or None when the text is not a piece of it."""
    text, source = (task.get("text") or "").rstrip(END_MARKS), task.get("source") or ""
    at = source.find(text) if text else -1
    return (text, source, at) if at >= 0 else None


def cut_at_start(task: dict) -> bool:
    found = placed(task)
    if found is None:
        return False
    text, source, at = found
    if text[0] in "、，,；;" and at > 0:
        return True  # 、彻底整改到位: the word before the mark was taken away with the mark left
    if NUMBERED_MODAL.search(source[:at]):
        return False  # 一要紧盯…: the item's marker, not a word, was taken away
    return _inside_a_word(source, at)


def cut_at_end(task: dict) -> bool:
    found = placed(task)
    if found is None:
        return False
    text, source, at = found
    end = at + len(text)
    return _inside_a_word(source, end)


def is_bare(task: dict) -> bool:
    """One word (排查, 配合), or only numbers and times (4月15日—4月18日): no act with its object."""
    import jieba.posseg

    text = (task.get("text") or "").strip(END_MARKS + " ")
    words = [(w.word, w.flag) for w in jieba.posseg.lcut(text) if w.word.strip() and w.flag != "x"]
    return len(words) < 2 or all(flag in NO_ACT_TAGS for _, flag in words)


def wrong_clause(task: dict) -> bool:
    """The text's first clause conditions, times or partners the act instead of doing it, is a count alone
    where the source has an earlier clause, or the text closes a parenthesis it never opened."""
    from nlp_pipeline.extract.tasks import names_parties_only

    text = (task.get("text") or "").strip()
    if sum(text.count(ch) for ch in CLOSERS) > sum(text.count(ch) for ch in OPENERS):
        return True
    first = CLAUSE_MARKS.split(text, maxsplit=1)[0]
    if CONDITION_OPEN.match(first) and not MODAL.search(first):
        return True
    if CONDITION_CLOSE.search(first):
        return True
    partner = PARTNER.search(first)
    if partner and names_parties_only(partner.group("party")):
        return True
    found = placed(task)
    return bool(FREQUENCY.match(first) and found and CLAUSE_MARKS.search(found[1][: found[2]]))


CHECKS = {"cut_start": cut_at_start, "cut_end": cut_at_end, "bare": is_bare, "wrong_clause": wrong_clause}


def check_records(pred_dir: Path) -> tuple[int, Counter[str], list[tuple[str, str, str, str]]]:
    """(rows, defects per class, (doc, class, text, source) of every defect) over a folder of records."""
    rows, counts, listed = 0, Counter[str](), []
    for record_file in sorted(pred_dir.glob("*.json")):
        record = json.loads(record_file.read_text(encoding="utf-8"))
        for task in record.get("tasks", []):
            rows += 1
            for name, check in CHECKS.items():
                if check(task):
                    counts[name] += 1
                    listed.append(
                        (record.get("doc_id") or record_file.stem, name, task.get("text"), task.get("source"))
                    )
    return rows, counts, listed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=evaluate.SHARED)
    parser.add_argument("--sets", nargs="+", required=True)
    parser.add_argument("--list", action="store_true", help="print every defective row")
    parser.add_argument("--json", type=Path, help="write the counts per set here")
    args = parser.parse_args()
    results = {}
    for name in args.sets:
        with tempfile.TemporaryDirectory() as tmp:
            rows, counts, listed = check_records(
                evaluate.predict_with_batch(evaluate.gold_dir_of(name, args.shared), Path(tmp))
            )
        results[name] = {"rows": rows, **{c: counts[c] for c in CLASSES}}
        print(name, " ".join(f"{key} {value}" for key, value in results[name].items()), flush=True)
        for doc, kind, text, source in listed if args.list else ():
            print(f"  {doc}\t{kind}\t{text}\t<- {source}")
    totals = {key: sum(result[key] for result in results.values()) for key in ("rows", *CLASSES)}
    print("all", " ".join(f"{key} {value}" for key, value in totals.items()))
    if args.json:
        args.json.write_text(json.dumps(results | {"all": totals}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
