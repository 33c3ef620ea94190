"""Responsible units: the parties one sentence addresses, mapped to the canonical names.

A unit counts where the sentence addresses it: a list of unit mentions that opens a clause
(`县公安局牵头，县交通运输局配合，…`, `（四）各级应急管理、市场监管等部门要…`) or that follows an
addressee word (`要求各单位…`, `由县自然资源局会同属地乡镇…`, `联合公安、交通等部门…`). Mentions
anywhere else are objects or background (`督促企业…`, `报县政府`, `对各乡镇…进行督导检查`) and are
left out, and so are place names alone.

A mention is [prefixes][alias][department suffix][leader word]: prefixes are administrative levels
and quantifiers (各级, 各县（市、区）, 市, 东湖区 …), the alias comes from
`data/extract/unit_aliases.tsv`, the suffix is 部门/等部门/等相关部门, and a leader word turns the
mention into a person (各单位主要负责同志). Context rules are in `data/extract/unit_rules.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .. import resources
from ..chars import is_han
from ..record import Unit
from . import pos
from .prefilter import Guarded

LEADERS = "党政领导"
PARTY_COMMITTEE = "党委"
GOVERNMENT = "政府"
ENTERPRISES = "企业"
OTHERS = "其他"
SOME_DEPARTMENTS = "有关部门"
ALL_BODIES = "各级各部门"
TOWNSHIPS = "乡镇街道"
DEVELOPMENT_ZONES = "开发区园区"
# The placeholder canonical of the issuer speaking of itself or of its sections (本局, 综合协调科):
# never output, task detection maps it to the document's issuer (resolve_issuer_references).
ISSUER = "发文机关"
# The placeholder canonical of a letter's second person naming its addressee by the addressee's head (你局, 贵委):
# never output, task detection maps it to the body the nearest addressee line above names (resolve_addressee_references).
ADDRESSEE = "主送机关"
# Brackets that enclose a party list or a gloss; nested ones are counted alike (closing_bracket_start).
# How far before a role verb (协助, 会同) a list of parties may open: two or three full names.
ROLE_VERB_REACH = 16
OPENING_BRACKETS = "（(〔"
CLOSING_BRACKETS = "）)〕"
# The conjunctions a merged body's name may hold (县商务和投资促进局, 海事及水务局)
JOINED_NAME = re.compile("[和及]")
SLOT_ITEMS = re.compile("[、和及与]")
# The conjunctions that name a partner acting with the clause's party (joint_partner_groups).
PARTNER_CONJUNCTIONS = ("与", "同", "和")
# The patterns of unit_rules.toml that read a body, a place or a kind of enterprise by the head its name ends in
# (generic_at): the name they find must end where jieba's cut ends a word (head_ends_a_word). The rest match fixed
# words (本局, 署方, 市民, 两级, 同志).
NAMES_BY_HEAD = frozenset(
    {
        "enterprise",
        "domain_department",
        "other_body",
        "government_body",
        "domain_body",
        "function_station",
        "named_zone",
        "named_place",
        "plural_body",
    }
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    canonicals: tuple[str, ...]
    strict: bool = False
    has_suffix: bool = False
    leader: bool = False
    generic: bool = False
    name_end: int | None = None  # where the name ends when a note on its person in charge follows it
    section_start: int | None = None  # where a section's name follows its department's (县应急局|执法大队)

    @property
    def name(self) -> slice:
        return slice(self.start, self.end if self.name_end is None else self.name_end)


def find_units(sentence: str, *, listed: bool = False) -> list[Unit]:
    """The units `sentence` addresses, in reading order, each with its role. `listed`: the text is
    a list of parties — a 责任单位 line, a table's unit column, an item's closing parenthesis — so
    every mention heading a clause is a party, with or without a predicate after it. A sentence
    alone does not know who issued it: the issuer speaking of itself or its sections (本局,
    综合协调科) comes back with the canonical `ISSUER` (发文机关), which extraction replaces with the
    document's issuer."""
    groups = addressed_groups(sentence, listed=listed)
    lead_in = None if listed else addressed_lead_in(sentence)
    if lead_in is not None:
        # 消防局向全县居民作出以下呼吁：…: the addressee receives the requests, the speaker is no party
        party, end = lead_in
        return party + units_of_groups(sentence, [group for group in groups if group[0].start >= end])
    units = without_sent_attendees(units_of_groups(sentence, groups))
    if not listed and units and units[0].canonical != ISSUER:
        # 你单位应当…提交报告，我局将组织复查: the issuer's own step after a directive to another party
        # is what it will do in turn, not a party addressed; a section given its share (各市要…，厅村镇处负责
        # 督导…) is one
        units = [unit for unit in units if unit.canonical != ISSUER or given_a_share(sentence, unit.mention)]
    return units


def without_sent_attendees(units: list[Unit]) -> list[Unit]:
    """A meeting's attendees (`attendees`: 参会人员) beside a body the sentence names as its party are the people that
    body sends (各单位要安排好参会人员，参会人员要提前到会: 各单位 alone); only with no body beside them are they the
    party (会议要求与会人员…)."""
    attendees = resources.unit_rules()["attendees"]
    senders = [unit for unit in units if not attendees.match(unit.mention)]
    return senders or units


def addressed_lead_in(sentence: str) -> tuple[list[Unit], int] | None:
    """The parties a lead-in addresses with a preposition before its directive noun (`addressed_lead_in`:
    向全县居民作出以下呼吁, 对各乡镇提出如下要求) or after a reminding verb before a pause and an announced list
    (`reminded_lead_in`: 提醒广大村民，秋收期间要做到以下几点：), or a line that only addresses them (对燃气经营企业：),
    and where the lead-in ends; None when there is no such lead-in or its slot names no party (a topic:
    对全年工作提出以下要求)."""
    rules = resources.unit_rules()
    label = addressee_label_units(sentence)
    if label:
        return label, len(sentence)
    found = rules["addressed_lead_in"].search(sentence) or rules["reminded_lead_in"].search(sentence)
    if found is None:
        return None
    party = addressed_slot_units(found.group("party"))
    return (party, found.end()) if party else None


def addressed_slot_units(slot: str) -> list[Unit]:
    """The parties of the slot a lead-in addresses: a list of parties, or persons of the public."""
    party = party_list_units(slot)
    for item in SLOT_ITEMS.split(slot):
        # 全澳居民及饮食业界: an item the list reading left out (a name's own 和 stays whole: 县住房和城乡建设局)
        if not any(item in unit.mention for unit in party):
            party += party_list_units(item) or addressed_public_units(item)
    return party


def addressee_label_units(text: str) -> list[Unit]:
    """The parties of a line that only addresses them (`addressee_label`: 对加油站等经营单位：, 致广大市民), the
    items under it being their duties; [] unless every item of the slot is read as a party."""
    found = resources.unit_rules()["addressee_label"].match(text.strip())
    return whole_slot_units(found.group("party")) if found else []


def salutation_units(text: str) -> list[Unit]:
    """The parties a letter's salutation greets (`salutation`: 尊敬的各位餐饮经营户朋友：, 亲爱的家长朋友们：), whom the
    letter's second person stands for; [] for any other line, or one whose slot is not every item a party."""
    found = resources.unit_rules()["salutation"].match(text.strip())
    return whole_slot_units(found.group("party")) if found else []


def readers_heads(units: list[Unit]) -> list[Unit]:
    """In a letter to a class of operators (tasks.class_greeted), a bare leader word (`leader_suffixes`:
    主要负责人, 分管负责人) is the head of the reader's enterprise (企业, as 企业主要负责人 is), not a party or
    government leader: the letter speaks to no government."""
    leader_words = resources.unit_rules()["leader_suffixes"]
    return [
        replace(unit, canonical=ENTERPRISES) if unit.canonical == LEADERS and unit.mention in leader_words else unit
        for unit in units
    ]


def owned_heads(sentence: str, units: list[Unit], before: Callable[[], str]) -> list[Unit]:
    """A bare leader word (`leader_suffixes`: 主要负责人) whose owner an earlier clause of its paragraph names:
    `before` is the paragraph's text up to the sentence. The nearest clause before the word that names a party
    decides (`各涉…作业单位要…；主要负责人每季度…`), or, naming none, one whose noun an enterprise modifies
    (`post_owner_enterprise`: `要扛起企业主体责任，…，主要负责人要…`): an enterprise there makes the word the
    enterprise's own head (企业), as canonicals_in_context does inside one sentence; a party of another kind there,
    or a list of parties with one enterprise among them, leaves it a party or government leader. `before` is asked
    only where such a word stands."""
    leader_words = resources.unit_rules()["leader_suffixes"]
    heads = [unit for unit in units if unit.canonical == LEADERS and unit.mention in leader_words]
    if not heads:
        return units
    paragraph = before()
    # up to the word's last place: an earlier one may be a named head (`组织企业主要负责人参加…，主要负责人和…`)
    owned = {head.mention for head in heads if _enterprise_owns(paragraph + sentence[: sentence.rfind(head.mention)])}
    return [replace(unit, canonical=ENTERPRISES) if unit in heads and unit.mention in owned else unit for unit in units]


def _enterprise_owns(text: str) -> bool:
    """The nearest clause of `text`, read backwards, that names a party or an enterprise's noun is an enterprise's."""
    enterprise_noun = resources.unit_rules()["post_owner_enterprise"]
    for clause in reversed(resources.unit_rules()["post_owner_clause_break"].split(text)):
        named = find_units(clause)
        if named:
            return all(unit.canonical == ENTERPRISES for unit in named)
        if enterprise_noun.search(clause):
            return True
    return False


def addresses_the_reader(text: str) -> bool:
    """A lead-in that hands its list to the letter's reader by the second person or by a 请 that names no one
    (`reader_lead_in`: 请您务必做到以下几点：, 希望你们做好如下工作：, …在此郑重提醒，请务必做到以下几点：); 请各物业企业做好
    以下工作： names its party and is read as any lead-in is."""
    found = resources.unit_rules()["reader_lead_in"].search(text.strip())
    return found is not None and not find_units(found.group())


def whole_slot_units(slot: str) -> list[Unit]:
    """An addressed slot's parties, [] unless every item of the slot is read as one (致辞, 对存在的问题 name none)."""
    party = addressed_slot_units(slot)
    covered = all(any(item in unit.mention for unit in party) for item in SLOT_ITEMS.split(slot))
    return party if covered else []


def addressed_public_units(item: str) -> list[Unit]:
    """The public an addressed lead-in names (全澳居民, 广大市民): 其他."""
    return [Unit(item, OTHERS, "responsible")] if resources.unit_rules()["addressed_public"].search(item) else []


def given_a_share(sentence: str, mention: str) -> bool:
    """The issuer's section right before a duty word (负责, 牵头, 配合) or a modal (要, 须) is given work of its
    own, not announcing its next step (我局将…, 局执法大队会…)."""
    at = sentence.find(mention)
    return at >= 0 and bool(resources.unit_rules()["section_share"].match(sentence, at + len(mention)))


def party_list_units(text: str) -> list[Unit]:
    """The parties of a text that is a list of them by its place — a table's unit cell, the value of a
    责任单位 line: find_units' reading of a list, where every item opens a party (百惠超市、街道应急办: the
    list goes on after an item no name reads) and an item no mention reads to its end is read by its
    head noun (`with_items_read_by_head`)."""
    return list(_party_list_units(text))


@lru_cache(maxsize=1024)
def _party_list_units(text: str) -> tuple[Unit, ...]:
    """party_list_units, cached (a pure memo, bounded): an item's 责任单位 line is read again for
    every task under it, and a table's unit column repeats its parties row after row."""
    groups = addressed_groups(text, listed=True, every_item=True)
    return tuple(units_of_groups(text, with_items_read_by_head(text, groups)))


def assigned_units(sentence: str) -> list[Unit]:
    """The parties `sentence` assigns work to with 由 (`清理杂物，由供气单位上门复检`, `由镇安监站现场验收`):
    ANNOTATION.md's assignment names its party wherever it stands."""
    assignment = resources.unit_rules()["assignment"]
    return [
        unit
        for unit in find_units(sentence)
        if any(assignment.search(sentence[: found.start()]) for found in re.finditer(re.escape(unit.mention), sentence))
    ]


def units_of_groups(sentence: str, groups: list[list[Mention]]) -> list[Unit]:
    """The units of the addressed groups, in reading order, each group with its role."""
    units: list[Unit] = []
    for index, group in enumerate(groups):
        predicate_end = groups[index + 1][0].start if index + 1 < len(groups) else len(sentence)
        role = group_role(sentence, group, predicate_end)
        for mention in group:
            for canonical in canonicals_in_context(sentence, mention, units):
                unit = Unit(sentence[mention.name], canonical, role)
                if unit not in units:
                    units.append(unit)
    return units


def canonicals_in_context(sentence: str, mention: Mention, earlier: list[Unit]) -> tuple[str, ...]:
    """`各类生产经营单位要…，主要负责人每月带队…`: a bare leader word after an enterprise is the
    enterprise's own head (企业主要负责人), not a party or government leader."""
    bare_leader = sentence[mention.start : mention.end] in resources.unit_rules()["leader_suffixes"]
    if bare_leader and earlier and earlier[-1].canonical == ENTERPRISES:
        return (ENTERPRISES,)
    return mention.canonicals


# --- where a sentence addresses someone ------------------------------------------------------


