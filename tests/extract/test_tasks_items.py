"""Items handed out as rows of a checklist (tasks29): an item numbered `1）` as `（1）` is, an item that carries
its own 责任单位/牵头单位/完成时限 lines directs by where it stands whatever the document's type is taken to be,
and a preposition of means (通过、利用、借助) leads to the act as 依托 does. Every text here is written for the
test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.tasks import sentence_is_task  # noqa: E402


def sources(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


# a sheet handing items out, its items numbered 1）, each with its parties and time limit on lines of their own
HANDED_ITEMS = (
    "青禾县教育局安全工作交办单\n\n"
    "交办事项：学校食堂燃气安全\n"
    "现将有关工作交办如下：\n"
    "1）排查食堂燃气设施。对全县中小学食堂的燃气管道、阀门和报警装置逐一检测，发现问题当场督促整改。\n"
    "   牵头单位：县教育局\n"
    "   完成时限：9月10日前\n"
    "2）强化从业人员培训。借助校园广播播放燃气泄漏处置要领。\n"
    "   责任单位：各中小学校\n"
    "   完成时限：9月底前\n"
)

# the same numbering in a report of results: no field lines hand the items out, and they report
RESULTS_REPORT = (
    "县应急局通报上半年执法检查情况\n\n"
    "上半年，县应急局共开展执法检查42次，情况如下：\n"
    "1）检查企业36家，发现隐患58处。\n"
    "2）已完成整改53处，整改率91%。\n"
)


def test_items_handed_out_with_their_own_lines_are_tasks():
    found = sources(HANDED_ITEMS)
    for expected in (
        "1）排查食堂燃气设施。",
        "对全县中小学食堂的燃气管道、阀门和报警装置逐一检测，发现问题当场督促整改。",
        "2）强化从业人员培训。",
        "借助校园广播播放燃气泄漏处置要领。",
    ):
        assert expected in found


def test_an_item_takes_the_parties_and_time_of_its_lines():
    tasks = {task.source: task for task in extract_fields(HANDED_ITEMS).tasks}
    heading = tasks["1）排查食堂燃气设施。"]
    assert [unit.mention for unit in heading.units] == ["县教育局"]
    assert heading.deadline is not None and heading.deadline.text == "9月10日前"


@pytest.mark.xfail(
    strict=True,
    reason="a numbered item of counted results is taken by its second clause (发现隐患58处), with any marker",
)
def test_numbered_results_without_lines_are_no_tasks():
    assert sources(RESULTS_REPORT) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a preposition of means, then the act
        ("通过村级广播开展防汛避险知识宣传。", True),
        ("利用农闲时节组织农机手集中培训。", True),
        ("借助无人机对重点林区开展火情巡查。", True),
        # what the means achieved, or an act done already, is a report
        ("通过开展专项整治，全县火灾起数同比下降了两成。", False),
        ("通过上述措施，事故隐患得到有效遏制。", False),
        ("利用周末时间，该厂组织了一次全员消防演练。", False),
    ],
)
def test_means_lead_to_the_act(sentence, expected):
    assert sentence_is_task(sentence, "notice") is expected
