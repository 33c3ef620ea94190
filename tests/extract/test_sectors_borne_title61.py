"""A title's one sector as the document's topic where the tasks bear it out (issue 13, sectors61):
the body's share it needs drops from [topic] title_share to borne_title_share when at least
borne_task_share of the tasks naming any sector name it (sector_rules.toml)."""

import pytest

from nlp_pipeline.extract.sectors import document_topic

WEATHER_TITLE = "劳工处提醒雇主在酷热天气下保障户外雇员安全"
# half the body's mentions name the weather, the other half the sites the advisory speaks of
WEATHER_BODY = "酷热天气。暴雨。台风。工地。脚手架。塔吊。"


@pytest.mark.parametrize(
    "title, body, tasks_sectors, expected",
    [
        # the tasks bear the title out (4 of 5 naming a sector name it): half the body is enough
        (
            WEATHER_TITLE,
            WEATHER_BODY,
            [["自然灾害"], ["自然灾害"], ["自然灾害", "建筑施工"], ["自然灾害"], ["建筑施工"], []],
            ["自然灾害"],
        ),
        # every task naming a sector names it
        (
            "关于加强燃气安全管理的通知",
            "燃气。液化气。燃气。火灾。学校。餐饮。",
            [["城镇燃气"], ["城镇燃气"], []],
            ["城镇燃气"],
        ),
        # negatives: the tasks bear it out less (3 of 5): the body must hold the usual share
        (WEATHER_TITLE, WEATHER_BODY, [["自然灾害"], ["自然灾害"], ["自然灾害"], ["建筑施工"], ["建筑施工"]], []),
        # the tasks bear it out but the body speaks of it less than half the time
        (WEATHER_TITLE, "酷热天气。工地。脚手架。塔吊。吊篮。", [["自然灾害"], ["自然灾害"]], []),
        # no task names any sector: nothing bears the title out
        (WEATHER_TITLE, WEATHER_BODY, [[], []], []),
    ],
)
def test_a_title_borne_out_by_its_tasks_needs_half_the_body(title, body, tasks_sectors, expected):
    assert document_topic(title, body, "news", tasks_sectors) == expected


@pytest.mark.parametrize(
    "title, body, doc_type, tasks_sectors, expected",
    [
        pytest.param(
            "森林防灭火工作方案",
            "森林火灾。护林。森林火灾。山火。森林火灾。输电线路。",
            "plan",
            [["自然灾害"], ["自然灾害"], ["自然灾害"], []],
            ["自然灾害"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a plan focused on its title's sector: measured (plan_share 0.8), heldout 0.902 → 0.867 and "
                "realstyle, realstyle_sealed, sealed2 fell; the gold sets split",
            ),
        ),
        pytest.param(
            "致辖区餐饮经营户的一封信",
            "燃气。液化气。燃气。火灾。餐饮场所。燃气。消防通道。燃气。商场。",
            "notice",
            [["城镇燃气"], ["城镇燃气"], ["消防"], []],
            ["城镇燃气"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a letter to one trade whose title names no sector: the body's most named sector holds 55 %, "
                "under body_share; not measured further",
            ),
        ),
    ],
)
def test_topics_left(title, body, doc_type, tasks_sectors, expected):
    assert document_topic(title, body, doc_type, tasks_sectors) == expected
