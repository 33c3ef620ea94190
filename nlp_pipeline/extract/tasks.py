"""Task detection over the document structure, and what each task inherits from where it stands.

A sentence is a task (ANNOTATION.md) when it carries a directive cue — a modal (要、必须、严禁、
鼓励…), an imperative opening (加强…、由X牵头…、…的，一律…) or, in directive documents, a unit as
its subject — and at least one *concrete* clause: a clause with an action verb that is not about
attitude (认识、重视、教训…), a generic goal (确保…稳定、遏制…事故) or past work (…了、以来、累计).
A numbered heading is a task when it opens with a directive verb phrase. Table rows are tasks.

Units a task does not name are inherited from, in this order: its 责任单位 line or column (always
added), the sector paragraph it stands in (`非煤矿山领域，应急、自规等部门要…`), the lead-in of its
enumeration (`各级各部门要…：一要…`) or of an enclosing part, or the first sentence after its
part's heading — the last not by a sentence with a subject of its own (`县、乡两级要…`), and
nothing across the start of a forwarded document (`-----原始邮件-----`). Deadlines come from the task sentence, else from its 完成时限 line or column
(prohibitions excepted: 严禁… has no completion date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING

from .. import resources
from ..dates import CHINESE_NUMERALS, chinese_number, find_dates, knows_the_day, make_date
from ..jieba_lexicon import lexicon
from ..record import Deadline, Unit
from .context import DocumentContext
from .enterprise import (
    addresses_internal_party,
    enterprise_name,
    is_enterprise_document,
    listed_internal_party,
    meeting_firm,
    own_party_kind,
    staff_units,
    with_internal_parties,
    writing_institution,
    written_by_enterprise,
)
from .meta import without_cell_bar
from .pos import Verb, first_verb, tagged, word_at, word_count, word_ends_before
from .prefilter import Guarded, OpeningOrAnywhere
from .sectors import (
    annex_title_sectors,
    division_table_themes,
    document_topic,
    industry_sectors,
    is_focused,
    own_trade_sectors,
    paragraph_label_sectors,
    party_kind_sectors,
    single_sector,
    sole_named,
    table_context_sectors,
    task_sectors,
    title_kinds,
    title_subject_firm_sectors,
    with_division_theme,
    with_document_topic,
    with_party_area,
)
from .structure import (
    Part,
    Sentence,
    Structure,
    field_line,
    heading_limit,
    limit_line_sentences,
    match_marker,
    strip_marker,
)
from .task_classifier import RuleCues, loaded_classifier
from .units import (
    ALL_BODIES,
    ENTERPRISES,
    ISSUER,
    LEADERS,
    OTHERS,
    SOME_DEPARTMENTS,
    action_verb_pattern,
    action_verbs,
    addressee_label_units,
    addresses_the_reader,
    assigned_units,
    closing_assignment_units,
    closing_bracket_start,
    closing_parenthesis_units,
    duty_label_units,
    forwarded_starts,
    has_own_subject,
    is_proper_place_name,
    mention_at,
    names_only_partners,
    opens_with_partner,
    owned_heads,
    party_list_units,
    rank_kinds,
    readers_heads,
    registered_firm_units,
    resolve_addressee_references,
    resolve_bare_ranks,
    resolve_issuer_references,
    salutation_units,
    skip_lead_words,
    speaker_body,
    subjectless_role,
    workplace_heading_units,
    writer_is_bureau,
)

if TYPE_CHECKING:
    from .deadlines import Candidate  # deadlines imports this module: the type only

# kinds of party and addressees in general: no agency that could speak of itself as 当局 or 局方
NO_AGENCY = frozenset({ENTERPRISES, "电力企业", ALL_BODIES, SOME_DEPARTMENTS, LEADERS, ISSUER})
QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》|‘[^‘’]*’|「[^「」]*」")
# what is left before a predicate once the units are masked: list words and 部门/单位 (a character
# set would also eat the 部 of 部分), a comma between two parties and a short note after one
# (各中小学，幼儿园（含民办）于…), and the colon of a division of duties (县住建局：牵头开展…)
LEFT_OF_UNITS = re.compile(r"^(?:[□、和及与等]|部门|单位|[，,](?=□)|[（(][^（）()□]{1,8}[）)]|[：:](?!□))+")
# a clause ends at a comma, a semicolon, a colon or a sentence's end; the colon between an hour and its minutes
# (各单位于6月28日17:00前将…报送…) is none: the limit and its act are one clause (tasks58)
CLAUSE_SPLIT = re.compile(r"[，,；;。！？!?]|[：:](?![0-9０-９]{2}(?![0-9０-９]))|(?<![0-9０-９])[：:]")
# what a finished sentence or heading line may end with; a page's last line that ends otherwise was
# cut off by the excerpt (…组织开展一次全面细致的拉网式排查，认)
SENTENCE_CLOSE = tuple("。！？；!?;：:”’）)」』】…")
WRAPPED_AFTER = tuple("并及和与或且、，,")  # a line ending with these words goes on in the next line


@dataclass
class TaskDraft:
    sentence: Sentence
    source: str
    start: int
    end: int
    modality: str
    units: list[Unit] = field(default_factory=list)
    deadline: Deadline | None = None
    sectors: list[str] = field(default_factory=list)
    summary: str = ""


# --- the lexicon -------------------------------------------------------------------------------


class Cues:
    """task_cues.toml compiled. The cue lists that most sentences and clauses do not hit are
    `Guarded`: a text without any character they need is not searched."""

    def __init__(self, spec: dict) -> None:
        def any_of(words):
            return re.compile("|".join(f"(?:{w})" for w in words))

        def rare(words):
            return Guarded(any_of(words))

        modal_words = {**spec["modal_cues"], "prohibit": [*spec["modal_cues"]["prohibit"], spec["soft_prohibition"]]}
        self.modal = {m: rare(words) for m, words in modal_words.items()}
        self.frame = re.compile(spec["speech_frames"])
        self.leading = tuple(re.compile(p) for p in spec["leading_phrases"])
        self.assignment = re.compile(spec["assignment"])
        self.agent_by = re.compile(spec["agent_by"])
        self.topic_agent = re.compile(spec["topic_agent"])
        self.topic_agent_frame = re.compile(spec["topic_agent_frame"])
        self.topic_agent_doc_types = frozenset(spec["topic_agent_doc_types"])
        self.lead_credit = re.compile(spec["lead_credit"])
        self.system_adoption = re.compile(spec["system_adoption"])
        self.modal_timing = re.compile(spec["modal_timing"])
        self.urgent_after_topic = re.compile(spec["urgent_after_topic"])
        self.adverbs = re.compile(spec["adverbs"])
        self.action = action_verb_pattern()
        self.action_start = re.compile("^(?:" + "|".join(action_verbs()) + ")")
        self.attitude = any_of(spec["attitude_clause"])
        self.generic = rare(spec["generic_clause"])
        self.past = rare(spec["past_clause"])
        self.situation = rare(spec["situation_clause"])
        self.outcome = re.compile(spec["outcome_clause"])
        self.cause_clause = re.compile(spec["cause_clause"])
        self.problem_clause = any_of(spec["problem_clause"])
        self.exclude = OpeningOrAnywhere(spec["exclude_sentence"])
        self.meeting_reported = re.compile(spec["meeting_reported"])
        self.meeting_schedule_doc_types = frozenset(spec["meeting_schedule_doc_types"])
        self.cover_formula = re.compile(spec["cover_formula"])
        self.unit_subject_doc_types = frozenset(spec["unit_subject_doc_types"])
        self.requirement_frame = re.compile(spec["requirement_frame"])
        self.issued_paper = re.compile(spec["issued_paper"])
        self.paper_states = re.compile(spec["paper_states"])
        self.unit_subject_connectors = tuple(spec["unit_subject_connectors"])
        self.imperative_connectors = re.compile(spec["imperative_connectors"])
        self.disposal = re.compile(spec["disposal_opening"])
        self.bare_verb = re.compile(spec["bare_verb"])
        self.conditional = re.compile(spec["conditional_opening"])
        self.conditional_action = re.compile(spec["conditional_actions"])
        self.sanction_condition = re.compile(spec["sanction_condition"])
        self.finding_clause = re.compile(spec["finding_clause"])
        self.work_team = re.compile(spec["work_team"])
        self.work_team_report_doc_types = frozenset(spec["work_team_report_doc_types"])
        self.then_clause = re.compile(spec["then_clause"])
        heading = spec["heading"]
        self.topic_prefix = re.compile(heading["topic_prefix"])
        self.topic_suffix = re.compile(heading["topic_suffix"])
        self.topic_suffix_always = re.compile(heading["topic_suffix_always"])
        self.coordinated_topic = re.compile(heading["coordinated_topic"])
        self.question = re.compile(heading["question_clause"])
        self.stage_heading = re.compile(heading["stage_heading"])
        self.stage_name = re.compile(heading["stage_name"])
        self.stage_name_use = re.compile(heading["stage_name_use"])
        self.lead_time_rest = re.compile(heading["lead_time_rest"])
        self.lead_limit_end = re.compile(heading["lead_limit_end"])
        self.purpose_opening = re.compile(heading["purpose_opening"])
        self.time_frame_heading = re.compile(heading["time_frame_heading"])
        self.trigger_frame_heading = re.compile(heading["trigger_frame_heading"])
        self.own_condition_opening = re.compile(heading["own_condition_opening"])
        self.check_window_heading = re.compile(heading["check_window_heading"])
        self.check_act = re.compile(heading["check_act"])
        self.check_window_first_day = re.compile(heading["check_window_first_day"])
        self.lead_from_today = re.compile(heading["lead_from_today"])
        self.own_time_trace = re.compile(heading["own_time_trace"])
        self.parallel_object_opening = re.compile(heading["parallel_object_opening"])
        # the tagger may keep a compound whole (考核内容): the topic noun closes the heading's last word
        self.topic_head = re.compile(f"(?:{heading['topic_head']})$")
        self.modified_topic_head = re.compile(heading["modified_topic_head"])
        self.arrangement_head = re.compile(f"(?:{heading['arrangement_head']})$")
        self.attribute_head = re.compile(heading["attribute_head"])
        self.heading_verbs = re.compile(heading["heading_verbs"])
        self.duty_lead = re.compile(spec["duty_lead"])
        self.party_coverb = re.compile(spec["party_coverb"])
        self.thinking_verbs = re.compile(heading["thinking_verbs"])
        self.noun_phrase = re.compile(heading["noun_phrase_tail"])
        self.problem = any_of(heading["problem"])
        self.solving_verb = re.compile(heading["solving_verb"])
        self.attitude_start = re.compile(heading["attitude_start"])
        self.sector_paragraph = re.compile(spec["sector_paragraph"])
        self.role_only = re.compile(spec["role_only_clause"])
        self.accountability = re.compile(spec["accountability_clause"])
        self.rule_trigger = re.compile(spec["rule_trigger"])
        self.held_to_account = re.compile(spec["held_to_account"])
        self.hand_over = re.compile(spec["hand_over"])
        self.notice_formula_lead_in = re.compile(spec["notice_formula_lead_in"])
        self.list_lead_in = re.compile(spec["list_lead_in"])
        self.reminder_list_lead = re.compile(spec["reminder_list_lead"])
        self.handing_lead_in = re.compile(spec["handing_lead_in"])
        self.counted_lead_in = re.compile(spec["counted_lead_in"])
        self.addressee_request = re.compile(spec["addressee_request"])
        self.courtesy_request = re.compile(spec["courtesy_request"])
        self.request_limit = re.compile(spec["request_limit"])
        self.request_acknowledgement = re.compile(spec["request_acknowledgement"])
        self.request_submission = re.compile(spec["request_submission"])
        self.paper_topic = re.compile(spec["paper_topic"])
        self.prohibit_clause = re.compile(spec["prohibit_clause"])
        self.future = re.compile(spec["future_marker"])
        self.own_work_plan = re.compile(spec["own_work_plan"])
        self.subject_time = re.compile(spec["subject_time"])
        self.act_time = re.compile(spec["act_time"])
        self.act_frequency = re.compile(spec["act_frequency"])
        self.seat_clause = re.compile(spec["seat_clause"])
        self.timing_opening = re.compile(spec["timing_opening"])
        self.party_subject = re.compile(spec["party_subject"])
        self.announcing = re.compile(spec["announcing_connectors"])
        # what announced work needs: a connector after a party's name, or after a short adverbial
        # that follows it (处将, 局计划, 署会, 处即日开始会), a comma allowed after the name (部门，将…); the name
        # ends in a head `party_subject` reads, a township's, village's or district's too (该镇下一步还将…), or
        # it is the places a report's paper addresses taken together (各地将联合…: their governments, meta78)
        self.announcing_word = re.compile(
            "(?:[处署局委会办心队府司门位商主方所站厅院科组村镇乡道区]|各地)[，,]?[^，。；]{0,6}?"
            + spec["announcing_connectors"].lstrip("^")
        )
        self.announcing_clause = re.compile(spec["announcing_clause"])
        self.limit_clause = re.compile(spec["limit_clause"])
        self.conditional_clause = re.compile(spec["conditional_clause"])
        self.plan_statement = re.compile(spec["plan_statement"])
        self.issuer_self_reference = re.compile(spec["issuer_self_reference"])
        self.announcing_time = re.compile(spec["announcing_time"])
        self.agency_subject = re.compile(spec["agency_subject"])
        self.before_a_reminder = re.compile(spec["before_a_reminder"])
        self.reminder_lead_in = re.compile(spec["reminder_lead_in"])
        self.agency_connector = re.compile(spec["agency_connector"])
        self.enforcement_action = re.compile(spec["enforcement_action"])
        self.announcement_preamble = re.compile(spec["announcement_preamble"])
        self.reported_done = re.compile(spec["reported_done"])
        self.result_count = re.compile(spec["result_count"])
        self.directive_count = re.compile(spec["directive_count"])
        self.standing_schedule = re.compile(spec["standing_schedule"])
        self.completion_limit = re.compile(spec["completion_limit"])
        self.completion_limit_reported = re.compile(spec["completion_limit_reported"])
        self.item_date = re.compile(spec["item_date"])
        self.item_date_tail = re.compile(spec["item_date_tail"])
        self.sent_paper = re.compile(spec["sent_paper"])
        self.opening_month_part = re.compile(spec["opening_month_part"])
        self.next_step = re.compile(spec["next_step"])
        self.next_step_party = re.compile(spec["next_step_party"])
        self.event_report_doc_types = frozenset(spec["event_report_doc_types"])
        self.account_doc_types = frozenset(spec["account_doc_types"])
        self.recent_day = re.compile(spec["recent_day"])
        self.event_day = re.compile(spec["event_day"])
        self.event_day_onward = re.compile(spec["event_day_onward"])
        self.meeting_held = re.compile(spec["meeting_held"])
        self.purpose_opening = re.compile(spec["purpose_opening"])
        self.decision = re.compile(spec["decision"])
        self.completed_work = re.compile(spec["completed_work"])
        self.status_cell = re.compile(spec["status_cell"])
        self.announcement_period = re.compile(spec["announcement_period"])
        self.lead_in_clause_end = re.compile(spec["lead_in_clause_end"])
        self.subjectless_connector = re.compile(spec["subjectless_connector"])
        self.start_day = re.compile(spec["start_day"])
        self.scheduled_start = re.compile(spec["scheduled_start"])
        self.agency_frame = re.compile(spec["agency_frame"])
        self.carried_subject_announcement = re.compile(spec["carried_subject_announcement"])
        self.section_directive_doc_types = frozenset(spec["section_directive_doc_types"])
        self.non_task_section = re.compile(spec["non_task_section"])
        self.review_section = re.compile(spec["review_section"])
        self.section_year = re.compile(spec["section_year"])
        self.looking_ahead = re.compile(spec["looking_ahead"])
        self.plan_section = re.compile(spec["plan_section"])
        self.duty_section = re.compile(spec["duty_section"])
        self.assigned_post = re.compile(spec["assigned_post"])
        self.duty_holder = re.compile(spec["duty_holder"])
        self.duty_holder_statute = re.compile(spec["duty_holder_statute"])
        self.leadership_item = re.compile(spec["leadership_item"])
        self.duty_section_doc_types = frozenset(spec["duty_section_doc_types"])
        self.label_field = re.compile(spec["label_field"])
        self.plan_target = re.compile(spec["plan_target"])
        self.planned_opening = re.compile(spec["planned_opening"])
        self.section_predicate = re.compile(spec["section_predicate"])
        self.section_lead = re.compile(spec["section_lead"])
        self.stative_verbs = frozenset(spec["stative_verbs"])
        self.law_citation = re.compile(spec["law_citation"])
        self.public = re.compile(spec["public"])
        self.classifier_done = re.compile(spec["classifier_done"])
        self.classifier_ongoing = re.compile(spec["classifier_ongoing"])
        self.classifier_series_item = re.compile(spec["classifier_series_item"])
        self.classifier_reporting = re.compile(spec["classifier_reporting"])
        self.public_reminder = re.compile(f"{spec['public_reminder']}(?={spec['public']})")
        self.party_reminder = re.compile(spec["party_reminder"])
        self.public_appeal = re.compile(spec["public_appeal"])
        self.public_object = re.compile(spec["public_object"])
        self.advice_block_lead = re.compile(spec["advice_block_lead"])
        self.headline_line = re.compile(spec["headline_line"])
        self.spaced_pair = re.compile(spec["spaced_pair"])
        self.reported_before_modal = re.compile(spec["reported_before_modal"])
        self.frame_section = re.compile(spec["frame_sections"])
        self.agenda_section = re.compile(spec["agenda_section"])
        self.agenda_proper = re.compile(spec["agenda_proper"])
        self.meeting_notice_part = re.compile(spec["meeting_notice_part"])
        self.gathering_place_part = re.compile(spec["gathering_place_part"])
        self.gathering_program_part = re.compile(spec["gathering_program_part"])
        self.summary_lead = re.compile(spec["summary_lead"])
        self.summary_time = re.compile(spec["summary_time"])
        self.summary_condition = re.compile(spec["summary_condition"])
        self.summary_duration = re.compile(spec["summary_duration"])
        terse = spec["terse_item"]
        self.directing_verb = re.compile(terse["directing_verb"])
        self.principle_object = re.compile(terse["principle_object"])
        self.target_clause = re.compile(terse["target_clause"])
        self.scheduled_action = re.compile(terse["scheduled_action"])
        self.target_doc_types = frozenset(terse["target_doc_types"])


@cache
def cues() -> Cues:
    return Cues(resources.read_rules("extract/task_cues.toml"))


# --- the other helper's finders (imported when first used) ------------------------------------


def find_units(text: str, *, listed: bool = False) -> list[Unit]:
    return list(_units_in(text, listed))


@lru_cache(maxsize=4096)
def _units_in(text: str, listed: bool = False) -> tuple[Unit, ...]:
    """One lookup per sentence: task detection and inheritance ask for the same sentences (a pure
    memo, the same for every document: never cleared, bounded)."""
    from .units import find_units as finder

    return tuple(finder(text, listed=listed))


def mask_units(text: str, sentence: str | None = None, listed: bool = False) -> str:
    """Unit names hidden, so that 市场监督管理局 does not read as the verb 监督. `text` may be a
    piece of `sentence`: the units are looked up once per whole sentence. `listed`: find_units'
    reading of a bare list of parties (执法大队、消防救援站)."""
    for unit in _units_in(sentence or text, listed):
        text = text.replace(unit.mention, "□" * len(unit.mention))
    return text


def find_deadline(text: str, doc_date, plan_year: int | None = None) -> Deadline | None:
    from .deadlines import find_deadline as finder

    return finder(text, doc_date, plan_year)


def deadline_for_task(value: str, task: str, doc_date, plan_year: int | None = None) -> Deadline | None:
    from .deadlines import deadline_for_task as finder

    return finder(value, task, doc_date, plan_year)


def parse_deadline_text(text: str, doc_date, plan_year: int | None = None) -> Deadline | None:
    from .deadlines import parse_deadline_text as parser

    return parser(text, doc_date, plan_year)


def limit_cell(text: str) -> Deadline | None:
    from .deadlines import limit_cell as reader

    return reader(text)


def document_events(text: str, doc_date) -> Mapping[str, dt.date]:
    from .deadlines import DocumentEvents

    return DocumentEvents(text, doc_date)


def is_term(deadline: Deadline) -> bool:
    """为期两个月 (`term_re`): how long the work lasts, not the day it ends by."""
    return bool(resources.deadline_patterns()["term_re"].fullmatch(deadline.text))


def urgent(deadline: Deadline) -> bool:
    """立即, or a count of hours or minutes (30分钟内: kind `date`, ranked as urgency): an item's line may time the
    task over it, and two such words may time two acts of an assignment."""
    return deadline.kind == "immediate" or bool(
        resources.deadline_patterns()["hours_within_re"].fullmatch(deadline.text)
    )


def an_open_limit(own: Deadline) -> bool:
    """A limit of the sentence that names no day and counts none (损坏的限期修复, 在节前…检查一遍): it says the work
    is bounded, not when. Under the item's limit line (完成时限：4月15日前) that line is the bound. A stated day
    (9月底前完成…) and a counted limit (须提前3天报备: deadline_words.toml counted_limit_re) keep to the sentence;
    a frequency, a span or a lasting word too (each measured against the line: check sets fell), and urgency keeps
    its own rule (task_deadline)."""
    counted = resources.deadline_patterns()["counted_limit_re"].search(own.text)
    return own.kind == "date" and own.date is None and not counted


def dated_by_event(deadline: Deadline, events: Mapping[str, dt.date]) -> Deadline:
    from .deadlines import dated_by_event as dater

    return dater(deadline, events)


def defined_event_span(text: str, events: Mapping) -> Deadline | None:
    from .deadlines import defined_event_span as finder

    return finder(text, events)


def anchored_event_limit(text: str, events: Mapping) -> Deadline | None:
    from .deadlines import anchored_event_limit as finder

    return finder(text, events)


def find_sectors(text: str) -> list[str]:
    from .sectors import find_sectors as finder

    return finder(text)


# --- is it a directive? ------------------------------------------------------------------------


def blank_quotes(text: str) -> str:
    """Quoted slogans and titles replaced by placeholders of the same length."""
    return QUOTED.sub(lambda m: "□" * len(m.group(0)), text)


def blank_limit_clauses(text: str) -> str:
    """The clause that sets when an announced act ends (…发出暂时停工通知书，直至有关危险已经消除为止) blanked to
    placeholders of the same length: its perfect (已经) is the condition's, not an account of work done."""
    return cues().limit_clause.sub(lambda m: "□" * len(m.group(0)), text)


def without_person_asides(text: str) -> str:
    """The sentence without the parenthesis naming a party's person in charge (保卫处（责任人：李某）于…):
    the party's predicate follows the party directly, as the directive tests read it."""
    return resources.unit_rules()["person_in_charge_note"].sub("", text)


@lru_cache(maxsize=4096)
def modal_cues(text: str) -> tuple[tuple[int, str], ...]:
    """(start, modality) of the first cue of each modality, earliest first. Cached (a pure
    memo, never cleared): task detection, the task's modality and headings ask again for the same texts."""
    found = ((m.start(), name) for name, pattern in cues().modal.items() for m in [pattern.search(text)] if m)
    return tuple(sorted(found))


def modality_of(text: str) -> str | None:
    """The modality of the first cue in the sentence; None when it has none."""
    found = modal_cues(text)
    return found[0][1] if found else None


@lru_cache(maxsize=4096)
def concrete(clause: str, *, directive: bool = True) -> bool:
    """An action verb, and not attitude, a generic goal, past work or the situation (依然…). Outside
    a modal sentence 存在…问题 describes the situation too; after 要 it is what to solve. Cached (a
    pure memo): a sentence's clauses are tested unmasked, masked and again for the summary."""
    c = cues()
    if not c.action.search(clause) or c.attitude.search(clause) or c.generic.search(clause):
        return False
    if c.past.search(clause) or c.situation.search(clause):
        return False
    return directive or not c.problem_clause.search(clause)


# a sentence is cut into its clauses by most of the task tests and the summary, some four times a
# sentence and more than half of them a text the same document cut already: a pure memo, kept whole
@lru_cache(maxsize=1024)
def clauses(text: str) -> tuple[str, ...]:
    return tuple(piece for piece in CLAUSE_SPLIT.split(text) if piece.strip())


@lru_cache(maxsize=4096)
def opening(text: str) -> str:
    """The sentence without its speaker frame and its leading adverbial phrases (cached, a pure
    memo: the directive tests, sector paragraphs and the summary open the same sentences)."""
    c = cues()
    changed = True
    while changed:
        changed = False
        for pattern in (c.frame, *c.leading):  # 同时，《通知》还指出，严查…: a frame after a leading phrase
            stripped = pattern.sub("", text, count=1)
            if stripped != text and stripped:
                text, changed = stripped, True
    return text


def imperative(text: str) -> bool:
    """Opens with an action verb after adverbs (加强…、切实解决…), with 由X… or with …的，一律… ."""
    c = cues()
    lead = opening(text)
    future = c.future.match(lead)
    if future and c.action_start.match(lead[future.end() :]):
        return False  # 指挥中心建成后，将整合…: what will happen, not what to do (将X纳入… stays a directive)
    head = acting_head(text)
    if c.action_start.match(head) or c.agent_by.match(head) or c.disposal.match(head) or does_well(head):
        return True
    if c.imperative_connectors.match(head):
        first = clauses(mask_units(head, text))[:1]
        if first and c.action.search(first[0]):
            return True
    if any(c.plan_statement.match(clause) for clause in clauses(lead)):
        return True  # …成果，计划年底前完成…: a plan statement
    conditional = c.conditional.match(text)
    return bool(conditional and c.conditional_action.match(text[conditional.end() :]))


def acting_head(text: str) -> str:
    """The sentence's opening (`opening`) without a leading time and its first adverb: where its verb stands."""
    return cues().adverbs.sub("", without_timing(opening(text)), count=1)


def a_team_reports(text: str, doc_type: str) -> bool:
    """A report (task_cues.toml work_team_report_doc_types) whose sentence opens with a team named by its work
    (work_team: 检查组同时依法对…立案调查): the team is the subject and the sentence tells what it did or found; the
    verb 检查 its name starts with orders nothing."""
    c = cues()
    return doc_type in c.work_team_report_doc_types and bool(c.work_team.match(acting_head(text)))


