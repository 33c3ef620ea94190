"""Real copies (issue 14, chrome78): a site's metadata block copied without its colons.

A government page's block pasted from its table loses the colons of some rows (`索引号 0072… 发布日期: …` ⏎
`来源 某某镇` ⏎ `内容概述`): the row under the block's first row opens with a page label, a space and a value,
and a label whose value is empty stands alone under it. Both read as short headings, and the first was taken
for the page's title; read as rows of the block they go, the title is found below them and the block's date
stands under it. A short title under a row with its colons, a heading under the body, and a label row away
from any block stay.

Every text here is invented."""

import pytest

from .replayed_text import assert_keeps_and_drops, kept

BLOCK = "索引号 abc-GK-2024-0031 发布日期: 2024-04-02 09:15\n来源 东坪镇\n内容概述\n\n"
TITLE = "东坪镇召开汛前安全生产工作部署会\n\n"
BODY = "4月1日，东坪镇召开汛前安全生产工作部署会。\n\n会议要求，各村要在4月30日前完成山塘隐患排查。\n"

CASES = [
    (
        "a block's rows without colons above the title",
        BLOCK + TITLE + BODY,
        ["东坪镇召开汛前安全生产工作部署会\n2024-04-02 09:15", "各村要在4月30日前"],
        ["来源 东坪镇", "内容概述", "索引号"],
    ),
    (
        "a label row without a colon, no stub under it",
        "索引号 abc-GK-2024-0031 发布日期: 2024-04-02 09:15\n来源 东坪镇\n\n" + TITLE + BODY,
        ["东坪镇召开汛前安全生产工作部署会", "各村要在4月30日前"],
        ["来源 东坪镇"],
    ),
    (
        "a short title under a block whose rows keep their colons stays",
        "索引号：abc-GK-2024-0031\n发布日期：2024-04-02\n通告\n为做好汛期安全生产工作，现通告如下。\n各村要在4月30日前完成山塘隐患排查。\n",
        ["通告", "各村要在4月30日前"],
        [],
    ),
    (
        "a label row away from any block stays",
        TITLE + BODY + "\n来源 东坪镇\n",
        ["东坪镇召开汛前安全生产工作部署会", "各村要在4月30日前"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES, ids=[case[0] for case in CASES])
def test_chrome78(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)


def test_clean_text_unchanged():
    text = "东坪镇召开汛前安全生产工作部署会\n会议要求，各村要在4月30日前完成山塘隐患排查。"
    assert kept(text) == text


def test_document_site_tail():
    assert_keeps_and_drops(
        TITLE
        + BODY
        + "东坪镇人民政府\n2024年4月2日\n\n下载文档到电脑，查找使用更方便\n3 积分\n还剩4页未读，继续阅读\n\n"
        "相关文档：\n山塘巡查记录表.xls\n汛期值班制度.docx\n\n某某文库所有资源均是用户自行上传分享，请勿作他用。\n",
        ["2024年4月2日"],
        ["下载文档到电脑", "相关文档", "山塘巡查记录表", "请勿作他用"],
    )


def test_date_before_title_on_one_line():
    assert kept(" date 2024-04-02 东坪镇召开汛前安全生产工作部署会\n" + BODY).startswith(
        "东坪镇召开汛前安全生产工作部署会\n2024-04-02"
    )