def addressed_groups(sentence: str, *, listed: bool = False, every_item: bool = False) -> list[list[Mention]]:
    """Lists of coordinated mentions in addressee position, in reading order, not overlapping.
    `every_item`: the text is a list of parties whose every item (`list_items`) may open one."""
    rules = resources.unit_rules()
    candidates = [group_at(sentence, start, addressed=listed) for start in clause_starts(sentence)]
    for match in rules["addressee_before"].finditer(sentence):
        candidates.append(group_at(sentence, match.end(), addressed=True))
        candidates.append(focused_addressees(sentence, match.end()))
    for match in rules["request_object_modifier"].finditer(sentence):
        # 提醒本地渔船的船东，应…, 提醒电梯及扶手电梯承办商…: the request's object is the head its modifier qualifies
        if not group_at(sentence, match.start("modifier"), addressed=True):
            candidates.append(group_at(sentence, match.end(), addressed=True))
    for match in rules["request_pause"].finditer(sentence):
        candidates.append(group_at(sentence, match.end(), addressed=True))
    for match in rules["reminded_party"].finditer(sentence):
        group = group_at(sentence, match.start("party"), addressed=True)
        if group and group[-1].end == match.end("party"):
            candidates.append(group)
    candidates += letter_recipient_groups(sentence)
    candidates += conditional_groups(sentence)
    candidates += modified_subject_groups(sentence)
    candidates += role_verb_groups(sentence)
    candidates += parenthesis_groups(sentence)
    candidates += paired_object_groups(sentence)
    candidates += joint_partner_groups(sentence)
    candidates += addressed_workplace_groups(sentence)
    for group in subject_groups(sentence):
        # 各乡镇要…，值班人员必须在岗: staff named after another party are that party's own staff
        staff = group[0].canonicals == (OTHERS,)
        if not (staff and any(other and other[0].start < group[0].start for other in candidates)):
            candidates.append(group)
    label = rules["enterprise_label"].match(sentence, skip_lead_words(sentence, 0))
    if label:
        candidates.append([Mention(label.start("party"), label.end("party"), (ENTERPRISES,), generic=True)])
    if every_item:
        candidates += [group_at(sentence, start, addressed=True) for start, _ in list_items(sentence)]
    groups: list[list[Mention]] = []
    covered_until = -1
    for group in sorted((g for g in candidates if g), key=lambda g: (g[0].start, -g[-1].end)):
        if names_a_paper(sentence, group[0].start):
            continue
        if group[0].start >= covered_until:
            groups.append(group)
            covered_until = group[-1].end
    return groups


def focused_addressees(sentence: str, position: int) -> list[Mention]:
    """要求全市旅游行业特别是沿线各区县旅游局、各景区要…: a demand's object naming a whole trade or level, narrowed by
    特别是/尤其是 (`addressee_focus`), addresses the parties it singles out. The object before the focus word must be a
    noun phrase: one that holds an act (要求加强…特别是…) is the demand's work, what follows it the work's object."""
    focus = resources.unit_rules()["addressee_focus"].match(sentence, position)
    if focus is None or opens_with_verb(whole := focus.group("whole")) or acts_inside(whole):
        return []
    return group_at(sentence, focus.end(), addressed=True)


def letter_recipient_groups(sentence: str) -> list[list[Mention]]:
    """The recipients of a letter or notice when the demand after it names no party of its own (向X发出警告信，
    要求他们…; 去信X，要求它们…), or the party met before it (与X会面，要求他们…): the demand is made of them. A 的 phrase before the recipients is passed over
    (向涉事的承建商发信), as after a request verb."""
    groups = []
    for match in resources.unit_rules()["letter_recipient"].finditer(sentence):
        if group_at(sentence, match.end(), addressed=True):
            continue  # 要求安全主任每日巡查: the demand's own object is its party
        recipient = next(name for name in ("party", "written", "met") if match.group(name) is not None)
        start, end = match.span(recipient)
        openings = [start] + [start + i + 1 for i, char in enumerate(sentence[start:end]) if char == "的"]
        for opening in openings:
            # the recipient stands before the sending verb, so a subject's tests (reports_past) do not apply
            group = coordinated_mentions(sentence, opening, addressed=True)
            if group and group[-1].end <= end:
                groups.append(group)
                break
    return groups


def list_items(sentence: str) -> list[tuple[int, int]]:
    """The spans of the items of a list of parties (a 责任单位 line, a unit cell): the text between
    clause breaks and 、, without spaces."""
    rules = resources.unit_rules()
    items = []
    start = 0
    for found in [*rules["list_item_break"].finditer(sentence), None]:
        end = found.start() if found else len(sentence)
        piece = sentence[start:end]
        if piece.strip():
            items.append((start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())))
        start = found.end() if found else end
    return items


