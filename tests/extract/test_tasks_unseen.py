"""Task detection on documents nobody here wrote (issue 13 groups 1-3, tasks23): an instruction
reported in news, an item that opens with its condition, the seat and duty of a body set up for the
work, a framing section stated inline, the verbs of a division of duties, a sanction announced after
a condition, an item opening with its quarter or part of a month, a party whose name goes on past
the unit the vocabulary knows, and 未 inside a word (未来, 未然) that negates nothing. Every sentence
here is written for the test."""

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
