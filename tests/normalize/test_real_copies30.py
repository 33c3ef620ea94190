"""Real copies, round 30 (issue 14): a site's metadata block copied without its colons, and a news
site's stamp that writes the year, a space and the month/day.

A government site's block pasted from its table keeps each label as a word of its own followed by
a space and its value (`索引号 1133…`, `组配分类 政府会议 发布机构 某某县人民政府`): the rows are the block,
and the plain line under it is the page's title, whatever head noun it has (会议, 通知, 方案). A
stamp `2024 03/15 09:41:27` under a breadcrumb is the page's dateline and stands under the title.
Every text here is invented."""

import pytest

from .test_steps import run_step

BODY = "各乡镇各部门要把安全责任落到岗位，于本月底前完成隐患排查整治。\n"


def kept_lines(text: str) -> list[str]:
    """The lines the boilerplate step keeps of `text`, blank lines left out (layout's business)."""
    return [line for line in run_step("boilerplate", text).split("\n") if line.strip()]


@pytest.mark.parametrize(
    "block, title",
    [
        (
            "索引号 11330522/2023-00318\n组配分类 政府会议 发布机构 临河县人民政府\n生成日期 2023-03-11 公开范围 全社会\n",
            "县政府第十五次常务会议",
        ),
        (
            "索引号 002003/2023-11045\n主题分类 安全生产 发布机构 梓江市应急管理局\n",
            "关于组织有限空间作业场所专项检查的通知",
        ),
        (
            "索引号 ZJ-2025-0077 生成日期 2025-05-06\n有效性 有效 公开范围 面向全社会\n",
            "2025年全市防汛防台工作方案",
        ),
        ("组配分类 部门文件\n发布机构 某某镇人民政府\n", "镇安委会第二次全体会议纪要"),
    ],
)
def test_a_block_copied_without_colons_goes_and_the_title_under_it_stays(block, title):
    lines = kept_lines(f"{block}\n{title}\n\n{BODY}")
    assert lines[0] == title and lines[-1] == BODY.strip()
    assert not any(label in line for line in lines for label in ("发布机构", "索引号", "公开方式", "组配分类"))


@pytest.mark.parametrize(
    "line",
    [
        "主题 党日活动 时间 周三下午",  # a site-only label missing: no block
        "发布机构 牵头，各部门配合",  # a sentence's comma: no field
    ],
)
def test_a_line_opening_with_a_label_word_alone_is_no_block(line):
    text = f"关于做好春节前后烟花爆竹安全管理的通知\n{line}\n{BODY}"
    assert line in run_step("boilerplate", text)


def test_a_meetings_header_without_colons_stays():
    header = "时间 2024年3月1日 地点 县政府三楼会议室\n主持 县长\n"
    text = f"县安委会全体会议纪要\n{header}{BODY}"
    assert run_step("boilerplate", text) == text


@pytest.mark.parametrize(
    "top, stamp",
    [
        ("某某网 > 地方 > 正文\n", "2024 03/15 09:41:27"),
        ("首页 > 要闻中心 > 本地要闻\n", "2023 11/15 09:30"),
        ("某某网 > 江淮 > 正文\n", "2025 07/01"),
    ],
)
def test_a_stamp_of_year_and_month_day_is_the_dateline_under_the_title(top, stamp):
    title = "市应急管理局部署涉粉尘企业防爆整治"
    text = f"{top}{stamp}\n来源：某某市应急管理局\n\n{title}\n\n{BODY}"
    assert kept_lines(text) == [title, stamp, BODY.strip()]


def test_a_year_beside_a_fraction_is_no_stamp():
    line = "全县完成率 2024 3/5 以上的乡镇予以通报表扬。"
    assert line in run_step("boilerplate", f"关于通报安全生产考核结果的通知\n{BODY}{line}\n")


def test_a_menu_above_a_block_without_colons_still_goes():
    text = (
        "首页 | 信息公开 | 公开目录\n索引号 007215/2024-00912\n组配分类 通知公告 发布机构 某某区应急管理局\n\n"
        f"关于开展燃气安全专项检查的通知\n\n{BODY}"
    )
    assert kept_lines(text) == ["关于开展燃气安全专项检查的通知", BODY.strip()]


def test_a_documents_own_first_date_line_stays_above_its_title():
    text = f"2024年3月1日\n县安委会全体会议纪要\n{BODY}"
    assert kept_lines(text) == ["2024年3月1日", "县安委会全体会议纪要", BODY.strip()]