def with_items_read_by_head(sentence: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """In a list of parties, an item that no mention reads to its end (东岭消防站, 街道民兵应急分队: a
    name before the vocabulary's word, or a body the vocabulary lacks) is the party its head noun names
    (`item_by_head`); what was read inside it (街道) was only the name's first word."""
    for start, end in list_items(sentence):
        item = sentence[start:end]
        read_to_end = any(start <= m.start < end and m.end >= end for group in groups for m in group)
        canonicals = None if read_to_end else item_by_head(item)
        if canonicals is None:
            continue
        kept = [[m for m in group if not start <= m.start < end] for group in groups]
        groups = sorted(
            [group for group in kept if group] + [[Mention(start, end, canonicals, generic=True)]],
            key=lambda group: group[0].start,
        )
    return groups


def item_by_head(item: str) -> tuple[str, ...] | None:
    """The canonicals of a list item by the word it ends in: the longest alias after a name of its own
    (东岭消防站 → 消防站; 青石社区 → 社区, strict words included: they end a longer name), a kind of
    enterprise (百惠超市) or a team (民兵应急分队: 其他); None for an item that is no name (县应急局牵头,
    a verb opening it) or ends in none of them. A level's committee or government is named by its level,
    which mention_at reads: after an organisation's name (机关党委, 公司党委) they are the organisation's own."""
    rules = resources.unit_rules()
    if not rules["list_item_name"].fullmatch(item) or opens_with_verb(item):
        return None
    # the table's own names only: a name read from another level's head (环保部) begins a name, it ends none
    # (安全环保部 is a company's department, opens_a_name)
    aliases = resources.unit_aliases()
    for start in range(1, len(item) - 1):
        entry = aliases.get(item[start:])
        if entry:
            return None if {PARTY_COMMITTEE, GOVERNMENT} & set(entry[0]) else entry[0]
    head = rules["list_item_head"].search(item)
    if head is None:
        return None
    return (ENTERPRISES,) if head.group("enterprise") else (OTHERS,)


def clause_starts(sentence: str) -> list[int]:
    return list(_clause_starts(sentence))


@lru_cache(maxsize=4096)
def _clause_starts(sentence: str) -> tuple[int, ...]:
    """clause_starts, cached (a pure memo, bounded): addressed_groups and three of its readers
    (modified subjects, paired objects, kind subjects) each walk the same sentence's clauses."""
    rules = resources.unit_rules()
    starts = [0] + [match.end() for match in rules["clause_breaks"].finditer(sentence)]
    return tuple(skip_lead_words(sentence, start) for start in starts)


@lru_cache(maxsize=4096)
def skip_lead_words(sentence: str, position: int) -> int:
    """Past spaces, enumeration markers (（一）, 1., 一要), connectives (同时, 特别是, 由) and a time
    adverbial before a unit (元旦、春节期间各单位要…). Cached (a pure memo, bounded): the clause
    openings and the sentence-level tests (own subject, partner, role) ask for the same positions."""
    rules = resources.unit_rules()
    while True:
        while position < len(sentence) and sentence[position].isspace():
            position += 1
        marker = rules["enumeration_marker"].match(sentence[position:])
        if marker:
            position += marker.end()
            continue
        found = mention_at(sentence, position)
        if found:
            body_start = time_opening_name(sentence, position, found)
            if body_start is None:
                return position
            position = body_start  # 节后第一周|我局将…: the time is the clause's, the party the body after it
            continue
        word = word_at("lead_words", sentence, position)
        if word is None:
            time = lead_time_at(sentence, position)
            following = mention_at(sentence, time.end()) if time else None
            if time is None or following is None or opens_with_verb(sentence[following.start : following.end]):
                return position  # 9月底前实现重点企业监测全覆盖: the act after the time, and its object
            word = time.group()
        position += len(word)


def time_opening_name(sentence: str, position: int, found: Mention) -> int | None:
    """Where the body after a time word stands, where a mention read from `position` opens with one (unit_rules.toml
    `time_opening_name`: 节后第一周我局, 年初镇党委、政府, 期间护林员): no body's name holds a time, and the body named
    after it is the clause's party. None where no such time opens the mention, or no body is named after it (the
    time is then left as the rules read it)."""
    time = resources.unit_rules()["time_opening_name"].match(sentence, position)
    if time is None or time.end() >= found.end or mention_at(sentence, time.end()) is None:
        return None
    return time.end()


def lead_time_at(sentence: str, position: int) -> re.Match[str] | None:
    """A time adverbial opening at `position`: a period or a dated limit (`lead_time`: 元旦、春节期间, 7月5日12点前), or a
    calendar word's 前/后 (`lead_calendar_time`: 节前, 元旦、春节前后, 每月5日前) whose words hold no verb and no
    preposition: 开展节前全院大检查 and 关于国庆节前消防大检查 open with an act or a topic, not a time."""
    rules = resources.unit_rules()
    time = rules["lead_time"].match(sentence, position)
    if time is not None:
        return time
    calendar = rules["lead_calendar_time"].match(sentence, position)
    if calendar is None or any(tag[0] in "vp" for _, tag, _ in pos.tagged(calendar.group())):
        return None
    return calendar


def conditional_groups(sentence: str) -> list[list[Mention]]:
    """组织公安、交通等部门… names departments to act; 强化纪检监察督促问责力度 names the actor."""
    rules = resources.unit_rules()
    groups = []
    for words, accepts in (
        (rules["organize_words"], _ends_in_department_list),
        (rules["intensify_words"], _clause_ends_in_intensity),
    ):
        for found in words.finditer(sentence):
            group = group_at(sentence, found.end(), addressed=True)
            if group and accepts(sentence, group):
                groups.append(group)
    return groups


def modified_subject_groups(sentence: str) -> list[list[Mention]]:
    """高层建筑的产权单位、使用单位要…, 地处山洪沟口的工贸企业，要…: a party after an attribute that
    ends in 的, with its predicate right after it, is the clause's subject. An attribute that opens
    with a preposition (对排查出的问题企业，要…) makes the clause an object phrase: no subject."""
    rules = resources.unit_rules()
    groups = []
    for start in clause_starts(sentence):
        clause_end = rules["clause_breaks"].search(sentence, start)
        end = clause_end.start() if clause_end else len(sentence)
        attribute_end = sentence.rfind("的", start, end)
        if attribute_end < 0 or rules["object_phrase_opening"].match(sentence, start):
            continue
        group = group_at(sentence, attribute_end + 1, addressed=True)
        if group and predicate_follows(sentence[group[-1].end :].removeprefix("，")):
            groups.append(enterprise_leaders(sentence, start, attribute_end, group))
    return groups


def enterprise_leaders(sentence: str, start: int, attribute_end: int, group: list[Mention]) -> list[Mention]:
    """生产经营单位的主要负责人要…: the leaders of a kind of enterprise named in the attribute before 的 are the
    enterprise's (企业, as 企业主要负责人 is), not party and government leaders."""
    if not all(mention.canonicals == (LEADERS,) for mention in group):
        return group
    owner = mention_at(sentence, start)
    if owner is None or owner.end != attribute_end or owner.canonicals != (ENTERPRISES,):
        return group
    return [replace(mention, canonicals=(ENTERPRISES,)) for mention in group]


def role_verb_groups(sentence: str) -> list[list[Mention]]:
    """清单交所在街道、社区协助约访: a list that ends right before a role verb (协助, 会同, 牵头) is a
    party wherever it stands; the longest such list is taken. A list that opens with a kind of
    enterprise is left to the clause openings: that pattern is open-ended (督查组发现施工单位配合不力
    would read 督查组发现施工单位)."""
    rules = resources.unit_rules()
    groups = []
    for verb in rules["role_verb"].finditer(sentence):
        for start in range(max(0, verb.start() - ROLE_VERB_REACH), verb.start()):
            group = group_at(sentence, start, addressed=True)
            # 平安办牵头: 安办 is a name's tail, no list of its own (opens_a_word_at); a later start may still be one
            if group and group[-1].end == verb.start() and not group[0].generic and opens_a_word_at(sentence, start):
                if not rules["designated_by_count"].search(sentence, 0, start):
                    groups.append(group)  # 明确一名分管负责同志牵头: a post to fill, not a party
                break
    return groups


def opens_a_word_at(sentence: str, start: int) -> bool:
    """Whether a word begins at `start`: after a punctuation mark, or where jieba cuts the clause before it
    (清单交|所在街道; but 平安|办: 安办 is the tail of a name no alias knows, 平安办, not a party of its own)."""
    if start == 0 or not is_han(sentence[start - 1]):
        return True
    breaks = resources.unit_rules()["clause_breaks"]
    opening = max((found.end() for found in breaks.finditer(sentence, 0, start)), default=0)
    return start - opening in {0, *(end for _, _, end in pos.tagged(sentence[opening : start + 4]))}


def paired_object_groups(sentence: str) -> list[list[Mention]]:
    """县应急局对危化企业、县住建局对燃气企业依法查处: parties side by side, each with its own
    object after 对, share the predicate; those after the first are subjects too (the first is a
    clause opening). A 、 list of objects (对危化企业、烟花爆竹企业开展…) names no second party."""
    rules = resources.unit_rules()
    groups = []
    for start in clause_starts(sentence):
        group = group_at(sentence, start, addressed=False)
        while group and (pair := rules["paired_object"].match(sentence, group[-1].end)):
            group = group_at(sentence, pair.end(), addressed=True)
            if not group or not sentence.startswith("对", group[-1].end):
                break  # 对危化企业、烟花爆竹企业开展…: a second object, not a party with its own
            groups.append(group)
    return groups


def joint_partner_groups(sentence: str) -> list[list[Mention]]:
    """县交通局要与县公安局联合开展…, 一是要迅速与县公安局、县应急局成立专班, 县交通局同县公安局共同…: parties after a
    conjunction (与/同/和 as a word of its own) that stands in the clause's adverbial slot — after its subject, a modal,
    an adverb or a time — act with the clause's party when the act is done jointly (`joint_act`). A verb, a noun or a
    preposition other than 于/在 before the conjunction makes it part of an object (加大与相关部门联合检查力度, 对燃气企业
    和餐饮单位开展联合检查), and an act with no joint word names its counterpart (与各村签订责任书). A party must act
    there: the clause's subject or an earlier clause's (…负责处罚，与X建立联合执法机制), or, in a sentence naming none, a
    modal's directive (一是要与X成立专班); a report of work done by the writer (与市住建局联合印发…) names the writer's
    partner only."""
    rules = resources.unit_rules()
    # a partner needs a conjunction and a joint word after it: most sentences hold neither, and are spared the
    # clauses' subjects and their words' tags
    if not any(word in sentence for word in PARTNER_CONJUNCTIONS) or not rules["joint_act"].search(sentence):
        return []
    groups = []
    party_named = False
    for start in clause_starts(sentence):
        clause_end = rules["clause_breaks"].search(sentence, start)
        end = clause_end.start() if clause_end else len(sentence)
        subject = group_at(sentence, start, addressed=False)
        party_named = party_named or bool(subject)
        slot = subject[-1].end if subject else start
        directed = False
        for word, tag, word_end in pos.tagged(sentence[slot:end]):
            if word in PARTNER_CONJUNCTIONS:
                partners = closed_names(sentence, coordinated_mentions(sentence, slot + word_end, addressed=True), end)
                joint = partners and rules["joint_act"].search(sentence[partners[-1].end : end])
                if joint and (party_named or directed):
                    groups.append(partners)
                break
            if opens_an_object(word, tag):
                break
            directed = directed or bool(rules["partner_slot_modal"].match(word))
    return groups


def closed_names(sentence: str, partners: list[Mention], end: int) -> list[Mention]:
    """The partners up to the last whose name ends where the vocabulary ends it: a noun right after the last
    (…及业界商会合办: 业界 read, 商会 left) means the name runs on past what was read, a party of another kind."""
    last = partners[-1] if partners else None
    if last is not None and (following := pos.tagged(sentence[last.end : end])) and following[0][1].startswith("n"):
        return partners[:-1]
    return partners


def opens_an_object(word: str, tag: str) -> bool:
    """A word before a conjunction that makes what follows part of an object: an act (jieba's v, not a modal
    `partner_slot_modal` nor an adverb-like vd), a noun, or a preposition other than 于/在 (a time or a place)."""
    if tag == "p":
        return word not in ("于", "在")
    if tag.startswith("v"):
        return tag != "vd" and not resources.unit_rules()["partner_slot_modal"].match(word)
    return tag.startswith("n")


def parenthesis_groups(sentence: str) -> list[list[Mention]]:
    """（县住建局牵头，县公安局配合）, （牵头单位：县应急局）: a parenthesis that names parties with
    their predicate or after a label; the clauses after its first are found as clause openings."""
    rules = resources.unit_rules()
    groups = []
    for opening in rules["party_parenthesis"].finditer(sentence):
        group = group_at(sentence, opening.end(), addressed=True)
        if group and (opening.group("label") or rules["parenthesis_predicate"].match(sentence, group[-1].end)):
            groups.append(group)
    return groups


def closing_parenthesis_units(sentence: str) -> list[Unit]:
    """The parties of a parenthesis that closes `sentence` (`…更换大容量电池；规范回收渠道（县市场
    监管局、县商务局按职责负责）。`): at an item's end it names the parties of the whole item, like a
    责任单位 line (ANNOTATION.md). A parenthesis inside the sentence, or one without a predicate or
    label (`报县应急局（安委办）`), closes nothing. Brackets nested in it (`各县（市、区）政府`) and
    〔…〕 are read as one parenthesis."""
    body = sentence.rstrip().rstrip("。；;.")
    opening = closing_bracket_start(body)
    if opening is None or not parenthesis_groups(body[opening:]):
        return []
    return find_units(body[opening + 1 : -1], listed=True)


def closing_assignment_units(sentence: str) -> list[Unit]:
    """The parties of a sentence that closes an item by handing it its parties (`此项工作由县委宣传部、县应急局负责。`,
    `closing_assignment`): like a closing parenthesis, they are the whole item's."""
    found = resources.unit_rules()["closing_assignment"].match(sentence.strip())
    return find_units(sentence.strip()) if found else []


def closing_bracket_start(text: str) -> int | None:
    """Where the bracket that ends `text` opens, counting the brackets nested in it: in
    `…（市应急局牵头，各县（市、区）政府配合）` the first （, not the one of （市、区）; 〔…〕 and half-width
    brackets count alike (`〔各州(市)人民政府主责落实〕`). None when `text` does not end in a bracket
    or the bracket never opens."""
    if not text or text[-1] not in CLOSING_BRACKETS:
        return None
    depth = 0
    for position in range(len(text) - 1, -1, -1):
        if text[position] in CLOSING_BRACKETS:
            depth += 1
        elif text[position] in OPENING_BRACKETS:
            depth -= 1
            if depth == 0:
                return position
    return None


def subject_groups(sentence: str) -> list[list[Mention]]:
    """全县使用燃气的餐饮场所必须…, 雇员应…, 劳动检查员应…: a clause whose subject no alias names,
    headed by a noun for a kind of enterprise, site or worker (企业) or for staff, a team or the
    public (其他), before its modal (`party_subject`), addresses that party; so does a kind of
    enterprise, owner or site before a predicate verb of its own (`kind_subject`: 产权人委托…), a team named by
    its head noun 组 before its modal or act (`team_subject`: 各年级组要…), and a workplace named by its kind's head
    before its modal or act (`workplace_subject`: 各景区要…, 各矿井于…完成…). Where a named body counts at the
    clause's opening, group_at has the say (县住建局督促施工企业要… addresses the bureau); an
    enterprise found there needs this modal to count."""
    rules = resources.unit_rules()
    heads = rules["pattern_heads"]
    groups = []
    for start in clause_starts(sentence):
        opening = group_at(sentence, start, addressed=False)
        if opening and opening[0].canonicals != (ENTERPRISES,):
            continue
        clause_end = rules["clause_breaks"].search(sentence, start)
        end = clause_end.start() if clause_end else len(sentence)
        found = (
            rules["party_subject"].match(sentence, start)
            if heads["party_subject"].search(sentence, start, end)
            else None
        )
        if found and rules["body_name_break"].search(found.group("party")):
            found = None  # 8月15日前建成重点企业视频联网…: a limit and an act before the kind, no party's name
        if found:
            kind = ENTERPRISES if found.group("enterprise") else OTHERS
            groups.append([Mention(found.start("party"), found.end("party"), (kind,), generic=True)])
            continue
        found = (
            rules["kind_subject"].match(sentence, start) if heads["kind_subject"].search(sentence, start, end) else None
        )
        if found:  # 燃气经营单位严格执行…: a predicate verb of its own, no modal
            groups.append([Mention(found.start("party"), found.end("party"), (ENTERPRISES,), generic=True)])
            continue
        headed = (
            team_subject(sentence, start)
            or workplace_subject(sentence, start)
            or headed_body_subject(sentence, start)
            or whole_level_subject(sentence, start)
        )
        if headed is not None:
            groups.append([headed])
    return groups


def team_subject(sentence: str, start: int) -> Mention | None:
    """A team named by its head noun 组 at a clause's opening (考核组, 各年级组, 监测预警组) before its modal or its act,
    after a time, a place or an object at most (`act_adverbial`): the clause's subject, a body outside the list
    (其他). Only there: after a verb a team is what is formed or sent (成立督导组, 派出检查组)."""
    found = resources.unit_rules()["team_subject"].match(sentence, start)
    if found is None or headed_name_acts(found.group("party")) or not acts_after(sentence, found.end("party")):
        return None
    return Mention(found.start("party"), found.end("party"), (OTHERS,), generic=True)


def workplace_subject(sentence: str, start: int) -> Mention | None:
    """A workplace or business named by its kind's head (`workplace_party`: 各矿要…, 各矿井于4月30日前完成…, 各景区要…,
    局直属各学校报…, 各分厂组队参加) at a clause's opening before its modal or its act, as team_subject reads a team:
    the body that runs it, of the canonical its head's group names. A mine, or workplaces 各 counts one by one (各客运站每日
    上报…, 各养老机构对照…检查), act by themselves; a kind without 各 needs its modal or a manner adverb (`modal_after`):
    before a bare act it names the class of place a regime holds in (A级景区实行门票预约, no unit in the read gold). Only
    in the party slot: after a verb the workplace is what is worked or inspected (建立辖区各矿…机制, 检查各加油站), and in
    a list it is left to the aliases."""
    found = resources.unit_rules()["workplace_party"].match(sentence, start)
    if found is None or headed_name_acts(name := found.group("party")):
        return None
    end = found.end("party")
    acts_by_itself = found.group("mine") or "各" in name
    if not (acts_after(sentence, end) if acts_by_itself else modal_after(sentence, end)):
        return None
    return workplace_mention(found)


def modal_after(sentence: str, end: int) -> bool:
    """A would-be party's modal or a manner adverb and its act (`opens_with_modal_or_manner`) follows its name at
    `end`, after a time at most (于6月20日前)."""
    return opens_with_modal_or_manner(sentence[past_time(sentence, end) :])


def opens_with_modal_or_manner(rest: str) -> bool:
    """`rest` opens with a would-be party's modal (`team_modal`: 要, 须, 应…) or a manner adverb and its act (严格落实…)."""
    return bool(resources.unit_rules()["team_modal"].match(rest) or opens_with_manner_act(rest))


def past_time(sentence: str, end: int) -> int:
    """Where a would-be party's predicate may start after its name at `end`: past a time (于4月30日前), if one follows."""
    timed = _subject_time().match(sentence[end:])
    return end + (timed.end() if timed else 0)


def workplace_kind(found: re.Match[str]) -> str:
    """The canonical a `workplace_party` match names: a business, site or works (企业) or a school or hospital (其他)."""
    return ENTERPRISES if found.group("enterprise") else OTHERS


def workplace_mention(found: re.Match[str]) -> Mention:
    """The party a `workplace_party` match names, of its `workplace_kind`."""
    return Mention(found.start("party"), found.end("party"), (workplace_kind(found),), generic=True)


def workplace_heading_units(name: str) -> list[Unit]:
    """The party of a heading that names one workplace by its kind and nothing else (（三）金属非金属地下矿山。,
    （二）露天煤矿。, （五）尾矿库。): the `workplace_party` table read whole, or a site only a heading names as a party
    (`workplace_heading_site`: a mine by 矿山 with its kind, a tailings dam), of the canonical its head's group names.
    A heading that holds an act (打击取缔非法尾矿库: `headed_name_acts`) is a directive on the site, no party. A sector's own name (非煤矿山, 煤矿, 学校) names the area the items cover, and kinds a list joins (煤矿和非煤矿山,
    公共机构和学校) no one party."""
    rules = resources.unit_rules()
    if name in resources.sector_canonicals() or any(word in name for word in rules["separators"]):
        return []
    if headed_name_acts(name):
        return []  # （一）打击取缔非法尾矿库。: an act and the site it works on, a directive heading with no party
    found = rules["workplace_party"].fullmatch(name)
    if found is not None:
        return [Unit(name, workplace_kind(found))]
    return [Unit(name, ENTERPRISES)] if rules["workplace_heading_site"].fullmatch(name) else []


def registered_firm_units(name: str) -> list[Unit]:
    """The party a name is when it is one firm by its registered legal form (`registered_firm`: …有限公司), alone or with
    one site it runs after it (西岭煤业有限公司东坳煤矿: a mine, 泰丰建材有限公司北山采石场: a quarry, read as a heading's
    workplace is, `workplace_heading_units`): a proper name, never a kind of business, so it is an enterprise where it
    stands alone as a heading or a label (（一）某某矿业有限公司某某铁矿：). A name that holds an act is a clause."""
    found = resources.unit_rules()["registered_firm"].fullmatch(name)
    if found is None or headed_name_acts(found.group("firm")):
        return []
    site = found.group("site")
    return [Unit(name, ENTERPRISES)] if site is None or workplace_heading_units(site) else []


def headed_body_subject(sentence: str, start: int) -> Mention | None:
    """A body no alias names, headed by an agency's head (…管理部门, …主管部门, …执法机构) or by 媒体 (报纸、电台、网站等媒体要…,
    各行业主要媒体开设…), at a clause's opening before its modal or act: the clause's subject, of the department its
    domain word names (各区渔业管理部门 → 农业农村部门, 各类媒体 → 宣传部门). A name with no domain word (各级城市防汛主管部门,
    gold 其他) stays unread: reading those as 其他 lowered realstyle_sealed18 (a sentence's own party stops a carry). Only in that
    slot: after a verb the media are a means (利用…等多种媒体…) and a department what is acted on; an enterprise's office
    (运输企业安全生产管理机构) is what is inspected."""
    rules = resources.unit_rules()
    found = rules["headed_body_party"].match(sentence, start)
    if found is None or headed_name_acts(name := found.group("party")) or not acts_after(sentence, found.end("party")):
        return None
    if rules["post_owner_enterprise"].search(name) or domain_word(name) is None:
        return None  # 运输企业安全生产管理机构: an enterprise's office; a name with no work of a department's
    return Mention(found.start("party"), found.end("party"), (body_kind(name),), generic=True)


def whole_level_subject(sentence: str, start: int) -> Mention | None:
    """A whole level named as one (`whole_level_party`: 全县, 全镇上下) at a clause's opening, right before its modal
    (全镇上下要…) or a manner adverb and its act (全县严格执行…): every body of that level (各级各部门). Only in that
    slot: before a noun the level bounds the noun (全县渡口渡船…), and an act with neither modal nor manner states a
    regime in force (全县实行…审批制度), which names no party."""
    found = resources.unit_rules()["whole_level_party"].match(sentence, start)
    if found is None:
        return None
    if not opens_with_modal_or_manner(sentence[found.end("party") :]):
        return None
    return Mention(found.start("party"), found.end("party"), (ALL_BODIES,), generic=True)


def addressed_workplace_groups(sentence: str) -> list[list[Mention]]:
    """A workplace by its kind's head as the object of a demand (`addressee_before`: 要求/督促/责成…) that ends the
    demand's slot (`addressed_slot_end`: 要求各矿：一要…, 督促各加油站，…) or acts after it (督促各矿井要…, 要求景区严格落实…):
    the party the demand addresses. A workplace the demand's act is about (要求各矿区…, 要求加强矿井…) names no party."""
    rules = resources.unit_rules()
    groups = []
    for match in rules["addressee_before"].finditer(sentence):
        found = rules["workplace_party"].match(sentence, match.end())
        if found is None or headed_name_acts(found.group("party")):
            continue
        end = found.end("party")
        if rules["addressed_slot_end"].match(sentence, end) or acts_after(sentence, end):
            groups.append([workplace_mention(found)])
    return groups


def acts_after(sentence: str, end: int) -> bool:
    """A would-be party's modal (`team_modal`) or act follows its name at `end`, after a time (于4月30日前), a place or
    an object at most (`act_adverbial`)."""
    after = past_time(sentence, end)
    return bool(resources.unit_rules()["team_modal"].match(sentence, after) or _adverbial_act().match(sentence, after))


def headed_name_acts(name: str) -> bool:
    """加强应急救援队伍…, 13.加强应急救援队伍: a would-be team's or workplace's name that opens with a verb, or holds a
    verb or a preposition before the word that names the team's work, is a clause's act and its object (the team is
    what is built or trained); one whose last word is a verb (许铭春率队) is a leader's act. The word before the head may be a
    verb (村义务扑火队: 扑火 is the team's work)."""
    words = pos.tagged(name)
    inside = any(acting_word(word, tag) for word, tag, _ in words[:-2])
    return opens_with_verb(name) or inside or (bool(words) and words[-1][1] == "v")


def _ends_in_department_list(sentence: str, group: list[Mention]) -> bool:
    last = group[-1]
    return last.has_suffix and "等" in sentence[last.start : last.end]


def _clause_ends_in_intensity(sentence: str, group: list[Mention]) -> bool:
    rules = resources.unit_rules()
    rest = sentence[group[-1].end :]
    clause = rules["clause_breaks"].split(rest, maxsplit=1)[0]
    return bool(rules["intensify_clause_end"].search(clause))


# --- one list of coordinated mentions --------------------------------------------------------


def names_a_paper(sentence: str, position: int) -> bool:
    """《县安全生产委员会2024年工作要点》已经…审议通过: a body named inside a book title (from its opening 《, not yet
    closed) is part of the paper's name, the work of whoever adopted or sends it, no party of the sentence."""
    opened = sentence.rfind("《", 0, position + 1)
    return opened >= 0 and sentence.find("》", opened, position + 1) < 0


def group_at(sentence: str, position: int, *, addressed: bool) -> list[Mention]:
    """The mentions joined by 、/和/及 that start at `position`, or [] when none counts there.

    `addressed`: an addressee word stands before `position` (要求, 配合, 严禁), so a generic
    enterprise needs no predicate after it to count (配合燃气企业开展…).
    """
    return list(_group_at(sentence, position, addressed))


@lru_cache(maxsize=4096)
def _group_at(sentence: str, position: int, addressed: bool) -> tuple[Mention, ...]:
    """group_at, cached (a pure memo, bounded): addressed_groups and the subject readers try the same
    clause openings (133k asks on the realstyle documents were 56k groups)."""
    rules = resources.unit_rules()
    group = coordinated_mentions(sentence, position, addressed)
    if (
        not group
        or rules["not_a_party_after"].match(sentence[group[-1].end :])
        or labels_a_value(sentence, group[-1].end)
        or reports_past(sentence, group)
        or weighed_the_paper(sentence, group)
        or names_a_contact(sentence, group)
        or frames_another_party(sentence, group)
    ):
        return ()
    if group[-1].leader and len(group) > 1:
        # 各乡镇、街道和各部门领导干部: the leaders are addressed, the places only qualify them
        return (group[-1],)
    return tuple(group)


def coordinated_mentions(sentence: str, position: int, addressed: bool) -> list[Mention]:
    """The mentions coordinated from `position` on (县住建局、县市场监管局和各镇), each read by the vocabulary,
    without asking whether their position makes them a party (group_at asks that)."""
    rules = resources.unit_rules()
    group: list[Mention] = []
    while (
        mention := levels_sharing_head(sentence, position)
        or mention_at(sentence, position)
        or department_list_item(sentence, position)
        or (listed_member_at(sentence, position) if group else None)
    ) is not None:
        mention = with_workplace_kind(sentence, committee_sharing_level(sentence, mention))
        note = rules["person_in_charge_note"].match(sentence, mention.end)
        if note:
            # 总务处（责任人：副处长 王某）于9月1日前完成…: the predicate follows the note on who answers for it
            mention = replace(mention, end=note.end(), name_end=mention.end)
        gloss = rules["mention_gloss"].match(sentence, mention.end)
        if gloss and (
            word_at("separators", sentence, gloss.end()) is not None
            or rules["department_suffix"].match(sentence, gloss.end())
        ):
            # 派出所（交通中队）、消防站等部门: a bracketed gloss inside a list belongs to its item
            mention = replace(mention, end=gloss.end(), canonicals=with_gloss_levels(mention.canonicals, gloss))
        if sentence[mention.end - 1 : mention.end] in "）)":
            level = rules["level_after_gloss"].match(sentence, mention.end)
            if level:
                mention = replace(mention, end=level.end())  # 各县（市）区、开发区: the gloss's name goes on
        group.append(mention)
        separator = word_at("separators", sentence, mention.end)
        if separator is None and sentence.startswith("各", mention.start) and sentence.startswith("各", mention.end):
            separator = ""  # 各镇各部门: parties side by side, each with its quantifier (县防指各成员单位 is one)
        if separator is None and government_beside_committee(sentence, mention):
            separator = ""  # 区委区政府, 县委县政府: the committee and the government of one level
        if separator is None:
            break
        position = mention.end + len(separator)
        if (
            mention_at(sentence, position) is None
            and department_list_item(sentence, position) is None
            and listed_member_at(sentence, position) is None
        ):
            break
    return drop_unclosed_mentions(sentence, group, addressed)


def with_workplace_kind(sentence: str, mention: Mention) -> Mention:
    """A party read by a pattern or a list's fallback (各加油站 in 各区县旅游局、各加油站要…: a list member no word of
    the vocabulary reads, 其他) whose whole name is a workplace named by its kind (`workplace_party`) takes the
    canonical the kind's group gives (企业 for a business, a site or a works), as the kind does alone in the party slot.
    An alias table entry keeps its reading: the gold splits on 各养老机构 (alias 其他; 企业 in four read gold, a score-only
    set's figures fell when the table's reading won), and a school's or a hospital's reading is 其他 either way. A
    leader or a post (各站长) is no workplace."""
    if mention.leader or not mention.generic:
        return mention
    found = resources.unit_rules()["workplace_party"].fullmatch(sentence, mention.start, mention.end)
    if found is None:
        return mention
    return replace(mention, canonicals=(workplace_kind(found),))


def listed_member_at(sentence: str, position: int) -> Mention | None:
    """After a list's separator, an item no word of the vocabulary reads (淝东经开区, 县武装部民兵应急分队,
    岙湾海事处: a place's name before the body's head) is the list's next party when its head names a kind
    (`item_by_head`) and it ends where a member ends: at the next separator, at the list's closing 等, or before the
    list's predicate (配合, 负责). The parties beside it make it a party; its head says which kind. Without it the
    list broke there, and its earlier members lost the predicate that made them parties (庐塘镇、…负责).
    A member must end at one of those places: an object after the list (检查…) is no member. A name between two
    parties (…、澳峰海警工作站、县公安局) is one whatever its head: a body outside the list (其他) where no head
    names its kind."""
    rules = resources.unit_rules()
    item_break = rules["list_item_break"].search(sentence, position)
    limit = item_break.start() if item_break else len(sentence)
    separator = word_at("separators", sentence, limit)
    if separator is not None and mention_at(sentence, limit + len(separator)) is not None:
        item = sentence[position:limit]
        if rules["list_item_name"].fullmatch(item) and not opens_with_verb(item):
            return Mention(position, limit, member_kind(item) or (OTHERS,), generic=True)
    for end in range(limit, position + 1, -1):
        rest = sentence[end:]
        closes = word_at("separators", sentence, end) is not None or rest.startswith("等") or predicate_follows(rest)
        if closes and (canonicals := member_kind(sentence[position:end])) is not None:
            return Mention(position, end, canonicals, generic=True)
    return None


def member_kind(item: str) -> tuple[str, ...] | None:
    """The kind a list member's head names (`item_by_head`), but not where its longest word of the vocabulary is a
    two-character ordinary word for a department's field (湘禾建设, 某某交通: a firm's trade name ends in its trade;
    unit_aliases.tsv `strict`); a body's noun (经开区, 海事处) is longer."""
    aliases = resources.unit_aliases()
    head = next((item[start:] for start in range(1, len(item) - 1) if item[start:] in aliases), "")
    if len(head) == 2 and aliases[head][1]:
        return None
    return item_by_head(item)


def with_gloss_levels(canonicals: tuple[str, ...], gloss: re.Match) -> tuple[str, ...]:
    """The item's canonicals and those of the levels its gloss lists (各乡镇（街道、开发区）: the development zones
    are a party of their own kind beside the towns and streets); a level no alias reads alone (区, 市) adds none."""
    levels = gloss.group("levels")
    if not levels:
        return canonicals
    found = [mention.canonicals for level in levels.split("、") if (mention := mention_at(level, 0)) is not None]
    return tuple(dict.fromkeys(canonicals + tuple(c for group in found for c in group)))


def committee_sharing_level(sentence: str, mention: Mention) -> Mention:
    """A level's party committee listed with that level's government or joint office, the level
    named once: 各镇党委、政府 is the townships (the level prefix distributes over 政府, and a
    township's committee and government together are the township, 乡镇街道); 区委区政府督查室 is the
    office both share, the government's (a committee beside a bare government, 县委县政府, stays two)."""
    if mention.canonicals != (PARTY_COMMITTEE,):
        return mention
    level = sentence[mention.start : mention.end].removesuffix("党委")
    shared = resources.unit_rules()["committee_shared_government"].match(sentence, mention.end)
    if shared and level and not level.endswith(("委", "党")):
        government = mention_at(level + shared.group("government"), 0)
        if government is not None and government.canonicals == (TOWNSHIPS,):
            # 各镇党委、政府主要负责同志: their leaders, as for any party
            return with_leader_word(sentence, Mention(mention.start, shared.end(), (TOWNSHIPS,)))
    following = mention_at(sentence, mention.end)
    if (
        following is not None
        and following.canonicals == (GOVERNMENT,)
        and resources.unit_rules()["joint_office"].search(sentence, following.start, following.end)
    ):
        return replace(following, start=mention.start)
    return mention


def government_follows(sentence: str, end: int) -> bool:
    """A level's government is the party named right at `end` (区委|区政府, 镇党委|镇政府)."""
    following = mention_at(sentence, end)
    return following is not None and following.canonicals == (GOVERNMENT,)


def government_beside_committee(sentence: str, mention: Mention) -> bool:
    """区委区政府: a party committee with its level's government right after it, two parties."""
    return mention.canonicals == (PARTY_COMMITTEE,) and government_follows(sentence, mention.end)


def levels_sharing_head(sentence: str, position: int) -> Mention | None:
    """各县（市）区、开发区安委会: a bare level with no body of its own, listed before a member whose
    head noun (安委会, 政府, 党委) it shares; one mention over both, with the head's canonical."""
    rules = resources.unit_rules()
    for level_end in reversed(prefix_ends(sentence, position)[1:]):
        separator = word_at("separators", sentence, level_end)
        if separator is None:
            continue
        member = mention_at(sentence, level_end + len(separator))
        if member is not None and rules["shared_head"].search(sentence, member.start, member.end):
            return replace(member, start=position)
    return None


def department_list_item(sentence: str, position: int) -> Mention | None:
    """An item no alias names of a list of sector names that 等部门 closes (会同边检、公安、市场等部门,
    请海事、执法等部门): a department all the same, of the domain word its short name opens or closes
    (市场 → 市场监管, 执法 → 综合执法) where those words agree on one, else 其他."""
    found = resources.unit_rules()["department_list_item"].match(sentence, position)
    if not found:
        return None
    mention = Mention(position, found.end(), (short_name_kind(found.group("item")),), generic=True)
    return with_suffix(sentence, mention)


def drop_unclosed_mentions(sentence: str, group: list[Mention], addressed: bool) -> list[Mention]:
    """An abbreviation (交通, 教育, 应急) or a generic enterprise (…企业 opening a clause) names a
    party only when something marks it as one: a department word, a predicate (要, 牵头), a list
    that a full name opens, the quantifier 各 (各村（社区）, 各景区), or an organisation's act after its
    name (`acts_next`: 城管中队负责…, 后勤服务中心每周…检查)."""
    rules = resources.unit_rules()
    if group and not group[0].strict and not group[0].generic:
        return group
    while group:
        last = group[-1]
        marked = (
            last.has_suffix
            # a note names its person in charge: only a party has one (报送保卫处（联系人：…）: a verb and its object)
            or (last.name_end is not None and not opens_with_verb(sentence[last.name]))
            or predicate_follows(sentence[after_officer_post(sentence, last.end) :])
            or (last.generic and bool(rules["modal_in_clause"].match(sentence, last.end)))
            or ((last.strict or last.generic) and bool(rules["party_quantifier"].match(sentence, last.start)))
            or (last.generic and last.canonicals != (ENTERPRISES,) and acts_next(sentence, last))
            or (
                # 6月底前，县港航发展中心完成…; not a place name (3月15日前，修订镇…: a verb before 镇)
                last.generic
                and last.canonicals not in ((TOWNSHIPS,), (GOVERNMENT,))
                and bool(rules["time_lead_before"].search(sentence[: group[0].start]))
            )
        )
        if marked and premises_alone(sentence, group):
            marked = False  # 零售网点一律不得…: the place the rule holds in, no addressee
        if marked or (not last.strict and (not last.generic or addressed)):
            return group
        group = group[:-1]
    return group


def after_officer_post(sentence: str, end: int) -> int:
    """Where the post of an officer serving the body that ends at `end` ends (劳工处职业安全主任会…: `officer_post`),
    else `end`: the officer acts for the body, so a predicate after the post marks the body as a party."""
    post = resources.unit_rules()["officer_post"].match(sentence, end)
    return post.end() if post else end


def premises_alone(sentence: str, group: list[Mention]) -> bool:
    """A kind of enterprise named by its premises alone (`premises_head`: 零售网点, 客运站), with no quantifier and no
    other party beside it: before its predicate it is the place the rule holds in (零售网点一律不得…), no addressee.
    Asked by a request verb (要求该网点…), counted by 各 (各车站要…) or listed with parties, it names its business."""
    rules = resources.unit_rules()
    only = group[0]
    return (
        len(group) == 1
        and bool(rules["premises_head"].search(sentence, only.start, only.end))
        and not rules["party_quantifier"].match(sentence, only.start)
    )


def acts_next(sentence: str, mention: Mention) -> bool:
    """A body named at a clause's opening by an organisation's head noun (`organisation_head`) whose act
    (task_cues.toml action_verbs) follows its name, after a time, a place or an object at most (`act_adverbial`:
    县燃气专班组织…, 后勤服务中心每周对…开展检查, 校医院在运动会期间设置…) is the clause's subject; a name that opens
    with a verb (发现一处整治一处) is no body's."""
    name = sentence[mention.start : mention.end]
    if not resources.unit_rules()["organisation_head"].search(name) or opens_with_verb(name):
        return False
    timed = _subject_time().match(sentence[mention.end :])
    return bool(_adverbial_act().match(sentence, mention.end + (timed.end() if timed else 0)))


@cache
def _adverbial_act() -> re.Pattern:
    """An act after an optional `act_adverbial`, in one pattern: the adverbial's object runs as far as the act."""
    return re.compile(f"(?:{resources.unit_rules()['act_adverbial'].pattern})?(?:{action_verb_pattern().pattern})")


def weighed_the_paper(sentence: str, group: list[Mention]) -> bool:
    """经公司安全生产委员会研究，现就有关事项通知如下: the body whose meeting weighed the paper frames it and does
    none of its work (units71). Only after 经: a body that studies and then acts (县应急局研究制定…) stays a party."""
    return sentence[: group[0].start].endswith("经") and bool(
        resources.unit_rules()["weighed_after"].match(sentence[group[-1].end :])
    )


def names_a_contact(sentence: str, group: list[Mention]) -> bool:
    """联系人：县应急管理局王某: the body on a contact's line is whom to call, no party (units73)."""
    return bool(resources.unit_rules()["contact_label"].search(sentence[: group[0].start]))


def frames_another_party(sentence: str, group: list[Mention]) -> bool:
    """市渔业局有关负责人表示，各渔业乡镇要…: the spokesman's body frames a report whose clause opens with another
    party (units73); with no party there (…表示，下一步将推动…) the body announces its own work. A body speaking
    itself frames the report the same way when the report opens with another party that acts (消防处强调，承办商
    必须…: units143) or asks another party (`reports_a_request`)."""
    rules = resources.unit_rules()
    frame = rules["spokesman_frame"].match(sentence, group[-1].end)
    if frame is not None:
        return mention_at(sentence, frame.end()) is not None
    speech = rules["speech_frame"].match(sentence, group[-1].end)
    if speech is not None and group_at(sentence, speech.end(), addressed=False):
        return True
    return reports_a_request(sentence, group[-1].end)


def reports_a_request(sentence: str, end: int) -> bool:
    """市府表示，…，由经发局负责…; 县政府指出，…已责成相关单位…: the body ending at `end` speaks (`speech_frame`) of a
    request or an assignment to a party named in its report (`report_request`), so the body frames the report
    and the party asked is the one addressed (units128). A speech that announces the body's own coming work
    (表示，将…, 表示，会要求…: `predicate_after`) keeps the body as the party."""
    rules = resources.unit_rules()
    frame = rules["speech_frame"].match(sentence, end)
    if frame is None or rules["predicate_after"].match(sentence[end:]):
        return False
    return any(
        mention_at(sentence, request.end()) is not None
        for request in rules["report_request"].finditer(sentence, frame.end())
    )


def reports_past(sentence: str, group: list[Mention]) -> bool:
    """乡镇、街道和部门统一向县政府递交了责任状: a report of what was done, not a directive — unless
    the sentence goes on with the body's continuing work (劳工处已加强执法，并会…) or a future before the 了 announces
    it (县应急局将牵头开展了五项活动：, `future_before_past`)."""
    rules = resources.unit_rules()
    rest = sentence[group[-1].end :]
    clause = rules["clause_breaks"].split(rest, maxsplit=1)[0]
    if not rules["past_tense"].search(clause) or rules["future_before_past"].search(clause):
        return False
    return not rules["continues_after_past"].search(rest, len(clause))


def labels_a_value(sentence: str, end: int) -> bool:
    """`责任单位：县住建局`, `联系人：王某`: the words before the colon at `end` label the value after it.
    `县应急管理局：负责…`, `市住建局：牵头开展…`, `县市场监管局：加强…抽查` divide duties instead: the body is
    the party of what follows — a predicate, or a clause with an act that opens with no party's name."""
    colon = resources.unit_rules()["label_colon"].match(sentence, end)
    return colon is not None and not duties_follow(sentence, colon.end())


def duty_label_units(sentence: str) -> list[Unit]:
    """`市住建局：牵头开展…；推进…`: the parties a line of a division of duties (职责分工) opens with,
    before its colon, or the post or team a paragraph's duties fall to (`duty_holder_units`); [] for a line
    that opens otherwise (a label and its value included)."""
    colon = "：" in sentence or ":" in sentence
    if not colon and not sentence.rstrip().endswith("。"):
        return []  # most lines label no party: no mention lookup
    start = skip_lead_words(sentence, 0)
    group = group_at(sentence, start, addressed=True) if colon else None
    if group and resources.unit_rules()["label_colon"].match(sentence, group[-1].end):
        return find_units(sentence[start : group[-1].end], listed=True)
    return duty_holder_units(sentence.rstrip(), start)


def duty_holder_units(sentence: str, start: int) -> list[Unit]:
    """`（一）行政责任人。`, `（二）抢险救援组：组长由…担任`: a post or a team whose duties the paragraph sets
    out (`duty_holder_label`), 其他 where no alias reads it."""
    found = resources.unit_rules()["duty_holder_label"].match(sentence, start)
    if found is None:
        return []
    holder = found.group("party")
    return find_units(holder, listed=True) or [Unit(holder, OTHERS, "responsible")]


def subjectless_role(sentence: str) -> str | None:
    """The role a sentence with no party of its own gives the party it stands under by its opening
    verb (`牵头开展…溯源调查` → lead, `配合做好…` → cooperating), or None."""
    rules = resources.unit_rules()
    opening = sentence[skip_lead_words(sentence, 0) :]
    if rules["lead_after"].match(opening):
        return "lead"
    if rules["cooperating_after"].match(opening):
        return "cooperating"
    return None


def opens_with_partner(sentence: str) -> bool:
    """`会同有关部门规范…`, `并联合公安部门开展…`: the sentence names only a partner; its subject, left
    unsaid, is the party the sentence stands under."""
    return bool(resources.unit_rules()["partner_opening"].match(sentence, skip_lead_words(sentence, 0)))


def names_only_partners(sentence: str, units: list[Unit]) -> bool:
    """`加密巡查，会同有关部门抽查…`: every party the sentence names is a partner after 会同/协同/联合
    (`partner_opening`), so, as when the sentence opens with one, the party acting with them is the one
    the sentence stands under (`县公安局会同县交通局…` names its actor)."""
    partners = {
        sentence[mention.name]
        for found in resources.unit_rules()["partner_opening"].finditer(sentence)
        for mention in group_at(sentence, found.end(), addressed=True)
    }
    return bool(units) and all(unit.mention in partners for unit in units)


def duties_follow(sentence: str, start: int) -> bool:
    """The text at `start` is a party's duty: a predicate (负责…, 牵头…), or a clause holding an act
    (task_cues.toml action_verbs: 加强…抽查, 对…开展排查) that does not open with a unit's name."""
    if predicate_follows(sentence[start:]):
        return True
    if mention_at(sentence, start) is not None:
        return False
    clause_end = resources.unit_rules()["clause_breaks"].search(sentence, start)
    return bool(action_verb_pattern().search(sentence, start, clause_end.start() if clause_end else len(sentence)))


@cache
def action_verbs() -> tuple[str, ...]:
    """task_cues.toml action_verbs, each once, longest first (then by word, so that every process
    builds the same pattern text): what makes a clause concrete (tasks.py reads them through here,
    as it imports this module)."""
    return tuple(
        sorted(set(resources.read_rules("extract/task_cues.toml")["action_verbs"]), key=lambda verb: (-len(verb), verb))
    )


@cache
def action_verb_pattern() -> re.Pattern:
    """`action_verbs` as one pattern, found anywhere in a clause."""
    return re.compile("|".join(f"(?:{verb})" for verb in action_verbs()))


@cache
def _word_list_pattern(key: str) -> re.Pattern:
    """A word list of unit_rules.toml as one alternation in the list's order: one match call finds
    the first listed word at a position, instead of one startswith per word."""
    return re.compile("|".join(map(re.escape, resources.unit_rules()[key])))


def word_at(key: str, sentence: str, position: int) -> str | None:
    """The first word of the list `key` that `sentence` has at `position`, or None."""
    found = _word_list_pattern(key).match(sentence, position)
    return found.group() if found else None


@cache
def _alias_index() -> dict[str, tuple[int, ...]]:
    """First character -> the lengths of the aliases that start with it, longest first: most
    positions of a sentence start no alias and are rejected with one dict lookup."""
    index: dict[str, set[int]] = {}
    for alias in resources.unit_aliases().keys() | resources.unit_level_variants().keys():
        index.setdefault(alias[0], set()).add(len(alias))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in index.items()}


