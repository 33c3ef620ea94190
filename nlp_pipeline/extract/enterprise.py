"""An enterprise's own documents and the parties inside it.

A company's minutes or 整改通知单 addresses its own departments, workshops, teams and staff: 一车间
立即恢复…, 储运部3日内完成…, 综合办公室负责督办…, 车间主任刘海峰对…作出书面说明. No alias names them, so
without this module such an item has no party, and an item with no modal is no task at all.
ANNOTATION.md gives them the canonical 企业. They are recognised by the shape of their name
(data/extract/enterprise.toml: a noun phrase ending in 车间/部/班/科/室/办公室/项目部/…, or a post
title with an optional person's name) where a clause opens or an addressee word (由, 要求) stands
before them, and only when a predicate follows. Only in an enterprise's own document: in a
government's, 县政府办公室 or 执法大队 is the government's own office and stays as the unit rules read it.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..record import Unit
from . import pos
from .units import (
    ADDRESSEE,
    ALL_BODIES,
    ENTERPRISES,
    ISSUER,
    OTHERS,
    SOME_DEPARTMENTS,
    Mention,
    clause_starts,
    find_units,
    group_role,
    head_ends_a_word,
    predicate_follows,
)

LONGEST_PARTY = 12
# the canonicals that name no department of the list: a body outside it, a firm, a generic group, a placeholder
NO_DEPARTMENT = frozenset({OTHERS, ENTERPRISES, SOME_DEPARTMENTS, ALL_BODIES, ISSUER, ADDRESSEE})
# a subject's predicate stands in its own clause: a name these close is an object or a topic
CLAUSE_BREAKS = ("，", ",", "；", ";", "。")


def is_enterprise_document(issuer: str | None, title: str | None, opening_lines: list[str]) -> bool:
    """The document is an enterprise's own: its issuer is an enterprise (the issuer's canonical
    unit is 企业, the title or a first line opens with an enterprise's name, or the text speaks of
    itself as one: 我公司, 集团召开…) and its title or first lines name one of an enterprise's
    internal papers (会议纪要, 例会, 整改通知单) or address its own units (各部门：, 集团各部门、各二级
    公司负责人参加): a notice to its departments or subsidiaries is the enterprise's own too."""
    rules = resources.enterprise_rules()
    head = [line.replace(" ", "") for line in [title or "", *opening_lines[: rules["genre_lines"]]]]

    def said(rule: str) -> bool:
        return any(rules[rule].search(line) for line in head)

    enterprise_issuer = (
        issuer == ENTERPRISES or enterprise_name(title, opening_lines) is not None or said("self_reference")
    )
    return enterprise_issuer and (said("internal_genre") or said("internal_addressee"))


def enterprise_name(title: str | None, opening_lines: list[str]) -> str | None:
    """The enterprise's name the title or a first line opens with (华宇达供应链管理（青川）有限公司),
    or None."""
    rules = resources.enterprise_rules()
    for line in [title or "", *opening_lines[: rules["genre_lines"]]]:
        found = rules["enterprise_name"].search(line.replace(" ", ""))
        if found:
            return found.group()
    return None


def meeting_firm(title: str | None, opening_lines: list[str]) -> str | None:
    """The firm whose meeting the title or a first line reports, as the subject of 召开 (enterprise.toml `meeting_firm`:
    某某供电分公司组织召开了专题工作会议, 某某旅游客运有限公司召开节前例会), or None: a firm at a clause's opening, not one
    hosting or undergoing another body's meeting (在某某公司会议室召开, 对某某公司召开约谈会)."""
    rules = resources.enterprise_rules()
    for line in [title or "", *opening_lines[: rules["genre_lines"]]]:
        found = rules["meeting_firm"].search(line.replace(" ", ""))
        if found:
            return found.group("firm")
    return None


