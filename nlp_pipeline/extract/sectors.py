"""Sectors (行业领域): the canonical sectors a text speaks of, in order of first appearance.

Keywords come from `data/extract/sector_keywords.tsv`, matched leftmost-longest (非煤矿山 is not
煤矿, 森林火灾 is 自然灾害 and not 消防). Two context rules (`data/extract/sector_rules.toml`):
a keyword inside an agency's name names no sector (交通 in 交通运输部门, 消防 in 消防救援大队,
公安、交通等部门), and an item of a list of another thing names that thing's sector (公路、铁路、
水利等工程 is construction; 学校、养老院等用气场所 is city gas).
"""

from __future__ import annotations

from .. import resources


def find_sectors(text: str) -> list[str]:
    """Canonical sectors named in `text` (a sentence or a whole document)."""
    rules = resources.sector_rules()
    keywords = resources.sector_keywords()
    found: list[str] = []
    for match in rules["keywords"].finditer(text):
        if rules["agency_after"].match(text, match.end()):
            continue
        head = rules["list_head_after"].match(text, match.end())
        sectors = (rules["list_heads"][head.group("head")],) if head else keywords[match.group()]
        found += [sector for sector in sectors if sector and sector not in found]  # '': a shield word
    return found