@cache
def _place_name_end() -> re.Pattern:
    return re.compile("[省市州县区镇乡旗盟]")


@cache
def _prefix_index() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The level prefixes, and first character -> the lengths of the prefixes that start with it."""
    prefixes = frozenset(resources.unit_rules()["prefixes"])
    index: dict[str, set[int]] = {}
    for prefix in prefixes:
        index.setdefault(prefix[0], set()).add(len(prefix))
    return prefixes, {first: tuple(sorted(lengths)) for first, lengths in index.items()}


@lru_cache(maxsize=4096)
def mention_at(sentence: str, position: int) -> Mention | None:
    """The longest unit mention starting at `position` (cached: the group scans ask twice)."""
    best: Mention | None = None
    longest_alias: Mention | None = None
    for core_start in prefix_ends(sentence, position):
        if (
            core_start > position
            and sentence.startswith("各", position)
            and sentence.startswith("各", core_start)
            and not resources.unit_rules()["every_level"].match(sentence, position, core_start + 1)
        ):
            continue  # 各镇各部门: the quantifier twice is two parties side by side, not one (各级各单位 is one)
        alias = alias_at(sentence, position, core_start)
        generic = generic_at(sentence, position, core_start)
        if not reads_past_locality(sentence[position:core_start], (alias, generic)):
            continue
        if alias and (longest_alias is None or alias.end > longest_alias.end):
            longest_alias = alias
        for candidate in (alias, generic):
            # an alias table entry beats a pattern of the same length (县供电公司 is 电力企业), and a department
            # named by its work the plural body of the same length (各地教育行政部门 is 教育部门, not 有关部门)
            if candidate and (best is None or reading_rank(candidate) > reading_rank(best)):
                best = candidate
    if (
        best is not None
        and best.generic
        and longest_alias
        and not longest_alias.strict  # 各建设、监理、施工单位: an abbreviation opening a list of businesses is one of them
        and word_at("separators", sentence, longest_alias.end) in ("、", "和", "及")
    ):
        best = longest_alias  # 县供电公司、县通信运营企业: a list that opens with a named unit is two units
    if best is not None and best.generic and opens_with_manner_act(sentence[position : best.end]):
        best = longest_alias  # 积极推进煤炭企业, 大力推行县: an act done in some manner and its object, no body's name
    if best is not None and best.generic and best.canonicals == (ENTERPRISES,):
        best = enterprise_named_by_alias(sentence, best)
    if best is not None:
        best = within_government(sentence, within_party_committee(sentence, township_government(sentence, best)))
        best = with_sub_unit(sentence, every_level_body(sentence, best))
    return with_leader_word(sentence, with_suffix(sentence, best)) if best else None


# Parents whose own sections are no department's: a firm's, a hospital's or a school's 科 and 处 stay 其他 or 企业
# (units98, convention 10), and a quantified or unnamed party (有关部门, 各级各部门, 发文机关) has no one section.
# A government's, a township's or a party committee's offices are named by the alias table where they are departments (县政府办公室,
# 镇应急管理办公室) and read as the body itself in an issuing line; the golds split on their 督查室 (政府 or 其他).
NO_SECTION_PARENT = frozenset(
    {
        OTHERS,
        ENTERPRISES,
        "电力企业",
        LEADERS,
        ALL_BODIES,
        SOME_DEPARTMENTS,
        ISSUER,
        GOVERNMENT,
        PARTY_COMMITTEE,
        TOWNSHIPS,
    }
)


def with_sub_unit(sentence: str, mention: Mention) -> Mention:
    """县应急局执法大队, 市住建局质量安全监督站: a section or squad named right after the department it belongs to
    (`sub_unit`) is one mention, headed by the section and of the parent's department (the golds' reading); read
    apart, the section was dropped or, named by another department's word (县交通运输局综合行政执法大队), became a
    second party of that department."""
    if len(mention.canonicals) != 1 or mention.canonicals[0] in NO_SECTION_PARENT:
        return mention
    end = mention.end
    # 执法支队二大队: a squad's own squad, one section after another
    while (
        (found := resources.unit_rules()["sub_unit"].match(sentence, end))
        and head_ends_a_word(sentence, mention.start, found.end())
        and not verb_inside(found.group())  # 交警支队全年查处, 消防局呼吁各场所: an act and its object
    ):
        end = found.end()
    return mention if end == mention.end else replace(mention, end=end, section_start=mention.end)


def every_level_body(sentence: str, mention: Mention) -> Mention:
    """各级各相关部门, 各级各有关单位: bodies in general counted at every level (`every_level`) are everyone
    (各级各部门), not some departments; a named kind after the quantifiers (各级各类企业) keeps its kind."""
    if mention.canonicals == (SOME_DEPARTMENTS,) and resources.unit_rules()["every_level"].match(
        sentence, mention.start
    ):
        return replace(mention, canonicals=(ALL_BODIES,))
    return mention


def reading_rank(mention: Mention) -> tuple[int, bool, bool]:
    """How a reading of a mention ranks against another from the same place: the longer, then an alias table
    entry over a pattern, then a named kind over 有关部门 (unspecified departments)."""
    return mention.end, not mention.generic, mention.canonicals != (SOME_DEPARTMENTS,)


def reads_past_locality(prefix: str, candidates: tuple[Mention | None, ...]) -> bool:
    """Whether a mention may start after `prefix`: always, unless the prefix holds 各地 (every locality, an
    addressee of its own: 各级各部门). Then only a functional department follows as its core (各地应急管理部门,
    全省各地公安机关: each locality's department, by the department's canonical); before a government, a party
    committee or a kind of business the localities stay the party (taking those too lowered realstyle_sealed).
    Counted levels (市、县两级) are read past except before a government or a party committee."""
    if resources.unit_rules()["counted_levels"].search(prefix):
        # 县、乡两级政府: the level pair names each level's government itself (level_pair_canonicals)
        return not any(
            candidate and {GOVERNMENT, PARTY_COMMITTEE} & set(candidate.canonicals) for candidate in candidates
        )
    if not resources.unit_rules()["locality_prefix"].search(prefix):
        return True
    found = [candidate for candidate in candidates if candidate is not None]
    return bool(found) and all(map(names_departments, found))


def names_departments(mention: Mention) -> bool:
    """A functional department's canonical (应急管理部门, 公安机关, 消防救援机构), not 有关部门."""
    return all(name.endswith(("部门", "机关", "机构")) and name != SOME_DEPARTMENTS for name in mention.canonicals)


