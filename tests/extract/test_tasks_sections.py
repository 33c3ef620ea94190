"""Which sentences are tasks by the section they stand in (analysis8 groups 7 and 8): a section that
reviews the year's work reports, a section that lays out the work ahead directs even without a
modal; preamble framing, the cover formula and a page's label lines are none. Texts written for
these tests, each with its negative."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.tasks import label_line, sentence_is_task  # noqa: E402

REVIEW_AND_PLAN = (
    "云岭区消防救援大队2024年工作回顾和2025年工作打算\n\n"
    "一、2024年工作开展情况\n"
    "（一）火灾防控稳中向好。开展夜间查访73场次，检查场所2千余家。"
    "配合区商务局整治老旧市场通道堵塞点19处。下一步，将继续推进微型消防站建设。\n"
    "二、2025年工作打算\n"
    "（一）改进监督方式。将推行“一次上门、多项共查”检查办法；"
    "计划对全区人员密集场所实行分类监管，全年监督抽查不少于350家次。\n"
    "（二）补齐基层消防短板。年内新建社区消防器材站9个。"
    "将围绕“安全生产月”“消防宣传日”等时点，开展应急知识进校园活动。\n"
)


def task_sources(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


def test_a_review_section_reports_and_the_plan_section_directs():
    sources = task_sources(REVIEW_AND_PLAN)
    # the review's counted results and its 配合…完成 line are reports; its look ahead stays a task
    assert not any("73场次" in source or "19处" in source for source in sources)
    assert "下一步，将继续推进微型消防站建设。" in sources
    # the plan section's 将/计划 items, its quota and its occasion-led item are tasks
    for expected in (
        "将推行“一次上门、多项共查”检查办法；",
        "计划对全区人员密集场所实行分类监管，全年监督抽查不少于350家次。",
        "年内新建社区消防器材站9个。",
        "将围绕“安全生产月”“消防宣传日”等时点，开展应急知识进校园活动。",
    ):
        assert expected in sources


def test_a_plan_body_states_targets_without_a_verb_of_directing():
    text = (
        "云溪市2026年安全生产工作要点\n\n"
        "一、压实安全责任\n"
        "1.落实党政领导责任。镇党委会议每半年至少专题研究一次消防工作。\n"
        "2.加强基层建设。年底前全部社区达到“五有”标准。渔船北斗终端在线率保持在95%以上。"
        "执法人员持证比例提高到90%以上。关闭退出不达标的小型砖厂3处；\n"
    )
    sources = task_sources(text)
    for expected in (
        "镇党委会议每半年至少专题研究一次消防工作。",
        "年底前全部社区达到“五有”标准。",
        "渔船北斗终端在线率保持在95%以上。",
        "执法人员持证比例提高到90%以上。",
        "关闭退出不达标的小型砖厂3处；",
    ):
        assert expected in sources


def test_a_count_outside_a_plan_is_still_a_result():
    text = (
        "关于近期安全检查情况的通报\n\n"
        "一、检查情况\n"
        "关闭退出不达标的小型砖厂3处；渔船北斗终端在线率达到95%。\n"
        "二、下一步要求\n"
        "各乡镇要于6月30日前完成复查。\n"
    )
    assert task_sources(text) == ["各乡镇要于6月30日前完成复查。"]


def test_a_notice_item_opened_by_its_period_directs():
    text = (
        "关于开展受限空间作业专项检查的紧急通知\n\n"
        "各乡镇，县直有关部门：\n"
        "一、即日起至10月31日，在全县开展受限空间作业专项检查。\n"
        "二、检查重点\n"
    )
    assert task_sources(text) == ["一、即日起至10月31日，在全县开展受限空间作业专项检查。"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a party, a weekly limit with a clock time, then 将…报…: a directive without a modal
        ("各单位每周一10:00前将上周巡查记录报县安委办。", True),
        ("各单位每周一10:00前将上周巡查记录报县安委办，邮箱：ajb@example.cn。", True),
        # a request to named parties to prepare and send material
        ("请县交通运输局、县住建局各准备3分钟发言，书面材料于5月6日前发至县安委办邮箱。", True),
        # the cover formula, whatever it forwards, and a preamble that only writes the plan
        ("现将《临江市燃气整治三年行动方案（2025—2027年）》印发你们，请结合实际，认真抓好贯彻落实。", False),
        ("为进一步夯实安全基础，结合全县实际，制定安平县燃气安全整治三年行动方案（2025—2027年）。", False),
        # the year framed and the guiding thought: a preamble
        ("2026年是巩固提升的关键一年，全镇安全生产工作要以新发展理念为指导，认真落实各项部署，推动隐患整改。", False),
        # an accident's background with a leader's instruction reported
        ("事故发生后，省委主要领导作出批示，要全力救治伤员，加强重点行业监管。", False),
        # ...but a request after a forwarded document stays
        ("现将通知转发你们，请各乡镇于6月25日前报送排查台账。", True),
    ],
)
def test_directives_and_framing(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an assignment whose topic comes first: 由 + parties + the verb that takes the work on (ANNOTATION)
        ("汛期值班表由县应急局负责，5月20日前印发各成员单位。", True),
        ("桥下积水点的抽排由县住建局和县城管局共同负责，县交警大队做好交通疏导。", True),
        ("沿河护栏的修复由所在乡镇负责实施。", True),
        ("校园周边交通秩序整治由县公安局牵头，县教育局、各乡镇配合。", True),
        ("应急物资储备库扩建由县发改局承担。", True),
        ("防火隔离带的清理，由县林业局组织实施。", True),
        ("由县市场监管局负责特种设备的专项检查。", True),
        ("隐患台账由各乡镇负责建立，每月5日前报县安委办。", True),
        # a report of who organized past work assigns nothing
        ("本次检查由县应急管理局组织，共检查企业12家。", False),
        # known gaps: an act verb other than 负责/牵头/承担/组织实施 after the party and a date, and a
        # party the unit vocabulary does not know
        pytest.param(
            "春节值班安排由局办公室1月20日前排定，报局领导审定。",
            True,
            marks=pytest.mark.xfail(strict=True, reason="由X + date + another act verb is no assignment cue"),
        ),
        pytest.param(
            "新增业态的监管按照职能相近的原则由行业相近部门负责。",
            True,
            marks=pytest.mark.xfail(strict=True, reason="行业相近部门 is no party the units step knows"),
        ),
        # 由 that marks no agent: 由于, 由此, 理由, 经由, a body's members (组成), a change of state (转为)
        ("由此看出，各单位负责的区域存在交叉。", False),
        ("由此可见，隐患排查仍有死角。", False),
        ("他提出的理由是县应急管理局负责的检查过多。", False),
        ("经由该路段的危化品运输车辆已全部登记。", False),
        ("专项工作组由县应急管理局、县公安局等单位组成。", False),
        ("该企业由停产整顿转为正常生产。", False),
        # a contact point is no work, 由于 no agent
        ("日常工作由办公室主任张明负责联络。", False),
        ("由于县应急管理局负责的排查进度滞后，部分隐患未能按期整改。", False),
        # past work assigns nothing
        ("该项目由县住建局负责实施，去年已完工。", False),
        # the 负责 belongs to the designated person (专人), but the party after 由 acts first: it designates
        # (明确) — a topic handed to its agent (tasks77), so a task
        ("无物业的老旧小区由社区居委会明确专人负责。", True),
    ],
)
def test_assignments_with_the_topic_first(sentence, expected):
    assert sentence_is_task(sentence, "minutes") is expected


def test_an_assignment_names_its_lead_and_cooperating_parties():
    (task,) = extract_fields("校园周边交通秩序整治由县公安局牵头，县教育局、各乡镇配合。").tasks
    assert [(unit.mention, unit.role) for unit in task.units] == [
        ("县公安局", "lead"),
        ("县教育局", "cooperating"),
        ("各乡镇", "cooperating"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one urgency times the assigned work
        ("检查中发现的问题由检查组负责，立即督促企业停产整顿。", "立即"),
        # 当场 before 下达 times the order, not the work (dl96: every read gold agrees), so the work's own
        # urgency is the one left
        ("检查中发现的问题由检查组负责，当场下达整改通知，立即督促企业停产整顿。", "立即"),
        ("检查组要当场下达整改通知，立即督促企业停产整顿。", "立即"),
        # two different urgencies that both time work: which one is the assigned work's is unsaid
        ("检查中发现的问题由检查组负责，第一时间上报情况，立即督促企业停产整顿。", None),
    ],
)
def test_an_assignment_with_several_urgencies(sentence, expected):
    (task,) = extract_fields(sentence).tasks
    assert (task.deadline.text if task.deadline else None) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 要 that means "about to" or frames the speaker's own words directs nobody
        ("过了端午就要进入主汛期。", False),
        ("台风季节快要到来。", False),
        ("最后我还要再讲一下值班问题。", False),
        # ...while a directive after the frame, and 就要 as "must", stay tasks
        ("我要强调的是，各村要在汛前清理排洪沟。", True),
        ("发现隐患就要立即上报镇安办。", True),
        ("主汛期快要到来，各村要提前转移危房住户。", True),
    ],
)
def test_about_to_and_the_speaker_s_frame(sentence, expected):
    assert sentence_is_task(sentence, "speech") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a manner phrase, a distributive 各 or a disposal 把 between the parties and their verb
        ("各乡镇按职责开展汛前隐患排查。", True),
        ("县住建局、县城管局各组织1次燃气泄漏处置演练。", True),
        ("各乡镇把排查台账报县应急管理局。", True),
        # ...but past work, or no act after them, stays out
        ("各乡镇按职责开展了汛前隐患排查。", False),
        ("县住建局、县城管局各有分工。", False),
    ],
)
def test_words_between_a_party_and_its_verb(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a long list of parties and a colon, then their work (a division of duties: the colon is passed)
        ("县住房和城乡建设局、县城市管理综合执法局：督促物业企业清理楼道杂物，每月开展一次消防检查。", True),
        # ...but a report after the parties, or a label that is no list of parties, is none
        ("县住房和城乡建设局、县城市管理综合执法局：2024年共检查燃气企业45家。", False),
        ("关于进一步做好今冬明春森林防火工作的补充说明：见附件。", False),
    ],
)
def test_a_long_party_label_before_its_work(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("法律效力：地方规范性文件", True),
        ("应用分类:综合管理类", True),
        ("工作要求：加强巡查", False),
        ("各乡镇要加强巡查", False),
        ("加强巡查，落实责任。", False),
        # a short body line that directs is no label: a modal or an action verb keeps it
        ("严禁烟火", False),
        ("加强值守", False),
        ("发布机构：区应急管理局", True),
        # a credit line cut at its semicolon keeps its end mark: still a label
        ("协办：县消防救援大队。", True),
        ("配合：安监科；", True),
        ("工作要求：加强巡查。", False),
        ("配合：安监科、办公室，6月底前完成。", False),
        # ...but an end-marked value that is no list of parties is a party's item
        ("清扫班：6月30日前完成除尘管道清灰；", False),
        ("发布机构：区应急管理局。", True),
    ],
)
def test_label_lines(line, expected):
    assert label_line(line) is expected


def test_label_lines_are_no_tasks_in_a_page():
    text = (
        "关于做好汛期矿山安全工作的通知\n\n我要纠错\n\n法律效力：地方规范性文件\n\n各旗县应急管理局要加强汛期值守。\n"
    )
    assert task_sources(text) == ["各旗县应急管理局要加强汛期值守。"]


def test_a_cooperating_label_after_a_semicolon_is_no_task():
    text = (
        "城南区应急管理局2027年工作要点\n\n（二）工贸监管\n\n"
        "2.三季度，组织粉尘涉爆企业开展除尘系统抽测，9月底前抽测到位。牵头科室：工贸科；配合：执法大队、消防救援站。\n"
    )
    assert task_sources(text) == ["2.三季度，组织粉尘涉爆企业开展除尘系统抽测，9月底前抽测到位。"]


def test_bulleted_items_of_minutes_are_judged_without_their_bullet():
    text = (
        "车间安全例会纪要\n\n时间：2024年3月8日\n\n一、上月情况\n\n"
        "- 上月共开展巡检6次，整改隐患12项。\n\n二、下一步安排\n\n"
        "- 组织全体员工开展一次消防疏散演练。\n\n"
        "• 3月底前更换锅炉房老化的压力表。\n"
    )
    assert task_sources(text) == ["- 组织全体员工开展一次消防疏散演练。", "• 3月底前更换锅炉房老化的压力表。"]


def test_the_plan_section_s_year_dates_its_work():
    # a December review of 2024 with the work for 2025: 年内 in the 2025 section ends 2025, not 2024
    tasks = extract_fields(REVIEW_AND_PLAN, doc_date="2024-12-20").tasks
    built = next(task for task in tasks if task.source == "年内新建社区消防器材站9个。")
    assert built.deadline is not None and built.deadline.date == "2025-12-31"


def test_several_occasions_named_together_time_nothing():
    tasks = extract_fields(REVIEW_AND_PLAN, doc_date="2024-12-20").tasks
    occasions = next(task for task in tasks if task.source.startswith("将围绕“安全生产月”"))
    assert occasions.deadline is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a named agency decides to go on with work, or announces that it starts one: announced work
        ("为巩固整治成效，市应急局决定2026年继续对12家重点企业实行挂牌督办。", True),
        ("区劳工局今天宣布启动“高处作业专案检查”，锁定80个工地加强检查。", True),
        # the notice's own decision (its items follow) and an announced result are none
        ("经研究，县政府决定在全县开展燃气安全专项整治。", False),
        ("区劳工局今天宣布上月检查结果。", False),
    ],
)
def test_an_agency_decides_or_announces_its_work(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # a party, then 结合/依托/针对 leading into its action: the party's predicate
        ("各乡镇、县直有关部门结合实际制定细化方案，5月20日前报县安委办。", "plan", True),
        ("县应急局依托专家团队对小微企业开展帮扶。", "plan", True),
        # 围绕 a topic, a meeting's speakers spoke: a report of the meeting
        ("各参会单位围绕隐患整治进行交流发言。", "minutes", False),
    ],
)
def test_a_party_then_a_connector_then_its_action(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    "heading, expected",
    [
        # a manner adverb (分类/分批) before the verb, and verbs of building up (培育) and opening (畅通)
        ("（三）分类推进危房整治。", True),
        ("（八）培育基层技术力量。", True),
        ("8.畅通群众举报渠道。", True),
        # a topic stays none, with the adverb before it too
        ("（四）群众举报渠道。", False),
        ("（五）基层技术力量。", False),
        ("（六）分类整治情况。", False),
    ],
)
def test_plan_headings_that_direct(heading, expected):
    text = f"关于加强房屋安全管理的实施方案\n\n二、重点任务\n{heading}\n"
    sources = task_sources(text)
    assert (heading in sources) is expected


def test_an_item_acting_on_what_fails_is_no_problem_heading():
    text = (
        "关于加强动火作业管理的紧急通知\n\n"
        "一、立即督促各企业暂停所有未经许可的动火作业。\n"
        "二、审批把关不严格。\n"
        "三、落实责任不到位。\n"
    )
    assert task_sources(text) == ["一、立即督促各企业暂停所有未经许可的动火作业。"]


def test_a_short_prohibition_in_the_body_is_a_task():
    text = "关于加强加油站管理的通知\n\n各加油站：\n严禁烟火\n定期检查消防器材。\n我要纠错\n"
    # the body's prohibition is a task; the page word after it is chrome, gone before extraction
    assert task_sources(text) == ["严禁烟火", "定期检查消防器材。"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the 的 right after the problem words qualifies the object acted on: no problem stated
        ("立即督促各企业暂停未经许可的作业", False),
        ("督促各企业整改不到位的隐患", False),
        # a 的 in a later clause does not: the first clause states a problem (review 10, finding 10)
        ("督促整改不到位，对发现的问题未跟踪", True),
        ("落实责任不到位", True),
    ],
)
def test_a_problem_is_qualifying_only_within_its_own_clause(clause, expected):
    from nlp_pipeline.extract.tasks import states_problem

    assert states_problem(clause) is expected


def test_a_plan_target_is_judged_alike_as_heading_and_as_body_line():
    # review 10, finding 13: the plan section's target without a verb of directing is a task both
    # as an item heading and as a body line; the review section's count is neither
    text = (
        "云岭区消防救援大队2024年工作回顾和2025年工作打算\n\n"
        "一、2024年工作开展情况\n（一）年内新建社区消防器材站7个。\n"
        "二、2025年工作打算\n（一）年内新建社区消防器材站9个。\n（二）补齐短板。年内新建社区消防器材站9个。\n"
    )
    sources = task_sources(text)
    assert "（一）年内新建社区消防器材站9个。" in sources
    assert "年内新建社区消防器材站9个。" in sources
    assert "（一）年内新建社区消防器材站7个。" not in sources
