"""Sectors (行业领域): the canonical sectors a text speaks of, in order of first appearance.

Keywords come from `data/extract/sector_keywords.tsv`, matched leftmost-longest (非煤矿山 is not
煤矿, 森林火灾 is 自然灾害 and not 消防). Context rules (`data/extract/sector_rules.toml`):
a keyword inside an agency's name names no sector (交通 in 交通运输部门, 消防 in 消防救援大队,
公安、交通等部门, 旅游 in 市文化旅游广电局); an item of a list of another thing names that thing's sector (公路、铁路、
水利等工程 is construction; 学校、养老院等用气场所 is city gas); a keyword followed by "other than"
names none (城镇燃气以外的工业气体), and so does a season before "before" (汛期前 is a time); an activity word right after another sector's keyword is that
sector's work (海上风电施工 is new energy, not construction); a head word that ends a keyword of its
own is no head (高架作业、屋顶作业、营造工程 lists three keywords).

A sentence's sectors (`sentence_sectors`) leave out what a context word names where another keyword
names another sector (sector_rules.toml context_sectors): 汛前 in 汛前完成尾矿库安全检查 times a mines
task and names no 自然灾害; alone (防火期内每日报告火情) it is the topic. The document's sectors
(`document_sectors`) leave out the season words and bare works (施工) there too, and keep the objects
(排水, 灭火器): a document that names an extinguisher speaks of fire safety.

A task's sectors (`task_sectors`) are its sentence's, plus the one sector of the nearest enclosing
heading that names any (`五、关于建筑施工安全` gives 建筑施工 to every task under it; one whose
sectors come from one word, `（二）有限空间整治`, gives them to a task naming none of its own; a numbered
item written as a whole sentence heads only its own paragraph, not the report's paragraphs after a list's
last item; a run-in heading whose line closes on a list's lead-in, `（一）井工煤矿。各井工煤矿要做到以下几点：`, heads
that list's items), less what only the names of parties called in to help (`电信所、水务站配合`) name. A table row
that names none and has no such heading takes its table's context (`table_context_sectors`): the
sectors of the lead-in just above the table (`各镇要排查辖区加油站，清单如下：` over `3  城关加油站
县商务局  6月底前`; of several, those the title names), else the document's sector when it names
only one: a row is an item of the lead-in's enumeration, and its short cells do not repeat its area.
A task that still has none takes the one sector of its item's lead-in inside a numbered part
(`_item_lead_in_sector`): under `三、其他要求`, `各乡镇要抓好校园安全，做好以下工作：` over
`1.组织一次应急疏散演练；` makes the item school work.
In an enterprise's own document every task is also the enterprise's industry's work
(`industry_sectors`: 青石矿业有限责任公司 → 非煤矿山): a mine's hot-work rule is mines work as well as
dangerous work, as ANNOTATION.md counts every sector a task is about.
A single-topic notice, news report, meeting report or minutes gives its topic (`document_topic`: the
one sector its title names, else its body's main one, borne out by the body and the tasks) to each
operational task that still names none, or names only the season or weather that times it
(`with_document_topic`): every task of a 燃气 notice is gas work, while its reporting and meeting
tasks are the office's own. In a document focused on its topic (`is_focused`: two thirds of the
body's sector mentions and of the sector-naming tasks) a task naming another area names it where that
area touches the topic, and takes the topic as well; there an administrative task naming no sector whose
administrative words are all a watch or an inspection (值班, 督查, 督导) or the judging of the work (总结, 考核,
表彰, 通报, 约谈, 问责, 追责, 追究) takes it too: a fireworks notice's duty watch is kept for fireworks, its
appraisal appraises fireworks work. An institution's topic (a school's) goes to every
task: a school notice's canteen gas check and its weekly report are school work.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import resources
from .structure import strip_marker
from .units import ALL_BODIES, SOME_DEPARTMENTS, mention_at

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from ..record import Unit
    from .structure import Part, Sentence, Structure

TABLE_LINES = ("table_row", "table_header")
# How far before a keyword the name of the body holding it may open: a level prefix and an area
# word before it (县文化 in 县文化旅游广电局).
BODY_NAME_REACH = 8


def find_sectors(text: str) -> list[str]:
    """Canonical sectors named in `text` (a sentence or a whole document)."""
    return _distinct(sectors for _, sectors in _mentions(text))


def document_sectors(sentences: Iterable[str]) -> list[str]:
    """The sectors a document speaks of (`find_sectors` over its sentences), less what a season word
    (sector_rules.toml season_context) or bare works (document_context_sectors: 施工) names in a
    sentence where another keyword names another sector: `塔吊汛前检查` times construction work and
    makes no flood document, `燃气管道第三方施工` is the pipeline's hazard and makes no construction
    document, while a sentence about the flood season or a building site alone does. Other context
    words (排水, 灭火器) keep their sector here: a document that names an extinguisher speaks of fire
    safety."""
    context = resources.sector_rules()["document_context"]
    return _distinct(tuple(_in_context(_mentions(text), context)) for text in sentences)


def sentence_sectors(text: str, kinds: frozenset[str] = frozenset(), topic: Sequence[str] = ()) -> list[str]:
    """The sectors a sentence is about: `find_sectors`, less what a context word (sector_rules.toml
    context_sectors) names where another keyword of the sentence names a sector the word's keyword
    does not. 汛前完成尾矿库安全检查 is a mines task the flood season times; 防汛 of a site is its flood
    protection (自然灾害), not water works; 防火期内每日报告火情 alone is forest-fire work. `kinds`: the
    narrower kinds the document's title names (`title_kinds`), whose generic words the sentence's are. `topic`: the
    sector of the run-in label opening the sentence's paragraph (`paragraph_label_sectors`), which names another
    sector as a keyword of the sentence would: 井下排水设备 under `地下矿山：` is the mine's drainage, not the city's."""
    return _in_context(
        _mentions(text, kinds, campaign_places=False), resources.sector_rules()["context_sectors"], topic
    )


def title_kinds(title: str | None) -> frozenset[str]:
    """The narrower kinds (sector_rules.toml kind_generic_words: 渔业船舶) a document's `title` names: in a
    fishing-season plan or a fishing-boat notice the bare 船舶 of a task (“三无”船舶清理取缔) are the fishing
    boats, as they are beside 渔船 in one sentence (`_without_generic_words`)."""
    kinds = resources.sector_rules()["kind_generic_words"]
    return frozenset(kind for kind in sentence_sectors(title or "") if kind in kinds)


def _in_context(
    mentions: Sequence[tuple[str, tuple[str, ...]]], context: dict[str, frozenset[str]], topic: Sequence[str] = ()
) -> list[str]:
    """The sectors of `mentions` (one sentence's), less those a context word names (`context`: the
    word and the sectors it names only alone) where another keyword, or the sentence's `topic`, names a sector it
    does not."""
    # a sector another keyword names and this one does not is one of all the mentions' sectors outside this
    # one's: the whole set is gathered once, not once for every mention (most sentences name none at all)
    named = {sector for _, sectors in mentions for sector in sectors} | set(topic)
    kept = []
    for keyword, sectors in mentions:
        if keyword in context and not named.issubset(sectors):
            sectors = tuple(sector for sector in sectors if sector not in context[keyword])
        kept.append(sectors)
    return _distinct(kept)


# a heading or an item's lead-in is read once for every task under it: pure in its text, so cached
@lru_cache(maxsize=4096)
def _mentions(
    text: str, kinds: frozenset[str] = frozenset(), campaign_places: bool = True, listed_offices: bool = False
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(keyword, the sectors it names here) for each keyword in `text` that names a sector in its
    context, in order of appearance; a generic word of one of `kinds` (the title's) names that kind.
    `campaign_places`: whether a place a publicity campaign goes to (宣传进社区、进学校) counts. A task's sentence is
    about the campaign, not the school (sentence_sectors leaves it out), while the document still speaks of the
    school (ANNOTATION.md: every sector the document speaks of anywhere). `listed_offices`: whether a keyword's office
    in a list of offices (`_in_office_list`: 工务处、水利处等工程主办机关) counts: it names no sector of a task or of the
    document, but the offices a document names weigh its topic (`_topic_mentions`: a release on the patrols of 屋宇署及
    消防处 is about fire safety)."""
    rules = resources.sector_rules()
    keywords = resources.sector_keywords()
    mentions: list[tuple[int, tuple[str, tuple[str, ...]]]] = []  # each with where its keyword starts
    previous_end = -1
    matches = list(rules["keywords"].finditer(text))
    for match in matches:
        follows_keyword, previous_end = match.start() == previous_end, match.end()
        if follows_keyword and match.group().startswith(rules["activity_words"]):
            continue
        if match.group() in rules["season_words"] and rules["timing_after"].match(text, match.end()):
            continue
        if rules["agency_after"].match(text, match.end()) or rules["except_after"].match(text, match.end()):
            continue
        if _inside_body_name(text, match.start(), match.end()):
            continue
        if not listed_offices and _in_office_list(text, match.start(), match.end()):
            continue
        if not campaign_places and rules["destination_before"].search(text, 0, match.start()):
            continue
        head = _list_head(text, match.end(), matches)
        sectors = (rules["list_heads"][head],) if head else keywords[match.group()]
        if _names_building_project(text, match.end(), sectors):
            sectors = (rules["project_sector"],)
        mentions.append((match.start(), (match.group(), tuple(sector for sector in sectors if sector))))  # '': a shield
    return _without_generic_words(_with_counted_machines(text, matches, mentions), rules["kind_generic_words"], kinds)