# the resultative complement does_well reads after an opening verb (安排好, 组织好)
RESULTATIVE_GOOD = "好"


def does_well(text: str) -> bool:
    """A verb with the resultative 好 and its object opens the clause (安排好节日值班, 组织好应急演练): the complement
    asks the act done well, an order whatever the verb; 好了 reports it done, and a stative verb orders nothing.
    A clause without 好 holds no second word 好: it is not tagged (most clauses, speed93)."""
    first = clauses(text)
    clause = first[0] if first else text
    if RESULTATIVE_GOOD not in clause:
        return False
    words = tagged(clause)
    if len(words) < 3 or words[0][1] != "v" or words[0][0] in cues().stative_verbs:
        return False
    return (
        words[1][0] == RESULTATIVE_GOOD
        and words[2][0] != "了"
        and any(tag.startswith("n") or tag == "vn" for _, tag, _ in words[2:])
    )


def without_timing(text: str) -> str:
    """The text without the time it opens with (2月8日前报送… → 报送…; 高温期间每周对… → 每周对…)."""
    return cues().timing_opening.sub("", text, count=1) or text


def after_opening_units(text: str) -> str | None:
    """What follows the units that open the sentence (after its frame and leading phrases), or
    None when no unit opens it. A party the unit vocabulary does not know (乡安办, 网格员, 本署)
    opens it too when what follows reads as its predicate (`party_predicate`)."""
    head = without_timing(opening(text))
    offset = len(text) - len(head)
    if skip_lead_words(text, offset) == offset and mention_at(text, offset) is None:
        return after_unknown_party(head)  # no known unit can open here: spare the unit lookup
    # the issuer speaking of itself (我局将依据…处罚) reads as any unnamed party: whether a sentence is a
    # task does not hang on the document's issuer
    units = [unit for unit in find_units(text) if unit.canonical != ISSUER]
    if not units or text.find(units[0].mention, offset) != offset:
        return after_unknown_party(head)
    masked = mask_units(head, text)
    rest = LEFT_OF_UNITS.sub("", masked)
    if party_predicate(rest) or announced_action(rest):
        return rest
    # the list goes on with a party the vocabulary lacks (中心学校、镇卫生院、敬老院各组织…), or the name goes
    # on past the unit with the body's people or a part of it (村两委干部负责…, 县应急局执法大队将…)
    after_name = after_unknown_party(rest)
    return rest if after_name is None else after_name


def after_unknown_party(head: str) -> str | None:
    """What follows a party-like name (`party_subject`: a short name ending in the head word of a
    body or a post) when it reads as that party's predicate; else None."""
    c = cues()
    for end in range(2, min(len(head), 12) + 1):  # 村安办: the name may go on past a head word (村)
        if not c.party_subject.fullmatch(head, 0, end) or c.action.search(head, 0, end):
            continue
        rest = head[end:]
        if party_predicate(rest) or announced_action(rest):
            return rest  # 本署会发出警告信; not 据县气象局会商研判
    return None


def announced_action(rest: str) -> bool:
    """`rest`, what follows a party, announces an action: a connector (将/会/计划…, after adverbs:
    即日开始会…) and then an action verb or a concrete clause (将持续透过…方式，依法对…作出处罚)."""
    c = cues()
    rest = rest.lstrip("，,")  # 全县住建部门，将围绕…: a comma may set the party off
    timed = c.announcing_time.match(rest)  # 县府明年也将扩大…: a time before the connector
    if timed and c.announcing.match(rest[timed.end() :]):
        rest = rest[timed.end() :]
    rest = c.adverbs.sub("", rest, count=1) if not c.announcing.match(rest) else rest
    found = c.announcing.match(rest)
    if found is None:
        return False
    tail = c.adverbs.sub("", rest[found.end() :], count=1)
    return bool(c.action_start.match(tail)) or any(concrete(clause) for clause in clauses(tail))


def party_predicate(rest: str) -> bool:
    """`rest`, what follows a subject, opens with an action (after adverbs and a time: 每月5日前将…报…)
    or with a connector whose first clause holds one (对辖区…巡查, 负责制定…, 利用广播…播放)."""
    c = cues()
    if disposes_at_once(rest):
        return True
    seated = c.seat_clause.sub("", rest, count=1)  # 办公室设在县应急局，负责…: where the body sits, then its duty
    # 每周五12:00前将…报…: the connector may follow the time
    for candidate in (seated, c.adverbs.sub("", rest, count=1), c.subject_time.sub("", rest, count=1)):
        timed = c.adverbs.sub("", c.subject_time.sub("", candidate, count=1), count=1)
        if c.action_start.match(timed) or c.action_start.match(c.adverbs.sub("", candidate, count=1)):
            return True
        pieces = clauses(candidate)
        if candidate.startswith(c.unit_subject_connectors) and pieces and c.action.search(pieces[0]):
            return True
    return False


def disposes_at_once(rest: str) -> bool:
    """`rest`, what follows a party, opens with its time (task_cues.toml subject_time: 明天, 这周内, 今天下班前) and a
    把-phrase whose object an act follows (总务处明天把课表发到各年级群; 办公室这周内把该企业列入重点名单): a minutes'
    or a memo's assignment to its staff. The disposal names the thing and what the party does to it, so the act need
    not be a verb of the action lexicon — the tagger's verb after the object is (`disposes_of_an_object`). An
    untimed disposal (总务处把课表发到…) is left: measured, it brought a false task to a check set (tasks58)."""
    c = cues()
    timed = c.subject_time.match(rest)
    head = c.adverbs.sub("", rest[timed.end() :], count=1) if timed else ""
    if not head.startswith("把"):
        return False
    first = next(iter(clauses(head)), "")
    if any(pattern.search(first) for pattern in (c.attitude, c.generic, c.past, c.situation)):
        return False  # 把安全放在心上, 把…落到实处: attitude and goals are no act on a thing
    return disposes_of_an_object(first)


def unit_subject(text: str) -> bool:
    """A unit opens the sentence and acts: 市安委办每月组织…, 县公安局牵头，…配合."""
    rest = after_opening_units(text)
    return rest is not None and party_predicate(rest)


def announced_work(text: str) -> bool:
    """An agency announces what it will do (劳工处将继续巡查…, 县应急局计划年底前完成…): a task in
    news and meeting reports too (ANNOTATION.md)."""
    c = cues()
    if issuer_announces(opening(text)):
        return True
    if not c.announcing_word.search(text):
        return False  # most sentences announce nothing: no unit lookup for them
    rest = after_opening_units(text)
    # 县应急局，将组织…: news sets the agency off from its coming work with a pause
    if rest is not None and announced_action(rest):
        return True
    # the unit's own people may follow it as the subject (厂里各车间主任将轮流巡查…)
    staff = after_unknown_party(rest) if rest else None
    if staff is not None and announced_action(staff):
        return True
    # a unit the vocabulary knows may open a longer name (县府 in 县府办将组织…): the name as a whole
    if rest is None:
        return False
    tail = after_unknown_party(without_timing(opening(text)))
    # the name must run past the unit (县府办 past 县府), not stop inside it (县安委 of 县安委会决定…)
    return tail is not None and len(tail) < len(rest) and announced_action(tail)


def issuer_announces(clause: str) -> bool:
    """The issuer names itself (本局、镇里、县里、街道、县府办…) and announces its work: 将/还将/会/决定… and
    an action, or a time and then an action (本府自下月起执行…专案检查; 街道6月上旬将…); a year may come
    first (今年县里将进一步加大…)."""
    c = cues()
    head = _after_announcing_time(without_timing(clause), c.issuer_self_reference)
    found = c.issuer_self_reference.match(head)
    if found is None:
        return False
    rest = head[found.end() :]
    timed = c.announcing_time.match(rest)
    if timed and c.action_start.match(c.adverbs.sub("", rest[timed.end() :], count=1)):
        return True
    return announced_action(rest)


def announced_later(text: str) -> bool:
    """A clause after the first announces an agency's work (…行动已完成，日后会继续巡查…; 若发现违规，定会
    严厉执法): the agency is named before it, or the sentence opens with a condition. The clause is
    judged alone, so that past work before it (已完成, 已严肃跟进) does not hide it."""
    c = cues()
    pieces = clauses(text)
    for index, piece in enumerate(pieces[1:], 1):
        if issuer_announces(piece) and not c.past.search(piece):
            return True  # …，街道还将组织两轮夜查: the issuer is the party the clause names
        found = c.announcing_clause.match(piece)
        if found is None or c.past.search(piece):
            continue
        tail = c.adverbs.sub("", piece[found.end() :], count=1)
        if not (c.action_start.match(tail) or concrete(tail)):
            continue
        if c.conditional_clause.match(pieces[0]) or any(names_a_party(earlier) for earlier in pieces[:index]):
            return True
    return False


def agency_announcement(text: str) -> bool:
    """Some clause announces an agency's work or threatens enforcement (analysis6 group B), judged
    from that clause on, whatever leads into it: `为摸清底数，市安委会决定自3月起…开展…`,
    `消防事务处今日（十一月三日）起展开…`, `逾期仍未提交者，处方会提出检控`, `对于…之缺失，将当场令其停工`,
    `职安署表示，将自…起…执行…`. A clause that names no agency announces only after a clause that
    does, or after clauses that merely lead in (a purpose, a condition, a time); after the agency's
    own framing clause (县纪委监委已经明确，今年将对…开展专项监督) any action it announces counts. A
    sentence may open with 将 and the day its inspection starts (将于年底启动…检查): its agency was
    named in the sentence before."""
    c = cues()
    pieces = clauses(text)
    for index, piece in enumerate(pieces):
        rest = text[text.find(piece) :]
        if c.past.search(rest) or c.reported_done.search(rest):
            continue  # …进行了督查, 开展了明查暗访: what the agency did
        rest = _without_leading_time(rest)
        if _agency_then_announcement(rest):
            return True
        if index == 0 and (_scheduled_without_subject(rest) or _carried_subject_announces(rest)):
            return True
        led_in = index > 0 and all(_leads_in(earlier) for earlier in pieces[:index])
        framed = led_in and any(c.agency_subject.match(p) and c.agency_frame.search(p) for p in pieces[:index])
        if led_in and _announced_without_subject(rest, framed=framed):
            return True
        if led_in and announced_work(rest):
            return True  # 对拒不整改的经营户，有关部门将依法处理: a party the vocabulary knows, after the lead-in
    return False


def _after_announcing_time(text: str, then: re.Pattern) -> str:
    """The text without the year or time that opens it (今年, 下半年) when `then` follows it
    (今年县里将… → 县里将…); the text itself otherwise."""
    year = cues().announcing_time.match(text)
    return text[year.end() :] if year and then.match(text[year.end() :]) else text


def _without_leading_time(text: str) -> str:
    """The text without the festival or period it opens with (元旦、春节前后街道还将… → 街道还将…)."""
    period = cues().announcement_period
    text = period.sub("", text, count=1) or text
    return period.sub("", without_timing(text), count=1) or text


def _leads_in(clause: str) -> bool:
    """The clause only leads into what follows: a purpose, basis, condition or time, or it names the
    agency that speaks (职安署表示, 本所依…指示)."""
    c = cues()
    return bool(
        c.announcement_preamble.match(clause) or c.agency_subject.match(clause) or c.lead_in_clause_end.search(clause)
    )


def _agency_then_announcement(text: str) -> bool:
    """An agency's name, then a connector (将, 会, 决定, 今日起…), then an action or a threat."""
    c = cues()
    for end in range(2, min(len(text), 16) + 1):
        if not c.agency_subject.fullmatch(text, 0, end) or _action_in_name(text, end):
            continue
        if text.startswith("会", end) and text[end - 1] == "委":
            continue  # 市安委 + 会组织…: the name is 市安委会, and it reports, not announces
        if _announced_after_connector(text[end:]):
            return True
    return False


def _action_in_name(text: str, end: int) -> bool:
    """An action word inside what would be an agency's name up to `end` shows a clause, not a name
    (…组织检查组…处); one that closes the name right before its office's suffix is part of it
    (劳动检查处, 安全监察局)."""
    action = cues().action
    found = action.search(text, 0, end)
    while found is not None:
        if found.end() != end - 1:
            return True
        found = action.search(text, found.end(), end)
    return False


def _announced_without_subject(text: str, *, framed: bool = False) -> bool:
    """A clause without a subject, a year allowed before it (今年将…), that threatens enforcement
    (将即令停工, 会考虑…提出检控, 将依条例第19条规定，处…罚锾) or announces work from a day on (将自8月1日起…执行,
    将于2月3日起针对…进行检查) — or, `framed` by a clause naming the agency, any action (今年将对…开展…)."""
    c = cues()
    text = _after_announcing_time(text, c.subjectless_connector)
    found = c.subjectless_connector.match(text)
    if found is None:
        return False
    tail = c.adverbs.sub("", text[found.end() :], count=1)
    if c.enforcement_action.match(tail):
        return True
    started = c.start_day.match(tail)
    if started is not None and _acts(tail[started.end() :]):
        return True
    return framed and _acts(tail)


def _carried_subject_announces(text: str) -> bool:
    """此外，也会检视…: the sentence goes on with the agency of the sentence before, 会 marking its work."""
    found = cues().carried_subject_announcement.match(text)
    return found is not None and _acts(text[found.end() :])


def _scheduled_without_subject(text: str) -> bool:
    """将于年底启动“火警讯号即时通报”装置检查: 将, the day, then the inspection it starts."""
    c = cues()
    found = c.subjectless_connector.match(text)
    if found is None:
        return False
    tail = text[found.end() :]
    started = c.scheduled_start.match(tail)
    return started is not None and _acts(tail[started.end() :])


def _announced_after_connector(text: str) -> bool:
    c = cues()
    found = c.agency_connector.match(text)
    if found is None:
        return False
    tail = text[found.end() :]
    # 明日（17日）起将继续…, 决定自3月起…; a comma may close the start day (自6月1日起，将…)
    again = c.agency_connector.match(tail.lstrip("，,"))
    if again:
        tail = tail.lstrip("，,")[again.end() :]
    return c.enforcement_action.match(c.adverbs.sub("", tail, count=1)) is not None or _acts(tail)


def _acts(tail: str) -> bool:
    """What follows the announcement opens with an action, after adverbs and a time, or holds a concrete clause."""
    c = cues()
    head = c.adverbs.sub("", tail, count=1)
    timed = c.announcing_time.match(head)
    if timed:
        head = c.adverbs.sub("", head[timed.end() :], count=1)
    head = head.lstrip("，,")
    return bool(c.action_start.match(head)) or any(concrete(clause) for clause in clauses(tail))


def required_act(text: str, first: int) -> bool:
    """The clause of the first modal (at `first`) requires an act the action lexicon does not list
    (须按指引停放, 应把吊臂降至…, 一律停航): the first word jieba tags as a verb after the modal is no
    stative word (具备、有、坚持…: act_after_modal), and the clause is no attitude, goal, past work or situation. A
    sentence that cites a law before its modal restates the law (根据《…条例》，雇主必须…)."""
    c = cues()
    if text.startswith(("请", "要求"), first):
        return False  # 收到请回复, 如有查询请致电…; 要求进一步拧紧…链条: a request names its party, not its act
    if c.law_citation.match(opening(text)) or c.law_citation.match(text):
        return False
    if c.past.search(text) or c.reported_before_modal.search(text, 0, first):
        return False  # 气象署已于…发布警报，…地区须慎防豪雨: a report that passes on a warning
    before = CLAUSE_SPLIT.split(text[:first])[-1]
    after = CLAUSE_SPLIT.split(text[first:], maxsplit=1)[0]
    whole = before + after  # 教训必须吸取: the object may stand before the modal
    if c.attitude.search(whole) or c.generic.search(whole) or c.past.search(whole) or c.situation.search(whole):
        return False
    cue_end = max(m.end() for pattern in c.modal.values() for m in [pattern.search(text)] if m and m.start() == first)
    rest = after[cue_end - first :]
    if c.modal_timing.fullmatch(rest):
        # 承揽人应于每日作业前，指派…确认…: the modal's clause only times the act, which the next clause holds
        rest = next(iter(clauses(text[first + len(after) :])), "")
        if c.attitude.search(rest) or c.generic.search(rest):
            return False
    return act_after_modal(rest, first_verb(rest))


def reports_a_papers_demand(text: str, first: int) -> bool:
    """The first modal is 要求, the clause before it reports a paper issued or a meeting held (task_cues.toml
    issued_paper: 文化和旅游部…印发通知，要求各地进一步加强…工作), and a party follows 要求: the report's object is the
    paper's demand on that party, a task even when the act is as broad as the paper's title. Not where the sentence
    tells work done (已发出…通知书，要求…: past, or 已 in the issuing clause) or where a demanded clause is attitude (要求各地充分认识…)."""
    c = cues()
    if not text.startswith("要求", first) or c.past.search(text):
        return False
    if not c.issued_paper.search(text, 0, first) or "已" in clauses(text[:first])[-1]:
        return False  # 已向该企业下达整改通知，要求…: an order given, told as work done
    demanded = clauses(text[first + len("要求") :])
    if not demanded or not names_a_party(demanded[0]):
        return False
    # the act is the paper's, read neither by the lexicon nor by the tagger (统筹安排好… is tagged a noun)
    return not any(c.attitude.search(clause) for clause in demanded)


def invites_whoever_chooses(topic: str) -> bool:
    """有意参加者请于…前报名: a topic before the request that holds a verb names whoever chooses to act, an invitation. A
    paper the reader sends (task_cues.toml paper_topic: 各单位确定的联络员名单请于…前报…) is a thing, whatever verb
    qualifies it, and the reader is asked to send it."""
    return not cues().paper_topic.search(topic) and any(tag == "v" for _, tag, _ in tagged(topic))


def submits_to_a_body(slot: str) -> bool:
    """The request's slot opens with a verb of submission and a body the unit finder names right after it (报区安委办,
    报送县应急局; task_cues.toml request_submission): the paper is handed to that body, an act however the tagger splits
    the verb from the body's level word (报区 read as a noun)."""
    verb = cues().request_submission.match(slot)
    if verb is None:
        return False
    body = slot[verb.end() :]
    return any(body.startswith(unit.mention) for unit in find_units(body))


def requests_of_a_named_party(text: str, first: int) -> bool:
    """The first modal is a request 请 (at `first`) to a named party (`after_requested_party`) or with a limit for the
    reader (task_cues.toml request_limit: 活动总结请于6月30日前报…; a topic before it, never a person: 有意参加者请于…前报名
    is an invitation), and what follows in the verb's slot acts: after the party, its limit or trigger (接到通知后) and
    adverbs (the data's, then any jieba tags an adverb: 即刻), a word jieba tags a verb with its object, or one it tags a
    noun with an object after it (请各局处即刻盘点救灾物资: 盘点 is tagged n, and in this slot before its object it is
    the verb). An acknowledgement of the letter (request_acknowledgement: 请各校知悉, 请查照) and a stative verb ask
    no act; a compliance formula (请认真贯彻执行) was blanked before (cover_formula)."""
    c = cues()
    if not text.startswith("请", first) or c.public_object.match(text, first):
        return False
    clause = CLAUSE_SPLIT.split(text[first + 1 :], maxsplit=1)[0]
    after_party = after_requested_party(clause, text)
    slot = c.adverbs.sub("", clause if after_party is None else after_party, count=1)
    limit = c.request_limit.match(slot)
    if limit:
        slot = c.adverbs.sub("", slot[limit.end() :], count=1)
    elif after_party is None:
        return False  # 请您配合检查, 请联系社区: the reader asked for no work of a named party, by no limit
    if after_party is None and invites_whoever_chooses(CLAUSE_SPLIT.split(text[:first])[-1]):
        return False
    if c.request_acknowledgement.match(slot) or c.past.search(clause):
        return False
    if submits_to_a_body(slot):
        return True
    words = slot_words(slot)
    if len(words) < 2:
        return False  # the act with its object: a verb alone at the clause's end (请各校知悉) is read by the lexicon
    (word, tag, _), (_, next_tag, _) = words[0], words[1]
    if tag == "v":
        return word not in c.stative_verbs
    return tag in ("n", "vn") and (next_tag.startswith("n") or next_tag == "vn")


def slot_words(slot: str) -> list[tuple[str, str, int]]:
    """The tagged words of a request's verb slot from its verb on: a trigger up to a localizer 后 (接到通知后, 收到后)
    times the act and adverbs by their tag (即刻, 迅速) qualify it."""
    words = list(tagged(slot))
    trigger = next((index for index, (word, tag, _) in enumerate(words) if word == "后" and tag == "f"), None)
    if trigger is not None:
        words = words[trigger + 1 :]
    while words and words[0][1] in ("d", "ad"):
        words.pop(0)
    return words


def after_requested_party(clause: str, sentence: str) -> str | None:
    """What follows the party a request names at the start of `clause` (the words after 请): a unit of the vocabulary
    (请各局处…) whose first word jieba tags a noun, a pronoun (各) or an abbreviation; None when the request names none
    (请于…前, 请您…), names whom to call (请联系县安委办), or a person, called on in a meeting (请王某副局长介绍…). A
    party the vocabulary lacks (请各中队…) is not read here: measured, the task it made lowered a read set's fields."""
    if cues().courtesy_request.match(clause):
        return None  # 请联系县安委办: the office is whom to call, no party asked to act
    masked = mask_units(clause, sentence)
    opener = next(iter(tagged(clause)), None)
    if not masked.startswith("□") or opener is None:
        return None
    if not opener[1].startswith(("n", "r", "j")) or opener[1] in ("nr", "ng"):
        return None  # a verb, a coverb or a bound morpheme (径至…) before the mention the unit finder took
    return LEFT_OF_UNITS.sub("", masked)


def act_after_modal(rest: str, verb: Verb | None) -> bool:
    """The clause after the modal (`rest`) acts: its first verb (jieba's tag, extract/pos.py) is no
    stative word (具备、有、坚持…)."""
    if verb is None or verb.word in cues().stative_verbs:
        return False
    following = rest[verb.end :].strip("□")
    # a degree complement (把困难估计得更充分) tells how to think, not what to do; a slogan's verb takes
    # a quoted word alone (佳节将至要防“祝融”)
    return not following.startswith("得") and bool(following or verb.end == len(rest))


def names_a_party(clause: str) -> bool:
    """The clause opens with a party: a known unit, or a name like one (劳工处发言人表示, 消防处已跟进)."""
    c = cues()
    if any(c.party_subject.fullmatch(clause, 0, end) for end in range(2, min(len(clause), 12) + 1)):
        return True
    units = find_units(clause)
    return bool(units) and clause.startswith(units[0].mention)


def any_concrete(text: str, sentence: str, *, directive: bool = True) -> bool:
    """Some clause of `text` (a piece of `sentence`) is concrete once unit names are hidden; the
    units are looked up only when it matters."""
    if not any(concrete(clause, directive=directive) for clause in clauses(text)):
        return False
    return any(concrete(clause, directive=directive) for clause in clauses(mask_units(text, sentence)))


def without_cover_formula(text: str) -> str:
    """The formula's verb blanked (请各校认真□□□□，并把…于9月20日发布…): a cover letter's formula is no
    work to check off, a request beside it is."""
    return cues().cover_formula.sub(lambda m: m.group(1) + "□" * (m.end() - m.start(1) - len(m.group(1))), text)


def sentence_is_task(text: str, doc_type: str, *, enterprise: bool = False) -> bool:
    """`enterprise`: the document is an enterprise's own, whose departments and staff are parties
    (enterprise.py)."""
    c = cues()
    text = without_person_asides(without_cover_formula(c.lead_credit.sub("", blank_quotes(text), count=1) or text))
    text = blank_limit_clauses(text)
    if excluded(text, doc_type):
        return False
    if doc_type in c.event_report_doc_types and (reports_a_dated_event(text) or c.meeting_held.search(text)):
        return False  # a report's event: the day it happened, or the meeting it held
    if doc_type in c.event_report_doc_types and advises_the_public(text):
        return False  # 也提醒民众，高温期间应避免…: advice, no party's duty
    modality = modality_of(text)
    if modality == "prohibit":
        if any(c.attitude.search(clause) for clause in clauses(text)):
            return False
        first = modal_cues(text)[0][0]
        if doc_type in c.account_doc_types and reports_the_ban(text[:first]):
            return False
        if not c.generic.search(clauses(text[first:])[0]):
            return True
        # …，坚决杜绝较大及以上事故 is a goal, not a prohibition: the rest of the sentence decides
    elif modality:
        first = modal_cues(text)[0][0]
        if (
            any_concrete(text[first:], text)
            or required_act(text, first)
            or reports_a_papers_demand(text, first)
            or requests_of_a_named_party(text, first)
        ):
            return True
    if assigns_work(text) and not c.past.search(text):
        return True  # 值班表由县应急局负责，5月20日前印发…: the topic first, then its agent
    if doc_type in c.topic_agent_doc_types and hands_a_topic_to_its_agent(text) and not c.past.search(text):
        return True  # 燃气总阀由总务处关闭并贴封条。: the topic first, its agent, then any verb of work
    if c.prohibit_clause.search(text) and not any(c.attitude.search(clause) for clause in clauses(text)):
        return True  # …要合理安排作业时间，严禁…: a prohibition counts even after a vaguer directive
    if (announced_later(text) or agency_announcement(text)) and not c.outcome.search(without_cause_clauses(text)):
        return True
    if doc_type in c.event_report_doc_types and reminds_a_party(text):
        return True  # 劳工处提醒雇主在…期间采取…: a release's reported directive to a trade
    if acts_at_the_time_set(text) and not c.past.search(text):
        return True  # 下次例会定于10月上旬召开，届时各责任人逐项汇报…: the act scheduled for the time just set
    if c.past.search(text) or reports_results(text):
        return False
    # an enterprise's unit with its predicate (一车间立即恢复…): its predicate was read with the unit
    internal = enterprise and addresses_internal_party(text)
    # 县交通运输局…实行每日通报，效果明显: a report of what is done, read before the dated item's deadline finder (speed79)
    if c.outcome.search(text):
        return False
    # an item that opens with its date has had its act read already, by the lexicon or by its verb's object
    dated_item = doc_type not in c.event_report_doc_types and opens_with_its_date(text)
    if not (
        internal
        or (imperative(text) and not a_team_reports(text, doc_type))
        or ((doc_type in c.unit_subject_doc_types or c.requirement_frame.match(text)) and unit_subject(text))
        or announced_work(text)
        or adopts_a_regime(text)
        or directed_by_its_timing(text)
        or party_acts_at_its_time(text)
        or announces_next_step(text)
        or (doc_type in c.unit_subject_doc_types and urgent_act_on_a_thing(text))
        or dated_item
    ):
        return False
    if dated_item and acts_on_an_object_after_a_coverb(item_predicate(text)):
        return True  # 6月2日至30日，在手机上播发…标语: its verb is read by its object, not by the lexicon
    return internal or any_concrete(opening(text), text, directive=False) or party_disposes(text)


