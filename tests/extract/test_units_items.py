"""The items of a list of parties by their place (units23): a table's unit cell and a 责任单位 line's value
are lists of parties, so every item opens one, and an item that no mention reads to its end is read by
its head noun — an alias after a name of its own, a kind of shop or station, a team. Invented texts; each
table has negatives."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import ISSUER, assigned_units, find_units, party_list_units


def listed(text: str) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in party_list_units(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before the vocabulary's word: the word is the head
        ("街道应急办、东岭消防站", [("街道应急办", "应急管理部门"), ("东岭消防站", "消防救援机构")]),
        ("东岭派出所", [("东岭派出所", "公安机关")]),
        # a community named before a company is a party of its own, not a kind of business
        ("翠湖社区、兴达燃气公司", [("翠湖社区", "乡镇街道"), ("兴达燃气公司", "企业")]),
        # a shop or a station no alias names, and the list goes on after it
        ("百惠超市、街道应急办", [("百惠超市", "企业"), ("街道应急办", "应急管理部门")]),
        ("城北加油站、县应急局", [("城北加油站", "企业"), ("县应急局", "应急管理部门")]),
        # a team is no department; the place word opening its name was only its first word
        ("街道应急办、镇民兵应急分队", [("街道应急办", "应急管理部门"), ("镇民兵应急分队", "其他")]),
        ("乡镇半专业扑火队伍", [("乡镇半专业扑火队伍", "其他")]),
        # negatives: an item with its predicate keeps the grammar's reading; an organisation's own
        # committee is no level's 党委; a time is no party; a list the vocabulary reads stays as read
        # (a place before a station's alias is the station's since units80: 东岭派出所 whole)
        ("县应急局牵头，东岭派出所配合", [("县应急局", "应急管理部门"), ("东岭派出所", "公安机关")]),
        ("机关党委、办公室", [("办公室", "发文机关")]),
        ("6月底前完成", []),
        ("县委、县政府", [("县委", "党委"), ("县政府", "政府")]),
        ("各建设、监理、施工单位", [("各建设、监理、施工单位", "企业")]),
    ],
)
def test_a_list_of_parties_read_item_by_item(text, expected):
    assert listed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # outside a list of parties, a name the vocabulary lacks before its word is no party by itself (a place
        # before a station's alias, 东岭派出所, is read by units80's station rule instead: a prefix)
        "城北加油站、县应急局",
    ],
)
def test_the_head_reading_is_for_lists_of_parties_only(text):
    assert find_units(text, listed=True) == []


TIMETABLE = """青石街道六月安全生产活动安排
日期 — 内容 — 负责单位
6月8日 — 燃气泄漏处置演练（翠湖小区） — 翠湖社区、兴达燃气公司
6月15日 — 沿街门店消防检查 — 街道应急办、东岭消防站
6月22日 — 防汛抢险拉练 — 街道应急办、镇民兵应急分队
6月26日 — 商场疏散演练 — 百惠超市、街道应急办
"""


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("6月8日", {"乡镇街道", "企业"}),
        ("6月15日", {"应急管理部门", "消防救援机构"}),
        ("6月22日", {"应急管理部门", "其他"}),
        ("6月26日", {"企业", "应急管理部门"}),
    ],
)
def test_a_timetables_unit_column(opening, expected):
    tasks = [task for task in extract_fields(TIMETABLE).tasks if task.source.startswith(opening)]
    assert [{unit.canonical for unit in task.units} for task in tasks] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("更换老化软管后，由供气单位上门复检", [("供气单位", "企业")]),
        ("疏通消防通道，整改后由镇安监站现场验收", [("镇安监站", "应急管理部门")]),
        # negatives: a body acting on its own is no assignment; 由于 is a cause
        ("配齐救生衣，镇交管站逐船检查", []),
        ("由于县应急局未能到场，检查顺延", []),
    ],
)
def test_the_party_an_assignment_names(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in assigned_units(sentence)] == expected


DIRECTIVE_TABLE = """关于青山镇安全隐患整改的督办通知
序号\t隐患问题\t整改措施\t整改时限\t督办单位
1.镇敬老院厨房燃气软管老化\t更换老化软管后，由供气单位上门复检\t7月10日前\t县民政局
2.东坡村渡口救生设备不足\t配齐救生衣，镇交管站逐船检查\t7月15日前\t县交通运输局
"""


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # the row's column names the overseer, its task cell assigns the work
        ("1.", {("民政部门", "supervising"), ("企业", "responsible")}),
        # negative: a body of the task cell that acts on its own stays out (the sets' gold disagree on it)
        ("2.", {("交通运输部门", "supervising")}),
    ],
)
def test_a_rows_task_cell_assigns_work_beside_its_unit_column(opening, expected):
    tasks = [task for task in extract_fields(DIRECTIVE_TABLE).tasks if task.source.startswith(opening)]
    assert [{(unit.canonical, unit.role) for unit in task.units} for task in tasks] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bracket saying where an office sits glosses the office a report goes to: no party
        ("各成员单位要在每月5日前将进展报县安委会办公室（设在县应急管理局）。", [("各成员单位", "安委会")]),
        ("请各乡镇于月底前报送县防指办公室(设在县水利局)汇总。", [("各乡镇", "乡镇街道")]),
        # negative: an office set up in a body has that body do its work
        ("专项行动办公室设在镇规划建设办，负责汇总进度。", [("镇规划建设办", "住房和城乡建设部门")]),
    ],
)
def test_where_an_office_sits(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a notice received names its sender: 接 is the verb, no place named 接县
        ("接县防指紧急通知，各村要在今晚组织人员转移。", [("各村", "乡镇街道")]),
        ("接市应急局通知，各企业要立即停止动火作业。", [("各企业", "企业")]),
        # negative: a county that opens the clause is the party
        ("县防指要连夜部署转移工作。", [("县防指", "其他")]),
    ],
)
def test_the_sender_of_a_notice_received(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a department named by its work takes the department of its domain word
        ("燃气管理部门要督促经营企业落实入户安检。", [("燃气管理部门", "住房和城乡建设部门")]),
        ("对非法营运车辆，交通执法部门要依法查扣。", [("交通执法部门", "交通运输部门")]),
        ("水利工程管理部门要加密汛期巡查。", [("水利工程管理部门", "水利部门")]),
        # staff named by their watch are staff (其他), as 值班人员 and 网格员 are
        ("山塘巡查员要每天早晚各巡查一次。", [("山塘巡查员", "其他")]),
        ("隐患点监测员要在强降雨期间24小时值守。", [("隐患点监测员", "其他")]),
        # negatives: a department whose name holds no domain word is left to the aliases; the object of 督促
        # is no party; staff an earlier party is told to organise are its objects
        ("安全生产部门要加强检查。", []),
        ("县住建局要督促燃气管理部门落实责任。", [("县住建局", "住房和城乡建设部门")]),
        ("县水利局要组织巡查员加密巡查。", [("县水利局", "水利部门")]),
    ],
)
def test_bodies_and_staff_named_by_their_work(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


def roles(sentence: str) -> list[tuple[str, str, str]]:
    return [(unit.mention, unit.canonical, unit.role) for unit in find_units(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a party named by its cooperating role cooperates, whatever its predicate
        ("配合单位要主动对接牵头单位，不得推诿扯皮。", [("配合单位", "有关部门", "cooperating")]),
        ("各协办单位须按时报送材料。", [("各协办单位", "有关部门", "cooperating")]),
        # negative: one named by its lead answers for the work as any party does
        ("各牵头单位要细化子方案。", [("各牵头单位", "有关部门", "responsible")]),
        # a level's heads named with 党政 are its leaders, as its 主要负责同志 are
        ("各乡镇（街道）党政主要负责人要亲自部署。", [("各乡镇（街道）党政主要负责人", "党政领导", "responsible")]),
        # negative: an enterprise's head stays the enterprise
        ("各企业主要负责人要带队自查。", [("各企业主要负责人", "企业", "responsible")]),
    ],
)
def test_parties_named_by_their_role_and_leaders(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one level named as the party, as two levels are (镇村两级)
        ("村一级要把避险转移名单落实到每一户。", [("村一级", "乡镇街道")]),
        ("县一级要统筹调度抢险力量。", [("县一级", "政府")]),
        # negatives: a level qualifying a body is its prefix; a level as an object names no party
        ("市县两级安委会要加强督导。", [("市县两级安委会", "安委会")]),
        ("要推进县一级应急指挥平台建设。", []),
    ],
)
def test_a_level_named_as_the_party(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Hong Kong or Macau department speaking of itself in the third person is the issuer
        ("屋宇署表示，署方会继续跟进外墙检查。", [("署方", ISSUER)]),
        ("劳工处指出，处方亦会加强夏季巡查。", [("处方", ISSUER)]),
        # negative: a prescription is no party
        ("药房凭处方药清单核对库存。", []),
    ],
)
def test_a_department_speaking_of_itself(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


def test_a_departments_self_reference_takes_the_issuers_canonical():
    text = "屋宇署加强楼宇外墙巡查\n屋宇署表示，署方会在雨季前完成全港旧楼外墙巡查。\n"
    tasks = [task for task in extract_fields(text).tasks if "署方" in task.source]
    assert [[unit.canonical for unit in task.units] for task in tasks] == [["住房和城乡建设部门"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # persons counted one by one are the persons
        ("每名班子成员每月要到分包乡镇蹲点两天。", [("每名班子成员", "党政领导")]),
        ("每位局领导要联系一家重点企业。", [("每位局领导", "党政领导")]),
        # negative: a person the vocabulary does not know stays out
        ("每名学生都要签订安全承诺书。", []),
    ],
)
def test_persons_counted_one_by_one(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a village's cadres, or both levels', act for the township, as cadres assigned to a village do
        ("镇村干部要在暴雨前逐户排查危房。", [("镇村干部", "乡镇街道")]),
        ("村干部要在汛前逐一核对转移名单。", [("村干部", "乡镇街道")]),
        # a work team sent to a village is a body of its own (其他), as a 工作组 is
        ("驻村工作队要协助做好独居老人转移。", [("驻村工作队", "其他")]),
        # negative: a village's cadres as the object of another party's work
        ("县应急局要组织村干部开展避险演练。", [("县应急局", "应急管理部门")]),
    ],
)
def test_cadres_and_work_teams(sentence, expected):
    assert [(unit.mention, unit.canonical) for unit in find_units(sentence)] == expected


@pytest.mark.xfail(
    strict=True,
    reason="a team by its head noun in a sentence (not only in a list of parties) lowered realstyle and realstyle_sealed",
)
def test_a_team_opening_a_clause():
    assert [(u.mention, u.canonical) for u in find_units("各村应急队伍要集结待命。")] == [("各村应急队伍", "其他")]


def test_a_body_a_time_and_an_object_phrase_before_its_act():
    """A body named by an organisation's head noun, then a frequency and an object phrase, then its act
    (units.acts_next, units25)."""
    assert [(u.mention, u.canonical) for u in find_units("宿舍管理中心每晚十点后对各楼层进行巡查。")] == [
        ("宿舍管理中心", "其他")
    ]
