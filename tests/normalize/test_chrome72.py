"""Real copies (issue 14, chrome72): a table of the body is no site's menu; a signature's date with its
year left blank is a dateline.

A short table row with a telephone number (甲村 | 王某 | 13800001111 |) carries a menu's bars
(`separated`) and a hotline's number (`phone_line`), together a chrome line's score, and a notice's
annexed table lost its rows as if they were the site's contact block. In a run of lines with the same
count of bars under a head row that names its columns (no figure in it), with two rows or more, a row
that is chrome only by its bars is a table row (`keep_body_table_rows`, lines.py). A menu's line in the
same run (网站首页 | 联系我们 | 网站地图 |) carries other chrome and goes.

A page's first line of other pages' headlines set apart by runs of spaces is a ticker
(`is_headline_ticker`) when no part holds a clause's mark; a colon inside a work's name in guillemets
(《某游戏: 副标题》) is the name's, not a clause, and no longer keeps the ticker over the headline.

A template's signature date with its year left blank (年三月三十日) read as a short line and went with the
site's footer under it, and the issuer's name above it too; it is now a dateline (`date_line`), which
ends the footer block.

Every text here is invented."""

import pytest

from nlp_pipeline.normalize.lines import DATELINE, classify_lines

from .replayed_text import assert_keeps_and_drops, kept

NOTICE = (
    "关于做好汛期巡堤值守工作的通知\n"
    "各村：\n"
    "请各村严格落实巡堤值守制度，发现险情立即报告镇防汛办（电话：0571-1234567）。\n"
    "附件：各村巡堤联络员名单\n"
    "某某镇人民政府\n"
    "2025年6月1日\n"
)
HEAD = "各村巡堤联络员名单 | ||\n村名 | 联络员 | 手机号码 |\n"
ROWS = "东岭 | 王某某 | 13800001111 |\n西湾 | 李某 | 13900002222 |\n南塘 | 赵某某 | 13700003333 |\n"
NEWS = (
    "某区完成危险棚架清拆行动\n\n综合\n\n"
    "区住建局连同区城管局、街道办事处等部门，昨日展开联合行动，拆除搭设于某路后巷的违规棚架。有关行动今日完成。\n\n"
    "区住建局提醒业主，搭设棚架须符合安全规定，并定期检查棚架稳固情况。\n"
)
FOOTER = "Copyright © 2025 某某文档网 版权所有\n"

# (case, page, what must stay, what must go)
CASES = [
    (
        "a body table's rows under its head row stay",
        NOTICE + HEAD + ROWS,
        ["东岭 | 王某某 | 13800001111 |", "南塘 | 赵某某 | 13700003333 |"],
        [],
    ),
    (
        "a body table's rows stay over the site's copyright, which goes",
        NOTICE + HEAD + ROWS + FOOTER,
        ["西湾 | 李某 | 13900002222 |"],
        ["Copyright", "版权所有"],
    ),
    (
        "a head row without the table's title row is enough",
        NOTICE + "村名 | 联络员 | 手机号码 |\n" + ROWS,
        ["东岭 | 王某某 | 13800001111 |", "南塘 | 赵某某 | 13700003333 |"],
        [],
    ),
    (
        "a menu's line of the table's shape carries other chrome and goes",
        NOTICE + HEAD + ROWS + "网站首页 | 联系我们 | 网站地图 |\n",
        ["南塘 | 赵某某 | 13700003333 |"],
        ["网站地图"],
    ),
    (
        "a site's menu bar over the body stays chrome",
        "首页 | 通知公告 | 正文\n" + NOTICE,
        ["立即报告镇防汛办"],
        ["通知公告 | 正文"],
    ),
    (
        "a ticker whose headline names a work with a colon in it goes",
        "《星海: 远征》主题曲今日公开发布   某某游戏新角色介绍短片公开！   高规格手机新品今日开售   "
        "经典电玩游戏合集追加多款作品\n\n" + NEWS,
        ["某区完成危险棚架清拆行动"],
        ["星海", "主题曲", "合集追加"],
    ),
    (
        "a first line with a clause's colon outside guillemets stays",
        "会议要求：各村落实值守   镇防汛办每日调度   各村每日报告   险情立即上报处置\n\n" + NEWS,
        ["会议要求：各村落实值守"],
        [],
    ),
    (
        "a signature with its year left blank stays over a farm's notice and copyright",
        "关于清明节期间森林防火的通告\n"
        "清明节期间，全市范围内严禁野外用火，各地要加强巡山护林。\n"
        "特此通告。\n"
        "某某市\n"
        "年三月三十日\n"
        "因篇幅问题不能全部显示，请点此查看更多更全内容\n" + FOOTER,
        ["特此通告。\n某某市\n年三月三十日"],
        ["因篇幅问题", "版权所有"],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_chrome72(case: str, page: str, stays: list[str], goes: list[str]) -> None:
    assert_keeps_and_drops(page, stays, goes, case)


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("年三月三十日", True),
        ("年十二月九日", True),
        ("二〇二五年三月三十日", True),
        ("年三月三十日起，全市进入森林防火戒严期。", False),
        ("三月三十日", False),
    ],
)
def test_blank_year_dateline(line: str, dateline: bool) -> None:
    assert (classify_lines(line)[0] == DATELINE) is dateline


@pytest.mark.xfail(strict=True, reason="a head row and one row under it: too little to tell a table from a menu")
def test_head_row_and_one_row() -> None:
    page = NOTICE + "村名 | 联络员 | 手机号码 |\n东岭 | 王某某 | 13800001111 |\n"
    assert "东岭 | 王某某 | 13800001111 |" in kept(page)
