"""Checklist exports: columns, roles, order, sheets per unit, Markdown grouping."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from nlp_pipeline.export import (
    COLUMNS,
    Checklist,
    checklist_rows,
    csv_cell,
    document_checklist,
    md_text,
    to_csv,
    to_markdown,
    to_xlsx,
)
from nlp_pipeline.record import Deadline, DocumentRecord, Meta, Normalization, Source, Task, Unit


def _record(doc_id="n1", title="关于开展燃气安全检查的通知"):
    tasks = [
        Task(
            "T1",
            "完成餐饮场所燃气检查",
            "县住建局牵头，县市场监管局配合，6月底前完成餐饮场所燃气检查。",
            0,
            10,
            units=[
                Unit("县住建局", "住房和城乡建设部门", "lead"),
                Unit("县市场监管局", "市场监督管理部门", "cooperating"),
            ],
            deadline=Deadline("6月底前", "2024-06-30", "date"),
            sectors=["城镇燃气"],
            section="一、重点任务",
        ),
        Task(
            "T2",
            "严禁违规充装",
            "严禁为过期气瓶充装。",
            11,
            20,
            units=[Unit("燃气企业", "企业", "responsible")],
            modality="prohibit",
            section="一、重点任务",
        ),
        Task(
            "T3",
            "督导检查",
            "县安委办要定期督导检查。",
            21,
            30,
            units=[Unit("县安委办", "安委办", "supervising")],
            deadline=Deadline("定期", None, "recurring"),
            section="二、工作要求",
        ),
    ]
    return DocumentRecord(doc_id, Source(), Meta(title=title, date="2024-05-06"), "…", Normalization(), tasks=tasks)


def test_rows_put_units_in_their_role_columns():
    rows = checklist_rows([_record()])
    assert [r["序号"] for r in rows] == [1, 2, 3]
    first = rows[0]
    assert first["牵头单位"] == "县住建局" and first["配合单位"] == "县市场监管局" and first["责任单位"] == ""
    assert first["完成时限"] == "6月底前" and first["截止日期"] == "2024-06-30" and first["行业领域"] == "城镇燃气"
    assert rows[1]["要求"] == "禁止" and rows[1]["责任单位"] == "燃气企业"
    assert rows[2]["督导单位"] == "县安委办" and rows[2]["截止日期"] == ""


def test_numbering_runs_across_documents():
    rows = checklist_rows([_record("a"), _record("b", title=None)])
    assert [r["序号"] for r in rows] == list(range(1, 7)) and rows[3]["文档"] == "b"


def test_csv_has_bom_and_the_columns():
    data = to_csv([_record()])
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(frame.columns) == COLUMNS and len(frame) == 3


def test_workbook_has_all_tasks_and_a_sheet_per_unit():
    from openpyxl import load_workbook

    data = to_xlsx([_record()])
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None)
    assert list(sheets)[0] == "全部任务" and len(sheets["全部任务"]) == 3
    assert {"住房和城乡建设部门", "市场监督管理部门", "企业", "安委办"} <= set(sheets)
    assert sheets["安委办"]["原文"].tolist() == ["县安委办要定期督导检查。"]
    sheet = load_workbook(io.BytesIO(data))["全部任务"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet["D2"].alignment.wrap_text


def test_empty_checklist_still_has_headers():
    frame = pd.read_excel(io.BytesIO(to_xlsx([])), sheet_name="全部任务")
    assert list(frame.columns) == COLUMNS and frame.empty


def test_markdown_groups_by_section_in_document_order():
    text = to_markdown([_record()])
    assert text.startswith("# 关于开展燃气安全检查的通知")
    assert text.index("## 一、重点任务") < text.index("## 二、工作要求")
    assert "| 1 | 完成餐饮场所燃气检查 | 县住建局 |" in text


def test_markdown_escapes_pipes():
    record = _record()
    record.tasks[0].source = "a|b"
    record.tasks[0].text = "x|y"
    assert "x\\|y" in to_markdown([record])


@pytest.mark.parametrize(
    "value, cell",
    [
        ('=HYPERLINK("http://example.invalid")', '\'=HYPERLINK("http://example.invalid")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        # not neutralised: ordinary text, a sign inside the text, numbers, empty cells
        ("完成排查=1", "完成排查=1"),
        ("2024-06-30", "2024-06-30"),
        ("", ""),
        (7, 7),
    ],
)
def test_csv_cells_that_look_like_formulas_are_neutralised(value, cell):
    assert csv_cell(value) == cell


def test_csv_file_neutralises_every_text_column():
    record = _record(title="=cmd|' /C calc'!A0")
    record.tasks[0].text = "@SUM(1+1)"
    record.tasks[0].units[0].mention = "+县住建局"
    frame = pd.read_csv(io.BytesIO(to_csv([record])), encoding="utf-8-sig", keep_default_na=False)
    assert frame["文档"][0] == "'=cmd|' /C calc'!A0"
    assert frame["工作任务"][0] == "'@SUM(1+1)" and frame["牵头单位"][0] == "'+县住建局"
    assert frame["序号"].tolist() == [1, 2, 3]


@pytest.mark.parametrize(
    "value, shown",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("a & b &amp;", "a &amp; b &amp;amp;"),
        ("**加粗** _斜体_ `代码` ~~删除~~", "\\*\\*加粗\\*\\* \\_斜体\\_ \\`代码\\` \\~\\~删除\\~\\~"),
        ("[链接](http://example.invalid)", "\\[链接\\](http://example.invalid)"),
        ("a|b\\c", "a\\|b\\\\c"),
        ("第一行\n第二行\r\n第三行", "第一行 第二行 第三行"),
        # plain task text stays as it is
        ("县住建局要于6月底前完成排查。", "县住建局要于6月底前完成排查。"),
        ("（一）加强“两客一危”车辆监管；", "（一）加强“两客一危”车辆监管；"),
    ],
)
def test_markdown_text_is_escaped(value, shown):
    assert md_text(value) == shown


def test_markdown_checklist_holds_no_raw_html_or_markup():
    record = _record(title="<b>通知</b>")
    record.tasks[0].text = "<iframe src=x></iframe>"
    record.tasks[0].section = "一、*重点*任务"
    record.meta.issuer = "[县政府](javascript:alert(1))"
    text = to_markdown([record])
    assert "<" not in text and ">" not in text
    assert text.startswith("# &lt;b&gt;通知&lt;/b&gt;")
    assert "## 一、\\*重点\\*任务" in text and "发文单位：\\[县政府\\]" in text


def test_one_checklist_in_every_format_equals_the_single_format_exports():
    records = [_record("a"), _record("b", title="另一份通知")]
    checklist = Checklist()
    for record in records:
        checklist.add(document_checklist(record))
    assert checklist.tasks == 6
    assert checklist.csv() == to_csv(records)
    assert checklist.markdown() == to_markdown(records)
    assert checklist.xlsx() == to_xlsx(records)


def test_workbook_bytes_do_not_depend_on_the_save_time():
    import time

    first = to_xlsx([_record()])
    time.sleep(2.1)  # zip entries carry the time in steps of two seconds
    assert to_xlsx([_record()]) == first
    assert pd.read_excel(io.BytesIO(first), sheet_name="全部任务").shape[0] == 3


def test_workbook_cells_are_text_never_formulas():
    from openpyxl import load_workbook

    record = _record()
    record.tasks[0].text = '=HYPERLINK("http://example.invalid")'
    sheet = load_workbook(io.BytesIO(to_xlsx([record])))["全部任务"]
    assert sheet["C2"].value == record.tasks[0].text and sheet["C2"].data_type == "s"
    assert sheet["A2"].value == 1


def test_unit_sheets_come_in_order_of_size_with_their_own_filters():
    """Sheets are made as units first appear, then put in order of size: each keeps its rows and
    its autofilter (which the workbook names by sheet position)."""
    from openpyxl import load_workbook

    first = _record("a")  # 住建 (1 task), 市场监管 (1), 企业 (1), 安委办 (1), in this order
    second = _record("b")
    second.tasks[2].units = [Unit("县安委办", "安委办", "supervising"), Unit("县消防救援大队", "消防救援机构")]
    second.tasks[1].units.append(Unit("县安委办", "安委办", "supervising"))
    book = load_workbook(io.BytesIO(to_xlsx([first, second])))
    assert book.sheetnames == ["全部任务", "安委办", "住房和城乡建设部门", "市场监督管理部门", "企业", "消防救援机构"]
    expected_rows = {
        "全部任务": 6,
        "安委办": 3,
        "住房和城乡建设部门": 2,
        "市场监督管理部门": 2,
        "企业": 2,
        "消防救援机构": 1,
    }
    for name, rows in expected_rows.items():
        sheet = book[name]
        assert sheet.max_row == rows + 1 and sheet.auto_filter.ref == f"A1:L{rows + 1}", name
        assert sheet.freeze_panes == "A2"
    assert [row[0].value for row in book["安委办"].iter_rows(min_row=2)] == [3, 5, 6]
    # the workbook's own filter names point each sheet position at that sheet's range
    import re
    import zipfile

    with zipfile.ZipFile(io.BytesIO(to_xlsx([first, second]))) as archive:
        workbook_xml = archive.read("xl/workbook.xml").decode("utf-8")
    names = re.findall(
        r'<definedName name="_xlnm._FilterDatabase" localSheetId="(\d+)" hidden="1">'
        r"'?([^'!]+)'?!\$A\$1:\$L\$(\d+)</definedName>",
        workbook_xml,
    )
    assert {book.sheetnames[int(position)]: int(last) - 1 for position, _, last in names} == expected_rows
    assert all(book.sheetnames[int(position)] == sheet for position, sheet, _ in names)


def _many_records(documents: int) -> list[DocumentRecord]:
    """Documents of 3 tasks each, every fifth naming a unit more, so that the sheets fill blocks
    of 16 rows unevenly and the last block of each sheet is left partly filled."""
    records = []
    for number in range(documents):
        record = _record(f"d{number}", title=f"第{number}号通知")
        if number % 5 == 0:
            record.tasks[0].units.append(Unit("县应急管理局", "应急管理部门", "responsible"))
        records.append(record)
    return records


def _plain_xlsxwriter_rows(monkeypatch) -> None:
    """Make `StreamedWorksheet` store its rows as xlsxwriter's own cell writers do and render them
    at the save: the workbook a streamed sheet must equal byte for byte."""
    from xlsxwriter.worksheet import Worksheet

    from nlp_pipeline.export.streamed_sheet import StreamedWorksheet

    def render_row(sheet, values, cell_format=None):
        return values, cell_format

    def append_rendered(sheet, rendered):
        values, cell_format = rendered
        row = sheet.next_row
        sheet.next_row += 1
        for col, value in enumerate(values):
            if not isinstance(value, str):
                sheet.write_number(row, col, value, cell_format)
            elif value:
                sheet.write_string(row, col, value, cell_format)

    monkeypatch.setattr(StreamedWorksheet, "render_row", render_row)
    monkeypatch.setattr(StreamedWorksheet, "append_rendered", append_rendered)
    monkeypatch.setattr(StreamedWorksheet, "_write_sheet_data", Worksheet._write_sheet_data)


@pytest.mark.parametrize("documents", [1, 5, 6, 11, 40])
def test_rows_written_as_xml_while_documents_arrive_save_the_workbook_xlsxwriter_writes(documents, monkeypatch):
    """Rows turned into XML block by block as documents are added (`StreamedWorksheet`) give the
    bytes of the workbook xlsxwriter writes when it stores every cell and renders them at the save."""
    records = _many_records(documents)
    streamed = to_xlsx(records)
    _plain_xlsxwriter_rows(monkeypatch)
    assert streamed == to_xlsx(records)


@pytest.mark.parametrize(
    "text",
    [
        "=SUM(A1:A2)",  # a formula's look: stays text
        "甲" * 40_000,  # past a cell's 32,767 characters: cut where xlsxwriter cuts
        "😀" * 20_000,  # characters outside the BMP count twice towards that limit
        "<各单位> & “部门”",  # XML characters: in the shared strings, escaped there
    ],
)
def test_unusual_cell_text_saves_as_xlsxwriter_writes_it(text, monkeypatch):
    record = _record("d1", title=text)
    record.tasks[0].text = text
    streamed = to_xlsx([record])
    _plain_xlsxwriter_rows(monkeypatch)
    assert streamed == to_xlsx([record])


def test_streamed_sheet_writes_complete_blocks_only():
    checklist = Checklist(("xlsx",))
    for record in _many_records(6):  # 18 rows on the all-tasks sheet: block 0 complete, block 1 not
        checklist.add(document_checklist(record))
    writer = checklist.writers["xlsx"]
    sheet = writer.all_tasks
    assert sheet.rendered.getvalue().count("<row ") == 16 and [row for row, *_ in sheet.block] == [16, 17, 18]
    assert all(writer._task_rows(unit) < 16 and not unit.rendered.getvalue() for unit in writer.unit_sheets.values())
    frame = pd.read_excel(io.BytesIO(checklist.xlsx()), sheet_name="全部任务")
    assert frame["序号"].tolist() == list(range(1, 19))


def test_workbook_parts_are_deflated_at_the_cheaper_level_with_the_same_content(monkeypatch):
    """The checklist workbook's parts are deflated at WORKBOOK_DEFLATE_LEVEL, not zlib's default:
    the same parts, byte for byte, as xlsxwriter's own save, in an archive that reads back whole
    (and as a workbook); xlsxwriter's module gets its own ZipInfo back after the save."""
    import zipfile

    import openpyxl
    import xlsxwriter.workbook

    from nlp_pipeline.export import streamed_sheet

    records = _many_records(40)
    cheaper = to_xlsx(records)
    assert xlsxwriter.workbook.ZipInfo is zipfile.ZipInfo
    monkeypatch.setattr(streamed_sheet, "WORKBOOK_DEFLATE_LEVEL", None)  # None: zlib's default, as xlsxwriter saves
    plain = to_xlsx(records)
    with zipfile.ZipFile(io.BytesIO(cheaper)) as fast, zipfile.ZipFile(io.BytesIO(plain)) as default:
        assert fast.testzip() is None
        assert [(i.filename, fast.read(i)) for i in fast.infolist()] == [
            (i.filename, default.read(i)) for i in default.infolist()
        ]
    assert cheaper != plain
    sheet = openpyxl.load_workbook(io.BytesIO(cheaper)).worksheets[0]
    assert sheet.max_row == 1 + sum(len(record.tasks) for record in records)