def enterprise_named_by_alias(sentence: str, mention: Mention) -> Mention:
    """国网临江供电公司 is the 电力企业 its name ends in; in a list that it opens
    (国网临江供电公司、各通信运营企业) it is a party of its own, and the list goes on after it."""
    comma = sentence.find("、", mention.start, mention.end)
    first_end = comma if comma >= 0 else mention.end
    for start in range(mention.start + 1, first_end - 1):
        alias = alias_at(sentence, start, start)
        if (
            alias is not None
            and alias.end == first_end
            and not alias.strict  # 各交通运输、建筑施工企业: an abbreviation qualifies the enterprises
            and alias.canonicals != (ENTERPRISES,)
            # 市政工程责任单位: a word for bodies in general (责任单位) names no body the kind is
            and alias.canonicals not in ((ALL_BODIES,), (SOME_DEPARTMENTS,))
        ):
            return Mention(mention.start, first_end, alias.canonicals)
    return mention


def township_government(sentence: str, mention: Mention) -> Mention:
    """石门镇人民政府: the government of a named township is the township, not a 政府."""
    if mention.canonicals == (GOVERNMENT,) and resources.unit_rules()["township_government"].search(
        sentence, mention.start, mention.end
    ):
        return replace(mention, canonicals=(TOWNSHIPS,))
    return mention


