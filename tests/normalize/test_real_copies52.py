"""Real copies, round 52 (issue 14).

- A body paragraph that opens with a news story's lead credit (本网讯 5月12日…, 某某日报讯（记者 某某）…,
  【某某新闻网】…), with or without pinyin glosses, at a page's end above a line of chrome: the credit's
  words (本网, 本站: a site talking of itself; 记者 …: a credit line) made the line's chrome evidence reach
  the chrome threshold, and the footer block (`mark_footer_block`, "chrome in sentences") took the whole
  paragraph. The line is now judged on what follows its lead credit (`without_lead_credit`, lines.py), as
  round 49 judges a line without the sign-off glued after it. The body stays; the credit stays where it
  stood (round 30's convention keeps lead credits).
- A line of chrome holding 讯 still goes: 本网讯 alone over the title, a credit line with its counters, a
  menu bar, a site's statement in sentences under the body.

Every text here is invented."""

import pytest

from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.lines import without_lead_credit
from nlp_pipeline.resources import line_kinds

TITLE = "关于开展汛期安全检查的通知"
BODY = "为切实做好汛期安全生产工作，县应急管理局牵头组织开展隐患排查。会议要求各乡镇落实属地责任，确保不发生较大事故。"
STORY = (
    "5月12日上午，某某镇召开安全生产工作会议，部署汛期隐患排查工作。会议要求各村各单位落实属地责任，严防各类事故发生。"
)


def kept(text: str) -> str:
    return normalize(text).text


# (case, page, what the normalized page must hold)
LEAD_CREDIT_KEEPS_ITS_BODY = [
    ("bare credit, a rule under it", f"本网讯 {STORY}\n|\n", STORY[:10]),
    ("bare credit, reporter in brackets", f"本网讯（通讯员 李某）{STORY}\n|\n", STORY[:10]),
    ("credit in square brackets", f"【本网讯】{STORY}\n|\n", STORY[:10]),
    (
        "short paragraph of one sentence",
        "本网讯 5月12日，某某县召开安全生产工作会议。\n|\n",
        "某某县召开安全生产工作会议。",
    ),
    (
        "pinyin glosses, traditional script, a name in brackets after it",
        "本網(wǎng)訊 5月12日上午，某某鎮(zhèn)召開(kāi)安全生產(chǎn)工作會(huì)議，部署汛期隱(yǐn)患排查工作。"
        "會(huì)議要求各村各單(dān)位落實(shí)屬地責(zé)任，嚴(yán)防各類事故發(fā)生。(張某某)\n|\n",
        "会议要求各村各单位落实属地责任，严防各类事故发生。",
    ),
    ("site's own 本站讯 above a copyright", f"本站讯 {STORY}\n版权所有 © 某某县融媒体中心\n", STORY[:10]),
    (
        "a paper's credit above its filing line",
        f"某某日报讯（记者 王某 通讯员 李某）{STORY}\n版权所有 © 某某日报社 备案号：某ICP备12345678号\n",
        STORY[:10],
    ),
]


@pytest.mark.parametrize("case,page,held", LEAD_CREDIT_KEEPS_ITS_BODY, ids=[c[0] for c in LEAD_CREDIT_KEEPS_ITS_BODY])
def test_a_paragraph_opening_with_a_lead_credit_keeps_its_body(case, page, held):
    assert held in kept(page)


# (case, page, the chrome that must be gone)
CHROME_WITH_XUN_GOES = [
    ("credit line with counters under the body", f"{TITLE}\n{BODY}\n本网讯 责任编辑：王某 浏览次数：123\n", "浏览次数"),
    ("menu bar naming 本网讯", f"{TITLE}\n{BODY}\n本站资讯 | 本网讯 | 联系我们 | 网站地图\n", "网站地图"),
    ("本网讯 alone over the body", f"本网讯\n{BODY}\n", "本网讯"),
    ("site's statement in sentences", f"{TITLE}\n{BODY}\n本网讯 版权所有，未经本网书面授权禁止转载。\n", "授权"),
    (
        "bracketed statement in sentences",
        f"{TITLE}\n{BODY}\n【本网声明】本网所载文章仅供参考，转载请注明出处。\n",
        "仅供参考",
    ),
]


@pytest.mark.parametrize("case,page,gone", CHROME_WITH_XUN_GOES, ids=[c[0] for c in CHROME_WITH_XUN_GOES])
def test_chrome_holding_xun_still_goes(case, page, gone):
    out = kept(page)
    assert gone not in out
    assert normalize(BODY).text in out


@pytest.mark.parametrize(
    "line,rest",
    [
        (f"本网讯 {STORY}", STORY),
        (f"某某日报讯（记者 王某）{STORY}", STORY),
        (f"【某某新闻网】{STORY}", STORY),
        ("本网讯", None),  # no sentence after it
        ("本网讯 责任编辑：王某", None),
        ("讯问记录：李某", None),
        (BODY, None),  # no credit
    ],
)
def test_without_lead_credit(line, rest):
    assert without_lead_credit(line, line_kinds()) == rest