def written_by_enterprise(issuer: str | None, title: str | None, opening_lines: list[str]) -> bool:
    """An enterprise wrote the document, whatever its genre (a year plan, a 管理制度, a 考核细则): no
    other body is its issuer, and its title opens with the enterprise's name (岚溪恒泰精细化工有限公司
    2027年度安全生产工作计划) or a first line is the enterprise's letterhead (its name alone, or with a
    short label of its papers: 鹭汀精密铸造有限公司管理制度). Its departments and staff are then its
    parties (企业), as in its internal papers (is_enterprise_document). An unsigned page is the enterprise's too
    where a first line speaks as the enterprise itself (`self_reference`: 公司下发了…, 集团各中心、二级单位：):
    no government names itself so, and a named company (县燃气公司召开…) is someone else's."""
    if issuer not in (None, ENTERPRISES):
        return False
    if issuer == ENTERPRISES or enterprise_name(title, []) is not None:
        return True
    rules = resources.enterprise_rules()
    for line in opening_lines[: rules["genre_lines"]]:
        line = line.replace(" ", "")
        if rules["self_reference"].search(line):
            return True
        found = rules["enterprise_name"].search(line)
        if found and rules["letterhead_rest"].match(line[found.end() :]):
            return True
    return False


def own_party_kind(enterprise: bool, issuer: str | None, issuer_name: str | None, text: str = "") -> str | None:
    """The kind the writer's own departments and staff take (ANNOTATION.md: a body outside the list is 其他):
    an enterprise's are 企业 (`enterprise`: its internal paper or a paper it wrote); an institution's
    (`names_an_institution`: 潇江县第二中学政教处, 城南人民医院, whatever committee its title opens with; or one whose `text` speaks of itself so: 结合我校
    实际) are 其他; None where the writer is a government or unknown, whose offices the unit rules read."""
    if enterprise:
        return ENTERPRISES
    if names_an_institution(issuer_name) or speaks_as_institution(issuer, text):
        return OTHERS
    return None


def speaks_as_institution(issuer: str | None, text: str) -> bool:
    """No listed body issued the paper and its text names its writer in the first person of an institution
    (我校, 本校: enterprise.toml `institution_self_reference`): a school's notice to its own offices, whatever
    its page or its signature shows."""
    return issuer in (None, OTHERS) and bool(resources.enterprise_rules()["institution_self_reference"].search(text))


def issuer_institution(issuer: str | None, issuer_name: str | None) -> list[str]:
    """The institution an unlisted issuer is, by the head noun in its name (城南人民医院 → 医疗机构, 潇江县第二中学政教处
    → 学校; sector_rules.toml [topic.issuer_institutions]): a school, hospital or care home writing to its own
    departments writes about its own premises, so its sector is the document's topic (tasks.give_document_topic),
    and its offices and staff are its parties (`own_party_kind`). [] for an issuer the unit list reads (a
    government's education bureau writes about every school, each task naming its own place)."""
    if issuer not in (None, OTHERS) or not issuer_name:
        return []
    heads = resources.sector_rules()["topic"]["issuer_institutions"]
    return [sector for sector, head in heads.items() if head.search(issuer_name)][:1]


def speaking_institution(issuer: str | None, text: str) -> list[str]:
    """The institution an unlisted or unread issuer is by its own voice (我院 over 门诊楼, 科室: sector_rules.toml
    [topic.institution_voices] with [topic.institution_own_parts]): a hospital's news of its own meeting, read
    as `issuer_institution` reads a hospital's name. [] where a listed body issued the paper, or where the text
    names no part of that kind of institution (我院 of a court or an academy)."""
    if issuer not in (None, OTHERS):
        return []
    topic = resources.sector_rules()["topic"]
    voices, parts = topic["institution_voices"], topic["institution_own_parts"]
    return [sector for sector, voice in voices.items() if voice.search(text) and parts[sector].search(text)][:1]


def writing_institution(issuer: str | None, issuer_name: str | None, text: str) -> list[str]:
    """The institution that writes to its own offices and staff, by its name (`issuer_institution`) or, where
    the metadata names none, by its voice (`speaking_institution`)."""
    return issuer_institution(issuer, issuer_name) or speaking_institution(issuer, text)


def names_an_institution(issuer_name: str | None) -> bool:
    """The metadata's issuer is an institution by the head noun of its name (城南人民医院, 潇江县第二中学政教处),
    whatever body the title opens with: a hospital's 安全生产委员会会议纪要 is the hospital's committee writing to
    its own offices."""
    return bool(issuer_name) and institution_head_at(issuer_name or "") is not None


def institution_head_at(name: str) -> int | None:
    """Where the head noun of an institution stands in a body's `name` (青苇县|实验中学校长办公室, 溧浦区|人民医院保卫科:
    sector_rules.toml [topic.issuer_institutions]), or None: what stands before it is the place the school or the
    hospital serves, no body of its own."""
    heads = resources.sector_rules()["topic"]["issuer_institutions"].values()
    starts = [found.start() for found in (head.search(name) for head in heads) if found]
    return min(starts, default=None)


