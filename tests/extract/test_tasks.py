"""Task detection, modality, summaries and what tasks inherit (units, deadlines, parents)."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")
pytest.importorskip("nlp_pipeline.extract.deadlines", reason="the deadline finder is not there yet")
pytest.importorskip("nlp_pipeline.extract.sectors", reason="the sector finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.structure import document_structure  # noqa: E402
from nlp_pipeline.extract.tasks import heading_is_task, is_task, modality_of, sentence_is_task  # noqa: E402

from .samples import MINUTES, NOTICE_WITH_FIELDS, SPEECH, TABLE_PLAN  # noqa: E402


@pytest.mark.parametrize(
    "sentence, doc_type",
    [
        ("各县区要在月底前完成尾矿库安全检查。", "notice"),
        ("王明强调，要立即组织开展燃气管道隐患排查。", "news"),
        ("严禁在林区野外用火。", "speech"),
        ("鼓励企业采用远程监测技术。", "notice"),
        ("县交通运输局牵头，县公安局配合，节前完成客运站检查。", "minutes"),
        ("市安委办每季度通报一次工作进展。", "plan"),
        ("涉嫌犯罪的，移送司法机关追究刑事责任。", "notice"),
        ("由县林业局会同各乡镇开展护林巡查。", "minutes"),
        ("加强危险化学品运输车辆通行管控。", "speech"),
        ("为防止事故发生，各乡镇要立即开展一次燃气安全排查。", "notice"),  # 为… then a directive
    ],
)
def test_directives_are_tasks(sentence, doc_type):
    assert sentence_is_task(sentence, doc_type)


@pytest.mark.parametrize(
    "sentence, doc_type",
    [
        ("要深刻认识安全生产工作的极端重要性，始终保持清醒头脑。", "speech"),  # attitude only
        ("今年以来，全县共排查整治隐患320处。", "speech"),  # past work
        ("当前，我县安全生产形势依然严峻复杂。", "speech"),  # situation
        ("请结合实际，认真贯彻执行。", "notice"),  # cover-letter formula
        ("专项整治自即日起至2023年12月31日，分三个阶段进行。", "plan"),  # schedule statement
        ("2023年10月1日至2024年4月30日为全县森林防火期。", "minutes"),
        ("坚持“管行业必须管安全、管业务必须管安全”。", "speech"),  # a slogan quoted
        ("着力抓好以下几项工作：", "speech"),  # lead-in
        ("县应急管理局通报了上半年工作情况。", "minutes"),  # past (了)
        ("为有效防范事故，特制定本方案。", "plan"),
        ("为切实保障群众生命财产安全，经县政府同意，决定在全县开展燃气安全专项整治。", "notice"),  # a notice's purpose
        ("各单位要坚决遏制重特大事故发生。", "speech"),  # a generic goal
        ("进入主汛期，极端天气多发频发，各类风险隐患交织叠加。", "speech"),  # a season, not an act
    ],
)
def test_non_directives_are_not_tasks(sentence, doc_type):
    assert not sentence_is_task(sentence, doc_type)


def heading(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("（一）加强组织领导。", True),
        ("二、全面开展隐患排查", True),
        ("一要常态化分析研判安全生产形势。", True),
        ("三、要绝不姑息抓问责", True),
        ("四、配齐防护装备，强化应急处置", True),
        ("1.对全县校车逐车建立安全档案，5月底前完成。", True),
        ("（一）道路交通安全整治", False),
        ("1.电梯安全。", False),
        ("一、关于旅游景区安全。", False),
        ("一、深刻反思找症结", False),
        ("二、存在的主要问题", False),
        ("一、工作目标", False),
        ("二、实施步骤", False),
        ("（一）动员部署阶段（2023年3月1日至3月20日）", False),
        ("（一）企业主体责任落实不到位。", False),
        ("一要务必高度重视。", False),
        ("二要盯紧重点领域。", True),
        ("一、立即进入临战状态。", True),
        ("三、果断转移避险。", True),
        ("二、进入主汛期以来的情况", False),
    ],
)
def test_directive_headings(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("各单位要加强检查。", "must"),
        ("严禁超员运输。", "prohibit"),
        ("鼓励企业开展自查。", "should"),
        ("要加强管控，严禁擅自蓄水。", "must"),
        ("管行业必须管安全", "must"),
        ("今天天气晴。", None),
    ],
)
def test_modality_is_the_first_cue(sentence, modality):
    assert modality_of(sentence) == modality


def tasks_of(text: str):
    return {t.source: t for t in extract_fields(text).tasks}


def test_minutes_units_of_the_item_flow_to_its_sentences():
    tasks = tasks_of(MINUTES)
    first = tasks["县水利局牵头，各乡镇人民政府配合，6月15日前完成全县小型水库安全检查。"]
    assert [(u.canonical, u.role) for u in first.units] == [("水利部门", "lead"), ("乡镇街道", "cooperating")]
    assert (first.deadline.date, first.deadline.kind) == ("2023-06-15", "date")
    assert first.text == "完成全县小型水库安全检查"
    assert "今年1至5月，全县共发生生产安全事故2起，同比下降50%。" not in tasks
    assert "会议强调，各单位要以对人民群众高度负责的态度抓好汛期安全工作。" not in tasks


def test_enumeration_lead_in_gives_units_and_parents():
    tasks = tasks_of(SPEECH)
    assert "一、清醒认识当前形势" not in tasks
    section = tasks["二、扎实抓好重点工作"]
    item = tasks["一要抓好森林防火。"]
    assert item.parent == section.id
    assert [u.canonical for u in tasks["清明节前完成林区可燃物清理。"].units] == ["乡镇街道"]
    assert tasks["清明节前完成林区可燃物清理。"].parent == item.id
    own = tasks["镇城建办要对餐饮场所开展一次全面检查。"]
    assert [u.canonical for u in own.units] == ["住房和城乡建设部门"]  # its own unit wins
    assert tasks["严格执行24小时值班制度。"].deadline.kind == "recurring"


def test_a_closed_paragraph_above_items_on_their_own_lines_hands_them_no_party():
    text = (
        "县召开安全生产工作会议。\n"
        "王某强调，各乡镇、各部门要以如临深渊的态度抓好当前工作。\n"
        "一是立即开展一轮消防安全集中排查。各乡镇要在12月31日前完成群租房检查。\n"
        "二是落实值班值守制度。严格执行领导带班和24小时值班制度。\n"
    )
    tasks = tasks_of(text)
    assert tasks["一是立即开展一轮消防安全集中排查。"].units == []
    assert tasks["严格执行领导带班和24小时值班制度。"].units == []
    assert [u.canonical for u in tasks["各乡镇要在12月31日前完成群租房检查。"].units] == ["乡镇街道"]
    # a lead-in that introduces its items (…：) hands them its parties
    handed = tasks_of("各乡镇要做到以下两点：\n一是立即开展一轮消防安全集中排查。\n二是落实值班值守制度。\n")
    assert [u.canonical for u in handed["二是落实值班值守制度。"].units] == ["乡镇街道"]


def test_field_lines_give_units_and_deadline_but_not_to_prohibitions():
    tasks = tasks_of(NOTICE_WITH_FIELDS)
    first = tasks["1.对全市涉爆粉尘企业开展一轮全覆盖检查，建立问题隐患清单。"]
    assert [u.canonical for u in first.units] == ["应急管理部门"]
    assert (first.deadline.text, first.deadline.date) == ("2023年9月30日前", "2023-09-30")
    prohibition = tasks["严禁企业使用不合格除尘设备。"]
    assert "应急管理部门" in {u.canonical for u in prohibition.units}
    assert prohibition.deadline is None and prohibition.modality == "prohibit"
    assert "请结合实际，认真贯彻执行。" not in tasks


def test_a_supervising_field_line_gives_the_items_tasks_their_overseer():
    text = (
        "关于对重大事故隐患挂牌督办的通知\n各有关单位：\n现对以下隐患实行挂牌督办。\n"
        "一、挂牌督办隐患\n（一）某商贸城消防安全隐患\n隐患内容：商贸城三层违规搭建库房，占用疏散通道。\n"
        "整改要求：拆除违规搭建，恢复疏散通道；\n整改期限：2024年11月30日\n责任单位：潇水区人民政府\n"
        "督办单位：市消防救援支队\n"
    )
    task = tasks_of(text)["整改要求：拆除违规搭建，恢复疏散通道；"]
    assert [(u.canonical, u.role) for u in task.units] == [
        ("政府", "responsible"),
        ("消防救援机构", "supervising"),
    ]
    assert task.deadline.date == "2024-11-30"


def test_table_rows_are_tasks_with_their_columns():
    tasks = list(extract_fields(TABLE_PLAN).tasks)
    rows = [t for t in tasks if "|" in t.source]
    assert len(rows) == 2
    assert [(u.canonical, u.role) for u in rows[0].units] == [
        ("住房和城乡建设部门", "lead"),
        ("市场监督管理部门", "cooperating"),
    ]
    assert rows[0].deadline.date == "2023-08-31"
    assert rows[1].deadline.kind == "ongoing"
    assert rows[0].text == "开展餐饮场所燃气报警装置安装检查"
    assert rows[0].section == "二、重点任务"


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        ("物业服务企业要及时劝阻；", "notice", True),
        ("各区县要制定本地区实施方案，于4月30日前报专班办公室。", "plan", True),  # 本地区, not 本方案
        ("县安委办按季度对各乡镇开展考核评估，考核结果向全县通报。", "plan", True),
        ("对拒不整改重大火灾隐患的经营性自建房，依法予以关闭。", "notice", True),
        ("各单位要结合安全生产月活动，广泛开展警示教育活动。", "news", True),
        ("会议要求，要扎实做好防汛备汛工作。", "meeting_report", True),
        ("今年的安全生产工作，要重点抓好以下几个方面。", "speech", False),  # a lead-in, though it ends in 。
        ("今年以来，全市发生事故23起，较大事故仍未杜绝。", "news", False),  # 未杜绝 reports, it forbids nothing
        ("各县（市、区）要以此次通报为契机，切实把各项整改要求落到实处。", "notice", False),
        ("整治范围为全县城区经营性自建房。", "notice", False),
        ("全县安全生产工作的总体要求是：坚持人民至上，坚决遏制重特大事故发生。", "plan", False),
        ("要抓好安全生产各项工作。", "speech", False),
    ],
)
def test_held_out_sentences(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("（二）举一反三深化排查。", True),
        ("（四）按时报送整改情况。", True),
        ("二、深化重点行业领域专项整治", True),
        ("（一）部署启动阶段（4月10日至4月30日）。", False),
        ("二、组织领导", False),
    ],
)
def test_held_out_headings(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


def test_accountability_sentences_inherit_no_units():
    text = "六、严格责任落实\n各乡镇主要负责同志要亲自部署。对履职不力的，依规依纪追究责任。"
    assert tasks_of(text)["对履职不力的，依规依纪追究责任。"].units == []


@pytest.mark.parametrize(
    "text, task, expected",
    [
        # a lead-in that introduces unnumbered paragraphs hands them its party
        (
            "各县区应急局：\n据气象台预报，近期将有强降雨，请各单位做好以下防御工作：\n"
            "雨前要对辖区隐患点逐一查看。雨后要对隐患点进行复核，发现险情立即上报。\n",
            "雨后要对隐患点进行复核，发现险情立即上报。",
            {"各级各部门"},
        ),
        # a request earlier in the paragraph carries to the rest of it
        (
            "现将通知转发给你们，请各街镇按照通知要求切实负起主体责任。对照通知所列隐患点要逐一制订整改方案。\n",
            "对照通知所列隐患点要逐一制订整改方案。",
            {"乡镇街道"},
        ),
        # negative: 现将有关事项通知如下： names no party and hands none
        (
            "现将有关事项通知如下：\n雨前要对辖区隐患点逐一查看，发现险情立即上报。\n",
            "雨前要对辖区隐患点逐一查看，发现险情立即上报。",
            set(),
        ),
        # negative: the request does not reach the next paragraph
        (
            "现将通知转发给你们，请各街镇按照通知要求切实负起主体责任。\n对照通知所列隐患点要逐一制订整改方案。\n",
            "对照通知所列隐患点要逐一制订整改方案。",
            set(),
        ),
        # negative: the party held to account is not the one told to act
        (
            "请各乡镇做好以下工作：\n要加强值班值守。引发事故的，要严肃追究责任。\n",
            "引发事故的，要严肃追究责任。",
            set(),
        ),
    ],
)
def test_unnumbered_paragraphs_take_the_party_of_their_lead_in_or_request(text, task, expected):
    assert {u.canonical for u in tasks_of(text)[task].units} == expected


@pytest.mark.xfail(
    strict=True,
    reason="units32: a reported paragraph's later `要…` sentences taking the party its directive named is an open "
    "convention: the real-page golds give it (r9, r11, r12 units end to end +0.05 to +0.09), the written check sets' "
    "and r9d's keep such sentences party-less (heldout2 0.989 -> 0.981, r9d 0.868 -> 0.857); measured, not adopted",
)
def test_a_reported_paragraphs_subjectless_modal_takes_the_directed_party():
    text = "会议强调，各乡镇、县交通运输局要立即开展农村公路隐患排查。要对临水临崖路段增设防护栏。\n"
    units = {u.canonical for u in tasks_of(text)["要对临水临崖路段增设防护栏。"].units}
    assert units == {"乡镇街道", "交通运输部门"}


def test_lead_and_cooperating_columns_give_their_roles():
    text = (
        "重点任务分工\n序号|工作任务|牵头单位|配合单位|完成时限\n"
        "1|开展有限空间作业专项检查|县应急管理局|县人力资源和社会保障局、县总工会|2025年5月15日前\n"
    )
    (task,) = tasks_of(text).values()
    assert [(u.canonical, u.role) for u in task.units] == [
        ("应急管理部门", "lead"),
        ("人力资源和社会保障部门", "cooperating"),
        ("其他", "cooperating"),
    ]


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        ("各企业要在高温期间合理安排作业时间，严禁安排员工露天作业。", "meeting_report", True),
        ("会议原则同意县交通运输局提出的方案，由县交通运输局修改完善后印发实施。", "minutes", True),
        ("对存在违法行为的施工企业，要依法限制其承揽工程。", "minutes", True),
        ("但也要看到，全市事故总量仍然偏大，暴露出监管不到位等问题。", "speech", False),  # 要看到 is not 要
        ("部分企业未按要求建立隐患台账，应急物资储备不足。", "notice", False),  # 按要求 is not 要求
        ("指挥平台建成后，将整合各部门监测数据。", "minutes", False),  # what will happen
        ("督查情况将纳入年度考核。", "notice", False),
        ("县安委办将适时组织督查，对工作不力的予以通报。", "notice", True),  # a unit's own plan stays
    ],
)
def test_held_out_2_sentences(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("（三）于2024年6月30日前组织开展一次应急演练；", True),
        ("（三）县应急管理局要督促存在重大隐患的企业立即整改。", True),  # the problem word follows 要
        ("三、夯实安全生产基层基础", True),
        ("（二）隐患排查治理不彻底。", False),
    ],
)
def test_held_out_2_headings(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # directives without 要 (ANNOTATION.md): a request to a named party, an assignment, a date-led
        # item, a plan statement, an agency's announced future work in news
        ("请县农业农村局提醒渔民及时回港避风。", "notice", True),
        ("请各乡镇于6月25日前报送危险区人员转移清单。", "notice", True),
        ("由县水利局牵头负责全县水库巡查工作。", "notice", True),
        ("6月8日前，县住建局完成在建工地深基坑专项检查。", "notice", True),
        ("县交通运输局计划年底前完成危桥改造。", "news", True),
        ("劳工处将继续巡查建筑地盘，提醒承建商注意工人安全。", "news", True),
        # a party, the day and hour it acts by, its act (a phone notice's item)
        ("各组明天上午10点前召开户长会，逐户通知到人。", "notice", True),
        ("各村今天傍晚前召开群众会，讲清转移路线。", "notice", True),
        # negative: the cover formula, what will happen without a party, a label line, a request to speak
        ("请结合实际认真贯彻执行。", "notice", False),
        ("请遵照执行。", "notice", False),
        ("系统建成后将整合各部门监测数据。", "news", False),
        ("执法人员：张某、李某（执法证号：略）", "notice", False),
        ("县政府已向市政府提请审议该方案。", "news", False),
        ("各村今天下午的降雨量超过五十毫米。", "notice", False),
    ],
)
def test_directives_without_a_modal(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


FRAMED_PLAN = """青川县燃气安全专项整治实施方案
一、指导思想
坚持人民至上、生命至上，要全面排查整治燃气安全隐患，坚决遏制重特大事故发生。
二、工作目标
到2024年底，全县燃气安全隐患要全部完成整改。
三、重点任务
（一）开展燃气企业排查。县住建局要于6月底前完成全县燃气经营企业检查。
"""


def test_frame_sections_hold_no_tasks():
    sources = set(tasks_of(FRAMED_PLAN))
    assert not any(s.startswith(("坚持人民至上", "到2024年底")) for s in sources)
    assert "县住建局要于6月底前完成全县燃气经营企业检查。" in sources
    assert "（一）开展燃气企业排查。" in sources


@pytest.mark.parametrize(
    "text, summary",
    [
        ("一、请各乡镇于6月25日前报送本辖区山洪灾害危险区人员转移清单。", "报送本辖区山洪灾害危险区人员转移清单"),
        ("三、由县水利局牵头负责全县水库巡查工作，县应急管理局配合。", "负责全县水库巡查工作"),
        ("屋宇署将于下月起加强对户外棚架的执法。", "加强对户外棚架的执法"),
        # never cut at a fixed length: the object stays whole
        (
            "各乡镇要对辖区内所有自建房经营场所的消防通道和安全出口开展一次全面排查。",
            "对辖区内所有自建房经营场所的消防通道和安全出口开展一次全面排查",
        ),
    ],
)
def test_summaries_keep_the_whole_verb_object(text, summary):
    (task,) = extract_fields(text).tasks
    assert task.text == summary


@pytest.mark.parametrize(
    "header, row, units, deadline",
    [
        # header words classified by what they mean (…单位 parties, …时限 deadline, …措施 task)
        (
            "序号|存在问题|整改措施|督办单位|整改时限",
            "1|储罐区防火堤破损|立即修复防火堤|县应急管理局|2024年7月15日前",
            [("应急管理部门", "supervising")],
            "2024-07-15",
        ),
        (
            "序号|整治任务|责任科室|时间节点",
            "1|开展有限空间作业专项检查|县住建局|2024年8月31日前",
            [("住房和城乡建设部门", "responsible")],
            "2024-08-31",
        ),
        (
            "序号|隐患问题|责任单位|办结期限",
            "1|部分小区消防通道被占用|县城管局|2024年9月30日",
            [("城市管理和综合执法部门", "responsible")],
            "2024-09-30",
        ),
    ],
)
def test_table_columns_by_the_meaning_of_their_header(header, row, units, deadline):
    (task,) = tasks_of(f"整治清单\n{header}\n{row}\n").values()
    assert [(u.canonical, u.role) for u in task.units] == units
    assert task.deadline.date == deadline


def test_a_problem_column_beside_an_action_column_is_not_the_task_text():
    (task,) = tasks_of(
        "督办清单\n序号|存在问题|整改措施|整改时限\n1|防火堤破损|修复防火堤并完善围堰|2024年7月15日前\n"
    ).values()
    assert task.text == "修复防火堤并完善围堰"


def test_an_item_closing_parenthesis_gives_every_task_of_the_item_its_units():
    text = (
        "二、重点任务\n"
        "（三）在建工地。检查临时工棚选址和基坑支护，临河施工项目必须编制度汛方案。"
        "要落实项目负责人带班制度。（县住建局牵头，县交通运输局、县水利局按职责配合）\n"
        "（四）城镇燃气：巩固燃气专项整治成果，计划年底前完成老旧管道更新改造。（县住建局、各燃气企业负责）\n"
    )
    tasks = tasks_of(text)
    first = tasks["检查临时工棚选址和基坑支护，临河施工项目必须编制度汛方案。"]
    assert [(u.canonical, u.role) for u in first.units] == [
        ("住房和城乡建设部门", "lead"),
        ("交通运输部门", "cooperating"),
        ("水利部门", "cooperating"),
    ]
    assert {u.canonical for u in tasks["要落实项目负责人带班制度。"].units} >= {"住房和城乡建设部门"}
    gas = tasks["（四）城镇燃气：巩固燃气专项整治成果，计划年底前完成老旧管道更新改造。"]  # a topic label first
    assert {u.canonical for u in gas.units} == {"住房和城乡建设部门", "企业"}
    assert not any(source.startswith("（县住建局") for source in tasks)


@pytest.mark.parametrize(
    "text, task, expected",
    [
        # the parenthesis closes the item's last sentence, before its 。: the item's other tasks take it
        (
            "三、整治任务\n（二）维修环节。对全县电动车维修点逐户登记，严禁改装电池；"
            "规范旧电池回收（县市场监管局、县商务局按职责负责）。\n（三）停放环节。各小区要清理楼道。\n",
            "对全县电动车维修点逐户登记，严禁改装电池；",
            {"市场监督管理部门", "商务部门"},
        ),
        (
            "三、整治任务\n（二）维修环节。对全县电动车维修点逐户登记，严禁改装电池；"
            "规范旧电池回收（县市场监管局、县商务局按职责负责）。\n（三）停放环节。各小区要清理楼道。\n",
            "（二）维修环节。",
            {"市场监督管理部门", "商务部门"},
        ),
        # a PDF copy's line break after ；: the item runs on into the next line and its parenthesis
        (
            "二、严格烟花爆竹管理。县应急局要严把零售许可审批关；\n"
            "县公安局要加大打击非法运输力度。（县应急局牵头，县公安局、各乡镇配合）\n"
            "三、落实值班制度。各部门要严格执行领导带班制度。\n",
            "二、严格烟花爆竹管理。",
            {"应急管理部门", "公安机关", "乡镇街道"},
        ),
        # negative: a parenthesis closing the next item gives this one nothing
        (
            "三、整治任务\n（二）维修环节。对全县电动车维修点逐户登记，严禁改装电池；"
            "规范旧电池回收（县市场监管局、县商务局按职责负责）。\n（三）停放环节。各小区要清理楼道。\n",
            "各小区要清理楼道。",
            set(),
        ),
        # negative: a parenthesis inside the sentence, or without a predicate, closes nothing
        (
            "（一）燃气排查。要对餐饮场所（含县城和农村）开展入户检查，发现隐患立即整改。"
            "检查结果报县应急局（安委办）。\n",
            "要对餐饮场所（含县城和农村）开展入户检查，发现隐患立即整改。",
            set(),
        ),
        # negative: a line ending with ； that closes a paragraph of its own is no item's line
        (
            "二、严格烟花爆竹管理。县应急局要严把零售许可审批关。\n"
            "严禁在居民楼内储存烟花爆竹；\n三、落实值班制度。各部门要严格执行领导带班制度。\n",
            "三、落实值班制度。",
            set(),
        ),
    ],
)
def test_an_item_final_parenthesis_inside_its_last_sentence_reaches_the_whole_item(text, task, expected):
    assert {u.canonical for u in tasks_of(text)[task].units} == expected


@pytest.mark.parametrize(
    "text, task, expected",
    [
        # a parenthesis holding a nested one (各县（市、区）) still closes the item, whole
        (
            "二、重点领域\n（三）危险化学品。沿河仓储企业要在汛前完成围堰检查，遇水反应物料一律转移存放。"
            "（县应急管理局牵头，各县（市、区）政府落实属地责任）\n（四）燃气。各小区要清理楼道。\n",
            "沿河仓储企业要在汛前完成围堰检查，遇水反应物料一律转移存放。",
            {"企业", "应急管理部门", "政府"},
        ),
        # 〔…〕 brackets with half-width ones nested in them name the item's parties too
        (
            "（一）提高准入门槛。各地要停止新建小型露天采石场，现有采石场限期升级改造"
            "〔各州(市)、县(市、区)人民政府主责落实，省自然资源厅、省应急管理厅按职责分工负责〕。\n",
            "各地要停止新建小型露天采石场，现有采石场限期升级改造"
            "〔各州(市)、县(市、区)人民政府主责落实，省自然资源厅、省应急管理厅按职责分工负责〕。",
            {"各级各部门", "政府", "自然资源部门", "应急管理部门"},
        ),
        # a sentence made only of who leads and who helps names the item's parties
        (
            "（二）尾矿库。7月10日前完成全县尾矿库汛前检查，重点查排洪设施。"
            "由县应急管理局牵头负责，县自然资源局配合。\n（三）燃气。各小区要清理楼道。\n",
            "7月10日前完成全县尾矿库汛前检查，重点查排洪设施。",
            {"应急管理部门", "自然资源部门"},
        ),
        # negative: the next item does not take them
        (
            "（二）尾矿库。7月10日前完成全县尾矿库汛前检查，重点查排洪设施。"
            "由县应急管理局牵头负责，县自然资源局配合。\n（三）燃气。各小区要清理楼道。\n",
            "各小区要清理楼道。",
            set(),
        ),
        # negative: a nested parenthesis with no predicate closes nothing (a place, a gloss)
        (
            "（一）值班报告。各乡镇要严格落实值班制度，险情及时报县应急局（县防汛办（值班室））。\n",
            "各乡镇要严格落实值班制度，险情及时报县应急局（县防汛办（值班室））。",
            {"乡镇街道"},
        ),
    ],
)
def test_nested_brackets_and_a_sentence_of_parties_close_the_item(text, task, expected):
    assert {u.canonical for u in tasks_of(text)[task].units} == expected


def test_a_sentence_of_parties_is_no_task_but_one_that_goes_on_to_act_is():
    parties_only = tasks_of("（二）尾矿库。完成尾矿库汛前检查。由县应急管理局牵头负责，县自然资源局配合。\n")
    assert not any(source.startswith("由县应急管理局") for source in parties_only)
    acting = tasks_of("（二）尾矿库。完成尾矿库汛前检查。由县应急管理局牵头，县自然资源局配合开展联合检查。\n")
    assert any(source.startswith("由县应急管理局") for source in acting)


def test_a_parenthesis_naming_no_party_is_no_field():
    tasks = tasks_of("（一）开展燃气排查。各乡镇要完成入户检查。（含农村地区）\n")
    assert "各乡镇要完成入户检查。" in tasks


def test_the_title_is_never_a_task_wherever_it_stands():
    text = "首页 > 新闻\n北京：严查餐饮场所可燃气体报警装置安装情况\n记者从市应急管理局获悉，各区要立即开展检查。\n"
    assert "北京：严查餐饮场所可燃气体报警装置安装情况" not in tasks_of(text)


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # 应 + verb is a modal as Hong Kong and Taiwan notices write it; 应急 is no modal
        ("东主应指派员工在每日营业前检查炉具火焰及喉管状况。", "notice", True),
        ("县应急管理局已完成检查。", "notice", False),
        # a quantified kind of enterprise opens the sentence and acts
        ("安全月期间，各班组每周开展一次班组安全活动。", "speech", True),
        # announced work whose action stands in a later clause
        ("职安处将由明年一月起，把重点巡查范围扩展至外墙油漆工程，并会与楼宇署进行联合巡查。", "news", True),
    ],
)
def test_more_directive_shapes(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


def test_a_stage_span_is_the_deadline_of_its_sentences_that_state_none():
    text = (
        "三、实施步骤\n（一）动员部署阶段（4月10日—4月25日）。各乡镇要制定具体方案。\n"
        "（二）排查整治阶段（2024年4月26日至9月30日）\n县住建局要组织专家对高支模项目进行重点抽查。\n"
        "县应急管理局要在6月底前完成危化企业检查。\n"
    )
    tasks = tasks_of(text)
    assert tasks["各乡镇要制定具体方案。"].deadline.date == "2024-04-25"
    assert tasks["县住建局要组织专家对高支模项目进行重点抽查。"].deadline.date == "2024-09-30"
    assert tasks["县应急管理局要在6月底前完成危化企业检查。"].deadline.text == "6月底前"  # its own time wins


def test_units_listed_in_a_table_column_need_no_predicate():
    text = (
        "序号|工作内容|牵头单位|配合单位|时间节点\n"
        "4|整治“三无”船舶非法载客，开展联合执法|市港航发展中心|市公安局、海事机构|4月至9月\n"
    )
    (task,) = tasks_of(text).values()
    assert [(u.canonical, u.role) for u in task.units] == [
        ("交通运输部门", "lead"),
        ("公安机关", "cooperating"),
        ("海事部门", "cooperating"),
    ]


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # not tasks: a meeting being held, a lead-in ending in an emoji, an attachment, treating a job
        # as top priority, a goal written with 杜绝, a description of results
        (
            "4月11日下午，县安委会在县行政中心召开二季度安全生产工作会议，通报一季度全县安全生产形势。",
            "meeting_report",
            False,
        ),
        ("为防止中暑和设备事故，请各企业务必落实以下要求👇", "notice", False),
        ("2.值班安排表.doc", "notice", False),
        ("各地各部门要清醒认识燃气安全的特点，把专项整治作为今年城市安全的头号工程来抓。", "meeting_report", False),
        ("全年力争生产安全事故起数实现“双下降”，坚决杜绝较大及以上事故。", "plan", False),
        ("县交通运输局对全县客运车辆动态监控实行每日通报，效果明显。", "news", False),
        ("记者看到，执法人员正在对一辆槽罐车进行检查。", "news", False),
        # still tasks: a directive after the meeting sentence, a plan to hold a meeting, 杜绝 at the end
        ("高新区举行安全生产工作会议，要求全区各部门认真组织学习，迅速掀起学习高潮。", "news", True),
        ("各乡镇党委和政府要在3月底前召开专题会议，研究部署本乡镇年度安全生产工作。", "notice", True),
        ("切实加强行业领域安全监管，深入排查安全隐患，有效杜绝各类生产安全事故发生。", "news", True),
    ],
)
def test_what_real_copies_showed_is_no_task(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


def test_rows_of_a_table_without_a_header_need_an_action():
    text = (
        "索 引 号 | 11513024MB0F/2024-00087 | 主题分类 | 安全生产\n"
        "文  号 | 棠安委〔2024〕5号 | 公开方式 | 主动公开\n"
        "简体版 | English | 搜寻\n"
        "1|开展有限空间作业专项检查|县应急管理局|5月15日前\n"
    )
    assert list(tasks_of(text)) == ["1|开展有限空间作业专项检查|县应急管理局|5月15日前"]


def test_stage_headings_are_no_tasks_and_a_closing_time_is_the_items_deadline():
    text = (
        "三、实施步骤\n（二）重点抽查（4月26日—5月10日）。\n县住建局要组织专家对高支模项目进行抽查。\n"
        "四、工作措施\n（一）开展隐患排查。各乡镇要全面排查地质灾害隐患点。（12月底前完成）\n"
    )
    tasks = tasks_of(text)
    assert "（二）重点抽查（4月26日—5月10日）。" not in tasks
    assert tasks["各乡镇要全面排查地质灾害隐患点。"].deadline.text == "12月底前完成"
    assert "（12月底前完成）" not in tasks


@pytest.mark.parametrize(
    "sentence",
    [
        "1.2月底前，镇党委、政府召开年度安全生产工作会议，与各村签订安全生产责任书。",
        "乡安委会每季度召开一次全体会议，分析研判安全形势，研究解决突出问题。",
    ],
)
def test_meetings_to_be_held_are_tasks(sentence):
    assert sentence_is_task(sentence, "plan")


@pytest.mark.parametrize(
    "sentence",
    [
        # an agency's announced work as Hong Kong and Macau releases write it (会, 亦会, 即日起)
        "劳工处亦会继续巡查已移除楼宇外墙棚网的工地。",
        "消防处即日起展开为期两个月的楼宇消防装置及设备巡查行动。",
    ],
)
def test_announced_work_in_press_releases(sentence):
    assert sentence_is_task(sentence, "news")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a later clause announces the work, after past work or a speaker, when a party is named before it
        ("渔农处发言人昨日表示，首轮巡查已完成，日后会继续抽查鱼排的救生设备。", True),
        ("路政署已派员跟进，并会就违规情况向承办商发出警告信。", True),
        ("海事处人员已到场了解，亦会在明日起加强巡查。", True),
        # or after a condition, the agency being the release's own
        ("如发现违规，定会严厉执法并提出检控。", True),
        # negative: no party before the clause, a person or residents, 将 read as 把, 会同, 不会, past
        ("他表示，今后会继续努力做好本职工作。", False),
        ("居民说，届时会配合检查。", False),
        ("区公所已完成巡查，并将巡查报告报送市府。", False),
        ("区公所已完成巡查，并会同警方检视现场。", False),
        ("路政署表示，工程不会影响交通。", False),
        ("路政署已派员跟进，并会就事件作出了检讨。", False),
    ],
)
def test_work_announced_in_a_later_clause(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an item labelled with its goal (确保X到位，) directs what follows it
        ("确保值守到位，全面做好水库和堤防的巡查，并及时排除险情；", True),
        ("确保转移到位，及早部署低洼地区群众转移。", True),
        # negative: a goal and nothing to do, a goal label before a situation
        ("确保责任到位，确保安全稳定。", False),
        ("确保物资到位，目前库存充足。", False),
        # a page's consent banner asks the reader, not a party
        ("请同意本站的隐私条款，才能启用语音播报的功能。", False),
    ],
)
def test_goal_labels_and_consent_banners(sentence, expected):
    assert sentence_is_task(sentence, "meeting_report") is expected


def test_a_limit_before_an_event_takes_the_day_the_document_gives_the_event():
    text = (
        "关于“五一”期间安全生产工作的通知\n2019年4月20日\n"
        "一、放假时间安排。“五一”放假时间从5月1日至4日，共4天。\n"
        "二、放假前，各村要组织一次安全隐患大排查。\n"
        "三、汛前，各村要清理排洪沟渠。\n"
    )
    tasks = tasks_of(text)
    assert tasks["二、放假前，各村要组织一次安全隐患大排查。"].deadline.date == "2019-04-30"
    assert tasks["三、汛前，各村要清理排洪沟渠。"].deadline.date is None  # no event of that name is dated


def test_an_event_the_document_does_not_date_leaves_the_limit_without_a_day():
    text = "关于做好防汛工作的通知\n2019年6月20日\n一、强降雨前，各乡镇要转移危险区域群众。\n二、6月3日曾发生强降雨。\n"
    assert tasks_of(text)["一、强降雨前，各乡镇要转移危险区域群众。"].deadline.date is None


def test_a_bodys_own_work_plan_gives_its_sections_the_body_but_not_items_that_name_no_party():
    text = (
        "关于印发《临江市港航发展中心2025年安全生产工作要点》的通知\n"
        "一、健全责任体系\n1.修订中心安全生产责任清单，明确各岗位具体内容。\n责任科室：办公室、安全监督科\n"
        "2.组织船员和码头作业人员安全培训，全年培训不少于600人次。\n"
        "3.县海事处要加强渡口巡查。\n"
    )
    tasks = tasks_of(text)
    # its sections 办公室 and 安全监督科 are the body itself, each named
    assert {u.canonical for u in tasks["1.修订中心安全生产责任清单，明确各岗位具体内容。"].units} == {"交通运输部门"}
    # the issuer is no addressee (ANNOTATION.md): an item that names no party has none
    assert tasks["2.组织船员和码头作业人员安全培训，全年培训不少于600人次。"].units == []
    assert [u.canonical for u in tasks["3.县海事处要加强渡口巡查。"].units] == ["海事部门"]  # a named party wins
    assert tasks["一、健全责任体系"].units == []


# An enterprise's own plan: its departments answer to it, so an item naming no party is the
# company's; an item closed by its own bracket (read or not) never takes the owner.
ENTERPRISE_PLAN_OWNER_CASES = [
    ("1.组织全员安全培训，全年不少于两次。", ["企业"]),
    ("2.完成储罐区防雷检测（上半年完成）。", []),
    ("3.修订应急预案（安全部，三季度）。", []),
]


@pytest.mark.parametrize(("item", "canonicals"), ENTERPRISE_PLAN_OWNER_CASES)
def test_an_enterprises_own_plan_gives_its_unbracketed_items_the_company(item, canonicals):
    text = (
        "临江华盛化工有限公司2025年安全生产工作要点\n一、重点工作\n"
        + "\n".join(c for c, _ in ENTERPRISE_PLAN_OWNER_CASES)
        + "\n"
    )
    assert [u.canonical for u in tasks_of(text)[item].units] == canonicals


def test_a_campaign_plan_has_no_owner():
    tasks = tasks_of("关于印发《青川县燃气安全专项整治实施方案》的通知\n一、重点任务\n1.开展餐饮场所燃气安全检查。\n")
    assert tasks["1.开展餐饮场所燃气安全检查。"].units == []


def test_a_plans_numbered_items_are_tasks_without_a_modal():
    text = (
        "梓江市应急管理局2024年工作要点\n一、重点工作\n"
        "18.建设县级安全生产风险监测预警平台，年内接入重大危险源企业监测数据。\n"
        "19.畅通安全生产举报渠道，全年兑现举报奖励不少于20件。\n"
        "二、去年工作回顾\n1.去年全市共排查隐患1200处，整改率100%。\n"
    )
    tasks = tasks_of(text)
    assert "18.建设县级安全生产风险监测预警平台，年内接入重大危险源企业监测数据。" in tasks
    assert "1.去年全市共排查隐患1200处，整改率100%。" not in tasks  # the past


@pytest.mark.parametrize(
    "sentence",
    [
        "县消防救援大队每月5日前将上述事项进展情况汇总报县政府办公室；",  # a time between unit and verb
        "乡镇主要负责人每季度至少带队检查一次辖区重点企业。",
    ],
)
def test_a_unit_its_time_and_its_verb(sentence):
    assert sentence_is_task(sentence, "minutes")


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # an item that opens with its time, with or without a comma
        ("3月5日前报送春季复工企业检查小结。", "notice", True),
        ("9月底前为全村独居老人免费安装烟感报警器。", "plan", True),
        ("节假日前对景区游船开展一次安全检查。", "plan", True),
        ("高温期间每周对主要电缆线路进行一次巡检。", "minutes", True),
        pytest.param(
            "汛期坚持每日巡查库区。",
            "plan",
            True,
            # a standing schedule directs only when every time the sentence holds recurs (tasks48): 汛期 is a period
            marks=pytest.mark.xfail(strict=True, reason="汛期 is a period beside 每日: the schedule is not read"),
        ),
        # a party the unit vocabulary does not know, then what it is to do
        ("村安办负责制定全年隐患排查计划。", "plan", True),
        ("巡查员每周对辖区小作坊巡查不少于一次。", "plan", True),
        ("维修部负责更换老化线路并出具验收单。", "minutes", True),
        ("本署会向有关业主发出警告信。", "news", True),
        # 未 in a relative clause: the agency's announcement (agency_announcement) reads past it
        ("本署会向未按期整改的业主发出警告信。", "news", True),
        # negative: a forecast, a preposition's object, a part of the parties, the issuer itself,
        # a meeting sentence whose opening holds a verb, a problem heading
        ("据县气象站会商研判，本县可能于6月上旬提前入汛。", "notice", False),
        ("经县安委会研究，决定对以下隐患实行挂牌督办。", "notice", False),
        ("有的单位整改报告只有文字，没有照片。", "notice", False),
        ("今天召开县安委会全体会议，总结去年工作。", "speech", False),
        ("我局将依法处罚逾期未整改的单位。", "notice", False),
    ],
)
def test_time_led_items_and_parties_outside_the_vocabulary(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


def test_a_heading_that_states_a_problem_with_a_time_is_no_task():
    structure = document_structure("督查通报\n一、防汛值班值守不落实。\n部分乡镇值班表未上墙。\n")
    heading = next(s for s in structure.sentences if s.text.startswith("一、"))
    assert not heading_is_task(heading, "notice")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an announcement whose connector follows an adverbial (即日开始会) or whose tail opens with
        # a means phrase (透过…方式，) before the action
        ("检测署即日开始会抽查全区的电梯保养纪录。", True),
        ("屋宇处将持续透过讲座和巡查的方式，督促业主清理违建棚架。", True),
        ("市府会透过宣导与检查并行的方式，督促工地落实防坠措施。", True),
        ("环保处亦将协助居民跟进噪音投诉的处理。", True),
        ("市府会持续在各工地稽查，查获违规即依法开罚。", True),
        # a condition before the party: what follows it decides
        ("如发现棚架松脱等迫切风险，工务处会即时执法，包括发出停工通知书。", True),
        ("若巡查时发现电线老化，房屋署将安排承办商更换线路。", True),
        # a lead credit is no part of the sentence's grammar
        ("【港岛新闻台】渠务署即日起展开为期一个月的渠道清淤行动。", True),
        ("滨江日报讯（记者周立）区应急局将开展一轮燃气管道巡查。", True),
        # negative: a credit above a meeting held, an announcement of no action, a forecast, a
        # condition with no party after it, a purpose clause, past work
        ("滨江日报讯（记者周立）3月2日上午，区安委会召开全体会议，通报去年安全生产形势。", False),
        ("如天气许可，活动会如期举行。", False),
        ("若情况持续，气温将进一步上升。", False),
        ("工务处表示，上月已完成全部巡查。", False),
        ("渠务署会透过本次合作，提升市民的防汛意识。", False),
    ],
)
def test_announcements_after_adverbials_conditions_and_credits(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # 把X…到位: what to bring about, an imperative opening
        ("把隐患整改到位，逐项核查销号。", "speech", True),
        ("把值班人员配备到岗，确保全天候值守。", "meeting_report", True),
        # a frame after a leading phrase (同时，《通知》还指出，…)
        ("同时，《方案》还指出，严查违规储存液化气钢瓶的行为。", "news", True),
        # 广泛 is an adverb before the action
        ("通过广播、微信群等形式，广泛宣传森林防火知识。", "notice", True),
        # negative: 把 before an attitude or a generic goal, a frame before attitude
        ("把安全生产放在心上、抓在手上。", "speech", False),
        ("把各项措施落实到位，确保万无一失。", "speech", False),
        ("同时，会议还指出，要提高思想认识。", "news", False),
    ],
)
def test_disposal_openings_frames_after_a_lead_and_adverbs(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # in news a body's act is a report unless it announces the work
        ("屋宇署和房屋处成立工作小组，研究加强电梯维修保养。", "news", False),
        ("市府于5日联合消防局实施夜间突击检查。", "news", False),
        ("屋宇署即日起展开为期一个月的招牌巡查行动。", "news", True),
        ("屋宇署将联同消防处巡查旧楼的走火通道。", "news", True),
        # the same act in a notice or minutes is what the body is told to do
        ("县住建局牵头成立工作专班，开展燃气管道排查。", "notice", True),
        ("安全科每周组织一次车间巡查。", "minutes", True),
        # bare verbs, a contact line, an attendance sentence, 为期 is no purpose
        ("提交", "news", False),
        ("并执行。", "other", False),
        ("实施中遇到问题，请径与县应急局联系。", "plan", False),
        ("副县长李华、县应急局局长张强参加视频调度会。", "meeting_report", False),
        ("为期一周的巡查于上旬进行，其间检查人员也发出12张整改通知书。", "news", False),
    ],
)
def test_news_reports_bare_verbs_and_furniture(sentence, doc_type, expected):
    if sentence in ("提交", "并执行。"):
        structure = document_structure(f"通知\n{sentence}\n")
        line = next(s for s in structure.sentences if s.text.strip() == sentence)
        assert is_task(line, doc_type) is expected
    else:
        assert sentence_is_task(sentence, doc_type) is expected


def test_an_assignment_table_without_a_task_column_assigns_its_first_column():
    # ANNOTATION.md: an assignment table's rows (sector | time | units) are tasks; the first column
    # the header does not name is what each row assigns
    text = "一、整治安排\n整治行业名称|时间安排|责任单位\n燃气|3月份|城建办\n渔船|4月份|县农业农村局、县公安局\n"
    tasks = list(tasks_of(text).values())
    assert [t.source for t in tasks] == ["燃气|3月份|城建办", "渔船|4月份|县农业农村局、县公安局"]
    assert tasks[0].deadline.text == "3月份"
    assert {u.canonical for u in tasks[1].units} == {"农业农村部门", "公安机关"}
    # negative: a header naming one role is no header, and a row of page fields holds no action
    assert tasks_of("整治行业名称|时间安排\n燃气|3月份\n") == {}


FIRST = "各单位要加强值守。"
HEAD = f"关于做好汛期安全工作的通知\n{FIRST}\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a page excerpt cut in mid-sentence after a whole first clause: a directive as far as it goes is a
        # task, its source the fragment as it stands (issue 13)
        (
            HEAD + "各乡镇要组织力量对山塘水库开展拉网式巡查，发现险情",
            [FIRST, "各乡镇要组织力量对山塘水库开展拉网式巡查，发现险情"],
        ),
        (HEAD + "严禁在林区野外违规用火，对屡教不改", [FIRST, "严禁在林区野外违规用火，对屡教不改"]),
        (
            HEAD + "副县长在会上强调，各部门要压实燃气安全监管责任，对餐饮",
            [FIRST, "副县长在会上强调，各部门要压实燃气安全监管责任，对餐饮"],
        ),
        (HEAD + "二是严格执法检查：对危化品企业", [FIRST, "二是严格执法检查：对危化品企业"]),
        (HEAD + "请各企业于5月10日前完成自查，并将", [FIRST, "请各企业于5月10日前完成自查，并将"]),
        # a cut inside the first clause after a modal or an opening party: it has said that it directs (tasks72)
        (HEAD + "要切实督促企业开展一次全面排查和", [FIRST, "要切实督促企业开展一次全面排查和"]),
        (HEAD + "县应急管理局加大对重点企业的督", [FIRST, "县应急管理局加大对重点企业的督"]),
        # negative: a cut inside the first clause with neither may have taken the verb or the object
        (HEAD + "对新成立", [FIRST]),
        (HEAD + "对节日期间停产的", [FIRST]),
        # negative: a fragment of a description of past work, of an attitude sentence, a truncated field line
        (HEAD + "今年以来，全县共检查建筑工地86个，发现", [FIRST]),
        (HEAD + "各级各部门要深刻认识做好防汛工作的极端重要性，始终", [FIRST]),
        (HEAD + "联系人：王某，联系电话：0571-", [FIRST]),
        # negative: a last sentence that closes stays a task, and a last table row
        (HEAD + "要开展一次全面排查。", [FIRST, "要开展一次全面排查。"]),
        (
            "整治清单\n各单位要加强值守。\n工作任务|责任单位|完成时限\n开展燃气排查|县住建局|6月底前",
            ["各单位要加强值守。", "开展燃气排查|县住建局|6月底前"],
        ),
    ],
)
def test_a_text_cut_in_mid_sentence_ends_with_the_directive_as_far_as_it_goes(text, expected):
    assert list(tasks_of(text)) == expected


def test_a_truncated_title_is_no_task():
    # a page copied only as far as its title: the title line is never a task, cut or not
    assert tasks_of("县应急管理局关于开展危化品企业专项检查，切实加强") == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a heading chaining verb phrases is a directive when one of them opens with an action
        ("一、高度重视，切实加强汛期值守。", True),
        ("二、树牢底线思维，严格落实企业主体责任", True),
        # negative: attitude alone, inspection questions, a reported failing
        ("一、统一思想，提高认识", False),
        ("3.起重机械是否办理使用登记，安装拆卸是否由具备资质的单位实施；", False),
        ("2. 5月9日，打磨班一名员工作业时未戴护目镜，经处理后无大碍。", False),
        # section names: two actions with no verb governing them
        ("二、组织实施", False),
        ("三、督查及考核", False),
        ("四、宣传与培训", False),
        # negative: a governing verb makes them a directive
        ("（三）加强督查考核", True),
        ("（一）加强组织领导。", True),
    ],
)
def test_headings_of_chained_verb_phrases_and_section_names(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an item opening with its time, then 向 and the addressee of the report
        ("每月25日前，向镇安委办上报专项整治工作小结。", True),
        # a start the item runs from, then the work
        ("自4月底开始，每月底报送隐患整改清单。", True),
        # parties listed with a comma and a note, then their time and action
        ("各中小学，幼儿园（含公办）于7月10日之前将演练总结上报区教育局。", True),
        # a cover formula beside a concrete request keeps the request
        ("请各校认真贯彻执行，并把排查情况于9月25日前报中心校办公室。", True),
        # negative: greetings after 向, a cover formula alone, however long its addressee list
        ("向全镇干部群众致以节日的问候。", False),
        ("请各乡镇、各有关单位，县直各部门遵照文件精神，务必认真贯彻执行，确保安全。", False),
        ("请结合实际，认真贯彻落实。", False),
    ],
)
def test_requests_timed_items_and_cover_formulas(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # the issuer naming itself before 将/还将/会, a time before it or between
        ("镇里将组织一次防汛隐患整改回头看。", "meeting_report", True),
        ("村里还将组织两轮夜间消防巡查。", "meeting_report", True),
        ("7月中旬，街道将随机抽取两成出租屋开展复查。", "news", True),
        ("本局将于主汛期前开展在建工地防洪专项检查。", "news", True),
        ("县府办将组织有关部门进行联合督查。", "notice", True),
        ("局方会派员到场检查起重机械。", "news", True),
        ("本府自下月起执行电梯安全专案检查。", "news", True),
        ("另外，县府明年也将增派辅导员到中小型工厂巡查。", "news", True),
        ("县应急局明年将开展一次全面排查。", "news", True),
        # …，街道还将…: the issuer announces in a later clause
        ("汛前检查已全部完成，街道还将组织一次集中复查。", "news", True),
        # negative: an event the issuer hosts, attitude, no act, past work, a decision that only
        # opens a notice, the sender's own follow-up in a notice to one company (我局)
        ("会议将于5月10日在县政府召开。", "news", False),
        ("本局将高度重视安全生产工作。", "news", False),
        ("镇里将迎来旅游高峰。", "news", False),
        ("本局自成立以来开展检查三百余次。", "news", False),
        ("为防范火灾，县安委会决定在全县开展为期两个月的整治，具体事项通知如下。", "notice", False),
        ("逾期未整改的，我局将依法处罚。", "notice", False),
    ],
)
def test_the_issuers_own_announced_work(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a modal, then a verb the action lexicon lacks: jieba's tags find it
        ("塔式起重机须按制造商说明停放。", True),
        ("移动式起重机应把吊臂降至最低位置。", True),
        ("工地应设有遮荫休息处。", True),
        ("总承包单位须将本通知内容转告全体员工。", True),
        ("新进工人应于上工前接受安全训练。", True),
        ("各地要提前谋划汛期防御工作。", True),
        ("要严防雨水进入地下车库。", True),
        ("大风期间，渡口船舶一律停航。", True),
        ("塔柱需加强固定。", True),  # 需 as 须
        # negative: attitude, a stative verb (具备、有、坚持), what befalls (迟早要出事, 必须引起警觉),
        # a law restated, a report passing a warning on, a degree complement, a request to call,
        # a slogan whose verb takes a quoted word alone, a need reported (需要重新调校)
        ("各级领导干部要高度重视安全生产。", False),
        ("企业应具备相应的安全生产条件。", False),
        ("各级干部要有忧患意识。", False),
        ("这些问题如不及时纠正，迟早要出事。", False),
        ("两起火情暴露出排查不细的问题，必须引起高度警觉。", False),
        ("根据《职业安全条例》，雇主必须为雇员提供安全的工作环境。", False),
        ("气象台已于今日上午发布暴雨预警，低洼地区须慎防积水。", False),
        ("大家一定要把困难估计得更充分一些。", False),
        ("如有查询，请致电本处安全组。", False),
        ("佳节将至要防“火患”。", False),
        ("另有一台吊机的限位装置需要重新调校。", False),
    ],
)
def test_a_modal_before_a_verb_outside_the_action_lexicon(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line wrapped after 并 goes on with the same sentence and subject: one task, not two
        (
            "三、请各乡镇配合办理下列事项：\n（一）督促辖区在建工程施工单位，于每日开工前开展安全交底，脚手架作业应搭设护栏并\n"
            "挂设安全网，工人应佩戴安全帽。\n",
            ["（一）督促辖区在建工程施工单位，于每日开工前开展安全交底，脚手架作业应搭设护栏并"],
        ),
        # negative: a line closed by 。 leaves the next line a sentence of its own
        (
            "三、请各乡镇配合办理下列事项：\n（一）督促辖区在建工程施工单位开展安全交底。\n工人应佩戴安全帽。\n",
            ["（一）督促辖区在建工程施工单位开展安全交底。", "工人应佩戴安全帽。"],
        ),
    ],
)
def test_a_line_wrapped_after_a_joining_word_is_no_second_task(text, expected):
    assert [task.source for task in extract_fields(text).tasks] == expected


# issue 13 groups 1 and 3 (tasks21): requests and assignments to a named party, date-led items, and
# the furniture and exhortation around them
@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # a party whose person in charge stands in a parenthesis after it: the party still opens the sentence
        ("器材科（责任人：副科长 王明）于7月10日前完成全部灭火器检查；", "notice", True),
        ("保卫科（负责人：李强）于9月2日组织维保单位对消防系统进行联动测试；", "notice", True),
        ("教务处（责任人：处长 赵敏）会同各系部对实训室用电进行清点，做到账物相符。", "notice", True),
        # ...while a field line with its label stays no task
        ("参会人员：各成员单位分管负责人", "notice", False),
        # a party and the hour of the day the order is sent (今晚…前, 今晚起), a chat message's bullet
        ("社区今晚21时前逐户通知到位。", "notice", True),
        ("▶护林员今晚起24小时驻守。", "notice", True),
        ("▶抢险队伍集结待命，沙袋、救生衣清点到位。", "notice", True),
        ("接县气象台通知，明天全县中小学停课，请各乡镇转告到户。", "notice", True),
        # an item that opens with its part of the year
        ("上半年完成全部危桥检测。", "plan", True),
        ("三季度末完成应急物资补库。", "plan", True),
        ("6月中旬组织一次防汛综合演练；", "plan", True),  # a month's part (中旬), tasks23
        # a duty list's item that names its parties as a label
        ("各镇人民政府、开发区管委会：落实属地责任，组织网格员开展入户排查。", "plan", True),
        ("县应急管理局：张三", "plan", False),
        # a cover letter's preamble, whatever mark closes it
        ("现将有关事项通知如下。", "notice", False),
        ("经研究，现将秋季开学安全工作安排如下，请各单位对照落实。", "notice", False),
        # exhortation that nothing may go wrong
        ("值班工作来不得半点马虎。", "speech", False),
        ("假期安全容不得半点闪失。", "speech", False),
        # praise of work done: counted results, a practice commended
        ("县住建局牵头推进燃气管道改造，全年完成86公里，提前一个月完成任务；", "speech", False),
        ("县消防救援大队开展高层住宅检查，督促整改隐患300多处。", "speech", False),
        ("县交通运输局对客运车辆逐车建档，做法值得推广。", "speech", False),
    ],
)
def test_directives_to_named_parties_and_the_furniture_around_them(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading naming a section by a topic noun that closes its last word is no task
        ("（一）考核内容。", False),
        ("（二）考核方式。", False),
        ("（三）宣传咨询日活动。", False),
        # ...a verb before the topic noun directs
        ("（三）开展宣传活动。", True),
        ("（一）加强考核。", True),
    ],
)
def test_topic_headings_closed_by_a_full_stop(text, expected):
    assert heading_is_task(heading(text), "notice") is expected


@pytest.mark.parametrize(
    ("sentence", "doc_type"),
    [
        # a party and a verb outside the lexicon (联系), then a timed act in the next clause: the completion limit
        # binds that act (tasks49)
        ("设备部联系检验机构，9月12日前完成检验；", "minutes"),
        # an assignment with its date between the party and a verb outside the lexicon: read since tasks77's
        # topic handed to its agent
        ("节日期间值班表由综合办9月22日前排好报总经理室。", "minutes"),
    ],
)
def test_directives_with_verbs_outside_the_lexicon(sentence, doc_type):
    assert sentence_is_task(sentence, doc_type)


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # a place or matter put under a regime
        ("学生宿舍实行每晚查寝制度，宿管员每晚22时后逐间检查。", "notice", True),
        ("全县已实行网格化管理制度。", "notice", False),
        ("我县于2019年实行河长制以来，水质明显改善。", "speech", False),
        # bodies named by a school's or a hospital's head word, and a list that goes on past the vocabulary
        ("校医院在运动会期间在操场设置医疗点。", "notice", True),
        ("中心学校、镇卫生院、养老院各组织1次疏散演练。", "notice", True),
        # a modal whose clause only times the act the next clause holds
        ("承包商应于每日开工前，指派专人检查脚手架。", "notice", True),
        ("各单位应于汛期前，高度重视防汛工作。", "notice", False),
        # a rule's consequence: a penalty imposed
        ("违反本规定者，依相关条例处以罚款。", "notice", True),
        # staff sent to a place; the end of the working day as the limit
        ("县水利局派技术人员驻守重点水库。", "notice", True),
        ("仓储部今天下班前清空消防通道。", "minutes", True),
        # a thing, a word of urgency and the act done to it: an order in minutes, a response in news
        ("两台起重机立即停用、挂牌。", "minutes", True),
        ("消防队员立即赶赴现场。", "news", False),
        # a copula that rates how much something matters asks for understanding
        ("应急值守是防汛工作的“生命线”。", "speech", False),
    ],
)
def test_regimes_timed_modals_penalties_and_orders_about_things(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


def test_a_heading_whose_time_a_parenthesis_dates_is_a_task():
    assert heading_is_task(heading("（三）主汛期（6月1日至8月31日）实行领导带班制度。"), "notice")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting notice's agenda (四、会议内容 beside 会议时间) lists what the meeting will hear: no tasks
        (
            "关于召开全镇森林防火工作会议的通知\n各村委会：\n一、会议时间\n2025年3月2日上午9时。\n二、会议内容\n"
            "1.镇林业站通报今冬森林火情；\n2.镇应急办、镇派出所分别部署清明期间防火巡查工作；\n三、有关要求\n"
            "请各村于3月1日前报送参会名单。\n",
            ["请各村于3月1日前报送参会名单。"],
        ),
        # ...while a 纪要's 会议内容, with no meeting-time part, may hold its decisions
        (
            "镇安委会第二次全体会议纪要\n一、会议内容\n1.镇应急办、镇派出所分别部署清明期间防火巡查工作；\n",
            ["1.镇应急办、镇派出所分别部署清明期间防火巡查工作；"],
        ),
    ],
)
def test_a_meeting_notices_agenda_holds_no_tasks(text, expected):
    assert [task.source for task in extract_fields(text).tasks] == expected
