"""A space-aligned table whose rows count their gaps unevenly (issue 13, tasks89; docs/extraction.md). A cell as long as
its column or longer leaves one space before the next (`…控制室未抗爆 湾北区`), and a short first column the same
(`序号 企业名称`), so the rows of one table count a gap more or fewer than their neighbours. `_aligned_rows` takes a run
of lined-up lines as a table when two of them have as many cells; the header's cell naming two columns and a short
row's overflowed cell are parted at their one space, so each row is read under its columns and is its own task, the
whole row its source (ANNOTATION.md, the conv54 convention). Invented tables; the near misses stay prose."""

from __future__ import annotations

import pytest

import nlp_pipeline

HEAD = "县应急管理局关于危险化学品企业重大隐患的通报\n各乡镇，县直各有关单位：\n对检查发现的重大事故隐患，已依法下达整改指令，具体如下：\n"
HEADER = "序号 企业名称          隐患内容                      所在地   整改时限\n"
ROW_EVEN = "1  江口石化有限公司      储罐区可燃气体报警器未投用        江口镇   立即停用，10月10日前\n"
ROW_OVERFLOW = "2  北湾新材料科技有限公司  甲类仓库与办公楼间距不足，仓库未设置泄爆面 北湾镇   2025年12月31日前\n"
ROW_EVEN_2 = "3  南岭制药有限公司      有毒气体报警信号未接入控制室      南岭乡   11月30日前\n"
TAIL = "上述企业要严格按照整改时限完成整改。\n"


def record_of(body: str):
    return nlp_pipeline.process(HEAD + body, doc_id="doc", date="2025-09-20")


def task_of(record, opening: str):
    return next((task for task in record.tasks if task.source.startswith(opening)), None)


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (HEADER + ROW_EVEN + ROW_OVERFLOW + ROW_EVEN_2 + TAIL, "1  江口石化"),  # a row beside rows of other counts
        (HEADER + ROW_EVEN + ROW_OVERFLOW + ROW_EVEN_2 + TAIL, "2  北湾"),  # the row whose cell overflowed
        (HEADER + ROW_EVEN + ROW_OVERFLOW + ROW_EVEN_2 + TAIL, "3  南岭"),
        (HEADER + ROW_OVERFLOW + ROW_EVEN + TAIL, "2  北湾"),  # the overflowed row first
    ],
)
def test_a_row_of_an_unevenly_spaced_table_is_a_task(body: str, row: str) -> None:
    assert task_of(record_of(body), row) is not None


@pytest.mark.parametrize(
    ("row", "deadline"),
    [("1  江口石化", "10月10日前"), ("2  北湾", "2025年12月31日前"), ("3  南岭", "11月30日前")],
)
def test_each_row_reads_its_deadline_column(row: str, deadline: str) -> None:
    task = task_of(record_of(HEADER + ROW_EVEN + ROW_OVERFLOW + ROW_EVEN_2 + TAIL), row)
    assert task is not None and task.deadline is not None and deadline in task.deadline.text


@pytest.mark.parametrize(
    "body",
    [
        # two fields laid out on one line, then prose: no table
        "签发人：李明        签发日期：2025年9月20日\n各企业要立即整改。\n",
        # a field list lined up in columns, every line opening with the same label: no table
        "联系人  张明  电话  12345678\n联系人  王芳  电话  87654321\n各企业要立即整改。\n",
    ],
)
def test_lined_up_fields_stay_no_table(body: str) -> None:
    assert not any("  " in task.source for task in record_of(body).tasks)


def test_a_header_word_with_a_space_inside_a_prose_line_is_not_parted() -> None:
    # one space between two words of running text that name no columns: the sentence stays whole
    record = record_of("各企业要对照 隐患清单 逐项整改，10月10日前完成。\n")
    assert any(task.source.startswith("各企业要对照") for task in record.tasks)


@pytest.mark.xfail(
    strict=True, reason="a table whose every cell one space parts (no run of spaces) is no aligned table"
)
def test_a_table_parted_by_single_spaces_only() -> None:
    body = "序号 企业名称 隐患内容 整改时限\n1 江口石化有限公司 储罐区可燃气体报警器未投用 10月10日前\n" + TAIL
    task = task_of(record_of(body), "1 江口石化")
    assert task is not None and task.deadline is not None
