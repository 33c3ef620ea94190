"""Task-division tables (任务分工方案, 督办清单, 问题清单) as clerks paste them from Word, Excel or a
PDF: one case table per shape, each an own invented table read end to end, a row one task with its
unit cells parted into parties of the column's role and its deadline cell as the row's deadline;
the prose after a table stays out of its rows. Negatives: prose with tabs, contact lists lined up
in columns and signature blocks are no tables."""

from __future__ import annotations

import pytest

from nlp_pipeline import extract, normalize
from nlp_pipeline.extract.structure import document_structure

# each table stands in a plan under its title, as a clerk receives it (a text without a title
# would give its first line to the title)
TITLE = "柳岸县安全隐患专项整治任务分工方案\n"
AFTER = "各单位要于每月25日前向县安委办报送进展情况。"
AFTER_ROW = (AFTER, (("各单位", "responsible"),), "每月25日前")


def read_rows(text: str) -> list[tuple[str, tuple[tuple[str, str], ...], str | None]]:
    """Each task as (text, its parties with their roles, its deadline's words)."""
    return [
        (
            task.text,
            tuple((unit.mention, unit.role) for unit in task.units),
            task.deadline.text if task.deadline else None,
        )
        for task in extract(text, date="2025-06-01").tasks
    ]


def rows_match(got, expected) -> bool:
    """Rows read right: as many tasks as rows, each task's words within its row's task cell (the
    task finder trims a cell's lead-in words; that is not the table reader's business), its parties
    and deadline those of the row."""
    return len(got) == len(expected) and all(
        len(task) >= 2 and task in cell and rest == want
        for (task, *rest), (cell, *want) in zip(got, expected, strict=True)
    )


def table_sentences(text: str) -> list[str]:
    """The lines of a normalized text that the structure reads as a table's header or rows."""
    structure = document_structure(normalize(text).text)
    return [sentence.text for sentence in structure.sentences if sentence.kind.startswith("table")]


