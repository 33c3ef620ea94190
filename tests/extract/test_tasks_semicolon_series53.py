"""A clause of a semicolon series (tasks53): a line that hands out work in clauses joined by ；(甲要…；乙…；丙…。)
lines up the items of one assignment, and a later clause that names its own party or time and holds an act is one
of them even without a modal or a listed opening verb (…；年内开工改造…，春节前全部完成…); docs/extraction.md
tasks53. The negative cases must hold with it: a series that opens with no task, a goal, a statement of scope, a
news report's party reporting what it did, past work. Every text here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402


def sources(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


def notice(*lines: str) -> str:
    return "关于做好园区安全生产重点工作的通知\n\n各有关单位：\n" + "\n".join(lines) + "\n"


def news(*lines: str) -> str:
    return "园区召开安全生产推进会\n\n本报讯 记者 林舟\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text, clause",
    [
        # a later clause opening with its own time, then acts (年内…，…前全部完成)
        pytest.param(
            notice(
                "一、园区管委会要会同供热公司，在9月30日前完成老旧管网普查，报区政府审定；年内更换管网不少于5公里，供暖前全部完成试压。"
            ),
            "年内更换管网不少于5公里，供暖前全部完成试压。",
            id="own-time-after-a-modal-clause",
        ),
        # a later clause opening with its own period, its party a head noun the vocabulary knows
        pytest.param(
            notice("（三）强化值守。各村要落实24小时值班制度；汛期期间村干部轮流带班巡查。"),
            "汛期期间村干部轮流带班巡查。",
            id="own-period-after-a-modal-clause",
        ),
    ],
)
def test_a_clause_of_a_series_of_tasks_is_a_task(text, clause):
    assert clause in sources(text)


@pytest.mark.parametrize(
    "text, clause",
    [
        # the series opens with a finding: no earlier clause is a task
        (
            notice("检查中发现，部分企业消防通道堆放杂物；10月底前仍有3家企业未完成整改。"),
            "10月底前仍有3家企业未完成整改。",
        ),
        # a goal after a task, however timed: no act to check off
        (
            notice("各企业要在11月10日前完成有限空间作业培训；年底前确保全年不发生较大以上生产安全事故。"),
            "年底前确保全年不发生较大以上生产安全事故。",
        ),
        # a clause that only states what a campaign covers, after a task
        (
            notice("各街道要在12月前完成出租屋消防检查；本次检查范围为辖区内全部出租屋。"),
            "本次检查范围为辖区内全部出租屋。",
        ),
        # a news report: a party's clause after a directive reports what it did
        (
            news("会议要求各企业立即开展燃气隐患自查；区应急局当天检查企业12家，发现隐患21处。"),
            "区应急局当天检查企业12家，发现隐患21处。",
        ),
        # past work reported in a plan's series
        (
            notice("各街道要继续开展出租屋消防检查；截至目前，各街道已检查出租屋860间。"),
            "截至目前，各街道已检查出租屋860间。",
        ),
    ],
)
def test_a_clause_that_is_no_item_of_the_series_stays_out(text, clause):
    assert clause not in sources(text)
