"""承接对照: which tasks of a superior plan a subordinate plan takes up, by whom and by when.

For each pair the unit mapping says which departments carry the task on both levels (canonical
names: 省应急管理厅, 市应急管理局 and 县应急管理局 are all 应急管理部门) and the deadline check
flags a subordinate deadline later than the superior one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import AlignError
from ..record import DocumentRecord
from .items import HEADING, PlanItem, plan_items
from .match import pair_items, score_items

DEADLINE_CHECKS = {"later": "晚于上级时限", "on_time": "不晚于上级时限", "missing": "未明确时限", "unknown": "无法比较"}
UNIT_MAPPINGS = {
    "same": "同一部门承接",
    "partly": "部分部门承接",
    "changed": "改由其他部门承接",
    "unknown": "未明确单位",
}


@dataclass
class Pair:
    superior: PlanItem
    subordinate: PlanItem
    score: float
    features: dict[str, float | None]
    via: PlanItem | None = None  # a heading's pair: the item under it that is taken up (or takes up)

    def unit_mapping(self) -> dict[str, Any]:
        above, below = self.superior.canonicals(), self.subordinate.canonicals()
        shared = [unit for unit in above if unit in below]
        kind = (
            "unknown"
            if not above or not below
            else "same"
            if set(above) <= set(below)
            else "partly"
            if shared
            else "changed"
        )
        return {
            "kind": kind,
            "label": UNIT_MAPPINGS[kind],
            "shared": shared,
            "superior_only": [u for u in above if u not in below],
            "subordinate_only": [u for u in below if u not in above],
            "superior_mentions": [u.mention for u in self.superior.units],
            "subordinate_mentions": [u.mention for u in self.subordinate.units],
        }

    def deadline_check(self) -> dict[str, Any]:
        above, below = self.superior.due, self.subordinate.due
        days_later = 0
        if above and below:
            days_later = max((below - above).days, 0)
            kind = "later" if days_later else "on_time"
        elif above and not self.subordinate.deadline:
            kind = "missing"
        else:
            kind = "unknown"
        return {
            "kind": kind,
            "label": DEADLINE_CHECKS[kind],
            "flagged": kind == "later",
            "superior": _deadline_words(self.superior),
            "subordinate": _deadline_words(self.subordinate),
            "days_later": days_later,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "superior": _item_dict(self.superior),
            "subordinate": _item_dict(self.subordinate),
            "score": round(self.score, 3),
            "features": self.features,
            "units": self.unit_mapping(),
            "deadline": self.deadline_check(),
            "via": self.via.number if self.via else None,
        }


@dataclass
class Alignment:
    superior: DocumentRecord
    subordinate: DocumentRecord
    superior_items: list[PlanItem]
    subordinate_items: list[PlanItem]
    pairs: list[Pair] = field(default_factory=list)

    @property
    def not_taken_up(self) -> list[PlanItem]:
        taken = {id(pair.superior) for pair in self.pairs}
        return [item for item in self.superior_items if id(item) not in taken]

    @property
    def unmatched_subordinate(self) -> list[PlanItem]:
        matched = {id(pair.subordinate) for pair in self.pairs}
        return [item for item in self.subordinate_items if id(item) not in matched]

    def pairs_of(self, item: PlanItem) -> list[Pair]:
        return [pair for pair in self.pairs if pair.superior is item]

    def coverage(self) -> dict[str, Any]:
        """How many superior tasks are taken up, overall and per canonical unit of the superior plan
        (headings left out: they are taken up where their items are)."""
        taken = {id(pair.superior) for pair in self.pairs if pair.superior.kind != HEADING}
        tasks = [item for item in self.superior_items if item.kind != HEADING]
        by_unit: dict[str, dict[str, int]] = {}
        for item in tasks:
            for unit in item.canonicals() or ["未明确单位"]:
                row = by_unit.setdefault(unit, {"tasks": 0, "taken_up": 0})
                row["tasks"] += 1
                row["taken_up"] += id(item) in taken
        total = len(tasks)
        return {
            "tasks": total,
            "taken_up": len(taken),
            "ratio": round(len(taken) / total, 3) if total else None,
            "later_deadlines": sum(pair.deadline_check()["flagged"] for pair in self.pairs),
            "by_unit": dict(sorted(by_unit.items(), key=lambda kv: (-kv[1]["tasks"], kv[0]))),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "superior": _document_dict(self.superior, self.superior_items),
            "subordinate": _document_dict(self.subordinate, self.subordinate_items),
            "pairs": [pair.to_dict() for pair in self.pairs],
            "not_taken_up": [_item_dict(item) for item in self.not_taken_up],
            "unmatched_subordinate": [_item_dict(item) for item in self.unmatched_subordinate],
            "coverage": self.coverage(),
        }


def align_records(superior: DocumentRecord, subordinate: DocumentRecord) -> Alignment:
    above, below = plan_items(superior), plan_items(subordinate)
    for record, items in ((superior, above), (subordinate, below)):
        if not items:
            raise AlignError(f"{record.doc_id}：没有找到任务，无法对照（请确认是工作方案或通知类文件）")
    # headings are not scored: they are taken up where the items under them are
    scored_above, scored_below = ([item for item in items if item.kind != HEADING] for items in (above, below))
    scores = score_items(scored_above, scored_below)
    pairs = [
        Pair(scored_above[i], scored_below[j], float(scores.total[i, j]), scores.of(i, j))
        for i, j in pair_items(scores)
    ]
    pairs += _heading_pairs(above, below, pairs)
    pairs.sort(key=lambda pair: (pair.superior.start, pair.subordinate.start))
    return Alignment(superior, subordinate, above, below, pairs)


def _heading_pairs(above: list[PlanItem], below: list[PlanItem], pairs: list[Pair]) -> list[Pair]:
    """A heading on either side takes the partners of the items under it; two headings pair when
    items under them do (superior headings first, so that a subordinate heading also meets them)."""
    derived: dict[tuple[int, int], Pair] = {}
    for items, side in ((above, "superior"), (below, "subordinate")):
        known = [*pairs, *derived.values()]
        for heading in (item for item in items if item.kind == HEADING):
            for pair in known:
                through = getattr(pair, side)
                if through.number not in heading.children:
                    continue
                new = (
                    Pair(heading, pair.subordinate, pair.score, pair.features, via=through)
                    if side == "superior"
                    else Pair(pair.superior, heading, pair.score, pair.features, via=through)
                )
                key = (new.superior.number, new.subordinate.number)
                if key not in derived or derived[key].score < new.score:
                    derived[key] = new
    return list(derived.values())


def align_files(
    superior: str | Path, subordinate: str | Path, *, dates: Sequence[str | None] = (None, None)
) -> Alignment:
    """Process two documents (any format the readers take) and align them."""
    from ..pipeline import process

    return align_records(process(Path(superior), date=dates[0]), process(Path(subordinate), date=dates[1]))


def _deadline_words(item: PlanItem) -> dict[str, Any] | None:
    deadline = item.deadline
    return {"text": deadline.text, "date": deadline.date, "kind": deadline.kind} if deadline else None


def _item_dict(item: PlanItem) -> dict[str, Any]:
    return {
        "number": item.number,
        "kind": item.kind,
        "text": item.text,
        "source": item.source,
        "start": item.start,
        "end": item.end,
        "units": [{"mention": u.mention, "canonical": u.canonical, "role": u.role} for u in item.units],
        "deadline": _deadline_words(item),
        "sectors": item.sectors,
        "tasks": item.tasks,
        "children": item.children,
    }


def _document_dict(record: DocumentRecord, items: list[PlanItem]) -> dict[str, Any]:
    return {
        "doc_id": record.doc_id,
        "title": record.meta.title,
        "date": record.meta.date,
        "issuer": record.meta.issuer,
        "region": record.meta.region,
        "tasks": len(items),
    }
