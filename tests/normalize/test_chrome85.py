"""A table drawn with box-drawing characters, its wrapped cells joined into one row a line (issue 14, chrome85).

A word processor's or a PDF's table pasted as text keeps its frame (┌──┬──┐, ├──┼──┤, └──┴──┘) and its
column widths: a cell longer than its column wraps onto the row's next lines, whose first cell (the
number) is blank. The box_table step writes each row as one line of cells parted by `|`, the wrapped
pieces of a cell joined, the header row kept and the frame gone (the step tasks94 built; these cases
add the wrapped-party and header-only-ruled shapes of realstyle_sealed34). A rule drawn alone, a menu
parted by bars, a pipe table already written as rows and one framed row stay as they were.

Every text here is invented."""

import pytest

from nlp_pipeline import extract
from nlp_pipeline.normalize.box_table import rebuild_box_tables

from .replayed_text import assert_keeps_and_drops, kept

FRAMED = """附件
青石县燃气隐患整改清单
┌──┬────────────┬────────┬────────┐
│序号│问题                    │责任单位        │整改时限        │
├──┼────────────┼────────┼────────┤
│1   │城南菜市场液化气瓶与明火│城南街道办事处（│5月10日前       │
│    │混放，未设泄漏报警器    │牵头），县住建局│                │
│    │                        │（配合）        │                │
├──┼────────────┼────────┼────────┤
│2   │青石镇中学食堂燃气管道老│县教育局        │暑假前          │
│    │化                      │                │                │
└──┴────────────┴────────┴────────┘
注：表中未列明配合单位的，由牵头单位自行组织。"""

ROWS = [
    "序号|问题|责任单位|整改时限",
    "1|城南菜市场液化气瓶与明火混放，未设泄漏报警器|城南街道办事处（牵头），县住建局（配合）|5月10日前",
    "2|青石镇中学食堂燃气管道老化|县教育局|暑假前",
]

# only the header is ruled off: a row starts where its first cell is not blank
HEADER_RULED = """┏━━┳━━━━━━━━┳━━━━━━┓
┃序号┃检查内容        ┃完成时限    ┃
┣━━╋━━━━━━━━╋━━━━━━┫
┃1   ┃加油站卸油区静电┃6月底前     ┃
┃    ┃接地检测        ┃            ┃
┃2   ┃储罐液位报警校验┃7月15日前   ┃
┗━━┻━━━━━━━━┻━━━━━━┛"""


def test_framed_table_becomes_one_row_a_line():
    text, changes = rebuild_box_tables(FRAMED)
    assert text.split("\n")[2:5] == ROWS
    assert text.startswith("附件\n青石县燃气隐患整改清单\n")
    assert text.endswith("\n注：表中未列明配合单位的，由牵头单位自行组织。")
    assert changes and all(change.step == "box_table" for change in changes)


def test_row_starts_at_a_numbered_line_when_only_the_header_is_ruled():
    text, _ = rebuild_box_tables(HEADER_RULED)
    assert text.split("\n") == [
        "序号|检查内容|完成时限",
        "1|加油站卸油区静电接地检测|6月底前",
        "2|储罐液位报警校验|7月15日前",
    ]


UNTOUCHED = [
    ("a rule drawn alone under a heading", "一、总体要求\n┌────────────┐\n各镇要于6月底前完成排查。"),
    ("a menu parted by bars", "首页 │ 政务公开 │ 通知公告\n关于开展燃气安全检查的通知"),
    ("a pipe table already written as rows", "序号 | 问题 | 整改时限\n1 | 气瓶混放 | 5月10日前"),
    ("one framed row is no table", "┌──┬──┐\n│序号│问题│\n└──┴──┘"),
]


@pytest.mark.parametrize(("case", "text"), UNTOUCHED, ids=[c[0] for c in UNTOUCHED])
def test_text_without_a_framed_table_is_untouched(case, text):
    assert rebuild_box_tables(text) == (text, [])


def test_rows_survive_normalization_and_replay():
    page = "关于开展燃气隐患整改的通知\n\n各单位要按清单整改到位。\n\n" + FRAMED + "\n"
    assert_keeps_and_drops(page, ROWS[1:], ["│", "┼", "──"], "framed table in a notice")


def test_a_joined_row_is_a_task_with_its_parties():
    record = extract(kept("关于开展燃气隐患整改的通知\n\n各单位要按清单整改到位。\n\n" + FRAMED + "\n"))
    row = next(task for task in record.tasks if "液化气瓶" in task.source)
    assert "城南街道办事处" in {unit.mention for unit in row.units}
    assert row.deadline is not None and "5月10日" in row.deadline.text


def test_spam_rows_above_a_farm_name():  # fixed by chrome88: stacked labelled bars, the name over the menu
    page = (
        "热门：网上彩票官网下载APP送66元  |  2024最新大片免费在线观看  |  网赚日结兼职每天三百  |  独家秘方七天瘦八斤\n"
        "推荐：内部消息群免费进  |  论文代写包过  |  低价装修报价  |  旧车高价回收  |  ***高清专区入口\n"
        "热门：彩票计划群  |  免费领会员  |  点此进入专区\n\n"
        "文稿网 - 公文写作好帮手\n首页 | 工作总结 | 讲话稿 | 心得体会 | 登录 | 注册VIP\n\n"
        "您现在的位置：文稿网 > 讲话稿 > 领导讲话 > 正文\n\n"
        "在全县燃气安全工作会议上的讲话\n\n时间：2024-05-20 09:12:33  来源：网友投稿  作者：匿名  阅读：1234次\n\n"
        "同志们：\n\n各镇要于6月30日前完成辖区液化气站安全检查。\n"
    )
    assert_keeps_and_drops(
        page, ["在全县燃气安全工作会议上的讲话", "各镇要于6月30日前"], ["彩票", "论文代写", "文稿网"], "spam rows"
    )
