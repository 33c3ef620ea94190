"""A numbered item read by its run (tasks43): in a list whose other items the rules take as tasks, an item
that is a whole sentence opening with a verb is a task too, whether or not the action lexicon knows the
verb (订定, 遴聘, 增配) or the verb is one of ensuring (确保…); a run of findings, a section's title, a
problem, a report or a run with one neighbour gives nothing. Every text here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.structure import document_structure  # noqa: E402
from nlp_pipeline.extract.tasks import marker_number, numbered_runs, opens_with_a_verb  # noqa: E402


def sources(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


# a port's notice: its last item opens with a verb of ensuring
PORT_NOTICE = (
    "关于做好台风季节港区危险货物作业安全的通知\n\n"
    "各码头经营企业：\n"
    "为做好台风季节港区危险货物作业安全工作，现提出以下要求：\n"
    "（一）逐一检查罐区围堰和排水阀门，发现渗漏立即停止装卸；\n"
    "（二）装卸易燃液体时，安排专人在岸边值守，严禁无关船舶靠近；\n"
    "（三）储备足量的吸油毡和围油栏，每月清点一次；\n"
    "（四）确保当班调度员全程在岗，并为系缆工配备对讲机和救生衣。\n"
)

# a school district's plan: numbered on across its sections, one item with a verb the lexicon lacks
SCHOOL_PLAN = (
    "青禾县2026年校园安全工作方案\n\n"
    "一、压实校园安全责任\n"
    "1.各校于3月底前签订校园安全责任书，明确校长为第一责任人。\n"
    "2.县教育局每季度开展一次校园安全督导，督导结果纳入年度考核。\n"
    "二、提升校园设施安全\n"
    "3.暑假期间对全部教学楼开展一次结构安全检测。\n"
    "4.遴聘两名注册安全工程师担任驻校顾问，年内到岗。\n"
    "5.各校在寒假前完成食堂燃气报警装置的安装。\n"
)

# a farm machinery office's list: a period opens its item, then the verb
HARVEST_NOTICE = (
    "关于加强夏收农机安全的通知\n\n"
    "各乡镇农机站：\n"
    "一、开展联合收割机安全检验，6月5日前完成。\n"
    "二、组织农机手参加安全驾驶培训，每人不少于4学时。\n"
    "三、增配移动式灭火装置，每个作业点不少于两具。\n"
    "四、对跨区作业机械逐台登记，建立作业台账。\n"
)

# a run of findings: its items state problems, and one that opens with a verb is a finding too
FINDINGS_NOTICE = (
    "关于某仓储企业安全检查发现问题的通报\n\n"
    "检查发现以下问题：\n"
    "一、消防通道堆放货物，影响车辆通行。\n"
    "二、应急照明灯部分损坏，未及时更换。\n"
    "三、擅自改变仓库用途，在库内设置员工宿舍。\n"
    "四、安全管理台账记录不全。\n"
)

# a plan's items with a section title, a problem and a report among them
MIXED_PLAN = (
    "城区燃气安全整治方案\n\n"
    "一、摸排燃气用户底数，4月底前建立台账。\n"
    "二、组织餐饮场所开展燃气泄漏应急演练。\n"
    "三、部分老旧小区燃气管道腐蚀严重。\n"
    "四、去年已完成全部瓶装液化气站的改造。\n"
    "五、保障措施\n"
)

# a training notice's list: its items are tasks, but one names its subject with a verb (参训学员) and one is a
# section's name closed by 。
TRAINING_NOTICE = (
    "关于举办危险化学品企业主要负责人培训班的通知\n\n"
    "各有关企业：\n"
    "1.各企业于5月20日前报送参训人员名单。\n"
    "2.各企业安排主要负责人全程参训，不得由他人代替。\n"
    "3.县应急局组织结业考试，考试结果通报各乡镇。\n"
    "4.参训学员请自带身份证件，按时签到。\n"
    "5.考核方式。\n"
)

# one neighbour is no evidence that the list hands out work
SHORT_LIST = (
    "关于景区游船安全的提示\n\n" "1.各游船码头要在每日营业前检查救生衣数量。\n" "2.确保游客乘船时穿好救生衣。\n"
)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (PORT_NOTICE, "（四）确保当班调度员全程在岗，并为系缆工配备对讲机和救生衣。"),
        (SCHOOL_PLAN, "4.遴聘两名注册安全工程师担任驻校顾问，年内到岗。"),
        (HARVEST_NOTICE, "三、增配移动式灭火装置，每个作业点不少于两具。"),
    ],
)
def test_an_item_among_task_items_is_a_task(text, item):
    assert item in sources(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (FINDINGS_NOTICE, "三、擅自改变仓库用途，在库内设置员工宿舍。"),
        (MIXED_PLAN, "三、部分老旧小区燃气管道腐蚀严重。"),
        (MIXED_PLAN, "四、去年已完成全部瓶装液化气站的改造。"),
        (MIXED_PLAN, "五、保障措施"),
        (SHORT_LIST, "2.确保游客乘船时穿好救生衣。"),
        (TRAINING_NOTICE, "4.参训学员请自带身份证件，按时签到。"),
        (TRAINING_NOTICE, "5.考核方式。"),
    ],
)
def test_findings_titles_reports_and_short_runs_give_no_task(text, item):
    assert item not in sources(text)


@pytest.mark.parametrize(
    ("marker", "number"),
    [("（三）", 3), ("12．", 12), ("第四，", 4), ("二十一、", 21), ("①", None), (None, None)],
)
def test_the_number_a_marker_writes(marker, number):
    assert marker_number(marker) == number


def test_a_run_goes_on_across_sections_and_starts_again_at_one():
    structure = document_structure(SCHOOL_PLAN + "三、其他\n1.各校自行组织一次消防演练。\n")
    runs = numbered_runs(structure.parts)
    digits = [part for part in structure.parts if part.kind == "digit_dot"]
    assert [len(runs[id(part)]) for part in digits] == [5, 5, 5, 5, 5, 1]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("确保当班人员全程在岗", True),
        ("订定应急疏散计划", True),
        ("在招标文件中增设安全评价条款", False),
        ("收割期间巡查田间地头", True),
        ("消防通道堆放货物", False),
        ("深刻汲取事故教训", False),
        ("安全管理台账", False),
        ("参训学员请自带身份证件", False),
    ],
)
def test_a_clause_that_opens_with_a_verb(clause, expected):
    assert opens_with_a_verb(clause) is expected
