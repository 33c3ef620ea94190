"""The ledger's formats: CSV and Excel for offices, JSON for programs, iCalendar read back with the
`icalendar` library (one event per deadline, stable UIDs, the task's words in the description)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import openpyxl

from nlp_pipeline import cli
from nlp_pipeline.ledger import FORMATS, ledger_of, render, set_status
from nlp_pipeline.ledger.render import COLUMNS

from .conftest import ON


def _events(ics: bytes) -> list:
    calendar = icalendar.Calendar.from_ical(ics)
    return list(calendar.walk("VEVENT"))


def test_ics_reads_back_one_event_per_deadline(db):
    ledger = ledger_of(db, on=ON)
    events = _events(render(ledger, "ics"))
    assert len(events) == len(ledger.entries) == 5
    first = events[0]
    assert first.decoded("dtstart") == dt.date(2024, 5, 20)
    assert first.decoded("dtend") == dt.date(2024, 5, 21)
    assert "完成餐饮场所燃气管道排查" in str(first["summary"]) and "住房和城乡建设部门" in str(first["summary"])
    description = str(first["description"])
    for words in (
        "任务：完成餐饮场所燃气管道排查",
        "责任单位：住房和城乡建设部门",
        "5月20日前",
        "东川市城镇燃气安全专项整治方案",
        "原文：住建部门要在5月20日前完成餐饮场所燃气管道排查。",
    ):
        assert words in description
    alarm = first.walk("VALARM")[0]
    assert alarm.decoded("trigger") == -dt.timedelta(days=1)
    calendar = icalendar.Calendar.from_ical(render(ledger, "ics"))
    assert str(calendar["version"]) == "2.0" and "nlp-pipeline" in str(calendar["prodid"])


def test_ics_uids_are_stable_so_a_reexport_updates(db):
    before = {str(e["uid"]): e.decoded("dtstart") for e in _events(render(ledger_of(db, on=ON), "ics"))}
    set_status(db, "gas-plan", "T2", "not_applicable", note="本地无充装站")
    set_status(db, "flood-notice", "T5", "done")
    after_events = _events(render(ledger_of(db, on=ON), "ics"))
    after = {str(e["uid"]): e.decoded("dtstart") for e in after_events}
    assert after == before and len(set(after)) == len(after)
    by_summary = {str(e["summary"]): e for e in after_events}
    cancelled = next(e for s, e in by_summary.items() if "充装站" in s)
    assert str(cancelled["status"]) == "CANCELLED" and "本地无充装站" in str(cancelled["description"])
    done = next(e for s, e in by_summary.items() if "防汛演练" in s)
    assert str(done["summary"]).startswith("【已办结】") and not done.walk("VALARM")
    assert "last-modified" in done
    # a later window keeps the UIDs of the occurrences both windows hold
    later = {str(e["uid"]) for e in _events(render(ledger_of(db, on="2024-06-03", within="60d"), "ics"))}
    monthly = [uid for uid, day in before.items() if day == dt.date(2024, 6, 5)]
    assert monthly and set(monthly) <= later


def test_csv_rows_and_standing_tasks(db):
    text = render(ledger_of(db, on=ON), "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == COLUMNS
    assert [row["类别"] for row in rows] == ["逾期"] * 2 + ["待办"] * 3 + [
        "每日",
        "立即办理",
        "长期坚持",
        "时限未能确定",
    ]
    assert rows[0]["剩余天数"] == "-12" and rows[0]["办理状态"] == "未办理" and rows[0]["截止日期"] == "2024-05-20"
    assert rows[-1]["完成时限"] == "汛前" and rows[-1]["截止日期"] == ""


def test_xlsx_has_the_ledger_the_standing_tasks_and_a_sheet_per_unit(db):
    workbook = openpyxl.load_workbook(io.BytesIO(render(ledger_of(db, on=ON), "xlsx")))
    assert workbook.sheetnames[:2] == ["督办台账", "即时及长期任务"]
    assert "应急管理部门" in workbook.sheetnames
    ledger_sheet = workbook["督办台账"]
    assert [cell.value for cell in ledger_sheet[1]] == COLUMNS
    assert ledger_sheet.max_row == 6
    assert workbook["应急管理部门"].max_row == 3


def test_json_and_table(db):
    data = json.loads(render(ledger_of(db, on=ON), "json"))
    assert data["counts"] == {"overdue": 2, "due": 3, "finished": 0, "standing": 4}
    assert data["entries"][0]["key"] and data["entries"][0]["deadline"] == {
        "text": "5月20日前",
        "date": "2024-05-20",
        "kind": "date",
    }
    table = render(ledger_of(db, on=ON), "table")
    assert table.splitlines()[0].startswith("督办台账 2024-06-01 至 2024-07-01：逾期 2 项，待办 3 项")
    assert "逾期12天" in table and "即时及长期任务：" in table


def test_the_command_line_offers_every_format():
    assert cli.DUE_FORMATS == FORMATS