def test_a_row_rendered_once_appends_to_every_sheet_as_a_row_rendered_there():
    """A checklist row is rendered once (`render_row`) and appended to the all-tasks sheet and to its
    units' sheets (`append_rendered`): each sheet gets the cells, numbered by its own row, and the
    shared-string table counts every use, as if each sheet had rendered the row itself."""
    import xlsxwriter

    from nlp_pipeline.export.streamed_sheet import StreamedWorksheet

    def sheets_after(rows, once):
        workbook = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
        wrap = workbook.add_format({"text_wrap": True})
        first, second = (workbook.add_worksheet(name, worksheet_class=StreamedWorksheet) for name in ("甲", "乙"))
        for sheet in (first, second):
            sheet.set_column(0, 2, 12, wrap)
        second.append_row(["序号", "任务", "单位"])  # the second sheet's rows stand one lower
        for row in rows:
            if once:
                rendered = first.render_row(row)
                first.append_rendered(rendered)
                second.append_rendered(rendered)
            else:
                first.append_row(row)
                second.append_row(row)
        table = first.str_table
        return [(sheet.block, sheet.dim_rowmax, sheet.dim_colmin) for sheet in (first, second)], (
            table.count,
            table.unique_count,
        )

    rows = [[1, "排查燃气管道", "县住建局"], [2, "", "各乡镇"], [3, "=危险作业审批", ""], [4, "", ""]]
    assert sheets_after(rows, once=True) == sheets_after(rows, once=False)
    first_sheet, second_sheet = sheets_after(rows, once=True)[0]
    assert first_sheet[0][0][3].startswith('<c r="A1" s="') and second_sheet[0][1][3].startswith('<c r="A2" s="')