def within_party_committee(sentence: str, mention: Mention) -> Mention:
    """县委组织部, 市委编办: a department of the party committee is that department, not 党委
    (a government after it, as in 县委政府, is no department of it)."""
    if mention.canonicals != (PARTY_COMMITTEE,):
        return mention
    department = alias_at(sentence, mention.end, mention.end)
    if department is None or {PARTY_COMMITTEE, GOVERNMENT} & set(department.canonicals):
        return mention
    if government_follows(sentence, mention.end):
        return mention  # 镇党委镇政府: 镇 opens the township's government, no department of the committee
    return replace(department, start=mention.start)


def within_government(sentence: str, mention: Mention) -> Mention:
    """临江市政府劳工局, 县政府消防局: a bureau named after its government is that bureau (of its own
    department, or 其他), not the government, as 县委组织部 is no party committee; the bureau's name
    ends in a body's head (`government_department`), so 县政府各部门, 县政府部署 keep the government."""
    if mention.canonicals != (GOVERNMENT,):
        return mention
    department = mention_at(sentence, mention.end)
    if (
        department is None
        or {PARTY_COMMITTEE, GOVERNMENT} & set(department.canonicals)
        or not resources.unit_rules()["government_department"].search(sentence, department.start, department.end)
    ):
        return mention
    return replace(department, start=mention.start)


@lru_cache(maxsize=4096)
def prefix_ends(sentence: str, position: int) -> tuple[int, ...]:
    """Where a core may start after up to two prefixes (各级, 市, 东湖区, 各县（市、区）…). Cached (a
    pure memo, bounded): mention_at and levels_sharing_head ask for the same positions."""
    ends = [position]
    frontier = [position]
    for _ in range(2):
        reached = [end for start in frontier for end in prefix_steps(sentence, start)]
        if not reached:  # most positions open no prefix
            break
        frontier = [end for end in dict.fromkeys(reached) if end not in ends]
        ends += frontier
    return tuple(ends)


def prefix_steps(sentence: str, start: int) -> list[int]:
    """Where one level prefix or place name that starts at `start` ends."""
    prefixes, prefix_index = _prefix_index()
    place_end = _place_name_end()
    lengths = prefix_index.get(sentence[start : start + 1])
    steps = [start + size for size in lengths if sentence[start : start + size] in prefixes] if lengths else []
    # 属地镇（街道）安委会: a level's bracketed gloss belongs to its prefix
    steps += [gloss.end() for step in steps if (gloss := resources.unit_rules()["level_gloss"].match(sentence, step))]
    if lengths:  # every level list opens with a prefix (各, 县): 各县、区, 市、县, 各县〔市、区〕
        levels = resources.unit_rules()["level_list"].match(sentence, start)
        if levels:
            steps.append(levels.end())
            # 各市、县（区）教育局: the list's last level glossed as a single level's is (县（区）)
            if gloss := resources.unit_rules()["level_gloss"].match(sentence, levels.end()):
                steps.append(gloss.end())
        counted = resources.unit_rules()["counted_levels"].match(sentence, start)
        if counted:  # 市、县两级住建部门
            steps.append(counted.end())
    steps += station_place_steps(sentence, start)
    steps += locative_steps(sentence, start)
    if place_end.search(sentence, start + 1, start + 5):  # most positions end no place name soon
        place_name = resources.unit_rules()["place_name"]
        steps += [
            start + size
            for size in range(2, 6)
            if place_end.match(sentence, start + size - 1)
            and place_name.fullmatch(sentence, start, start + size)
            and not opens_with_verb(sentence[start : start + size])
            and not acts_inside(sentence[start : start + size])
        ]
    return steps


def locative_steps(sentence: str, start: int) -> list[int]:
    """沿江各乡镇, 东溪沿线各区县文旅局, 青石闸以下河段乡镇（街道）: where a locative attribute (along a coast, a river
    or a line, on a stretch of a river: `locative_prefix`) ends; it narrows the bodies after it as a level prefix does.
    A name before it that opens with a verb is the clause's act and its object (加强沿河乡镇…), no attribute."""
    found = resources.unit_rules()["locative_prefix"].match(sentence, start)
    if found is None or (found.group("name") and opens_with_verb(found.group("name"))):
        return []
    return [found.end()]


def station_place_steps(sentence: str, start: int) -> list[int]:
    """城关派出所, 城北市场监管所, 东港海事处: where the name of the place a grassroots station or a branch office serves
    ends, when no level word names it (`station_place_name`): the station's alias follows (`station_alias`), and
    the tagger reads the name as one place word or as a run no dictionary holds (联系派出所 is an act and its
    object). A partner's verb is never the place (街道会同派出所: the street office and, in its partner slot, the
    station). In a partner's slot or a list of parties (会同槐安派出所、…) any name but an act's is the place's."""
    rules = resources.unit_rules()
    steps = []
    for end in (start + 2, start + 3):
        station = alias_at(sentence, end, end)
        if (
            station is not None
            and rules["station_alias"].search(sentence, end, station.end)
            and rules["station_place_name"].match(sentence[start:end])
            # 街道会同派出所: a partner's verb before the station opens its slot; the tagger reads 会同 as a county
            and not rules["partner_slot_before"].search(sentence, start, end)
            and (
                is_place_word(sentence[start:end])
                or (listed_partner(sentence, start, station.end) and not opens_with_verb(sentence[start:end]))
            )
        ):
            steps.append(end)
    return steps


def in_partner_slot(sentence: str, start: int, end: int) -> bool:
    """The name at start:end stands right after a partner's verb (会同, 联合, 配合…) or right before the role verb
    that closes a list of partners (…配合): a slot only a party fills (`partner_slot_before`, `partner_slot_after`)."""
    rules = resources.unit_rules()
    return bool(
        rules["partner_slot_before"].search(sentence, max(0, start - 2), start)
        or rules["partner_slot_after"].match(sentence[end : end + 2])
    )


def listed_partner(sentence: str, start: int, end: int) -> bool:
    """A partner's slot, or a member of a list of parties (a 、 on either side: 会同派出所、青石派出所)."""
    return (
        in_partner_slot(sentence, start, end) or sentence[start - 1 : start] == "、" or sentence.startswith("、", end)
    )


@lru_cache(maxsize=4096)
def is_place_word(name: str) -> bool:
    """The tagger reads `name` as one word that is a place (ns, s), or as a run no dictionary holds."""
    words = pos.tagged(name)
    if len(words) != 1:
        return False
    word, tag, _ = words[0]
    return bool(resources.unit_rules()["station_place_tags"].match(tag)) or pos.lexicon().entry(word) is None


def is_proper_place_name(name: str) -> bool:
    """A place's own name with its level (青山县, 城关镇): a place word of two characters or more before one level
    character; a determiner before the level (各乡镇, 全县, 本县) names no place of its own."""
    return len(name) > 2 and bool(_place_name_end().fullmatch(name[-1])) and is_place_word(name[:-1])


@lru_cache(maxsize=4096)
def opens_with_verb(name: str) -> bool:
    """起草县安委会…, 完成乡镇（街道）…: a would-be place name whose first word jieba's tagger calls a
    verb is the sentence's act and its object, not a place (临江县, 兴隆镇 open with a place word;
    建设镇 with a verbal noun, vn, and stays a place)."""
    first = pos.tagged(name)[:1]
    return bool(first) and first[0][1] == "v" and len(first[0][0]) > 1


@lru_cache(maxsize=4096)
def opens_with_manner_act(name: str) -> bool:
    """积极推进煤炭企业, 大力推行县、乡…: a would-be name a pattern read (…企业, …县) that opens with an adverb of
    manner (task_cues.toml `adverbs`: 积极, 大力, 进一步) and then a verb is the sentence's act and its object; a
    body's name never opens with how something is done (重点企业: 重点 before a noun stays a name)."""
    manner = _manner_adverbs().match(name)
    return manner is not None and opens_with_verb(name[manner.end() :])