def without_cause_clauses(text: str) -> str:
    """The sentence without its clauses that give a cause (由于夜间抽查效果理想): the outcome such a clause states is the
    reason for the work announced after it, not what the sentence reports."""
    cause = cues().cause_clause
    return "，".join(clause for clause in clauses(text) if not cause.match(clause))


def acts_at_the_time_set(text: str) -> bool:
    """A later clause opens on 届时 (task_cues.toml then_clause), what follows it acts, and the clauses before it set a
    time the deadline finder reads (下次例会定于10月上旬召开，届时…): that act is done then, its limit that time. A speaker
    before 届时 sets none (居民说，届时会配合…); a sentence that opens on 届时 points at a time the sentence before set,
    which no deadline rule reads: neither is taken here."""
    c = cues()
    for clause in clauses(text)[1:]:
        then = c.then_clause.match(clause)
        if then and concrete(clause[then.end() :], directive=False):
            return find_deadline(text[: text.find(clause)], None) is not None
    return False


def excluded(text: str, doc_type: str | None = None) -> bool:
    """The sentence is no task whatever it says (task_cues.toml exclude_sentence), or it reports a meeting held
    (meeting_reported) that is no timetable's scheduled meeting (`schedules_its_meeting`)."""
    c = cues()
    if c.exclude.found_in(text):
        return True
    return bool(c.meeting_reported.match(text)) and not schedules_its_meeting(text, doc_type)


def schedules_its_meeting(text: str, doc_type: str | None) -> bool:
    """A plan's or notice's item that opens with its date and holds a meeting (3月上旬，召开全镇安全生产工作会议，…):
    the timetable sets the meeting still to hold, as it sets its other dated items (`opens_with_its_date`, which
    keeps past aspect out: 3月上旬，召开了…). Minutes, news and meeting reports date the meeting they record."""
    return doc_type in cues().meeting_schedule_doc_types and opens_with_its_date(text)


def advises_the_public(text: str) -> bool:
    """An agency's reminder names the public before the first modal (task_cues.toml public_reminder: 提醒民众检查…，均应
    加固; 卫生局也提醒民众，高温期间应避免…; or in a 向-slot before a noun appeal, `public_appeal`: 向全县居民发出以下
    呼吁：应…), or the first modal is a 请 whose object is the public (`public_object`: …呼吁，寒流期间请民众提高警觉),
    and the sentence names no party the vocabulary knows after it: a trade
    beside the public (提醒市民及各企业…应…) or a request to a party after the advice (…，均应加固，也要求建筑工地立即…)
    keeps the sentence a duty, as does work the words before the reminder announce
    (县府亦将加强排水巡查，并呼吁民众提高警觉…)."""
    c = cues()
    found = modal_cues(text)
    if not found:
        return False
    first = found[0][0]
    reminder = c.public_reminder.search(text, 0, first) or c.public_appeal.search(text, 0, first)
    if reminder is not None:
        start = reminder.start()
    elif c.public_object.match(text, first):
        start = first  # …呼吁，寒流期间请民众提高警觉: the advice starts at the request
    else:
        return False
    earlier = clauses(text[:start])
    if any(c.announcing.match(clause) or announced_work(clause) for clause in earlier):
        return False  # 县府…，亦将加强巡查…，并呼吁民众…: the agency's own work before the reminder
    named = [unit.mention for unit in find_units(text) if text.find(unit.mention) >= start]
    return all(names_the_public(mention) for mention in named)  # the public itself (市民, read as 其他) is no party


def reminds_a_listed_party(text: str, units: list[Unit]) -> bool:
    """An agency's reminder to a party that closes with a colon and no 以下 (`reminder_list_lead`: 劳工局提醒承造商，须按
    风球的不同阶段采取相应措施：): the lines under it are the reminded party's, as under 请各单位做好以下工作：."""
    return bool(units) and cues().reminder_list_lead.search(text) is not None


def reminds_a_party(text: str) -> bool:
    """An agency reminds or urges a party other than the public to act, no modal needed (劳工处提醒雇主在高温期间
    安排…; 消防处特别提醒承办商，加强…): the request verb's object is the party (units66), its act the clause after
    the party — a reported directive, where an account would say what the agency did (已发出通函，提醒…, past).
    The agency opens the sentence or the clause after its lead-ins (鉴于…，由于…，); a line without its closing mark
    is a headline over the release, no directive."""
    c = cues()
    if not text.rstrip().endswith(("。", "；", ";", "！")):
        return False
    pieces = clauses(text)
    for index, piece in enumerate(pieces):
        earlier = pieces[index - 1] if index else ""
        if earlier and not (_leads_in(earlier) or c.reminder_lead_in.match(earlier)):
            return False
        found = c.agency_subject.match(piece)
        verb = c.party_reminder.search(piece, found.end()) if found else None
        if found is None or verb is None:
            continue
        if not c.before_a_reminder.match(piece[found.end() : verb.start()]):
            continue  # 民署亦加强宣传，提醒…: the agency's own account comes before the request
        start = text.find(piece)
        # a past word in the lead-in is the occasion (由于警告现已生效，); from the agency on it is an account
        return not c.past.search(text[start:]) and _asks_a_party_to_act(text, start + verb.end())
    return False


def _asks_a_party_to_act(text: str, start: int) -> bool:
    """What follows a request verb ending at `start` names a party that is no public first (雇主, 地盘承办商/雇主;
    the sentence's units, as the vocabulary reads an operator class only beside its request) and then its act."""
    c = cues()
    end = start
    for unit in find_units(text):  # the party may be several (雇主、承建商及物业管理公司, 承办商/雇主)
        if text.find(unit.mention) < start:
            continue  # the agency itself, before the verb
        at = text.find(unit.mention, end)
        if at < 0 or text[end:at].strip("各广大、及和与或/，,") or names_the_public(unit.mention):
            break
        end = at + len(unit.mention)
    if end == start:
        return False
    pieces = clauses(text[end:].lstrip("，,"))
    while len(pieces) > 1 and _leads_in(pieces[0]):
        pieces = pieces[1:]  # 提醒雇主，如遇暴雨，应…: the act after its condition
    act = pieces[0] if pieces else ""
    if not act or _leads_in(act) or states_no_work(act) or c.courtesy_request.match(act.lstrip("可")):
        return False
    return bool(c.action_start.match(c.adverbs.sub("", act, count=1))) or act_after_modal(act, first_verb(act))


# A line of tips is short: a tips block ends at the first longer line (the release's account going on after its
# bulleted tips, 机电署今年首七个月共进行…巡查…), as it ends at a line naming a party (the signature under them).
ADVICE_LINE_AT_MOST = 60


def public_advice_lines(sentences: Sequence[Sentence]) -> set[int]:
    """The sentences of each block of tips to the public (task_cues.toml advice_block_lead: 温馨提示：, 居民朋友们请注意：
    over 睡前把炉火熄灭！…): the body lines right under the lead, each a short line of its own, up to the first longer
    line or the first that names a party other than the public. Advice leaves the clerk no party to check it off."""
    lines: set[int] = set()
    lead_paragraph: int | None = None
    for sentence in sentences:
        if sentence.kind == "body" and cues().advice_block_lead.search(sentence.text.strip()):
            lead_paragraph = sentence.paragraph
            continue
        if lead_paragraph is None:
            continue
        if (
            sentence.kind != "body"
            or sentence.paragraph == lead_paragraph
            or len(sentence.text.strip()) > ADVICE_LINE_AT_MOST
            or any(not names_the_public(unit.mention) for unit in find_units(sentence.text))
        ):
            lead_paragraph = None
            continue
        lead_paragraph = sentence.paragraph  # the next line of the block stands on a line of its own too
        lines.add(sentence.index)
    return lines


def names_the_public(mention: str) -> bool:
    """A mention whose head is the public, with a scope word before it or none (市民, 全县居民; not 居民小区物业)."""
    found = cues().public.search(mention)
    return found is not None and found.end() == len(mention)


def party_disposes(text: str) -> bool:
    """The party opening the sentence disposes of a thing (`disposes_at_once`): its act is read by the tagger."""
    rest = after_opening_units(text)
    return rest is not None and disposes_at_once(rest)


def urgent_act_on_a_thing(text: str) -> bool:
    """A thing, a word of urgency and an act done to it (两台叉车立即停用、挂牌): the thing names no party."""
    c = cues()
    lead = opening(text)
    found = c.urgent_after_topic.match(lead)
    if found is None or not c.action_start.match(lead[found.end() :]):
        return False
    topic = lead[: found.end()]
    return not find_units(topic) and not any(c.party_subject.fullmatch(topic, 0, end) for end in range(2, len(topic)))


def adopts_a_regime(text: str) -> bool:
    """A place or matter is to run under a regime (学生公寓实行每日巡查制度; task_cues.toml system_adoption)."""
    return bool(cues().system_adoption.match(opening(text)))


def directed_by_its_timing(text: str) -> bool:
    """A sentence without a modal that binds its act to a time: a standing schedule or a completion
    limit. The sentence's deadline candidates are found once for both."""
    from .deadlines import all_candidates  # imported here as the module's other deadline finders are (import cycle)

    candidates = all_candidates(text, None)
    return sets_a_standing_schedule(text, candidates) or binds_an_act_to_a_limit(text, candidates)


def sets_a_standing_schedule(text: str, candidates: list[Candidate]) -> bool:
    """A clause binds an act to a recurring period (网格员每周对出租屋巡查一遍, 每30分钟向指挥部续报一次, 于每月5日前
    报送…; task_cues.toml standing_schedule): a duty list's line or a plan's routine, directed without a modal.
    The act must follow the period in its clause: 每年因事故… or 每月的第一天是… names no act it schedules.
    `candidates`: the sentence's deadline candidates (`deadlines.all_candidates`)."""
    if any(candidate.kind != "recurring" for candidate in candidates):
        return False
    c = cues()
    for clause in clauses(text):
        found = c.standing_schedule.search(clause)
        if found is not None and c.action.search(clause, found.end()) and concrete(clause):
            return True
    return False


def binds_an_act_to_a_limit(text: str, candidates: list[Candidate]) -> bool:
    """A clause binds an act to its last day (…，9月底前清理…; 区住建局8月20日前向区政府报送…; 11月30日前分别报送…;
    task_cues.toml completion_limit): a plan's or a notice's item directed without a modal, as a standing schedule
    is. The act must follow the limit in its clause (5月底前后雨水偏多 times no act) and every timing of the sentence be
    on the calendar (a sentence mixing 每月5日前 and a day is left: the standing schedule's rule, the other way round).
    `candidates`: the sentence's deadline candidates (`deadlines.all_candidates`)."""
    from .deadlines import on_the_calendar  # imported here as the module's other deadline finders are (import cycle)

    c = cues()
    if not all(on_the_calendar(text, candidate) for candidate in candidates):
        return False
    for candidate in candidates:
        if not c.completion_limit.search(text, 0, candidate.end):
            continue
        clause_start = max((found.end() for found in CLAUSE_SPLIT.finditer(text, 0, candidate.start)), default=0)
        if c.completion_limit_reported.search(text, clause_start, candidate.start):
            continue
        clause_end = CLAUSE_SPLIT.search(text, candidate.end)
        after = text[candidate.end : clause_end.start() if clause_end else len(text)]
        if c.action.search(after) and concrete(after):
            return True
    return False


def party_acts_at_its_time(text: str) -> bool:
    """A party opens the sentence and the time of its act stands between it and the act (task_cues.toml act_time:
    镇水利站5月上旬组织…培训, 网格员每天巡查一次…, 县安委办11月下旬牵头组织督查组…): a named party's act set for a time is
    a checklist row though no modal directs it (ANNOTATION.md's dated item with its party first). The party is a unit
    the vocabulary knows or a party-like name (`party_subject`); the act follows the time at once, after adverbs. A
    finding (…被检查出…, 仍未整改) names no act of the party's."""
    head = without_timing(opening(text))
    if states_problem(head):
        return False
    return any(acts_at_its_time(rest) for rest in after_opening_parties(head, text))


def after_opening_parties(head: str, text: str) -> Iterator[str]:
    """What may follow the party that opens `head` (the opening of `text`): after the units the vocabulary knows,
    masked with their list words (县公安局、县交通局…), and after each party-like name (`party_subject`) that holds no
    action verb."""
    c = cues()
    masked = mask_units(head, text)
    if masked != head and not masked[:1].strip("□"):
        yield LEFT_OF_UNITS.sub("", masked)
    for end in range(2, min(len(head), 12) + 1):
        if c.party_subject.fullmatch(head, 0, end) and not c.action.search(head, 0, end):
            yield head[end:]


def acts_at_its_time(rest: str) -> bool:
    """`rest`, what follows a party, opens with the time or frequency of its act (act_time, act_frequency) and then
    the act (an action verb after adverbs); a colon may set the party off as a duty list's label (安环部：8月下旬
    组织…)."""
    c = cues()
    rest = rest.lstrip("：:")
    timed = c.act_time.match(rest) or c.act_frequency.match(rest)
    act = rest[timed.end() :] if timed else ""
    return timed is not None and bool(c.action_start.match(c.adverbs.sub("", act, count=1)))


def opens_with_its_date(text: str) -> bool:
    """An item that opens with its date (6月8日前，县安监局完成…; 3月上旬，召开…; 入冬前（11月15日前），保卫科组织…;
    ANNOTATION.md): a timetable's item directed without a modal. The time opens the sentence (`item_date_end`), and
    what follows it is a party and its act (a coverb phrase may come first: 各班主任通过家长群确认…) or the act itself
    (在手机上播发…), its clause concrete. Past work (…，发现隐患…处。, …进行了督查) and a counted result are an account's;
    the caller keeps the dated events of reports out (`reports_a_dated_event`)."""
    c = cues()
    end = item_date_end(text)
    if end is None or c.past.search(text) or reports_results(text):
        return False
    rest = after_item_date(text, end)
    if c.bare_verb.match(rest.strip()):
        return False  # （四）汛前准备。: a time and a bare verb name a stage's topic
    after_party = after_opening_party(rest, rest) or ""
    party = rest[: len(rest) - len(after_party)] if after_party else ""
    # what stands before 由 (8月7日未遂事件由安环部组织分析) is the topic handed to its agent, and 组 of 组织 no party
    if party and "由" not in party and at_a_word_end(rest, len(party)):
        # the party is set off from the time by a pause (入冬前（11月15日前），保卫科组织…): run into it (开学前学校将…),
        # the unit finder reads the two as one name and the task would carry no party of its own
        if not text[end:].startswith(("，", ",", "（", "(")):
            return False
        if acts_on_an_object_after_a_coverb(after_party):
            return True
        acts = party_predicate(after_party) or acts_through_a_coverb(after_party)
    else:
        if acts_on_an_object_after_a_coverb(rest):
            return True
        acts = (imperative(rest) or acts_through_a_coverb(rest)) and not holds_at_a_place(clauses(rest)[0])
    return acts and any_concrete(rest, text)


def after_item_date(text: str, end: int) -> str:
    """What follows an item's opening time, which ends at `end`, and the pause or gloss after it (item_date_tail)."""
    return cues().item_date_tail.sub("", text[end:], count=1)


def item_predicate(text: str) -> str:
    """What follows an item's opening time and the party after it (`opens_with_its_date`'s reading): the act."""
    rest = after_item_date(text, item_date_end(text) or 0)
    return after_opening_party(rest, rest) or rest


def acts_on_an_object_after_a_coverb(rest: str) -> bool:
    """A coverb phrase (task_cues.toml party_coverb: 通过家长群, 在手机上, 将…) and then a verb with its object (确认…情况,
    播发…标语, or 报 after the paper it sends: sent_paper): a dated item's act need not be a verb of the action lexicon when the tagger reads a transitive verb
    right after the coverb's noun, its object following it — the coverb gives the means or place of an act done to
    a thing. A stative verb or a verb of thinking is no act, and a clause of attitude, goal, past work or situation
    none either (`concrete`'s other tests); with no object (在…会议室召开。) it names where something is held."""
    c = cues()
    # 将 is both an adverb (将加强) and the disposal coverb (将…总结报…): the coverb is read before adverbs are dropped
    head = rest if c.party_coverb.match(rest) else c.adverbs.sub("", rest, count=1)
    first = clauses(head)[:1]
    if c.party_coverb.match(head) is None or not first:
        return False
    clause = first[0]
    if any(pattern.search(clause) for pattern in (c.attitude, c.generic, c.past, c.situation)):
        return False
    if c.sent_paper.search(clause):
        return True  # 将全年工作总结报镇应急办: the paper before the verb that sends it
    words = [(word, tag) for word, tag, _ in tagged(clause)][1:]  # the coverb itself
    seen_noun = False
    for (word, tag), (_, next_tag) in zip(words, words[1:], strict=False):
        if tag.startswith("n") or tag == "f":
            seen_noun = True
        elif tag == "v" and seen_noun:
            transitive = next_tag.startswith("n") or next_tag in ("vn", "an")
            return transitive and word not in c.stative_verbs and not c.thinking_verbs.fullmatch(word)
    return False


def holds_at_a_place(clause: str) -> bool:
    """A coverb's place and then the act closing the clause (在安泰大厦十楼会议室召开。): with no party, the unsaid
    subject is the event itself — a minutes' record of where its meeting was held, not an act someone is told to do."""
    c = cues()
    clause = clause.rstrip("。；;！")
    return bool(c.party_coverb.match(clause)) and any(found.end() == len(clause) for found in c.action.finditer(clause))


def item_date_end(text: str) -> int | None:
    """Where the time that opens `text` ends: a calendar day, month part or span (task_cues.toml item_date), or a
    limit the deadline finder reads at the start (年内, 入冬前, 12月15日前); None when no time opens it. A festival's or a
    season's span the finder reads (国庆期间, 汛期) is left to the rules of standing arrangements: taken here, it brought
    a row whose sector the gold reads from the title to realstyle_sealed18 and lowered its task sectors."""
    from .deadlines import all_candidates  # imported here as the module's other deadline finders are (import cycle)

    day = cues().item_date.match(text)
    opening_times = [
        candidate.end for candidate in all_candidates(text, None) if candidate.start == 0 and candidate.kind == "date"
    ]
    ends = ([day.end()] if day else []) + opening_times
    return max(ends) if ends else None


# the characters a written date (dates.py find_dates: ASCII or full-width digits, a Chinese year, 民國) or an opening
# month part (task_cues.toml opening_month_part) can open with: `opening_day` reads no day where the text opens otherwise
OPENING_DAY_FIRST = frozenset("0123456789０１２３４５６７８９〇○零OＯo一二三四五六七八九十民")

# an account's event lies at most this far before its document's date; a day further back, written without its year,
# is a timetable's day of the next year (a plan issued in December for 3月上旬)
RECENT_PAST = dt.timedelta(days=92)


def opening_day(text: str, reference: dt.date | None) -> dt.date | None:
    """The day of the past that opens `text` (`item_date_end`), set off by its pause: a full date up to `reference`, the document's date (its
    own day included: a notice of the talks it held that afternoon), or a month and day (or a month's 旬, at its last
    day) of the same year within `RECENT_PAST` up to it; else None."""
    if not knows_the_day(reference) or ("，" not in text and "," not in text):
        return None  # no day to count back from, or no pause to set a day off: the deadline finder need not run
    if text[:1] not in OPENING_DAY_FIRST:
        return None  # no written date nor month part can open it (speed79): the deadline finder need not run
    end = item_date_end(text)
    if end is None or not text.startswith(("，", ","), end):
        return (
            None  # 8月7日未遂事件由…分析: a day run into a noun names the thing; the event's day is set off by a pause
        )
    written = next((found.date for found in find_dates(text[:end]) if found.start == 0), None)
    if written is not None:
        return written if written <= reference else None
    part = cues().opening_month_part.match(text[:end])
    if part is None:
        return None
    month, day = chinese_number(part.group("m")), part.group("d") or part.group("xun")
    last = {"上": 10, "中": 20, "下": 28}.get(day) or chinese_number(day)
    when = make_date(reference.year, month, last) if 1 <= month <= 12 else None
    return when if when is not None and dt.timedelta(0) <= reference - when <= RECENT_PAST else None


def opening_day_limit(text: str, doc_date, plan_year: int | None) -> Deadline | None:
    """The calendar day or span that opens an item (task_cues.toml item_date: 6月25日, 6月16日上午, 9月28日至9月30日), read
    as the item's time where the item opens with its date (`opens_with_its_date`); None otherwise."""
    day = cues().item_date.match(text)
    if day is None or not opens_with_its_date(text):
        return None  # 8月7日未遂事件由…分析: the day names the incident, not when the work is done
    return parse_deadline_text(day.group(), doc_date, plan_year)


def reports_a_dated_event(text: str, *, lede: bool = False) -> bool:
    """A report's sentence dated by the day it happened (近日，由县发改局牵头，…开展…检查; 为…，12月6日，界河镇召开…;
    task_cues.toml recent_day, event_day): a day of the recent past opening the sentence or after its purpose clauses,
    or a calendar day after them, and nothing after the day is a future, a directive passed on (event_day_onward) or
    a modal (6月10日，县应急局将组织… announces; 近日，…印发通知，要求… passes a request on). `lede`: the sentence
    opens the report's body, where a calendar day opening it dates the event reported (9月3日上午，市督查组来我县…),
    not a timetable's item (`TaskDetection.reports_its_event`)."""
    c = cues()
    pieces = clauses(text)
    if len(pieces) < 2:
        return False
    purpose = pieces[0].startswith("为")
    day = next(
        (
            piece
            for index, piece in enumerate(pieces[:-1])
            if (c.recent_day.match(piece) and (index == 0 or purpose))
            or (c.event_day.match(piece) and ((index and purpose) or (index == 0 and lede)))
        ),
        None,
    )
    if day is None:
        return False
    after = text[text.find(day) + len(day) :]
    # 由…牵头 after the day names who led the event, no assignment
    modals = [start for start, _ in modal_cues(after) if not after.startswith("由", start)]
    return not modals and not c.event_day_onward.search(after)


def tells_done_work(text: str) -> bool:
    """A sentence of an account: done aspect (了, 已经, 共发现, 累计: `past_clause`), a counted result
    (`reports_results`) or a dated event, and no modal that would make it a directive (会议要求已整改的…)."""
    blanked = blank_quotes(text)
    if modality_of(blanked):
        return False
    return bool(cues().past.search(blanked)) or reports_results(blanked) or reports_a_dated_event(blanked)


def reports_the_ban(before: str) -> bool:
    """What a news item tells before its ban is done work (劳工处已派员…，发出停工通知书，禁止…; 巡查了467个地盘，…主要涉及
    地盘内禁止吸烟…), and no directive is passed on before it (`event_day_onward`: 强调, 要求): the ban is what the
    notice it issued or the breach it found holds, no one's duty now."""
    c = cues()
    return aspect_of(before) == "done" and not c.event_day_onward.search(before)


def directs_or_announces(text: str) -> bool:
    """A modal, or work a party announces (劳工处将继续巡查…, 下一步，冷集镇将建立…): a task whatever went before it."""
    blanked = blank_quotes(text)
    return bool(modality_of(blanked)) or any(
        announces(blanked) for announces in (announced_later, agency_announcement, announced_work, announces_next_step)
    )


def states_a_purpose(text: str) -> bool:
    """Every clause of the sentence is a purpose (为深刻汲取…教训，全面排查…，确保…。): its first clause opens on 为, and
    it holds no modal, no clause a party opens and no decision (task_cues.toml purpose_opening, decision) — the
    main clause that would direct is not there. A clause that opens on its verb holds its parties in the object
    slot (进一步夯实各村委会、企业安全生产责任; 督导全镇各行各业履行职责): the aim names whom it concerns, no agent."""
    c = cues()
    pieces = clauses(text)
    if len(pieces) < 2 or not c.purpose_opening.match(pieces[0]) or modal_cues(text) or c.decision.search(text):
        return False
    return not any(names_a_party(piece) and not opens_with_a_verb(piece) for piece in pieces[1:])


def announces_next_step(text: str) -> bool:
    """A report's closing sentence on its next step (下一步，江北镇将继续组织…; 下步，该区将对…开展…; task_cues.toml
    next_step): the frame of the coming stage, a party or none, its future, then an act — its first verb no stative
    word, or a coverb phrase before the verb (`acts_through_a_coverb`), and its clause concrete. The party is a body or a place governed (江北镇, 我县): a thing's or a situation's
    future (全区汛情将加重) is no work."""
    c = cues()
    found = c.next_step.match(text)
    if found is None:
        return False
    party = found.group("party")
    if party and not (c.next_step_party.match(party) or c.party_subject.fullmatch(party) or names_parties_only(party)):
        return False
    rest = c.adverbs.sub("", text[found.end() :], count=1)
    head = next(iter(clauses(rest)), "")
    if c.attitude.search(head) or c.generic.search(head):
        return False
    # 下一步，应急管理部将向各地通报…: a coverb phrase (向/对/通过…) may carry the act's object before its verb
    acts = (
        c.action_start.match(head) is not None or act_after_modal(head, first_verb(head)) or acts_through_a_coverb(head)
    )
    return acts and any_concrete(rest, text)


def assigns_work(text: str) -> bool:
    """由 + parties + 负责 hands the work to them (倒伏电杆由供电企业负责扶正); 由社区两委明确专人负责 names
    no party as the agent of 负责."""
    return any(names_parties_only(found.group("party")) for found in cues().assignment.finditer(text))


