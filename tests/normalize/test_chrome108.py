"""An office system's handling log between its rules removed; a remark's signer line under its rule kept
(issue 14, chrome108). Texts written for this project."""

import pytest

from nlp_pipeline.normalize import normalize

from .replayed_text import assert_keeps_and_drops, page

RULE = "------------------------------------------"
HEAVY_RULE = "=========================================="
TITLE = "关于加快整改液化气站安全隐患的函"
GREETING = "白沙镇人民政府："
ITEM = "请你镇于6月10日前完成两座液化气站的隐患整改，镇应急办负责复核。"
DATE = "2026年5月28日"
REMARK = "建议由镇应急办牵头办理，6月5日前报整改方案。"
SIGNER = "镇党政办 何某某  2026-05-29 10:20"
LOG = [
    "办理情况：办理中（当前节点：镇应急办 承办人 吴某）",
    "办理记录：",
    "  2026-05-29 09:05  镇党政办收文登记（文书 林某）",
    "  2026-05-29 10:20  拟办（镇党政办 何某某）",
    "  2026-05-29 15:40  镇应急办签收，分办至安全股",
]


def form(*middle: str) -> str:
    """An office system's processing form: the opinion under its rule, what `middle` holds, then the letter."""
    return page("拟办意见：", REMARK, SIGNER, RULE, *middle, TITLE, GREETING, ITEM, DATE)


# (case, page, what stays, what goes)
CASES = [
    ("the log between rules", form(*LOG, HEAVY_RULE), [REMARK, TITLE, ITEM], ["办理记录", "收文登记", "分办至安全股"]),
    ("the log with no status line", form(*LOG[1:], HEAVY_RULE), [ITEM], ["办理记录", "收文登记"]),
    ("the signer under the opinion", form(HEAVY_RULE), ["何某某", "2026-05-29 10:20", REMARK], []),
]

# (case, page, what stays)
KEPT = [
    # two stamped steps may be a document's own schedule
    ("two steps only", form("办理记录：", *LOG[2:4], HEAVY_RULE), ["收文登记"]),
    # the lines end sentences: the document's own account of what was done
    (
        "steps that end sentences",
        form(
            "工作安排：",
            "  2026-06-01 09:00  召开部署会。",
            "  2026-06-03 09:00  开展检查。",
            "  2026-06-05 09:00  汇总上报。",
            HEAVY_RULE,
        ),
        ["召开部署会", "开展检查"],
    ),
    # the stamp after the step: a signer's shape, not a log's
    (
        "stamp last",
        form("办理记录：", "收文登记 2026-05-29 09:05", "拟办 2026-05-29 10:20", "签收 2026-05-29 15:40", HEAVY_RULE),
        ["收文登记"],
    ),
]


@pytest.mark.parametrize(("case", "text", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_log_goes_signer_stays(case, text, stays, goes):
    assert_keeps_and_drops(text, stays, goes, case)


@pytest.mark.parametrize(("case", "text", "stays"), KEPT, ids=[c[0] for c in KEPT])
def test_near_misses_stay(case, text, stays):
    assert_keeps_and_drops(text, stays, [], case)


def test_removed_log_is_in_the_change_log():
    result = normalize(form(*LOG, HEAVY_RULE))
    removed = "".join(change.before for change in result.changes if change.step == "boilerplate")
    assert "办理记录" in removed and "收文登记" in removed


def test_signer_with_no_label_over_the_remark_goes_with_the_rule():
    # an editor's stamped line under a story's last paragraph, over a rule: the site's
    text = page(TITLE, GREETING, ITEM, "编辑 何某某  2026-05-29 10:20", RULE, "版权所有 某某网")
    assert_keeps_and_drops(text, [ITEM], ["编辑 何某某"], "stamped credit over a rule")


def test_preview_notice_over_the_title():
    text = page("【免费预览已结束，剩余2页可下载查看】  下载文档（3.00 积分）", TITLE, GREETING, ITEM, DATE)
    assert_keeps_and_drops(text, [TITLE, ITEM], ["免费预览"], "preview notice")
