"""Other stories' links with their publish day glued after them, under a story closed by a credit line of
roles and names (issue 14, chrome97). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops, page

STORY = [
    "昨日，青岚市防指召开会商会，部署防御今年第5号台风工作。",
    "会商要求，沿海养殖渔排上的人员务必在6日8时前全部撤离上岸，各县区防指要加强巡查排查。",
    "截至5日10时，青岚市已通知渔船380艘回港避风。",
]
CREDIT = "（记者 林海涛 通讯员 周明远）"
EDITOR = "责任编辑：陈晓"
LINKS = [
    "- 青岚：城区排涝调度平台下月建成2025-08-05",
    "- 快讯！受台风影响，青岚停运多趟列车2025-08-05",
    "- 青岚各地严阵以待防御台风2025-08-05",
    "- 青岚启动防台风IV级应急响应2025-08-04",
]
TAIL = ["- 最新青岚新闻 频道推荐", "下载青岚新闻客户端", "已有0人发表了评论"]


# (case, page, what stays, what goes)
CASES = [
    (
        "dated links under a reporter's credit in brackets and an editor's line",
        page(*STORY, CREDIT, EDITOR, *LINKS, *TAIL),
        [STORY[0], "回港避风"],
        ["城区排涝", "快讯", "严阵以待", "IV级", "记者", "责任编辑"],
    ),
    (
        "dated links under the reporter's credit alone, no site tail under them",
        page(*STORY, CREDIT, *LINKS),
        ["回港避风"],
        ["城区排涝", "快讯", "IV级"],
    ),
    (
        "traditional script: the links go after the script is converted",
        page(
            "昨日，青嵐市防指召開會商會，部署防禦今年第5號颱風工作。",
            "（記者 林海濤 通訊員 周明遠）",
            "責任編輯：陳曉",
            "- 快訊！受颱風影響，青嵐停運多趟列車2025-08-05",
            "- 青嵐啟動防颱風IV級應急響應2025-08-04",
        ),
        ["部署防御今年第5号台风工作"],
        ["快讯", "IV级"],
    ),
]

# near misses: no credit over the links; a plan's items closing on 。 before their day; one link
KEPT = [
    (
        "dated lines under a story without a credit stay",
        page(*STORY, *LINKS),
        ["城区排涝调度平台", "青岚启动防台风IV级应急响应"],
        [],
    ),
    (
        "a plan's items closing on a full stop before their day stay under a credit",
        page(*STORY, CREDIT, "- 完成渔排人员撤离。2025-08-06", "- 完成渔船回港统计。2025-08-07"),
        ["完成渔排人员撤离", "完成渔船回港统计"],
        ["记者"],
    ),
    (
        "one dated line under a credit is no list",
        page(*STORY, CREDIT, LINKS[0]),
        ["城区排涝调度平台"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page_text", "stays", "goes"), CASES + KEPT)
def test_dated_links_under_credit(case, page_text, stays, goes):
    assert_keeps_and_drops(page_text, stays, goes, case)


def test_forum_jammer_tokens():  # a strict xfail until chrome99 (injected_junk.toml `jammer_run`)
    text = page(
        "街道召开燃气安全整治会议",
        "7 Q4 W, p# |( k2 S/ v2 H* Q6 B4 V 为推进辖区燃气安全整治，10月12日街道召开专题会议。",
        "会议要求各社区于10月底前完成瓶装燃气用户排查。",
        "4 ]3 h# L2 ^0 Q$ k8 t: I8 m& P5 Q+ w7 n",
    )
    assert_keeps_and_drops(text, ["10月底前完成瓶装燃气用户排查"], ["Q4", "h#"], "forum jammer")


def test_print_help_block_over_the_headline():  # a strict xfail until chrome101 (line_kinds.toml `key_chord`)
    text = page(
        "友善列印 :",
        "请利用键盘按住Ctrl + P开启列印功能",
        "字级设定 :",
        "IE6请利用键盘按住ALT键 + V → X → (G)最大(L)较大(M)中(S)较小(A)小，来选择适合您的文字大小。",
        "本府新闻",
        "县府召开防台整备会议 要求各乡镇完成抽水机检查",
        "日期：115-07-04",
        "县长今（4）日主持防台整备会议，要求各乡镇公所于本月底前完成抽水机检查。",
    )
    assert_keeps_and_drops(text, ["本月底前完成抽水机检查"], ["友善列印", "字级设定"], "print help")