def hands_a_topic_to_its_agent(text: str) -> bool:
    """A topic handed to its agent with any verb (未遂事件由安环部组织分析，结果…通报; 复航时间由县交通运输局另行
    通知): 由 after the topic (task_cues.toml topic_agent), a party opening the rest of its clause and a verb after
    the party, not one that describes (topic_agent_frame: 会议由…主持, 事故由…引起). `assigns_work` reads the
    verbs of taking work on (负责, 牵头) wherever 由 stands; this reads the other verbs after a topic."""
    c = cues()
    for found in c.topic_agent.finditer(text):
        clause = clauses(text[found.end() :])[0]
        rest = after_opening_party(clause, text)
        if rest and not c.topic_agent_frame.match(rest) and opens_with_a_verb(rest):
            return True
    return False


def several_urgencies(text: str) -> bool:
    """Two different words of urgency (当场…，立即…) time two acts of the sentence."""
    from .deadlines import urgency  # the deadline finders are imported here for the import cycle

    return len({text[c.start : c.end] for c in urgency(text)}) > 1


def states_problem(clause: str) -> bool:
    """`（一）责任落实不到位` states a problem; `（三）X要督促存在隐患的企业…` and `二、立即督促各企业暂停未经
    许可的作业` are told to solve one."""
    c = cues()
    problem = c.problem.search(clause)
    if not problem or modality_of(clause[: problem.start()]) is not None:
        return False
    head = c.adverbs.sub("", clause, count=1)
    if c.solving_verb.match(head):
        return False  # 集中治理主体责任不落实问题: the item is told to solve the problem
    # the failing qualifies the object of the opening act (暂停所有未经许可的作业, 开展未备案…场所的排查): a 的 after it
    # within its own clause, however far, not any 的 after a comma. The target of a preposition read so (对存在…的场所，
    # 及时通报…) put a check set's floored figure below its floor (docs/extraction.md, tasks122)
    acts = c.action_start.match(head)
    return not (acts and re.match(r"[^，,；;。]*的", clause[problem.end() :]))


def reports_results(text: str) -> bool:
    """Work reported done, not directed: a clause whose verb is followed by a counted result that
    closes it (安环部二月份组织综合检查2次, 查处…案件23起) in a sentence that sets no quota or schedule
    (每月…2次, 不少于3次, …前, …内), or a facility reported built and running (指挥中心建成运行). For
    sentences without a modal."""
    c = cues()
    if c.completed_work.search(text):
        return True
    if any(c.directive_count.search(clause) for clause in clauses(text) if not c.finding_clause.match(clause)):
        return False
    # the tagger only where a count could close the clause: loading its model costs a cold run 0.25 s
    return any(
        c.result_count.search(clause)
        and (verb := first_verb(clause))
        and not counts_with(clause, verb)
        and c.result_count.search(clause, verb.end)
        for clause in clauses(text)
    )


def counts_with(clause: str, verb: Verb) -> bool:
    """The word the tagger calls a verb is the measure word of a figure (东区2处、西区1处: a tally
    of what a list holds, with no verb that did the work)."""
    start = verb.end - len(verb.word)
    return start > 0 and clause[start - 1].isdigit()


def reports_status(sentence: Sentence) -> bool:
    """A table row whose status cell says 逾期 / 整改中 / 已整改: a status report of earlier work."""
    return any(cues().status_cell.fullmatch(cell.text.strip()) for cell in sentence.cells)


# tags of words that make a heading more than a topic's name: a verb, an adjective, an adverb (严格督导考核)
PREDICATE_TAGS = frozenset({"v", "a", "ad", "d"})
# tags of the one word that may modify an arrangement's head noun (调度机制, 考核机制): a noun or a verbal noun
MODIFIER_TAGS = frozenset({"n", "vn"})
# the words of a heading that only names a field of work (煤矿和非煤矿山, 燃气安全): nouns of any kind (n, nz, ns, vn, an),
# the conjunction between two (c) and the prefix 非 (h)
FIELD_NAME_TAGS = ("n", "vn", "an", "c", "h")
# a lexicon word this long is a compound (宣传教育); a two-character noun heading (（三）整改。) may be read as a verb
COMPOUND_NOUN_LENGTH = 4


def names_a_topic(body: str) -> bool:
    """A one-clause heading whose last word is, or ends in, a topic noun with no verb or adverb before it
    (督查考核, 宣传教育与考核, 检查情况, 检查组织, 考核内容, 宣传咨询日活动), or with one verb that only
    modifies it (督办事项), or that is one compound noun (宣传教育, 安全检查)."""
    c = cues()
    if len(clauses(body)) != 1:
        return False
    words = [(word, tag) for word, tag, _ in tagged(body)]
    if one_compound_noun(body, words) or names_an_arrangement(words) or names_a_work_and_its_part(body, words):
        return True
    if not words or not c.topic_head.search(words[-1][0]):
        return False
    if not any(tag in PREDICATE_TAGS for _, tag in words[:-1]):
        return True
    return len(words) == 2 and words[0][1] == "v" and bool(c.modified_topic_head.fullmatch(words[-1][0]))


def one_compound_noun(body: str, words: list[tuple[str, str]]) -> bool:
    """The whole heading is one word of four or more characters that the lexicon holds as a noun (（七）宣传教育。,
    二、安全检查): a set compound names a field of work, and no verb in it governs an object, so nobody is told to act.
    An order of two words is two words to the tagger (加强领导, 督查考核 as two verbal nouns stays a topic by its head);
    a compound that opens on an adverb (严格执法, which the lexicon also keeps whole) is an order of how to act."""
    return (
        len(words) == 1
        and words[0][0] == body  # a quotation blanked out (压实“责任网”) leaves the tagger one word of a longer body
        and len(body) >= COMPOUND_NOUN_LENGTH
        and words[0][1].startswith("n")
        and not cues().adverbs.match(body)
    )


def names_an_arrangement(words: list[tuple[str, str]]) -> bool:
    """The heading is a standing arrangement or a roll with the one noun or verbal noun that says which (调度机制,
    责任体系, 督查企业名单): a section that sets it out, nobody is told to act. A verb or an adjective before the head
    governs it (完善机制, 健全工作机制), and a longer body may open on an act the tagger calls a noun (压实责任体系)."""
    return len(words) == 2 and words[0][1] in MODIFIER_TAGS and bool(cues().arrangement_head.search(words[1][0]))


def names_a_work_and_its_part(body: str, words: list[tuple[str, str]]) -> bool:
    """The heading is a work named as a verbal noun and one noun or verbal noun after it, nothing more (演练目的,
    考核程序, 考核奖惩, 宣传培训, 启动宣传): the work's part or its sibling, a section's name. An order opens on a
    verb the tagger calls one (加强培训, 完善机制) or gives its act an object of more words (排查整治管网设施隐患)."""
    return (
        len(words) == 2
        and words[0][0] + words[1][0] == body  # a blanked quotation (压实“责任网”) is no part of the two
        and words[0][1] == "vn"
        and words[1][1] in MODIFIER_TAGS
    )


def names_attributes_of_work(body: str) -> bool:
    """A one-clause heading that opens on the work as a noun (the tagger's verbal noun or noun: 检查, 整治, 考核内容)
    and closes each part of its 及/与/和 coordination on an attribute of that work (检查整改时间, 整治进度,
    巡查责任人, 考核内容及评分标准): the section lists when, how far, by whom — a governing verb (加快整治进度) directs."""
    c = cues()
    if len(clauses(body)) != 1 or c.adverbs.match(body):
        return False  # 全面排查重点单位: the tagger's noun 全面 is the act's adverb
    words = [(word, tag) for word, tag, _ in tagged(body)]
    if len(words) < 2 or words[0][1] not in ("vn", "n"):
        return False
    parts: list[str] = []
    part = ""
    for word, tag in words:
        if tag == "c":
            parts, part = [*parts, part], ""
        else:
            part += word
    return all(c.attribute_head.search(text) for text in [*parts, part])


def verb_heads(clause: str) -> bool:
    """After its adverbs the clause is a verb and its object (抓责任, 统筹发展和安全, 及时提供相关资料):
    an item telling someone to act, however short. The verb is a word the tagger calls a verb and the
    action lexicon or [heading] heading_verbs holds; no verb follows the object's first noun but
    the last word (…的新措施显得不多 states a situation)."""
    c = cues()
    return any(_verb_object(text) for text in (clause, c.adverbs.sub("", clause, count=1)))  # 统筹 is both


def _verb_object(text: str) -> bool:
    c = cues()
    words = [(word, tag) for word, tag, _ in tagged(text)]
    if len(words) < 2 or words[0][1] != "v" or words[0][0] in c.stative_verbs:
        return False
    if not (c.action.fullmatch(words[0][0]) or c.heading_verbs.fullmatch(words[0][0])):
        return False
    tags = [tag for _, tag in words[1:]]
    if not any(tag.startswith("n") or tag == "vn" for tag in tags):
        return False
    # the tagger calls some nouns verbs at the end of a phrase (消防车通道); a verb after the object
    # with more after it is a predicate of its own (…新措施显得不多)
    first_noun = next((index for index, tag in enumerate(tags) if tag.startswith("n")), len(tags))
    return "v" not in tags[first_noun:-1]


def heading_is_task(sentence: Sentence, doc_type: str, *, enterprise: bool = False, cut: bool = False) -> bool:
    """`（一）加强组织领导。` / `二、全面开展隐患排查` / `一要…` are; `（一）道路交通安全整治`,
    `一、关于旅游景区安全`, `二、存在的主要问题`, `一、深刻反思找症结` are not. A heading that is a
    whole sentence (`1.对全县…，4月30日前完成…。`) is judged as one, and so is a numbered line the excerpt cut
    off (`cut`: 六、请水资处落实 at the page's end is an item's sentence cut short, no heading over items)."""
    c = cues()
    body = _without_closing_parenthesis(blank_quotes(without_person_asides(strip_marker(sentence))))
    pieces = clauses(body)
    first = pieces[0] if pieces else ""
    if not first or excluded(body) or c.topic_prefix.match(body):
        return False
    if states_problem(first) and not (c.conditional.match(body) or c.sanction_condition.match(body)):
        return False  # 对履职不力的，严肃问责: a failing that conditions an act is no problem stated
    if asks_whether(body):
        return False  # （四）承建商有否…进行风险评估，并制订…: a check item; 并 goes on asking of the same party
    if len(pieces) == 1 and names_a_topic(first):
        return False  # （一）检查范围。: the closing 。 makes no sentence of a section's name
    if len(pieces) == 1 and names_attributes_of_work(first):
        return False  # 一、检查整改时间 / 二、考核内容及评分标准: the facts of a work, not an order to do it
    if len(pieces) == 1 and (c.stage_heading.search(body) or _spans_a_stage(sentence.text)):
        return False  # （一）部署启动阶段（4月10日至4月30日）。 / （二）重点抽查（4月26日—5月10日）。 name a stage
    if len(pieces) == 1 and is_trigger_frame(first.rstrip(FRAME_CLOSING_MARKS)):
        return False  # 三、启动IV级应急响应时: a trigger frames its items (time_frame_heading_limit), it orders nothing
    if not sentence.text.endswith(("。", "；")) and c.stage_heading.search(body) and _spans_a_stage(sentence.text):
        return False  # （一）宣传发动，调查摸底阶段（10月16日至10月20日）: a stage named by two works is still a stage
    whole_sentence = len(pieces) > 1 or sentence.text.endswith(("。", "；"))
    if (whole_sentence or cut) and sentence_is_task(with_the_markers_modal(sentence), doc_type, enterprise=enterprise):
        return True
    if whole_sentence and len(pieces) > 1 and doc_type == "plan" and _plan_item(body):
        return True  # 18.建设县级…平台，年内接入…: a plan's numbered item states work to do
    if (
        whole_sentence
        and in_task_section(sentence, doc_type)
        and section_directive(strip_marker(sentence), planned=in_plan_body(sentence, doc_type))
    ):
        return True  # 一、即日起至10月20日，在全区开展…检查。: a notice's item directs without a modal
    if len(pieces) > 1 and not c.past.search(body) and any(opens_with_action(piece) for piece in pieces[1:]):
        return True  # 一、高度重视，切实加强组织领导 / 树牢安全发展理念，严格落实安全责任: the action clause directs
    if c.attitude_start.match(first) or c.attitude.search(first):
        return False
    if (sentence.marker or "").endswith("要") or first.startswith("要"):
        return bool(c.action.search(first)) or disposes_of_an_object(first)
    if not (c.action_start.match(first) or c.action_start.match(c.adverbs.sub("", first, count=1))):
        # 一是抓责任。 / （一）及时提供相关资料: a verb with its object, however short; a lead-in (…下列事项：) is none
        leads_in = sentence.text.rstrip().endswith(("：", ":"))
        if not sentence.marker or leads_in or c.past.search(body):
            return False
        return verb_heads(first) or (handed_a_list(sentence) and acts_under_a_modal(body))
    topic = (
        c.topic_suffix_always.search(body)
        or (len(body) <= 5 and c.topic_suffix.search(body))
        or c.coordinated_topic.match(body)
    )
    return not (topic or ("、" not in body and c.noun_phrase.search(body)))


def with_the_markers_modal(sentence: Sentence) -> str:
    """The sentence without its marker, but with the modal the marker holds: 一要/二要 number the item and
    say 要 for it (四要充分利用广播广泛宣传… directs like 要充分利用…), so the item is judged with its modal."""
    body = strip_marker(sentence)
    return "要" + body if (sentence.marker or "").endswith("要") and not body.startswith("要") else body


def disposes_of_an_object(clause: str) -> bool:
    """A 把-phrase puts its object first and the act after it (要把执法队伍带好, 要把重点领域盯得更紧, 三要把防汛备汛提前):
    the first verb the tagger finds after the object's first noun acts when it is no stative word and no verb
    of thinking (要把困难估计得更充分 tells how to think)."""
    c = cues()
    words = [(word, tag) for word, tag, _ in tagged(clause)]
    after = next((index for index, (word, tag) in enumerate(words) if word == "把" and tag == "p"), None)
    if after is None:
        return False
    seen_noun = False
    for word, tag in words[after + 1 :]:
        if tag.startswith("n") or tag == "vn":
            seen_noun = True
        elif tag == "v" and seen_noun:
            return word not in c.stative_verbs and not c.thinking_verbs.fullmatch(word)
    return False


def handed_a_list(sentence: Sentence) -> bool:
    """The item's enumeration is introduced by a directive lead-in that hands it the list to carry
    out (各位工人务必做到以下几点：, 施工单位须遵守下列规定：): a modal and task_cues.toml handing_lead_in."""
    lead_in = sentence.part.lead_in if sentence.part else None
    if lead_in is None or lead_in.kind != "body":
        return False
    text = lead_in.text.rstrip()
    return bool(cues().handing_lead_in.search(text)) and modality_of(blank_quotes(text)) in ("must", "should")


def under_a_modal_heading(sentence: Sentence, doc_type: str) -> bool:
    """The sentence goes on with the measures of an item labelled by a modal directive and a colon, in
    the item's paragraph (二要巡查防控到位：各村每日组织巡山。提高重点林区巡查频次…。): the label's 要 governs its
    measures as a lead-in's modal governs its list. An item of attitude (一要深刻汲取教训) governs nothing."""
    part = sentence.part
    if part is None or part.heading is sentence:
        return False
    heading = part.heading
    if heading.paragraph != sentence.paragraph or not re.search("[：:]", strip_marker(heading)):
        return False
    modal = (heading.marker or "").endswith("要") or strip_marker(heading).startswith("要")
    return modal and heading_is_task(heading, doc_type)


def states_no_work(text: str) -> bool:
    """The sentence or item asks something (是否…) or its first clause states attitude, a goal, past work or
    the situation: nothing a modal around it could govern."""
    c = cues()
    pieces = clauses(text)
    first = pieces[0] if pieces else ""
    if not first or c.question.search(text) or c.attitude.search(first) or c.generic.search(first):
        return True
    return bool(c.past.search(text) or c.situation.search(first))


def requests_an_act(text: str) -> bool:
    """A clause of the sentence asks the reader for an act (task_cues.toml addressee_request: 请每月按一次自检按钮, 请由店长
    带着熟悉…, 请从持证的站点购买…): the first word the tagger reads as a verb after 请 is no stative word
    (act_after_modal), the clause asks for no contact or patience (courtesy_request: 请拨打…, 请关注…, 请您放心) and
    states no attitude, goal, past work or situation."""
    c = cues()
    text = blank_quotes(text)
    # only the requested clause is read: a condition before it may be past (已经安装的，请每月按一次…)
    for found in c.addressee_request.finditer(text):
        rest = next(iter(clauses(text[found.end() :])), "")
        if not rest or c.courtesy_request.match(rest) or states_no_work(rest):
            continue
        if act_after_modal(rest, first_verb(rest)):
            return True
    return False


def acts_under_a_modal(text: str) -> bool:
    """A sentence or item that a modal around it governs (handed_a_list, under_a_modal_heading) directs
    when it holds a modal of its own or its first clause opens with a verb, after adverbs, that is no
    stative word (戴好防寒手套, 提高巡查频次, 协调电力部门备好发电车; not 企业安全培训落实情况, a
    topic), and it asks nothing (是否…) and states no attitude, goal, past work or situation."""
    c = cues()
    if states_no_work(text):
        return False
    pieces = clauses(text)
    first = pieces[0]
    if modality_of(text) is not None:
        return True
    words = tagged(c.adverbs.sub("", first, count=1))
    if words and words[0][1] == "p":
        # 在工作地点提供…, 为新入职的工人安排…: a place or a beneficiary before the act; the act is in a clause
        return any(concrete(piece) for piece in pieces)
    return bool(words) and words[0][1] == "v" and words[0][0] not in c.stative_verbs


def terse_item_is_task(sentence: Sentence, doc_type: str) -> bool:
    """A numbered item the directive tests above miss because it is terse (task_cues.toml
    [terse_item]): headed by a directing verb with an object that is no principle (（五）营造整治氛围,
    三是切实防控自然灾害; not 一是坚持问题导向), or, in a plan, one clause setting a target (6.…达标率达到
    100%, 22.…培训不少于24学时) or scheduling a counted action after its topic (16.公交场站充电设施开展一次
    …检查). A topic (（一）农村道路交通安全整治), a problem or a report of past work never is."""
    c = cues()
    body = _without_closing_parenthesis(blank_quotes(without_person_asides(strip_marker(sentence))))
    pieces = clauses(body)
    if len(pieces) != 1 or excluded(body) or c.topic_prefix.match(body) or states_problem(body):
        return False
    if c.past.search(body) or c.situation.search(body):
        return False
    directed = c.directing_verb.match(body)
    if directed:
        return not c.principle_object.search(directed.group("object"))
    if doc_type not in c.target_doc_types or not sentence.text.rstrip().endswith(("。", "；", ";")):
        return False
    return bool(c.target_clause.search(body) or c.scheduled_action.search(body))


# --- an item among task items ------------------------------------------------------------------

# A run's other items must be this many tasks, and this share of them, before one of its items is read by them:
# one or two neighbours are thin evidence that a list hands out work (with two, realstyle_sealed lost units on
# an item of a short run), and a list that mixes findings with measures is no run.
RUN_TASKS_AT_LEAST = 3
RUN_TASK_SHARE = 0.75
MARKER_NUMBER = re.compile(r"[0-9０-９]+|[一二三四五六七八九十]+")
# The tagger's tags of a word that opens a verb phrase: a verb, or an idiom that is one (推广应用…). Not a
# verbal noun (统一采购…, 安全检查…): with it realstyle_sealed10 lost a task
VERB_OPENING_TAGS = frozenset({"v", "i"})
LEADING_PERIOD = re.compile(r"^[一-鿿]{1,6}期间")  # 营业期间派员巡视: a period opens the item, then its verb


def marker_number(marker: str | None) -> int | None:
    """The number a marker writes (（三） → 3, 12． → 12, 第四， → 4); None for a marker with none (①, ●)."""
    found = MARKER_NUMBER.search(marker or "")
    return (chinese_number(found.group()) or None) if found else None


def numbered_runs(parts: list[Part]) -> dict[int, list[Part]]:
    """Each numbered part's run (by id): the parts of its kind numbered on from one another, 1, 2, 3 …,
    in the order of the document. A run goes on across sections where the numbering goes on (三、 under
    which 8. and 9. follow 7. under 二、), and a new one starts where it begins again (1. after 6.)."""
    runs: dict[int, list[Part]] = {}
    current: dict[str, tuple[int, list[Part]]] = {}  # kind → (last number, its run)
    for part in parts:
        number = marker_number(part.heading.marker)
        if number is None:
            continue
        last = current.get(part.kind)
        run = last[1] if last is not None and number == last[0] + 1 else []
        run.append(part)
        current[part.kind] = (number, run)
        runs[id(part)] = run
    return runs


COUNTED_RUN_LEAST = 3  # 一查…二查…三查: three items counting up make a list; two may be chance


def counted_verb_items(sentences: list[Sentence]) -> set[int]:
    """The sentences (by index) of a counted run: items each opening with a numeral fused to the same verb, 一查…；
    二查…；三查…, counting up from one in the order of the document. The numeral is the item's number and the verb
    its act, so each item is a task as a numbered item opening with its verb is (r54's 一查…十查); a lone 一查, a
    counter fused to a word the tagger calls no verb (一旦) or an outline marker (一是…二是…, whose 是 the tagger calls
    a verb) makes no run."""
    items: set[int] = set()
    run: list[Sentence] = []
    verb = ""
    for sentence in sentences:
        # 一是/二要 are outline markers, their items judged as such: only a counter the outline does not read opens a run
        counted = sentence.text[:1] in CHINESE_NUMERALS and match_marker(sentence.text) is None
        # the fused character tagged on its own: the lexicon holds 一查 as one word, the tagger splits 二查
        number = chinese_number(sentence.text[0]) if counted and len(sentence.text) > 2 else 0
        fused = tagged(sentence.text[1]) if number else ()  # none for a mark or a space after the numeral
        opens = bool(fused) and fused[0][1] == "v"
        if opens and number == len(run) + 1 and (not run or sentence.text[1] == verb):
            run.append(sentence)
        else:
            if len(run) >= COUNTED_RUN_LEAST:
                items.update(item.index for item in run)
            run = [sentence] if opens and number == 1 else []
        if opens and number == 1:
            verb = sentence.text[1]
    if len(run) >= COUNTED_RUN_LEAST:
        items.update(item.index for item in run)
    return items


SERIES_JOIN = ("；", ";")  # the mark that lines up a line's parallel clauses; 。 ends a statement, not an item


def semicolon_series(sentences: list[Sentence]) -> dict[int, list[Sentence]]:
    """Each sentence's series (by index): the sentences of one line that semicolons join, 甲；乙；丙。, in
    order. A sentence that neither ends with one nor follows one stands alone and has none."""
    series: dict[int, list[Sentence]] = {}
    current: list[Sentence] = []
    for sentence in sentences:
        previous = current[-1] if current else None
        if (
            previous is None
            or previous.paragraph != sentence.paragraph
            or not previous.text.rstrip().endswith(SERIES_JOIN)
        ):
            current = [sentence]
        else:
            current.append(sentence)
        if len(current) > 1:
            for member in current:
                series[member.index] = current
    return series


def opens_with_a_verb(clause: str) -> bool:
    """The clause opens with a verb and goes on (确保…持有…, 订定…计划, 推广应用…), after its adverbs and
    the time or period it opens with: it tells someone to act whether or not the action lexicon knows the
    verb. A verb of attitude (提高认识, 深刻汲取) is no act, and a clause that opens with a preposition
    (在…中增设…, 对…的企业…) is left to `imperative`: the tagger's verbs inside the preposition's object
    (发生, 入职) would pass for the act (with them realstyle_sealed5 lost a task)."""
    c = cues()
    head = c.adverbs.sub("", LEADING_PERIOD.sub("", without_timing(clause), count=1), count=1)
    if not head or c.attitude.search(head):
        return False
    words = [(word, tag) for word, tag, _ in tagged(head)]
    if len(words) < 2:
        return False
    if c.imperative_connectors.match(head):
        # 对…的企业…, 为…的工人…: a verb inside the preposition's object is no act; imperative() reads these
        return False
    if c.action_start.match(head):
        return True
    (word, tag), (following, _) = words[0], words[1]
    if len(following) <= 2 and word not in c.stative_verbs and c.party_subject.fullmatch(word + following):
        return False  # 参会人员请…: the verb and a bare head noun name the party, the subject (确保企业… takes it as object)
    # a verb of one character that opens a clause is mostly a copula or a verb of place and time (是, 到,
    # 在): the lexicon's own (抓, 管) open an item through action_start
    return tag in VERB_OPENING_TAGS and len(word) > 1


def reads_as_an_item_of_work(sentence: Sentence) -> bool:
    """A numbered item that is a whole sentence opening with a verb (`opens_with_a_verb`), and neither a
    problem found, a report, the situation, a generic goal, a question nor a document's formula."""
    pieces = clauses_of_possible_work(sentence)
    return bool(pieces) and opens_with_a_verb(pieces[0])


def reads_as_a_clause_of_work(sentence: Sentence) -> bool:
    """A clause of a series that opens with a verb or holds an act of the lexicon in any of its pieces
    (年内开工改造…，春节前全部完成…; 市市场监管局配合核查…, its party before the act): its series, not its
    opening, says that it is an item; the exclusions of an item of work hold as they do for a numbered one.
    A condition and what follows it (…；逾期未整改的，依法处理。) is a sanction, whose convention is split, not an
    item of the series."""
    pieces = clauses_of_possible_work(sentence)
    if not pieces or cues().conditional.match(strip_marker(sentence)):
        return False
    return opens_with_a_verb(pieces[0]) or any(concrete(piece) for piece in pieces)


def clauses_of_possible_work(sentence: Sentence) -> tuple[str, ...]:
    """The clauses of a whole sentence that is neither a problem found, a report, the situation, a generic
    goal, a question nor a document's formula; none for such a sentence or one not closed as a sentence."""
    c = cues()
    if not sentence.text.rstrip().endswith(("。", "；", ";", "！", "!")):
        return ()  # a section's title (三、考核程序) is judged by the heading rules alone
    body = _without_closing_parenthesis(blank_quotes(without_person_asides(strip_marker(sentence))))
    pieces = clauses(body)
    if not pieces or excluded(body) or c.question.search(body) or states_problem(pieces[0]):
        return ()
    if c.past.search(body) or c.situation.search(body) or reports_results(body):
        return ()
    if len(pieces) == 1 and names_a_topic(pieces[0]):
        return ()  # 二、整改期限。: a section's name, the 。 makes no sentence of it
    if any(c.generic.search(piece) for piece in pieces):
        return ()  # （四）确保全年不发生较大事故: a goal, whatever its neighbours
    return pieces


