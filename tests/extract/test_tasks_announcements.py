"""Agency announcements in any clause and enforcement threats (analysis6 group B), and directives
that open with their action inside a task section (group C). Every text here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")
pytest.importorskip("nlp_pipeline.extract.deadlines", reason="the deadline finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.tasks import agency_announcement, section_directive, sentence_is_task  # noqa: E402


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an agency outside the unit vocabulary, named by its office suffix, then 将/会/今日起… and an action
        ("渡轮事务处今日（五月八日）起展开为期一个月的码头救生设备巡查行动。", True),
        ("屋宇管理署明日（9日）起将继续派员巡查旧楼的消防通道。", True),
        ("东湾区公所将自114年6月1日起至7月31日止执行「防汛整备专案检查」。", True),
        # the announcement after a purpose, a condition or a leading festival time, judged alone
        ("为摸清库区底数，县水务中心将自4月起对小型水库逐座开展安全复核。", True),
        ("国庆前后街道还将组织两轮燃气夜查。", True),
        ("港北市劳动检查处表示，为保护搬运工人，将自8月1日起针对仓储场所执行高温作业检查。", True),
        # enforcement threats of the agency, with or without its name in the clause
        ("屡次警告仍不改善者，本署会考虑根据《燃气安全条例》提出检控。", True),
        ("逾期仍未清理者，处方会依法提出检控。", True),
        ("对于吊运作业未设警戒区等有立即危险之缺失，将当场令其停工。", True),
        ("检查期间，如发现雇主未设置遮阳设施，将依法处以罚锾。", True),
        # negative: achievements, reports of what was done (了), situation, a meeting to be held,
        # attitude, the law's own punishment (可处, 将被), a first-person sender, a notice deciding its campaign
        ("县应急局已开展专项检查36次，共检查企业214家。", False),
        ("5月上旬，市安委会组织3个检查组对各区开展了明查暗访。", False),
        ("今年以来全县安全生产形势总体平稳。", False),
        ("全市防汛工作会议将于6月3日在市政府召开。", False),
        ("县应急局将始终高度重视安全生产工作。", False),
        ("违反本条例者，将被检控，一经定罪可处罚款。", False),
        ("未按规定整改的，可处五万元以下罚款。", False),
        ("逾期未整改的，我局将依法处罚。", False),
        ("经县政府同意，决定自5月起在全县开展燃气安全隐患排查整治。", False),
    ],
)
def test_agency_announcements_and_enforcement_threats(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the office's name is read as 市安委 and 会 as its connector: the name ends in 委会
        "4月下旬，县安委会组织5个检查组对各乡镇进行了督查。",
        "为期两周的巡查中，县安委会组织开展的抽查发现隐患12项。",
    ],
)
def test_a_committee_reporting_its_work_announces_nothing(sentence):
    assert not agency_announcement(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the past word 已 inside a noun phrase (已排查住户) hides the announcement after it
        "入户不是走过场，社区将随机回访已排查住户，发现未上门的，在全社区通报。",
        # a subjectless opening announcement that goes on to a request with a list (请各单位配合下列事项：)
        "本所依县灾害应变中心指示，将于7月2日下午3时起开设区级防台应变中心，请各单位配合下列事项：",
    ],
)
@pytest.mark.xfail(strict=True, reason="known misses (analysis6 group B)")
def test_announcements_still_missed(sentence):
    assert sentence_is_task(sentence, "news")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an action first, after a condition, a date or the stage the sentence sets
        ("重点整治货运车辆超载、疲劳驾驶、未安装动态监控等问题。", True),
        ("对存在积水风险的地下车库，设置挡水板并配备排水泵。", True),
        ("10月8日至10月31日为集中攻坚阶段，县安委办组织专家对全县加油站逐一检查。", True),
        ("11月1日至11月20日为总结验收阶段，对整改情况进行验收。", True),
        # counted in an assessment, laggards notified, a limit, a veto
        ("燃气整治成效纳入年度安全生产目标考核。", True),
        ("对工作推进不力的乡镇，按规定予以通报、约谈。", True),
        ("企业全面自查，部门抽查复核，对发现的问题建立清单，限期整改。", True),
        ("对发生亡人火灾的社区，年度考评实行“一票否决”。", True),
        # negative: achievements, the situation, attitude, a purpose only, a form's field line
        ("已开展燃气安全检查42次。", False),
        ("共检查餐饮场所156家，发现隐患381处。", False),
        ("当前全县燃气安全形势依然严峻。", False),
        ("充分认识燃气安全工作的重要性。", False),
        ("为便于各单位理解检查要求，现将检查重点说明如下：", False),
        ("填报单位（盖章）：    填报时间：  年  月  日", False),
        ("已纳入年度考核的事项共12项。", False),
    ],
)
def test_section_directives(sentence, expected):
    assert section_directive(sentence) is expected


SECTIONED_PLAN = """柳溪县燃气安全专项整治实施方案
一、基本情况
去年以来，全县开展燃气安全检查42次，共检查餐饮场所156家。
对存在问题的场所，全县统一下达整改通知书。
二、重点任务
（一）餐饮场所整治。重点整治餐饮场所使用不合格软管、未安装可燃气体报警器等问题。
（二）管网改造。对存在腐蚀风险的庭院管道，更换为不锈钢波纹管。
三、保障措施
燃气整治成效纳入年度安全生产目标考核。
"""


def test_action_first_sentences_are_tasks_in_a_task_section_only():
    sources = {task.source for task in extract_fields(SECTIONED_PLAN).tasks}
    assert "重点整治餐饮场所使用不合格软管、未安装可燃气体报警器等问题。" in sources
    assert "对存在腐蚀风险的庭院管道，更换为不锈钢波纹管。" in sources
    assert "燃气整治成效纳入年度安全生产目标考核。" in sources
    # the background section reports: the same shapes stay background there
    assert not any(source.startswith(("去年以来", "对存在问题的场所")) for source in sources)


def test_outside_a_section_an_action_first_sentence_keeps_the_general_rules():
    text = "关于燃气安全的情况通报\n重点整治餐饮场所使用不合格软管、未安装可燃气体报警器等问题。\n"
    sources = {task.source for task in extract_fields(text).tasks}
    assert "重点整治餐饮场所使用不合格软管、未安装可燃气体报警器等问题。" not in sources


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the agency's own framing clause, then what it announces in a later clause (analysis7 group 6)
        ("区纪委监委已经明确，今年将对燃气安全领域失职失责问题开展专项监督。", True),
        ("今年区里将进一步加大消防安全在街道综合考核中的权重。", True),
        # a sentence opening with 将 and the day its inspection starts (the agency named just before)
        ("将于下月启动“液化气钢瓶”充装站专项检查。", True),
        # a past inside what describes the target (曾发生…工地) is no report of the agency's work
        ("港南市劳工处将自6月起针对曾发生职业灾害的高风险工地实施专案检查。", True),
        # a threat after 届时 and a condition, its basis citing an article
        ("届时，如抽查不符合规定者，将依条例第21条规定，处新台币3万元以上15万元以下罚锾。", True),
        # negative: a forecast after a framing clause, a report of the past, a completion or a meeting
        # to come, the law's own punishment, a purpose alone
        ("区气象局表示，今年将有三次较强降雨过程。", False),
        ("去年区里对燃气安全开展了专项监督。", False),
        ("该工地曾发生职业灾害，劳动检查处已完成复查。", False),
        ("将于年底完工。", False),
        ("将于6月3日在区政府召开防汛会议。", False),
        ("违反本条例规定者，可处新台币3万元以上罚锾。", False),
        ("为迎接国庆长假，今年将有更多游客来到景区。", False),
    ],
)
def test_announcements_after_a_frame_or_opening_with_their_day(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a request reported anywhere in the sentence: the requested party is to act
        ("消防处巡查发现多间食肆未设灭火筒，已发出警告信，要求于14日内纠正。", True),
        ("市府呼吁辖内各加油站尽速于今年11月30日前完成防爆设备检测。", True),
        ("该署促请各大厦业主立即清理走火通道杂物。", True),
        ("执法人员责令其于3日内完成整改。", True),
        # negative: a citizen's wish, an appeal with nothing to do, a passive report
        ("多名市民呼吁加快旧楼加装电梯。", False),
        ("专家呼吁，雨季出行注意安全。", False),
        ("该厂已被责令于3日内停产整顿。", False),
        ("水务局呼吁前往海滩的游客先浏览局方网站了解海滩实况。", False),
        ("这种拖延整改的作风必须坚决纠正。", False),
    ],
)
def test_reported_requests(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a condition on whom the rule binds (…的，/…者，) and then its act
        ("经抽查发现违反消防安全规定者，依法处分。", True),
        ("外包给其他单位施工的，一并检查发包方的安全管理责任。", True),
        ("未达上述面积者，亦请参照办理。", True),
        # negative: a condition and then what happens to the party, no act of anyone checked
        ("符合条件的企业，享受税费减免。", False),
        ("违反规定者，将被依法处罚。", False),
    ],
)
def test_conditional_rules(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("对自查敷衍、上报“零隐患”却被查出问题的企业，列为重点检查对象。", True),
        ("该企业已列为重点检查对象。", False),
    ],
)
def test_listed_for_closer_checks_in_a_task_section(sentence, expected):
    assert section_directive(sentence) is expected


@pytest.mark.xfail(
    strict=True, reason="a party the vocabulary does not know, coordinated with a second one (analysis7 group 6)"
)
def test_two_unknown_parties_and_their_action_without_a_modal():
    assert sentence_is_task("北湾建管所和各小型水库完成本单位工程自查。", "notice")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the agency's name may end in an action before its office suffix (检查处); a start day closed
        # by a comma before 将; a purpose clause before the name
        ("港北市劳动检查处自7月1日起，将针对户外工地实施专案检查。", True),
        ("为了预防工人在高温下作业中暑，港北市劳动检查处自7月1日起，将针对户外工地实施专案检查。", True),
        ("东川县安全监察局将于下月起对尾矿库开展逐座复查。", True),
        # a reporting verb and a time span before the subjectless announcement
        ("职安署补充，115年3月1日起至4月30日止，将针对拆除工程实施专案检查。", True),
        ("职安署补充，将针对拆除工程实施专案检查。", True),
        # the unit's own people after it (公司各级负责人), a body named by its head noun (部门), a start time first
        ("从10月8日开始，东岭公司各车间主任将轮流巡查供暖管网。", True),
        ("有关部门会在下周检查旧楼的消防通道。", True),
        # a connective, then 会: the subject is the agency of the sentence before
        ("此外，也会检视事业单位是否落实健康管理。", True),
        # negative: past work, a prediction, the name of a place, a committee reporting, the law's penalty
        ("港北市劳动检查处自7月1日起，已针对户外工地实施了专案检查。", False),
        ("预计明天天气将转差，局部地区将有暴雨。", False),
        ("发言人补充，本月共有3宗工业意外。", False),
        ("违反规定者，将被检控，一经定罪可处罚款。", False),
        ("东岭公司各级负责人已分片检查了供暖设备。", False),
        ("东岭公司各级负责人将高度重视安全工作。", False),
        ("两个部门会同街道召开了协调会。", False),
        ("同时，也会带来一定风险。", False),
        ("同时，将安全生产纳入年度考核。", False),
    ],
)
def test_announcements_past_a_start_day_or_a_reporting_verb(sentence, expected):
    assert sentence_is_task(sentence, "news") is expected


@pytest.mark.xfail(
    strict=True,
    reason="会 before a verb the action lexicon lacks (优先处理)",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "两个部门会从余下楼宇中优先处理未遵办的旧楼。",
    ],
)
def test_announced_work_before_a_verb_the_lexicon_lacks(sentence):
    assert sentence_is_task(sentence, "news")
