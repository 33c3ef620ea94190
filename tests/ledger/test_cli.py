"""`nlp-pipeline due` and `nlp-pipeline status`: formats, files, exit codes and messages."""

from __future__ import annotations

import json

import icalendar
import pytest

from nlp_pipeline.cli import main

from .conftest import ON


def test_due_prints_the_table(db, capsys):
    assert main(["due", "--db", str(db), "--on", ON]) == 0
    out = capsys.readouterr().out
    assert out.startswith("督办台账 2024-06-01 至 2024-07-01") and "完成餐饮场所燃气管道排查" in out


def test_due_json_with_filters(db, capsys):
    assert (
        main(
            [
                "due",
                "--db",
                str(db),
                "--on",
                "2024年6月1日",
                "--within",
                "2w",
                "--unit",
                "应急管理部门",
                "--format",
                "json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert (data["until"], data["unit"]) == ("2024-06-15", "应急管理部门")
    assert [entry["task_id"] for entry in data["entries"]] == ["T1"]


def test_due_overdue_ics_file(db, tmp_path):
    out = tmp_path / "督办.ics"
    assert main(["due", "--db", str(db), "--on", ON, "--overdue", "--format", "ics", "-o", str(out)]) == 0
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 2


def test_due_xlsx_needs_an_output_file(db, tmp_path, capsys):
    assert main(["due", "--db", str(db), "--format", "xlsx"]) == 2
    assert "-o FILE.xlsx" in capsys.readouterr().err
    assert main(["due", "--db", str(db), "--on", ON, "--format", "xlsx", "-o", str(tmp_path / "台账.xlsx")]) == 0
    assert (tmp_path / "台账.xlsx").read_bytes()[:2] == b"PK"


def test_due_errors_are_one_line(db, tmp_path, capsys):
    assert main(["due", "--db", str(db), "--unit", "核电部门"]) == 1
    assert main(["due", "--db", str(tmp_path / "none.db")]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and "没有责任单位" in errors[0] and "no search index" in errors[1]


def test_status_set_show_and_note(db, capsys):
    assert main(["status", "--db", str(db), "gas-plan", "T2", "done", "--note", "6月10日完成"]) == 0
    assert capsys.readouterr().out.strip() == "gas-plan T2 完成液化石油气钢瓶充装站检查 → 已办结：6月10日完成"
    assert main(["status", "--db", str(db), "gas-plan", "T2", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "done"
    # a note alone keeps the status
    assert main(["status", "--db", str(db), "gas-plan", "T2", "--note", "已复核"]) == 0
    assert capsys.readouterr().out.strip().endswith("已办结：已复核")
    assert main(["due", "--db", str(db), "--on", ON]) == 0
    assert "已办结：已复核" in capsys.readouterr().out


def test_status_refuses_unknown_values(db, capsys):
    assert main(["status", "--db", str(db), "gas-plan", "T9", "done"]) == 1
    assert "没有任务 'T9'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["status", "--db", str(db), "gas-plan", "T2", "finished"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
