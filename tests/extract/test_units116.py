"""A firm named by its registered legal form, alone or with the site it runs, heading its items (issue 13, units116).

ANNOTATION convention 5: a heading or a paragraph's label that names only a party applies to every item under it that
names none. A firm by its legal form (…有限公司, only a proper name bears one) followed by one site it runs (a mine, a
tailings dam, a quarry: units.workplace_heading_units) is one party, 企业 (units.registered_firm_units), read by the
heading carry (tasks.party_heading_units) and by a paragraph's opening label (tasks.opening_party_units). A kind of
business (危险化学品企业, 燃气公司), a firm with a topic after it and a clause that opens with an act name no party.
Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.units import registered_firm_units

NOTICE = """县应急管理局关于做好重点矿山汛期工作的通知
各有关企业：
一、具体要求
（一）青石矿业有限公司北岭铁矿：
1.6月10日前完成井下水仓清淤；
2.县应急局要于6月20日前组织一次复查。
（二）恒远建材有限公司南坡采石场：抓紧加固西侧边坡，6月20日前完成；汛期每日巡查一次。
（三）兴达化工有限公司：
1.8月底前完成储罐区防雷检测。
（四）危险化学品企业。
1.9月底前完成自查。
（五）兴达化工有限公司安全管理：
1.10月底前修订操作规程。
"""

SALUTED = [("各有关企业", "企业")]


def units_by_source(text: str) -> dict[str, list[tuple[str, str]]]:
    return {task.source: [(unit.mention, unit.canonical) for unit in task.units] for task in extract_fields(text).tasks}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a firm and its mine as a heading before a colon: its items that name no party take it …
        ("1.6月10日前完成井下水仓清淤；", [("青石矿业有限公司北岭铁矿", "企业")]),
        # … an item naming its own party keeps it
        ("2.县应急局要于6月20日前组织一次复查。", [("县应急局", "应急管理部门")]),
        # a firm and its quarry as a run-in label: its own line and the next sentence of its paragraph
        (
            "（二）恒远建材有限公司南坡采石场：抓紧加固西侧边坡，6月20日前完成；",
            [("恒远建材有限公司南坡采石场", "企业")],
        ),
        ("汛期每日巡查一次。", [("恒远建材有限公司南坡采石场", "企业")]),
        # a firm alone as a heading before a colon
        ("1.8月底前完成储罐区防雷检测。", [("兴达化工有限公司", "企业")]),
        # near misses: a kind of business by 企业 names an area; a firm with a topic after it names none
        ("1.9月底前完成自查。", SALUTED),
        ("1.10月底前修订操作规程。", SALUTED),
    ],
)
def test_registered_firm_heading_party(source: str, expected: list[tuple[str, str]]) -> None:
    assert units_by_source(NOTICE)[source] == expected


@pytest.mark.parametrize(
    ("name", "party"),
    [
        ("西坡煤业有限公司东岭煤矿", True),
        ("岭南新材料股份有限公司石门尾矿库", True),
        ("恒丰食品有限公司", True),
        ("危险化学品企业", False),  # a kind of business
        ("燃气公司", False),  # no legal form: a kind
        ("恒丰食品有限公司安全管理", False),  # a topic after the firm, no site
        ("督促恒丰食品有限公司", False),  # an act and its object
    ],
)
def test_registered_firm_units(name: str, party: bool) -> None:
    assert bool(registered_firm_units(name)) is party


# a partner after 会同 named with a place before a department's station (…派出所、…站): read by the partner slot since
# units117 (tests/extract/test_units117.py)
PARTNERS = """街道综合行政执法队：会同青石派出所、消防救援站每周开展不少于2次夜查。"""


def test_partners_after_huitong_outside_the_vocabulary() -> None:
    canonicals = {canonical for _, canonical in next(iter(units_by_source(PARTNERS).values()))}
    assert "公安机关" in canonicals