def _with_counted_machines(
    text: str, keywords: Sequence[re.Match[str]], mentions: list[tuple[int, tuple[str, tuple[str, ...]]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """`mentions` (of the `keywords` matched in `text`, each with where it starts) and the words that name a machine
    only as a counted thing (sector_rules.toml counted_machines: 行车, the overhead crane) where they are one: a number
    and its measure or a demonstrative right before the word (3号行车, 10吨行车, 该行车) or one of the machine's parts
    right after it (行车钢丝绳). Elsewhere the word is an act (确保行车安全: driving) and names nothing; inside a keyword
    (电动自行车) it is that keyword's. All in the order of the text, without their positions."""
    rules = resources.sector_rules()
    counted = [
        (word.start(), (word.group(), (rules["counted_machines"][word.group()],)))
        for word in rules["counted_machine_words"].finditer(text)
        if not any(keyword.start() < word.end() and word.start() < keyword.end() for keyword in keywords)
        and (
            rules["counted_before"].search(text, 0, word.start()) or rules["machine_part_after"].match(text, word.end())
        )
    ]
    return [mention for _, mention in sorted([*mentions, *counted], key=lambda item: item[0])]


def _without_generic_words(
    mentions: list[tuple[str, tuple[str, ...]]], kinds: dict[str, frozenset[str]], titled: frozenset[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`mentions` with the generic words of a sector (sector_rules.toml kind_generic_words: 船舶, 码头, 锚地) read
    as the narrower kind its label leaves out (渔业船舶) where another keyword of the same text names that kind
    (渔船) or the document's title does (`titled`): the ships and the berths are that kind's, not water
    transport's. Where the text names the kind itself the word adds nothing and is left out; where only the
    title does, it names the kind the word stands for."""
    named = {sector for keyword, sectors in mentions for sector in sectors}
    generic = frozenset().union(*(words for kind, words in kinds.items() if kind in named))
    meant = {word: (kind,) for kind, words in kinds.items() if kind in titled for word in words}
    return tuple((keyword, meant.get(keyword, sectors)) for keyword, sectors in mentions if keyword not in generic)


def _inside_body_name(text: str, start: int, end: int) -> bool:
    """Whether the keyword at `text[start:end]` stands inside the name of a government body that
    goes on after it (市文化旅游广电局, 区交通运输和物流局): a unit mention of a department
    (`units.mention_at`, its canonical one of `_body_canonicals`) opens at most `BODY_NAME_REACH`
    characters before the keyword and covers its start, and the name reaches a body's head right
    after it (sector_rules.toml body_name_after). A mention that ends in a place (各旅游景区) or a
    business (市轨道交通集团) is no such body: the area it names is what its task is about."""
    if not resources.sector_rules()["body_name_after"].match(text, end):
        return False
    for opening in range(max(0, start - BODY_NAME_REACH), start + 1):
        mention = mention_at(text, opening)
        # a section's name after its department's (区应急管理局危化品安全监管科) names the work its task is about
        if mention is not None and mention.start <= start < (mention.section_start or mention.name.stop):
            return set(mention.canonicals) <= _body_canonicals()
    return False


def _in_office_list(text: str, start: int, end: int) -> bool:
    """Whether the keyword at `text[start:end]` names an office (its area and 处 or 署 right after it) in a list of
    offices: another office's name after a joining word (工务处、水利处、教育处等工程主办机关; 劳工处、屋宇署、消防处及
    机电工程署), or an office and a joining word right before it (工务处及水利处). The offices are parties called
    together, as 交通 in 公安、交通等部门 is one (sector_rules.toml office_in_list_after, office_in_list_before); an office
    acting alone on its own area (水利处针对河川…工程, 市局危化处) is left to name it."""
    rules = resources.sector_rules()
    if rules["office_in_list_after"].match(text, end):
        return True
    return bool(rules["office_head_after"].match(text, end) and rules["office_in_list_before"].search(text, 0, start))


@lru_cache(maxsize=1)
def _body_canonicals() -> frozenset[str]:
    """The canonical units that are government bodies (labels/units.tsv: …部门, …机关, …机构), less
    the words for bodies in general (有关部门, 各级各部门), which hold no area's name."""
    return frozenset(
        canonical
        for canonical in resources.unit_canonicals()
        if canonical.endswith(("部门", "机关", "机构")) and canonical not in (SOME_DEPARTMENTS, ALL_BODIES)
    )


def _names_building_project(text: str, end: int, sectors: Sequence[str]) -> bool:
    """Whether the place keyword ending at `end` (its `sectors` all [topic] places: a hospital, a market) opens
    the name of a building project that closes on 项目 (sector_rules.toml project_name_after: 某某医院门诊楼改扩建项目):
    the place is what is being built, and the task about it is construction work."""
    rules = resources.sector_rules()
    places = rules["topic"]["places"]
    return (
        bool(sectors)
        and all(sector in places for sector in sectors)
        and bool(rules["project_name_after"].match(text, end))
    )


def _list_head(text: str, end: int, keywords: Sequence[re.Match[str]]) -> str | None:
    """The head noun (sector_rules.toml list_heads) of the list that the keyword ending at `end` is
    an item of (公路、铁路、水利等工程: 工程), None when there is none. A head word that ends a keyword
    of its own is that keyword's (高架作业、屋顶作业、营造工程 lists three keywords: 营造工程 is the
    last item, not a head of the others)."""
    head = resources.sector_rules()["list_head_after"].match(text, end)
    if head is None:
        return None
    inside_keyword = any(
        end <= keyword.start() < head.start("head") and keyword.end() >= head.end("head") for keyword in keywords
    )
    return None if inside_keyword else head.group("head")


def _distinct(groups: Iterable[tuple[str, ...]]) -> list[str]:
    """The sectors of `groups` in order of first appearance, each once."""
    return list(dict.fromkeys(sector for sectors in groups for sector in sectors))


def industry_sectors(enterprise_name: str | None) -> list[str]:
    """The sector of an enterprise's industry as a word of its name says (青石矿业有限责任公司: 非煤矿山;
    华宇达供应链管理有限公司: 工贸; sector_rules.toml industries), the longest word first; [] for
    no name or a name without such a word."""
    industries = resources.sector_rules()["industries"]  # longest word first
    for word in industries:
        if enterprise_name and word in enterprise_name:
            return [industries[word]]
    return []


def own_trade_sectors(firm: str | None) -> list[str]:
    """The service trades the keyword data reads in the name of the firm whose meeting it is (`sentence_sectors` of
    某某旅游客运有限公司: 旅游, 道路交通; sector_rules.toml service_trades), which every task of the meeting is about, as an
    enterprise's `industry_sectors` are: a bus line's 排查车辆隐患 is road transport. [] for no firm, or a plant's trade
    (化工, 铸造), whose minutes the gold reads both ways."""
    service = resources.sector_rules()["service_trades"]
    return [sector for sector in sentence_sectors(firm) if sector in service] if firm else []


def party_kind_sectors(name: str) -> list[str]:
    """The one sector a party's name gives by its kind: its sector keyword (某某化工有限公司, 某某住宅项目施工总承包单位),
    else the trade word of a firm's name (`industry_sectors`: 某某冷链物流有限公司; sector_rules.toml
    addressed_firm_trades: 某某铝制品有限公司); [] for a name naming none or several (某某商业广场经营管理单位,
    各乡镇、各有关单位)."""
    trades = resources.sector_rules()["addressed_firm_trades"]
    named = (
        sentence_sectors(name) or industry_sectors(name) or [sector for word, sector in trades.items() if word in name]
    )
    return named if len(named) == 1 else []


def title_subject_firm_sectors(title: str | None) -> list[str]:
    """The one sector the kind of the firm a title's act is done to names (sector_rules.toml title_subject_firm:
    …对某某化工有限公司开展警示约谈的纪要 → 危险化学品, 关于反馈对某某机械有限公司巡查情况的意见 → 工贸; `party_kind_sectors`):
    a document overseeing one firm is about that firm's trade in every task that names none. [] for a title naming
    no such firm, a list of firms, or a firm whose kind names none or several."""
    found = resources.sector_rules()["title_subject_firm"].search(title or "")
    return party_kind_sectors(found.group("firm")) if found else []


def annex_title_sectors(
    structure: Structure, kinds: frozenset[str] = frozenset(), known: Sequence[str] = ()
) -> dict[int, list[str]]:
    """The sectors of the title of the attachment each body sentence stands in, by the sentence's index: an
    attachment opens on a marker line (sector_rules.toml annex_marker: `附：`, `附件2：`) and its title is the rest of
    that line or, where the marker stands alone, the next line (annex_title: short, no sentence punctuation, no item of
    a numbered list of attachments); it reaches to the next marker or the document's end. The title names the
    attachment's topic (`task_sectors`): a hospital's minutes' `附：` over its `…消防应急疏散演练方案` makes every duty
    of the drill fire work. The sectors `known` to every task already (the issuing institution's, whose name opens its
    own plan's title) are left out of the title's; a title naming several sectors but by one keyword (`_one_topic`)
    names one topic, one naming several by several keywords none. `kinds` as in `sentence_sectors`. Sentences of no
    attachment, of one whose title names no topic, and the notes under its form (annex_note: `注：`, `说明：`, how the
    form is filled and sent on) are absent."""
    rules = resources.sector_rules()
    scopes: dict[int, list[str]] = {}
    topic: list[str] = []
    awaiting_title = False
    for sentence in structure.sentences[structure.body_start :]:
        text = sentence.text.strip()
        marker = rules["annex_marker"].match(text)
        if marker or awaiting_title:
            title = marker.group("title") if marker else text
            awaiting_title = bool(marker) and not title
            topic = _annex_topic(title, kinds, known) if rules["annex_title"].match(title) else []
        elif topic and not rules["annex_note"].match(text):
            scopes[sentence.index] = topic
    return scopes


def _annex_topic(title: str, kinds: frozenset[str], known: Sequence[str]) -> list[str]:
    """The topic an attachment's `title` names (`annex_title_sectors`): its sectors less those `known`, when one
    remains or one keyword names them all; [] otherwise."""
    named = [sector for sector in sentence_sectors(title, kinds) if sector not in known]
    return named if len(named) == 1 or (named and _one_topic(title)) else []


def paragraph_label_sectors(structure: Structure, kinds: frozenset[str] = frozenset()) -> dict[int, list[str]]:
    """The one sector of the run-in label that opens each body sentence's paragraph, by the sentence's index
    (sector_rules.toml paragraph_label: `煤矿：要做好防治水工作；要加强应急管理；…` and then `地下矿山：…`): the label is
    the paragraph's topic, as a heading is its section's. A label is taken only where sector keywords cover it whole
    (`_label_topic`); paragraphs opened otherwise are absent. `kinds` as in `sentence_sectors`."""
    topics: dict[int, list[str]] = {}
    opening: dict[int, list[str]] = {}  # each paragraph's label topic, read from its first sentence
    for sentence in structure.sentences[structure.body_start :]:
        if sentence.kind != "body":
            continue
        if sentence.paragraph not in opening:
            opening[sentence.paragraph] = _label_topic(sentence.text.strip(), kinds)
        if opening[sentence.paragraph]:
            topics[sentence.index] = opening[sentence.paragraph]
    return topics


def _label_topic(text: str, kinds: frozenset[str]) -> list[str]:
    """The one sector of the run-in label opening `text` (`paragraph_label_sectors`), where the keyword data's
    words cover the label whole (煤矿, 地下矿山, 消防 of 消防领域); [] for no label, a label holding other words
    (a speaker, a party, a lead-in) or one naming several sectors."""
    rules = resources.sector_rules()
    found = rules["paragraph_label"].match(text)
    if found is None or rules["keywords"].sub("", found.group("label")):
        return []
    named = sentence_sectors(found.group("label"), kinds)
    return named if len(named) == 1 else []


def task_sectors(
    sentence: Sentence,
    table_context: dict[int, list[str]] | None = None,
    industry: Sequence[str] = (),
    units: Sequence[Unit] = (),
    document_named: frozenset[str] | None = None,
    kinds: frozenset[str] = frozenset(),
    label_named: Sequence[str] = (),
    annex_topic: Sequence[str] = (),
    paragraph_topic: Sequence[str] = (),
) -> list[str]:
    """The sectors a task is about: those its sentence names, and the sector of the nearest enclosing
    heading that names any, when that heading names exactly one and the sentence does not name it
    already. A heading that names several (强化建筑施工和城镇燃气安全监管) leaves each task to its own
    words: the task under it is about one of them, and its sentence says which. A heading whose
    sectors all come from one word (`（二）有限空间整治`: 危险作业, 工贸) names one topic: a task naming
    none of its own takes them all. A table row that gets none this way takes its table's context
    (`table_context`, from `table_context_sectors`); a task still without any, the one sector of its
    item's lead-in (`_item_lead_in_sector`). The names of the parties called in to help (`units`
    whose role is cooperating, as the task's own unit scan found them: `_without_cooperating_parties`)
    name no sector of the task, and an operation's usual trade (有限空间作业: 工贸) none where the document
    names that trade nowhere alone (`document_named`, `_operation_places`). The generic words of a narrower
    kind the title names (`kinds`, `title_kinds`: 船舶 in a fishing-boat plan) name that kind, in the sentence,
    its heading and its item's lead-in.
    A task still without any, in the share of a label line naming its party (`label_named`, tasks.py
    `label_line_sectors`: `某某铝制品有限公司：` over the firm's demands, or the firm a title's act is done to:
    `title_subject_firm_sectors`), takes the sector the party's kind names; one still without any in an attachment
    whose title names a topic (`annex_topic`, `annex_title_sectors`: `附：` over `…消防应急疏散演练方案`), unless it
    is administrative (sector_rules.toml [topic] administrative: its reports and meetings are the office's own), that
    topic.
    A sentence of a paragraph opened by a run-in label naming one sector (`paragraph_topic`,
    `paragraph_label_sectors`: `煤矿：要做好…；要加强应急管理…。`) takes that sector beside its own, as under a heading.
    In an enterprise's own document every task is also its `industry`'s work (`industry_sectors`):
    a mine's 调度中心负责建立督办台账 is mines work, its 检修挂牌上锁 rule mines and dangerous work."""
    own = _operation_places(
        sentence_sectors(_without_cooperating_parties(sentence.text, units), kinds, paragraph_topic),
        sentence.text,
        document_named,
    )
    if paragraph_topic and paragraph_topic[0] not in own:
        own = own + list(paragraph_topic)
    heading = _nearest_naming(sentence, lambda part: part.heading, kinds)
    if heading:
        named = heading[1]
        if len(named) == 1 and named[0] not in own:
            own = own + named
        elif not own and _one_topic(heading[0].text):
            own = named
    if not own:
        own = list(label_named)
    if not own and not resources.sector_rules()["topic"]["administrative"].search(sentence.text):
        own = list(annex_topic)
    if not own and sentence.kind == "table_row" and table_context:
        own = list(table_context.get(sentence.index, ()))
    if not own:
        own = _item_lead_in_sector(sentence, kinds)
    return list(dict.fromkeys([*own, *industry]))


def sole_named(sentences: Iterable[str]) -> frozenset[str]:
    """The sectors some keyword of a document's `sentences` names alone (粉尘涉爆 工贸, not 有限空间作业
    危险作业+工贸): the areas the document speaks of in their own right, which hold an operation's place
    (`_operation_places`)."""
    return frozenset(named[0] for text in sentences for _, named in _mentions(text) if len(named) == 1)


def _operation_places(sectors: list[str], text: str, document_named: frozenset[str] | None) -> list[str]:
    """`sectors` of `text` less the place of an operation the document does not speak of: a keyword naming an
    operation by its head (sector_rules.toml operation_heads: 有限空间作业 危险作业+工贸) names the work first and
    the trade where it is usually done after; that trade holds where another keyword of the text names it first,
    or one of the document names it alone (`document_named`, `sole_named`). A hospital's or a chemical park's
    confined-space work is theirs, a metal works' its trade's. `document_named` None keeps every sector."""
    if document_named is None:
        return sectors
    rules = resources.sector_rules()
    mentions = [(keyword, named) for keyword, named in _mentions(text) if named]
    leading = {named[0] for _, named in mentions}
    places = {
        sector for keyword, named in mentions if keyword.endswith(rules["operation_heads"]) for sector in named[1:]
    }
    unspoken = places - leading - document_named
    return [sector for sector in sectors if sector not in unspoken]


def _without_cooperating_parties(text: str, units: Sequence[Unit]) -> str:
    """`text` with the names of the parties it calls in to help (`units` whose role is
    `cooperating`: 配合, 会同) blanked: 电信所、水务站配合 names who helps, not what the task is about
    (ANNOTATION.md: a word names a sector only when it means that area). The doer's own name stays
    (各学校要… is school work), also where the same name helps in another clause."""
    doers = {unit.mention for unit in units if unit.role != "cooperating"}
    return _blanked(text, [unit.mention for unit in units if unit.role == "cooperating" and unit.mention not in doers])


def _blanked(text: str, names: Iterable[str]) -> str:
    """`text` with each of `names` blanked (ideographic spaces, so positions stay)."""
    for name in names:
        text = text.replace(name, "\u3000" * len(name))
    return text


def _one_topic(text: str) -> bool:
    """Whether every sector `text` names comes from one keyword: `（二）有限空间整治` names 危险作业 and
    工贸 through one word, one topic, where `二、强化建筑施工和城镇燃气安全监管` lists two."""
    return len({keyword for keyword, sectors in _mentions(text) if sectors}) == 1


def _item_lead_in_sector(sentence: Sentence, kinds: frozenset[str] = frozenset()) -> list[str]:
    """The one sector of the sentence that introduces the enumeration `sentence` is an item of
    (`Part.lead_in`, the nearest that names any), when that sentence stands inside a numbered part:
    under `三、其他要求`, `各乡镇要抓好校园安全，做好以下工作：` over `1.组织一次应急疏散演练；` makes the
    item school work (a heading above it naming one would have given its own first).
    The document's own preamble (`现将有关事宜告知如下：`) is its topic, which the gold sets give to
    every task in some documents and to none in others (docs/extraction.md); a lead-in naming several
    sectors lists the areas its items divide among themselves, as a heading naming several does. `kinds` as in
    `sentence_sectors`."""
    found = _nearest_naming(sentence, lambda part: part.lead_in, kinds)
    if found is None:
        return []
    lead_in, named = found
    return named if len(named) == 1 and lead_in.part is not None else []


def _nearest_naming(
    sentence: Sentence, sentence_of: Callable[[Part], Sentence | None], kinds: frozenset[str] = frozenset()
) -> tuple[Sentence, list[str]] | None:
    """The sentence of the nearest enclosing part (`sentence_of`: its heading or its lead-in) that names
    any sector, other than `sentence` itself, with the sectors it names; None when none does. A part
    whose heading is a sentence item heads only its own paragraph (`_heads`); `kinds` as in `sentence_sectors`."""
    for enclosing in sentence.part.ancestors() if sentence.part is not None else ():
        candidate = sentence_of(enclosing)
        if candidate is None or candidate is sentence:
            continue
        if candidate is enclosing.heading and not _heads(enclosing, sentence):
            continue
        named = sentence_sectors(candidate.text, kinds)
        if named:
            return candidate, named
    return None


def _heads(part: Part, sentence: Sentence) -> bool:
    """Whether `part`'s heading heads `sentence`, a sentence inside the part: a section's title heads
    every paragraph of it; a numbered item written as a whole sentence (sector_rules.toml
    sentence_item: `（五）高温天气下未给外墙作业工人轮换休息。`) only its own paragraph, the item's
    continuation. The paragraphs after the last item of a list, which the structure reads as that
    item's body, are no part of what it says."""
    heading = part.heading
    return heading.paragraph == sentence.paragraph or not resources.sector_rules()["sentence_item"].match(
        strip_marker(heading)
    )


def table_context_sectors(structure: Structure) -> dict[int, list[str]]:
    """The sectors of each table line's context, by the line's index: the sectors of the nearest
    sentence naming any in the paragraph just above the table (its lead-in), else the document's
    sector when the document names exactly one. A lead-in naming several (…外架、临时用电和起重机械
    管理仍存在较多问题…) gives those of them its document's title names (…建设工程有限公司 / 安全隐患
    整改通知单: 建筑施工), the area every row is in; none when the title names none of them, as a
    heading naming several gives none. A table under a lead-in naming none, in a document of several
    sectors, has no context: its rows keep their own words."""
    sentences = structure.sentences
    context: dict[int, list[str]] = {}
    document: list[str] | None = None
    table_sectors: list[str] | None = None
    for sentence in sentences:
        if sentence.kind not in TABLE_LINES:
            table_sectors = None
            continue
        if table_sectors is None:
            table_sectors = _lead_in_sectors(sentences[: sentence.index])
            if len(table_sectors) > 1:
                title = find_sectors("\n".join(s.text for s in sentences[: structure.body_start]))
                table_sectors = [sector for sector in table_sectors if sector in title]
            elif not table_sectors:
                document = find_sectors(structure.text) if document is None else document
                table_sectors = document if len(document) == 1 else []
        context[sentence.index] = table_sectors
    return context


@dataclass(frozen=True)
class TableTheme:
    """A division table's theme (`division_table_themes`): the sectors of its keyword, the topic first, and whether
    the table's own title line names it (`…任务分工表`) rather than the document's title."""

    sectors: tuple[str, ...]
    titled_by_table: bool


def division_table_themes(structure: Structure, title: str | None) -> dict[int, TableTheme]:
    """The theme of each row of a table dividing a campaign's work, by the row's index: a table whose line just above
    (its heading or its attachment's title) names a division of the work (sector_rules.toml division_heading:
    `三、主要任务及分工`, `…任务分工表`). The theme is the topic that line names, else the one the document's `title`
    names (`_theme_keyword`): the sectors of its one keyword, the topic first (有限空间作业: 危险作业, then 工贸, where
    such work is usually done). Rows of other tables, and of a table under a document naming no one topic, are
    absent."""
    rules = resources.sector_rules()
    themes: dict[int, TableTheme] = {}
    theme: TableTheme | None = None
    sentences = structure.sentences
    for sentence in sentences:
        if sentence.kind not in TABLE_LINES:
            theme = None
            continue
        above = sentences[sentence.index - 1] if sentence.index else None
        if above is not None and above.kind not in TABLE_LINES:
            theme = None
            if rules["division_heading"].search(above.text):
                own = _theme_keyword(strip_marker(above))
                theme = TableTheme(own, True) if own else TableTheme(_theme_keyword(title or ""), False)
        if theme is not None and theme.sectors and sentence.kind == "table_row":
            themes[sentence.index] = theme
    return themes


def _theme_keyword(text: str) -> tuple[str, ...]:
    """The sectors of the one keyword naming every sector `text` names (`…有限空间作业…方案`: 危险作业, 工贸), what it
    means first; () for a text naming none, several by several keywords, or only a season (sector_rules.toml
    context_sectors: `关于开展汛前安全隐患排查的通知`), which times the campaign's work in every area: the read gold
    gives a flood-season plan's rows their own areas only (realstyle_sealed3 f03, realstyle_sealed34 sq10)."""
    mentions = [(keyword, sectors) for keyword, sectors in _mentions(text) if sectors]
    named = {sectors for _, sectors in mentions}
    if len(named) != 1 or any(keyword in resources.sector_rules()["context_sectors"] for keyword, _ in mentions):
        return ()
    return next(iter(named))


def with_division_theme(sectors: list[str], text: str, theme: TableTheme | None) -> list[str]:
    """A division table's row's `sectors` read with its table's `theme` (`division_table_themes`). The places the
    theme's keyword names after its topic (有限空间: 工贸 in a confined-space campaign) are the theme restated, not an
    area of the row's own, unless a keyword of the row naming no topic of the theme names them first (冶金: 工贸). A
    table its own title line themes (附件 / `…有限空间作业专项治理任务分工表`) is that campaign's work in every row,
    whatever area its own words add, except an administrative row naming no area of its own (汇总整治情况报县政府:
    sector_rules.toml [topic] administrative), the office's work, as `with_document_topic` reads it. Under a bare
    heading (三、主要任务及分工) the document title's theme is not added: a plan's work streams each have their own area
    (`document_topic` gives a plan no topic either), and the read gold gives an 电动自行车 campaign plan's rows
    their own areas (realstyle_sealed23 sf02)."""
    if theme is None:
        return sectors
    topic, places = theme.sectors[0], set(theme.sectors[1:])
    leading = {named[0] for _, named in _mentions(text) if named and topic not in named}
    own = [sector for sector in sectors if sector not in places - leading]
    if not theme.titled_by_table or (not own and resources.sector_rules()["topic"]["administrative"].search(text)):
        return own
    return [topic, *(sector for sector in own if sector != topic)]


def _lead_in_sectors(above: list[Sentence]) -> list[str]:
    """The sectors of the last sentence naming any in the last paragraph of `above`."""
    if not above:
        return []
    paragraph = above[-1].paragraph
    for sentence in reversed(above):
        if sentence.paragraph != paragraph:
            break
        named = sentence_sectors(sentence.text)
        if named:
            return named
    return []


def document_topic(
    title: str | None,
    body: str,
    doc_type: str,
    tasks_sectors: Sequence[Sequence[str]],
    single: list[str] | None = None,
) -> list[str]:
    """The one sector a single-topic document is about, which its operational tasks naming none of
    their own are about too (`with_document_topic`): the sector its title names (`sentence_sectors`,
    so 汛期 in 汛期房屋市政工程施工安全 times the construction work), else, when the title names none,
    the sector its body names most. It is the topic only in a document of a kind whose directives
    serve one topic (sector_rules.toml [topic] doc_types: not a plan, whose work streams each have
    their own area, nor a speech, which ranges over every area unless it is focused on one: [topic]
    focused_doc_types, `is_focused`), when it holds at least its share of the body's sector mentions
    (season words left out) and is named by at least its share of the tasks that name any sector
    (`tasks_sectors`, the tasks' own sectors). An institution ([topic] institutions: a school) needs
    only to be the body's most named sector: a school-safety notice names the hazards inside the
    school as often as the school. A document that names one sector in all its lines (`document_sectors`
    of the title and the body) is about that sector whatever its kind and length: a two-paragraph
    press release on hot-weather work, a gas plan whose work streams name nothing else. A title naming
    a kind of place and one more sector (宾馆饭店消防安全) gives both (`_place_and_hazard_topic`); one whose two
    sectors one compound keyword names (有限空间作业 危险作业+工贸) is read as naming its first (`_one_keyword_sector`).
    [] otherwise.
    `single` is `single_sector(title, body)` where the caller has read it already."""
    spec = resources.sector_rules()["topic"]
    single = single_sector(title, body) if single is None else single
    if single:
        return single
    titled = sentence_sectors(title) if title else []
    focused_only = doc_type in spec["focused_doc_types"]
    # a plan is left out for its title, which names a campaign of many work streams: a plan's excerpt that lost its
    # title is weighed by its body's mentions as any untitled copy is (meta66)
    # a list's rows (…清单) stand under its title's one campaign whatever the list's type
    kind_has_topic = (
        doc_type in spec["doc_types"]
        or (doc_type == "plan" and not title)
        or bool(title and spec["titled_list"].search(title))
    )
    if not kind_has_topic and not focused_only and not _names_institution(titled, spec["institutions"]):
        return []
    mentions = _topic_mentions(body)
    named_tasks = [sectors for sectors in tasks_sectors if sectors]
    if len(titled) == 2:
        titled = _one_keyword_sector(title or "", titled)
    if len(titled) == 2:
        return _place_and_hazard_topic(titled, mentions, tasks_sectors, _one_keyword_names_both(title or "", titled))
    if len(titled) == 1:
        # a title's one sector needs a lower share of the body's mentions where the tasks bear it out (it holds
        # borne_task_share of the tasks naming any sector): an employer advisory on hot and stormy weather whose
        # body also names the sites at length is about the weather in every instruction
        borne = _share_naming(titled[0], named_tasks) >= spec["borne_task_share"]
        candidate, needed = titled[0], spec["borne_title_share"] if borne else spec["title_share"]
    elif not titled and len(mentions) >= spec["body_mentions"]:
        candidate, needed = _most_named(mentions), spec["body_share"]
    else:
        return []
    if candidate in spec["institutions"] and mentions and _most_named(mentions) == candidate:
        needed = 0.0
    if _share_naming(candidate, mentions) < needed or _share_naming(candidate, named_tasks) < spec["task_share"]:
        return []
    if focused_only and not is_focused([candidate], body, tasks_sectors):
        return []
    return [candidate]


def _one_keyword_sector(title: str, titled: list[str]) -> list[str]:
    """The first sector of the one keyword that names both of a title's two sectors (有限空间作业 危险作业+工贸,
    防汛 自然灾害+水利 in sector_keywords.tsv, which lists first what the word means and then where it is
    done), or `titled` itself where two keywords name them: a title of one compound word names one topic."""
    named = {sectors for _, sectors in _mentions(title) if sectors}
    return [next(iter(named))[0]] if len(named) == 1 and set(next(iter(named))) == set(titled) else titled


def _one_keyword_names_both(title: str, titled: list[str]) -> bool:
    """Whether one keyword of the title names both its sectors (防汛 自然灾害+水利) beside another keyword
    naming one of them (河堤 水利): the title speaks of the hazard and the place it is met, together."""
    return any(set(sectors) == set(titled) for _, sectors in _mentions(title))


def _place_and_hazard_topic(
    titled: list[str],
    mentions: Sequence[Sequence[str]],
    tasks_sectors: Sequence[Sequence[str]],
    paired_by_keyword: bool = False,
) -> list[str]:
    """The two sectors of a title that names a kind of place and one more (sector_rules.toml [topic]
    places: 宾馆饭店消防安全, 养老机构用气安全, 幼儿园燃气安全), when the two together hold the shares a one-sector
    title needs of the body's mentions and of the sector-naming tasks: such a document is about that
    hazard in those places, every task of it; so is a title whose one compound keyword names both
    (`paired_by_keyword`: 防汛 with 河堤, flood defence on the dikes). [] for two sectors neither of which
    is a place nor paired (燃气和危化品: gas and chemicals) or that the body does not bear out."""
    spec = resources.sector_rules()["topic"]
    if not set(titled) & set(spec["places"]) and not paired_by_keyword:
        return []
    named_tasks = [sectors for sectors in tasks_sectors if sectors]
    if _share_naming_any(titled, mentions) < spec["title_share"] or (
        _share_naming_any(titled, named_tasks) < spec["task_share"]
    ):
        return []
    return titled


def single_sector(title: str | None, body: str) -> list[str]:
    """The one sector a document names in all its lines (`document_sectors` of the title and the
    body), [] when it names none or several."""
    named = document_sectors([title or "", *body.splitlines()])
    return named if len(named) == 1 else []


def is_focused(topic: Sequence[str], body: str, tasks_sectors: Sequence[Sequence[str]]) -> bool:
    """Whether a document is focused on its `topic` (`document_topic`): the topic holds at least
    sector_rules.toml [topic] focused_share of the body's sector mentions (season words left out) and
    of the tasks that name any sector (`tasks_sectors`, their own). There a task naming another sector
    names it where that area touches the topic (`with_document_topic`)."""
    if len(topic) != 1:
        return False
    needed = resources.sector_rules()["topic"]["focused_share"]
    named_tasks = [sectors for sectors in tasks_sectors if sectors]
    return _share_naming(topic[0], _topic_mentions(body)) >= needed and _share_naming(topic[0], named_tasks) >= needed


def _names_institution(titled: Sequence[str], institutions: Sequence[str]) -> bool:
    """Whether a title names one sector, an institution: a care-home plan is about the care homes in
    every work stream, as a school's notice is about the school."""
    return len(titled) == 1 and titled[0] in institutions


def with_document_topic(
    sectors: list[str], sentence: str, topic: Sequence[str], focused: bool = False, single: bool = False
) -> list[str]:
    """A task's sectors with its document's `topic` (`document_topic`) when it is operational and
    names none of its own, or only the season or weather that time it (`_only_circumstances`), or,
    in a document `focused` on its topic (`is_focused`), another sector where that area touches the
    topic (严禁在商场周边设点销售 in a fireworks notice): an administrative task (reporting,
    meetings, summaries, appraisal, duty, supervision, publicity: sector_rules.toml [topic]
    administrative) is the office's own work, except, in a `focused` document, a watch, an
    inspection or the judging of the work naming no sector (`_keeps_watch_on_topic`: 节日期间落实24小时值班,
    对落实不力的乡镇予以通报 in a fireworks notice). In a document that names no other sector in any line (`single`, `single_sector`) every
    task naming none is about its one sector, its reports, meetings and appraisal too, but not its
    publicity ([topic] public_address), which speaks to the public at large. An institution's topic
    ([topic] institutions) goes to every task: a school's canteen gas check and its weekly report are
    both school work."""
    spec = resources.sector_rules()["topic"]
    if any(sector in spec["institutions"] for sector in topic):
        return list(dict.fromkeys([*sectors, *topic]))
    if topic and not sectors and _reaches_office_work(sentence, focused, single):
        return list(topic)
    if not topic or spec["administrative"].search(sentence):
        return sectors
    if not sectors or focused or _only_circumstances(sectors, sentence):
        return list(dict.fromkeys([*sectors, *topic]))
    return sectors


def _reaches_office_work(sentence: str, focused: bool, single: bool) -> bool:
    """Whether the topic reaches `sentence`, a task naming no sector, administrative or not: in a
    document naming one sector in all its lines (`single`), any task but publicity (sector_rules.toml
    [topic] public_address), which speaks to the public at large; in a `focused` document, a watch or
    an inspection (`_keeps_watch_on_topic`)."""
    if single:
        return not resources.sector_rules()["topic"]["public_address"].search(sentence)
    return focused and _keeps_watch_on_topic(sentence)


def _keeps_watch_on_topic(sentence: str) -> bool:
    """Whether the administrative words of `sentence` (sector_rules.toml [topic] administrative) are
    all words that keep watch on the topic's work ([topic] topic_watch): the watch and the inspection
    (值班, 督查, 督导), which in a focused document act on its topic's sites (`节日期间落实24小时值班` in a
    fireworks notice), and the judging of the work (总结, 考核, 表彰, 通报, 约谈, 问责, 追责, 追究), whose
    object is that work; a sentence that also reports, meets or publicises (`督导情况报送县安委办`) is the
    office's own work."""
    spec = resources.sector_rules()["topic"]
    words = [found.group() for found in spec["administrative"].finditer(sentence)]
    return bool(words) and all(spec["topic_watch"].fullmatch(word) for word in words)


def _only_circumstances(sectors: Sequence[str], sentence: str) -> bool:
    """Whether every sector of a task comes from words of its circumstances, the season words
    (sector_rules.toml context_sectors) and the weather ([topic] weather_words), of its sentence:
    汛期内每日落实带班巡查 and 暴雨预警发布后停止室外吊装 in a construction notice are
    construction work the season or the weather times."""
    rules = resources.sector_rules()
    circumstances = rules["context_sectors"].keys() | rules["topic"]["weather_words"]
    mentions = [(keyword, named) for keyword, named in _mentions(sentence) if named]
    named_there = {sector for _, named in mentions for sector in named}
    return bool(mentions) and all(keyword in circumstances for keyword, _ in mentions) and set(sectors) <= named_there


def with_party_area(sectors: list[str], sentence: str, units: Sequence[Unit]) -> list[str]:
    """A task's `sectors` with the area of its first party (the first of `units` that is responsible or leads) where
    that party, named in the task's own `sentence`, is a body whose name is its one area's work (sector_rules.toml
    party_areas: 消防 in 县消防救援大队, 交警 in 县公安局交警大队, 海事 in 海事处) and the task names no sector or only the
    places it inspects ([topic] places): 县消防救援大队将在元旦前对全县大型商业综合体开展一次夜查 is fire work. A
    brigade sent to rescue (party_rescue: 救援, 抢险, 备勤, searched with the parties' names blanked) answers the disaster,
    not its area; a party carried from a heading or a lead-in, helping or after another party leaves the task to its
    words."""
    rules = resources.sector_rules()
    party = next((unit for unit in units if unit.role in ("responsible", "lead")), None)
    if party is None or party.mention not in sentence or not set(sectors) <= set(rules["topic"]["places"]):
        return sectors
    area = rules["party_area_words"].search(party.mention)
    if area is None or rules["party_rescue"].search(_blanked(sentence, [unit.mention for unit in units])):
        return sectors
    return list(dict.fromkeys([*sectors, rules["party_areas"][area.group()]]))


def _topic_mentions(text: str) -> list[tuple[str, ...]]:
    """The sectors of each keyword of `text` that names any, season and other context words
    (sector_rules.toml context_sectors) left out: they time another sector's work as often as
    they name their own. A counted machine (sector_rules.toml counted_machines: 3号行车) is left out too: it is one of
    the premises' things, which a workshop's minutes name piece by piece, and weighs no area against the trade. The
    offices of a list of offices count (`_mentions` listed_offices): the bodies a document names weigh its topic."""
    rules = resources.sector_rules()
    left_out = rules["context_sectors"].keys() | rules["counted_machines"].keys()
    return [sectors for keyword, sectors in _mentions(text, listed_offices=True) if sectors and keyword not in left_out]


def _most_named(groups: Sequence[Sequence[str]]) -> str:
    """The sector most of `groups` name (the first of equals in order of appearance)."""
    return Counter(sector for sectors in groups for sector in dict.fromkeys(sectors)).most_common(1)[0][0]


def _share_naming(sector: str, groups: Sequence[Sequence[str]]) -> float:
    """The share of `groups` (mentions, tasks) that name `sector`; 0 for none."""
    return _share_naming_any([sector], groups)


def _share_naming_any(sectors: Sequence[str], groups: Sequence[Sequence[str]]) -> float:
    """The share of `groups` (mentions, tasks) that name any of `sectors`; 0 for none."""
    return sum(any(sector in group for sector in sectors) for group in groups) / len(groups) if groups else 0.0
