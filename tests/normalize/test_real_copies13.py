"""Line classification of real copies, round 13 (issue 14): a document number that shares its line
with the site's labelled date, and a meeting's time span under a minutes' title. Every text here is
invented; negatives keep what must stay and drop what must go."""

import pytest

from nlp_pipeline import normalize

TITLE = "关于加强汛期尾矿库安全管理的通知"
BODY = "各旗县应急管理局要在7月底前完成尾矿库隐患排查，对发现的问题立即整改。"
MINUTES = "某某公司安全生产例会纪要"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number opens the line the date label closes: the dateline keeps the number above the date
        (
            f"某县安全生产委员会办公室\n\n某安办督〔2025〕4号　　　　　　　　发文日期：2025-03-02\n\n{TITLE}\n{BODY}",
            f"某县安全生产委员会办公室\n某安办督〔2025〕4号\n2025-03-02\n{TITLE}\n{BODY}",
        ),
        # negative: a source field before the date is the site's, only the date stays
        (
            f"{TITLE}\n\n来源：某县应急管理局　　　　发布日期：2025-03-02\n\n{BODY}",
            f"{TITLE}\n2025-03-02\n{BODY}",
        ),
        # the publish line printed above the title and again under it: the dateline is the one under it
        (
            f"信息来源：某某镇\n发布日期：2024-04-09\n{TITLE}\n信息来源：某某镇\n发布日期：2024-04-09\n{BODY}",
            f"{TITLE}\n2024-04-09\n{BODY}",
        ),
        # negative: a publish line above the title only stays where it stands
        (f"发布日期：2024-04-09\n{TITLE}\n{BODY}", f"2024-04-09\n{TITLE}\n{BODY}"),
        # a site's block above the title, a field of it ending in an empty 文号: the block names the title
        # line under it; the buttons and the office's name above the block are the page's top
        (
            f"• 无障碍\n  • 长辈版\n某县应急局\n您现在所在的位置: 网站首页> 信息公开 > 通知公告\n"
            f"索引号: 0001/2024-0007 组配分类: 通知公告\n发布机构: 某县应急局 主题分类: 综合政务\n"
            f"名称: {TITLE} 文号:\n生成日期: 2024-06-01 发布日期: 2024-06-01\n{TITLE}\n"
            f"发布时间:2024-06-01 09:30 来源:某县应急局 浏览次数: 字体:[ ]\n\n{TITLE}\n\n{BODY}",
            f"{TITLE}\n2024-06-01 09:30\n{BODY}",
        ),
        (
            f"某县应急局\n索引号: 0001/2024-0007\n发布机构: 某县应急局\n名称: {TITLE}\n发布日期: 2024-06-01\n{TITLE}\n{BODY}",
            f"{TITLE}\n2024-06-01\n{BODY}",
        ),
        # negative: an issuer above the title with the site's block under the title stays
        (
            f"某县人民政府办公室\n{TITLE}\n索引号: 0001/2024-0007\n发布机构: 某县应急局\n发布日期: 2024-06-01\n{BODY}",
            f"某县人民政府办公室\n{TITLE}\n2024-06-01\n{BODY}",
        ),
        # negative: the addressee line, ending in a colon, is no field of a block
        (f"{TITLE}\n各乡镇人民政府，县直各单位：\n{BODY}", f"{TITLE}\n各乡镇人民政府，县直各单位：\n{BODY}"),
        # negative: a labelled date alone keeps the date alone
        (f"{TITLE}\n\n发文日期：2025-03-02\n\n{BODY}", f"{TITLE}\n2025-03-02\n{BODY}"),
        # a meeting's time span with its date is the minutes' own field, like the place under it
        (
            f"{MINUTES}\n时间：5月6日（周二）9:00—11:20\n地点：公司三楼会议室\n主持：王某某\n{BODY}",
            f"{MINUTES}\n时间：5月6日（周二）9:00—11:20\n地点：公司三楼会议室\n主持：王某某\n{BODY}",
        ),
        # the site's publish stamp above it (one moment) is still the dateline, its counter goes
        (
            f"{MINUTES}\n发布时间：2025-05-07 10:20　浏览次数：35\n时间：2025.5.6  下午2:30至4:10\n{BODY}",
            f"{MINUTES}\n2025-05-07 10:20\n时间：2025.5.6  下午2:30至4:10\n{BODY}",
        ),
        # negative: a site's office hours (a span without a date) at the foot go with the copyright
        (f"{TITLE}\n{BODY}\n办公时间：周一至周五 8:30-17:30\n版权所有：某县人民政府\n", f"{TITLE}\n{BODY}"),
    ],
)
def test_real_copy_lines(text, expected):
    assert normalize(text).text == expected
