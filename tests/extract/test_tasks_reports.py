"""What looks like a directive but is none (reports of work done, status tables, topic headings, header
lines, definitions, attitude and purpose lines), and numbered items that are directives however short
(`一是抓责任。`). Texts written for these tests, each with its negative."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.structure import document_structure  # noqa: E402
from nlp_pipeline.extract.tasks import heading_is_task, is_task, sentence_is_task  # noqa: E402
from nlp_pipeline.pipeline import process_raw, raw_from_text  # noqa: E402


def item(text: str):
    return next(s for s in document_structure(text).sentences if s.kind == "heading")


@pytest.mark.parametrize(
    "sentence, doc_type, expected",
    [
        # a counted result closing the clause reports work done
        ("质检部三月份开展专项检查3次、节前检查1次，共发现隐患27项；", "minutes", False),
        ("查处非法储存烟花爆竹案件17起，收缴鞭炮340箱。", "news", False),
        ("对2家违规储存的门店依法立案调查，暂扣超量产品共计42箱。", "news", False),
        # a facility reported built and running
        ("县应急物资储备库建成运行，村级巡查队伍实现全覆盖。", "speech", False),
        # ...but a quota, a schedule or a count inside the object directs
        ("各乡镇每月开展燃气安全检查2次。", "plan", True),
        ("县住建局牵头，对排查出的26处危险路段补设护栏。", "plan", True),
        ("各车间5月10日前完成台账复核，对新增的3台储罐补设警示标识。", "minutes", True),
        ("由县交通局牵头，组织检测单位对9座桥梁逐一开展检测，6月30日前完成。", "notice", True),
        ("县应急指挥中心要在年底前建成运行。", "speech", True),
    ],
)
def test_reported_results_are_no_tasks(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


def test_rows_of_a_status_table_are_no_tasks():
    text = (
        "附表：上月未整改隐患\n\n"
        "序号\t隐患内容\t责任单位\t原定期限\t状态\n"
        "1\t二号皮带机尾护栏缺失\t选矿车间\t3月15日\t逾期\n"
        "2\t泵房应急照明损坏\t机动部\t3月20日\t整改中\n"
    )
    assert extract_fields(text).tasks == []


def test_rows_of_a_task_table_without_a_status_stay_tasks():
    text = "序号\t工作任务\t责任单位\t完成时限\n1\t更换二号皮带机尾护栏\t选矿车间\t3月15日\n"
    assert [task.source for task in extract_fields(text).tasks] == ["1\t更换二号皮带机尾护栏\t选矿车间\t3月15日"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a topic noun heads the heading and no verb or adverb stands before it
        ("（七）督查考核。", False),
        ("五、宣传培训与考核", False),
        ("三、督办事项", False),
        ("（三）检查情况。", False),
        ("一、检查组织", False),
        # an adverb or a verb governing the topic noun makes it a directive
        ("（三）严格督导考核。", True),
        ("（二）加强督查考核。", True),
        # a verb and its object, however short, after 是 or a bare marker
        ("一是抓责任。", True),
        ("三是抓重点行业。", True),
        ("（一）及时报送检查相关台账资料", True),
        ("（三）打通消防车通道。", True),
        ("4.严管林区野外用火。", True),
        # ...but not a noun compound a verb opens, a situation, a lead-in or an attitude
        ("四、应急演练", False),
        ("三、集中充电设施", False),
        ("三是应对新情况的办法、手段显得不多。", False),
        ("三、请各村配合办理下列事项：", False),
        ("一、肯定成绩，清醒看到差距", False),
    ],
)
def test_topic_headings_and_verb_object_items(text, expected):
    assert heading_is_task(item(text), "notice") is expected


@pytest.mark.parametrize(
    "line",
    [
        "参加：公司领导班子成员，安环部、设备部负责人。",
        "发布者：王小明",
        "主办单位：县应急管理局",
        "所谓维保单位，是指受业主委托提供消防设施维护服务的专业机构。",
        "既不能坐等上级安排，也不能敷衍应付，必须全力以赴解决突出问题。",
        "为认真贯彻落实上级会议精神，加大危化品隐患整治力度。",
        "会议要求，全体干部务必高度重视防汛工作，认真组织落实上级领导批示精神。",
    ],
)
def test_header_lines_definitions_attitude_and_purpose_are_no_tasks(line):
    assert not any(is_task(s, "news") for s in document_structure(line + "\n").sentences)


@pytest.mark.parametrize(
    "line",
    [
        "参加检查的人员要如实填写记录。",  # 参加 without a colon opens a directive
        "为防止燃气事故，各乡镇要加大隐患排查力度。",  # a purpose clause with a party and a modal
        "各单位要认真组织落实防汛值班制度。",  # 落实 a system, not a spirit
    ],
)
def test_the_same_words_in_directives(line):
    assert sentence_is_task(line, "notice")


def test_the_title_in_a_page_table_cell_is_no_task():
    # normalization keeps the title field's value without the cell's bars (review #9): the title
    # line is the document's title, and no task
    text = (
        "索引号: | 000014/2024-00031 | 分类: | 安全生产 |\n"
        "发布机构: | 临江县人民政府办公室 | 文号: | 临政办发〔2024〕12号 |\n"
        "名称: | 县政府办公室关于印发《全县燃气安全专项整治方案》的通知 |\n\n各乡镇要立即开展燃气安全排查。\n"
    )
    record = process_raw(raw_from_text(text))
    assert record.meta.title == "县政府办公室关于印发《全县燃气安全专项整治方案》的通知"
    assert [task.source for task in record.tasks] == ["各乡镇要立即开展燃气安全排查。"]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("（请认真阅读以下提示信息）", False),  # an aside to the reader
        ("请认真阅读以下提示信息，各村要立即清理房前屋后可燃物。", True),
    ],
)
def test_a_line_wholly_in_parentheses_is_an_aside(line, expected):
    assert sentence_is_task(line, "news") is expected
