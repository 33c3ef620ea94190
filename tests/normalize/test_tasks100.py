"""tasks100 (issues 13 and 14): a metadata block's publish day kept as written; a letter laid out in a table of
bars read as the letter's lines; such a letter's 主旨： typing it a notice. Own texts only."""

from __future__ import annotations

import pytest

import nlp_pipeline
from nlp_pipeline.normalize import STEPS, normalize

BLOCK = """索 引 号: abc/2024-00012 主题分类: 农业、水利
发布机构: 某县某镇人民政府 成文日期: {written}
标  题: 某镇召开防汛工作部署会
发文字号: 发布日期: {published}

某镇召开防汛工作部署会

  某镇在2024年5月6日召开防汛工作会，会议要求各村要备足防汛物资，做好转移准备。
"""


@pytest.mark.parametrize(
    ("written", "published", "kept"),
    [
        ("2024-5-6", "2024-05-06", "2024-05-06"),  # the publish field's day, written as the field writes it
        ("2024-5-6", "2024-05-08", "2024-05-08"),  # two days: the site's day of publishing is the page's
    ],
)
def test_block_keeps_its_publish_day(written: str, published: str, kept: str) -> None:
    lines = normalize(BLOCK.format(written=written, published=published)).text.split("\n")
    assert lines[:2] == ["某镇召开防汛工作部署会", kept]


def test_block_with_one_date_keeps_it() -> None:
    text = BLOCK.format(written="2024-05-03", published="").replace("发文字号: 发布日期: \n", "")
    assert normalize(text).text.split("\n")[1] == "2024-05-03"


LETTER = """| 主旨: | 请各校于开学前完成校舍安全检查,请查照。 |
| 说明: |
| 一、 | 请各校全面检查教室、宿舍及食堂的用电设施,发现隐患立即改善。 |
| 二、 | 学期中办理修缮工程者,请注意下列事项: |
| (一) | 事先向家长妥善沟通与说明。 |
| (二) | 避开上课时间施工。 |"""


def test_letter_laid_out_in_a_table_is_read_as_its_lines() -> None:
    output, changes = STEPS["box_table"](LETTER)
    assert output.split("\n") == [
        "主旨:请各校于开学前完成校舍安全检查,请查照。",
        "说明:",
        "一、请各校全面检查教室、宿舍及食堂的用电设施,发现隐患立即改善。",
        "二、学期中办理修缮工程者,请注意下列事项:",
        "(一)事先向家长妥善沟通与说明。",
        "(二)避开上课时间施工。",
    ]
    assert changes


@pytest.mark.parametrize(
    "table",
    [
        # a data table: a bare number and a header row, more cells
        "| 序号 | 工作任务 | 责任单位 |\n| 1 | 排查燃气管线 | 县住建局 |\n| 2 | 检查餐饮场所 | 县市场监管局 |",
        # a metadata block: labels and values, four cells a row
        "| 索引号: | abc/2024-15 | 发布机构: | 某局 |\n| 生效日期: | 2024-01-18 | 废止日期: | |",
        # labelled rows that number no item: a block of fields
        "| 主旨: | 转知消防宣导事项。 |\n| 发文单位: | 某县消防局 |",
        # one row alone is a frame around a note
        "| 一、 | 请各校完成检查。 |",
    ],
)
def test_other_bar_rows_stay(table: str) -> None:
    assert STEPS["box_table"](table) == (table, [])


def test_letter_by_its_subject_part_is_a_notice() -> None:
    record = nlp_pipeline.process(LETTER)
    assert record.meta.doc_type == "notice"
    assert [task.source[:2] for task in record.tasks][:2] == ["主旨", "一、"]


@pytest.mark.xfail(
    strict=True, reason="items under a lead-in's 请注意下列事项 with a plain verb are not read as tasks (r50 rr04)"
)
def test_items_under_a_requested_list_are_tasks() -> None:
    sources = [task.source for task in nlp_pipeline.process(LETTER).tasks]
    assert "（一）事先向家长妥善沟通与说明。" in sources


@pytest.mark.xfail(
    strict=True, reason="a glossed event before 前 is dated its eve; rr04's gold dates the event's own day (split: dl)"
)
def test_glossed_event_before_is_its_own_day() -> None:
    text = "主旨：请各校于开学日（2026年2月23日）前完成检查，请查照。\n一、请各校于开学日前完成消防设施检查。"
    record = nlp_pipeline.process(text)
    assert record.tasks[1].deadline is not None and record.tasks[1].deadline.date == "2026-02-23"
