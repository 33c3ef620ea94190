"""Real copies, round 58 (issue 14, chrome58): chrome above the headline, a title glued to its addressee.

- A menu bar above the page's breadcrumb that opens with its own name (热门：范文大全|工作总结|…): the
  label's colon read as a clause inside the first cell, so the bar stayed as a table row over the title
  (`mark_header_menus`, lines.py). The label is now read as the bar's name where the bar heads the page's
  other chrome; a table's row under such a label with the document under it stays.
- A site's greeting to its visitor on a line of its own (您好，欢迎访问某某文库) above the breadcrumb was read
  as the page's title (`disclaimer`, line_kinds.toml: a welcome and a name alone, nothing after it).
- An official document's title glued to its addressee line without a space (…督查通知各乡镇人民政府，…：为…)
  gets its line break back (`title_glued_to_addressee`, layout.py): the run names its matter (关于) and ends
  on a document's noun, the addressee holds no word of obligation.

Every text here is invented."""

import pytest

from .replayed_text import kept

TITLE = "桐溪镇召开防汛安全工作推进会"
BODY = "各村要立即组织力量排查山塘水库、地质灾害点和危旧房屋，发现隐患要当场整改，确保安全度汛。"
CRUMB = "您现在的位置：首页 > 资讯 > 地方动态 > 正文"


# (case, page, text that must be gone)
HEADER_CHROME_GOES = [
    (
        "a bar of links named 热门 over the breadcrumb",
        f"热门：范文大全|工作总结|讲话稿|心得体会|安全生产\n\n{CRUMB}\n\n{TITLE}\n\n{BODY}\n",
        "范文大全",
    ),
    (
        "a bar named 导航 with spaced bars",
        f"导航：首页 | 新闻 | 政务公开 | 办事服务\n{CRUMB}\n{TITLE}\n{BODY}\n",
        "办事服务",
    ),
    ("a greeting over the breadcrumb", f"您好，欢迎访问某某文库\n{CRUMB}\n{TITLE}\n{BODY}\n", "欢迎访问"),
    ("a greeting with no title line under it", f"您好！欢迎光临某某文档网\n{CRUMB}\n{BODY}\n", "欢迎光临"),
]


@pytest.mark.parametrize("case,page,gone", HEADER_CHROME_GOES, ids=[c[0] for c in HEADER_CHROME_GOES])
def test_chrome_above_the_headline_goes(case, page, gone):
    out = kept(page)
    assert gone not in out
    assert out.startswith(TITLE) or out.startswith(BODY[:10])
    assert BODY in out


# (case, page): each must come out exactly as it went in, or keep the lines named
HEADER_LINES_STAY = [
    (
        "a table's header row under a label, the document under it",
        f"说明：单位|任务|时限|备注\n{BODY}\n",
        "说明：单位|任务|时限|备注",
    ),
    (
        "a headline with a comma over the breadcrumb",
        f"梅雨来袭，县府呼吁民众加强防汛准备\n首页 > 新闻中心 > 乡镇动态\n{BODY}\n",
        "梅雨来袭，县府呼吁民众加强防汛准备",
    ),
    (
        "a welcome that goes on as a sentence",
        f"{TITLE}\n您好，欢迎来到桐溪镇，请先登记再进入厂区。\n{BODY}\n",
        "您好，欢迎来到桐溪镇，请先登记再进入厂区。",
    ),
    (
        "a table's rows under the body",
        f"{TITLE}\n{BODY}\n序号|单位|任务|时限\n1|县住建局|排查燃气管道|6月底前\n",
        "1|县住建局|排查燃气管道|6月底前",
    ),
]


@pytest.mark.parametrize("case,page,held", HEADER_LINES_STAY, ids=[c[0] for c in HEADER_LINES_STAY])
def test_the_documents_lines_above_and_beside_chrome_stay(case, page, held):
    assert held in kept(page).split("\n")


NOTICE = "关于开展汛前安全大检查情况督查的通知"
ADDRESSEE = "各乡镇人民政府，县直各单位："
OPENING = "为切实做好汛期安全工作，现将有关事项通知如下。"

# (case, line, the lines it must become)
GLUED_TITLES = [
    ("a notice glued to its addressee", f"{NOTICE}{ADDRESSEE}{OPENING}\n", [NOTICE, ADDRESSEE + OPENING]),
    (
        "the issuer before 关于, a 紧急通知",
        f"县应急管理局关于做好防汛工作的紧急通知各乡镇、街道，县直各部门：{OPENING}\n",
        ["县应急管理局关于做好防汛工作的紧急通知", "各乡镇、街道，县直各部门：" + OPENING],
    ),
]


@pytest.mark.parametrize("case,page,lines", GLUED_TITLES, ids=[c[0] for c in GLUED_TITLES])
def test_a_title_glued_to_its_addressee_gets_its_break(case, page, lines):
    out = kept(page)
    assert out.split("\n") == lines
    assert kept(out) == out  # normalizing twice changes nothing


# lines that must come out as they went in
NOT_GLUED_TITLES = [
    "县政府下发通知各单位要做好以下工作：一是排查隐患。",
    "近日县里印发了通知各乡镇：要求排查隐患。",
    "近日县里印发了关于防汛的通知各乡镇：要求排查隐患。",
    "关于防汛工作的通知各单位要认真贯彻：一是排查隐患。",
    f"{NOTICE}\n{ADDRESSEE}\n{OPENING}",
]


@pytest.mark.parametrize("page", NOT_GLUED_TITLES)
def test_sentences_that_mention_a_notice_keep_their_line(page):
    assert kept(page + "\n") == page


@pytest.mark.xfail(
    strict=True, reason="a breadcrumb with the headline as its last step (您的当前位置：…> 标题 正文) keeps whole"
)
def test_a_breadcrumb_that_carries_the_headline_leaves_only_the_headline():
    page = f"您的当前位置：首页 > 资讯 > {TITLE} 正文\n时间：2025-06-02 09:12:03 来源：网络整理\n{BODY}\n"
    assert kept(page).split("\n")[0] == TITLE