# --- what a task inherits ----------------------------------------------------------------------


class Inheritance:
    """Units and deadlines of one document's parts, computed once per part."""

    def __init__(
        self,
        structure: Structure,
        document: DocumentContext,
        *,
        enterprise: bool = False,
        written_by_enterprise: bool = False,
    ) -> None:
        self.structure = structure
        self.enterprise = enterprise  # an enterprise's own internal paper (enterprise.is_enterprise_document)
        self.internal_parties = enterprise or written_by_enterprise
        # its departments and staff are parties (企业) wherever an enterprise wrote the paper; a school's or a
        # hospital's, of the kind 其他, where the metadata names one as the issuer or the text speaks as one (我校)
        body = "\n".join(s.text for s in structure.sentences)
        self.own_kind = own_party_kind(self.internal_parties, document.issuer, document.issuer_name, body)
        self.doc_date = document.reference_day
        self.note_day = document.note_day
        self.plan_year = document.plan_year
        self.doc_type = document.doc_type
        self.owner = work_plan_owner(document.title)
        # the salutation that greets operators (a letter's or a tip's reader: TaskDetection reads it too), and the
        # class a letter greets so, for its items that name no party
        self.greeting = greeted_operators(structure)
        self.greeted_class = class_greeted(self.greeting, document.title)
        # the days of the events the document dates (放假时间从5月1日至7日), for limits before them
        self.events = document_events(body, self.doc_date)
        self._context: dict[int, list[Unit]] = {}
        self._closing: dict[int, list[Unit]] = {}
        # a forwarded document's parts and sentences take nothing from the forwarding note above it
        self._forwarded_starts = sorted(forwarded_starts([s.text for s in structure.sentences]))
        self._sector_groups = self._find_sector_groups()
        # the paragraphs' own parties, and the share of each label line (`某某有限公司：`): TaskDetection reads its sector
        self._duty_parties, self.label_shares = self._find_duty_parties()
        # each sentence's semicolon series (its line's clauses); TaskDetection reads them here too
        self.series = semicolon_series(structure.sentences)
        # the items of each counted run (一查…；二查…): their lead hands them its party; TaskDetection takes them as tasks
        self.counted_items = counted_verb_items(structure.sentences)
        self._unnumbered_leads = self._find_unnumbered_leads()

    def units_of(self, sentence: Sentence) -> list[Unit]:
        if sentence.kind == "title":
            return []
        owners = duty_holders_owners(strip_marker(sentence))
        if owners:
            return owners  # 各村、各单位的行政一把手就是…第一责任人: the parties whose head holds the duty
        units = owned_heads(sentence.text, find_units(sentence.text), lambda: self._paragraph_before(sentence))
        if self.greeted_class:
            units = readers_heads(units)  # 主要负责人组织… in a letter to mines' heads: the mine's head
        return with_internal_parties(sentence.text, units, self.own_kind) if self.own_kind else units

    def _paragraph_before(self, sentence: Sentence) -> str:
        """The text of the sentence's paragraph up to it (owned_heads reads a bare leader word's owner there)."""
        earlier = self.structure.sentences[: sentence.index]
        return "".join(s.text for s in earlier if s.paragraph == sentence.paragraph and s.kind == sentence.kind)

    def context(self, part: Part | None) -> list[Unit]:
        """The units a part's sentences fall back to."""
        if part is None:
            return []
        if id(part) not in self._context:
            self._context[id(part)] = self.inherited(part) or self._first_body_units(part)
        return self._context[id(part)]

    def inherited(self, part: Part) -> list[Unit]:
        """Units of the part's own heading, else of its enumeration's lead-in, else what the parent
        inherits: the parent's first body sentence reaches sub-items only as their lead-in (a
        section's opening statement `今年是…，各部门既要…` is no lead-in of its `一是…` items)."""
        own = self.units_of(part.heading) or party_heading_units(part.heading)
        heading = strip_marker(part.heading)
        # 一要…，会同有关部门抽查…: the partner is no party of the item; the lead-in's is. Nor is one who handles a
        # contingency (三要…，确实无法按期完成的，由属地乡镇…签字说明)
        if own and not (names_only_partners(heading, own) or handles_only_a_contingency(heading, own)):
            return own
        lead_in = part.lead_in
        if (
            lead_in is not None
            and lead_in.kind == "body"
            and hands_on(lead_in, part)
            and not self._titles_its_own_parties_work(lead_in, part)
            and self._same_document(lead_in, part.heading)
        ):
            lead = self.units_of(lead_in) or self._reader_units(lead_in) or firm_label_units(lead_in)
            if lead:
                return lead
        if part.parent is None or not self._same_document(part.parent.heading, part.heading):
            return []
        return self.inherited(part.parent)

    def _titles_its_own_parties_work(self, lead_in: Sentence, part: Part) -> bool:
        """An item whose every sentence under its heading names its own party, under a lead-in that hands no set
        (`hands_a_set`) but runs on into the items as a directive of its own (…各街道、各部门要进一步提高警惕，…落到实处。
        一是迅速开展节前大检查。各街道要…。二是…): the heading titles the work its sentences hand to their parties, and
        the lead's party reaches it no more than theirs does. An item with a sentence naming no party (一要严肃纪律。
        凡是…都要…) goes on as the lead's work, and a set announced by count or colon is the lead's party's in every
        item (…要做好九方面的工作。…五是…。各地区、各部门、各单位要…)."""
        if hands_a_set(lead_in.text):
            return False
        return bool(part.body) and all(self.units_of(sentence) for sentence in part.body)

    def _reader_units(self, lead_in: Sentence) -> list[Unit]:
        """The party a letter's salutation greets, for a lead-in that hands its list to the reader (为了您的安全，
        请您务必做到以下几点：): the second person stands for whom the salutation above the lead-in names."""
        if not addresses_the_reader(lead_in.text):
            return []
        above = self.structure.sentences[: lead_in.index]
        return next((units for s in above if s.kind == "body" and (units := salutation_units(s.text))), [])

    def _first_body_units(self, part: Part) -> list[Unit]:
        """The first sentence after a heading hands its parties to the part's other sentences that
        have no subject of their own (has_own_subject: 县、乡两级要… keeps to itself)."""
        following = self.structure.sentences[part.heading.index + 1 : part.heading.index + 2]
        if following and following[0] in part.body and following[0].kind == "body":
            return self.units_of(following[0])
        return []

    def _same_document(self, earlier: Sentence, later: Sentence) -> bool:
        """No forwarded document begins between the two sentences."""
        return not any(earlier.index < start <= later.index for start in self._forwarded_starts)

    def _find_sector_groups(self) -> dict[int, Sentence]:
        """For each sentence in a sector paragraph (`X领域，…` with X a sector), the opening sentence."""
        groups, opener = {}, None
        pattern = cues().sector_paragraph
        previous_paragraph = None
        for s in self.structure.sentences:
            if s.paragraph != previous_paragraph:
                opener, previous_paragraph = None, s.paragraph
            if s.kind != "body":
                opener = None if s.kind == "heading" else opener
                continue
            found = pattern.match(opening(s.text))
            if found:
                opener = s if find_sectors(found.group(1)) else None
            if opener is not None:
                groups[s.index] = opener
        return groups

    def _find_duty_parties(self) -> tuple[dict[int, list[Unit]], dict[int, Sentence]]:
        """For each later sentence of a paragraph that opens with a party and its duties (`市住建局：
        牵头开展…；推进老旧管网改造…`), that party: the paragraph is the party's share of a division of
        duties (units.duty_label_units), or one that opens with a party and a finding or a state
        (`opening_party_units`), whose opening line is the party's share too: the unit rules read its colon as a
        label's, as no duty follows, and name no party there. A division's label over a scope with no party of its
        own (`二、营造工地：检查开口及护栏…`, what an inspection looks at) keeps its opening line to itself. Past
        those, the paragraphs in a firm's label line's share (`某某有限公司：`, `label_line_shares`: a paragraph with
        a party of its own ends it) are the firm's. Returns the parties and the label lines' shares."""
        parties: dict[int, list[Unit]] = {}
        labels: dict[int, list[Unit]] = {}  # the party of each paragraph that opens with its own, by its opener
        opener: Sentence | None = None
        for s in self.structure.sentences:
            if opener is None or s.paragraph != opener.paragraph:
                opener = s
                label = duty_label_units(s.text) if s.kind in ("body", "heading") else []
                if not label and self._opens_with_its_party(s):
                    label = opening_party_units(strip_marker(s))
                    parties.update({s.index: label} if label else {})
                labels.update({s.index: label} if label else {})
            elif opener.index in labels:
                parties[s.index] = labels[opener.index]
        shares = label_line_shares(self.structure, own_party_openers=labels.keys())
        for index, line in shares.items():
            firm = firm_label_units(line)
            if firm and index not in parties:
                parties[index] = firm
        return parties, shares

    def _opens_with_its_party(self, opener: Sentence) -> bool:
        """A paragraph's first line that may open with its party before a colon (`opening_party_units`): a body
        line or an item's heading, past the body's first line, which is the salutation's when it runs into the text
        (`各乡镇，各有关部门：为切实…`): it greets the addressees, it hands them no duty."""
        return opener.kind in ("body", "heading") and opener.index > self.structure.body_start

    def _find_unnumbered_leads(self) -> dict[int, Sentence]:
        """For each sentence outside any numbered part, the sentence that hands it a party: a lead-in
        that introduces a list of paragraphs (`请各单位做好以下防治工作：`, or one that hands it to a letter's reader,
        `…在此郑重提醒，请务必做到以下几点：` under `尊敬的各位餐饮经营户朋友：`), or a request earlier in its paragraph
        (`请各街镇按照通知要求，切实负起主体责任。对照…逐一制订整改方案`)."""
        leads: dict[int, Sentence] = self._counted_run_leads()
        list_lead = paragraph_lead = None
        previous_paragraph = None
        forwarded = set(self._forwarded_starts)
        for s in self.structure.sentences:
            if s.part is not None or s.kind not in ("body", "field") or s.index in forwarded:
                list_lead = paragraph_lead = None
                continue
            if s.paragraph != previous_paragraph:
                previous_paragraph, paragraph_lead = s.paragraph, None
            if paragraph_lead is not None or list_lead is not None:
                leads.setdefault(s.index, paragraph_lead or list_lead)  # a counted run's own lead comes first
            units = self.units_of(s)
            if requests_of_a_party(s.text, units):
                paragraph_lead = s
            # 请各单位做好以下工作：, or a letter's 请务必做到以下几点： that hands its list to the reader
            if cues().list_lead_in.search(s.text) and (units or self._reader_units(s)):
                list_lead = s
            elif reminds_a_listed_party(s.text, units):
                list_lead = s
        return leads

    def _counted_run_leads(self) -> dict[int, Sentence]:
        """For each item of a counted run (一查…；二查…, `counted_verb_items`), the sentence right before its first
        item when that sentence hands its party a set (`hands_a_set`: …各化工企业要重点开展五个方面的检查。): the run is
        the set the lead announced by count, as numbered items under it are, though the outline reads no marker."""
        leads: dict[int, Sentence] = {}
        lead: Sentence | None = None
        for s in self.structure.sentences:
            if s.index not in self.counted_items:
                lead = s if s.kind == "body" and hands_a_set(s.text) and self.units_of(s) else None
            elif lead is not None:
                leads[s.index] = lead
        return leads

    def speaking_agency(self, sentence: Sentence) -> str | None:
        """The canonical of the agency that opens the latest sentence of the paragraph up to this one (`劳工处重申，
        …。未来当局会继续…`): in a report that names no issuer, the body an agency's self-reference (当局, 局方, 处方)
        stands for. None when no body opens one (a kind of party, 承建商 or 各地, speaks for no agency)."""
        for earlier in reversed(self.structure.sentences[: sentence.index + 1]):
            if earlier.paragraph != sentence.paragraph:
                return None
            agency = opening_agency(earlier.text)
            if agency:
                return agency
        return None

    def field_values(self, sentence: Sentence, role: str) -> list[str]:
        """The values of the nearest part's field lines of `role` (责任单位：…, 完成时限：…)."""
        values: list[str] = []
        for part in sentence.part.ancestors() if sentence.part else ():
            values.extend(value for line in part.fields for field_role, value in line.field_pairs if field_role == role)
            if values:
                break
        return values

    def item_parties(self, part: Part | None) -> list[Unit]:
        """The parties of the parenthesis that closes an item's last sentence (`…规范回收渠道（县市场
        监管局、县商务局按职责负责）。`), or of a last sentence that assigns the item (`此项工作由…负责。`): every task
        of the item, its heading included, takes them."""
        if part is None:
            return []
        if id(part) not in self._closing:
            last = part.body[-1] if part.body else part.heading
            self._closing[id(part)] = closing_parenthesis_units(last.text) or closing_assignment_units(last.text)
        return self._closing[id(part)]

    def task_units(self, sentence: Sentence) -> list[Unit]:
        if sentence.kind == "table_row":
            own = self._row_units(sentence)
        else:
            own = list(self.units_of(sentence))
        for value in self.field_values(sentence, "units"):
            # 责任科室：办公室、安全监督科 in a body's own plan: its sections, so the body
            own.extend(staff_units(value) or party_list_units(value) or self.owner)
        if sentence.kind != "table_row":
            own.extend(self.item_parties(sentence.part))
        for field_role, role in resources.read_rules("extract/tables.toml")["unit_column_roles"].items():
            # 督办单位：… gives a supervising unit, 配合部门：… a cooperating one
            for value in self.field_values(sentence, field_role):
                own.extend(replace(unit, role=role) for unit in party_list_units(value))
        opening = strip_marker(sentence)
        # a helper that opens the sentence and acts (县融媒体中心配合，通过…播发…) is its subject, so the item's parties
        # stop there; one named after the act (加强巡查，县公安局配合) helps whoever the sentence stands under
        acts_itself = (
            any(unit.role != "cooperating" for unit in own) or duty_label_units(sentence.text) or unit_subject(opening)
        )
        if own and acts_itself and not (opens_with_partner(opening) or names_only_partners(opening, own)):
            if handles_only_a_contingency(opening, own):
                # 确实无法按期完成的，由属地乡镇签字说明: the one named handles a contingency; the act before it
                # is still the inherited party's
                return _dedupe(self._fallback_units(sentence) + own)
            return _dedupe(own)  # 市城管局：配合做好…: the labelled party acts, in a helping role
        if not own and cues().accountability.search(sentence.text):
            return []  # …的，依规依纪追究责任: the party held to account, not one told to act
        if not own and opens_with_a_trigger(sentence):
            return []  # 发生事故，必须…报告: a rule for whoever meets its condition, not the lead-in's party
        if not own and holds_to_account(opening):
            return []  # 对…的，将依规约谈…: the superior's act over the party its condition describes, no addressee's
        if not own and acts_at_the_time_set(opening):
            return []  # 下次例会8月上旬召开，届时逐项通报…: the act set for the meeting it schedules, no earlier party's
        inherited = _dedupe(self._with_opening_role(sentence, self._fallback_units(sentence)) + own)
        return inherited or self.owner_fallback(sentence)

    def _row_units(self, sentence: Sentence) -> list[Unit]:
        """A table row's parties: its unit columns', and a party its task cell assigns work to (`…，由供气单位
        上门复检`); a body acting on its own in the cell is left out (all of the cell's parties beside the
        column lowered four check sets: their gold disagree). The task cell's parties when the row has no
        unit column filled."""
        task_cell = _task_cell_text(sentence)
        columns = _unit_cells_units(sentence, enterprise=self.internal_parties)
        return columns + assigned_units(task_cell) if columns else find_units(task_cell)

    @staticmethod
    def _with_opening_role(sentence: Sentence, units: list[Unit]) -> list[Unit]:
        """Inherited parties in the role the sentence's opening verb gives them (牵头开展… → lead)."""
        role = subjectless_role(strip_marker(sentence))
        return [replace(unit, role=role) for unit in units] if role else units

    def owner_fallback(self, sentence: Sentence) -> list[Unit]:
        """The work plan's owner for a sentence that names no party and inherits none, only in an
        enterprise's own plan (its departments answer to it, as the gold of such plans has it).
        Elsewhere the issuer is no addressee (ANNOTATION: no stated party, no units). Never for a
        section title, nor for an item closed by its own bracket, parsed or not (`…（安委办牵头，
        上半年完成）`): the bracket names the item's parties even where they were not read."""
        whole_sentence = sentence.kind != "heading" or sentence.text.endswith(("。", "；", ";"))
        own_plan = self.enterprise or any(unit.canonical == ENTERPRISES for unit in self.owner)
        owner = self.owner if own_plan else self._reader_of(sentence)
        if not (owner and whole_sentence) or self._item_closes_with_bracket(sentence.part):
            return []
        return list(owner)

    def _reader_of(self, sentence: Sentence) -> list[Unit]:
        """The operators a letter greets as a class, for its item that names no party; not for a condition's
        consequence (未经验收擅自复产的，依法责令停止生产): a sanction falls to the regulator, not to the reader."""
        opening = strip_marker(sentence)
        if cues().conditional.match(opening) or cues().sanction_condition.match(opening):
            return []
        return self.greeted_class

    def _item_closes_with_bracket(self, part: Part | None) -> bool:
        if part is None:
            return False
        last = part.body[-1] if part.body else part.heading
        return closing_bracket_start(last.text.rstrip().rstrip("。；;.")) is not None

    def _fallback_units(self, sentence: Sentence) -> list[Unit]:
        """The units of the division of duties, sector paragraph, enumeration lead-in or part a sentence
        stands in."""
        if sentence.index in self._duty_parties:
            return list(self._duty_parties[sentence.index])
        opener = self._sector_groups.get(sentence.index)
        if opener is not None:
            return list(self.units_of(opener))
        if sentence.kind == "heading":
            return list(self.inherited(sentence.part)) if sentence.part else []
        clause_before = self._unnumbered_clause_before(sentence)
        if clause_before:
            return clause_before  # 各企业要…；遇雷暴天气时，应停止…: the subject goes on after ；
        lead = self._unnumbered_leads.get(sentence.index)
        if lead is not None and lead is not sentence:
            return list(self.units_of(lead) or self._reader_units(lead))
        if has_own_subject(sentence.text):
            return []  # 县、乡两级要…: its own subject acts, not the parties of the sentence before it
        return list(self.context(sentence.part)) or self._opening_assignment(sentence)

    def _opening_assignment(self, sentence: Sentence) -> list[Unit]:
        """The parties of the assignment that opens a numbered part's work (`会议指出，…尚有19处未完成改造。会议明确，
        由市城管局牵头，市住建局…配合，…；确实无法按期完工的，须…报告`): the part's first sentence that names a party,
        when it gives a lead (牵头) and stands before the sentence, every sentence above it in the part naming none
        (a finding, a purpose). The settled convention carries an item-opening 由X牵头，Y配合 to the item's later
        sentences that name no party; a first sentence naming a party is `_first_body_units`' already."""
        part = sentence.part
        if part is None:
            return []
        for earlier in part.body:
            if earlier.index >= sentence.index or earlier.kind != "body":
                return []
            units = self.units_of(earlier)
            if units:
                return list(units) if any(unit.role == "lead" for unit in units) else []
        return []

    def _unnumbered_clause_before(self, sentence: Sentence) -> list[Unit]:
        """Outside any numbered part, the parties of the clause that ends in ； right before the sentence in its
        paragraph: ； joins the clauses of one sentence, so a clause with no subject of its own goes on with the
        subject of the one before (`各企业要…；遇雷暴天气时，应停止…`, `市应急局提醒各工地，…；未经验收的，不得…`), and
        so does a sentence that opens by pointing into the one before (`…各市要…。其中，组织专家…`).
        Inside a numbered part the part's heading, lead-in or first sentence decides (`context`): carrying the
        clause before there too lowered realstyle and realstyle_sealed2, whose gold gives such clauses the item's
        party."""
        if sentence.part is not None or sentence.index == 0 or has_own_subject(sentence.text):
            return []
        before = self.structure.sentences[sentence.index - 1]
        if before.paragraph != sentence.paragraph or not continues_the_sentence_before(sentence.text, before.text):
            return []
        # 各企业要…；要…；要…: a run of clauses goes on with the subject the first one names
        return list(self.units_of(before)) or self._unnumbered_clause_before(before)

    def written_on(self, sentence: Sentence) -> dt.date | None:
        """The day the sentence's relative words (本周三前, 3日内) count from: the forwarding note's day for a sentence
        of the note above the text it forwards (the note was sent after the letter was signed), else the document's."""
        if self.note_day and self._forwarded_starts and sentence.index < self._forwarded_starts[0]:
            return self.note_day
        return self.doc_date

    def task_deadline(self, sentence: Sentence, modality: str) -> Deadline | None:
        plan_year = section_plan_year(sentence) or self.plan_year
        if sentence.kind == "table_row":
            cell = sentence.cell("deadline")
            # a cell naming a dated stage of the document (集中整治期间持续开展) is that stage's span; the limit
            # column's cell is the limit even where its words name no time a pattern knows
            found = (
                self.named_stage(cell.text)
                or parse_deadline_text(cell.text, self.doc_date, plan_year)
                or limit_cell(cell.text)
                if cell
                else None
            )
            found = found or find_deadline(_task_cell_text(sentence), self.doc_date, plan_year)
            # a cell's 专项整治期间 ends on the campaign's last day, which the stage lines give
            return dated_by_event(found, self.events) if found else None
        # a heading's number is no part of its text: 13.汛期、枯水期各组织一次… opens with its season
        own = find_deadline(_summary_source(sentence), self.written_on(sentence), plan_year)
        # 休渔期间不得离港: the span of an event the document dates elsewhere, which no pattern knows for a time
        own = own or defined_event_span(_summary_source(sentence), self.events)
        # 约谈前，你公司应…: a limit before an event or on its day, where the document fixes the event's day; it dates
        # an undated event's 前 the sentence read (an opening event clause) on the event's own day
        if own is None or (own.date is None and own.kind == "date" and own.text.endswith("前")):
            own = anchored_event_limit(_summary_source(sentence), self.events) or own
        # 6月25日公司组织…: an item that opens with a bare day is done on that day, a time no limit pattern reads; a
        # report's opening day (7月19日，记者从…获悉，…禁止…) is the day it tells of, no time of the directive
        if self.doc_type not in cues().event_report_doc_types:
            own = own or opening_day_limit(_summary_source(sentence), self.written_on(sentence), plan_year)
        if own and urgent(own) and not modal_cues(sentence.text) and several_urgencies(sentence.text):
            own = None  # 隐患由检查组当场…，立即…: an assignment's several acts each timed; the assigned one is unsaid
        if own and modality == "prohibit" and qualifies_the_forbidden_act(sentence.text, own):
            own = None  # 严禁长期占用通道: 长期 is the manner of what is forbidden, no time of the task
        # 开展为期两个月的整治: how long the work lasts; the item's line or stage says by when it ends
        term, own = (own, None) if own and is_term(own) else (None, own)
        if own and modality != "prohibit" and gives_way_to_the_stage(own, sentence.text):
            stage = self.stage_deadline(sentence)
            if stage is not None and stage.date:
                return stage  # 立即/常态化/…的限期整改 within a dated stage: its end is when the whole sentence is done
        if own and not urgent(own):
            if modality != "prohibit" and an_open_limit(own):
                # 损坏的限期修复 under 完成时限：4月15日前: the item's limit line says by when
                field = next(self.field_limits(sentence, plan_year), None)
                if field is not None:
                    return field
            return dated_by_event(own, self.events)
        if modality == "prohibit":
            # a prohibition keeps to its own time, unless a 期限 pair names its work (更换前不得使用… under
            # 立柱更换不晚于5月20日); imported here as the module's other deadline finders are (import cycle)
            from .deadlines import paired_deadline

            values = self.field_values(sentence, "deadline")
            named = (paired_deadline(value, sentence.text, self.doc_date, plan_year) for value in values)
            return (
                own
                or next((found for found in named if found), None)
                or self.time_frame_heading_limit(sentence)
                or self.closing_heading_limit(sentence)
                or term
            )
        for found in self.field_limits(sentence, plan_year):
            # 立即卸货 with 期限：当日完成: the item's time of the document's own day beats the sentence's bare
            # urgency; a later day (10月31日前) is the whole item's limit, and 立即 stays the sentence's
            if own is None or (found.date and self.doc_date and found.date == self.doc_date.isoformat()):
                return found
        return (
            own
            or self.series_lead_time(sentence)
            or self.list_lead_limit(sentence)
            or self.stage_deadline(sentence)
            or self.time_frame_heading_limit(sentence)
            or self.closing_heading_limit(sentence)
            or self.check_window_limit(sentence)
            or term
        )

    def field_limits(self, sentence: Sentence, plan_year: int | None) -> Iterator[Deadline]:
        """The limits the item's limit lines (完成时限：…) give the sentence, nearest part first: the value's
        part that names the sentence's work (复核工作9月28日前完成；路面管控…), else the whole value, read as a
        limit cell is (ANNOTATION.md), whatever its words."""
        for value in self.field_values(sentence, "deadline"):
            found = deadline_for_task(value, sentence.text, self.doc_date, plan_year)
            found = found or (dated_by_event(read, self.events) if (read := limit_cell(value)) else None)
            if found:
                yield found

    def list_lead_limit(self, sentence: Sentence) -> Deadline | None:
        """The limit in the clause of a lead-in whose verb takes the list as its object (`劳工处要求各事业单位于台风来临前
        确实落实下列措施：`) is the limit of the items under it that state none: the limit times that verb, and the
        items are what it does. A limit in a clause of its own before the list's clause (`应在…信号发出前，完成以下
        措施：`) is measured as the lead's condition, as series_lead_time reads it (check sets fell); a span
        (`在雨季期间特别注意以下事项：`) is the list's background, a bare day (`7月11日检查，发现下列隐患：`) a report's,
        a purpose's time (`为确保汛期前…，请做好以下工作：`) the aim: none times the items. Only the item's own
        paragraph takes it."""
        for part in sentence.part.ancestors() if sentence.part else ():
            lead = part.lead_in
            if lead is None:
                continue
            if sentence.paragraph != part.heading.paragraph:
                return None  # a paragraph after the list's last item is the lead-in's no more
            if not (cues().list_lead_in.search(lead.text) and find_units(lead.text)):
                return None
            found = find_deadline(lead.text, self.doc_date, section_plan_year(lead) or self.plan_year)
            if found is None or found.kind != "date" or not cues().lead_limit_end.search(found.text):
                return None
            clause = re.split("[，,]", lead.text)[-1]
            if found.text not in clause or cues().purpose_opening.match(clause):
                return None
            return dated_by_event(found, self.events)
        return None

    def time_frame_heading_limit(self, sentence: Sentence) -> Deadline | None:
        """The time of the nearest enclosing heading that is a time frame and nothing more (`一、停工前（1月20日18时前）
        完成的工作`, `二、放假期间`) times the items under it that state none: the heading says when, its items what.
        An item that opens with a time condition of its own (`遇道路结冰，…`, `6级以上大风期间，…`) is timed by it."""
        if cues().own_condition_opening.match(strip_marker(sentence)):
            return None
        for part in sentence.part.ancestors() if sentence.part else ():
            heading = part.heading
            if heading is sentence:
                continue
            if not is_time_frame(heading):
                continue  # an item's own heading (1.机加车间：…) under the frame
            words = frame_words(heading)
            found = find_deadline(words, self.doc_date, section_plan_year(heading) or self.plan_year)
            # 二、放假期间: a span no sentence pattern reads for a time (an occasion's 期间 in running text is as
            # often a topic, dl62), but a heading that is nothing else names the span its items fall in
            found = found or defined_event_span(words, self.events)
            if found is None and words.endswith(("期间", "期内")):
                found = Deadline(words, None, "period")
            if found is None and is_trigger_frame(words):
                found = Deadline(words, None, "date")  # 三、启动IV级应急响应时: the trigger, undated
            return dated_by_event(found, self.events) if found else None
        return None

    def closing_heading_limit(self, sentence: Sentence) -> Deadline | None:
        """The time that closes the nearest enclosing heading in a parenthesis (`一、开学前准备（8月31日前完成）`) times
        the items under it that state none, as the item's 完成时限 line does: the heading names the batch of work and
        by when it is done, its items what is done. The heading's own sentence reads its time itself."""
        for part in sentence.part.ancestors() if sentence.part else ():
            if part.heading is sentence:
                continue
            words = heading_limit(part.heading)
            if words is not None:
                found = find_deadline(words, self.doc_date, section_plan_year(part.heading) or self.plan_year)
                return dated_by_event(found, self.events) if found else None
        return None

    @cached_property
    def check_window(self) -> tuple[int, Deadline] | None:
        """The window of the document's check and where its line ends: the line under a heading that names the
        check's time and nothing else (`一、检查整改时间` ⏎ `2021年3月7日-3月10日`), when that line (its first
        sentence) is one span from a stated day and nothing more."""
        sentences = self.structure.sentences
        for heading, line in zip(sentences, sentences[1:], strict=False):
            if heading.kind != "heading" or not cues().check_window_heading.match(strip_marker(heading).rstrip("：: ")):
                continue
            words = line.text.rstrip("。；;")
            if not cues().check_window_first_day.match(words):
                return None
            found = find_deadline(words, self.doc_date, section_plan_year(line) or self.plan_year)
            if found is not None and found.kind == "period" and found.date and found.text == words:
                return line.index, found
            return None
        return None

    def check_window_limit(self, sentence: Sentence) -> Deadline | None:
        """The check's window (check_window) times a later sentence that states no time of its own and does the
        check: its check word opens a clause as the act (`重点检查…`, `检查范围：…`) or closes one as the act's
        object (`…逐户逐点排查，`). The items of the check are what the window is for; a sentence naming the check
        inside a noun phrase (`本校排查第一责任人`) does something else."""
        window = self.check_window
        if window is None or sentence.index <= window[0]:
            return None
        return window[1] if cues().check_act.search(strip_marker(sentence)) else None

    def series_lead_time(self, sentence: Sentence) -> Deadline | None:
        """The time that alone heads the first clause of a line's semicolon series (10月30日前，各级…要…；对…检查；
        对…检查。) is the limit of the series' later clauses that state none: the semicolons line up the
        assignment's items under one lead. A time inside the first clause (…要在10月30日前…；) times that
        clause only."""
        series = self.series.get(sentence.index, [])
        if not series or series[0] is sentence or not continues_the_lead(sentence, series[0]):
            return None
        found = heading_time(_summary_source(series[0]), self.doc_date, section_plan_year(series[0]) or self.plan_year)
        # a limit before an event (在…信号发出前，…) is the lead's condition; a stated day is its items' limit
        return found if found is not None and cues().own_time_trace.search(found.text) else None

    @cached_property
    def stage_spans(self) -> dict[str, Deadline]:
        """The dated stages of the document by their names (`（二）集中整治阶段（5月1日至9月30日）` → 集中整治: its
        span), read from their headings once."""
        spans = {}
        for sentence in self.structure.sentences:
            name = cues().stage_name.match(_without_closing_parenthesis(strip_marker(sentence)))
            heading = sentence.text.split("。")[0]
            if name and _spans_a_stage(heading):
                span = stage_span(heading, self.doc_date, self.plan_year)
                if span is not None and span.date:
                    spans[name["name"]] = span
        return spans

    def named_stage(self, cell: str) -> Deadline | None:
        """A limit cell that opens with a dated stage's name and its span word (`集中整治期间持续开展`,
        `排查整治阶段持续开展`): the work runs through that stage, so its span ends the cell's limit, whatever
        manner word (持续) follows."""
        words = cell.strip().strip("。；;，,")
        for name, span in self.stage_spans.items():
            if cues().stage_name_use.match(words, len(name)) and words.startswith(name):
                return Deadline(words, span.date, "period")
        return None

    def stage_deadline(self, sentence: Sentence) -> Deadline | None:
        """The span of the stage a sentence stands in (（二）排查整治阶段（4月26日—5月10日）) is the
        deadline of its sentences that state no time of their own."""
        stage = cues().stage_heading
        for part in sentence.part.ancestors() if sentence.part else ():
            heading = part.heading
            if heading is sentence or is_time_frame(heading):
                continue  # 二、寒潮影响期间（12月9日夜间至12日）: a frame times only what states no time (time_frame_heading_limit)
            if stage.search(_without_closing_parenthesis(strip_marker(heading))) or _spans_a_stage(heading.text):
                return stage_span(heading.text, self.doc_date, self.plan_year)
        return None