CASES = [
    (
        "tab table without a 序号 column",
        "二、任务分工\n重点任务\t责任单位\t完成时限\n排查城区燃气管道\t县住建局\t6月底前\n"
        "整治电动自行车违规充电\t县消防救援大队\t9月30日前\n" + AFTER,
        [
            ("排查城区燃气管道", (("县住建局", "responsible"),), "6月底前"),
            ("整治电动自行车违规充电", (("县消防救援大队", "responsible"),), "9月30日前"),
            AFTER_ROW,
        ],
    ),
    (
        "bar table headed 存在问题 | 整改措施, no 序号",
        "附件\n存在问题|整改措施|督办单位|整改时限\n"
        "消防通道堆放杂物|立即清理通道杂物并设置警示标识|县消防救援大队|5月20日前\n"
        "特种作业人员无证上岗|停止无证人员作业，组织培训取证|县应急管理局|6月15日前\n" + AFTER,
        [
            ("立即清理通道杂物并设置警示标识", (("县消防救援大队", "supervising"),), "5月20日前"),
            ("停止无证人员作业，组织培训取证", (("县应急管理局", "supervising"),), "6月15日前"),
            AFTER_ROW,
        ],
    ),
    (
        "parties parted by spaces in one cell",
        "二、任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t开展校园周边交通秩序整治\t县公安局\t县教育局 县交通运输局\t7月31日前\n"
        "2\t清理违规户外广告牌\t县城管局\t县市场监管局　各镇人民政府\t8月底前\n" + AFTER,
        [
            (
                "开展校园周边交通秩序整治",
                (("县公安局", "lead"), ("县教育局", "cooperating"), ("县交通运输局", "cooperating")),
                "7月31日前",
            ),
            (
                "清理违规户外广告牌",
                (("县城管局", "lead"), ("县市场监管局", "cooperating"), ("各镇人民政府", "cooperating")),
                "8月底前",
            ),
            AFTER_ROW,
        ],
    ),
    (
        "parties on lines of their own inside a tab cell",
        "二、任务分工\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t排查在建工地深基坑隐患\t县住建局\t6月30日前\n"
        "\t\t县自然资源局\t\n"
        "2\t检查液化气充装站\t县市场监管局\t7月15日前\n" + AFTER,
        [
            ("排查在建工地深基坑隐患", (("县住建局", "responsible"), ("县自然资源局", "responsible")), "6月30日前"),
            ("检查液化气充装站", (("县市场监管局", "responsible"),), "7月15日前"),
            AFTER_ROW,
        ],
    ),
    (
        "task cell wrapped in a tab copy, its tail under empty cells",
        "二、任务分工\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t全面排查农村自建房\t各镇人民政府\t9月底前\n"
        "\t安全隐患并建立台账\t\t\n"
        "2\t开展危化品运输车辆\t县交通运输局\t8月31日前\n"
        "\t专项检查\t\t\n" + AFTER,
        [
            ("全面排查农村自建房安全隐患并建立台账", (("各镇人民政府", "responsible"),), "9月底前"),
            ("开展危化品运输车辆专项检查", (("县交通运输局", "responsible"),), "8月31日前"),
            AFTER_ROW,
        ],
    ),
    (
        "header row wrapped over two lines",
        "二、任务分工\n序号\t重点\t牵头\t完成\n\t任务\t单位\t时限\n"
        "1\t检查人员密集场所消防设施\t县消防救援大队\t6月20日前\n"
        "2\t整治小微企业有限空间作业\t县应急管理局\t10月底前\n" + AFTER,
        [
            ("检查人员密集场所消防设施", (("县消防救援大队", "lead"),), "6月20日前"),
            ("整治小微企业有限空间作业", (("县应急管理局", "lead"),), "10月底前"),
            AFTER_ROW,
        ],
    ),
    (
        "a deadline cell holding two times",
        "二、督办清单\n序号|问题|整改要求|责任单位|整改时限\n"
        "1|宏泰纺织厂配电房未配灭火器|配齐灭火器材|县工信局|立即整改，6月16日前报送整改报告\n"
        "2|北关农贸市场燃气软管老化|更换燃气软管|县市场监管局|5日内整改，月底前复查\n" + AFTER,
        [
            ("配齐灭火器材", (("县工信局", "responsible"),), "立即整改，6月16日前报送整改报告"),
            ("更换燃气软管", (("县市场监管局", "responsible"),), "5日内整改，月底前复查"),
            AFTER_ROW,
        ],
    ),
    (
        "a 备注 column",
        "二、任务分工\n序号\t工作任务\t责任单位\t完成时限\t备注\n"
        "1\t开展汛前水库安全检查\t县水利局\t5月31日前\t县应急管理局参与\n"
        "2\t组织山洪灾害避险演练\t各乡镇人民政府\t6月15日前\t\n" + AFTER,
        [
            ("开展汛前水库安全检查", (("县水利局", "responsible"),), "5月31日前"),
            ("组织山洪灾害避险演练", (("各乡镇人民政府", "responsible"),), "6月15日前"),
            AFTER_ROW,
        ],
    ),
    (
        "full-width bars at both row ends",
        "二、任务分工\n｜序号｜工作任务｜责任单位｜完成时限｜\n"
        "｜1｜检查景区游乐设施｜县文旅局｜7月10日前｜\n"
        "｜2｜排查老旧电梯｜县市场监管局｜8月20日前｜\n" + AFTER,
        [
            ("检查景区游乐设施", (("县文旅局", "responsible"),), "7月10日前"),
            ("排查老旧电梯", (("县市场监管局", "responsible"),), "8月20日前"),
            AFTER_ROW,
        ],
    ),
    (
        "half-width bars padded by spaces",
        "二、任务分工\n| 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| 整治沿街商铺违规用电 | 县供电公司 | 县市场监管局 各镇人民政府 | 7月20日前 |\n"
        "| 清理楼道堆放杂物 | 各街道办事处 | 县消防救援大队 | 6月30日前 |\n" + AFTER,
        [
            (
                "整治沿街商铺违规用电",
                (("县供电公司", "lead"), ("县市场监管局", "cooperating"), ("各镇人民政府", "cooperating")),
                "7月20日前",
            ),
            ("清理楼道堆放杂物", (("各街道办事处", "lead"), ("县消防救援大队", "cooperating")), "6月30日前"),
            AFTER_ROW,
        ],
    ),
    (
        "one cell per line without 序号",
        "二、任务分工\n工作任务\n责任单位\n完成时限\n"
        "排查城区地下管网\n县住建局\n6月30日前\n"
        "检查烟花爆竹批发仓库\n县应急管理局\n12月20日前\n" + AFTER,
        [
            ("排查城区地下管网", (("县住建局", "responsible"),), "6月30日前"),
            ("检查烟花爆竹批发仓库", (("县应急管理局", "responsible"),), "12月20日前"),
            AFTER_ROW,
        ],
    ),
    (
        "header words not in the list: 整治内容 · 承办部门 · 办结节点",
        "二、任务分工\n序号\t整治内容\t承办部门\t办结节点\n"
        "1\t清理仓库违规住人\t县消防救援大队\t6月10日前\n"
        "2\t更换破损消防水带\t县住建局\t6月25日前\n" + AFTER,
        [
            ("清理仓库违规住人", (("县消防救援大队", "responsible"),), "6月10日前"),
            ("更换破损消防水带", (("县住建局", "responsible"),), "6月25日前"),
            AFTER_ROW,
        ],
    ),
    (
        "a hazard ledger: the inspection's date is no limit, the hazard no task",
        "二、隐患整改清单\n序号\t检查时间\t隐患内容\t整改措施\t责任单位\t整改时限\n"
        "1\t2025.3.2\t配电箱未做接地保护\t加装接地线并检测\t县供电公司\t3月20日前\n"
        "2\t2025.3.5\t消防通道堆放杂物\t清理杂物并设置警示标识\t县消防救援大队\t5月10日前\n" + AFTER,
        [
            ("加装接地线并检测", (("县供电公司", "responsible"),), "3月20日前"),
            ("清理杂物并设置警示标识", (("县消防救援大队", "responsible"),), "5月10日前"),
            AFTER_ROW,
        ],
    ),
    (
        "a timetable typed with spaced dashes between its columns",
        "二、活动安排\n日期 — 内容 — 负责单位\n6月12日 — 开展加油站防雷设施检测 — 县商务局、县气象局\n"
        "6月20日 — 组织校车驾驶员应急演练 — 县教育局\n" + AFTER,
        [
            ("开展加油站防雷设施检测", (("县商务局", "responsible"), ("县气象局", "responsible")), "6月12日"),
            ("组织校车驾驶员应急演练", (("县教育局", "responsible"),), "6月20日"),
            AFTER_ROW,
        ],
    ),
    (
        "a header the rules do not know, columns read by their cells",
        "二、任务分工\n序号\t项目\t落实\t要求\n"
        "1\t开展建筑工地塔吊专项检查\t县住建局\t6月底前\n"
        "2\t排查加油站油气回收装置\t县商务局\t7月底前\n" + AFTER,
        [
            ("开展建筑工地塔吊专项检查", (("县住建局", "responsible"),), "6月底前"),
            ("排查加油站油气回收装置", (("县商务局", "responsible"),), "7月底前"),
            AFTER_ROW,
        ],
    ),
]