@cache
def _manner_adverbs() -> re.Pattern:
    """task_cues.toml `adverbs`, the adverbs a task's act may open with (tasks.py reads the same key)."""
    return re.compile(resources.read_rules("extract/task_cues.toml")["adverbs"])


def acting_word(word: str, tag: str) -> bool:
    """A preposition or a verb of two characters: a clause's coverb or act, no word of a body's name."""
    return tag == "p" or (tag == "v" and len(word) > 1)


@lru_cache(maxsize=4096)
def verb_inside(name: str) -> bool:
    """Whether the cut of `name` holds an act rather than a section's name: a verb or a preposition that is the last
    word (全年|查处) or stands before more than the head noun (呼吁|各|场所); a verb right before the head names the
    section's work (执法|大队, 综合|行政|执法|大队)."""
    words = pos.tagged(name)
    return any(acting_word(word, tag) and index != len(words) - 2 for index, (word, tag, _) in enumerate(words))


def names_its_work(work: str | None) -> bool:
    """Whether the words before a station's head name its work: full words (质量|安全, 工程质量); a word of one
    character (名单|报) is a clause's verb or object run into the name. No work named (各责任科室) passes."""
    return work is None or all(len(word) > 1 for word, _, _ in pos.tagged(work))


@lru_cache(maxsize=4096)
def acts_inside(name: str) -> bool:
    """记者从市…获悉, 须取得市…审批: a would-be place name whose cut holds, after its first word, a preposition or a
    verb of two characters is a clause's subject, modal or act running into the level word (从|市, 取得|市), not a
    place; a place's name is one word or words of places and qualities (临江县, 将乐县: 将|乐)."""
    return any(acting_word(word, tag) for word, tag, _ in pos.tagged(name)[1:])


