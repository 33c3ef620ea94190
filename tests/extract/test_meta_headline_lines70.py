"""Where a page's title stands (issue 13, meta70): a note a page or a system prints behind a note mark (*本栏目…,
※本件为…) is never the title, and a copy that kept no headline of the usual length takes the line right above its
date line (a page prints its headline over its publish stamp). A headline broken after its subject is measured and
left (a strict xfail). Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def title_of(text: str) -> str | None:
    title = extract_fields(text).meta.title
    return "".join(title.split()) if title else None


@pytest.mark.parametrize(
    "text, title",
    [
        # a note behind * or ※ above the headline: the headline over the stamp line is the title
        (
            "*本栏目提供开放数据下载服务，详情请见说明页\n"
            "镇公所加强汛期巡查，吁请居民清理排水沟渠\n"
            "建设课 2024-06-03 215\n"
            "本所于今日起派员巡查各里排水设施，请居民配合清理。\n",
            "镇公所加强汛期巡查，吁请居民清理排水沟渠",
        ),
        (
            "※本件为系统自动转发，列印时间：113/05/02 10:20\n"
            "市府启动工地防汛联合稽查 吁业者落实排水措施\n"
            "2024-05-02\n"
            "市府今日起会同各局处稽查辖内营造工地排水设施。\n",
            "市府启动工地防汛联合稽查吁业者落实排水措施",
        ),
        # a short headline right above the date line, where no headline of the usual length stands
        (
            "高温防暑提示\n2025年07月03日\n请各施工企业合理调整作业时间，做好防暑降温工作。\n",
            "高温防暑提示",
        ),
    ],
)
def test_which_line_is_the_title(text, title):
    assert title_of(text) == title


@pytest.mark.parametrize(
    "text, title",
    [
        # a mark inside a headline is no note: the headline stays the title
        (
            "县应急局开展“安全*生产月”宣传活动\n2025-06-05\n县应急局在广场开展宣传活动，发放资料500份。\n",
            "县应急局开展“安全*生产月”宣传活动",
        ),
        # a short line right above the date line, where a headline of the usual length stands, is not taken
        (
            "本站新闻\n县应急局部署汛期安全生产检查工作\n2025-06-05\n县应急局召开会议部署汛期检查。\n",
            "县应急局部署汛期安全生产检查工作",
        ),
        # a short line that ends in a colon is a lead-in, not a headline
        (
            "各有关单位：\n2025年07月03日\n请各施工企业合理调整作业时间，做好防暑降温工作。\n",
            None,
        ),
    ],
)
def test_which_line_is_not_taken(text, title):
    assert title_of(text) == title


@pytest.mark.xfail(
    strict=True,
    reason="a headline broken after its subject (…支队 / 开展…) is read as a headline and its subtitle; joining the "
    "two lifted realstyle_sealed17 and 28 but lowered realstyle_sealed17's task sectors 0.584 -> 0.579 (meta70)",
)
def test_a_headline_broken_after_its_subject():
    text = (
        "县应急管理局联合县市场监管局、县消防救援大队\n"
        "开展燃气安全隐患联合检查\n"
        "2025-06-05 09:30\n"
        "6月4日，县应急管理局联合相关部门对城区餐饮场所开展燃气安全检查。\n"
    )
    assert title_of(text) == "县应急管理局联合县市场监管局、县消防救援大队开展燃气安全隐患联合检查"
