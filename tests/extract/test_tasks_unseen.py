"""Task detection on documents nobody here wrote (issue 13 groups 1-3, tasks23): an instruction
reported in news, an item that opens with its condition, the seat and duty of a body set up for the
work, a framing section stated inline, the verbs of a division of duties, a sanction announced after
a condition, an item opening with its quarter or part of a month, a party whose name goes on past
the unit the vocabulary knows or that is a body at its own level (市本级), a rule of manner (按规定)
before the act, and 未 inside a word (未来, 未然) that negates nothing; a 要把-item whose act follows its object, a
heading naming an attribute of the work (检查范围, 整改期限), a thing with its own time limit and words of focus
(着重, 侧重: tasks27); the task text (工作任务, group 9)
is the work, never a clause giving roles (由X牵头) nor half a word. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")
pytest.importorskip("nlp_pipeline.extract.deadlines", reason="the deadline finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.structure import document_structure  # noqa: E402
from nlp_pipeline.extract.tasks import heading_is_task, sentence_is_task  # noqa: E402


def sources(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # an instruction a leader gives on a visit, reported in news (叮嘱/嘱咐 as 要求 and 呼吁 are)
        ("在城东加油站，副县长查看了卸油区，叮嘱站长落实节日期间双人值守制度。", "news", True),
        ("局长在工地检查时，嘱咐项目经理严格执行动火审批制度。", "news", True),
        # the noun, and advice to the public, direct no party the clerk checks
        ("老站长的叮嘱让新员工记忆犹新。", "news", False),
        ("县消防大队叮嘱市民出门前关好燃气阀门。", "news", False),
        # the seat of a body set up for the work, then its duty: the plan assigns the duty to it
        ("指挥部办公室设在县应急局，负责日常调度。", "plan", True),
        ("活动领导小组办公室设在综治办，负责活动的日常联络。", "plan", True),
        ("领导小组办公室设在县政府三楼。", "plan", False),
        # a sanction announced after the condition it answers, no party named
        ("对拒不整改的经营户，将依法给予处分。", "news", True),
        ("涉事的两名责任人员已受到处分。", "news", False),
        # a party's name going on past the unit the vocabulary knows: the body's people or a part of it
        ("村两委干部负责全村山塘水库的盯守。", "notice", True),
        ("镇村两级干部负责转移名单的核实。", "notice", True),
        ("村两委干部去年参加了三次应急培训。", "notice", False),
        # a framing section stated inline (…的总体要求是：) holds no task, as the section under its heading
        ("今年全县森林防火工作的总体要求是：坚持预防为主，坚决压实各方责任，全面排查林区火源隐患。", "plan", False),
        ("本年度工作目标为：各乡镇要完成全部危房排查。", "plan", False),
        ("各乡镇要按照总体要求，组织开展一次山林巡查。", "plan", True),
        # the verbs of a division of duties (指导, 协调, 协助) beside 负责/牵头/配合; not the guide named
        ("县卫健委：指导各医疗机构落实消防安全责任，组织开展应急演练。", "plan", True),
        ("县公安局协助做好现场警戒和交通疏导。", "plan", True),
        ("县交通运输局：协调客运企业增开班车。", "plan", True),
        ("在县应急局的指导下，企业完成了应急预案修订。", "news", False),
        ("县应急局印发了企业安全生产指导意见。", "news", False),
        # the party's comma before what it announces still reads as its announcement (部门会安排…)
        ("如业主未能及时清理危险招牌，部门会安排政府承建商即时拆除。", "news", True),
    ],
)
def test_directives_of_unseen_documents_and_what_only_looks_like_them(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a failing that conditions the act (对…不到位的，) is no problem the heading states
        ("五、对隐患整改不到位、转移不及时的，县安委会将依规追究有关人员责任。", True),
        ("（二）对履职不力的，严肃问责。", True),
        # 未 inside a word (未来, 未然, 未雨绸缪) negates nothing: the item is no problem stated
        ("三是未雨绸缪抓好防汛准备，制定山洪转移预案，明确转移路线。", True),
        ("（一）做好未来三天强降雨防范", True),
        ("二是防患于未然，组织力量对山塘水库逐一排查。", True),
        # a heading that states the problem stays none
        ("（三）隐患整改不到位", False),
        ("（四）部分企业主体责任不落实。", False),
        ("（五）隐患整改未按期完成", False),
    ],
)
def test_a_numbered_item_that_opens_with_its_condition_or_a_word_with_wei(text, expected):
    found = next(s for s in document_structure(text).sentences if s.kind == "heading")
    assert heading_is_task(found, "meeting_report") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item of a plan that opens with its quarter (第三季度) or a part of a month (5月下旬)
        (
            "关于开展燃气安全整治的实施方案\n一、重点任务\n（一）管网改造。\n第四季度完成城区老旧管网改造。\n",
            ["第四季度完成城区老旧管网改造。"],
        ),
        (
            "关于开展防汛工作的实施方案\n一、重点任务\n（一）应急演练。\n6月下旬组织一次山洪转移综合演练；\n",
            ["6月下旬组织一次山洪转移综合演练；"],
        ),
        # the quarter of a report opens no item: what happened then is no work to do
        (
            "关于全县安全生产形势的通报\n一、基本情况\n第三季度全县事故起数同比下降两成。\n",
            [],
        ),
    ],
)
def test_an_item_that_opens_with_its_quarter_or_a_part_of_a_month(text, expected):
    assert sources(text) == expected


def test_a_rule_of_manner_and_a_body_at_its_own_level_open_no_party():
    """按规定 passes like an adverb before the act (对…，按规定记入…), and a body at its own level (市本级)
    is the party that acts."""
    found = sources(
        "关于开展燃气安全整治的实施方案\n一、重点任务\n（一）信用惩戒。\n对发生事故的燃气企业，按规定记入不良信用记录。\n"
        "（二）随机抽查工作。\n市本级每半年对各县开展一次燃气安全抽查。\n"
    )
    assert "对发生事故的燃气企业，按规定记入不良信用记录。" in found
    assert "市本级每半年对各县开展一次燃气安全抽查。" in found


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        # the clause that only gives parties their roles (由X牵头，Y配合; X要牵头; X会同Y) is no task text
        (
            "由县住建局牵头，县市场监管局配合，于5月31日前完成全县餐饮场所燃气报警装置复查。",
            "完成全县餐饮场所燃气报警装置复查",
        ),
        ("县消防救援大队会同县住建局，对城区高层住宅消防设施开展联合检查。", "对城区高层住宅消防设施开展联合检查"),
        ("县应急局要牵头，在6月底前把全县危化品企业的报警记录过一遍。", "把全县危化品企业的报警记录过一遍"),
        # a time word inside the object (节前) or a time the verb directs stays in the verb's phrase
        ("县应急局牵头，9月25日前组织一次节前综合检查。", "组织一次节前综合检查"),
        ("县住建局要对全县在建工地开展节前拉网式检查。", "对全县在建工地开展节前拉网式检查"),
        ("县交通局要督促客运企业在9月25日前完成车辆安全检查。", "督促客运企业在9月25日前完成车辆安全检查"),
        # the leading time before the act still goes (its deadline holds it); a modal never leaves half a word,
        # and an adverb stays where the verb would be left alone (text53)
        ("各乡镇于11月30日前将专项整治工作总结报送县安委办。", "专项整治工作总结报送县安委办"),
        ("如已购买燃气灶具，应该立即停用。", "立即停用"),
    ],
)
def test_the_task_text_is_the_work_never_a_role_nor_half_a_word(sentence, summary):
    (task,) = extract_fields("关于做好节前安全检查的通知\n" + sentence + "\n").tasks
    assert task.text == summary


@pytest.mark.xfail(strict=True, reason="检修 opens the line as an action verb: a team's name read as an imperative")
def test_an_attendee_line_naming_a_team_and_a_person_is_no_task():
    assert not sentence_is_task("检修班班长李明；", "news")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech's numbered 要把-item (tasks27): the object first, then the act that brings it to a state
        (
            "局长在安全生产会议上的讲话\n同志们：\n一要把隐患排查做实。\n二要把执法队伍带好。\n",
            ["一要把隐患排查做实。", "二要把执法队伍带好。"],
        ),
        (
            "局长在防汛工作会议上的讲话\n同志们：\n第一，要把巡堤查险盯得更紧。\n第二，要把物资储备提前。\n",
            ["第一，要把巡堤查险盯得更紧。", "第二，要把物资储备提前。"],
        ),
        # a verb of thinking after the object tells how to think; attitude stays attitude
        (
            "局长在防汛工作会议上的讲话\n同志们：\n一要把困难估计得更充分。\n二要把安全放在首位。\n",
            [],
        ),
    ],
)
def test_a_speech_heading_that_brings_a_thing_to_a_state(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # a task's attribute named by one verb (检查范围, 整改期限) is a section's name, its closing 。 or not
        ("（一）排查范围。", False),
        ("二、整改时限。", False),
        ("（三）检查对象", False),
        ("（四）督查考核。", False),
        # a verb with its object, an attribute the item tells someone to fix, directs
        ("（一）明确整改时限。", True),
        ("（三）加强组织领导。", True),
        # a topic that goes on to a directive is judged as the sentence it is
        ("（四）检查情况，各乡镇要于5月底前报送。", True),
    ],
)
def test_a_heading_naming_an_attribute_of_the_work_is_a_section(heading, expected):
    text = "关于开展燃气安全检查的通知\n" + heading + "\n各乡镇要组织排查。\n"
    found = next(s for s in document_structure(text).sentences if s.kind == "heading")
    assert heading_is_task(found, "notice") is expected


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # a thing, its own time limit and the act (tasks27): the limit orders the act as 立即 does
        ("较大隐患于7月15日前整改到位；", "notice", True),
        ("第2项问题于本月底前完成整改。", "notice", True),
        # done already, or the thing only dated, is a report
        ("较大隐患已于7月15日前整改到位。", "notice", False),
        ("该批隐患于去年发现。", "notice", False),
        # words of focus open the act as 重点 does (着重检查…, 侧重排查…)
        ("着重检查配电箱、电缆线路是否存在老化破损。", "notice", True),
        ("侧重排查建成年代较早的砖木结构房屋；", "notice", True),
        ("着重点是老旧小区。", "notice", False),
        ("提前发布大风预警信息，督促渔船回港避风。", "notice", True),
        # 去年 inside an attributive clause dates the thing acted on, not the act (tasks27)
        ("对去年排查出的隐患逐一开展复查。", "notice", True),
        ("去年全县排查整治隐患120处。", "notice", False),
        ("去年我县组织了三次演练。", "notice", False),
        # banners hung are publicity work, as posters put up are; a count of them hung reports
        ("5月31日前，各村在村委会门口悬挂防汛宣传横幅。", "plan", True),
        ("活动期间全镇共悬挂宣传横幅80条。", "plan", False),
        # vigilance and a thought forbidden are attitude, not work to check off
        ("会议强调，汛期人员集中，各村负责人要提高警惕、靠前履职。", "meeting_report", False),
        ("各班组要保持高度警觉。", "minutes", False),
        ("厂长强调：天气转热，大家不要觉得上月没出事就可以放松。", "minutes", False),
        ("各班组要提高警惕，每日开展一次设备巡检。", "minutes", True),
    ],
)
def test_a_thing_with_its_time_limit_and_words_of_focus(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected
