"""Document metadata: title, date, doc_type, issuer, region (CONTRACT.md `meta`).

The header zone (the lines before the first paragraph of running text) holds the title, the
document number, the issuer and often the dateline; the 落款 (issuer and date) closes notices.
Meeting reports, news and minutes are dated by the meeting (`6月11日…召开`), with the year taken
from the dateline or the web timestamp when the sentence gives none.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from .. import resources
from ..record import DOC_TYPES, Meta
from .structure import Structure

MEETING_DATED = ("minutes", "meeting_report", "news")
OPENING_PARAGRAPHS = 3


@cache
def _cues() -> dict:
    spec = resources.read_json("extract/meta.json")
    compiled = {key: re.compile(value) for key, value in spec.items()
                if isinstance(value, str) and not key.startswith("_")}
    compiled["doc_types"] = tuple((d["type"], re.compile(d["pattern"])) for d in spec["doc_types"])
    compiled["generic_region_prefixes"] = tuple(spec["generic_region_prefixes"])
    return compiled


def _iso(year, month, day) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def header_lines(structure: Structure) -> list[str]:
    return [s.text for s in structure.sentences[:structure.body_start]]


def paragraphs(structure: Structure) -> list[str]:
    """The text of each paragraph, in order."""
    texts: dict[int, list[str]] = {}
    for s in structure.sentences:
        texts.setdefault(s.paragraph, []).append(s.text)
    return ["".join(parts) for _, parts in sorted(texts.items())]


def find_title(lines: list[str]) -> str | None:
    c = _cues()
    candidates = [line for line in lines
                  if c["title_words"].search(line) and not c["doc_number"].search(line)
                  and not c["salutation"].search(line) and not c["date_line"].match(line)
                  and not c["issuer_line"].match(line)]
    about = [line for line in candidates if "关于" in line]
    return (about or candidates or [None])[0]


def find_issuer(lines: list[str], title: str | None, all_paragraphs: list[str]) -> str | None:
    c = _cues()
    for line in lines:
        if c["issuer_line"].match(line):
            return re.sub(r"文件$", "", line)
    if title:
        found = c["issuer_in_title"].match(title)
        if found:
            return found.group(1)
    for before, line in zip(all_paragraphs, all_paragraphs[1:]):
        if c["date_line"].match(line) and c["issuer_line"].match(before):
            return before
    return None


def find_region(*names: str | None) -> str | None:
    c = _cues()
    for name in names:
        if not name or name.startswith(c["generic_region_prefixes"]):
            continue
        found = c["region"].match(name)
        if found and found.group(1):
            return found.group(1)
    return None


def find_doc_type(title: str | None, lines: list[str], first_paragraphs: list[str]) -> str:
    c = _cues()
    probe = title or (first_paragraphs[0] if first_paragraphs else "")
    if any(re.match(r"^同志们", p) for p in lines + first_paragraphs[:2]):
        return "speech"
    for doc_type, pattern in c["doc_types"]:
        if pattern.search(probe) and doc_type in DOC_TYPES:
            return doc_type
    if any(c["doc_types"][-1][1].search(p) for p in first_paragraphs[:2]):
        return "news"
    return "other"


def _year_hint(lines: list[str], all_paragraphs: list[str]) -> int | None:
    c = _cues()
    for line in lines + all_paragraphs:
        for key in ("timestamp_line", "date_line"):
            found = c[key].match(line)
            if found:
                return int(found.group(1))
    return None


def meeting_date(first_paragraphs: list[str], year: int | None) -> str | None:
    c = _cues()
    for paragraph in first_paragraphs:
        if not c["meeting_verbs"].search(paragraph):
            continue
        full = c["full_date"].search(paragraph)
        if full:
            return _iso(*full.groups())
        month_day = c["month_day"].search(paragraph)
        if month_day and year:
            return _iso(year, *month_day.groups())
    return None


def dateline(lines: list[str], all_paragraphs: list[str]) -> str | None:
    """The first standalone date line (cover letter, speech dateline, 落款); 印发 lines last."""
    c = _cues()
    found = [m for m in (c["date_line"].match(p) for p in lines + all_paragraphs) if m]
    issued = [m for m in found if not c["printed_suffix"].search(m.group(0))]
    for match in issued or found:
        return _iso(*match.groups())
    for line in lines:
        stamp = c["timestamp_line"].match(line)
        if stamp:
            return _iso(*stamp.groups())
    return None


def first_full_date(first_paragraphs: list[str]) -> str | None:
    for paragraph in first_paragraphs:
        found = _cues()["full_date"].search(paragraph)
        if found:
            return _iso(*found.groups())
    return None


def extract_meta(structure: Structure, doc_date: str | None = None) -> Meta:
    lines = header_lines(structure)
    all_paragraphs = paragraphs(structure)
    body_paragraphs = all_paragraphs[len({s.paragraph for s in structure.sentences[:structure.body_start]}):]
    first = body_paragraphs[:OPENING_PARAGRAPHS]
    title = find_title(lines)
    doc_type = find_doc_type(title, lines, first)
    year = _year_hint(lines, all_paragraphs)
    found_date = doc_date
    if not found_date and doc_type in MEETING_DATED:
        found_date = meeting_date(first, year)
    found_date = found_date or dateline(lines, all_paragraphs) or first_full_date(first)
    issuer = find_issuer(lines, title, all_paragraphs)
    return Meta(title=title, date=found_date, doc_type=doc_type, issuer=issuer,
                region=find_region(issuer, title))


def plan_year(title: str | None, doc_date: date | None) -> int | None:
    """The year a plan issued in the last quarter of the year before is for (a title naming
    `2026年…工作要点` on a document dated 2025-12-18): its bare 年底前/年内 mean that year's end."""
    if not title or doc_date is None or doc_date.month < 10:
        return None
    found = _cues()["plan_year"].search(title)
    return int(found.group(1)) if found and int(found.group(1)) == doc_date.year + 1 else None

