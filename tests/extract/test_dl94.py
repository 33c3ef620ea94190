"""Deadline readings of issue 13 (dl94; docs/extraction.md, "A check's own time section dates the items that do the
check"). A heading naming the time of the document's check and nothing else (一、排查时间) over a line that is one span
from a stated day (5月9日至5月20日) gives that span to the later items that state no time of their own and do the
check: the check word opens a clause as the act (重点检查…, 检查范围：…) or closes one as its object (…逐户排查，).
A campaign's or a drive's time (活动时间, 整治时间), a span from today, a check word inside a noun phrase and an item's
own limit leave the items as before. The strict xfails are forms measured and left. Texts are written for these tests."""

from __future__ import annotations

import pytest

from .deadline_views import deadline_of

CHECK_WINDOW = """关于开展冬季燃气安全隐患排查的通知
各社区、各有关单位：
为做好冬季燃气安全工作，街道决定开展一次燃气安全隐患排查。现将有关事项通知如下：
一、排查时间
2025年11月3日至11月14日。
二、排查重点
（一）餐饮场所。重点检查燃气报警器是否安装，软管是否老化。
（二）老旧小区。检查入户管道、阀门是否完好。
三、工作要求
1.各社区主任为本社区排查第一责任人，网格员具体负责。
2.各社区要组织网格员对辖区商铺逐户排查，不漏一户。
3.各社区须于11月10日前将排查台账报街道应急办。
4.街道市场监管所要对辖区液化气供应点进行一次书面抽查和现场检查，核实气瓶来源。
街道办事处
2025年10月30日"""

CHECK_GROUPS = """关于做好国庆节前安全大检查的通知
各村、各站所：
一、检查整改时间
2025年9月22日-9月28日
二、分组情况
（一）第一检查组
责任单位：应急办、派出所
检查范围：加油站、液化气站、烟花爆竹零售点。
三、检查要求
各检查组要深入企业、场所，开展全方位的安全大检查，发现隐患逐一登记。
镇人民政府
2025年9月19日"""


@pytest.mark.parametrize(
    ("document", "opening", "expected"),
    [
        # the items under the check's focus: the check word opens the clause as its act
        (CHECK_WINDOW, "重点检查燃气报警器", ("2025年11月3日至11月14日", "2025-11-14", "period")),
        (CHECK_WINDOW, "检查入户管道", ("2025年11月3日至11月14日", "2025-11-14", "period")),
        # a requirement that closes its clause with the check, or with the check as the act's object
        (CHECK_WINDOW, "逐户排查", ("2025年11月3日至11月14日", "2025-11-14", "period")),
        (CHECK_WINDOW, "书面抽查", ("2025年11月3日至11月14日", "2025-11-14", "period")),
        # a group's 检查范围 line and the groups' requirement, under a window written with a hyphen
        (CHECK_GROUPS, "检查范围", ("2025年9月22日-9月28日", "2025-09-28", "period")),
        (CHECK_GROUPS, "安全大检查", ("2025年9月22日-9月28日", "2025-09-28", "period")),
        # near misses: the check inside a noun phrase; an item's own limit
        (CHECK_WINDOW, "排查第一责任人", None),
        (CHECK_WINDOW, "排查台账", ("11月10日前", "2025-11-10", "date")),
    ],
)
def test_a_check_window_dates_the_items_doing_the_check(document, opening, expected):
    assert deadline_of(document, opening) == expected


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("一、活动时间", "2025年11月3日至11月14日。"),  # a campaign's programme: its items stay undated
        ("一、整治时间", "2025年11月3日至11月14日。"),  # a drive's span
        ("一、排查时间", "即日起至2025年11月14日。"),  # a span from today runs the whole drive
        ("一、排查时间和步骤", "2025年11月3日至11月14日。"),  # a heading naming more than the time
    ],
)
def test_no_window_without_a_checks_own_time_of_stated_days(heading, line):
    text = CHECK_WINDOW.replace("一、排查时间\n2025年11月3日至11月14日。", f"{heading}\n{line}")
    assert deadline_of(text, "检查入户管道") is None


@pytest.mark.parametrize(
    ("document", "opening", "expected"),
    [
        pytest.param(
            """关于约谈恒达建材有限公司的通知
恒达建材有限公司：
一、约谈时间
2025年10月17日（星期五）上午9:00。
二、有关要求
（一）约谈前，你公司应对照问题清单逐项开展自查。
县应急管理局
2025年10月14日""",
            "约谈前",
            ("约谈前", "2025-10-17", "date"),
            id="bare-event-before-qian",
        ),
    ],
)
def test_an_event_the_document_dates_times_a_limit_before_it(document, opening, expected):
    # the bare event before 前 is dated by its own day (sealed35 sr05), as dl99 reads it
    assert deadline_of(document, opening) == expected
