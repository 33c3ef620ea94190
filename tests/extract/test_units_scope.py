"""Responsible units, sixth pass (issue 13 groups 4–5, units25): a body named by an organisation's head noun
before its act, a dated limit that no party's name runs over, departments named by their role over the sectors
concerned, the boundaries of coordinated lists, and the scope of what a task inherits. Invented texts; each
table has negatives. Strict xfails keep what the development and check sets' gold disagree on."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import find_units


def read(text: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(text)]


def task_parties(text: str, opening: str) -> list[str]:
    """The units' canonicals of the task of `text` whose source opens with `opening`."""
    task = next(task for task in extract_fields(text).tasks if task.source.startswith(opening))
    return [unit.canonical for unit in task.units]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named by an organisation's head noun (中队, 中心, 院, 站) and followed by its act is the subject,
        # with or without a level prefix; a time, a span, a place or an object may stand between
        ("城管中队负责夜市周边的秩序。", [("城管中队", "城市管理和综合执法部门")]),
        ("交警中队在节日期间开展酒驾整治。", [("交警中队", "公安机关")]),
        ("后勤服务中心每周对食堂燃气管道开展一次检查。", [("后勤服务中心", "其他")]),
        ("校医院在运动会期间设置医疗点。", [("校医院", "其他")]),
        ("镇水利站在汛前对山塘逐一开展检查。", [("镇水利站", "水利部门")]),
        # negatives: a counted place with a verb before it is no body (一处); a compound in 院 names no
        # institution; a body's name with no act or predicate after it is not read as a subject
        ("发现一处整治一处。", []),
        ("小区大院要保持整洁。", []),
        ("宣传中心的作用要进一步发挥。", []),
    ],
)
def test_an_organisation_named_before_its_act(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated limit and an act before a kind of enterprise: the act's object, no party
        ("8月15日前建成重点企业视频联网平台，严禁擅自断网。", []),
        ("6月底前建成危化品企业风险监测系统，不得擅自停用。", []),
        # negatives: a party with its own time after its name stays the party
        ("各在建工地自7月1日起一律停止夜间施工。", [("各在建工地", "企业")]),
        ("各乡镇8月3日18点前把转移名单交镇应急办。", [("各乡镇", "乡镇街道")]),
    ],
)
def test_a_party_name_never_holds_a_dated_limit(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # departments named by their role over the sectors concerned, without naming one: 有关部门
        ("属地乡镇和行业部门要加强联动。", [("属地乡镇", "乡镇街道"), ("行业部门", "有关部门")]),
        ("主管部门要在月底前完成核查。", [("主管部门", "有关部门")]),
        # negatives: a department in charge of a named sector is that sector's department; a list closed by
        # 等…主管部门 names its members
        ("交通运输主管部门要加强执法。", [("交通运输主管部门", "交通运输部门")]),
        ("县住建局等行业主管部门要加强执法。", [("县住建局", "住房和城乡建设部门")]),
    ],
)
def test_departments_named_by_their_role(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's leadership as a group is its leaders; the issuing bureau's, named by 局 alone, too
        ("县应急局领导班子成员要带队检查。", [("县应急局领导班子成员", "党政领导")]),
        ("各乡镇班子成员要包村到户。", [("各乡镇班子成员", "党政领导")]),
        ("局领导班子成员每季度要轮流带队暗访。", [("局领导班子成员", "党政领导")]),
        # negatives: the leadership as the object of the body's work; a bureau's leader named with 分管 stays one
        ("县应急局要加强领导班子建设。", [("县应急局", "应急管理部门")]),
        ("分管局领导要带队检查。", [("分管局领导", "党政领导")]),
        # a period before a party is no place's name (期 ends a period: 汛期镇 names no township)
        ("汛期镇村两级实行每日巡查报告制度。", [("镇村两级", "乡镇街道")]),
        ("临江县要加强值班。", [("临江县", "政府")]),
        # a body before a verb and 之 is the subject of a relative clause, no party (县府发包之工程)
        ("县府发包之公共工程要加强巡查。", []),
        ("本府办理之检查要在月底前完成。", []),
        ("县应急局在月底之前完成检查。", [("县应急局", "应急管理部门")]),
    ],
)
def test_leaderships_periods_and_relative_clauses(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 、/和/及/以及/与 join the parties of one list, wherever a full name or a level opens each item
        (
            "县公安局、县商务局以及县市场监管局要联合检查。",
            [("县公安局", "公安机关"), ("县商务局", "商务部门"), ("县市场监管局", "市场监督管理部门")],
        ),
        (
            "县城管局与县住建局要联合整治。",
            [("县城管局", "城市管理和综合执法部门"), ("县住建局", "住房和城乡建设部门")],
        ),
        (
            "公安、交通运输等部门以及各乡镇要联合整治。",
            [("公安", "公安机关"), ("交通运输等部门", "交通运输部门"), ("各乡镇", "乡镇街道")],
        ),
        # 会同 hands the work to its partners too
        (
            "由县交通运输局会同县公安局、县消防救援大队开展检查。",
            [("县交通运输局", "交通运输部门"), ("县公安局", "公安机关"), ("县消防救援大队", "消防救援机构")],
        ),
        # negatives: what follows a list's verb is its object, not one more party
        (
            "县应急局和县住建局督促施工企业落实整改。",
            [("县应急局", "应急管理部门"), ("县住建局", "住房和城乡建设部门")],
        ),
        ("对各乡镇和有关部门的落实情况进行督查。", []),
    ],
)
def test_the_boundaries_of_a_list(text, expected):
    assert read(text) == expected