CASES = [(name, TITLE + text, rows) for name, text, rows in CASES]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_table_shapes_read_a_task_a_row(name, text, expected):
    got = read_rows(text)
    assert rows_match(got, expected), got


NEGATIVES = [
    (
        "prose indented clause by clause by tabs",
        "\t各乡镇要开展排查，\t确保不留死角，\t做到闭环管理。\n\t会议要求抓好落实。",
    ),
    (
        "a contact list lined up in columns",
        "联系人      张明      电话      13800001111\n联系人      李华      电话      13900002222",
    ),
    ("a signature block of joint issuers", "县应急管理局        县住建局        县公安局\n2025年6月3日"),
    (
        "one sentence set off by spaced dashes, no row beside it",
        "会议强调 — 各乡镇要落实属地责任 — 确保汛期安全。\n各乡镇要在6月底前完成山塘巡查。",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVES, ids=[case[0] for case in NEGATIVES])
def test_lines_that_are_no_table_are_read_as_none(name, text):
    assert table_sentences(text) == []


def test_a_tab_copys_wrapped_cells_come_back_whole():
    # the task finder may keep a cell's words in part: the rebuilt rows show the cells whole
    text = dict((name, text) for name, text, _ in CASES)["task cell wrapped in a tab copy, its tail under empty cells"]
    rows = table_sentences(text)
    assert rows[1:] == [
        "1\t全面排查农村自建房安全隐患并建立台账\t各镇人民政府\t9月底前",
        "2\t开展危化品运输车辆专项检查\t县交通运输局\t8月31日前",
    ]