def internal_party_at(text: str, position: int, assigned: bool = False) -> Mention | None:
    """The enterprise's unit whose name starts at `position` (after a leading time: 更换前二车间…)
    and is followed by its predicate (储运部|3日内完成…, 车间主任刘海峰|对…作出书面说明); the
    shortest such name, so that an object after it (综合办公室|协调维修班处理) stays out. `assigned`:
    由 stands before it (party_named_at)."""
    lead_time = resources.unit_rules()["lead_time"].match(text, position)
    for start in (lead_time.end(), position) if lead_time else (position,):
        found = party_named_at(text, start, assigned)
        if found:
            return found
    return None


def party_list_at(text: str, start: int, assigned: bool = False) -> list[Mention]:
    """The writer's units a clause opens with: one that acts (internal_party_at), or a list of them joined by
    、 whose last item acts (各处室、班级要…, 储运部、设备部3日内完成…): the predicate is every item's. An item
    must be a unit's whole name up to the 、; anything else before it (对二车间、…) makes no list."""
    item = listed_item_at(text, start)
    if item is not None:  # the list first: 各处室|、班级要… would read the first item alone as acting
        rest = party_list_at(text, item.end + 1, assigned)
        if rest:
            return [item, *rest]
    last = internal_party_at(text, start, assigned)
    return [last] if last is not None else []


def listed_item_at(text: str, start: int) -> Mention | None:
    """The writer's unit named from `start` up to the list's next 、 (各处室|、班级要…), or None."""
    rules = resources.enterprise_rules()
    end = text.find("、", start, start + LONGEST_PARTY + 1)
    if end < start + 2:
        return None
    found = rules["internal_party"].fullmatch(text, start, end)
    if found is None or rules["not_a_party"].match(found.group()):
        return None
    return Mention(start, end, (ENTERPRISES,), generic=True)


def party_named_at(text: str, start: int, assigned: bool = False) -> Mention | None:
    """The shortest internal party's name from `start` that its predicate follows; after a post
    title or a unit, with the person's name when one follows (车间主任刘海峰, 前台服务部陶芳). Where 由
    hands the work to it (`assigned`), what follows is its act by construction (由机修班于…前补装到位). A
    name closed by a comma is no subject (组成联合检查组，对…: the team is what was formed)."""
    rules = resources.enterprise_rules()
    for end in range(start + 2, min(len(text), start + LONGEST_PARTY) + 1):
        found = rules["internal_party"].fullmatch(text, start, end)
        if found is None or rules["not_a_party"].match(found.group()) or rules["word_goes_on"].match(text[end:]):
            continue
        if not head_ends_a_word(text, start, end) or frames_an_act(text[start:end]):
            continue  # 组织外协队|伍负责人培训: 队 opens 队伍, no team named 组织外协队
        name = rules["person_name"].match(text, end + (text[end : end + 1] == " "))
        ends = [name.end() - size for size in (0, 1)] if name else []
        for party_end in [*ends, end]:
            if text[party_end : party_end + 1] not in CLAUSE_BREAKS and acts(text[party_end:], assigned):
                return Mention(start, party_end, (ENTERPRISES,), generic=True)
    return None


@lru_cache(maxsize=4096)
def frames_an_act(name: str) -> bool:
    """施工过程中安排专人旁站: a would-be unit's name that holds a frame of time or place (a locative word: 过程中, 作业后)
    and then a verb of two characters is a clause, the frame and its act (安排专人旁站监督), not a unit whose head (站)
    happens to close it; a unit's name holds no frame (井下运输工区: 井下 is a place word, no locative). The frame
    follows what it frames: a first word tagged locative is a cut word's part (外|包作业), no frame."""
    words = pos.tagged(name)
    frame = next((index for index, (_, tag, _) in enumerate(words) if index and tag == "f"), None)
    return frame is not None and any(tag == "v" and len(word) > 1 for word, tag, _ in words[frame + 1 :])


