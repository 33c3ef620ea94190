"""A public account's comment buttons a line each over its readers' remarks (issue 14, chrome104). Texts
written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops

TITLE = "关于做好小区电动自行车充电安全管理的通知"
ITEM = "一、各物业企业于6月30日前完成楼道电动自行车清理，社区配合。"
COUNTERS = "阅读 2.4万　　　　　　分享　收藏　赞 52　在看 17"
REMARKS = [
    "桂园小区业主：楼下充电桩太少，希望再加一些",
    "　　作者回复：已转社区和物业，会尽快答复。　👍 12",
    "晚风：支持！楼道干净多了　👍 4",
]


def post(*tail: str) -> str:
    return "\n\n".join([TITLE, ITEM, *tail]) + "\n"


# (case, page, what stays, what goes)
CASES = [
    (
        "two bare button labels under the account's counters, over the remarks",
        post(COUNTERS, "写留言", "留言", *REMARKS),
        [ITEM],
        ["写留言", "留言", "桂园小区业主", "作者回复", "楼道干净多了"],
    ),
    (
        "one bare button label under the counters",
        post(COUNTERS, "写评论", *REMARKS),
        [ITEM],
        ["写评论", "作者回复"],
    ),
]

# near misses: a body's heading or a label that is the document's, over lines shaped as remarks
KEPT = [
    (
        "a short heading of the body over two fields: no removed line above it",
        post("联系方式", "社区联系人：某某，电话12345", "物业联系人：某某，电话23456"),
        ["联系方式", "社区联系人", "物业联系人"],
    ),
    (
        "a numbered heading under the counters is no bare label",
        post(COUNTERS, "三、工作要求", "社区联系人：某某，电话12345", "物业联系人：某某，电话23456"),
        ["三、工作要求", "社区联系人"],
    ),
    (
        "three short lines over the remarks are more than a button's labels",
        post(COUNTERS, "写留言", "留言", "精选", *REMARKS),
        ["桂园小区业主"],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_thread_buttons_go(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes)


@pytest.mark.parametrize(("case", "page", "stays"), KEPT, ids=[c[0] for c in KEPT])
def test_near_misses_stay(case, page, stays):
    assert_keeps_and_drops(page, stays, [])


def test_read_aloud_label():  # chrome105's read_aloud
    assert_keeps_and_drops(post("听全文　约4分钟", ITEM), [ITEM], ["听全文"])


def test_bare_end_mark_over_recommended():  # chrome105: the list's last headline opens with a cry
    page = post(
        "END", "来源：某街道平安办", "往期推荐", "某社区新建充电棚投入使用", "好消息！某小区充电棚建成", COUNTERS
    )
    assert_keeps_and_drops(page, [ITEM], ["END", "好消息"])