def qualifies_the_forbidden_act(text: str, deadline: Deadline) -> bool:
    """An ongoing time word that stands after the prohibition (严禁长期占用通道, 不可长期关闭排风扇) tells how
    the forbidden act is done; one before it (长期严禁…) times the prohibition."""
    prohibition = next((start for start, modality in modal_cues(text) if modality == "prohibit"), None)
    return deadline.kind == "ongoing" and prohibition is not None and text.find(deadline.text, prohibition) >= 0


def gives_way_to_the_stage(own: Deadline, text: str) -> bool:
    """Whether a sentence's own timing yields to the dated span of the stage it stands in (（二）排查整治阶段
    （3月21日—5月31日）。…能立即整改的当场整改，不能立即整改的…限期整改): urgency and lasting work name no end, and an
    open limit (限期整改, no day) on what its clause names by a 的 phrase (the hazards found, the units that cannot
    mend at once) is the remedy of what the stage turns up, so the stage's end is the last limit of the whole
    sentence (several limits: the last). A stated day, a frequency or a span keeps its own reading, and so does an
    open limit on no such phrase (the gold of heldout3 keeps it: measured)."""
    if own.date is not None:
        return False
    if own.kind in ("immediate", "ongoing"):
        return True
    return own.kind == "date" and "的" in clause_before_the_time(text, own.text)


def clause_before_the_time(text: str, time_text: str) -> str:
    """The words of the time's clause before it (…，不能立即整改的落实管控措施并|限期整改 → 不能立即整改的…并)."""
    at = text.find(time_text)
    return CLAUSE_SPLIT.split(text[: max(at, 0)])[-1]


def continues_the_lead(sentence: Sentence, lead: Sentence) -> bool:
    """A later clause of a series goes on under the lead's time when it repeats the lead's frame with a new
    object (10月30日前，各级…要对A开展检查；对B进行全覆盖检查；: the same preposition opens it, no subject of its
    own before it) and mentions no time the reader may not know for a limit (纳入9月份计划, 八号风球生效期间):
    a clause naming its own time keeps to it, and a clause of another frame (…；要…, 确需…的项目，纳入…) is a
    further duty the lead's time need not bound."""
    text = strip_marker(sentence)
    frame = cues().parallel_object_opening.match(text)
    if frame is None or frame.group(0) not in lead.text or cues().own_time_trace.search(text):
        return False
    return not (has_own_subject(text) or opens_with_a_trigger(sentence))


def heading_time(text: str, doc_date, plan_year: int | None) -> Deadline | None:
    """The timing that makes up the whole of the text's first clause, a connective or a preposition aside
    (`10月30日前，…`, `其中10月底前，…`; not `各地10月底前，…`), else None."""
    head = re.split(r"[，,]", text, maxsplit=1)
    if len(head) < 2:
        return None
    if cues().lead_from_today.match(head[0]):
        return Deadline(head[0], None, "immediate")  # 即日起，…: from today on, the series' urgency
    found = find_deadline(head[0], doc_date, plan_year)
    return found if found is not None and cues().lead_time_rest.match(head[0].replace(found.text, "", 1)) else None


def stage_span(heading: str, doc_date, plan_year: int | None) -> Deadline | None:
    """The time a stage's heading states; else its closing bracket read as a cell would be (（三）总结验收
    阶段（2026年11月—12月）: a span of months, which running text leaves as background)."""
    found = find_deadline(heading, doc_date, plan_year)
    text = heading.rstrip("。；;：:！ ")
    start = closing_bracket_start(text)
    if found is not None or start is None:
        return found
    return parse_deadline_text(text[start + 1 : -1], doc_date, plan_year)


def opens_with_a_trigger(sentence: Sentence) -> bool:
    """`发生事故，必须…报告`, `对拒不整改的，依法责令停产`, `凡…的，一律…`, `如发现…`: the sentence's first
    clause is a condition or a rule's trigger, so it binds whoever meets it and names no addressee;
    a subjectless `要…` continuation (`要及时…`) or an object phrase (`对排查出的隐患，要…`) is not one."""
    return bool(cues().rule_trigger.match(strip_marker(sentence)))


def holds_to_account(opening: str) -> bool:
    """`对工作不力的，将依规约谈有关负责人`, `凡迟报的，一律从严追责`, `因失职造成事故的，按有关规定追究责任`: the
    sentence opens with a sanction's condition — opened by 凡/对, or one clause closed by 的/者 with no opener — and its
    consequence holds someone to account; it orders no addressee to act. A condition with a modal of its own
    is an order that goes on (`对已关闭矿山要逐一复查，…发现…的，…追究属地责任`); a consequence that hands the
    violator over (`移送司法机关追究刑事责任`, `移交县纪委监委追责`) is the act of the party handing over."""
    c = cues()
    condition = c.sanction_condition.match(opening) or c.conditional.match(opening)
    if condition is None or modal_cues(condition.group()):
        return False
    consequence = opening[condition.end() :]
    return bool(c.held_to_account.search(consequence)) and not c.hand_over.search(consequence)


def handles_only_a_contingency(text: str, units: Sequence[Unit]) -> bool:
    """`三要…10月15日前全部整改到位，确实无法按期完成的，由属地乡镇主要负责同志签字说明`, `若有灾情发生，务必即时
    通报…，由民政处统筹协调`: every party the sentence names stands in a 由 clause after a condition, and a clause
    before that 由 acts with no party of its own. The 由 assigns who handles the contingency; the sentence's own act
    has no subject, so it goes on with the party the sentence stands under. A sanction (`对拒不整改的，由…依法处理`)
    has no such act, and a topic (`检查发现的问题，由…整改`) no condition: both keep to the party they name."""
    c = cues()
    pieces = clauses(text)
    assigned = [index for unit in units for index, piece in enumerate(pieces) if unit.mention in piece]
    if not units or len(assigned) < len(units) or any(not _opens_with_assignment(pieces[index]) for index in assigned):
        return False
    before = pieces[: min(assigned)]
    conditions = [c.conditional_clause.match(piece) or c.conditional.match(piece + "，") for piece in before]
    acts = [
        not condition and not find_units(piece) and not has_own_subject(piece)
        for piece, condition in zip(before, conditions, strict=True)
    ]
    return any(conditions) and any(acts)


def _opens_with_assignment(clause: str) -> bool:
    return clause.lstrip().startswith("由")


def opening_agency(text: str) -> str | None:
    """The canonical of the one body whose name opens the sentence after its lead words, addressed or speaking
    (`劳工处重申，…`, `同时，消防处…`); None for a kind of party (承建商, 各地) or a self-reference."""
    mention = mention_at(text, skip_lead_words(text, 0))
    if mention is None or len(mention.canonicals) != 1 or mention.canonicals[0] in NO_AGENCY:
        return None
    return mention.canonicals[0]


def continues_the_sentence_before(text: str, before: str) -> bool:
    """The sentence goes on with the one before it in its paragraph: after its ； (`各企业要…；遇雷暴天气时，应停止…`), or
    opening by pointing into it (`continuation_opening`: `…各市要严格审批。其中，组织专家…`)."""
    return before.rstrip().endswith(("；", ";")) or bool(
        resources.unit_rules()["continuation_opening"].match(text.lstrip())
    )


def requests_of_a_party(text: str, units: list[Unit]) -> bool:
    """`现将通知予以转发，请各街镇按照通知要求…`: the sentence asks its first party to act."""
    return bool(units) and "请" + units[0].mention in text


def hands_on(lead_in: Sentence, part: Part) -> bool:
    """A lead-in hands its parties to the items of its enumeration when it introduces them
    (…要做到以下四点：, …要做好九方面的工作。 over items on lines of their own: `hands_a_set`) or runs on into
    them in one paragraph (…各地、各部门要…。一要…); a closed
    paragraph above items set out on lines of their own (X强调，各乡镇、各部门要克服麻痹思想。) is
    one more directive to its own parties, and items naming no party keep none; nor does a lead-in
    that closes with the issuer's formula (…各会员单位要…，现将有关事项通知如下：) or that reports
    past work (`reports_past_work`)."""
    text = lead_in.text.rstrip()
    if cues().notice_formula_lead_in.search(text):
        return False  # …各会员单位要…，现将有关事项通知如下：the issuer announces the items
    if reports_past_work(text):
        return False  # 县安委办会同…开展了联合检查，发现以下隐患：the items are what was found, no one's duties
    return hands_a_set(text) or lead_in.paragraph == part.heading.paragraph


def hands_a_set(text: str) -> bool:
    """A lead-in that hands its party a set of work: it introduces the items before a colon
    (…要做到以下四点：) or announces them by count in a closed sentence (…要做好九方面的工作。)."""
    text = text.rstrip()
    return text.endswith(("：", ":")) or bool(cues().counted_lead_in.search(text))


def reports_past_work(text: str) -> bool:
    """A lead-in that tells what was done (…开展了联合检查，发现以下隐患：) and asks nothing (no modal):
    its parties did the work, the items under it are its findings. A future before the 了 (…将牵头开展了十一项活动：)
    announces the work to come: the items are the party's."""
    rules = resources.unit_rules()
    if modality_of(blank_quotes(text)) is not None or rules["future_before_past"].search(text):
        return False
    return bool(rules["past_tense"].search(text))


def asks_whether(cell: str) -> bool:
    """A checklist row's item or an inspection item asks (灶具是否具有熄火保护装置, 是否安装报警装置): its first
    clause holds the question and no action verb opens it, so the row awaits a tick in its 是/否 columns and
    directs nobody; one that opens with the act and checks a question (检查棚架是否稳妥), or whose modal before
    the question directs its party to check (五、各村要检查广播是否能用), stays."""
    c = cues()
    first = next(iter(clauses(cell)), "")
    question = c.question.search(first)
    if question is None or modality_of(first[: question.start()]) is not None:
        return False  # 各村要检查广播是否能用 / 禁止用明火检查管道是否漏气: a modal governs the question
    return not (c.action_start.match(first) or c.action_start.match(c.adverbs.sub("", first, count=1)))


def opens_with_action(clause: str) -> bool:
    """A clause of a heading that opens with an action verb, after adverbs (切实加强组织领导), and
    neither asks (安装拆卸是否由…实施) nor reports a failing (清理班一名员工…未戴防护面罩)."""
    c = cues()
    head = c.adverbs.sub("", clause, count=1)
    if not (c.action_start.match(clause) or c.action_start.match(head)) or c.question.search(clause):
        return False
    return concrete(clause, directive=False)


def _plan_item(body: str) -> bool:
    """A numbered item of a plan that is a whole sentence with a concrete clause and no report of
    the past or the situation (a plan's items say what will be done, even without 要)."""
    c = cues()
    if c.past.search(body) or any(c.attitude.search(clause) for clause in clauses(body)):
        return False
    return any_concrete(opening(body), body)


# the marks a frame heading may close on (一、放假期间：, 三、启动IV级应急响应时。): no part of its words
FRAME_CLOSING_MARKS = "。；;：: "


def frame_words(heading: Sentence) -> str:
    """A heading's words without its marker and closing marks (三、启动IV级应急响应时： → 启动IV级应急响应时)."""
    return strip_marker(heading).rstrip(FRAME_CLOSING_MARKS)


def is_trigger_frame(words: str) -> bool:
    """Whether a heading's words are a trigger and nothing else (启动IV级应急响应时, 台风过后): a frame for its items."""
    return cues().trigger_frame_heading.match(words) is not None


def is_time_frame(heading: Sentence) -> bool:
    """Whether a heading's words are a time and nothing else, or a time and the work done by it (`二、放假期间`,
    `一、停工前（1月20日18时前）完成的工作`), or a trigger and nothing else (`三、启动IV级应急响应时`): a frame for its
    items, not a stage of a campaign."""
    words = frame_words(heading)
    return bool(cues().time_frame_heading.match(words) or is_trigger_frame(words))


def _spans_a_stage(heading: str) -> bool:
    """The heading closes with a parenthesis holding a span of days (（4月26日—5月10日）), or its label's colon
    is followed by such a span alone (（二）集中整治阶段：6月1日至8月31日)."""
    found = re.search(r"[（(]([^）)]*)[）)][。；]?$", heading) or re.search(
        r"[：:]([^，,。；;：:]{4,24})[。；]?$", heading
    )
    return bool(found and re.search(r"[至到—－～~]", found.group(1)) and "月" in found.group(1))


def _without_closing_parenthesis(text: str) -> str:
    """The text without the bracket that closes it, nested brackets counted (units.closing_bracket_start)."""
    text = text.rstrip("。；;：:！ ")
    start = closing_bracket_start(text)
    return text if start is None else text[:start]


def repeated_headlines(sentences: Sequence[Sentence]) -> set[int]:
    """The indices of the unnumbered body lines without a closing mark that the page shows more than once (a news
    card's headline over its body's, a headline split from its kicker and shown again): a line a writer directs
    with is written once; a page's template repeats its headline."""
    seen: dict[str, list[int]] = {}
    for sentence in sentences:
        line = without_cell_bar(sentence.text).strip()
        if sentence.kind == "body" and sentence.marker is None and cues().headline_line.fullmatch(line):
            seen.setdefault(line, []).append(sentence.index)
    return {index for indices in seen.values() if len(indices) > 1 for index in indices}


def work_plan_owner(title: str | None) -> list[Unit]:
    """The body whose own work plan the document is (its title, or the 《…》 it issues), or []."""
    if not title:
        return []
    quoted = re.search(r"《([^《》]+)》", title)
    found = cues().own_work_plan.match(quoted.group(1) if quoted else title)
    return find_units(found.group("owner"), listed=True)[:1] if found else []


def _unit_cells_units(sentence: Sentence, *, enterprise: bool = False) -> list[Unit]:
    """The units of every unit column (责任单位, or 牵头单位 and 配合单位), each column's role applied;
    in an enterprise's own document a cell may name its staff (项目部机电员 付强)."""
    column_roles = resources.read_rules("extract/tables.toml")["unit_column_roles"]
    units = []
    for cell in sentence.cells:
        if cell.text and cell.role in ("units", *column_roles):
            role = column_roles.get(cell.role)
            found = party_list_units(cell.text) or (listed_internal_party(cell.text) if enterprise else [])
            units += [replace(u, role=role) if role else u for u in found if not names_a_place_of(cell.text, u)]
    return units


def names_a_place_of(cell: str, unit: Unit) -> bool:
    """A place's own name opening a cell that runs straight on into a name (`某某县乐购时代商业广场`, a firm column's cell):
    the place is where the named party stands, no party of its own. A separator, a space or a bracket after it
    (`城关镇、某某县`, `城关镇 各村`, `城关镇（街道）`) keeps it a party of the list."""
    rest = cell[len(unit.mention) :]
    separators = tuple(resources.unit_rules()["separators"])
    return (
        cell.startswith(unit.mention)
        and rest[:1].isalpha()
        and not rest.startswith(separators)
        and is_proper_place_name(unit.mention)
    )


def _task_cell_text(sentence: Sentence) -> str:
    cell = sentence.cell("task")
    return cell.text if cell else sentence.text


def _summary_source(sentence: Sentence) -> str:
    return strip_marker(sentence) if sentence.kind == "heading" else _task_cell_text(sentence)


def _dedupe(units: list[Unit]) -> list[Unit]:
    seen, kept = set(), []
    for unit in units:
        key = (unit.mention, unit.canonical)
        if key not in seen:
            seen.add(key)
            kept.append(unit)
    return kept


# --- the summary -------------------------------------------------------------------------------


def summarize(text: str, units: list[Unit]) -> str:
    """A verb-object phrase: the clause that holds the act, without its subject, modal, adverbs and
    leading time (请各乡镇于6月25日前报送… → 报送…). Never cut: every piece taken off ends where a word
    of the segmenter ends (及时报送 keeps 及时), and a piece stays when taking it would leave a bare
    word (严格奖惩, not 奖惩)."""
    c = cues()
    masked = mask_units(_opened(blank_quotes(text)), text)
    every_piece = clauses(masked)
    pieces = [p for p in every_piece if not c.role_only.match(p)] or every_piece  # 由X负责。 alone is its own work
    chosen = act_clause(pieces) or (pieces[0] if pieces else masked)
    start = masked.find(chosen)
    offset = len(text) - len(masked)
    phrase = _opened(text[offset + start : offset + start + len(chosen)])
    phrase = _off_the_front(c.summary_lead, _off_the_front(LEFT_OF_UNITS, phrase))
    for _ in range(2):  # 由县水利局牵头负责… ; 请X、Y于…前…
        for unit in units + find_units(text):  # the sentence's own units, looked up once
            if phrase.startswith(unit.mention):
                phrase = _without_party(phrase, unit.mention)
        phrase = _off_the_front(LEFT_OF_UNITS, phrase)
    phrase = without_adverbs(phrase)
    return without_adverbs(_kept_whole(phrase, without_leading_time(phrase)))


def _opened(text: str) -> str:
    """`opening(text)`, unless what it takes off ends inside a parenthesis (…试运行（4月25日前完成）: the
    leading time it saw is the parenthesis' own), which would leave a piece closing a bracket it never opened."""
    opened = opening(text)
    return text if _closes_unopened(opened) else opened


def _closes_unopened(text: str) -> bool:
    """The text closes more brackets than it opens."""
    return sum(map(text.count, "）)]】")) > sum(map(text.count, "（([【"))


def act_clause(pieces: Sequence[str]) -> str | None:
    """The first concrete clause that does the act rather than conditioning or timing it (如出现…症状,
    于台风警报发布后, …未提供…者). Where every concrete clause is such a one, the first clause after it that
    is none (…于台风警报发布后，应将吊臂…: the act the lexicon does not know); with no concrete clause, the
    first that is no condition (未经同意，不得…)."""
    condition = cues().summary_condition
    acting = [piece for piece in pieces if concrete(piece)]
    doing = [piece for piece in acting if not condition.search(piece)]
    if not doing and acting:
        after = pieces[pieces.index(acting[0]) + 1 :]
        doing = [piece for piece in after if not condition.search(piece)][:1]
    if not acting:
        doing = [piece for piece in pieces if not condition.search(piece)]
    return next(iter(doing or acting), None)


def without_adverbs(phrase: str) -> str:
    """The phrase without its leading adverbs and modal, a series of them joined by 、 included
    (按期、及时整改到位 → 整改到位); an adverb stays where taking it would cut a word or leave a bare one
    (应该立即停用 → 立即停用, 严格奖惩)."""
    c = cues()
    opening = c.adverbs.match(phrase)
    if not (opening and opening.end()) and not phrase.startswith("、"):
        return phrase  # nothing to take off: the words need no counting
    least = word_count(phrase, 2)
    rest = _off_the_front(c.adverbs, phrase, least, c.summary_duration)
    while rest.startswith("、") and (after := _off_the_front(c.adverbs, rest[1:], least)) != rest[1:]:
        rest = after
    return phrase if rest.startswith("、") else rest


def _off_the_front(
    pattern: re.Pattern[str], phrase: str, least: int = 1, not_before: re.Pattern[str] | None = None
) -> str:
    """The phrase without what `pattern` matches at its start, up to the last word end the match reaches
    that leaves `least` words (及时 is one word: LEFT_OF_UNITS' 及 stays on it; 按时限 keeps 按时, which
    would leave 限) and does not leave what `not_before` matches (须提前3天将… keeps 提前 with its 3天)."""
    found = pattern.match(phrase)
    if found is None or not found.end():
        return phrase
    shorter = (end for end in reversed(word_ends_before(phrase, found.end())) if pattern.fullmatch(phrase, 0, end))
    for end in (found.end(), *shorter):
        rest = phrase[end:]
        if (
            at_a_word_end(phrase, end)
            and word_count(rest, least) >= least
            and not (not_before and not_before.match(rest))
        ):
            return rest
    return phrase


