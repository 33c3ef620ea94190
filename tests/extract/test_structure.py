"""Sentences, numbered parts, text tables and 责任单位/完成时限 lines."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.structure import document_structure, field_line, match_marker, opens_enumeration

from .samples import NOTICE_WITH_FIELDS, SPEECH, TABLE_PLAN


def sentence_texts(text: str) -> list[str]:
    return [s.text for s in document_structure(text).sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("要加强检查。要落实责任！", ["要加强检查。", "要落实责任！"]),
        ("对重大隐患要挂牌督办；拒不整改的，依法处罚。", ["对重大隐患要挂牌督办；", "拒不整改的，依法处罚。"]),
        ("他说：“要立即整改。”会议结束。", ["他说：“要立即整改。”", "会议结束。"]),
        ("着力抓好以下工作：一要抓好防火，二要抓好燃气。", ["着力抓好以下工作：", "一要抓好防火，", "二要抓好燃气。"]),
        ("主要有：（一）加强领导。", ["主要有：", "（一）加强领导。"]),
        # negative: markers inside words or numbers do not cut
        ("统一要求各单位落实责任。", ["统一要求各单位落实责任。"]),
        ("转移群众1.3万人次。", ["转移群众1.3万人次。"]),
        ("第一行\n第二行", ["第一行", "第二行"]),
    ],
)
def test_sentences(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("一、工作目标", "cn_comma"),
        ("（二）加强领导。", "paren_cn"),
        ("3.开展检查", "digit_dot"),
        ("（1）建立台账", "paren_digit"),
        ("2）组织消防演练。", "half_paren_digit"),
        ("12)清理违规堆放物", "half_paren_digit"),
        ("10）5", None),  # a figure after the bracket: no item
        ("第一，提高站位", "ordinal"),
        ("二要严肃纪律。", "yao"),
        ("一是思想认识不够。", "shi"),
        ("一要求", None),
        ("2025年度统计表", None),
        # a bracketed number opening with 0 is a telephone area code
        ("（05）8823-5100", None),
        ("(0571)8765-4321", None),
        ("十分重要", None),
    ],
)
def test_markers(text, kind):
    found = match_marker(text)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize(
    "marker, first",
    [
        ("一、", True),
        ("（一）", True),
        ("1.", True),
        ("1）", True),
        ("一要", True),
        ("第一，", True),
        ("二要", False),
        ("（十一）", False),
        ("11.", False),
    ],
)
def test_opens_enumeration(marker, first):
    assert opens_enumeration(marker) is first


def test_offsets_point_into_the_text():
    for text in (SPEECH, TABLE_PLAN, NOTICE_WITH_FIELDS):
        for s in document_structure(text).sentences:
            assert text[s.start : s.end] == s.text


def test_parts_nest_and_inline_items_close_with_their_paragraph():
    structure = document_structure(SPEECH)
    by_text = {s.text: s for s in structure.sentences}
    second = by_text["二、扎实抓好重点工作"].part
    item = by_text["一要抓好森林防火。"].part
    assert item.parent is second
    assert item.lead_in.text == "各村（居）委会要切实扛起属地责任，着力抓好以下工作："
    assert by_text["三要加强值班值守。"].part.lead_in is item.lead_in  # later items share the lead-in
    closing = by_text["同志们，安全生产责任重于泰山，让我们共同努力！"]
    assert closing.part is by_text["三要加强值班值守。"].part.parent  # 三要 ended with its paragraph


def test_header_zone_is_title():
    structure = document_structure(SPEECH)
    assert [s.kind for s in structure.sentences[:2]] == ["title", "title"]
    assert structure.sentences[structure.body_start].text == "同志们："


def test_table_rows_get_column_roles_from_the_header():
    rows = [s for s in document_structure(TABLE_PLAN).sentences if s.kind.startswith("table")]
    assert [r.kind for r in rows] == ["table_header", "table_row", "table_row"]
    first = rows[1]
    assert first.cell("task").text == "开展餐饮场所燃气报警装置安装检查"
    assert first.cell("units").text.startswith("县住房和城乡建设局牵头")
    assert first.cell("deadline").text == "2023年8月31日前"
    assert first.part.heading.text == "二、重点任务"


@pytest.mark.parametrize(
    "table",
    [
        # tabs (Word, Excel); a row whose merged 序号 cell came as leading tabs lost it to the layout step
        "二、任务分工\n序号\t工作任务\t责任单位\t完成时限\n1\t排查燃气管线\t县住建局\t6月底前\n复查整改\t县应急局\t7月底前",
        # runs of spaces lining the columns up (a PDF or a fixed-width layout)
        "二、任务分工\n序号  工作任务        责任单位    完成时限\n1     排查燃气管线    县住建局    6月底前\n"
        "2     复查整改        县应急局    7月底前",
    ],
)
def test_tab_and_space_aligned_tables_read_as_bar_tables(table):
    rows = [s for s in document_structure(table).sentences if s.kind.startswith("table")]
    assert [r.kind for r in rows] == ["table_header", "table_row", "table_row"]
    assert [(r.cell("task").text, r.cell("units").text, r.cell("deadline").text) for r in rows[1:]] == [
        ("排查燃气管线", "县住建局", "6月底前"),
        ("复查整改", "县应急局", "7月底前"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "签发人：王平        签发日期：2025年6月17日",  # two fields on one line
        "联系人：镇应急办  杨晓  电话：8721604\n各村要对危旧房屋开展排查。",  # space gaps, no neighbour row
        "一、\t总体要求",  # one tab after a heading marker
    ],
)
def test_lines_with_few_or_lone_gaps_are_no_table(text):
    assert not [s for s in document_structure(text).sentences if s.kind.startswith("table")]


def test_field_lines_attach_to_their_numbered_item():
    structure = document_structure(NOTICE_WITH_FIELDS)
    item = next(p for p in structure.parts if p.heading.text.startswith("1."))
    assert [f.field_pairs for f in item.fields] == [
        [("units", "各县（区）应急管理局")],
        [("deadline", "2023年9月30日前")],
    ]
    prohibition = next(s for s in structure.sentences if s.text.startswith("严禁"))
    assert prohibition.part is item


def test_field_lines_after_the_last_sub_item_close_the_enclosing_item():
    text = (
        "二、集中整治突出隐患\n（一）县消防救援大队要逐一督促整改。\n（二）县市场监督管理局要开展质量抽检。\n"
        "责任单位：县消防救援大队牵头，县市场监督管理局配合\n完成时限：2024年10月31日前\n三、加快建设充电设施\n"
    )
    structure = document_structure(text)
    item, first, last = (
        next(p for p in structure.parts if p.heading.text.startswith(m)) for m in ("二、", "（一）", "（二）")
    )
    assert [role for f in item.fields for role, _ in f.field_pairs] == ["units", "deadline"]
    assert first.fields == last.fields == []


def test_field_lines_stay_with_sub_items_that_each_have_their_own():
    structure = document_structure(NOTICE_WITH_FIELDS)
    items = [p for p in structure.parts if p.fields]
    assert all(p.heading.text[0].isdigit() for p in items)


def test_a_bracketed_label_after_an_item_is_a_field_line():
    text = "一、健全责任体系\n1.上半年修订完善成员单位工作职责。（责任单位：县安委办）\n2.各乡镇要签订责任书。\n"
    structure = document_structure(text)
    item = next(p for p in structure.parts if p.heading.text.startswith("1."))
    assert [f.field_pairs for f in item.fields] == [[("units", "县安委办")]]


@pytest.mark.parametrize(
    "line, expected",
    [
        # labels field_lines names, and labels whose words mean a party or a time limit
        ("责任单位：县住建局", ("units", "县住建局")),
        ("督办单位：市消防救援支队、市住建局", ("supervising_units", "市消防救援支队、市住建局")),
        ("配合部门：县公安局", ("cooperating_units", "县公安局")),
        ("整改期限：2024年12月31日", ("deadline", "2024年12月31日")),
        # negative: a task's own label, a person, a meeting's time, a sentence with a colon
        ("整改要求：拆除违规搭建，恢复疏散通道；", None),
        ("隐患内容：液氨储罐区紧急切断阀未联锁。", None),
        ("责任人：孙某", None),
        ("时间：6月3日上午9时", None),
        ("会议强调，各乡镇要做到以下几点：", None),
    ],
)
def test_field_lines_by_the_meaning_of_their_label(line, expected):
    assert field_line(line) == expected


# A list of whole-sentence items, one a line, ends with its last item's line: the next paragraph goes back to the
# list's parent. Invented texts in several registers; the negatives keep the paragraph inside the last item.
LIST_THEN_PARAGRAPH = [
    # a press release: the spokesman's list, then the release goes on
    (
        "消防处提醒商户应：\n（一）每日营业前检查疏散通道；\n（二）不得在店内为电动车充电；\n"
        "（三）每季度组织员工进行一次疏散演练。\n发言人补充，消防处下月将联同房屋署巡查旧式商场。\n",
        None,
    ),
    # a notice's list of orders, then a closing request under the same section
    (
        "二、工作要求\n1.各镇要于5月底前完成自查；\n2.县住建局要组织抽查；\n3.县应急局要开展督导。\n"
        "请各单位将落实情况报县安委办。\n",
        "二、工作要求",
    ),
    # a meeting's decisions numbered 一是…, then the minutes go on
    (
        "会议决定：\n一是由县交通运输局牵头整治农村公路临水临崖路段；\n二是由县公安局加强节日期间酒驾查处。\n"
        "会议还听取了各乡镇近期工作情况汇报。\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "parent_heading"), LIST_THEN_PARAGRAPH)
def test_a_paragraph_after_a_list_of_sentence_items_goes_back_to_the_lists_parent(text, parent_heading):
    structure = document_structure(text)
    after = [s for s in structure.sentences if s.kind == "body"][-1]
    assert (after.part.heading.text if after.part else None) == parent_heading


@pytest.mark.parametrize(
    ("text", "item_heading"),
    [
        # the last item is a title: the paragraph under it is its body
        (
            "三、工作步骤\n（一）动员部署\n（二）排查整治\n（三）总结评估\n各乡镇要于12月底前上报工作总结。\n",
            "（三）总结评估",
        ),
        # an earlier item has a body of its own: the items are sections, the paragraph is the last one's body
        (
            "（一）加强巡查。\n县林业局要组织护林员每日巡山。\n（二）严管火源。\n"
            "各乡镇要在进山路口设卡，严查火种。\n",
            "（二）严管火源。",
        ),
        # the last item has field lines of its own: what follows them may still be its work
        (
            "（一）排查燃气管道。\n（二）更换老化软管。\n责任单位：县住建局\n要在6月底前完成验收。\n",
            "（二）更换老化软管。",
        ),
        # a single item is no list
        ("（一）落实值班制度。\n各单位要安排专人24小时值守。\n", "（一）落实值班制度。"),
    ],
)
def test_a_paragraph_under_a_title_item_or_a_list_of_sections_stays_in_the_last_item(text, item_heading):
    structure = document_structure(text)
    after = [s for s in structure.sentences if s.kind == "body"][-1]
    assert after.part is not None and after.part.heading.text == item_heading