def listed_internal_party(text: str) -> list[Unit]:
    """A list's whole text (a table's 责任人 cell: 项目部机电员 付强, 安全员 邱平) naming one of the
    enterprise's units or staff, as the unit; a cell that holds only a person's name (唐某某) names the
    enterprise's staff member who answers for the row (the column says so), 企业 too. [] when it is
    anything else."""
    rules = resources.enterprise_rules()
    name = "".join(text.split())
    if rules["person_name"].fullmatch(name):
        return [Unit(name, ENTERPRISES, "responsible")]
    for end in range(len(name), 1, -1):
        found = rules["internal_party"].fullmatch(name, 0, end)
        if found is None or rules["not_a_party"].match(found.group()):
            continue
        if end == len(name) or (found.group("post") and rules["person_name"].fullmatch(name, end)):
            return [Unit(name, ENTERPRISES, "responsible")]
    return []


@lru_cache(maxsize=4096)
def staff_units(value: str) -> tuple[Unit, ...]:
    """The staff a 责任人 line names, each by post or unit and name (叉车班组长 陈刚；配合：设备工程师
    周建军), as the enterprise's units (企业), a 配合 entry cooperating; () unless every entry is
    such a pair (a name alone or a unit alone is no list of staff). Cached: structure.py asks it of
    every field line, and the task builder again of each task's field."""
    rules = resources.enterprise_rules()
    units = []
    for entry in rules["staff_separator"].split(value.strip()):
        entry = entry.strip()
        if names_a_person_by_post(entry):
            units.append(Unit(entry, ENTERPRISES, "responsible"))
            continue
        entry = rules["staff_note"].sub("", entry)
        found = rules["staff_entry"].match(entry)
        if found is None or not rules["person_name"].fullmatch(entry, found.end()):
            return ()
        role = "cooperating" if found.group("cooperating") else "responsible"
        units.append(Unit(entry[found.start("post") :], ENTERPRISES, role))
    return tuple(units)


def names_a_person_by_post(entry: str) -> bool:
    """A person's name with the post in brackets after it (王某（店主）, 李某（公司总经理）): the firm's person who
    answers for a 督查 record; a post naming a listed body (张某（县应急局局长）) is an official's, no staff."""
    rules = resources.enterprise_rules()
    name = rules["person_name"].match(entry)
    if name is None:
        return False
    post = rules["staff_named_post"].fullmatch(entry, name.end())
    return post is not None and not find_units(post.group("post"))


def names_staff(label: str, value: str) -> bool:
    """`label：value` is a 责任人 line naming staff (structure.py reads it as a units field)."""
    return bool(resources.enterprise_rules()["staff_label"].match(label) and staff_units(value))


def acts(rest: str, assigned: bool = False) -> bool:
    """What follows a party reads as its predicate: a modal or 负责/牵头 (综合办公室负责督办…), an
    action in its first clause (3日内完成…, 本周内下发方案), or one of the orders an enterprise gives
    its units that the action lexicon lacks (立即恢复…, 对…作出书面说明), also after naming the unit
    answerable (为第一责任人，3月8日前把…报安环部); never a report of what was done or found
    (设备部已联系厂家), nor a speech verb before a pause or the addressed party (`speaks`: 经理王某要求，办公室…
    names the speaker, and the party is the demand's object). After 由 (`assigned`) any verb phrase is the party's act (由设备组联系厂家更换):
    由 makes the noun after it the agent of what follows."""
    from .tasks import clauses, concrete, party_predicate

    rules = resources.enterprise_rules()
    answerable = rules["named_responsible"].match(rest)
    if answerable:  # 王立新|为第一责任人，3月8日前把…报安环部: the order is the next clause
        rest = rest[answerable.end() :]
    first = clauses(rest)[:1]
    if not first or rules["reported"].search(first[0]) or rules["speaks"].match(rest):
        return False
    if assigned or predicate_follows(rest) or party_predicate(rest):
        return True
    if heads_a_listed_noun(first[0]):
        return False
    return concrete(first[0]) or bool(rules["internal_action"].search(first[0]))


def heads_a_listed_noun(clause: str) -> bool:
    """The clause after a name, which no predicate opens, goes on with a bare noun and a 、 before its first act
    (enterprise.toml `listed_noun_after_name`): the name only modifies the first item of a list of things
    (污水处理站|调节池、化粪池纳入台账: the tanks are what is entered, the station no party), so the act is the list's.
    A name right before 、 is a list's party (各工区、各分包单位要…), and one before a coverb or a time acts on a list
    (储运部|从本周起…对槽车静电接地、紧急切断阀进行确认)."""
    from .tasks import cues

    listed = resources.enterprise_rules()["listed_noun_after_name"].match(clause)
    act = cues().action.search(clause)
    return listed is not None and act is not None and listed.end() <= act.start()


