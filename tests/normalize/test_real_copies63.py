"""Real copies, round 63 (issue 14, chrome63): a news app's stamp line under the headline.

- A view count may stand before its verb, nothing after the verb (`1234浏览`, `1.2万阅读`): it is a
  view counter (`counter`, line_kinds.toml), so the stamp line that carries it goes as chrome. A count
  before 阅读 or 浏览 that a character follows (`2000阅读器`) is a word of its own.
- Such a stamp gives the month and day alone between the source and the counter (`某某头条 02-06
  1234浏览`): a month-day of two digits each, standing apart as a part of its own, is the date the
  chrome line carries (`carried_date`), so it stays as the dateline when the line goes.
- A comma typed before another clause mark (`国家，、省`) goes: it moved only read sets and was kept by
  the lead, judged by the round's sealed folders. A byline glued after a paragraph's last sentence
  (`…参加会议。（某某）`) was kept too, then taken out: read line by line it also removed a name in
  brackets after a paragraph inside the body, which chrome45's case keeps (test_real_copies45.py).
- Measured and dropped (strict xfails below; patches in the round's notes, /work/notes/s20/chrome63/):
  a button that acts on the page's whole text (`听全文`), a login wall
  stated after what it guards (`查看隐藏内容需先登录`) and the lines under a run of two lines of strong
  chrome at the page's foot (an account's `写留言`/`微信扫一扫` under `阅读 N` and its share bar): each
  moved only read sets.

Every text here is invented."""

import pytest

from .replayed_text import kept

TITLE = "石桥县消防去年排查隐患三千处"
BODY = "县消防救援大队表示，今年将继续对工业厂房、仓库和人员密集场所开展防火检查。"
LAST = "各乡镇要在3月底前完成辖区自查，发现隐患立即整改。"


# (case, page, what must go, what must stay)
GOES = [
    (
        "a news app's stamp with a month-day and a count before its verb",
        f"{TITLE}\n某某头条 02-06 13758浏览\n\n{BODY}\n{LAST}\n",
        "浏览",
        "02-06",
    ),
    (
        "a count in ten-thousands before 阅读",
        f"{TITLE}\n某某融媒 2025-03-02 10:21 1.2万阅读\n\n{BODY}\n{LAST}\n",
        "阅读",
        "2025-03-02 10:21",
    ),
    pytest.param(
        "a byline glued after the last sentence",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n{LAST}（王建国）\n",
        "王建国",
        LAST,
        id="a byline glued after the last sentence",  # chrome69: read on the document's last line only
    ),
    pytest.param(
        "a comma typed before another clause mark",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n各乡镇要落实国家，、省部署，。\n{LAST}\n",
        "，、",
        "国家、省",
        id="a comma typed before another clause mark",
    ),
    pytest.param(
        "a read-aloud button between the stamp and the body",
        f"{TITLE}\n某某发布 2025年03月02日 18:30\n听全文\n\n{BODY}\n{LAST}\n",
        "听全文",
        "2025年03月02日 18:30",
        id="a read-aloud button between the stamp and the body",  # read since chrome105 (line_kinds.toml read_aloud)
    ),
    pytest.param(
        "an account's prompts under the page's counter and share bar",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n{LAST}\n\n联系人：县消防救援大队 周某，电话：0575-8312119\n\n"
        "来源：石桥县安委办\n编辑：陈某  审核：邵某\n\n阅读原文\n阅读 1362\n分享 收藏 点赞 在看\n写留言\n标签在预览中不可用\n微信扫一扫\n关注该公众号\n",
        "写留言",
        LAST,
        id="an account's prompts under the page's counter and share bar",
        marks=pytest.mark.xfail(strict=True, reason="dropped: moved only read sets"),
    ),
    pytest.param(
        "a login wall stated after what it guards",
        f"{TITLE}\n查看隐藏内容(*)需先登录\n{BODY}\n{LAST}\n",
        "需先登录",
        TITLE,
        id="a login wall stated after what it guards",  # chrome69: paywall read content-first
    ),
]


@pytest.mark.parametrize(
    ("case", "page", "gone", "stays"), GOES, ids=[c[0] if isinstance(c, tuple) else c.id for c in GOES]
)
def test_the_pages_chrome_goes(case, page, gone, stays):
    text = kept(page)
    assert gone not in text, case
    assert stays in text and BODY in text and LAST in text, case


# (case, page, a line that must stay)
STAYS = [
    (
        "a count of readers in a sentence",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n全县组织3000人阅读安全手册，各单位要组织职工学习。\n{LAST}\n",
        "全县组织3000人阅读安全手册",
    ),
    (
        "a range of articles is no month-day",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n对照条例第1-20条逐项检查\n{LAST}\n",
        "第1-20条",
    ),
    (
        "a month-day inside running text",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n检查时段为 03-15 至 04-15，各单位要按时报送。\n{LAST}\n",
        "03-15",
    ),
    (
        "a bracket of the document's own after the last sentence is no byline",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n各乡镇要在3月底前完成辖区自查。（县应急管理局）\n",
        "（县应急管理局）",
    ),
    (
        "a person's name in brackets inside a sentence stays",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n联络员（王建国）要每日报送巡查情况。\n{LAST}\n",
        "联络员（王建国）要每日报送",
    ),
    (
        "a list mark after a word, with no comma before it, stays",
        f"{TITLE}\n2025-03-02\n\n{BODY}\n各乡镇要落实国家、省、市部署。\n{LAST}\n",
        "国家、省、市部署。",
    ),
]


@pytest.mark.parametrize(("case", "page", "stays"), STAYS, ids=[c[0] for c in STAYS])
def test_the_documents_lines_stay(case, page, stays):
    assert stays in kept(page), case
