"""A time heading a semicolon series hands its limit to the series' later clauses (issue 13, dl66; docs/extraction.md,
"A time heading a semicolon series for the clauses that repeat its frame"). `10月30日前，各级…要对A开展检查；对B进行
检查；对C进行检查。`: the later clauses repeat the first one's frame (the same object preposition, no subject of their
own) and state no time, so they share the head's limit. A time inside the first clause, a clause of another frame, a
clause naming a time of its own, separate sentences and a limit before an event hand nothing on. Texts are written for
these tests."""

from __future__ import annotations

import pytest

import nlp_pipeline

HEADER = "关于开展汛前安全检查的通知\n各乡镇、县直有关部门：\n"
FOOTER = "\n县安全生产委员会办公室\n2025年9月1日\n"


def deadlines(body: str) -> list[str | None]:
    record = nlp_pipeline.extract(HEADER + body + FOOTER)
    return [task.deadline.text if task.deadline else None for task in record.tasks]


@pytest.mark.parametrize(
    "body, expected",
    [
        # the head's time for every clause that repeats its frame
        (
            "10月30日前，各级应急管理部门要对辖区内尾矿库逐库开展检查；对所有加油站进行全覆盖检查；对危化品仓库进行重点检查。",
            ["10月30日前", "10月30日前", "10月30日前"],
        ),
        ("其中11月底前，县住建局要向社会公布在建工地名单；向各乡镇通报排查结果。", ["11月底前", "11月底前"]),
    ],
)
def test_head_time_carried(body, expected):
    assert deadlines(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a time inside the first clause times that clause only
        ("各乡镇要在10月底前对辖区内企业开展排查；对重点企业进行复查。", ["10月底前", None]),
        # a clause of another frame is a further duty
        ("10月底前，县住建局要对在建工地开展排查；要加强值班值守。", ["10月底前", None]),
        # a clause naming a time of its own keeps to it, read or not
        ("10月底前，县水利局要对病险水库开展排查；对剩余水库纳入四季度计划检查。", ["10月底前", "四季度"]),
        # separate sentences are no series
        ("10月底前，各乡镇要对辖区内企业开展排查。对重点企业进行复查。", ["10月底前", None]),
    ],
)
def test_head_time_not_carried(body, expected):
    assert deadlines(body) == expected


def test_today_heading_a_series():
    """即日起 alone at the head is handed on as the series' urgency (dl67); the head clause itself keeps dl58's
    reading (即日起 opening a sentence announces a start and times nothing there)."""
    assert deadlines("即日起，各有关部门要对公路桥梁进行排查；对水库堤坝进行检查。") == [None, "即日起"]