def test_a_sentence_naming_its_own_party_keeps_to_it():
    """Scope: a sentence that names its own party takes nothing from the sentence before it in its part; the
    subjectless sentence after it takes the part's first party (docs/extraction.md, 4. Inheritance)."""
    text = (
        "关于做好防汛工作的通知\n"
        "一、加强隐患排查\n"
        "县水利局要于5月20日前完成山塘水库隐患排查。各乡镇要组织网格员逐户开展巡查。要建立隐患台账。\n"
    )
    assert task_parties(text, "县水利局要") == ["水利部门"]
    assert task_parties(text, "各乡镇要") == ["乡镇街道"]
    assert task_parties(text, "要建立隐患台账") == ["水利部门"]


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        # outside numbered parts, a clause after ； with no subject of its own goes on with the parties of the one before
        (
            "市应急局提醒各施工企业，高温时段要停止露天作业；遇雷暴天气时，应立即停止高处作业。\n",
            "遇雷暴天气时",
            ["企业"],
        ),
        (
            "各乡镇要在汛前完成山塘巡查；要落实转移责任人；要储备抢险物资。\n",
            "要储备抢险物资",
            ["乡镇街道"],
        ),
        # negatives: a clause with its own subject keeps to it; after 。 the party stops; inside a numbered part the
        # part's first sentence decides (the golds disagree on the clause before there)
        (
            "各乡镇要在汛前完成山塘巡查；塔吊必须停止作业。\n",
            "塔吊必须停止作业",
            [],
        ),
        (
            "各乡镇要在汛前完成山塘巡查。遇雷暴天气时，应立即停止高处作业。\n",
            "遇雷暴天气时",
            [],
        ),
        (
            "关于做好防汛工作的通知\n一、加强隐患排查\n县水利局要于5月20日前完成排查。各乡镇要组织网格员开展巡查；要建立隐患台账。\n",
            "要建立隐患台账",
            ["水利部门"],
        ),
    ],
)
def test_a_clause_after_a_semicolon(text, opening, expected):
    assert task_parties(text, opening) == expected


@pytest.mark.xfail(
    strict=True,
    reason="广大群众 after a request as the public (其他): r9d's gold has it, realstyle_sealed's leaves it out "
    "(taking it lowered realstyle_sealed units end to end 0.901 → 0.900)",
)
def test_the_public_appealed_to_as_a_party():
    assert read("请各物业服务企业及广大群众积极配合。") == [("各物业服务企业", "企业"), ("广大群众", "其他")]
