"""Bodies a clause names but that do not act, and a works item's parties in its heading's parenthesis (issue 13,
units73).

A contact's line (联系人：县应急管理局王某) names whom to call, no party (unit_rules.toml contact_label,
units.names_a_contact). A spokesman's body before a report whose clause opens with another party (X有关负责人表示，
各乡镇要…) frames the report; with no party there the body announces its own work and stays the party
(spokesman_frame, units.frames_another_party). An inspection notice's numbered item may name the project's
contractor in its heading's parenthesis (`2. 某道路工程（施工单位：某公司）`): the label names the party by its side in
the works, as 责任单位 does, and the item's sentences with no party of their own take it (party_parenthesis).
Texts written for these tests."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import closing_parenthesis_units, find_units

NOT_ACTING = [
    # (sentence, mentions found)
    ("各乡镇检查情况请于每月5日前报县安委办，联系人：县应急管理局李某，电话12345678。", ["各乡镇"]),
    ("联系单位：县住建局质安站，联系电话：1234567。", []),
    ("市交通局有关负责人表示，各运输企业要严格落实车辆动态监控制度。", ["各运输企业"]),
    ("县农业农村局相关负责人介绍，各乡镇要在汛前完成渡口排查。", ["各乡镇"]),
    # a ministry department's director (司长) is a speaker's title, as 局长 and 厅长 are
    ("应急管理部安全执法司司长王某在会上强调，各地要严格执法。", ["各地"]),
    ("住建部城建司司长王某做重要讲话。", []),
    # negatives: the bureau acts on its own line; a spokesman announcing the bureau's own work; a 责任单位 label
    ("县应急管理局负责汇总各乡镇检查情况，联系电话12345678。", ["县应急管理局"]),
    ("市城管局相关负责人表示，下一步将推动建立户外广告牌安全检测制度。", ["市城管局"]),
    ("县住建局负责人要带队开展检查。", ["县住建局"]),
    ("应急管理部安全执法司要在6月底前完成修订。", ["应急管理部"]),
]


@pytest.mark.parametrize(("sentence", "mentions"), NOT_ACTING)
def test_a_body_that_does_not_act_is_no_party(sentence, mentions):
    assert [unit.mention for unit in find_units(sentence)] == mentions


PARENTHESES = [
    # (an item's heading, the parties its parenthesis names)
    (
        "北环路排水管网工程（施工单位：江河市政工程有限公司，监理单位：远成工程监理有限公司）",
        ["江河市政工程有限公司", "远成工程监理有限公司"],
    ),
    ("滨湖花园三期项目（建设单位：恒达置业有限公司）", ["恒达置业有限公司"]),
    ("城东排涝泵站改造（责任单位：县水利局）", ["县水利局"]),
    # negatives: a gloss with no label; a label that names no party's side
    ("向县应急局（安委办）报告", []),
    ("北环路排水管网工程（工程造价：1200万元）", []),
]


@pytest.mark.parametrize(("heading", "mentions"), PARENTHESES)
def test_a_works_items_parenthesis_names_its_parties(heading, mentions):
    assert [unit.mention for unit in closing_parenthesis_units(heading)] == mentions


WORKS_NOTICE = """关于近期在建工程安全检查情况的通报
各施工单位：
现将3月检查发现的问题通报如下。
一、存在问题及整改要求
1. 北环路排水管网工程（施工单位：江河市政工程有限公司）
沟槽边坡未按方案放坡。收到本通报之日起5日内整改完毕。
2. 城东学校改建工程（施工单位：宏远建筑有限公司）
施工区与教学区未隔离。须在4月8日前完成隔离围挡。
县住房和城乡建设局
2031年3月25日
"""


def test_the_items_under_a_works_heading_take_its_contractor():
    record = extract_fields(WORKS_NOTICE)
    parties = {task.source: [unit.mention for unit in task.units] for task in record.tasks}
    assert parties["收到本通报之日起5日内整改完毕。"] == ["江河市政工程有限公司"]
    assert parties["须在4月8日前完成隔离围挡。"] == ["宏远建筑有限公司"]


# Measured and left out (docs/extraction.md, units73): the body whose check a later act waits on (经X复查合格后方可…)
# as no party — the gold splits (an enterprise's own confirming department is a party) and a check set fell.
@pytest.mark.xfail(strict=True, reason="经X…合格后方可: dropping the approver lowered genre (check) units (units73)")
def test_the_approver_of_a_condition_is_no_party():
    sentence = "某公司要立即停止该作业面生产，经市应急管理局组织专家复核合格后方可恢复作业。"
    assert [unit.mention for unit in find_units(sentence)] == ["某公司"]
