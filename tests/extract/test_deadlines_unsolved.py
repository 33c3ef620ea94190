"""Deadlines of issue 13 (dl32) still read wrong: cases found on the read sets (realstyle_sealed10, realstyle_sealed11 and
the real pages r10, r12) whose rule moved no other set, check or score-only. Each rule was written,
measured on the seventeen evaluate sets and the five real-page sets, and dropped as a fit to the one
or two documents it changed (docs/extraction.md, "Deadlines measured and dropped"); the strict xfails
keep the wanted reading, the plain cases what any rule for it must leave alone. Texts are written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import deadlines_of as deadlines_of_document
from .deadline_cases import triple

OCTOBER = dt.date(2025, 10, 9)


def found(sentence: str, doc_date: dt.date | None = OCTOBER) -> tuple | None:
    return triple(find_deadline(sentence, doc_date))


def deadlines_of(text: str) -> dict[str, tuple | None]:
    return deadlines_of_document(text, "2025-10-09")


# --- an item's 完成时限 line and the sentence's own clauses ------------------------------------------------

ASSIGNED = """关于开展冬季消防隐患整治的交办单

各街道办事处，区直有关单位：
　　现将冬季消防隐患整治任务交办如下：

1）整治群租房电动自行车充电。对辖区群租房开展一轮入户排查，严禁在楼道内停放充电。
   牵头单位：区消防救援大队（防火监督科）
   完成时限：11月30日前

2）核查养老机构消防设施。对全区养老机构的喷淋、烟感开展逐一检查，发现故障当即督促维修。
   牵头单位：区民政局
   完成时限：11月20日前

3）规范燃气钢瓶存放。严禁在地下室存放液化气钢瓶。
   牵头单位：区城管局
   完成时限：12月15日前

4）整治沿街商铺用火。立即组织对沿街餐饮商铺开展夜查，对违规用火的依法处理。
   牵头单位：区市场监管局（餐饮科）
   完成时限：12月31日前

区安委办
2025年10月9日
"""


@pytest.mark.xfail(
    strict=True,
    reason="a prohibition in a later clause (…开展排查，严禁…) makes the sentence's modality prohibit, and a "
    "prohibition keeps to its own time: the item's 完成时限 line, which ANNOTATION.md gives every task of the "
    "item, is not given (realstyle_sealed10 s14 twice; the rule moved no other set)",
)
def test_an_item_line_times_a_search_that_a_prohibition_follows():
    deadlines = deadlines_of(ASSIGNED)
    assert deadlines["对辖区群租房开展一轮入户排查，严禁在楼道内停放充电。"] == ("11月30日前", "2025-11-30", "date")


@pytest.mark.xfail(
    strict=True,
    reason="urgency in the consequent of a contingency (发现故障当即…, 发现…的，立即报告) times that step, not the "
    "item's work; the sentence's own urgency beats the item's later line (realstyle_sealed10 s14 twice; the "
    "rule moved no other set)",
)
def test_an_item_line_times_a_check_whose_urgency_is_contingent():
    deadlines = deadlines_of(ASSIGNED)
    assert deadlines["对全区养老机构的喷淋、烟感开展逐一检查，发现故障当即督促维修。"] == (
        "11月20日前",
        "2025-11-20",
        "date",
    )


def test_an_items_own_prohibition_and_its_own_urgency_keep_their_time():
    deadlines = deadlines_of(ASSIGNED)
    # negatives of the two cases above: the sentence opens with its prohibition or its urgency
    assert deadlines["严禁在地下室存放液化气钢瓶。"] is None
    assert deadlines["立即组织对沿街餐饮商铺开展夜查，对违规用火的依法处理。"] == ("立即", None, "immediate")


# --- timing words the finders do not read -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param(
            "企业复产前要对全部压力容器进行一次检验。",
            ("复产前", None, "date"),
            marks=pytest.mark.xfail(
                strict=True,
                reason="复产 (resuming production) is no event of season_before_re, which holds 复工 and 复工复产 "
                "(realstyle_sealed10 s04, realstyle_sealed11 t07; the rule moved no other set)",
            ),
        ),
        pytest.param(
            "每批游客离场后，索道站要对吊厢逐一巡检。",
            ("每批游客离场后", None, "recurring"),
            marks=pytest.mark.xfail(
                strict=True,
                reason="each occurrence of an event (每场…后, 每批…后) is read only for the weather and holiday "
                "occasions every_occasion_re lists (realstyle_sealed10 s05; the rule moved no other set)",
            ),
        ),
        pytest.param(
            "封山期间不得携带火种进入林区。",
            ("封山期间", None, "period"),
            marks=pytest.mark.xfail(
                strict=True,
                reason="a span opening a prohibition (X期间不得…) is read only for the events span_re lists "
                "(r10 w03 three times; the rule moved no other set; read after any clause opening it lowered "
                "realstyle_sealed4, 7, 8, 9, r9 and r11)",
            ),
        ),
        # a month after a future's 于/在 before the act (realstyle_sealed11 t10): read since dl110 (scheduled_month)
        ("区消防救援大队将于11月举办两期消防设施操作培训。", ("11月", "2025-11-30", "period")),
        # negatives: a resumption already past, a count of events, a span that dates a finding, a month
        # of a report
        ("节后复产以来，企业共排查隐患12处。", None),
        ("每次检查都发现了通道堵塞问题。", None),
        ("封山期间发现的违规用火行为共3起。", None),
        ("区消防救援大队于9月举办了两期培训。", None),
    ],
)
def test_timing_words_of_the_read_sets(sentence, expected):
    assert found(sentence) == expected


# --- dl43: timings that belong to a noun or to the sentence's preamble ------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a bracketed span after an order's name is how long the order holds (a noun's gloss); the act of
        # issuing it is timed by its urgency (r14 has one such item)
        pytest.param(
            "二、立即发布道路临时交通管制令（5月3日至5月5日），禁止大型货车通行。",
            ("立即", None, "immediate"),
            marks=pytest.mark.xfail(
                strict=True, reason="a bracketed span glossing an order's validity ranks as a stated span"
            ),
        ),
        # a time of the means the issuer names before its directive (借着…开展的检查) is no time of the
        # directive (务必定期检查): one read set holds the class
        pytest.param(
            "冬季用电负荷大，借着元旦前开展的用电检查，将隐患消除在萌芽状态，并提醒商户务必定期检查线路。",
            ("定期", None, "recurring"),
            marks=pytest.mark.xfail(
                strict=True, reason="a means clause before the modal is not told from the directive"
            ),
        ),
        # 即时 before a noun (即时路况: real-time traffic) describes the thing looked up, no timing
        pytest.param(
            "市民可登入平台查看即时路况，避免驶入积水路段。",
            None,
            marks=pytest.mark.xfail(strict=True, reason="immediate_re names the nouns after 即时 one by one"),
        ),
        # the plain cases any rule for these must leave alone
        ("各单位要立即开展排查。", ("立即", None, "immediate")),
        (
            "要集中开展道路隐患整治（10月10日至10月31日），整治结果及时上报。",
            ("10月10日至10月31日", "2025-10-31", "period"),
        ),
    ],
)
def test_timings_of_a_noun_or_a_preamble(sentence, expected):
    assert found(sentence) == expected