def internal_parties(sentence: str) -> list[tuple[Mention, str]]:
    """The enterprise's units the sentence addresses, with their roles, in reading order: at a
    clause's opening (一车间立即恢复…), after an addressee word (…由设备部负责) or after a modal's 经 (必须经总务科
    审批: the approver); none in an attendance line (参加：…)."""
    if resources.enterprise_rules()["attendance_line"].match(sentence):
        return []  # 参加：…安环部、生产技术部负责人: who attended, not who is told to act
    unit_rules = resources.unit_rules()
    addressee_words = [*unit_rules["addressee_before"].finditer(sentence)]
    approvals = [*resources.enterprise_rules()["approver_before"].finditer(sentence)]  # 必须经总务科审批
    starts = clause_starts(sentence) + [found.end() for found in addressee_words + approvals]
    assignment = unit_rules["assignment"]
    groups = [
        group
        for start in sorted(set(starts))
        if (group := party_list_at(sentence, start, bool(assignment.search(sentence, 0, start))))
    ]
    found: list[tuple[Mention, str]] = []
    for index, group in enumerate(groups):
        predicate_end = groups[index + 1][0].start if index + 1 < len(groups) else len(sentence)
        role = group_role(sentence, group, predicate_end)  # a list's items share its predicate and its role
        found.extend((mention, role) for mention in group if all(mention.start != m.start for m, _ in found))
    return found


def with_internal_parties(sentence: str, units: list[Unit], kind: str = ENTERPRISES) -> list[Unit]:
    """`units` (what the unit rules found in `sentence`) with the writer's own units added, in
    reading order, of the writer's `kind` (own_party_kind). A unit the rules read otherwise where an
    internal party stands (各责任部门 as 有关部门, 综合办公室 as the issuer's section) becomes that party."""
    parties = [
        (mention, role)
        for mention, role in internal_parties(sentence)
        if not names_a_listed_office(sentence[mention.start : mention.end], units)
    ]
    if not parties:
        return units
    placed: list[tuple[int, Unit]] = []
    for mention, role in parties:
        name = sentence[mention.start : mention.end]
        placed.append((mention.start, Unit(name, outside_firm_kind(name, units) or kind, role)))
    for unit in units:
        start = sentence.find(unit.mention)
        covered = any(m.start <= start < m.end or start <= m.start < start + len(unit.mention) for m, _ in parties)
        if not covered or start < 0:
            placed.append((start, unit))
    ordered: list[Unit] = []
    for _, unit in sorted(placed, key=lambda pair: pair[0]):
        if unit not in ordered:
            ordered.append(unit)
    return ordered


def names_a_listed_office(name: str, units: list[Unit]) -> bool:
    """The would-be office `name`, closed by a head a government's offices share (enterprise.toml
    `listed_office_head`: 劳工处, 工务处, 应急办), is one the unit rules read whole as a department of the list: a
    government's office that a news page or a misread issuer puts among the writer's parties, kept as the rules
    read it. A firm's or a school's own (综合办, 总务处) is no department of the list and stays the writer's."""
    if not resources.enterprise_rules()["listed_office_head"].search(name):
        return False
    return any(unit.mention == name and unit.canonical not in NO_DEPARTMENT for unit in units)


def outside_firm_kind(name: str, units: list[Unit]) -> str | None:
    """企业 where an institution's party is a firm's post: its name opens with a unit the rules read as a firm and
    goes on with the post (施工单位|项目经理邵长河 in a hospital's minutes: the contractor's manager, no office of the
    hospital's), else None. A firm named alone (须请燃气公司…检测) keeps the writer's kind, as the golds read it."""
    return (
        ENTERPRISES
        if any(
            unit.canonical == ENTERPRISES and name.startswith(unit.mention) and len(name) > len(unit.mention)
            for unit in units
        )
        else None
    )


def addresses_internal_party(text: str) -> bool:
    """A clause of the sentence opens with an enterprise's unit that acts, or hands the work to one
    (GT-204报警器由设备部负责…): a task of an enterprise's minutes even without a modal."""
    return bool(internal_parties(text))