def at_a_word_end(phrase: str, at: int) -> bool:
    """`at` is no position inside a dictionary word of the segmenter (jieba's words, pos.tagged): 及时, 负责,
    常委会 are cut there; 厅要, 办要, 方会 are the tagger's guesses at an unknown run (a party's name before its
    modal), which the unit finder reads better."""
    if at <= 0 or at >= len(phrase) or not (phrase[at - 1].isalnum() and phrase[at].isalnum()):
        return True
    word, end = word_at(phrase, at)
    return end == at or lexicon().entry(word) is None or _joint(word, at - (end - len(word)))


def _joint(word: str, k: int) -> bool:
    """The word is two dictionary words of two characters or more joined at `k` (严格执行 = 严格 + 执行,
    切实加强): an adverb may be taken off its verb there."""
    return 1 < k < len(word) - 1 and all(lexicon().entry(piece) for piece in (word[:k], word[k:]))


def _without_party(phrase: str, mention: str) -> str:
    """The phrase without the party's name it opens with. A name that runs into the first character of
    the next word (安全员王某负|责: the unit finder read one character too far) loses it back; a name that
    ends inside a longer word (县委常委|会) was not the whole name, and stays."""
    at = len(mention)
    if not at_a_word_end(phrase, at) and at_a_word_end(phrase, at - 1):
        at -= 1
    return _kept_whole(phrase, phrase[at:]) if at_a_word_end(phrase, at) else phrase


def _kept_whole(phrase: str, rest: str) -> str:
    """`rest` when it still holds more than one word (or as many as the phrase), else the phrase it was
    taken from: a verb left alone (排查, 配合) has lost what it acts on or how, and nothing is no text."""
    if rest == phrase:
        return phrase  # nothing was taken off: no words to count
    return rest if word_count(rest, 2) >= word_count(phrase, 2) and rest.strip() else phrase


def without_leading_time(phrase: str) -> str:
    """The phrase without the time it opens with (于6月25日前报送… → 报送…, 牵头开展… → 开展…). What the time
    pattern takes may open with the verb or the preposition of the phrase itself: then the words stay when no
    act or connector follows them (组织一次节前综合检查, 对全县工地开展节前拉网式检查: 节前 qualifies the object)
    or the time is inside what a verb directs (督促责任单位在5月25日前完成…)."""
    c = cues()
    timed = c.summary_time.match(phrase)
    if timed is None or not timed.group():
        return phrase
    lead, rest = timed.group(), phrase[timed.end() :]
    if c.summary_duration.match(rest):
        return phrase  # 须提前3天将…: the 前 was 提前's, and the time goes on with its length
    if not at_a_word_end(phrase, timed.end()):
        return phrase  # 于国庆节前夕派员…: the time's 前 is 前夕's, and a text cut there starts inside a word
    verb_first = bool(c.action_start.match(lead))
    if verb_first or c.imperative_connectors.match(lead):
        acts_next = any(
            c.action_start.match(head) or head.startswith(c.unit_subject_connectors)
            for head in (rest, c.adverbs.sub("", rest, count=1))
        )
        if not acts_next or (verb_first and re.search("[于在]", lead[1:])):
            return phrase
    return rest


# --- the step ----------------------------------------------------------------------------------


def agenda_parts(structure: Structure) -> set[Part]:
    """The program parts of a gathering: a part headed 会议议程 in any document (agenda_proper: a 纪要's agenda too), the
    会议内容 of a meeting notice, one that also has a 会议时间/会议地点 part, and any X内容/X议程/X程序 part beside an X地点
    part naming the same gathering (约谈地点 … 约谈程序, 培训时间和地点 … 培训内容)."""
    c = cues()
    headings = [(part, strip_marker(part.heading).strip()) for part in structure.parts]
    meeting_notice = any(c.meeting_notice_part.match(heading) for _, heading in headings)
    gatherings = {found["gathering"] for _, heading in headings if (found := c.gathering_place_part.match(heading))}
    return {
        part
        for part, heading in headings
        if c.agenda_proper.match(heading)
        or (meeting_notice and c.agenda_section.match(heading))
        or program_of(heading, gatherings)
    }


def program_of(heading: str, gatherings: set[str]) -> bool:
    """约谈程序 where the notice has an 约谈地点 part: the heading names the program of a gathering it places."""
    found = cues().gathering_program_part.match(heading)
    return found is not None and found["gathering"] in gatherings


def in_frame_section(sentence: Sentence) -> bool:
    """Under 指导思想 / 总体要求 / 工作目标 / 工作原则 (ANNOTATION.md: framing, not tasks)."""
    parts = sentence.part.ancestors() if sentence.part else ()
    return any(_frames(strip_marker(part.heading).strip()) for part in parts)


@lru_cache(maxsize=1024)
def _frames(heading: str) -> bool:
    return bool(cues().frame_section.match(heading))


def is_task(sentence: Sentence, doc_type: str, *, enterprise: bool = False, cut: bool = False) -> bool:
    """`cut`: the sentence is the excerpt's last, stopped without its closing mark (`cut_off`)."""
    if in_frame_section(sentence):
        return False
    if sentence.kind in ("body", "heading") and in_review_section(sentence) and not looks_ahead(sentence.text):
        return False  # 开展各类消防演练37场次 under 一、2024年工作开展情况 reports the year's work
    if sentence.kind == "table_row":
        # a row of a table without a header (page fields, a blank form) is a task only when its
        # longest cell holds an action
        task = sentence.cell("task")
        if reports_status(sentence) or (task is not None and asks_whether(task.text)):
            return False
        return task is not None and (sentence.headed or any(concrete(clause) for clause in clauses(task.text)))
    if sentence.kind == "heading":
        return (
            heading_is_task(sentence, doc_type, enterprise=enterprise, cut=cut)
            or terse_item_is_task(sentence, doc_type)
            or party_item_in_duty_section(sentence, doc_type)
            or holds_only_a_duty(sentence)
        )
    if sentence.kind == "body":
        if cues().bare_verb.match(sentence.text.strip()) or label_line(sentence.text):
            return False
        if cues().spaced_pair.fullmatch(sentence.text.strip()):
            return False  # 联合执法 形成合力: a news item's subhead over its account, or a page's pair of links
        if sentence_is_task(sentence.text, doc_type, enterprise=enterprise):
            return True
        if under_a_modal_heading(sentence, doc_type) and acts_under_a_modal(blank_quotes(sentence.text)):
            return True  # 二要巡查防控到位：… / 提高重点林区巡查频次，严查违规用火。
        if party_acts_after_a_duty_lead(sentence.text):
            return True  # …压实各部门职责：住建局统筹协调全局，督促…；: the colon hands out the duties
        if holds_a_duty(strip_marker(sentence)) and not under_a_leadership_item(sentence):
            return True  # 各科室主任是本科室安全生产第一责任人。: the party answers for the field's work
        return in_task_section(sentence, doc_type) and (
            section_directive(sentence.text, planned=in_plan_body(sentence, doc_type))
            or party_acts_in_duty_section(sentence, doc_type)
        )
    return False


def label_line(text: str) -> bool:
    """A page's field label, not a sentence: `label：value` whose value neither opens with an action nor
    holds a modal (法律效力：地方规范性文件); `工作要求：加强巡查` stays. A bare page word (我要纠错, 打印本页)
    is chrome, dropped by normalization's chrome lists (line_kinds.toml) before extraction, so a short
    body line such as `严禁烟火` is judged like any sentence (review 10, finding 3). Closed by an end
    mark, the line is a label only when its value names parties (配合：执法大队。, the rest of a credit
    line cut at its semicolon)."""
    c = cues()
    field = c.label_field.match(text.strip())
    if field is None:
        return False
    value = field.group("value")
    if field.group("end") and not names_parties_only(value):
        return False  # a sentence's end closes a label only when its value is a list of parties
    return not (c.action_start.match(c.adverbs.sub("", value, count=1)) or modality_of(value))


def party_heading_units(heading: Sentence) -> list[Unit]:
    """The parties of a numbered heading that names nothing but them (一、保卫科, （二）各乡镇、街道): the
    item is that party's share of the work, as a 责任单位 line would say, so its sentences, which
    leave their subject unsaid (1．每周开展一次巡查), are the party's. A heading that names a topic
    (（一）道路交通安全) or an act (加强组织领导) reads no party."""
    name = strip_marker(heading).rstrip("。：:；; ")
    addressed = addressee_label_units(name)
    if addressed:
        return addressed  # 一、致经营单位: the heading addresses its items to the party, an enterprise included
    firm = registered_firm_units(name)
    if firm:
        return firm  # （一）某某矿业有限公司某某铁矿：: one firm by its proper name, no area
    units = party_list_units(name) if name and names_parties_only(name) else []
    if any(unit.canonical == ENTERPRISES for unit in units):
        return workplace_heading_units(name)  # 二、危险化学品企业 names an area; （三）金属非金属地下矿山。 a workplace
    return units or workplace_heading_units(name)


def opening_party_units(item: str) -> list[Unit]:
    """The parties a paragraph or an item opens with before its colon (`二、县住建局：在建工地已排查完毕；…`, `某某食品有限公司：
    冷库…未设置…，限期整改。`) when what follows is no duty the unit rules read (a finding, a state, a time first):
    the paragraph is the party's share, as a division of duties is, so its sentences that name no party are that
    party's. A label and its value (`责任单位：县住建局`: parties on both sides) names none."""
    label, colon, rest = item.partition("：")
    if not colon or not label or names_parties_only(rest.rstrip("。；; ")):
        return []
    return party_list_units(label) if names_parties_only(label) else registered_firm_units(label)


def firm_label_units(line: Sentence) -> list[Unit]:
    """The firm a line names and nothing else, closed by its colon (`某某化工有限公司：`, a 挂牌督办 notice's heading of one
    firm's demands; `某某公交集团有限公司：` over a notice's （一）（二） items): the paragraphs or items under it, up to the
    next such line or heading, are that firm's share, as under a numbered heading naming it (`party_heading_units`).
    Only a firm by its registered legal form (`registered_firm_units`): a line of kinds (各施工单位：) greets or
    addresses, and is read as a lead-in is."""
    name = lone_label(line)
    return registered_firm_units(name) if name else []


def label_line_shares(structure: Structure, own_party_openers: Collection[int] = ()) -> dict[int, Sentence]:
    """For each sentence in the share of a label line past the salutation (a line holding a party's name and its colon,
    nothing else: `lone_label`), that line. The share runs over the paragraphs under the line up to the next label
    line, heading or part, or a paragraph that opens with a party of its own (`own_party_openers`, the first
    sentences of `市住建局：牵头开展…`): its party is the line's firm (`firm_label_units`) and its sector the one the
    party's kind names (`label_line_sectors`)."""
    shares: dict[int, Sentence] = {}
    line: Sentence | None = None
    previous_paragraph = None
    for s in structure.sentences:
        if s.paragraph != previous_paragraph:
            previous_paragraph = s.paragraph
            own_party = s.index in own_party_openers
            if s.kind != "body" or lone_label(s) or own_party or (line is not None and s.part is not line.part):
                line = None
            if not own_party and s.kind in ("body", "heading") and s.index > structure.body_start and lone_label(s):
                line = s
        if line is not None and s is not line:
            shares[s.index] = line
    return shares


def label_line_sectors(shares: Mapping[int, Sentence]) -> dict[int, list[str]]:
    """For each sentence of a label line's share (`label_line_shares`), the one sector the party's kind names
    (`party_kind_sectors`): the demands under `某某铝制品有限公司：` are the metal works' (工贸), those under
    `某某住宅项目施工总承包单位、监理单位：` the building site's, as the party under it is the line's."""
    named = {line.index: party_kind_sectors(lone_label(line)) for line in shares.values()}
    return {index: named[line.index] for index, line in shares.items() if named[line.index]}


def lone_label(line: Sentence) -> str:
    """The name a line holds before its closing colon when nothing follows it (`某某化工有限公司：`), else ''."""
    name, colon, rest = strip_marker(line).partition("：")
    return name if colon and not rest.strip() else ""


def names_parties_only(value: str) -> bool:
    """A field's value is a list of parties and nothing else (执法大队、消防救援站; 设备工程师 周建军)."""
    if staff_units(value):
        return True
    return not LEFT_OF_UNITS.sub("", mask_units(value, listed=True))


def _section_headings(sentence: Sentence) -> tuple[str, ...]:
    return sentence.part.headings if sentence.part else ()


def in_review_section(sentence: Sentence) -> bool:
    """Under a heading that reviews work done (一、2024年工作开展情况, 二、工作进展)."""
    return any(cues().review_section.match(heading) for heading in _section_headings(sentence))


def looks_ahead(text: str) -> bool:
    """A sentence of a review that speaks of work to come: a modal, or 将/计划/下一步…"""
    return modality_of(text) is not None or bool(cues().looking_ahead.search(text))


def in_plan_body(sentence: Sentence, doc_type: str) -> bool:
    """The sentence lays out work to come: a plan's numbered part, a section naming the work
    ahead (二、2025年工作打算) or an item handed out with its own parties and time limit (`assigned_item`)
    in any document; its counted targets (关闭退出…4处) are quotas, not results."""
    headings = _section_headings(sentence)
    return bool(headings) and (
        doc_type in cues().target_doc_types
        or any(cues().plan_section.search(h) for h in headings)
        or assigned_item(sentence.part)
    )


def section_plan_year(sentence: Sentence) -> int | None:
    """The year a section laying out work names (二、2025年工作打算) in a document that reviews the year
    before it: the year its 全年/年内/年底前 fall in."""
    c = cues()
    for heading in _section_headings(sentence):
        year = c.section_year.match(heading)
        if year and c.plan_section.search(heading):
            return int(year.group(1))
    return None


def in_task_section(sentence: Sentence, doc_type: str) -> bool:
    """The sentence stands in a numbered part of a plan or notice, or under a heading naming the
    work ahead in any document, and no part around it reports background, achievements or
    problems (基本情况, 工作成效, 存在的主要问题)."""
    c = cues()
    headings = _section_headings(sentence)
    if not headings or any(c.non_task_section.search(heading) for heading in headings):
        return False
    if doc_type in c.section_directive_doc_types or any(c.plan_section.search(h) for h in headings):
        return True
    return assigned_item(sentence.part)


def assigned_item(part: Part | None) -> bool:
    """The part, or one around it, carries its own 责任单位/牵头单位/完成时限 lines (`1）开展储存库安全检查。…
    牵头单位：县公安局 完成时限：8月25日前`; a field line's pairs are only of these roles): an item handed out
    as a row of a checklist, whatever the document's type is taken to be, so its sentences are the work it
    hands out."""
    parts = part.ancestors() if part is not None else ()
    return any(line.field_pairs for p in parts for line in p.fields)


def section_directive(text: str, *, planned: bool = False) -> bool:
    """Inside a task section, a sentence that directs without a modal or a party (analysis6 group C):
    its first clause opens with an action, after a condition on what is acted on (对…的，), a leading
    date or the stage it sets (…为集中整治阶段，县安委办组织…), or it counts the work in an assessment,
    notifies laggards or sets a limit (纳入…考核, 予以通报, 限期整改, 一票否决). Past work, achievements
    and attitude are none. `planned`: the body of a plan, where a count is a quota, a target stated
    without a verb (完好率保持在96%以上) counts and the issuer's 将/计划 opens the item (将探索…)."""
    c = cues()
    if not text.rstrip().endswith(("。", "；", ";")):
        return False  # a form's field line (填报单位（盖章）：…), a table's title
    blanked = blank_quotes(without_person_asides(text))
    if reports_rather_than_directs(blanked, planned=planned):
        return False
    if c.section_predicate.search(text) or (planned and c.plan_target.search(blanked)):
        return True
    if planned:
        blanked = c.planned_opening.sub("", blanked, count=1) or blanked
    lead = c.section_lead.match(blanked)
    if lead and planned and lead.group().startswith("对") and c.action.search(lead.group()):
        lead = None  # 对全县重点企业实施分级执法，…: the object's clause holds the act itself
    head = blanked[lead.end() :] if lead else blanked
    if lead and unit_subject(head):
        return True  # 9月16日至11月30日为集中整治阶段，县安委办组织专家对全县矿山逐一检查
    head = c.adverbs.sub("", without_timing(head), count=1)
    first = clauses(mask_units(head, text))[:1]
    if not first:
        return False
    # a purpose (为便于…，) leads into the act; it is none itself
    connected = c.imperative_connectors.match(head) and not head.startswith("为")
    # in a plan, the connector's clause may only set the occasion (将结合…等节点，开展…): the next clause acts
    acting = first + clauses(head)[1:2] if planned else first
    opens = c.action_start.match(head) or (connected and any(c.action.search(piece) for piece in acting))
    return bool(opens) and any(concrete(clause) for clause in clauses(mask_units(head, text)))


def reports_rather_than_directs(blanked: str, *, planned: bool = False) -> bool:
    """What a task section's sentence reports rather than directs, for the rules that read its work without a
    modal (`section_directive`, `party_acts_in_duty_section`): an excluded formula, past work, an outcome, a count
    of results (in a plan's body, `planned`, a count is a quota: 关闭退出…采石场4处；) or an attitude opening it.
    `blanked`: the sentence with its quotes blanked and person asides removed."""
    c = cues()
    if excluded(blanked) or c.past.search(blanked) or c.outcome.search(blanked):
        return True
    if not planned and reports_results(blanked):
        return True
    pieces = clauses(blanked)
    return not pieces or bool(c.attitude.search(pieces[0]))


def names_a_field(heading: str) -> bool:
    """An item's run-in heading, closed by its 。, that is one noun phrase naming a sector (（一）道路交通。, 煤矿和非煤矿山。,
    燃气安全。): every word a noun, a verbal noun or a conjunction (`FIELD_NAME_TAGS`) and a sector keyword in it.
    A line of its own without its 。 (消防设施 over a list of findings), a pronoun or preposition opening it (各学校…,
    关于…: a broken line, a meeting's agenda item), an attribute of the work (检查范围, 培训对象, 整治重点) or a stage
    (`topic_suffix_always`, `attribute_head`) names no field whose measures follow."""
    c = cues()
    if not heading.rstrip().endswith("。"):
        return False
    body = heading.strip().rstrip("。")
    if not body or len(clauses(body)) != 1 or not find_sectors(body):
        return False
    if c.topic_suffix_always.search(body) or c.attribute_head.search(body):
        return False
    return all(tag.startswith(FIELD_NAME_TAGS) for _, tag, _ in tagged(body))


def states_a_fields_measure(sentence: Sentence, *, planned: bool) -> bool:
    """A whole sentence that is no problem, report, situation, goal or formula (`clauses_of_possible_work`), nor what
    a section reports (`reports_rather_than_directs`), nor a condition and its sanction, with an act of the lexicon
    in its first two clauses (`concrete`): the topic may open it (供暖前管网注水试压作业严格执行作业许可)."""
    pieces = clauses_of_possible_work(sentence)
    if not pieces or cues().conditional.match(strip_marker(sentence)):
        return False
    if reports_rather_than_directs(blank_quotes(without_person_asides(sentence.text)), planned=planned):
        return False
    return any(concrete(piece) for piece in pieces[:2])


def party_acts_in_duty_section(sentence: Sentence, doc_type: str) -> bool:
    """Under a heading that hands each party its work (三、主要措施, 二、职责分工; task_cues.toml duty_section), a
    sentence whose party opens it and acts with no modal (各村组建…应急分队。, 安全科负责…的检查维护；): a notice's
    division of duties states each party's work as a bare declarative, and the heading says it is work to do. The
    party is a unit the vocabulary knows or a party-like name (`party_subject`); its predicate opens with a verb
    the tagger reads (`opens_with_a_verb`), not only one of the action lexicon. What a section reports stays out as
    `section_directive` leaves it (`reports_rather_than_directs`), and findings (存在…, 未…) and the situation too.
    Only in the document types of duty_section_doc_types (there: what plans and minutes measured)."""
    c = cues()
    if doc_type not in c.duty_section_doc_types or not sentence.text.rstrip().endswith(("。", "；", ";")):
        return False
    if not any(c.duty_section.search(heading) for heading in _section_headings(sentence)):
        return False
    return party_clause_acts(strip_marker(sentence))


def party_item_in_duty_section(heading: Sentence, doc_type: str) -> bool:
    """A numbered item under a heading that hands out duties whose whole text is one party's duty
    (二、职责分工 over `（三）法规科负责执法文书审核，5个工作日内出具意见。`): the item is judged as a body sentence
    under that heading is (`party_acts_in_duty_section`). Only the headings above the item count: its own words
    (（一）落实防范措施。) name no section."""
    c = cues()
    if doc_type not in c.duty_section_doc_types or not heading.text.rstrip().endswith(("。", "；", ";")):
        return False
    if not any(c.duty_section.search(above) for above in _section_headings(heading)[1:]):
        return False
    return party_clause_acts(strip_marker(heading))


def party_acts_after_a_duty_lead(text: str) -> bool:
    """A lead-in closed by a colon whose last noun hands out duties (…分工：, …压实各部门职责：; task_cues.toml
    duty_lead) opens the first clause of a series whose clauses each name a party and its work
    (县住建局负责…；县生态环境分局负责…；): the clause after the colon is judged as a party's bare declarative under a
    duty heading is (`party_acts_in_duty_section`), the lead-in being the heading written inline."""
    lead = cues().duty_lead.search(text)
    return lead is not None and party_clause_acts(text[lead.end() :])


def party_clause_acts(text: str) -> bool:
    """A clause closed as a sentence whose party opens it and acts with a verb the tagger reads (县生态环境分局负责
    园区污水处理厂；), not only one of the action lexicon, or is made the post answering for a work (`assigned_post`:
    各厂厂长为本厂设备安全第一责任人；); what a section reports stays out as `section_directive` leaves
    it (`reports_rather_than_directs`), and findings, the situation and a division into groups (`states_a_division`)."""
    c = cues()
    if not text.rstrip().endswith(("。", "；", ";")):
        return False
    blanked = blank_quotes(without_person_asides(text))
    pieces = clauses(blanked)
    if not pieces or reports_rather_than_directs(blanked) or states_problem(pieces[0]) or c.situation.search(pieces[0]):
        return False
    rest = after_opening_party(without_timing(opening(blanked)), blanked)
    if rest is not None and c.assigned_post.match(rest):
        return True  # 各厂厂长为本厂设备安全第一责任人：the party is made the post that answers for the work
    return rest is not None and not states_a_division(rest) and (opens_with_a_verb(rest) or acts_through_a_coverb(rest))


def holds_a_duty(text: str) -> bool:
    """Whether the sentence's first clause makes a party a duty holder (`duty_holding`)."""
    return duty_holding(text) is not None


def duty_holding(text: str) -> re.Match[str] | None:
    """The sentence's first clause making a party the holder of a field's duty
    (task_cues.toml duty_holder: 各科室主任是本科室安全生产第一责任人, 各村、各单位的行政一把手就是本村、本单位安全
    工作的第一责任人): a standing duty each party answers for, a task as the read golds take it. Not a report of what
    was done (了), nor a holder that names no party, nor one grounded on a law (按照《安全生产法》，…: the statute
    restated, task_cues.toml duty_holder_statute), nor a lead-in closed by a colon over the list of its duties."""
    c = cues()
    if text.rstrip().endswith(("：", ":")):
        return None  # 各承包方项目经理是本工程第一责任人，承包方应：: the list below holds the duties
    first = clauses(text)[:1]  # a speaker's frame first (…强调，各科室主任是…) measured and left: docs/extraction.md
    duty = c.duty_holder.match(first[0]) if first else None
    if duty is None or not names_a_party(duty.group("holder")) or c.past.search(text):
        return None
    return None if c.duty_holder_statute.search(text[: text.find(duty.group("field"))]) else duty


def holds_only_a_duty(sentence: Sentence) -> bool:
    """An item that states duty holders only (（九）各科室主任是本科室安全生产第一责任人。, 2、各村、各单位的行政一把手就是
    …第一责任人，具体负责人是主要责任人。) is a task of its own; an item going on to its acts (五、各村党支部书记为本村…
    第一责任人，麦收期间每天…报送…) is judged by its acts as any heading is."""
    text = strip_marker(sentence)
    later = "".join(clauses(text)[1:])
    return holds_a_duty(text) and not any_concrete(later, text) and not under_a_leadership_item(sentence)


def under_a_leadership_item(sentence: Sentence) -> bool:
    """The sentence stands in an item that sets up the work's leadership (（一）加强组织领导。…领导小组…。; task_cues.toml
    leadership_item): a duty holder there is read both ways by the read golds, and left to the other rules."""
    headings = _section_headings(sentence)
    return bool(headings) and cues().leadership_item.search(headings[0]) is not None


def duty_holders_owners(text: str) -> list[Unit]:
    """The parties of a duty holder written as their post after 的 (各村、各单位的行政一把手就是本村、本单位安全工作的
    第一责任人: 各村, 各单位): the one read gold with such a holder gives the parties whose head holds the duty, not the
    head as a leader, while a holder written without 的 (各村主任, 各乡镇党政主要负责同志) is read whole, as the
    other read golds give it. [] when the sentence holds no duty (`duty_holding`) or its holder no 的."""
    duty = duty_holding(text)
    owners, of, _post = duty.group("holder").rpartition("的") if duty else ("", "", "")
    return find_units(owners, listed=True) if of else []


def acts_through_a_coverb(rest: str) -> bool:
    """The party's predicate opens on a coverb phrase (将/对/通过/按照…, after a time set off by 于) and the coverb's
    clause holds a concrete act (`concrete`: 设备部于5月20日前将气体检测仪配齐；, 各乡镇对辖区渔港开展巡查。): the
    coverb carries the act's object, means or time, so the party still acts; a state or a problem after the coverb's
    object (对…的占用问题较为突出) is none. `opens_with_a_verb` leaves a coverb to `imperative`,
    which reads no party before it."""
    c = cues()
    head = c.adverbs.sub("", rest, count=1)
    coverb = c.party_coverb.match(head)
    first = clauses(head)[:1]
    if coverb is None or not first or states_problem(first[0]):
        return False
    return concrete(first[0][coverb.end() :])


def states_a_division(rest: str) -> bool:
    """The predicate's verb takes 为 (划分为…网格, 分为三组): it says what the party is made into, no act."""
    words = [word for word, _, _ in tagged(rest)[:2]]
    return len(words) == 2 and words[1] == "为"


