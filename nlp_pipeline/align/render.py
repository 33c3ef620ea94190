"""A 承接对照 as Markdown (a report to read), an Excel workbook (to hand out) or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..export import workbook_bytes
from .compare import Alignment, Pair
from .items import PlanItem

FORMATS = ("md", "xlsx", "json")
PAIR_COLUMNS = [
    "上级序号",
    "上级任务",
    "上级责任单位",
    "上级时限",
    "下级序号",
    "下级任务",
    "下级责任单位",
    "下级时限",
    "单位对应",
    "时限检查",
    "相似度",
]
ITEM_COLUMNS = ["序号", "任务", "责任单位", "时限"]
COVERAGE_COLUMNS = ["上级责任单位", "上级任务数", "已承接", "未承接"]
WIDTHS = {
    "上级任务": 48,
    "下级任务": 48,
    "任务": 60,
    "上级责任单位": 22,
    "下级责任单位": 22,
    "责任单位": 24,
    "上级时限": 16,
    "下级时限": 16,
    "时限": 16,
    "单位对应": 14,
    "时限检查": 14,
    "上级序号": 8,
    "下级序号": 8,
    "序号": 6,
    "相似度": 8,
    "上级任务数": 10,
    "已承接": 8,
    "未承接": 8,
}


def _units(item: PlanItem) -> str:
    return "、".join(dict.fromkeys(unit.mention for unit in item.units))


def _deadline(item: PlanItem) -> str:
    if not item.deadline:
        return ""
    return item.deadline.text + (f"（{item.deadline.date}）" if item.deadline.date else "")


def pair_row(alignment: Alignment, pair: Pair) -> dict[str, str | int]:
    check = pair.deadline_check()
    flag = check["label"] + (f"（晚 {check['days_later']} 天）" if check["flagged"] else "")
    return {
        "上级序号": pair.superior.number,
        "上级任务": pair.superior.text,
        "上级责任单位": _units(pair.superior),
        "上级时限": _deadline(pair.superior),
        "下级序号": pair.subordinate.number,
        "下级任务": pair.subordinate.text,
        "下级责任单位": _units(pair.subordinate),
        "下级时限": _deadline(pair.subordinate),
        "单位对应": pair.unit_mapping()["label"],
        "时限检查": flag,
        "相似度": f"{pair.score:.2f}",
    }


def item_row(item: PlanItem) -> dict[str, str | int]:
    return {"序号": item.number, "任务": item.text, "责任单位": _units(item), "时限": _deadline(item)}


def coverage_rows(alignment: Alignment) -> list[dict[str, str | int]]:
    return [
        {
            "上级责任单位": unit,
            "上级任务数": row["tasks"],
            "已承接": row["taken_up"],
            "未承接": row["tasks"] - row["taken_up"],
        }
        for unit, row in alignment.coverage()["by_unit"].items()
    ]


def to_json(alignment: Alignment) -> str:
    return json.dumps(alignment.to_dict(), ensure_ascii=False, indent=1)


def to_xlsx(alignment: Alignment) -> bytes:
    return workbook_bytes(
        [
            ("承接对照", [pair_row(alignment, pair) for pair in alignment.pairs], PAIR_COLUMNS),
            ("未承接的上级任务", [item_row(item) for item in alignment.not_taken_up], ITEM_COLUMNS),
            ("下级新增任务", [item_row(item) for item in alignment.unmatched_subordinate], ITEM_COLUMNS),
            ("按单位承接情况", coverage_rows(alignment), COVERAGE_COLUMNS),
        ],
        WIDTHS,
    )


def _md_table(rows: list[dict], columns: list[str]) -> list[str]:
    cell = lambda value: str(value).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    return ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)] + [
        "| " + " | ".join(cell(row[column]) for column in columns) + " |" for row in rows
    ]


def to_markdown(alignment: Alignment) -> str:
    coverage = alignment.coverage()
    above, below = alignment.superior, alignment.subordinate
    lines = [
        f"# 承接对照：{below.meta.title or below.doc_id}",
        "",
        f"上级文件：{above.meta.title or above.doc_id}（{above.meta.date or '无日期'}，{coverage['tasks']} 项任务）  ",
        f"下级文件：{below.meta.title or below.doc_id}（{below.meta.date or '无日期'}，"
        f"{len(alignment.subordinate_items)} 项任务）  ",
        f"已承接 {coverage['taken_up']} / {coverage['tasks']} 项上级任务；{coverage['later_deadlines']} 处下级时限晚于上级；"
        f"未承接 {len(alignment.not_taken_up)} 项；下级新增 {len(alignment.unmatched_subordinate)} 项。",
        "",
        "## 承接对照",
        "",
    ]
    lines += _md_table([pair_row(alignment, pair) for pair in alignment.pairs], PAIR_COLUMNS)
    for title, items in (
        ("未承接的上级任务", alignment.not_taken_up),
        ("下级新增任务", alignment.unmatched_subordinate),
    ):
        lines += ["", f"## {title}", ""]
        lines += _md_table([item_row(item) for item in items], ITEM_COLUMNS) if items else ["无。"]
    lines += ["", "## 按单位承接情况", ""] + _md_table(coverage_rows(alignment), COVERAGE_COLUMNS)
    return "\n".join(lines) + "\n"


def render(alignment: Alignment, fmt: str) -> str | bytes:
    renderers: dict[str, Callable[[Alignment], str | bytes]] = {"md": to_markdown, "xlsx": to_xlsx, "json": to_json}
    return renderers[fmt](alignment)
