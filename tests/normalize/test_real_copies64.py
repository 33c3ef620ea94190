"""Real copies, round 64 (issue 14, chrome64): a document's own contact line never leaves.

- A pointer elsewhere that gives a number to call (`如想了解更多…，请浏览…专题网页（` ⏎ an address ⏎
  `），或致电…查询。`) is the release's own contact line: it stays, the rest of its sentence and the
  address a bracket broken over lines holds with it (`keep_contact_pointers`, `call_number`). The
  related headlines under it still go with the page's tail. A pointer that names only a site
  (`欲了解详情，可登录县政府网站查阅。`) stays chrome.
- A contact line right under the body with only the page's buttons under it (`【关闭窗口】`) is the
  document's own (`is_button_row` in `mark_footer_block`); under a site's footer (a copyright, 主办) a
  contact is the site's and goes with it.

Every text here is invented."""

import pytest

from .replayed_text import kept

TITLE = "市劳工局提醒雇主做好防暑降温"
BODY = "市劳工局近日提醒，各雇主要为户外工作的雇员安排充足的休息时间。\n雇员出现头晕等症状时，要立即停止工作并送医。"
POINTER = "如需了解更多防暑降温的资讯，请浏览本局网站专题页（\nhttp://heat.example.mo/zt\n），或致电12345678查询。"
RELATED = "高温天气工作指引\n高温天气工作指引\n户外工作防暑小贴士\n防暑"
NOTICE = "各企业要在6月底前完成仓库电气线路排查，发现隐患立即整改。\n本通知一式两份，一份交企业，一份由本局存档。"


# (case, page, what must stay, what must go)
CASES = [
    (
        "a pointer with a number to call, its address on a line of its own",
        f"{TITLE}\n{BODY}\n{POINTER}\n{RELATED}",
        ["或致电12345678查询。", "http://heat.example.mo/zt", "如需了解更多防暑降温的资讯"],
        ["高温天气工作指引", "户外工作防暑小贴士"],
    ),
    (
        "a pointer on one line with a number to call",
        f"{TITLE}\n{BODY}\n如想了解更多信息，请拨打 0571-1234567 咨询。\n",
        ["请拨打0571-1234567咨询。"],
        [],
    ),
    (
        "a pointer naming only a site (negative)",
        f"{TITLE}\n{BODY}\n欲了解详情，可登录县政府网站查阅。\n{RELATED}",
        [],
        ["欲了解详情", "高温天气工作指引"],
    ),
    (
        "a pointer whose address goes on but names no number (negative)",
        f"{TITLE}\n{BODY}\n如需了解更多防暑降温的资讯，请浏览本局网站专题页（\nhttp://heat.example.mo/zt\n）。\n{RELATED}",
        [],
        ["如需了解更多", "http://heat.example.mo/zt", "高温天气工作指引"],
    ),
    (
        "a contact line under the body with only the page's buttons under it",
        f"关于开展仓库电气线路排查的通知\n\n{NOTICE}\n联系地址：某某县和平路66号　　联系电话：0913-5512187\n\n【关闭窗口】",
        ["联系地址：某某县和平路66号", "联系电话：0913-5512187"],
        ["关闭窗口"],
    ),
    (
        "buttons on one row",
        f"关于开展仓库电气线路排查的通知\n\n{NOTICE}\n联系电话：0913-5512187\n\n【打印本页】　【关闭窗口】",
        ["联系电话：0913-5512187"],
        ["打印本页"],
    ),
    (
        "a contact in a site's footer with its copyright (negative)",
        f"关于开展仓库电气线路排查的通知\n\n{NOTICE}\n地址：某某县和平路66号　电话：0913-5512187\n"
        "版权所有：某某县人民政府\n【关闭窗口】",
        [],
        ["地址：某某县和平路66号", "版权所有", "关闭窗口"],
    ),
]


@pytest.mark.parametrize("case, page, stays, goes", CASES, ids=[case[0] for case in CASES])
def test_contact_lines(case: str, page: str, stays: list[str], goes: list[str]) -> None:
    text = kept(page)
    for piece in stays:
        assert piece in text, case
    for piece in goes:
        assert piece not in text, case