def after_opening_party(head: str, sentence: str) -> str | None:
    """What follows the party that opens `head`: the units the vocabulary knows (masked) with their list
    words, or the shortest party-like name (`party_subject`, with no act inside it); None when no party opens it."""
    masked = mask_units(head, sentence)
    if masked.startswith("□"):
        return LEFT_OF_UNITS.sub("", masked)
    c = cues()
    for end in range(1, min(len(head), 12) + 1):  # 镇成立…: a level of government is a name of one character
        if c.party_subject.fullmatch(head, 0, end) and not c.action.search(head, 0, end):
            return head[end:]
    return None


def cut_off(sentence: Sentence, structure: Structure) -> bool:
    """The text's last sentence stops without closing punctuation: an excerpt cut in mid-sentence (a table
    row closes without punctuation by nature)."""
    return (
        sentence.index == len(structure.sentences) - 1
        and sentence.kind != "table_row"
        and not sentence.text.rstrip().endswith(SENTENCE_CLOSE)
    )


def cut_inside_its_first_clause(sentence: Sentence, structure: Structure) -> bool:
    """A cut-off last sentence that no clause break (，：) has closed a clause of and that has not yet said who
    acts or that it directs: its verb or object may be what the cut took (对新成立, 推进), so what stands cannot
    be read as a directive and it is not judged. A fragment that opens on its party (镇安委办加大统) or on a modal
    (要扣实压) has said as much before the cut and is judged like any other (a modal after another opening, 我要纠错,
    is a page's button), as is a cut-off sentence with a whole first clause: a task when it is a directive as far
    as it goes, its source the fragment as it stands (the lead's convention, issue 13; ANNOTATION.md: "a directive
    statement"; the clerk finishes the row by hand)."""
    if not cut_off(sentence, structure) or CLAUSE_SPLIT.search(sentence.text):
        return False
    # an item's marker is no opening of its own: 六、请水资处落实 opens on its request and its party (tasks103)
    body = strip_marker(sentence)
    found = modal_cues(body)
    return not ((found and found[0][0] == 0) or names_a_party(body))


def continues_a_task(sentence: Sentence, drafts: list[TaskDraft], structure: Structure) -> bool:
    """The line goes on with the task sentence just before it, wrapped after a joining word (…应铺设踏板并⏎
    张挂安全网，劳工应配戴安全帽。): one sentence with one subject, so one task, not a second."""
    if not drafts or sentence.kind != "body" or sentence.index == 0:
        return False
    previous = drafts[-1].sentence
    return (
        previous.index == sentence.index - 1
        and previous.kind in ("body", "heading")
        and previous.text.rstrip().endswith(WRAPPED_AFTER)
        and not structure.text[previous.end : sentence.start].strip()
    )


SPEAKER_LINES_AFTER_HEADER = 4  # the lines under a speech's title that may name its speaker (the date line, 同志们：)


def addressee_lines(structure: Structure) -> list[tuple[int, str]]:
    """(sentence index, canonical) of every line that greets one addressee by name (平川县住房和城乡建设局：,
    units.salutation_units), in document order: the body a letter's second person (你局) stands for below it. A
    line greeting parties of several kinds (各乡镇人民政府，县直有关单位：) names no one addressee."""
    lines = []
    for sentence in structure.sentences:
        canonicals = {unit.canonical for unit in salutation_units(sentence.text)} if sentence.kind == "body" else set()
        if len(canonicals) == 1:
            lines.append((sentence.index, canonicals.pop()))
    return lines


def addressee_above(lines: list[tuple[int, str]], index: int) -> str | None:
    """The canonical of the nearest addressee line before sentence `index`, or None."""
    return next((canonical for line, canonical in reversed(lines) if line < index), None)


def _opening_lines(structure: Structure) -> list[str]:
    """The title lines and the first body lines before any heading: where a speech names its speaker."""
    lines = []
    for sentence in structure.sentences[: structure.body_start + SPEAKER_LINES_AFTER_HEADER]:
        if sentence.kind not in ("title", "body"):
            break
        lines.append(sentence.text)
    return lines


def greeted_operators(structure: Structure) -> tuple[str, list[Unit]]:
    """The salutation line and its parties where it greets operators or employers only (企业: units.salutation_units,
    尊敬的各位餐饮经营户朋友：), a letter or a tip to them, whose requests are their duties; ("", []) when another
    party or none is greeted. Read on the lines before the first numbered part, where a letter greets its reader."""
    for sentence in structure.sentences:
        if sentence.kind == "heading":
            break
        parties = salutation_units(sentence.text) if sentence.kind == "body" else []
        if parties:
            return (sentence.text, parties) if all(unit.canonical == ENTERPRISES for unit in parties) else ("", [])
    return "", []


def class_greeted(greeting: tuple[str, list[Unit]], title: str | None) -> list[Unit]:
    """The operators a letter greets as a class (unit_rules.toml `letter_title`: 致辖区餐饮经营户的一封信;
    `class_salutation`: 各非煤矿山企业主要负责人：, 尊敬的各位餐饮经营户朋友：): the reader of each of its items, which
    names no other party. A notice's addressee line (各施工单位：) and a letter to one named company
    (恒通冷链仓储有限公司：, a rectification order) hand their items nothing. `greeting`: `greeted_operators`."""
    rules = resources.unit_rules()
    if not rules["letter_title"].match((title or "").strip()):
        return []
    line, parties = greeting
    return parties if parties and rules["class_salutation"].match(line.strip()) else []


class TaskDetection:
    """One document's task step: the sentences it judges (`candidates`), the rules' decision on each,
    and the drafts of those accepted."""

    def __init__(self, structure: Structure, document: DocumentContext) -> None:
        self.structure, self.document = structure, document
        opening_lines = [s.text for s in structure.sentences]
        self.enterprise = is_enterprise_document(document.issuer, document.title, opening_lines)
        self.industry = industry_sectors(enterprise_name(document.title, opening_lines)) if self.enterprise else []
        # a firm's meeting is about its service trade in every task: a bus line's vehicle checks are road transport
        self.industry = self.industry or own_trade_sectors(meeting_firm(document.title, opening_lines))
        self.inheritance = Inheritance(
            structure,
            document,
            enterprise=self.enterprise,
            written_by_enterprise=written_by_enterprise(document.issuer, document.title, opening_lines),
        )
        self.table_context = table_context_sectors(structure)
        # `某某铝制品有限公司：` over the firm's demands: its items take the trade its name gives, as they take the firm
        self.label_sectors = label_line_sectors(self.inheritance.label_shares)
        # a document overseeing one firm (…对某某化工有限公司开展约谈的纪要): its tasks naming none take the firm's trade
        self.subject_firm = title_subject_firm_sectors(document.subject)
        # the sectors some keyword names alone: an operation's usual trade holds only among them (sectors66)
        self.sole_named = sole_named(s.text for s in structure.sentences)
        # 渔业船舶 in the title: a task's bare 船舶 are the fishing boats (sectors70)
        self.title_kinds = title_kinds(document.subject)
        # `煤矿：要…；要…。` opening a paragraph: its label is the topic of every sentence of the paragraph (sectors86)
        self.paragraph_topics = paragraph_label_sectors(structure, self.title_kinds)
        # a hospital or a school writing to its own offices and staff: its sector is the document's topic
        self.institution = writing_institution(document.issuer, document.issuer_name, structure.text)
        # `附：` over a hospital's `…消防应急疏散演练方案`: the attachment's title names its tasks' topic (sectors81); the
        # writing institution's own sector, which every task takes anyway, is no part of it
        self.annex_topics = annex_title_sectors(structure, self.title_kinds, self.institution)
        # `三、主要任务及分工` over a table: each row is its campaign's work beside its own area (table109)
        self.division_themes = division_table_themes(structure, document.subject)
        self.agenda_parts = agenda_parts(structure)
        # 各县市大队 beside 东山交警大队: the department of each rank the document's bodies hold
        self.rank_kinds = rank_kinds("\n".join(s.text for s in structure.sentences))
        # 本局, 局危化处: the issuer's, or in a speech with no issuer known, the body its speaker heads
        self.self_canonical = document.issuer or speaker_body(_opening_lines(structure))
        # 你局要…: the body the nearest addressee line above names, by sentence index (addressee_lines)
        self.addressee_lines = addressee_lines(structure)
        self.runs = numbered_runs(structure.parts)
        self.greets_operators = bool(self.inheritance.greeting[1])
        self.series = self.inheritance.series
        self.counted_items = self.inheritance.counted_items
        # 温馨提示： over 睡前把炉火熄灭！: the lines of a tips block advise the public, whatever their modal
        self.public_advice = public_advice_lines(structure.sentences)
        # by sentence index: each clause of a series decided once (a later clause asks again of every earlier one)
        self.clause_decisions: dict[int, bool] = {}
        self.rule_decisions: dict[int, bool] = {}  # by sentence index: the rules' own, before any item's run is read
        self.drafts: list[TaskDraft] = []

    def candidates(self) -> Iterator[Sentence]:
        """Each sentence the step judges, in order: not the title (the
        metadata's, wherever it stands), a section's heading whose bar normalization removed, a cut-off
        last line still inside its first clause or a line continuing an accepted task."""
        repeated = repeated_headlines(self.structure.sentences)
        for sentence in self.structure.sentences:
            if without_cell_bar(sentence.text) == self.document.title or cut_inside_its_first_clause(
                sentence, self.structure
            ):
                continue
            if sentence.text.strip() in self.document.marked_headings:
                continue
            if sentence.index in repeated:
                continue  # a headline the page shows twice (its card and its body): chrome, no directive
            if continues_a_task(sentence, self.drafts, self.structure):
                continue
            yield sentence

    def ruled(self, sentence: Sentence) -> bool:
        return sentence.index not in self.public_advice and (
            self.rules_take(sentence)
            or self.under_a_duty_lead(sentence)
            or self.operator_request(sentence)
            or self.among_task_items(sentence)
            or self.among_task_clauses(sentence)
            or self.measure_of_a_field_item(sentence)
            or self.states_the_records_acts(sentence)
            or sentence.index in self.counted_items
        )

    def rules_take(self, sentence: Sentence) -> bool:
        if sentence.index not in self.rule_decisions:
            in_agenda = sentence.part is not None and not self.agenda_parts.isdisjoint(sentence.part.ancestors())
            self.rule_decisions[sentence.index] = (
                not in_agenda
                and not self.reports_its_event(sentence)
                and not self.dated_before_the_document(sentence)
                and not self.states_its_purpose(sentence)
                and not self.continues_a_news_account(sentence)
                and is_task(
                    sentence,
                    self.document.doc_type,
                    enterprise=self.enterprise,
                    cut=cut_off(sentence, self.structure),
                )
            )
        return self.rule_decisions[sentence.index]

    def dated_before_the_document(self, sentence: Sentence) -> bool:
        """A sentence opening with a day or a month's part shortly before the document's own date (11月28日，县安委办组织…
        召开…会商会。 in a notice of 12月5日) reports that event, whatever its verb: a timetable's items are dated after
        the document that sets them. No modal and no announced work follow (`directs_or_announces`)."""
        if not knows_the_day(self.document.reference_day):
            return False  # no day to count back from (`opening_day`'s own first test): the marker need not be cut
        day = opening_day(strip_marker(sentence), self.document.reference_day)
        return day is not None and not directs_or_announces(sentence.text)

    def reports_its_event(self, sentence: Sentence) -> bool:
        """A news item's or a meeting report's lede: the first sentence of the body's first paragraph, opening on the
        calendar day the event happened (10月9日下午，市检查组一行来我县…; 4月2日，县住建局召开会议部署…), reports that
        event (`reports_a_dated_event`); later in the report such a day may open a timetable's item."""
        if self.document.doc_type not in cues().event_report_doc_types or sentence.kind != "body":
            return False
        first = next((s for s in self.structure.sentences[self.structure.body_start :] if s.kind == "body"), None)
        return first is sentence and reports_a_dated_event(
            cues().lead_credit.sub("", sentence.text, count=1), lede=True
        )

    def continues_a_news_account(self, sentence: Sentence) -> bool:
        """In a news item, a sentence with no modal and no announced work that follows, in its paragraph, a sentence
        telling done work (了, 已, 共发现…, a counted result: `tells_done_work`) goes on with that account: its bare verb
        (检查组重点检查…情况。, 对1户企业进行抽查核查。) narrates what the party did next, not what it must do. A sentence
        telling what a paper states (《通告》明确了…: task_cues.toml paper_states) is no account of done work."""
        if self.document.doc_type not in cues().account_doc_types or sentence.kind != "body" or not sentence.index:
            return False
        earlier = self.structure.sentences[sentence.index - 1]
        if earlier.paragraph != sentence.paragraph or earlier.kind != "body":
            return False
        if cues().paper_states.match(earlier.text):
            return False  # 《通告》明确了…；: the paper's saying goes on into the sentence after, no one's done work
        return tells_done_work(earlier.text) and not directs_or_announces(sentence.text)

    def states_its_purpose(self, sentence: Sentence) -> bool:
        """A preamble: a body sentence opening its paragraph outside any numbered part whose clauses are all purposes
        (`states_a_purpose`) says what the document is for; the work it is for is directed below it."""
        if sentence.kind != "body" or sentence.part is not None:
            return False
        earlier = self.structure.sentences[sentence.index - 1] if sentence.index else None
        opens_paragraph = earlier is None or earlier.paragraph != sentence.paragraph
        return opens_paragraph and states_a_purpose(cues().lead_credit.sub("", sentence.text, count=1))

    def operator_request(self, sentence: Sentence) -> bool:
        """In a letter or a tip whose salutation greets an operator or employer (尊敬的各位餐饮经营户朋友：, its parties
        企业), a sentence asking the reader for an act (requests_an_act) is that party's duty: 请 names the reader the
        salutation greeted. A salutation to the public (亲爱的市民朋友：) greets no party; its requests stay advice."""
        return sentence.kind == "body" and self.greets_operators and requests_an_act(sentence.text)

    def under_a_duty_lead(self, sentence: Sentence) -> bool:
        """A later clause of a semicolon series whose first clause opens on a duty lead-in
        (…压实各部门职责：住建局统筹…；应急局严管…；): the lead-in hands out every clause of the series, each
        a party's share when its party opens it and acts (`party_clause_acts`)."""
        series = self.series.get(sentence.index, [])
        if sentence.kind != "body" or not series or series[0] is sentence:
            return False
        return bool(cues().duty_lead.search(series[0].text)) and party_clause_acts(sentence.text)

    def among_task_items(self, sentence: Sentence) -> bool:
        """A numbered item whose run's other items the rules take as tasks is one too when it reads as an
        item of work (`reads_as_an_item_of_work`): the list hands out work item by item, and a verb the
        lexicon lacks (订定, 遴聘) or a verb of ensuring (确保当班人员在岗) does not make one of its items
        a description. Its neighbours are the evidence, not its words."""
        part = sentence.part
        if sentence.kind != "heading" or part is None or part.heading is not sentence:
            return False
        others = [item for item in self.runs.get(id(part), []) if item is not part]
        if len(others) < RUN_TASKS_AT_LEAST or not reads_as_an_item_of_work(sentence):
            return False
        taken = sum(self.rules_take(item.heading) for item in others)
        return taken >= RUN_TASKS_AT_LEAST and taken >= RUN_TASK_SHARE * len(others)

    def among_task_clauses(self, sentence: Sentence) -> bool:
        """A clause of a line's semicolon series (甲；乙；丙。) whose every earlier clause is a task is one too
        when it names its own party or time (`names_its_party_or_time`) and reads as a clause of work
        (`reads_as_a_clause_of_work`): the semicolon lines up the items of one assignment, and the item
        without a modal or a listed opening verb (…；年内开工改造…，春节前全部完成…；市市场监管局配合核查…) is one
        of them. Its earlier clauses are the evidence, read in order (a clause taken this way counts for the
        next); a clause before any task is left to the rules. Not in news, where a party's clause after a
        directive reports what it did (`unit_subject_doc_types`)."""
        if sentence.index not in self.clause_decisions:
            self.clause_decisions[sentence.index] = self._in_a_series_of_tasks(sentence)
        return self.clause_decisions[sentence.index]

    def _in_a_series_of_tasks(self, sentence: Sentence) -> bool:
        if sentence.kind != "body" or self.document.doc_type not in cues().unit_subject_doc_types:
            return False
        series = self.series.get(sentence.index, [])
        earlier = series[: series.index(sentence)] if series else []
        if not earlier or not self.names_its_party_or_time(sentence) or not reads_as_a_clause_of_work(sentence):
            return False
        return all(self.rules_take(member) or self.among_task_clauses(member) for member in earlier)

    def names_its_party_or_time(self, sentence: Sentence) -> bool:
        """The clause says who acts or by when (县住建局…, 年内…, 10月20日前…). A clause naming neither (重点查看…；)
        is an item too, but its row would take its party and time from elsewhere: taken as well, such rows
        brought check sets wrong parties and deadlines (docs/extraction.md, tasks53)."""
        return (
            bool(self.inheritance.units_of(sentence))
            or find_deadline(sentence.text, self.document.reference_day) is not None
        )

    def measure_of_a_field_item(self, sentence: Sentence) -> bool:
        """A body sentence under a numbered item whose heading only names a field of work (（三）燃气安全。, 道路交通。,
        煤矿和非煤矿山。: `names_a_field`) inside a task section is that field's measure, though no modal or opening verb
        says so: the item lays the section's work out field by field, its topic first and the measure after it
        (假期停产的矿井按规定停电撤人；, 城区禁放区域张贴禁放通告。). What it reports, a condition's sanction and a
        sentence with no act of the lexicon in its first two clauses stay out (`states_a_fields_measure`)."""
        part = sentence.part
        if sentence.kind != "body" or part is None or part.heading is None or part.heading is sentence:
            return False
        doc_type = self.document.doc_type
        if not in_task_section(sentence, doc_type) or in_frame_section(sentence):
            return False
        return names_a_field(strip_marker(part.heading)) and states_a_fields_measure(
            sentence, planned=in_plan_body(sentence, doc_type)
        )

    def states_the_records_acts(self, line: Sentence) -> bool:
        """A limit line of its own (`整改期限：①立即整改；②…`) whose value states acts, not a time alone, closing the one
        record of a numbered item (`1．某某公司` / `问题：…` a finding / `整改责任人：…` a person / the limit line / `监管
        责任单位：…`) none of whose lines was taken as a task: the record's acts stand only in its limit line, so each of
        its sentences is a task (`accept`). Where the record states its measures (`整改措施：…`, the item's own sentence)
        the line only times them, as a 完成时限 line does."""
        if line.kind != "field" or line.part is None or [role for role, _ in line.field_pairs] != ["deadline"]:
            return False
        labelled = field_line(line.text)
        if labelled is None or labelled[0] != "deadline":
            return False  # a closing parenthesis (（6月底前完成）) times the sentence it closes
        return any(concrete(clause) for clause in clauses(labelled[1])) and self.closes_an_untaken_record(
            line, line.part.heading
        )

    def closes_an_untaken_record(self, line: Sentence, heading: Sentence) -> bool:
        """Whether the lines from the item's heading down to the field line's own run of fields are one record with no
        task among them: fields of an earlier record, or a line left over from a broken one, between them and the
        heading make the item several records, which are read as their lines say."""
        taken = {draft.sentence.index for draft in self.drafts}
        past_its_fields = False
        for earlier in reversed(self.structure.sentences[: line.index]):
            if earlier.kind == "field":
                if past_its_fields:
                    return False
                continue
            past_its_fields = True
            if earlier.index in taken:
                return False
            if earlier is heading:
                return True
        return False

    def rule_cues(self, sentence: Sentence, accepted: bool) -> RuleCues:
        """What the rules see of the sentence, for the classifier (computed only when it is loaded)."""
        doc_type = self.document.doc_type
        return RuleCues(
            accepted=accepted,
            kind=sentence.kind,
            doc_type=doc_type,
            modality=modality_of(blank_quotes(sentence.text)),
            names_units=bool(self.inheritance.units_of(sentence)),
            has_deadline=find_deadline(sentence.text, self.document.reference_day) is not None,
            frame_section=in_frame_section(sentence),
            task_section=in_task_section(sentence, doc_type),
            review_section=in_review_section(sentence),
            enterprise=self.enterprise,
            closes=sentence.text.rstrip().endswith(SENTENCE_CLOSE),
            aspect=aspect_of(sentence.text),
            reported=bool(cues().classifier_reporting.search(sentence.text)),
            series_lead=self.series_lead(sentence),
            public=bool(cues().public.search(sentence.text)),
        )

    def series_lead(self, sentence: Sentence) -> str:
        """What leads the series an ordinal item (一是…, 二要…) belongs to: `report` when its lead-in tells
        (…介绍：), `directive` when it orders (…要求：, a modal), `other`; `none` for a sentence no ordinal opens.
        The lead-in is the nearest earlier sentence (of the three before it) that is no item itself."""
        series_item = cues().classifier_series_item
        if not series_item.match(sentence.text.lstrip()):
            return "none"
        sentences = self.structure.sentences
        for earlier in sentences[max(0, sentence.index - 3) : sentence.index][::-1]:
            if series_item.match(earlier.text.lstrip()):
                continue
            if cues().classifier_reporting.search(earlier.text):
                return "report"
            return "directive" if modality_of(blank_quotes(earlier.text)) else "other"
        return "other"

    def draft(self, sentence: Sentence) -> TaskDraft:
        analysed = blank_quotes(_task_cell_text(sentence))
        modality = modality_of(analysed) or "must"
        self_canonical = (
            self.self_canonical
            or self.inheritance.speaking_agency(sentence)
            or (OTHERS if self.document.unlisted_issuer else None)
        )
        bureau = writer_is_bureau(self_canonical, bool(self.institution))
        units = resolve_issuer_references(self.inheritance.task_units(sentence), self_canonical, bureau=bureau)
        units = resolve_addressee_references(units, addressee_above(self.addressee_lines, sentence.index))
        units = resolve_bare_ranks(units, self.rank_kinds)
        return TaskDraft(
            sentence=sentence,
            source=sentence.text,
            start=sentence.start,
            end=sentence.end,
            modality=modality,
            units=units,
            deadline=self.inheritance.task_deadline(sentence, modality),
            sectors=with_division_theme(
                task_sectors(
                    sentence,
                    self.table_context,
                    self.industry,
                    units,
                    self.sole_named,
                    self.title_kinds,
                    self.label_sectors.get(sentence.index, ()) or self.subject_firm,
                    self.annex_topics.get(sentence.index, ()),
                    self.paragraph_topics.get(sentence.index, ()),
                ),
                sentence.text,
                self.division_themes.get(sentence.index),
            ),
            summary=summarize(_summary_source(sentence), units),
        )

    def accept(self, sentence: Sentence) -> None:
        # a limit line taken for its record's acts is one task a sentence (states_the_records_acts)
        if sentence.kind != "field":
            self.drafts.append(self.draft(sentence))
            return
        # the record's finding (问题：…) and its item's heading say what the acts of its limit line are about
        record = self.structure.sentences[sentence.part.heading.index : sentence.index] if sentence.part else []
        about = find_sectors("\n".join(line.text for line in record))
        # the firm the item's heading names (（一）某某化工有限公司。) answers for the acts its record's fields time; a
        # record naming no party of its own (no firm heading, no 责任人/责任单位 field) leaves its acts' parties unsaid:
        # a lead-in's or the issuer's party is not the firm's
        firm = party_heading_units(sentence.part.heading) if sentence.part else []
        names_its_parties = bool(firm) or any(
            find_units(line.text) for line in [*record[1:], *self.closing_fields(sentence)]
        )
        for piece in limit_line_sentences(sentence):
            draft = self.draft(piece)
            draft.sectors = [*draft.sectors, *(name for name in about if name not in draft.sectors)]
            named = {unit.canonical for unit in draft.units}
            draft.units = [*(unit for unit in firm if unit.canonical not in named), *draft.units]
            if not names_its_parties:
                draft.units = []
            self.drafts.append(draft)

    def closing_fields(self, line: Sentence) -> list[Sentence]:
        """The limit line and the run of field lines right after it (`监管责任单位：…` closing the record)."""
        return list(takewhile(lambda later: later.kind == "field", self.structure.sentences[line.index :]))


def aspect_of(text: str) -> str:
    """A sentence's aspect for the classifier: `done` (已/已经/了), `ongoing` (正在) or `none` (a directive's)."""
    if cues().classifier_done.search(text):
        return "done"
    return "ongoing" if cues().classifier_ongoing.search(text) else "none"


def detect_tasks(structure: Structure, document: DocumentContext) -> list[TaskDraft]:
    """The tasks of one document: the rules' decisions, overridden only where the learned classifier
    is confident, when its model file is present (task_classifier.py)."""
    detection = TaskDetection(structure, document)
    classifier = loaded_classifier()
    for sentence in detection.candidates():
        accepted = detection.ruled(sentence)
        if classifier is not None and classifier.may_override(accepted):
            accepted = classifier.decide(sentence.text, detection.rule_cues(sentence, accepted))
        if accepted:
            detection.accept(sentence)
    give_document_topic(detection.drafts, structure, document, detection.institution)
    for draft in detection.drafts:
        draft.sectors = with_party_area(draft.sectors, draft.source, draft.units)
    return detection.drafts


def give_document_topic(
    drafts: list[TaskDraft], structure: Structure, document: DocumentContext, institution: list[str]
) -> None:
    """Each operational task naming no sector takes its single-topic document's sector
    (sectors.py `document_topic`, read from the title, the body after the header lines and the
    sectors the tasks name themselves); in a document focused on it (`is_focused`), a task naming
    another sector takes it too; in a document naming only it (`single_sector`), every task naming
    none but publicity."""
    body = "\n".join(sentence.text for sentence in structure.sentences[structure.body_start :])
    tasks_sectors = [draft.sectors for draft in drafts]
    single = single_sector(document.subject, body)
    # an institution writing to its own staff (`institution`, enterprise.writing_institution) is about itself,
    # whatever its sections name
    topic = institution or document_topic(document.subject, body, document.doc_type, tasks_sectors, single)
    focused = is_focused(topic, body, tasks_sectors)
    for draft in drafts:
        draft.sectors = with_document_topic(draft.sectors, draft.source, topic, focused, bool(single))
