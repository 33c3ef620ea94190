"""A heading that names one workplace by its kind is the party of the items under it that name none (issue 13, units115).

ANNOTATION convention 5: a heading that only names a party or a kind of party is no task, but its party applies to every
item under it. A heading naming one workplace by its kind (the `workplace_party` table read whole: 露天煤矿, 景区,
卫生院; or `workplace_heading_site`: 金属非金属地下矿山, 尾矿库) is carried to its items as a heading's department is
(tasks.party_heading_units). A sector's own name (非煤矿山, 煤矿), kinds joined in a list (煤矿和非煤矿山), 矿山 alone,
a kind of enterprise named by 企业 (危险化学品企业) and a topic (尾矿库安全) name no party. Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields

NOTICE = """县应急管理局关于做好汛期矿山和景区安全工作的通知
各乡镇，各有关企业：
一、分类要求
（一）金属非金属地下矿山。一是6月15日前修订防治水应急预案；二是对地表塌陷坑进行封堵。
（二）尾矿库。
1.汛期每日巡查坝体一次；
2.县应急局要于6月20日前组织一次抽查。
（三）A级景区。
1.节假日前完成游客流量预约系统调试；
2.6月底前完成游步道护栏检修。
（四）乡镇卫生院。
1.6月10日前完成备用电源检测。
二、重点领域
（一）非煤矿山。
1.6月底前完成边坡稳定性评估。
（二）煤矿和非煤矿山。
1.汛期每日报送雨情。
（三）矿山。
1.7月底前完成排水设施检修。
（四）危险化学品企业。
1.8月底前完成储罐区防雷检测。
（五）尾矿库安全。
1.9月底前完成在线监测系统升级。
"""


# what an item under a heading naming no party falls back to: the salutation's readers, not the heading
SALUTED = [("各乡镇", "乡镇街道"), ("各有关企业", "企业")]


def units_by_source(text: str) -> dict[str, list[tuple[str, str]]]:
    return {task.source: [(unit.mention, unit.canonical) for unit in task.units] for task in extract_fields(text).tasks}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a mine by 矿山 with its kind before it: the items on its line take it
        ("一是6月15日前修订防治水应急预案；", [("金属非金属地下矿山", "企业")]),
        ("二是对地表塌陷坑进行封堵。", [("金属非金属地下矿山", "企业")]),
        # a tailings dam: an item naming no party takes it …
        ("1.汛期每日巡查坝体一次；", [("尾矿库", "企业")]),
        # … an item naming its own party keeps it
        ("2.县应急局要于6月20日前组织一次抽查。", [("县应急局", "应急管理部门")]),
        # a scenic area of a grade (the workplace table read whole)
        ("1.节假日前完成游客流量预约系统调试；", [("A级景区", "企业")]),
        ("2.6月底前完成游步道护栏检修。", [("A级景区", "企业")]),
        # a hospital's kind is 其他
        ("1.6月10日前完成备用电源检测。", [("乡镇卫生院", "其他")]),
        # a sector's own name names the area, not a party: the items fall back to the salutation
        ("1.6月底前完成边坡稳定性评估。", SALUTED),
        # two kinds joined in a list name no one party
        ("1.汛期每日报送雨情。", SALUTED),
        # 矿山 alone names no kind
        ("1.7月底前完成排水设施检修。", SALUTED),
        # a kind of enterprise by 企业 names an area (realstyle_sealed8)
        ("1.8月底前完成储罐区防雷检测。", SALUTED),
        # a topic
        ("1.9月底前完成在线监测系统升级。", SALUTED),
    ],
)
def test_workplace_heading_party(source: str, expected: list[tuple[str, str]]) -> None:
    assert units_by_source(NOTICE)[source] == expected
