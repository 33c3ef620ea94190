"""Real copies (issue 14, chrome70): false changes on the new real pages, traced to the step that made them.

- A metadata block's run does not take the line over it that is the page's headline written with a place
  and a colon (某镇：开展…检查): it holds no label, no cell, and a title's length after its colon. A site's
  field over the block (分类：…, 标题：…, 发布时间：…, 体裁：通知) is still a field of it and goes with it.
- A publish stamp broken over lines keeps its year when the year stands alone right over the stamp's month and
  day (2025 ⏎ 03-02 ⏎ 08:15); a year alone over a stamp that gives its own year is the site's and goes.
- A comma before a run of question marks (characters lost to encoding: 精神,??h领导) is no stray comma before
  a sentence's end: it stays, where a comma typed before one question mark or a full stop goes.

Every text here is invented."""

import pytest

from .replayed_text import assert_keeps_and_drops

BLOCK = (
    "索 引 号 : 000123456/2025-010 | 发布机构: 某某镇 | 成文日期: 2025-03-02 |\n"
    "发布时间: 2025-03-02 | 发文字号: | 公文种类: 其他 |\n"
    "有 效 性 : 有效 | 字体: [ 大 中 小 ] |\n"
)
BODY = (
    "一是压实责任。成立燃气安全专项整治工作专班，制定工作方案，确保责任落实到人。\n"
    "二是排查隐患。镇应急办牵头，联合市场监管等部门，对餐饮场所开展拉网式排查，建立台账。\n"
)


# (case, page, what must stay, what must go)
CASES = [
    (
        "a headline with a place and a colon over the block stays",
        f"某某镇：织密“三张网”守牢燃气安全底线\n{BLOCK}{BODY}",
        ["某某镇：织密“三张网”守牢燃气安全底线", "一是压实责任"],
        ["索引号", "发布机构"],
    ),
    (
        "a title field over the block goes with it",
        f"标  题: 某某镇关于开展燃气安全专项整治的通知\n{BLOCK}{BODY}",
        ["一是压实责任"],
        ["标  题", "发布机构"],
    ),
    (
        "a short field over the block goes with it",
        f"某某镇人民政府门户网站\n体裁: 工作动态\n{BLOCK}{BODY}",
        ["一是压实责任"],
        ["体裁", "工作动态", "发布机构"],
    ),
    (
        "a labelled field with a long value over the block goes with it",
        f"主题分类: 安全生产监管、应急管理、燃气安全\n{BLOCK}{BODY}",
        ["一是压实责任"],
        ["主题分类", "燃气安全\n", "发布机构"],
    ),
    (
        "a copy cut inside the block's first label: its row of two fields goes with it",
        f"号: 000123456/2025-010 信息分类: 燃气安全管理工作\n{BLOCK}{BODY}",
        ["一是压实责任"],
        ["信息分类", "000123456"],
    ),
    (
        "a stamp's year alone over its month and day stays",
        f"2025\n03-02\n08:15\n分享\n{BODY}",
        ["2025", "03-02", "一是压实责任"],
        ["分享"],
    ),
    (
        "a year alone over a stamp that gives its own year goes",
        f"2025\n2025-03-02 08:15\n分享\n{BODY}",
        ["2025-03-02", "一是压实责任"],
        ["2025\n"],
    ),
    (
        "a comma before characters lost to encoding stays",
        "某县开展燃气安全检查\n县委常委,,带队检查燃气企业,??h应急局负责同志参加。\n",
        ["燃气企业，？？h应急局"],
        ["，，"],
    ),
    (
        "a comma typed before one question mark goes",
        "某县开展燃气安全检查\n隐患整改了没有,,怎么整改,？各企业要说清楚。\n",
        ["怎么整改？各企业"],
        ["，？"],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES, ids=[c[0] for c in CASES])
def test_chrome70(case: str, page: str, stays: list[str], goes: list[str]) -> None:
    assert_keeps_and_drops(page, stays, goes, case)
