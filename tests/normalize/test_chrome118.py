"""A page's top lines above its headline (issue 14, chrome118), a measured no: the rule that a headline
right over the page's publish stamp is the title, and the page's first line above it (a site's slogan or
cut name, with its contact fields) the site's top, mended r57 (3.10 → 2.49 %) and made ten check sets
fall (titles, text, then units), so it is not built. What the pipeline does now is pinned here; the
shapes it still keeps are strict xfails. Texts written for this project."""

import pytest

from nlp_pipeline.normalize import normalize

from .replayed_text import assert_keeps_and_drops, kept, page

HEADLINE = "青江县召开冬季道路交通安全工作会"
STAMP = "发布时间：2025-01-10 09:30:12    来源：青江县融媒体中心    责编：王某某"
PUBLISHED = "青江在线  发布时间：2025-01-10"
LEAD = "1月9日上午，青江县召开冬季道路交通安全工作会，各乡镇分管负责同志参加会议。"
ORDER = "会议要求，各乡镇要立即组织排查辖区内临水临崖路段，县交通运输局要在1月20日前完成护栏修复。"
BODY = ("", LEAD, "", ORDER)

# (case, page, what stays, what goes): the site's top over a headline over its stamp (measured, not built)
SITE_TOP = [
    (
        "a site's slogan over the headline over a publish line",
        page("青江地区综合性资讯平台", "", HEADLINE, "", PUBLISHED, *BODY),
        [HEADLINE, "2025-01-10", LEAD, ORDER],
        ["综合性资讯平台", "青江在线"],
    ),
    (
        "a site's cut name and its contact fields over the headline over a stamp",
        page("青江新闻网乡镇", "投稿热线：0123-4567890      来稿邮箱：news@example.com", HEADLINE, STAMP, *BODY),
        [HEADLINE, "2025-01-10 09:30:12", LEAD, ORDER],
        ["青江新闻网乡镇", "投稿热线", "来稿邮箱", "责编"],
    ),
]

# (case, page, what stays, what goes): what the pipeline keeps and drops now around a headline over a stamp
NEAR_MISSES = [
    (
        "a title naming its genre over a second headline",
        page("青江县应急管理局关于做好冬季安全生产工作的通知", "", HEADLINE, STAMP, *BODY),
        ["青江县应急管理局关于做好冬季安全生产工作的通知", LEAD],
        ["责编"],
    ),
    (
        "a subtitle over the stamp",
        page("冬夜里的守护者", "——记青江县交警大队事故预防中队", STAMP, *BODY),
        ["——记青江县交警大队事故预防中队", "2025-01-10 09:30:12", LEAD],
        ["责编"],
    ),
    (
        "a headline already over the stamp",
        page(HEADLINE, STAMP, *BODY),
        [HEADLINE, "2025-01-10 09:30:12", LEAD],
        ["责编"],
    ),
]


@pytest.mark.parametrize(("case", "text", "stays", "goes"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_cases(case, text, stays, goes):
    assert_keeps_and_drops(text, stays, goes, case)


@pytest.mark.xfail(strict=True, reason="measured and not built: ten check sets fell (docs/normalization.md, chrome118)")
@pytest.mark.parametrize(("case", "text", "stays", "goes"), SITE_TOP, ids=[c[0] for c in SITE_TOP])
def test_site_top_over_headline(case, text, stays, goes):
    assert_keeps_and_drops(text, stays, goes, case)


def test_clean_text_unchanged():
    assert normalize("\n".join([HEADLINE, "2025年1月10日", LEAD, ORDER])).changes == []


# What still fails (docs/normalization.md, chrome118)
STILL_FAILS = [
    # a scrolling notice with a hotline over the date, the headline under the date: no stamp under a headline
    (
        "a marquee and a hotline over a date over the headline",
        page("滚动公告", "※请注意防寒保暖，出行注意安全 ※免费服务热线：12345", "2025/01/10", HEADLINE, *BODY),
        "滚动公告",
    ),
    # a weather widget's words between a skip link and the widget's labels: no site word, no field
    (
        "a weather widget's words above the headline",
        page("跳到主要内容区块", "多云", "气温", "降雨：", "AQI", HEADLINE, "发布日期：114-01-10", *BODY),
        "多云",
    ),
    # a news portal's greeting, home-page buttons and paper's date above two headlines
    (
        "a paper's greeting and buttons above the headline",
        page("您好！今天是", "设为主页收藏本页", "当前报章2025年01月10日", HEADLINE, *BODY),
        "设为主页",
    ),
]


@pytest.mark.xfail(strict=True, reason="left: see STILL_FAILS")
@pytest.mark.parametrize(("case", "text", "left"), STILL_FAILS, ids=[c[0] for c in STILL_FAILS])
def test_still_fails(case, text, left):
    assert left not in kept(text), case


@pytest.mark.xfail(strict=True, reason="left: a short headline over its subtitle is taken for the site's (as on main)")
def test_headline_over_subtitle_kept():
    assert "冬夜里的守护者" in kept(page("冬夜里的守护者", "——记青江县交警大队事故预防中队", STAMP, *BODY))
