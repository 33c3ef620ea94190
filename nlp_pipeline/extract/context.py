"""The per-document context: what reading one document's tasks needs to know of the document.

`extract_fields` makes one `DocumentContext` per document, from its metadata, and passes it down
to task detection; nothing about the document under way is kept in a module. Documents read side
by side (two web requests, the threads of a server, a batch in one process) therefore never see
or clear each other's state. The memo of a document's lines lives on its spaCy Doc
(`structure.LineReadings`), made by the tokenizer for that document alone.

What may stay module-level is what is the same for every document: compiled rules and loaded
resources (`@cache`), and bounded memos of pure functions of a text (`lru_cache`: a sentence's
modal cues, its opening, its unit mentions), whose answers do not depend on the document they
are asked from and which are never cleared per document.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..record import Meta
from .enterprise import institution_head_at
from .meta import plan_year, reference_day, title_subject
from .units import ISSUER, find_units

# 关于印发《临江市港航发展中心2025年安全生产工作要点》的通知: the body whose plan a cover letter issues
# stands before the year in its quoted title.
_BODY_IN_QUOTED_TITLE = re.compile(r"《(?P<body>[^《》]{2,30}?)(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年")
# 青苇县|实验|中学, 青禾镇|中心|卫生院: what stands between a place and an institution's head in the institution's name
_INSTITUTION_MODIFIER = re.compile(r"[^\s，,。；;：:、《》“”（）()关于]{0,4}")


@dataclass(frozen=True)
class DocumentContext:
    doc_type: str
    reference_day: dt.date | None  # the document's date, or a YearOnly when only its year is known
    plan_year: int | None  # the year a plan issued late in the year before is for (its 年底前)
    title: str | None  # the metadata's title: never a task, and it may name whose work plan this is
    issuer: str | None = None  # the issuer's canonical unit: what 本局 and its sections (综合协调科) take
    # the metadata names an issuer that is no unit of the list (a hospital, a school's office): its sections are
    # a body outside the list, 其他, where no speaker or speaking agency gives them another kind
    unlisted_issuer: bool = False
    issuer_name: str | None = None  # the metadata's issuer as written (营东中学政教处): what kind of organisation it is
    # the lines normalization kept without the bar or frame that set them off as a section's heading
    # (▌约谈要求 → 约谈要求): a heading, never a task, though no number marks it
    marked_headings: frozenset[str] = frozenset()
    # the day a forwarding note above the letter it forwards was sent (meta.forwarding_note_day): its own relative
    # limits (本周三前) count from it, where the letter's signature dates the document
    note_day: dt.date | None = None
    # the title less the issuer's name it opens with (conv65: 某县防汛抗旱指挥部办公室关于…): what the sector readings
    # of the document's topic read, where the issuer's name would give its own sector
    subject: str | None = None

    @classmethod
    def of(cls, meta: Meta, marked_headings: tuple[str, ...] = (), note_day: dt.date | None = None) -> DocumentContext:
        day = reference_day(meta)
        issuer = issuer_canonical(meta)
        unlisted = issuer is None and bool(meta.issuer)
        return cls(
            meta.doc_type,
            day,
            plan_year(meta.title, day),
            meta.title,
            issuer,
            unlisted,
            meta.issuer,
            frozenset(marked_headings),
            note_day,
            title_subject(meta.title),
        )


def issuer_canonical(meta: Meta) -> str | None:
    """The canonical unit of the body that issues the document: the metadata's issuer (title,
    落款, 发布机构), else the body a cover letter's quoted title names, else a body that opens the
    title (消防机关办理消防安全检查注意事项); None when none is a unit."""
    title = meta.title or ""
    quoted = _BODY_IN_QUOTED_TITLE.search(title)
    for name in (meta.issuer, quoted.group("body") if quoted else None):
        units = [unit for unit in find_units(name, listed=True) if unit.canonical != ISSUER] if name else []
        units = [unit for unit in units if not _place_of_an_institution(unit.mention, name or "")]
        if units:
            return units[0].canonical
    opening = find_units(title, listed=True)[:1]
    if opening and _place_of_an_institution(opening[0].mention, title):
        return None  # 青苇县实验中学2026年寒假安全工作安排: the school's plan, not the county's
    if opening and title.startswith(opening[0].mention) and opening[0].canonical != ISSUER:
        return None if opening[0].mention.startswith("各") else opening[0].canonical  # 各乡镇 is no one body
    return None


def _place_of_an_institution(mention: str, name: str) -> bool:
    """`mention` is the place an institution's name opens with (青苇县 in 青苇县实验中学校长办公室): the name's
    institution head (enterprise.institution_head_at) follows it within a short modifier (实验, 第二, 人民, 城南中心),
    so the issuer is the school, not the county's government, and enterprise.issuer_institution reads the school. A
    head further on is what a body's paper is about (县教育局关于加强中小学…)."""
    rest = name[name.find(mention) + len(mention) :]
    head = institution_head_at(rest)
    return head is not None and _INSTITUTION_MODIFIER.fullmatch(rest[:head]) is not None
