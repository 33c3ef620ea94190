"""A section bar (▌▍) before a post's heading removed, the heading kept and read as a section's heading by
the title finder and the task step (issue 14, chrome107). Texts written for this project."""

import pytest

from nlp_pipeline import process
from nlp_pipeline.normalize import normalize
from nlp_pipeline.pipeline import marked_headings

from .replayed_text import assert_keeps_and_drops, page

HEADLINE = "镇安委办约谈两家物流企业负责人"
LEDE = "5月12日，镇安委办对近期检查中发现重大隐患的两家物流企业负责人进行约谈。"
ITEM = "一是两家企业于5月30日前完成仓库电气线路整改，镇应急办负责复核。"
LAST = "二是各村于6月10日前对辖区仓储场所开展一次排查。"

# (case, page, what stays, what goes)
CASES = [
    ("bar over a heading", page(HEADLINE, LEDE, "▌约谈要求", ITEM, LAST), ["约谈要求", ITEM], ["▌"]),
    ("thin bar, numbered heading", page(HEADLINE, LEDE, "▍02　仓储企业：管好消防通道", ITEM), ["02"], ["▍"]),
    ("bar and a question", page(HEADLINE, LEDE, "▍白天没人在家怎么办？", ITEM), ["白天没人在家怎么办？"], ["▍"]),
]

# (case, page, what stays)
KEPT = [
    ("a bar inside a site's strip", page(HEADLINE, LEDE, ITEM, "某某发布 ▏往期推荐"), ["▏"]),
    ("a full block masking a name", page(HEADLINE, LEDE, "██物流公司于5月30日前完成整改。", LAST), ["██"]),
]


@pytest.mark.parametrize(("case", "text", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_bar_goes_heading_stays(case, text, stays, goes):
    assert_keeps_and_drops(text, stays, goes, case)


@pytest.mark.parametrize(("case", "text", "stays"), KEPT, ids=[c[0] for c in KEPT])
def test_near_misses_stay(case, text, stays):
    assert_keeps_and_drops(text, stays, [], case)


def test_change_log_keeps_the_heading():
    changes = normalize(page(HEADLINE, LEDE, "▌约谈要求", ITEM)).changes
    assert marked_headings(changes) == ("约谈要求",)


def test_dateline_kept_from_its_label_is_no_heading():
    changes = normalize(page("发布时间：2026-05-12", HEADLINE, LEDE, ITEM)).changes
    assert marked_headings(changes) == ()


def test_heading_is_neither_title_nor_task():
    # a post with no headline of its own: the barred heading must not become its title or a task
    record = process(page(LEDE, "▌约谈要求", ITEM, LAST))
    assert record.meta.title != "约谈要求"
    assert all(task.text != "约谈要求" for task in record.tasks)


@pytest.mark.xfail(
    strict=True, reason="an OA's 办理记录 log (a timestamp, an actor and an action a line) stays: measured, left"
)
def test_office_log_under_its_label():
    text = page(
        "办理情况：办理中（当前节点：镇应急办）",
        "办理记录：",
        "  2026-05-12 09:12  镇党政办收文登记（秘书 王某）",
        "  2026-05-12 10:20  镇应急办签收",
        "【正文】",
        HEADLINE,
        LEDE,
        ITEM,
    )
    assert_keeps_and_drops(text, [ITEM], ["收文登记", "办理记录"])
