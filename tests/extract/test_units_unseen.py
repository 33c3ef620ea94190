"""Responsible units on documents nobody here wrote (issue 13 groups 4–5, units24): the issuer's own sections
and the body a speech's speaker heads, a time before its party, the boundaries of a kind's name (a gloss in
it, a verb after it, a comma before its modal), a role verb after a name's tail, a group's make-up, residents
told to act. Invented texts; each table has negatives. Strict xfails keep what the development sets' gold
disagree on."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import ISSUER, find_units, speaker_body


def read(text: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bureau's or a provincial department's 处 is one of the issuer's sections, as its 科 is
        ("局危运处要在月底前汇总报警处置情况。", [("局危运处", ISSUER)]),
        ("厅建管处负责每季度通报一次。", [("厅建管处", ISSUER)]),
        ("厅办公室牵头，组织一次警示教育。", [("厅办公室", ISSUER)]),
        # the issuing bureau's enforcement detachments, named with or without 各
        ("执法支队每月要开展一次案卷评查。", [("执法支队", ISSUER)]),
        ("各执法大队、局机关各科室要每月下一线检查。", [("各执法大队", ISSUER), ("局机关各科室", ISSUER)]),
        # negatives: 局部 and a 处 that is 处置 name no section; another body's section is that body's
        ("局部地区要加强巡查。", []),
        ("厅内要妥善处置积水。", []),
        (
            "县交通局运管处要加强检查。",
            [("县交通局运管处", "交通运输部门")],
        ),  # the section stays in the mention (units132)
    ],
)
def test_the_issuers_own_sections(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a section given its share beside another party is a party of the sentence
        ("各县要在汛前完成排查，厅建管处负责督导进度。", [("各县", "政府"), ("厅建管处", ISSUER)]),
        ("各乡镇要加强巡查，局执法大队要开展抽查。", [("各乡镇", "乡镇街道"), ("局执法大队", ISSUER)]),
        # negatives: the issuer announcing its own next step after a directive to another party
        ("你单位应在5日内报送整改报告，我局将组织复查。", [("你单位", "企业")]),
        ("各企业要落实整改，局执法大队将适时回访。", [("各企业", "企业")]),
    ],
)
def test_a_section_given_its_share(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (["在全县安全生产推进会上的讲话", "县住房和城乡建设局党组书记、局长 周某"], "住房和城乡建设部门"),
        (
            ["3月2日上午，全市住建系统安全生产会议召开。", "市住房和城乡建设局局长吴某出席会议并讲话。"],
            "住房和城乡建设部门",
        ),
        (["县消防救援大队主任冯某"], "消防救援机构"),
        # negatives: a meeting with no speaker named, a salutation, a speaker with no body's head title
        (["全市应急管理工作会议召开。", "同志们："], None),
        (["县委常委、副县长王某出席会议"], None),
    ],
)
def test_the_body_a_speeches_speaker_heads(opening, expected):
    assert speaker_body(opening) == expected


SPEECH = """在全县应急管理系统工作推进会上的讲话
县应急管理局局长 周某
同志们：
下面，我讲几点意见。
一要把危化品安全盯紧。局危运处要在6月底前把运输车辆报警处置情况过一遍。
二要把执法队伍带好。执法支队二季度要开展一次执法案卷评查。
"""

SPEECH_WITHOUT_SPEAKER = """在全县应急管理系统工作推进会上的讲话
同志们：
下面，我讲几点意见。
一要把危化品安全盯紧。局危运处要在6月底前把运输车辆报警处置情况过一遍。
"""


def test_a_speechs_sections_are_its_speakers_body():
    tasks = extract_fields(SPEECH).tasks
    sections = [task for task in tasks if task.source.startswith(("局危运处", "执法支队"))]
    assert [[unit.canonical for unit in task.units] for task in sections] == [["应急管理部门"], ["应急管理部门"]]


def test_with_no_speaker_and_no_issuer_the_sections_take_no_canonical():
    tasks = [task for task in extract_fields(SPEECH_WITHOUT_SPEAKER).tasks if task.source.startswith("局危运处")]
    assert [task.units for task in tasks] == [[]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated limit or a week before its party is a time adverbial, as a period is
        ("下周起各单位要开展一轮自查。", [("各单位", "各级各部门")]),
        ("8月3日18点前各村把值班表交镇应急办。", [("各村", "乡镇街道")]),
        ("下周起领导班子成员要带队暗访。", [("领导班子成员", "党政领导")]),
        # negatives: the act after the time and its object, and a time with no party
        ("全面排查，9月30日前实现重点企业在线监测全覆盖。", []),
        ("6月底前完成检查。", []),
    ],
)
def test_a_time_before_its_party(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gloss in brackets inside a kind's name
        ("入夏后，冶金（铸造）生产企业严禁超负荷运行。", [("冶金（铸造）生产企业", "企业")]),
        # a long list of kinds closed by 等…场所, its modal after a comma
        (
            "各超市、网吧、影院、游泳馆、健身房等人员密集场所，要落实防火巡查制度。",
            [("各超市、网吧、影院、游泳馆、健身房等人员密集场所", "企业")],
        ),
        # a project's builders named together (…工程责任单位) are enterprises, not every body
        ("通知要求，各市政工程责任单位落实带班制度。", [("各市政工程责任单位", "企业")]),
        ("各班组组织学习事故通报。", [("各班组", "企业")]),
        # the prefecture level named by both its kinds; every body within a level
        ("各市州、各相关单位要抓好落实。", [("各市州", "政府"), ("各相关单位", "有关部门")]),
        ("区内各部门、企业要抓好落实。", [("区内各部门", "有关部门"), ("企业", "企业")]),
        ("区文化广电旅游体育局要加强景区巡查。", [("区文化广电旅游体育局", "文化和旅游部门")]),
        # negatives: a body contacting enterprises is no enterprise; a task force's act is no 班组 (the task
        # force is the party, by its domain); a road network within a city is no party; every body's responsible
        # units stay every body
        ("综治办联系辖区内重点企业开展公开课。", []),
        ("县燃气专班组织回头看。", [("县燃气专班", "住房和城乡建设部门")]),
        ("市内交通要保持畅通。", []),
        ("各责任单位要抓好落实。", [("各责任单位", "各级各部门")]),
    ],
)
def test_the_boundaries_of_a_kinds_name(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role verb after the tail of a name no alias knows is no list of parties (综治办's 治办 is none)
        ("5月1日起，平安办牵头，发动网格员走访排查。", []),
        # negatives: a known name, with or without its level, after a verb or a punctuation mark
        ("县安办牵头，县公安局配合。", [("县安办", "安委办"), ("县公安局", "公安机关")]),
        ("名单交所在街道、社区协助核查。", [("所在街道", "乡镇街道"), ("社区", "乡镇街道")]),
    ],
)
def test_a_role_verb_after_a_names_tail(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's make-up names who serves in it, no addressee
        ("成立检查组，由街道办事处主任任组长，分管副主任任副组长。", []),
        ("由县应急局主要负责人任组长。", []),
        # negatives: a body given work with 由, and a body with a duty (主体责任) it is told to carry
        ("由县应急局负责组织实施。", [("县应急局", "应急管理部门")]),
        ("县应急局要落实主体责任。", [("县应急局", "应急管理部门")]),
    ],
)
def test_a_groups_make_up(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # residents told to act are the public, as 市民 are
        ("广大居民要关闭燃气阀门后再外出。", [("广大居民", "其他")]),
        ("小区居民须及时清理楼道杂物。", [("小区居民", "其他")]),
        # negatives: residents as the object of the work, or a residential estate
        ("要为居民提供上门检查服务。", []),
        ("居民小区要清理楼道杂物。", []),
    ],
)
def test_residents_told_to_act(text, expected):
    assert read(text) == expected


# --- what the development sets' gold disagree on (units24: measured, not adopted) ---------------------------


def test_a_labour_administration_is_the_labour_department():
    # settled in 0.12.0: ten of thirteen blind-annotated sets give it 人社 (unit_domains.tsv)
    assert read("劳工处将继续巡查建筑工地。") == [("劳工处", "人力资源和社会保障部门")]


@pytest.mark.xfail(
    strict=True,
    reason="a bare level in a department's plan as that level's department (各市 → 住建): realstyle_sealed8's "
    "gold; heldout, realstyle_sealed, realstyle_sealed5 and realstyle_sealed7 give 政府 (all lowered)",
)
def test_a_bare_level_in_a_departments_plan():
    plan = "省住房和城乡建设厅安全生产工作要点\n1.复工核查。各市要在节后第一周完成复工前安全条件核查。\n"
    tasks = [task for task in extract_fields(plan).tasks if "各市" in task.source]
    assert [[unit.canonical for unit in task.units] for task in tasks] == [["住房和城乡建设部门"]]


@pytest.mark.xfail(
    strict=True,
    reason="the later 要… sentences of a reported request (会议要求，X要…。要…。) as X's: r9's gold; r9d's, dev's "
    "and heldout2's leave them party-less (all three lowered)",
)
def test_a_reported_requests_later_sentences():
    news = "全县燃气安全会议召开\n会议要求，各乡镇要全面排查燃气隐患。要建立隐患台账，逐项整改销号。\n"
    tasks = [task for task in extract_fields(news).tasks if task.source.startswith("要建立")]
    assert [[unit.canonical for unit in task.units] for task in tasks] == [["乡镇街道"]]
