"""A news headline and its ——subtitle are one title; a paper's title keeps its byline off (issue 13, meta89).

A page that prints its headline over a line opening with a double dash (——某县全面启动…) gives the two as one title,
whichever of them the finder took. Under a paper's title (…会议上的讲话, 工作报告) the dash line names the speaker
or the occasion and stays off. The classes measured and left are strict xfails. Every text here is written for the
test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import headline_with_dash_part
from nlp_pipeline.pipeline import process_raw, raw_from_text


def meta_of(text: str):
    return process_raw(raw_from_text(text), doc_id="m89").meta


BODY = (
    "3月6日，县交通运输局组织各乡镇召开农村道路隐患排查工作会议，部署开展为期两个月的隐患排查。"
    "会议要求，各乡镇要在4月30日前完成辖区农村公路临水临崖路段排查。"
)


@pytest.mark.parametrize(
    "head, title",
    [
        # the headline taken by its shape, the dash line under it joined
        (
            "筑牢农村路网 守护群众出行\n——青禾县全面启动农村道路隐患排查\n",
            "筑牢农村路网守护群众出行——青禾县全面启动农村道路隐患排查",
        ),
        # the dash line taken for its title word (部署), the headline above it joined
        (
            "压实整改责任 推进专项治理\n——青禾县部署“厂中厂”安全管理专项行动\n",
            "压实整改责任推进专项治理——青禾县部署“厂中厂”安全管理专项行动",
        ),
    ],
)
def test_a_headline_and_its_dash_subtitle_are_one_title(head: str, title: str) -> None:
    assert "".join((meta_of(head + BODY).title or "").split()) == title


@pytest.mark.parametrize(
    "title, lines, expected",
    [
        # a speech's title: the dash line names the speaker
        (
            "在全县安全生产工作会议上的讲话",
            ["在全县安全生产工作会议上的讲话", "——副县长 某某"],
            "在全县安全生产工作会议上的讲话",
        ),
        # a report's title: the dash line names the occasion
        (
            "青禾县政府工作报告",
            ["青禾县政府工作报告", "——2025年1月8日在青禾县人民代表大会第五次会议上"],
            "青禾县政府工作报告",
        ),
        # a page number between dashes is no subtitle
        (
            "青禾县安全生产目标考核细则说明",
            ["青禾县安全生产目标考核细则说明", "— 1 —"],
            "青禾县安全生产目标考核细则说明",
        ),
        # a dash line over a sentence with a comma: the line above is the body, not a headline
        (
            "——青禾县全面启动农村道路隐患排查",
            ["3月6日，县交通运输局召开会议", "——青禾县全面启动农村道路隐患排查"],
            "——青禾县全面启动农村道路隐患排查",
        ),
        # a headline with no dash line under it
        (
            "筑牢农村路网 守护群众出行",
            ["筑牢农村路网 守护群众出行", "发布时间：2025-03-07"],
            "筑牢农村路网 守护群众出行",
        ),
    ],
)
def test_no_dash_part_joined(title: str, lines: list[str], expected: str) -> None:
    assert headline_with_dash_part(title, lines, lines) == expected


MINUTES = (
    "青禾县人民医院\n安全生产委员会会议纪要\n（2025年第2期）\n\n"
    "医院办公室　　　　　　　　　　2025年6月12日\n\n"
    "6月10日上午，院长在行政楼会议室主持召开安全生产委员会会议。\n"
    "一、总务科要在6月30日前完成配电房检修。\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="minutes dated by their issuing line (12 golds) or by the meeting day (6): no structure found that parts "
    "them without lowering a read set (meta87, meta89)",
)
def test_minutes_take_their_issuing_line() -> None:
    assert meta_of(MINUTES).date == "2025-06-12"


@pytest.mark.xfail(
    strict=True,
    reason="a headline printed under the body, over its dateline only (r54 rm01): one case, not built (meta89)",
)
def test_a_headline_under_the_body_over_its_dateline() -> None:
    text = BODY + "\n青禾县召开2025年安全暨消防工作会议\n2025-03-08\n"
    assert meta_of(text).title == "青禾县召开2025年安全暨消防工作会议"
