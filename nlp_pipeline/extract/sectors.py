"""Sectors (行业领域): the canonical sectors a text speaks of, in order of first appearance.

Keywords come from `data/extract/sector_keywords.tsv`, matched leftmost-longest (非煤矿山 is not
煤矿, 森林火灾 is 自然灾害 and not 消防). Context rules (`data/extract/sector_rules.toml`):
a keyword inside an agency's name names no sector (交通 in 交通运输部门, 消防 in 消防救援大队,
公安、交通等部门); an item of a list of another thing names that thing's sector (公路、铁路、
水利等工程 is construction; 学校、养老院等用气场所 is city gas); a keyword followed by "other than"
names none (城镇燃气以外的工业气体), and so does a season before "before" (汛期前 is a time); an activity word right after another sector's keyword is that
sector's work (海上风电施工 is new energy, not construction).

A task's sectors (`task_sectors`) are its sentence's, plus the one sector of the nearest enclosing
heading that names any (`五、关于建筑施工安全` gives 建筑施工 to every task under it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import resources

if TYPE_CHECKING:
    from .structure import Sentence


def find_sectors(text: str) -> list[str]:
    """Canonical sectors named in `text` (a sentence or a whole document)."""
    rules = resources.sector_rules()
    keywords = resources.sector_keywords()
    found: list[str] = []
    previous_end = -1
    for match in rules["keywords"].finditer(text):
        follows_keyword, previous_end = match.start() == previous_end, match.end()
        if follows_keyword and match.group().startswith(rules["activity_words"]):
            continue
        if match.group() in rules["season_words"] and rules["timing_after"].match(text, match.end()):
            continue
        if rules["agency_after"].match(text, match.end()) or rules["except_after"].match(text, match.end()):
            continue
        head = rules["list_head_after"].match(text, match.end())
        sectors = (rules["list_heads"][head.group("head")],) if head else keywords[match.group()]
        found += [sector for sector in sectors if sector and sector not in found]  # '': a shield word
    return found


def task_sectors(sentence: Sentence) -> list[str]:
    """The sectors a task is about: those its sentence names, and the sector of the nearest enclosing
    heading that names any, when that heading names exactly one and the sentence does not name it
    already. A heading that names several (强化建筑施工和城镇燃气安全监管) leaves each task to its own
    words: the task under it is about one of them, and its sentence says which."""
    own = find_sectors(sentence.text)
    part = sentence.part
    for enclosing in part.ancestors() if part is not None else ():
        if enclosing.heading is sentence:
            continue
        named = find_sectors(enclosing.heading.text)
        if named:
            return own + named if len(named) == 1 and named[0] not in own else own
    return own
