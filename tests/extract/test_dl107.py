"""Case table for issue 13 (dl107): the deadline rows of r55 and r56 counted, nothing built. What the pipeline
already reads keeps its reading here: 立行立改 and 限期整改 on an item, a bare 定期 before a verb of work, a span in a
clause of its own before the act. The near misses the counted classes must not break: an agency's operation span
over a list of its check focuses leaves the focuses undated (realstyle_sealed32 so09's gold), 定期检测 names the
statutory test, not a frequency, and an urgency word before a mechanism's name names the thing. The strict xfails are
the classes counted and left, each split or one page in the read golds. Texts are written for these tests."""

from __future__ import annotations

import pytest

from .deadline_views import deadline_of

TOWN_NOTICE = """青禾镇关于做好节后复工安全工作的通知
2026年2月20日
一、各企业要开展复工前隐患排查，能立即整改的立行立改，不能立即整改的限期整改。
二、镇安监站要定期开展企业复工情况通报。
三、各企业要建立隐患即时通报机制。
四、镇应急办要对各企业定期检测压力容器情况进行抽查。"""

CAMPAIGN_REPORT = """今年6月是第二十五个“安全生产月”，白沙县应急管理局周密制定活动方案，安全生产月活动期间，县应急管理局将牵头开展五项活动：
（一）举办安全生产宣传咨询日活动。
（二）组织企业开展应急疏散演练。
（三）开展“隐患随手拍”有奖征集活动。"""

CHECK_FOCUS = """行动期间，县住建局安全监督员会突击巡查在建工地，重点如下：
（一）高处作业：检查脚手架及防护栏杆是否牢固；
（二）起重作业：检查塔吊是否由持证人员操作。"""


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("各企业要开展复工前隐患排查", ("复工前", None, "date")),  # the first limit of the sentence
        ("镇安监站要定期开展", ("定期", None, "recurring")),
    ],
)
def test_what_is_read_keeps_its_reading(cue, expected):
    assert deadline_of(TOWN_NOTICE, cue) == expected


@pytest.mark.parametrize(
    "cue",
    [
        "各企业要建立隐患即时通报机制",  # an urgency word before a mechanism's name names the thing
        "镇应急办要对各企业定期检测",  # 定期检测 is the statutory test's name, no frequency
    ],
)
def test_near_misses_stay_undated(cue):
    assert deadline_of(TOWN_NOTICE, cue) is None


@pytest.mark.parametrize("cue", ["（一）高处作业", "（二）起重作业"])
def test_an_operations_span_leaves_its_check_focuses_undated(cue):
    assert deadline_of(CHECK_FOCUS, cue) is None


@pytest.mark.xfail(
    strict=True,
    reason="a campaign's span opening a lead-in that counts its activities (r55 rl15): one page for, realstyle_sealed32 "
    "so09 (focuses) and realstyle_sealed26 (在…期间注意以下事项) against, realstyle_sealed36 ss08 for: split, left",
)
@pytest.mark.parametrize("cue", ["（一）举办安全生产宣传咨询日活动", "（二）组织企业开展应急疏散演练"])
def test_a_campaign_span_times_its_counted_activities(cue):
    found = deadline_of(CAMPAIGN_REPORT, cue)
    assert found is not None and found[0].endswith("活动期间") and found[2] == "period"


@pytest.mark.xfail(
    strict=True, reason="立X立改 other than 立行立改 (r55 rl17): r56 rk11's gold takes an earlier 及时 instead"
)
def test_act_and_fix_at_once_in_other_words():
    text = "2026年3月2日\n对检查中发现的问题，镇安监站指导企业做到立查立改，难以整改的要制定方案限期完成。"
    assert deadline_of(text, "对检查中发现的问题") == ("立查立改", None, "immediate")


@pytest.mark.xfail(strict=True, reason="限时整改 (r56 rk01): one gold row in all read sets, left")
def test_a_limited_time_fix():
    text = "2026年3月2日\n各景区要全面排查隐患，建立台账，限时整改，形成闭环管理。"
    assert deadline_of(text, "各景区要全面排查隐患") == ("限时整改", None, "date")


@pytest.mark.xfail(strict=True, reason="an order's enforcement span opening its ban (r56 rk13): one gold row, left")
def test_an_orders_enforcement_span_times_its_ban():
    text = "2026年3月2日\n二、禁渔令施行期间，在本县水域内禁止一切捕捞作业。"
    assert deadline_of(text, "二、禁渔令施行期间") == ("禁渔令施行期间", None, "period")
