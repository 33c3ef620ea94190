"""The document's topic (sectors22): the one sector a single-topic notice, news report, meeting
report or minutes is about goes to its operational tasks that name no sector of their own; not to
its administrative ones (reporting, meetings, summaries, appraisal, duty, publicity), not in a
plan or a speech unless the speech is focused on it (tasks64), and not where the body or the tasks do not bear the title's sector out
(docs/extraction.md has the counts over the gold of every set). A document that names one sector in
all its lines is about it whatever its kind (sectors24)."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.sectors import document_topic, is_focused, single_sector, with_document_topic

GAS_BODY = """各乡镇人民政府、县直有关单位：
为防范燃气爆燃事故，特通知如下：
一、各乡镇要对辖区餐饮场所的燃气管道、软管和报警装置逐户排查。
二、县住建局要组织燃气经营企业逐户上门安检，发现老化软管当场更换。
三、县市场监管局要对液化气充装站开展执法检查。
四、各乡镇要在8月20日前把发现的隐患整改到位，逾期未改的一律停业整顿。
五、请各单位于7月10日前将排查情况报送县安委办。
"""

UNNAMED_TASK = "四、各乡镇要在8月20日前把发现的隐患整改到位，逾期未改的一律停业整顿。"
REPORTING_TASK = "五、请各单位于7月10日前将排查情况报送县安委办。"


def sectors_by_source(text: str) -> dict[str, list[str]]:
    return {task.source: task.sectors for task in extract_fields(text).tasks}


@pytest.mark.parametrize(
    "title, sentence, expected",
    [
        # a gas notice: its operational task naming no sector is gas work
        ("关于开展瓶装液化气和管道燃气隐患排查的通知", UNNAMED_TASK, ["城镇燃气"]),
        # negatives: reporting is the office's own work
        ("关于开展瓶装液化气和管道燃气隐患排查的通知", REPORTING_TASK, []),
        # a task naming its own sector keeps to it
        ("关于开展瓶装液化气和管道燃气隐患排查的通知", "三、县市场监管局要对液化气充装站开展执法检查。", ["城镇燃气"]),
        # a plan's work streams each have their own area
        ("燃气隐患整治实施方案", UNNAMED_TASK, []),
        # a speech ranges over every area, unless it is focused on one as this one is on gas (tasks64:
        # test_sectors_focused_speech64.py has the speeches that keep none)
        ("在全县燃气安全工作推进会上的讲话", UNNAMED_TASK, ["城镇燃气"]),
    ],
)
def test_a_single_topic_document_gives_its_topic(title, sentence, expected):
    assert sectors_by_source(f"{title}\n{GAS_BODY}")[sentence] == expected


ONE_SECTOR_PLAN = """燃气安全隐患整治实施方案
一、各乡镇要对辖区燃气用户逐户开展入户排查。
二、各乡镇要在8月20日前把发现的隐患整改到位，逾期未改的一律停业整顿。
三、请各单位于7月10日前将排查情况报送县安委办。
"""


def test_a_plan_naming_one_sector_gives_it_to_its_operational_tasks():
    tasks = sectors_by_source(ONE_SECTOR_PLAN)
    assert tasks["二、各乡镇要在8月20日前把发现的隐患整改到位，逾期未改的一律停业整顿。"] == ["城镇燃气"]
    # the plan names no sector but gas in any line: its report is a report on gas work (sectors36)
    assert tasks["三、请各单位于7月10日前将排查情况报送县安委办。"] == ["城镇燃气"]


FLOOD_WARNING = """关于做好近期安全防范工作的紧急通知
各村（社区）：
气象台预报今夜有暴雨，局地伴有山洪和地质灾害风险。
一、各村要在今晚20时前把山洪危险区群众转移到安置点。
二、镇国土所要对地质灾害隐患点安排专人盯守。
三、各村干部今晚全部到岗，不得离开辖区。
四、暴雨期间停止一切户外集会。
五、各村要每两小时向镇应急办报告一次巡查情况。
"""


def test_the_body_gives_the_topic_when_the_title_names_none():
    tasks = sectors_by_source(FLOOD_WARNING)
    assert tasks["三、各村干部今晚全部到岗，不得离开辖区。"] == ["自然灾害"]
    # every hazard the warning names is a natural one: its patrol report is disaster work too (sectors36)
    assert tasks["五、各村要每两小时向镇应急办报告一次巡查情况。"] == ["自然灾害"]


@pytest.mark.parametrize(
    "title, body, doc_type, tasks_sectors, expected",
    [
        # the title's one sector, borne out by the body and by the tasks that name a sector
        ("关于加强燃气安全管理的通知", "燃气。燃气。液化气。餐饮场所。", "notice", [["城镇燃气"], []], ["城镇燃气"]),
        # a season word in the title times the work of the other sector it names
        ("关于做好汛期建筑施工安全工作的通知", "工地。脚手架。深基坑。暴雨。", "notice", [["建筑施工"]], ["建筑施工"]),
        # no title sector: the body's most named one, among at least five mentions
        (None, "暴雨。山洪。地质灾害。转移。水库。滑坡。", "news", [["自然灾害"]], ["自然灾害"]),
        # negatives: a plan, where the document names another sector too; a speech not focused on the title's
        # sector (it holds 3 of 5 mentions, a notice's share; a focused speech keeps it: tasks64)
        ("关于加强燃气安全管理的通知", "燃气。燃气。液化气。餐饮场所。", "plan", [["城镇燃气"]], []),
        ("关于加强燃气安全管理的通知", "燃气。燃气。液化气。餐饮场所。学校。", "speech", [["城镇燃气"]], []),
        # a document naming one sector in all its lines is about it whatever its kind and length
        ("燃气隐患整治实施方案", "燃气。液化气。燃气。", "plan", [["城镇燃气"], []], ["城镇燃气"]),
        (None, "天气炎热，户外工作要注意补水。", "news", [[]], ["自然灾害"]),
        ("在全县燃气安全工作推进会上的讲话", "燃气。液化气。", "speech", [[]], ["城镇燃气"]),
        # a title naming two sectors names no one topic
        ("关于加强燃气和消防安全管理的通知", "燃气。燃气。火灾。", "notice", [["城镇燃气"]], []),
        # the body speaks mostly of other areas
        ("关于加强燃气安全管理的通知", "燃气。学校。医院。养老院。", "notice", [["城镇燃气"]], []),
        # no task names the title's area: its directives are about something else
        ("关于加强燃气安全管理的通知", "燃气。燃气。液化气。餐饮场所。", "notice", [[], []], []),
        ("关于加强燃气安全管理的通知", "燃气。燃气。液化气。火灾。", "notice", [["消防"], ["消防"], ["消防"]], []),
        # a body of too few mentions, of two sectors, has no topic of its own
        (None, "暴雨。山洪。工地。", "notice", [["自然灾害"]], []),
        (None, "天气炎热。工地。", "news", [[]], []),
        # an institution needs only to be the body's most named sector: a school notice names the hazards
        # inside the school as often as the school
        (
            "关于做好新学期校园安全工作的通知",
            "学校。燃气。火灾。学生。危化品。",
            "notice",
            [["学校"], ["消防"]],
            ["学校"],
        ),
        (None, "学生。燃气。校园。火灾。危化品。幼儿园。", "notice", [["学校"], ["城镇燃气"]], ["学校"]),
        # an institution the title names is the topic of a plan too: each work stream of a care-home plan
        # is care-home work (a plan naming another sector stays without, as above)
        (
            "关于印发养老机构安全隐患排查整治方案的通知",
            "养老院。燃气。火灾。敬老院。电梯。",
            "plan",
            [["养老机构"], ["消防"]],
            ["养老机构"],
        ),
        # negatives: a plan whose title names an institution beside another sector; an institution that
        # the body names less than another sector
        ("关于印发校园及周边道路交通安全整治方案的通知", "学校。道路交通。校车。", "plan", [["学校"]], []),
        ("关于印发养老机构消防安全整治方案的通知", "火灾。养老院。消防。火灾。", "plan", [["消防"]], []),
        # negatives: another sector needs its share; an institution that is not the most named is no topic
        ("关于加强燃气安全管理的通知", "燃气。学校。火灾。燃气。危化品。", "notice", [["城镇燃气"]], []),
        ("关于做好新学期校园安全工作的通知", "学校。燃气。燃气。燃气。火灾。", "notice", [["城镇燃气"], ["学校"]], []),
    ],
)
def test_document_topic(title, body, doc_type, tasks_sectors, expected):
    assert document_topic(title, body, doc_type, tasks_sectors) == expected


@pytest.mark.parametrize(
    "title, body, doc_type, tasks_sectors, expected",
    [
        # a title naming a kind of place and one more sector names one topic, that hazard in those places
        (
            "关于开展宾馆饭店消防安全检查的通知",
            "宾馆。火灾。饭店。消防安全。",
            "notice",
            [["消防"], ["人员密集场所"]],
            ["人员密集场所", "消防"],
        ),
        (
            "关于加强敬老院冬季用气安全的通知",
            "燃气。养老院。液化气。",
            "notice",
            [["城镇燃气"], []],
            ["养老机构", "城镇燃气"],
        ),
        (
            "市场监管局开展商场电梯安全抽查",
            "电梯。商场。自动扶梯。",
            "news",
            [["特种设备"]],
            ["人员密集场所", "特种设备"],
        ),
        ("关于加强冬季医院电气火灾防范的通知", "火灾。医院。消防。", "news", [["消防"]], ["医疗机构", "消防"]),
        ("关于做好幼儿园燃气安全检查的通知", "燃气。幼儿园。液化气。", "notice", [["城镇燃气"]], ["学校", "城镇燃气"]),
        # negatives: two sectors neither of which is a place; a body speaking of other areas; a plan; three
        ("关于加强燃气和危化品安全管理的通知", "燃气。危化品。液化气。", "notice", [["城镇燃气"]], []),
        ("关于开展宾馆饭店消防安全检查的通知", "宾馆。燃气。危化品。燃气。烟花爆竹。", "notice", [["城镇燃气"]], []),
        ("关于印发商场燃气安全整治方案的通知", "商场。燃气。燃气。", "plan", [["城镇燃气"]], []),
        ("关于加强学校、医院和养老院消防安全的通知", "学校。医院。火灾。", "notice", [["消防"]], []),
    ],
)
def test_a_title_naming_a_place_and_a_hazard_gives_both(title, body, doc_type, tasks_sectors, expected):
    assert document_topic(title, body, doc_type, tasks_sectors) == expected


@pytest.mark.parametrize(
    "sectors, sentence, expected",
    [
        ([], "各乡镇要立即组织开展拉网式排查。", ["城镇燃气"]),
        ([], "二、全面清理堵塞消防车道的杂物。", ["城镇燃气"]),
        # negatives: the task's own sectors stay; administrative work takes none
        (["消防"], "全面清理堵塞消防车道的杂物。", ["消防"]),
        ([], "请各单位于6月5日前报送联络员名单。", []),
        ([], "（四）强化组织领导。", []),
        ([], "各单位要严格落实24小时值班制度。", []),
        ([], "对工作不力的单位予以通报并约谈。", []),
        ([], "利用广播、微信群广泛开展宣传。", []),
        ([], "11月底前报送工作总结。", []),
    ],
)
def test_with_document_topic(sectors, sentence, expected):
    assert with_document_topic(sectors, sentence, ["城镇燃气"]) == expected


@pytest.mark.parametrize(
    "sectors, sentence, topic, expected",
    [
        # a task whose only sectors are the weather or the season that times it is the topic's work as well
        (["自然灾害"], "暴雨预警发布后一律停止室外作业。", ["建筑施工"], ["自然灾害", "建筑施工"]),
        (["自然灾害"], "汛期内每日落实带班巡查。", ["建筑施工"], ["自然灾害", "建筑施工"]),
        (["自然灾害"], "恶劣天气下要做好分流疏导。", ["道路交通"], ["自然灾害", "道路交通"]),
        # negatives: a hazard of its own, another sector beside the weather, an administrative task
        (["自然灾害"], "组织地质灾害隐患点巡查。", ["建筑施工"], ["自然灾害"]),
        (["自然灾害", "道路交通"], "暴雨期间对客运班线实行停运。", ["建筑施工"], ["自然灾害", "道路交通"]),
        (["自然灾害"], "暴雨期间每两小时报告一次雨情。", ["建筑施工"], ["自然灾害"]),
        # an institution's topic goes to every task: its hazards and its reports are its own work
        (["城镇燃气"], "食堂燃气管道要逐一检查。", ["学校"], ["城镇燃气", "学校"]),
        ([], "各学院每周报送隐患排查情况。", ["学校"], ["学校"]),
        # negative: another topic leaves a task naming its own sector and reporting alone
        (["消防"], "食堂的消防通道要保持畅通。", ["城镇燃气"], ["消防"]),
    ],
)
def test_with_document_topic_for_circumstances_and_institutions(sectors, sentence, topic, expected):
    assert with_document_topic(sectors, sentence, topic) == expected


@pytest.mark.parametrize(
    "topic, body, tasks_sectors, expected",
    [
        # the topic holds two thirds of the body's sector mentions and of the tasks naming any sector
        (
            ["烟花爆竹"],
            "烟花爆竹。烟花爆竹。商场。烟花。",
            [["烟花爆竹"], ["烟花爆竹"], ["烟花爆竹"], ["人员密集场所"]],
            True,
        ),
        (["特种设备"], "电梯。电梯。锅炉。工地。", [["特种设备"], ["特种设备"], ["特种设备"], ["建筑施工"]], True),
        # negatives: a topic holding less of the body or of the tasks; no topic at all
        (["城镇燃气"], "燃气。燃气。燃气。火灾。学校。", [["城镇燃气"], ["城镇燃气"], ["消防"]], False),
        (["城镇燃气"], "燃气。燃气。燃气。燃气。火灾。", [["城镇燃气"], ["消防"], ["学校"]], False),
        ([], "燃气。燃气。燃气。", [["城镇燃气"]], False),
    ],
)
def test_is_focused(topic, body, tasks_sectors, expected):
    assert is_focused(topic, body, tasks_sectors) is expected


@pytest.mark.parametrize(
    "sectors, sentence, topic, focused, expected",
    [
        # in a focused document a task naming another sector names it where that area touches the topic
        (["人员密集场所"], "严禁在商场、车站周边设立零售摊点。", ["烟花爆竹"], True, ["人员密集场所", "烟花爆竹"]),
        (
            ["道路交通"],
            "运输车辆须按公安机关核定的路线和时段行驶。",
            ["民用爆炸物品"],
            True,
            ["道路交通", "民用爆炸物品"],
        ),
        (["建筑施工"], "承建商须在井道作业前为工人配备全身式安全带。", ["特种设备"], True, ["建筑施工", "特种设备"]),
        # negatives: the same tasks in a document of several areas; administrative work stays the office's own
        (["人员密集场所"], "严禁在商场、车站周边设立零售摊点。", ["烟花爆竹"], False, ["人员密集场所"]),
        (["道路交通"], "运输车辆须按公安机关核定的路线和时段行驶。", ["民用爆炸物品"], False, ["道路交通"]),
        (["学校"], "每月5日前将校园周边排查情况报送县安委办。", ["烟花爆竹"], True, ["学校"]),
    ],
)
def test_with_document_topic_in_a_focused_document(sectors, sentence, topic, focused, expected):
    assert with_document_topic(sectors, sentence, topic, focused) == expected


@pytest.mark.parametrize(
    "sentence, topic, focused, expected",
    [
        # in a focused document the watch and the inspection act on the topic's sites and hazards
        ("春节假期各镇街安排专人昼夜值班，保持通讯畅通。", ["烟花爆竹"], True, ["烟花爆竹"]),
        ("县住建局将于下旬对各乡镇进行督导。", ["城镇燃气"], True, ["城镇燃气"]),
        ("市安委办组成三个组开展专项督查，对问题突出的现场交办。", ["建筑施工"], True, ["建筑施工"]),
        ("主汛期间库区管理单位实行值班制度，发现险情立即处置。", ["非煤矿山"], True, ["非煤矿山"]),
        ("督导组要逐一到场核实整改情况。", ["危险化学品"], True, ["危险化学品"]),
        # negatives: the same words where the document ranges over several areas (not focused); a watch
        # that also reports, meets or publicises is the office's own work; reporting alone stays without
        ("春节假期各镇街安排专人昼夜值班，保持通讯畅通。", ["烟花爆竹"], False, []),
        ("督查结果于月底前报送县政府并在全县通报。", ["城镇燃气"], True, []),
        ("值班情况每日汇总后上报市应急管理局。", ["烟花爆竹"], True, []),
        ("召开督导工作会议，部署下一阶段任务。", ["建筑施工"], True, []),
        ("各地要广泛宣传安全用气常识。", ["城镇燃气"], True, []),
        ("请于6月30日前将工作总结报送县安委办。", ["建筑施工"], True, []),
    ],
)
def test_a_focused_topic_reaches_its_watch_and_inspection(sentence, topic, focused, expected):
    assert with_document_topic([], sentence, topic, focused) == expected


@pytest.mark.parametrize(
    "sentence, topic, focused, expected",
    [
        # in a focused document the judging of the work (summaries, appraisal, commendation) and the
        # accountability for it (notices of criticism, interviews, 问责, 追责, 追究) judge the topic's work
        ("专项行动结束后各区要认真总结经验做法。", ["城镇燃气"], True, ["城镇燃气"]),
        ("对整改不力的单位予以通报批评。", ["危险化学品"], True, ["危险化学品"]),
        ("对履职不到位的监管人员严肃问责。", ["道路交通"], True, ["道路交通"]),
        ("对成绩突出的集体和个人给予表彰。", ["非煤矿山"], True, ["非煤矿山"]),
        ("隐患逾期未改的，由县安委办约谈企业主要负责人。", ["建筑施工"], True, ["建筑施工"]),
        ("造成后果的，依法追究相关人员责任。", ["消防"], True, ["消防"]),
        ("年底对各乡镇落实情况进行考核排名。", ["渔业船舶"], True, ["渔业船舶"]),
        # negatives: a document ranging over several areas (not focused); judging that also reports,
        # meets or publicises is the office's own work
        ("对整改不力的单位予以通报批评。", ["危险化学品"], False, []),
        ("考核结果于年底前报送市政府。", ["城镇燃气"], True, []),
        ("召开总结会议，听取各地进展。", ["建筑施工"], True, []),
        ("将表彰情况在媒体上广泛宣传。", ["消防"], True, []),
    ],
)
def test_a_focused_topic_reaches_the_judging_of_its_work(sentence, topic, focused, expected):
    assert with_document_topic([], sentence, topic, focused) == expected


def test_a_watch_naming_a_sector_of_its_own_keeps_only_it():
    """An administrative task naming another area is that area's watch (a fire-control room's), as
    an administrative task naming another sector gets no focused topic either."""
    assert with_document_topic(["消防"], "商场消防控制室每班须两人在岗值班。", ["人员密集场所"], True) == ["消防"]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "关于木材加工厂除尘系统隐患排查的通知",
            "一、各企业要清理除尘管道积尘。\n二、每月5日前报送检查情况。",
            ["工贸"],
        ),
        ("关于做好休渔期安全管理的通知", "渔船进港后要落实专人看管。\n各村要做好登记。", ["渔业船舶"]),
        # negatives: a second sector in any line, or none at all
        ("关于木材加工厂除尘系统隐患排查的通知", "一、各企业要清理除尘管道积尘。\n二、检查厂区燃气管道。", []),
        ("关于做好年终岁末安全工作的通知", "各单位要落实主体责任。", []),
    ],
)
def test_single_sector(title, body, expected):
    assert single_sector(title, body) == expected


@pytest.mark.parametrize(
    "sentence, single, expected",
    [
        # a document naming one sector in all its lines: its reports, meetings, appraisal and watch are that work
        ("各乡镇于每月5日前将排查进展报送县应急管理局。", True, ["工贸"]),
        ("月底召开一次推进会，通报各企业整改进度。", True, ["工贸"]),
        ("整治成效纳入年度目标考核，对工作不力的予以约谈。", True, ["工贸"]),
        ("企业要指定一名联络员负责日常对接。", True, ["工贸"]),
        # negatives: publicity speaks to the public at large; a document of several sectors keeps its office work
        ("利用村广播和微信群开展安全宣传。", True, []),
        ("做好新闻发布和舆论引导工作。", True, []),
        ("各乡镇于每月5日前将排查进展报送县应急管理局。", False, []),
    ],
)
def test_a_single_sector_document_reaches_every_task_but_publicity(sentence, single, expected):
    assert with_document_topic([], sentence, ["工贸"], single=single) == expected


FOCUSED_NOTICE = """关于加强春节期间烟花爆竹安全管理的通知
各乡镇人民政府、县直有关单位：
春节临近，烟花爆竹销售燃放进入高峰，现就有关事项通知如下：
一、烟花爆竹批发企业要严格落实出入库登记，严禁超量储存烟花爆竹。
二、各乡镇要对辖区烟花爆竹零售点逐一检查，无证经营的一律取缔。
三、零售点一律不得向未成年人销售烟花爆竹。
四、严禁在商场、集贸市场周边设立零售摊点。
五、请各单位于2月20日前将工作总结报送县安委办。
六、节日期间各乡镇要落实24小时值班。
"""


def test_a_focused_notice_gives_its_topic_to_a_task_naming_another_area():
    tasks = sectors_by_source(FOCUSED_NOTICE)
    assert tasks["四、严禁在商场、集贸市场周边设立零售摊点。"] == ["人员密集场所", "烟花爆竹"]
    assert tasks["五、请各单位于2月20日前将工作总结报送县安委办。"] == []  # reporting
    assert tasks["六、节日期间各乡镇要落实24小时值班。"] == ["烟花爆竹"]  # the watch kept on the topic


SCHOOL_NOTICE = """关于加强新学年校园安全管理的通知
各学院、各部门：
为保障新学年平稳开学，特通知如下：
一、后勤处要在8月25日前检查全部学生宿舍的电气线路。
二、饮食中心要在8月26日前完成食堂燃气管道和报警装置检查。
三、实验中心要对实验室危险化学品逐一清点。
四、各学院每周一将隐患排查情况报送保卫处。
"""


def test_a_school_notice_gives_its_topic_to_every_task():
    tasks = sectors_by_source(SCHOOL_NOTICE)
    assert tasks["二、饮食中心要在8月26日前完成食堂燃气管道和报警装置检查。"] == ["城镇燃气", "学校"]
    assert tasks["三、实验中心要对实验室危险化学品逐一清点。"] == ["危险化学品", "学校"]
    assert tasks["四、各学院每周一将隐患排查情况报送保卫处。"] == ["学校"]


def test_no_topic_changes_nothing():
    assert with_document_topic([], "各乡镇要立即组织开展拉网式排查。", []) == []


@pytest.mark.parametrize(
    "text, sentence, expected",
    [
        pytest.param(
            "瓶装液化气安全整治实施方案\n一、各乡镇要对餐饮场所燃气管道逐户排查。\n二、县住建局要组织燃气经营企业逐户上门安检。\n"
            "三、各乡镇要在8月20日前把隐患整改到位。\n",
            "三、各乡镇要在8月20日前把隐患整改到位。",
            ["城镇燃气"],
            marks=pytest.mark.xfail(
                strict=True, reason="a plan's topic: the gold sets split (heldout withholds it, the newer sets give it)"
            ),
        ),
        pytest.param(
            "关于加强秋季新学期校舍安全管理的通知\n一、各学校要检查校舍和围墙。\n二、各学校要组织学生开展安全教育。\n"
            "三、学生宿舍的灭火器过期的，一律在报到前换新。\n",
            "三、学生宿舍的灭火器过期的，一律在报到前换新。",
            ["消防", "学校"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="an extinguisher beside 学生 reads as the site's kit (a context word), not fire safety",
            ),
        ),
        pytest.param(
            "关于做好汛期建筑施工安全工作的通知\n一、各工地要加固脚手架。\n二、施工单位要对深基坑开展专项检查。\n"
            "三、各标段驻场监理每周要把汛期施工安全列为巡查重点。\n",
            "三、各标段驻场监理每周要把汛期施工安全列为巡查重点。",
            ["建筑施工", "自然灾害"],
            marks=pytest.mark.xfail(
                strict=True, reason="the flood season of a title beside construction: a time, not a topic"
            ),
        ),
        pytest.param(
            FOCUSED_NOTICE,
            "五、请各单位于2月20日前将工作总结报送县安委办。",
            ["烟花爆竹"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="an administrative task's topic: ten gold sets give it, seven withhold it (sectors33 counts)",
            ),
        ),
    ],
)
def test_known_topic_gaps(text, sentence, expected):
    assert sectors_by_source(text)[sentence] == expected


# Measured and dropped (sectors49, docs/extraction.md): the gold sets split on all three, so they stay strict xfails.
# A document issued for an arriving weather event (台风逼近…紧急部署): its gold (four read sets) gives the event to every
# task, the boats called into port included; the older check sets' gold does not.
STORM_NEWS = """台风“岚山”逼近 我市全力部署防御工作
9月12日，市防指召开会商会，部署台风防御工作。
各港区要在今晚20时前组织所有渔船回港避风，渔船上人员一律撤离上岸。
各区要组织力量对低洼地带群众开展转移安置。
市公安局要对不愿转移的群众实施强制转移。
"""

HEAT_NOTICE = """关于做好高温天气建筑施工安全工作的通知
各施工单位：
近期我市持续高温，为保障施工安全，现通知如下：
一、各工地要调整作业时间，中午时段停止露天作业。
二、各工地要为一线工人配备防暑降温物品。
三、施工单位要对塔吊和升降机逐台检查一遍。
"""

# The speaker's frame (会议要求，…) says who asks, not what is asked: read so, its 会议 would make no meeting task.
GAS_MEETING_REPORT = """全县燃气隐患清零行动调度会举行
3月8日，县政府召开燃气隐患清零行动调度会。
会议要求，各乡镇要对辖区餐饮场所的燃气管道和报警装置逐户排查。
会议要求，各乡镇务必在3月底前把排查发现的隐患全部整改到位。
会议强调，县住建局要对瓶装液化气配送车辆开展一次专项检查。
会议要求，各乡镇于每月5日前将整治进展报送县安委办。
会议要求，各乡镇要开一次专题会议研究整治工作。
"""

# Safety production as a whole (安全生产管理, 各行业领域) is every trade's and none: read so, it would take no topic.
FIRE_MEETING_REPORT = """全镇冬春火灾防控工作会议召开
1月6日，镇政府召开冬春火灾防控工作会议，部署消防安全工作。
会上要求，各村要对独居老人家中电线和取暖器逐户检查。
各部门要强化安全生产管理，持续加大安全投入。
各村要在春节前把排查发现的火灾隐患整改到位。
"""

SPLIT_GOLD = "measured in sectors49 and dropped: no score-only set moved and check sets fell (docs/extraction.md)"


@pytest.mark.parametrize(
    "text, sentence, expected",
    [
        pytest.param(
            STORM_NEWS,
            "各港区要在今晚20时前组织所有渔船回港避风，渔船上人员一律撤离上岸。",
            ["渔业船舶", "自然灾害"],
            marks=pytest.mark.xfail(strict=True, reason=SPLIT_GOLD),
        ),
        pytest.param(
            STORM_NEWS,
            "市公安局要对不愿转移的群众实施强制转移。",
            ["自然灾害"],
            marks=pytest.mark.xfail(strict=True, reason=SPLIT_GOLD),
        ),
        pytest.param(
            GAS_MEETING_REPORT,
            "会议要求，各乡镇务必在3月底前把排查发现的隐患全部整改到位。",
            ["城镇燃气"],
            marks=pytest.mark.xfail(strict=True, reason=SPLIT_GOLD),
        ),
        pytest.param(
            FIRE_MEETING_REPORT,
            "各部门要强化安全生产管理，持续加大安全投入。",
            [],
            marks=pytest.mark.xfail(strict=True, reason=SPLIT_GOLD),
        ),
        (FIRE_MEETING_REPORT, "各村要在春节前把排查发现的火灾隐患整改到位。", ["消防"]),
        # negatives, which the dropped rules kept too: a lasting condition is no event; a report and a meeting
        # asked for are the office's own work
        (HEAT_NOTICE, "三、施工单位要对塔吊和升降机逐台检查一遍。", ["建筑施工", "特种设备"]),
        (GAS_MEETING_REPORT, "会议要求，各乡镇于每月5日前将整治进展报送县安委办。", []),
        (GAS_MEETING_REPORT, "会议要求，各乡镇要开一次专题会议研究整治工作。", []),
    ],
)
def test_weather_events_and_speakers_frames(text, sentence, expected):
    assert sectors_by_source(text)[sentence] == expected
