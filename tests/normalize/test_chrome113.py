"""False changes on real pages: a body sentence's bracket running through a line that reads as a breadcrumb
alone, and a table's row numbers printed a line each over cells opened by bars (issue 14, chrome113). Texts
written for this project."""

import pytest

from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.lines import CHROME, line_features

from .replayed_text import assert_keeps_and_drops, kept, page

NOTICE = "关于开展2025年安全生产月活动的通知"
ITEM_ONE = "一、各单位要按照省安委办部署，结合本单位实际制定活动方案，于6月5日前报区应急局。"
# a file's place on the bureau's site, spelled out inside the body's brackets and wrapped over three lines
PATH_OPEN = "二、活动方案已发布在区应急局网站（位置：区政府网站http://www.example.gov.cn/->部门动态->"
PATH_MIDDLE = "区应急管理局->通知公告->安全生产->关于印发安全生产月活动方案的通知"
PATH_CLOSE = "附件），请各单位自行下载，逾期不再另行通知。"
ITEM_THREE = "三、各单位要确保活动取得实效。"
TOP_CRUMB = "首页->通知公告->安全生产->正文"


def bracketed_path(*middle: str) -> str:
    return page(NOTICE, ITEM_ONE, PATH_OPEN, *middle, PATH_CLOSE, ITEM_THREE)


def checklist(*rows: tuple[str, str]) -> str:
    """A checklist copied a cell a line, each cell after a bar, each row's number alone on its line (an empty
    cell's lone bar over the first: the chrome evidence beside it took the numbers)."""
    lines = [
        NOTICE,
        ITEM_ONE,
        ITEM_THREE,
        "附表",
        "安全生产检查表",
        "序号",
        "| 检查时间：",
        "| 检查人员：",
        "|",
        "检查内容",
        "| 检查结果",
        "|",
    ]
    for number, item in rows:
        lines += [number, f"| {item}", "| |"]
    return page(*lines)


ROWS = [
    ("1", "是否制定了本单位安全生产月活动方案"),
    ("2", "是否召开了动员部署会议"),
    ("3", "是否开展了隐患排查整治"),
    ("4", "是否组织了应急演练"),
]


def test_the_middle_line_reads_as_chrome_alone():
    """The rule's premise: on its own the path's middle line is a site's breadcrumb."""
    assert line_features(PATH_MIDDLE).kind == CHROME


# (case, page, what stays, what goes)
CASES = [
    # the body's bracket opens above the breadcrumb-shaped line and closes right under it: one sentence
    ("a path inside the body's brackets", bracketed_path(PATH_MIDDLE), [PATH_MIDDLE, "自行下载"], []),
    # the same in a 〔〕 bracket
    (
        "a path inside 〔〕",
        page(NOTICE, PATH_OPEN.replace("（", "〔"), PATH_MIDDLE, PATH_CLOSE.replace("）", "〕"), ITEM_THREE),
        [PATH_MIDDLE],
        [],
    ),
    # a table's row numbers, each over a cell opened by a bar
    (
        "a checklist's row numbers",
        checklist(*ROWS),
        ["\n1\n", "\n2\n", "\n3\n", "\n4\n", "是否召开了动员部署会议", "是否组织了应急演练"],
        [],
    ),
    # a page's own breadcrumb over the title still goes
    ("a breadcrumb over the title", page(TOP_CRUMB, NOTICE, ITEM_ONE, ITEM_THREE), [ITEM_ONE], [TOP_CRUMB]),
]

# (case, page, what stays, what goes): near misses the rules leave as they were
NEAR_MISSES = [
    # a bare address alone inside the body's brackets is a link's target and goes (test_real_copies22)
    (
        "a bare address inside the brackets",
        page(NOTICE, ITEM_ONE, "二、请登录区应急局网站（", "http://www.example.gov.cn/aqsc", PATH_CLOSE, ITEM_THREE),
        ["自行下载"],
        ["example.gov.cn"],
    ),
    # the bracket above closes on its own line: the breadcrumb under it is the site's
    (
        "a closed bracket above",
        page(NOTICE, ITEM_ONE, "二、活动方案见附件（共3页）", TOP_CRUMB, "附件），请各单位自行下载。", ITEM_THREE),
        [ITEM_ONE],
        [TOP_CRUMB],
    ),
    # the line under the breadcrumb opens another bracket before it closes one: no run through it
    (
        "a bracket opened again below",
        page(NOTICE, "二、活动方案（", TOP_CRUMB, "（附件）下载", ITEM_THREE),
        [ITEM_THREE],
        [TOP_CRUMB],
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "stays", "goes"), CASES + NEAR_MISSES, ids=[c[0] for c in CASES + NEAR_MISSES]
)
def test_cases(case, text, stays, goes):
    assert_keeps_and_drops(text, stays, goes, case)


def test_row_numbers_need_a_run():
    """Two numbers over bars are no table's run (three at least): the chrome evidence takes them as before."""
    assert "\n1\n" not in kept(checklist(*ROWS[:2]))


def test_clean_text_unchanged():
    assert normalize("\n".join([NOTICE, ITEM_ONE, ITEM_THREE])).changes == []


def test_a_label_between_lone_bars_kept():
    """Once left as a strict xfail here; a label alone among a table's bars is the form's (gbk96)."""
    text = checklist(*ROWS).replace("| 检查人员：\n|\n", "| 检查人员：\n|\n被检查单位：\n|\n")
    assert "被检查单位" in kept(text)
