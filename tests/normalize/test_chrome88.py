"""A content farm's bait rows and its name over the menu; other stories' headlines under a story's
closing credit (issue 14, chrome88). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops

SPEECH = (
    "副县长在全县防汛工作会议上的讲话\n"
    "2025-05-12 09:30:00\n"
    "同志们：\n"
    "今天召开会议，主要是安排部署今年的防汛工作。各乡镇要在5月底前完成山塘水库隐患排查，县水利局牵头督导。\n"
    "二、压实责任\n"
    "各乡镇主要负责同志要靠前指挥，确保汛期安全。\n"
)
STORY = (
    "北港区办理汛前演练 区府要求加强整备\n"
    "区府今日召开防汛整备会议，要求各里于汛期来临前清理排水沟渠，并完成抽水机试运转。\n"
    "区长指出，各单位务必落实值班制度，遇强降雨立即启动应变机制，确保民众安全。（陈立安/北港报导）\n"
)

# (case, page, what stays, what goes)
CASES = [
    (
        "bait rows each under its own name, the farm's name and slogan between them and its menu",
        "热门：手游礼包免费领  |  最新影视在线看  |  日结兼职每天200\n"
        "推荐：内部消息群免费进  |  论文代写包过  |  二手房低价急售  |  ***资源站入口\n"
        "\n文稿坊 - 写材料的好帮手\n"
        "首页 | 工作总结 | 讲话稿 | 心得体会 | 会议纪要 | 登录 | 注册\n"
        "\n" + SPEECH,
        ["副县长在全县防汛工作会议上的讲话", "二、压实责任", "县水利局牵头督导"],
        ["手游礼包", "内部消息群", "文稿坊"],
    ),
    (
        "a page's first line of bait parted by the bar-shaped radical 丨",
        "免费看片入口高清无码丨成人直播一区二区丨午夜福利在线观看丨深夜影院不卡丨彩票平台注册送\n\n" + SPEECH,
        ["副县长在全县防汛工作会议上的讲话", "县水利局牵头督导"],
        ["免费看片", "彩票平台"],
    ),
    (
        "two other stories' headlines under the reporter's credit glued after the last sentence",
        STORY + "市议会审查预算 议员质疑防洪经费不足\n【气象专题】强降雨再袭：南部山区须严防土石流\n",
        ["北港区办理汛前演练", "确保民众安全。"],
        ["议员质疑", "气象专题", "陈立安"],
    ),
    (
        "other stories' headlines under a credit on its own line",
        STORY.replace("确保民众安全。（陈立安/北港报导）", "确保民众安全。\n（陈立安报导）")
        + "市议会审查预算 议员质疑防洪经费不足\n渔港整修完工 渔民盼早日复航\n",
        ["确保民众安全。"],
        ["议员质疑", "渔民盼早日复航"],
    ),
]

# near misses: the document's title, dateline, headings, short directives and signature stay
KEPT = [
    (
        "a table under a label above the first sentence: its rows are not each labelled",
        "说明：单位 | 任务 | 时限\n县水利局 | 山塘水库排查 | 5月底前\n县应急局 | 物资储备检查 | 6月10日前\n" + SPEECH,
        ["县水利局 | 山塘水库排查", "县应急局 | 物资储备检查"],
        [],
    ),
    (
        "the title between the menu and the publish line",
        "首页 | 工作总结 | 讲话稿 | 心得体会\n" + SPEECH,
        ["副县长在全县防汛工作会议上的讲话", "2025-05-12"],
        ["首页 | 工作总结"],
    ),
    (
        "the title between the breadcrumb and its publish line parted by bars",
        "柘林资讯网 - 本地生活门户\n首页 > 本地资讯 > 柘林新闻\n\n县政府召开防汛工作会议\n\n"
        "2025-05-12 09:41 | 来源:柘林日报 | 作者:林某 | 阅读:\n\n"
        "会议要求各乡镇在5月底前完成山塘水库隐患排查，县水利局牵头督导。\n",
        ["县政府召开防汛工作会议", "县水利局牵头督导"],
        ["柘林资讯网"],
    ),
    (
        "an issuer over the title, under the breadcrumb",
        "当前位置：首页 > 通知公告\n县防汛抗旱指挥部办公室\n关于做好汛前检查的通知\n各乡镇：\n"
        "请于5月底前完成山塘水库隐患排查，县水利局牵头督导。\n",
        ["县防汛抗旱指挥部办公室", "关于做好汛前检查的通知"],
        [],
    ),
    (
        "a signature and date under a story with its credit: no headline run",
        STORY + "北港区公所\n2025年5月12日\n",
        ["北港区公所", "2025年5月12日"],
        [],
    ),
    (
        "short directives without a full stop under a story without a credit",
        STORY.replace("（陈立安/北港报导）", "") + "各里务必清理沟渠\n各单位严格落实值班\n",
        ["各里务必清理沟渠", "各单位严格落实值班"],
        [],
    ),
    (
        "one headline-shaped line under the credit: not a run",
        STORY + "渔港整修完工 渔民盼早日复航\n",
        ["确保民众安全。"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES + KEPT)
def test_bait_rows_and_headlines_under_credit(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


def test_caption_with_left_right_marks():  # chrome91: a caption naming two bracketed sides, by its place
    page = STORY.replace(
        "区府今日", "堤防新设抽水站启用，机组架于闸门两侧（左图），夜间试运转（右图）。业者提供\n区府今日"
    )
    assert_keeps_and_drops(page, ["区府今日召开防汛整备会议"], ["业者提供"], "caption")