@lru_cache(maxsize=4096)
def head_ends_a_word(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]`, found by the shape of its head (a body's 局 or 队, an enterprise's 企业),
    ends where jieba's cut ends a word: a head that opens or sits inside a dictionary noun running past the name
    (…工作局|部: 局部; 组织外协队|伍: 队伍; 广大企业|家: 企业家) is a piece of a longer word, and the name no party's.
    A noun that ends in a post of the body (`post_of_body`: 车间主任, 站长) names the body's person: the body stands.
    A run the tagger's model cuts is no dictionary word and no evidence (署方|会)."""
    if not word_may_cross_end(text, start, end):
        return True
    for word, tag, word_end in pos.tagged(text[start : end + 2]):
        if word_end == end - start:
            return True
        if word_end > end - start:
            post = resources.unit_rules()["post_of_body"].search(word)
            return not (tag.startswith("n") and pos.lexicon().entry(word) is not None and post is None)
    return True


def word_may_cross_end(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word may run from inside the name `text[start:end]` past its end, the only cut that
    makes `head_ends_a_word` False (speed93). The name's last character, when the tagger segments it, lies in a
    word; that word ends at the name's end or runs past it, and a dictionary word that runs past begins with the
    name's characters from its own start up to the one after the name: when no dictionary word begins with any
    such piece (局牵, 管理局牵 …: the lexicon's prefix search, memoized), no word crosses and the cut is not
    needed. A name that ends in a character the tagger skips (a bracket) is not gated."""
    if end >= len(text) or not pos.SEGMENTED_RUN.fullmatch(text[end - 1]):
        return True
    return any(pos.prefix_frequency(text[opening : end + 1]) is not None for opening in range(start, end))


def opens_a_word(text: str) -> bool:
    """Whether jieba cuts a dictionary word of two characters or more at the start of `text`:
    长途客运站, 长时间未整改, 长期, 长江 (the 长 is no title's end), where 长要, 长牵头, 长李某 leave 长 alone
    (长要 is the tagger's guess at an unknown run, no dictionary word)."""
    first = pos.tagged(text)[:1]
    return bool(first) and len(first[0][0]) > 1 and pos.lexicon().entry(first[0][0]) is not None


def alias_at(sentence: str, position: int, core_start: int) -> Mention | None:
    aliases = resources.unit_aliases()
    room = len(sentence) - core_start
    # only lengths that fit: a slice past the end would match a shorter alias at the wrong length
    for length in _alias_index().get(sentence[core_start : core_start + 1], ()):
        if length > room:
            continue
        name = sentence[core_start : core_start + length]
        entry = aliases.get(name) or level_variant_at(sentence, position, name)
        if entry:
            canonicals, strict = entry
            if canonicals == (ALL_BODIES,) and resources.unit_rules()["some_of"].search(sentence, position, core_start):
                canonicals = (SOME_DEPARTMENTS,)  # 相关责任单位: the bodies concerned, not every body
            return Mention(position, core_start + length, canonicals, strict, leader=LEADERS in canonicals)
    return None


def level_variant_at(sentence: str, position: int, name: str) -> tuple[tuple[str, ...], bool] | None:
    """The alias entry of a body named with another level's head (公安部, 省建设厅: `unit_level_variants`), where a
    name begins at `position`."""
    entry = resources.unit_level_variants().get(name)
    return entry if entry and opens_a_name(sentence, position) else None


def opens_a_name(sentence: str, position: int) -> bool:
    """Whether a body's name may begin at `position`: after no Han character, or after a list's separator or a
    word that hands a party its role (`level_variant_after`), not inside a longer name (集团安全|环保部)."""
    if position == 0 or not is_han(sentence[position - 1]):
        return True
    return resources.unit_rules()["level_variant_after"].search(sentence, 0, position) is not None


def generic_at(sentence: str, position: int, core_start: int) -> Mention | None:
    """Kinds of enterprise (各燃气经营企业, 施工单位, 承建商, 车间) and other named bodies (…服务中心,
    …局, …处, …署), a body taking the department its name's domain word points to."""
    rules = resources.unit_rules()
    clause_end = rules["clause_breaks"].search(sentence, core_start)
    end = clause_end.start() if clause_end else len(sentence)
    heads = rules["pattern_heads"]

    def tried(name: str, start: int) -> re.Match | None:
        """The pattern, tried only when the clause holds one of its head words; a name that runs
        over a time or a convening act (body_name_break) is no body's, nor one whose head is a piece of a
        longer word (head_ends_a_word)."""
        found = rules[name].match(sentence, start) if heads[name].search(sentence, start, end) else None
        if found and rules["body_name_break"].search(sentence, position, found.end()):
            return None
        if found and rules["set_up_before"].search(sentence, max(0, position - 24), position):
            return None  # 成立专门的工作领导小组: the body the sentence sets up, its object
        if found and name in NAMES_BY_HEAD and not head_ends_a_word(sentence, position, found.end()):
            return None  # 我镇安全生产工作局部…: 局 opens 局部, no body named …工作局
        return found

    found = tried("government_section", position) if core_start == position else None
    if found:  # 本府劳动检查科: the government's department, by its domain word
        return Mention(position, found.end(), (body_kind(found.group("section")),), generic=True)
    found = tried("issuer_reference", position) if core_start == position else None
    if found:
        return Mention(position, found.end(), (ISSUER,), generic=True)
    found = tried("addressee_reference", position) if core_start == position else None
    if found:  # 你局要…: the letter's addressee, known only from the document's addressee line
        return Mention(position, found.end(), (ADDRESSEE,), generic=True)
    found = tried("village_staff", core_start)
    if found:  # 村级安全员: the village's own staff, not an enterprise's post
        return Mention(position, found.end(), (TOWNSHIPS,), generic=True)
    found = tried("enterprise", core_start)
    if found:
        return Mention(position, found.end(), (ENTERPRISES,), generic=True)
    found = tried("person", position)
    if found:
        return Mention(position, found.end(), (LEADERS,), generic=True, leader=True)
    found = tried("counted_leaders", position) if core_start == position else None
    if found:  # 要求各级领导、各部门: leaders counted by 各, no body's
        return Mention(position, found.end(), (LEADERS,), generic=True, leader=True)
    found = tried("village_by_head", position) if core_start == position else None
    if found:  # 各行政村（社区）: villages by their head morpheme, counted
        return Mention(position, found.end(), (TOWNSHIPS,), generic=True)
    found = tried("domain_department", core_start)
    if found and domain_word(found.group("work")):
        # 燃气管理部门, 交通执法部门: a department named by its work
        return Mention(
            position, found.end(), (body_kind(sentence[position : found.end()]),), generic=True, has_suffix=True
        )
    found = tried("role_organ", core_start)
    if (
        found
        and (role := domain_word(found.group()))
        and role.endswith("机关")
        and names_its_run_work(found.group()[: -len(role)])
        and not rules["organ_staff_after"].match(sentence[found.end() :])
    ):
        # 工程主办机关: a body named by the work it runs and its role, the department its role's domain word names
        return Mention(position, found.end(), (body_kind(found.group()),), generic=True)
    found = tried("other_body", core_start)
    if found:
        # the name with its prefix: a prefix may name the domain (工业园区综合管理服务办公室)
        return Mention(position, found.end(), (body_kind(sentence[position : found.end()]),), generic=True)
    found = tried("function_station", core_start)
    if (
        found
        and (kind := function_kind(found.group("function")))
        and (position < core_start or found.group("function") not in resources.unit_domains()[1])
    ):
        # 林站, 镇电管所, 超限站: a station or an office named by its work alone, the head only saying it is a body. A
        # bare one named by a domain word (水利站 in a 成员：… roster) stays with government_body, which reads it only
        # in a partner's slot: reading it everywhere made a roster line a task (realstyle_sealed14)
        return Mention(position, found.end(), (kind,), generic=True)
    # 县统计局 after a level prefix; 劳工处, 屋宇署 (a head no common word ends in) without one
    found = tried("government_body", core_start)
    if found and (
        position < core_start
        or rules["distinct_body_head"].search(found.group())
        # 会同渔港管理站: a station or a centre where only a party stands
        or (rules["partner_body_head"].search(found.group()) and in_partner_slot(sentence, position, found.end()))
    ):
        return body_by_head(sentence, position, core_start, found.end())
    # 县地方海事所, 镇农机安全监理所: a head common words share (场所, 住所), so a domain word must name the body's
    # work and that word decides its department (an alias inside the name names no body of its own there); a word
    # that ends the name names the office's kind (派出所), whose place before it units56 measured as a fit
    found = tried("domain_body", core_start)
    if found and (work := domain_word(found.group())) and not found.group().endswith(work):
        return Mention(position, found.end(), (body_kind(sentence[position : found.end()]),), generic=True)
    found = tried("level_pair", position) if core_start == position else None
    if found:
        return Mention(position, found.end(), level_pair_canonicals(found), generic=True)
    found = tried("public", position) if core_start == position else None
    if found:
        return Mention(position, found.end(), (OTHERS,), generic=True)
    found = tried("named_zone", core_start)
    if found:
        return Mention(position, found.end(), (DEVELOPMENT_ZONES,), generic=True)
    found = tried("named_place", core_start)
    if found and not opens_with_verb(found.group()):
        canonical = GOVERNMENT if found.group("level") == "县" else TOWNSHIPS
        return Mention(position, found.end(), (canonical,), generic=True)
    found = tried("plural_body", position) if sentence.startswith("各", position) else None
    if found and found.end() > core_start:
        return Mention(position, found.end(), (SOME_DEPARTMENTS,), generic=True)
    found = tried("own_section", position) if core_start == position else None
    if found and names_its_work(found.group("work")):
        # 质量安全监督站, 各责任科室: a bureau's section named without it, kept in a bureau's paper alone
        return Mention(position, found.end(), (ISSUER,), generic=True)
    return None


def names_its_run_work(work: str) -> bool:
    """The words before a role organ's role name the work it runs (工程, 公共工程, 道路工程): there are some, and none
    is a verb or a preposition (邀请工程主办机关, 派主办机关: an act and its object, no body's name)."""
    return bool(work) and not any(tag[0] in "vp" for _, tag, _ in pos.tagged(work))


def body_by_head(sentence: str, position: int, core_start: int, end: int) -> Mention | None:
    """A body's name ended by a head noun (…局, …站, …大队, `government_body`) that no alias reads whole: one body,
    its head noun being singular, also where 和/及 joins two words in its name (县商务和投资促进局). A name with no
    alias inside takes the department of its domain word (县档案局: none, 其他); else the one department its
    name opens with (区综合执法支队, 区文化和旅游体育局: an alias of 其他 inside, 体育局, names no department it
    could belong to). No body is read where a government or a party committee opens it (县政府挂牌督办 is a
    government and a verb) or where two departments' aliases stand in it (县城乡建设和交通运输局: taking the first
    lowered realstyle and realstyle_sealed7)."""
    found_inside = [
        (i, alias.end, alias.canonicals)
        for i in range(core_start, end)
        if (alias := alias_at(sentence, i, i)) is not None
    ]
    inside = {canonicals for _, _, canonicals in found_inside}
    first_alias = sentence[found_inside[0][0] : found_inside[0][1]] if found_inside else ""
    domain = domain_word(sentence[core_start:end])
    if not inside or (domain and len(domain) > len(first_alias) and first_alias in domain):
        # 镇村镇建设办: the domain word 村镇建设 says more than the alias 村 inside it
        return Mention(position, end, (body_kind(sentence[position:end]),), generic=True)
    opening_start, _, opening = found_inside[0]
    # 区文化和旅游体育局: what a conjunction adds to a merged bureau's name is work of its own (体育局, 其他), no
    # second department; elsewhere a body of 其他 inside a name stays a party beside it (taking only the first
    # lowered realstyle_sealed and realstyle_sealed6)
    departments = inside - {(OTHERS,)} if JOINED_NAME.search(sentence, core_start, end) else inside
    if opening_start > core_start + 1 or len(departments) > 1 or {GOVERNMENT, PARTY_COMMITTEE} & set(opening):
        return None
    return Mention(position, end, opening)  # an alias names it: not generic


def level_pair_canonicals(found: re.Match) -> tuple[str, ...]:
    """县、乡两级 → (政府, 乡镇街道); 镇村两级, 村一级 → (乡镇街道,): each level's party, once."""
    government = resources.unit_rules()["level_pair_government"]
    levels = [found.group(level) for level in ("upper", "lower") if found.group(level)]
    kinds = (GOVERNMENT if government.fullmatch(level) else TOWNSHIPS for level in levels)
    return tuple(dict.fromkeys(kinds))


def writer_is_bureau(issuer: str | None, institution: bool) -> bool:
    """Whether the paper's writer is a government department (`bureau_canonical`: 住房和城乡建设部门, 公安机关), not
    a government, a township, a firm or an institution writing to its own offices."""
    return (
        issuer is not None and not institution and resources.unit_rules()["bureau_canonical"].search(issuer) is not None
    )


def resolve_issuer_references(units: list[Unit], issuer: str | None, *, bureau: bool = False) -> list[Unit]:
    """The issuer's self-references and sections (本局, 安全监督科) take the canonical `issuer` (the
    document's issuer, per ANNOTATION.md); a document that names no issuer keeps none of them. A section
    only a bureau has, named without it (`own_section`: 质量安全监督站, 各责任科室), is kept only in a `bureau`'s
    own paper. Members named without their body (各成员单位) are the issuer's: of a body with no canonical of its
    own (县防指, 消防安全委员会) they are 其他 too, not the work-safety committee's."""
    resolved: list[Unit] = []
    rules = resources.unit_rules()
    bare_members, own_section = rules["bare_members"], rules["own_section"]
    for unit in units:
        if unit.canonical == ISSUER:
            if issuer is None or (not bureau and own_section.fullmatch(unit.mention)):
                continue
            unit = replace(unit, canonical=issuer)
        elif issuer == OTHERS and bare_members.match(unit.mention):
            unit = replace(unit, canonical=OTHERS)
        if unit not in resolved:
            resolved.append(unit)
    return resolved


def resolve_addressee_references(units: list[Unit], addressee: str | None) -> list[Unit]:
    """A letter's second person named by its addressee's head (你局, 贵委) takes the canonical `addressee` of the
    addressee line above it (平川县住房和城乡建设局：); with no such line it names no party and is dropped."""
    resolved: list[Unit] = []
    for unit in units:
        if unit.canonical == ADDRESSEE:
            if addressee is None:
                continue
            unit = replace(unit, canonical=addressee)
        if unit not in resolved:
            resolved.append(unit)
    return resolved


def speaker_body(opening: list[str]) -> str | None:
    """The canonical of the body whose head a speech's opening lines name as its speaker (`县住建局党组书记、
    局长 冯某`, `市应急管理局局长冯某出席会议并讲话`: `speaker_title`): the body the speech's self-references
    (本局, 局危化处, 执法支队) belong to when the metadata names no issuer. None when no line names one body so."""
    title = resources.unit_rules()["speaker_title"]
    for line in opening:
        for start in clause_starts(line):
            found = title.match(line, start)
            units = find_units(found.group("body"), listed=True) if found else []
            if len(units) == 1 and units[0].mention == found.group("body") and units[0].canonical != ISSUER:
                return units[0].canonical
    return None


@cache
def _ranked_body() -> Guarded:
    return Guarded(resources.unit_rules()["ranked_body"])


def rank_kinds(text: str) -> dict[str, str]:
    """For each rank word (大队, 中队, 分局 …), the one department that the bodies of that rank `text` names
    with a domain word belong to (东山交警大队, 西岭交警大队 → 大队: 公安机关); ranks whose bodies disagree or
    hold no domain word are left out."""
    found: dict[str, set[str]] = {}
    # a body's name holds no line break (unit_rules.toml ranked_body: no space): each match lies inside one
    # line, and a line without the characters of a rank word is not searched, though the document is long
    for line in text.split("\n"):
        for body in _ranked_body().finditer(line):
            name = body.group()
            if domain_word(name) and not resources.unit_rules()["bare_rank"].match(name):
                found.setdefault(body.group("rank"), set()).add(body_kind(name))
    return {rank: kinds.pop() for rank, kinds in found.items() if len(kinds) == 1 and OTHERS not in kinds}


def resolve_bare_ranks(units: list[Unit], kinds: dict[str, str]) -> list[Unit]:
    """各县市大队 in a document that names 东山交警大队: a body named by its rank alone (`bare_rank`) is
    one of the bodies of that rank the document names, and takes their department (`rank_kinds`)."""
    resolved: list[Unit] = []
    for unit in units:
        rank = resources.unit_rules()["bare_rank"].match(unit.mention) if unit.canonical == OTHERS else None
        if rank and rank.group("rank") in kinds:
            unit = replace(unit, canonical=kinds[rank.group("rank")])
        if unit not in resolved:
            resolved.append(unit)
    return resolved


def body_kind(name: str) -> str:
    """The canonical department a body no alias names belongs to, by the longest domain word in
    its name (道路运输事业发展中心 → 交通运输部门); 其他 when it has none (数据局), or when the body
    joins several departments whatever its domain (市地铁建设指挥部, `joint_body`)."""
    if resources.unit_rules()["joint_body"].search(name):
        return OTHERS
    word = domain_word(name)
    return resources.unit_domains()[1][word] if word else OTHERS


def short_name_kind(name: str) -> str:
    """The canonical department a sector's short name in a list stands for: the domain word it is
    (建筑, 燃气, 港口), else the one department of the domain words it opens or closes (市场 →
    市场监管, 执法 → 综合执法); 其他 when none or several agree."""
    canonical_of = resources.unit_domains()[1]
    if name in canonical_of:
        return canonical_of[name]
    canonicals = {canonical for word, canonical in canonical_of.items() if word.startswith(name) or word.endswith(name)}
    return canonicals.pop() if len(canonicals) == 1 else OTHERS


def function_kind(function: str) -> str | None:
    """The department whose work a station's or an office's name before its head names (`function_station`): a domain
    word (公路站), a function morpheme the vocabulary lacks (unit_functions.tsv: 林站, 超限站), or a managed work's
    abbreviation X管/X监 whose X opens the domain words of one department (电管所 → 电力, 财管所 → 财政). None where
    the function names no department, or names 其他 (电信所, 质监站, 车站)."""
    canonical_of = resources.unit_domains()[1]
    word = function if function in canonical_of else resources.unit_functions().get(function)
    if word:
        return canonical_of[word] if canonical_of[word] != OTHERS else None
    found = resources.unit_rules()["managed_work"].fullmatch(function)
    if found is None:
        return None
    canonicals = {canonical for word, canonical in canonical_of.items() if word.startswith(found.group("opening"))}
    return canonicals.pop() if len(canonicals) == 1 and OTHERS not in canonicals else None


def domain_word(name: str) -> str | None:
    """The longest word of unit_domains.tsv in `name`, or None."""
    words = resources.unit_domains()[0].findall(name)
    return max(words, key=len) if words else None


def with_suffix(sentence: str, mention: Mention) -> Mention:
    rules = resources.unit_rules()
    found = rules["department_suffix"].match(sentence, mention.end)
    if found and not sentence[mention.start : mention.end].endswith("部门"):
        return with_role_in_suffix(sentence, replace(mention, end=found.end(), has_suffix=True), mention.end)
    return mention


def with_role_in_suffix(sentence: str, mention: Mention, core_end: int) -> Mention:
    """各工程主办机关: a name with no domain word of its own (工程主办, 其他) whose suffix completes one
    (主办机关, the department that runs the work) takes that word's department."""
    if mention.canonicals != (OTHERS,) or domain_word(sentence[mention.start : core_end]):
        return mention
    kind = body_kind(sentence[mention.start : mention.end])
    return replace(mention, canonicals=(kind,)) if kind != OTHERS else mention


def with_leader_word(sentence: str, mention: Mention) -> Mention:
    """各单位主要负责同志 is a person; 企业主要负责人 stays the enterprise."""
    if mention.leader:
        return mention
    word = word_at("leader_suffixes", sentence, mention.end)
    if word is None:
        rules = resources.unit_rules()
        title = rules["person_title"].match(sentence, mention.end)
        if title and title.group().endswith("长") and opens_a_word(sentence[title.end() - 1 : title.end() + 5]):
            title = None  # 县交通局长途客运站, 各镇长时间未整改: 长 opens the next word, no title
        if title is None or rules["not_a_party_after"].match(sentence[mention.end :]):
            return mention  # 市应急管理局局长李某某指出: a speaker's title, no addressee (group_at drops it)
        word = title.group()  # 各位局长, 分管局领导: a title after a body word names its leader
    canonical = ENTERPRISES if ENTERPRISES in mention.canonicals else LEADERS
    return replace(mention, end=mention.end + len(word), canonicals=(canonical,), strict=False, leader=True)


# --- roles -------------------------------------------------------------------------------------


def group_role(sentence: str, group: list[Mention], predicate_end: int) -> str:
    """牵头 → lead; 配合/协助 (or 联合X, or a party named by that role: 配合单位) → cooperating; oversight →
    supervising; else responsible.
    A party that labels its duties (市城管局：配合做好…) takes the role of the duty after its colon,
    and leads when any of its duties opens with 牵头 (县住建局：负责…，牵头推进…)."""
    rules = resources.unit_rules()
    after = sentence[group[-1].end :]
    colon = rules["label_colon"].match(after)
    if colon:
        after = after[colon.end() :]
        duties = rules["clause_breaks"].split(sentence[group[-1].end : predicate_end])
        if any(rules["lead_after"].match(duty) for duty in duties):
            return "lead"
    if rules["lead_after"].match(after) or rules["lead_before"].search(sentence[: group[0].start]):
        return "lead"
    if (
        rules["cooperating_after"].match(after)
        or rules["cooperating_before"].search(sentence[: group[0].start])
        or any(rules["cooperating_mention"].match(sentence[m.start : m.end]) for m in group)
    ):
        return "cooperating"
    if supervises(sentence, group, predicate_end):
        return "supervising"
    return "responsible"


def supervises(sentence: str, group: list[Mention], predicate_end: int) -> bool:
    """The group's first concrete act is oversight (督导检查, 挂牌督办; 督促… for overseeing bodies)."""
    rules = resources.unit_rules()
    if any(rules["supervising_mention"].search(sentence[m.start : m.end]) for m in group):
        return True
    overseer = any(c in rules["overseers"] for m in group for c in m.canonicals)
    words = rules["supervising_words_overseer" if overseer else "supervising_words"]
    for clause in rules["clause_breaks"].split(sentence[group[-1].end : predicate_end]):
        if words.search(clause):
            return True
        if rules["action_words"].search(clause):
            return False
    return False


# --- where inheritance stops -------------------------------------------------------------------


def has_own_subject(sentence: str) -> bool:
    """`县、乡两级要直接叫应…`, `塔吊一律停止作业`: the first clause with a modal has a subject of its
    own before the modal (`own_subject`), not a time, place or object phrase (`作业时要…`,
    `对…的乡镇要…`, `not_a_subject`); clauses before it may only be such phrases (`大风预警发布后，`).
    Such a sentence takes no party from its siblings."""
    rules = resources.unit_rules()
    for clause in rules["clause_breaks"].split(sentence):
        start = skip_lead_words(clause, 0)
        found = rules["own_subject"].match(clause, start)
        if found:
            return not rules["not_a_subject"].search(found.group("subject"))
        if clause.strip() and not rules["not_a_subject"].search(clause.strip()):
            return False  # 列出问题清单，清单中的每个问题点要…: the sentence opens with its own act
    return False


def forwarded_starts(lines: list[str]) -> set[int]:
    """The indexes of the lines where a forwarded or quoted document begins: an e-mail's
    forwarded-message separator (`-----原始邮件-----`), or the title line of the forwarded text
    (`关于…的通知`) after a forwarding note (`现将…转发给你们`). The note's addressees are not the
    forwarded text's parties."""
    rules = resources.unit_rules()
    starts: set[int] = set()
    forwarding = False
    for index, line in enumerate(lines):
        if rules["forwarded_separator"].match(line):
            starts.add(index)
        elif forwarding and rules["forwarded_title"].match(line):
            starts.add(index)
            forwarding = False
        if rules["forwarding_note"].search(line):
            forwarding = True
    return starts


@cache
def _subject_time() -> re.Pattern:
    """task_cues.toml subject_time or act_time (a limit, or the part of a month the act is set for: 镇水利站5月上旬
    组织…), read from the file: the task cues live in tasks.py, which imports this module."""
    rules = resources.read_rules("extract/task_cues.toml")
    return re.compile(f"(?:{rules['subject_time']})|(?:{rules['act_time']})")


def predicate_follows(rest: str) -> bool:
    """What follows a mention makes it a party: a predicate (负责, 要加强, 表示，将…), or a time and an
    act (今日（15日）起展开…, 12日18时前完成…, 每日16:00前向…报告) — the time tasks.party_predicate passes —, or
    the announcement of its own campaign (今天宣布启动…, 自6月9日起至8月29日止，启动…), or a standing time: how
    often it acts or the days it is set to act on (每年对…, 于2月3日至5日开展…; unit_rules standing_time)."""
    rules = resources.unit_rules()
    if rules["predicate_after"].match(rest) or rules["announced_campaign"].match(rest):
        return True
    if rules["standing_time"].match(rest):
        return True  # 燃气企业每年对…, 总务处于2月3日至5日开展…: how often or on which days it acts
    timed = _subject_time().match(rest)
    return bool(timed and rules["timed_act"].match(rest, timed.end()))
